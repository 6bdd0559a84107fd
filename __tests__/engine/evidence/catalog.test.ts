import { describe, expect, it } from '@jest/globals'
import {
  editDistance,
  findModel,
  MAX_COMPARED,
  nearestModels,
  otherNames,
  parseCatalog,
  suggestModels
} from '../../../src/engine/evidence/catalog.js'
import { CATALOG } from '../../../script/aiml-sim.ts'

describe('parseCatalog', () => {
  it('accepts {data: [...]} and a bare array alike', () => {
    expect(parseCatalog({ object: 'list', data: CATALOG })).toEqual(parseCatalog(CATALOG))
    expect(parseCatalog(CATALOG)?.[0]).toEqual({
      id: 'anthropic/claude-sonnet-4.5',
      aliases: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
      type: 'chat-completion',
      endpoints: [],
      name: 'Claude Sonnet 4.5'
    })
  })

  it('accepts older entries with features and endpoints, and skips what has no id', () => {
    const parsed = parseCatalog([
      {
        id: 'gpt-4',
        type: 'chat-completion',
        features: ['openai/chat-completion'],
        endpoints: ['/v1/chat/completions']
      },
      { name: 'no id' },
      'junk',
      { id: '' }
    ])
    expect(parsed).toEqual([
      {
        id: 'gpt-4',
        aliases: [],
        type: 'chat-completion',
        endpoints: ['/v1/chat/completions'],
        name: ''
      }
    ])
  })

  it('refuses what is not a catalog', () => {
    expect(parseCatalog({ message: 'error' })).toBeNull()
    expect(parseCatalog(undefined)).toBeNull()
  })
})

describe('names of a model', () => {
  const catalog = parseCatalog(CATALOG)!

  it('finds a model by its ID or an alias, case-insensitively', () => {
    expect(findModel(catalog, 'Claude-Sonnet-4-5')?.id).toBe('anthropic/claude-sonnet-4.5')
    expect(findModel(catalog, 'nope')).toBeUndefined()
  })

  it('lists the canonical ID first, then the aliases, without the configured one', () => {
    expect(otherNames(catalog, 'claude-sonnet-4-5-20250929')).toEqual([
      'anthropic/claude-sonnet-4.5',
      'claude-sonnet-4-5'
    ])
    expect(otherNames(catalog, 'gpt-4o-mini')).toEqual([])
  })

  it.each([
    ['anthropic/claude-sonet-4.5', ['anthropic/claude-sonnet-4.5']],
    ['gpt4o', ['openai/gpt-4o']],
    ['claude-sonnet-4.5', ['anthropic/claude-sonnet-4.5']],
    ['llama-70b-instruct', []]
  ])('suggests for %s', (typo, expected) => {
    expect(suggestModels(catalog, typo)).toEqual(expected)
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3]
  ])('%s → %s = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
  })

  it.each([
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['kitten', 'sitting', 1, 2],
    ['abcdefghij', 'jihgfedcba', 3, 4],
    ['short', 'a much longer string', 4, 5],
    ['same', 'same', 0, 0]
  ])('%s → %s within %d = %d (beyond the bound: bound + 1)', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d)
  })
})

describe('the did-you-mean over a large catalog', () => {
  // SPEC: the did-you-mean for a typo of a long ID, over a catalog of 20,000 long IDs, costs
  // under 300 ms more than finding the right ID. Bounded by work, not by the clock: only the
  // MAX_COMPARED best candidates (length and shared trigrams) get a full edit distance.
  const ids = Array.from(
    { length: 20_000 },
    (_, i) =>
      `provider-${i % 40}/model-family-${Math.floor(i / 40)}-instruct-preview-long-context-${String(i).padStart(5, '0')}-2025-10-01`
  )
  const catalog = parseCatalog({ data: [...CATALOG, ...ids.map(id => ({ id, aliases: [] }))] })!

  it('keeps every entry of a catalog that large', () => {
    expect(catalog).toHaveLength(CATALOG.length + 20_000)
  })

  it('finds the long ID a typo meant, comparing a bounded number of candidates', () => {
    const wanted = ids[15_321]!
    const { ids: found, compared } = nearestModels(catalog, wanted.replace('instruct', 'instrcut'))
    expect(found[0]).toBe(wanted)
    expect(compared).toBeGreaterThan(0)
    expect(compared).toBeLessThanOrEqual(MAX_COMPARED)
  })

  it('finds a short ID among them too', () => {
    const { ids: found, compared } = nearestModels(catalog, 'anthropic/claude-sonet-4.5')
    expect(found).toEqual(['anthropic/claude-sonnet-4.5'])
    expect(compared).toBeLessThanOrEqual(MAX_COMPARED)
  })

  it('stays bounded when every name is as long as the typo and alike', () => {
    const alike = Array.from({ length: 20_000 }, (_, i) => `m-${String(i).padStart(6, '0')}-x`)
    const { compared } = nearestModels(parseCatalog(alike.map(id => ({ id })))!, 'm-0123456-x')
    expect(compared).toBeLessThanOrEqual(MAX_COMPARED)
  })

  it('keeps the short catalog answers of suggestModels', () => {
    expect(suggestModels(catalog, 'gpt4o')).toEqual(['openai/gpt-4o'])
  })
})

describe('catalog text is data', () => {
  it('drops IDs and aliases that are not model IDs, since the diagnosis prints them as code', () => {
    const parsed = parseCatalog([
      { id: 'gpt-4o`<img src=x onerror=alert(1)>', aliases: [] },
      { id: 'ok-model', aliases: ['fine-alias', 'bad alias', '[x](javascript:1)'] }
    ])
    expect(parsed).toEqual([
      { id: 'ok-model', aliases: ['fine-alias'], type: '', endpoints: [], name: '' }
    ])
  })
})
