import { describe, expect, it } from '@jest/globals'
import { parseCatalog, type Catalog } from '../../../src/engine/evidence/catalog.js'
import { deprecationWords } from '../../../src/engine/words/foresight-words.js'
import {
  daysUntil,
  deprecationOf,
  findDeprecation,
  parseDeprecations
} from '../../../src/engine/evidence/deprecations.js'

/** The two entries of AIML's documented sample (model-deprecations.md, "Response shape"). */
const SAMPLE = [
  {
    id: 'openai/gpt-5.3-chat',
    aliases: ['gpt-5.3-chat'],
    status: 'withdrawn',
    deprecated_at: '2026-08-10',
    shutdown_at: '2026-08-10',
    replaced_by: 'openai/gpt-5.3-codex',
    reason: 'provider_delisted'
  },
  {
    id: 'aura-2-zeus-en',
    aliases: ['deepgram/aura-2-zeus-en', '#g1_aura-2-zeus-en'],
    status: 'superseded',
    deprecated_at: '2026-06-26',
    shutdown_at: null,
    replaced_by: 'deepgram/aura-2',
    reason: 'consolidated'
  }
]

const NOON = Date.UTC(2026, 10, 26, 12)

describe('parseDeprecations', () => {
  it.each([
    ['AIML’s {object, generated_at, data}', { object: 'list', generated_at: 'x', data: SAMPLE }],
    ['a bare array', SAMPLE],
    ['{deprecations: [...]}', { deprecations: SAMPLE }]
  ])('reads %s', (_shape, json) => {
    const feed = parseDeprecations(json)
    expect(feed).toEqual([
      {
        id: 'openai/gpt-5.3-chat',
        aliases: ['gpt-5.3-chat'],
        status: 'withdrawn',
        deprecatedAt: '2026-08-10',
        shutdownAt: '2026-08-10',
        replacedBy: 'openai/gpt-5.3-codex'
      },
      {
        id: 'aura-2-zeus-en',
        // An alias that is no model ID we could print as code is dropped.
        aliases: ['deepgram/aura-2-zeus-en'],
        status: 'superseded',
        deprecatedAt: '2026-06-26',
        shutdownAt: null,
        replacedBy: 'deepgram/aura-2'
      }
    ])
  })

  it.each([undefined, null, 'text', 42, { data: 'x' }, { models: [] }])(
    'is null for what is no feed: %j',
    json => {
      expect(parseDeprecations(json)).toBeNull()
    }
  )

  it('skips entries without an ID or a known status, and reads broken fields as absent', () => {
    const feed = parseDeprecations([
      null,
      { status: 'deprecated' },
      { id: 'a', status: 'retired' },
      { id: '<b>x</b>', status: 'withdrawn' },
      {
        id: 'b',
        aliases: 'b-1',
        status: 'DEPRECATED',
        deprecated_at: '2026-02-30',
        shutdown_at: '2026-12-01Tnoon',
        replaced_by: 'rm -rf /'
      }
    ])
    expect(feed).toEqual([
      {
        id: 'b',
        aliases: [],
        status: 'deprecated',
        deprecatedAt: null,
        shutdownAt: null,
        replacedBy: null
      }
    ])
  })

  it('reads a date-time as its UTC date', () => {
    const days = [
      '2026-12-01T00:00:00Z',
      '2026-12-01T10:00:00.123Z',
      '2026-11-30T23:30:00-02:00',
      '2026-12-01 08:00'
    ].map(shutdown_at => parseDeprecations([{ id: 'm', status: 'deprecated', shutdown_at }])![0]!)
    expect(days.map(d => d.shutdownAt)).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2026-12-01',
      '2026-12-01'
    ])
  })

  it('believes no impossible day in a date-time, and reads one without an offset as UTC', () => {
    const day = (shutdown_at: string) =>
      parseDeprecations([{ id: 'm', status: 'deprecated', shutdown_at }])![0]!.shutdownAt
    expect(day('2026-02-30T10:00:00Z')).toBeNull()
    expect(day('2026-02-29 08:00')).toBeNull()
    const zone = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(day('2026-03-10T20:00')).toBe('2026-03-10')
      expect(day('2026-03-10T20:00:00-08:00')).toBe('2026-03-11')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('is bounded: a huge feed is cut, not scanned whole', () => {
    const huge = Array.from({ length: 50_000 }, (_, i) => ({ id: `m${i}`, status: 'withdrawn' }))
    expect(parseDeprecations(huge)!.length).toBe(20_000)
  })
})

describe('findDeprecation', () => {
  const feed = parseDeprecations(SAMPLE)!
  it('matches the id and the aliases together, case-insensitively', () => {
    expect(findDeprecation(feed, 'openai/gpt-5.3-chat')?.status).toBe('withdrawn')
    expect(findDeprecation(feed, 'GPT-5.3-chat')?.status).toBe('withdrawn')
    expect(findDeprecation(feed, 'deepgram/aura-2-zeus-en')?.status).toBe('superseded')
    expect(findDeprecation(feed, 'deepgram/aura-2')).toBeUndefined()
  })
})

describe('daysUntil', () => {
  it.each([
    ['2026-12-06', NOON, 10],
    ['2026-11-26', NOON, 0],
    ['2026-11-23', NOON, -3],
    // UTC calendar days: one minute before midnight, tomorrow is 1 day away.
    ['2026-11-27', Date.UTC(2026, 10, 26, 23, 59), 1],
    ['2026-11-27', Date.UTC(2026, 10, 26, 0, 0), 1],
    ['2027-01-01', NOON, 36]
  ])('%s from %d is %d days', (day, now, days) => {
    expect(daysUntil(day, now)).toBe(days)
  })
})

describe('deprecationOf', () => {
  const feed = parseDeprecations([
    ...SAMPLE,
    {
      id: 'anthropic/claude-sonnet-4',
      aliases: ['claude-sonnet-4'],
      status: 'deprecated',
      shutdown_at: '2026-12-06',
      replaced_by: 'anthropic/claude-sonnet-4.5'
    }
  ])
  it('says what the feed says of the model today', () => {
    expect(deprecationOf(feed, 'claude-sonnet-4', NOON)).toEqual({
      status: 'deprecated',
      shutdownAt: '2026-12-06',
      replacedBy: 'anthropic/claude-sonnet-4.5',
      daysLeft: 10
    })
    expect(deprecationOf(feed, 'aura-2-zeus-en', NOON)).toMatchObject({
      status: 'superseded',
      daysLeft: null
    })
    expect(deprecationOf(feed, 'gpt-5.3-chat', NOON)?.daysLeft).toBeLessThan(0)
  })

  it('is null for a model the feed does not name, or without a feed', () => {
    expect(deprecationOf(feed, 'gpt-4o', NOON)).toBeNull()
    expect(deprecationOf(null, 'claude-sonnet-4', NOON)).toBeNull()
  })
})

describe('deprecationOf, weighed before believed', () => {
  const NOW = Date.parse('2026-12-06T12:00:00Z')
  const of = (entry: Record<string, unknown>, model = 'm', catalog: Catalog | null = null) =>
    deprecationOf(
      parseDeprecations([{ id: 'm', status: 'deprecated', ...entry }]),
      model,
      NOW,
      catalog
    )

  it('counts the days to a date-time shutdown, so fail-before-shutdown-days can fire', () => {
    expect(of({ shutdown_at: '2026-12-16T09:00:00Z' })).toMatchObject({
      shutdownAt: '2026-12-16',
      daysLeft: 10
    })
  })

  it.each(['0100-01-01', '2019-12-31', '9999-12-31', '2036-12-07'])(
    'does not believe %s: no date, no day count, the date kept as given',
    day => {
      const d = of({ shutdown_at: day })!
      expect(d).toMatchObject({ shutdownAt: null, daysLeft: null, unbelievedShutdown: day })
      expect(deprecationWords('m', d)).toBe(
        `\`m\` is deprecated: AIML has announced its shutdown (AIML's feed gives the unreadable shutdown date '${day}'); AIML names no replacement.`
      )
    }
  )

  it('believes the first day of 2020 and ten years ahead', () => {
    expect(of({ shutdown_at: '2020-01-01' })!.shutdownAt).toBe('2020-01-01')
    expect(of({ shutdown_at: '2036-12-06' })!.daysLeft).toBe(3653)
  })

  it('sees a replacement that is the model itself, by any of its names', () => {
    expect(of({ replaced_by: 'M' })!.replacedBy).toBeNull()
    expect(of({ aliases: ['m-latest'], replaced_by: 'm-latest' })!.replacedBy).toBeNull()
    const catalog = parseCatalog({ data: [{ id: 'vendor/m', aliases: ['m', 'm-2026'] }] })
    expect(of({ replaced_by: 'm-2026' }, 'm', catalog)!.replacedBy).toBeNull()
    expect(of({ replaced_by: 'vendor/n' }, 'm', catalog)!.replacedBy).toBe('vendor/n')
  })
})
