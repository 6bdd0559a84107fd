import { describe, expect, it } from '@jest/globals'
import {
  editDistance,
  findModel,
  otherNames,
  parseCatalog,
  suggestModels
} from '../../src/engine/catalog.js'
import { CATALOG } from '../../script/aiml-sim.ts'

describe('parseCatalog', () => {
  it('accepts {data: [...]} and a bare array alike', () => {
    expect(parseCatalog({ object: 'list', data: CATALOG })).toEqual(parseCatalog(CATALOG))
    expect(parseCatalog(CATALOG)?.[0]).toEqual({
      id: 'anthropic/claude-sonnet-4.5',
      aliases: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
      type: 'chat-completion',
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
    expect(parsed).toEqual([{ id: 'gpt-4', aliases: [], type: 'chat-completion', name: '' }])
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
})

describe('catalog text is data', () => {
  it('drops IDs and aliases that are not model IDs, since the diagnosis prints them as code', () => {
    const parsed = parseCatalog([
      { id: 'gpt-4o`<img src=x onerror=alert(1)>', aliases: [] },
      { id: 'ok-model', aliases: ['fine-alias', 'bad alias', '[x](javascript:1)'] }
    ])
    expect(parsed).toEqual([{ id: 'ok-model', aliases: ['fine-alias'], type: '', name: '' }])
  })
})
