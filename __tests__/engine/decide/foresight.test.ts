import { describe, expect, it } from '@jest/globals'
import type { Deprecation } from '../../../src/engine/evidence/deprecations.js'
import { parseDeprecations } from '../../../src/engine/evidence/deprecations.js'
import {
  fallbackOrder,
  foresightOf,
  liveOf,
  recommendable,
  withdrawnWords
} from '../../../src/engine/decide/foresight.js'
import {
  daysWords,
  deprecationStep,
  deprecationWords,
  liveWords
} from '../../../src/engine/words/foresight-words.js'
import { parseMetrics } from '../../../src/engine/evidence/metrics.js'

const NOON = Date.UTC(2026, 10, 26, 12)
const deprecation = (overrides: Partial<Deprecation> = {}): Deprecation => ({
  status: 'deprecated',
  shutdownAt: '2026-12-06',
  replacedBy: 'Y',
  daysLeft: 10,
  ...overrides
})
const METRICS = parseMetrics({
  window_seconds: 300,
  models: [
    {
      alias: 'anthropic/claude-sonnet-4.5',
      metrics: {
        ttft_ms: { p50: 610, p90: 1150 },
        duration_ms: { p50: 1800, p90: 3400 }
      }
    }
  ]
})

describe('fallbackOrder', () => {
  it('asks a withdrawn model’s replacement first, once', () => {
    const withdrawn = deprecation({ status: 'withdrawn', replacedBy: 'gpt-4o' })
    expect(fallbackOrder('old', ['mini', 'gpt-4o'], withdrawn)).toEqual(['gpt-4o', 'mini'])
    expect(fallbackOrder('old', [], withdrawn)).toEqual(['gpt-4o'])
  })

  it('keeps the configured order otherwise', () => {
    expect(fallbackOrder('old', ['a', 'b'], deprecation({ replacedBy: 'b' }))).toEqual(['a', 'b'])
    expect(fallbackOrder('old', ['a', 'old'], null)).toEqual(['a'])
    expect(
      fallbackOrder('old', ['a'], deprecation({ status: 'withdrawn', replacedBy: null }))
    ).toEqual(['a'])
  })
})

describe('recommendable', () => {
  const feed = parseDeprecations([
    { id: 'gone', status: 'withdrawn' },
    { id: 'retiring', status: 'deprecated', shutdown_at: '2026-12-06' }
  ])
  it('never a withdrawn fallback; a deprecated one is', () => {
    expect(recommendable(feed, 'gone')).toBe(false)
    expect(recommendable(feed, 'retiring')).toBe(true)
    expect(recommendable(feed, 'gpt-4o')).toBe(true)
    expect(recommendable(null, 'gone')).toBe(true)
  })
})

describe('liveOf', () => {
  const probe = {
    names: ['anthropic/claude-sonnet-4.5'],
    namesKnown: true,
    timeoutMs: 30_000
  }
  it.each(['timeout', 'server-error', 'rate-limited', 'network'] as const)(
    'reads the metrics on %s',
    category => {
      expect(liveOf(METRICS, { ...probe, category, latencyMs: null })?.reading.kind).toBe('served')
    }
  )

  it.each(['auth', 'provider-access', 'model-not-found'] as const)(
    'leaves them alone on %s: not a question of whose outage',
    category => {
      expect(liveOf(METRICS, { ...probe, category, latencyMs: null })).toBeNull()
    }
  )

  it('reads them when the model answered slower than its p90 duration, not otherwise', () => {
    expect(liveOf(METRICS, { ...probe, category: null, latencyMs: 5200 })).toEqual({
      reading: { kind: 'served', metric: 'first token', p50: 610, p90: 1150 },
      slowAnswer: { latencyMs: 5200, p90Ms: 3400 }
    })
    expect(liveOf(METRICS, { ...probe, category: null, latencyMs: 3400 })).toBeNull()
    expect(liveOf(null, { ...probe, category: 'timeout', latencyMs: null })).toBeNull()
  })
})

describe('foresightOf', () => {
  const feed = parseDeprecations([
    { id: 'claude-x', status: 'deprecated', shutdown_at: '2026-12-01', replaced_by: 'Y' },
    { id: 'gpt-old', status: 'deprecated', shutdown_at: '2027-01-01' }
  ])
  it('the configured model’s and the fallback’s deprecations, on the clock given', () => {
    const found = foresightOf(
      {
        feed,
        metrics: null,
        catalog: null,
        config: { model: 'claude-x', timeoutMs: 1000 },
        fallback: 'gpt-old'
      },
      { category: null, latencyMs: 100, nowMs: NOON }
    )
    expect(found.deprecation).toEqual({
      status: 'deprecated',
      shutdownAt: '2026-12-01',
      replacedBy: 'Y',
      daysLeft: 5
    })
    expect(found.fallbackDeprecation?.daysLeft).toBe(36)
    expect(found.live).toBeNull()
  })

  it('finds the metrics under the catalog’s name of the model', () => {
    const found = foresightOf(
      {
        feed: null,
        metrics: METRICS,
        catalog: [
          {
            id: 'anthropic/claude-sonnet-4.5',
            aliases: ['claude-sonnet-4-5'],
            type: 'chat-completion',
            name: '',
            endpoints: []
          }
        ],
        config: { model: 'claude-sonnet-4-5', timeoutMs: 1000 },
        fallback: null
      },
      { category: 'timeout', latencyMs: null, nowMs: NOON }
    )
    expect(found.live?.reading.kind).toBe('served')
  })
})

describe('the words', () => {
  it('say the date, the days left and the replacement, as SPEC writes it', () => {
    expect(
      deprecationWords(
        'anthropic/claude-x',
        deprecation({ shutdownAt: '2026-12-01', daysLeft: 6, replacedBy: 'Y' })
      )
    ).toBe(
      '`anthropic/claude-x` shuts down on 2026-12-01 (6 days); AIML names `Y` as its replacement.'
    )
  })

  it.each([
    [10, '10 days'],
    [1, '1 day'],
    [0, 'today'],
    [-1, '1 day ago'],
    [-3, '3 days ago']
  ])('%d days reads "%s"', (days, words) => {
    expect(daysWords(days)).toBe(words)
  })

  it('tell superseded, withdrawn and undated deprecations apart', () => {
    expect(
      deprecationWords('m', deprecation({ status: 'superseded', shutdownAt: null, daysLeft: null }))
    ).toBe('`m` is superseded: AIML folded it into `Y`, and the old ID still resolves to it.')
    expect(
      deprecationWords(
        'm',
        deprecation({ status: 'withdrawn', shutdownAt: '2026-11-23', daysLeft: -3 })
      )
    ).toBe(
      '`m` was withdrawn by AIML on 2026-11-23 (3 days ago); AIML names `Y` as its replacement.'
    )
    expect(
      deprecationWords('m', deprecation({ shutdownAt: null, daysLeft: null, replacedBy: null }))
    ).toBe('`m` is deprecated: AIML has announced its shutdown; AIML names no replacement.')
    expect(deprecationWords('m', deprecation({ daysLeft: -2 }))).toMatch(
      /was to shut down on 2026-12-06 \(2 days ago\)/
    )
  })

  it('give the step to take', () => {
    expect(deprecationStep(deprecation())).toBe('Move to `Y` before 2026-12-06.')
    expect(deprecationStep(deprecation({ status: 'superseded', shutdownAt: null }))).toBe(
      'Switch to `Y` when convenient.'
    )
  })

  it('explain a withdrawn ID in the error message, with its date and replacement', () => {
    expect(withdrawnWords(deprecation({ status: 'withdrawn', shutdownAt: '2026-11-23' }))).toBe(
      "AIML withdrew this model on 2026-11-23; its replacement is 'Y'."
    )
  })

  it('say whose problem it is', () => {
    const served = { kind: 'served', metric: 'first token', p50: 610, p90: 1150 } as const
    expect(liveWords('m', { reading: served, slowAnswer: null })).toBe(
      "AIML's live metrics show `m` served normally for others right now (first token p50 610 ms, p90 1,150 ms), so the problem is likely on your side: network, proxy, region or your account."
    )
    expect(
      liveWords('m', {
        reading: { ...served, kind: 'slow', p50: 21_500, p90: 52_000 },
        slowAnswer: null
      })
    ).toBe(
      "AIML's live metrics show `m` slow for everyone right now (first token p50 21,500 ms, p90 52,000 ms): wait, or use the fallback."
    )
    expect(
      liveWords('m', { reading: { kind: 'silent', windowSeconds: 300 }, slowAnswer: null })
    ).toBe(
      "AIML's live metrics show no successful request to `m` over the last 5 min: it is silent for everyone right now: wait, or use the fallback."
    )
    expect(
      liveWords('m', { reading: served, slowAnswer: { latencyMs: 5200, p90Ms: 3400 } })
    ).toMatch(
      /answered in 5,200 ms, slower than 90% of requests to it on AIML right now \(p90 3,400 ms\)/
    )
  })
})
