import { describe, expect, it } from '@jest/globals'
import { liveStep, liveWords } from '../../../src/engine/words/foresight-words.js'
import {
  durationP90,
  metricsUrl,
  parseMetrics,
  readLive,
  type LiveMetrics
} from '../../../src/engine/evidence/metrics.js'

/** AIML's documented sample (model-metrics.md, "Reading the response"). */
const SAMPLE = {
  window_seconds: 300,
  generated_at: '2026-08-19T12:00:05.000Z',
  models: [
    {
      alias: 'openai/gpt-5',
      endpoint: '/v1/chat/completions',
      metrics: {
        ttft_ms: { p50: 412, p75: 588, p90: 910, p99: 2140 },
        tps: { p50: 51.7, p75: 64.1, p90: 78.4, p99: 96.2 },
        duration_ms: { p50: 1830, p75: 2450, p90: 3900, p99: 9100 }
      }
    },
    {
      alias: 'flux/schnell',
      endpoint: '/v1/images/generations',
      metrics: { duration_ms: { p50: 2100, p75: 2600, p90: 3300, p99: 5200 } }
    }
  ]
}

describe('metricsUrl', () => {
  it('is beside /v1, at the origin, with each name as its own `aliases`', () => {
    expect(metricsUrl('https://api.aimlapi.com/v1', ['openai/gpt-5', 'a,b', 'openai/gpt-5'])).toBe(
      'https://api.aimlapi.com/models/metrics?aliases=openai%2Fgpt-5&aliases=a%2Cb'
    )
    expect(metricsUrl('http://127.0.0.1:8080/proxy/v1/', ['x'])).toBe(
      'http://127.0.0.1:8080/models/metrics?aliases=x'
    )
  })

  it('asks for at most 100 names, as AIML takes', () => {
    const names = Array.from({ length: 150 }, (_, i) => `m${i}`)
    expect(new URL(metricsUrl('https://h/v1', names)).searchParams.getAll('aliases')).toHaveLength(
      100
    )
  })
})

describe('parseMetrics', () => {
  it('reads the documented shape; a metric that does not apply is absent', () => {
    expect(parseMetrics(SAMPLE)).toEqual({
      windowSeconds: 300,
      models: [
        {
          alias: 'openai/gpt-5',
          ttftMs: { p50: 412, p90: 910 },
          durationMs: { p50: 1830, p90: 3900 }
        },
        { alias: 'flux/schnell', ttftMs: null, durationMs: { p50: 2100, p90: 3300 } }
      ]
    })
  })

  it('tolerates missing and broken fields', () => {
    expect(
      parseMetrics({
        models: [
          null,
          { endpoint: 'x' },
          { alias: 'a' },
          { alias: 'b', metrics: { ttft_ms: { p50: '1e999', p90: 3 }, duration_ms: 'fast' } }
        ]
      })
    ).toEqual({
      windowSeconds: null,
      models: [
        { alias: 'a', ttftMs: null, durationMs: null },
        { alias: 'b', ttftMs: null, durationMs: null }
      ]
    })
  })

  it.each([undefined, [], { data: [] }, 'ok'])('is null for what is no metrics: %j', json => {
    expect(parseMetrics(json)).toBeNull()
  })
})

describe('readLive', () => {
  const metrics = parseMetrics(SAMPLE) as LiveMetrics
  const ask = (names: string[], namesKnown = true, timeoutMs = 30_000) =>
    readLive(metrics, { names, namesKnown, timeoutMs })

  it('others are served normally: the typical first token is short', () => {
    expect(ask(['gpt-5', 'openai/gpt-5'])).toEqual({
      kind: 'served',
      metric: 'first token',
      p50: 412,
      p90: 910
    })
  })

  it('slow for everyone: the typical first token is past our bound, or past 10 s', () => {
    expect(ask(['openai/gpt-5'], true, 400)).toMatchObject({ kind: 'slow', metric: 'first token' })
    const slow = parseMetrics({
      models: [{ alias: 'm', metrics: { ttft_ms: { p50: 21_500, p90: 52_000 } } }]
    })
    expect(readLive(slow, { names: ['m'], namesKnown: true, timeoutMs: 30_000 })).toMatchObject({
      kind: 'slow'
    })
  })

  it('over max-latency-ms or max-ttft-ms, others are weighed against that limit, not our bound', () => {
    const over = (metric: 'duration' | 'first token', ms: number) =>
      readLive(metrics, {
        names: ['openai/gpt-5'],
        namesKnown: true,
        timeoutMs: 30_000,
        limit: { metric, ms }
      })
    // Others' typical answer (1,830 ms) is over a 1,000 ms limit too: slow for everyone.
    expect(over('duration', 1000)).toEqual({
      kind: 'slow',
      metric: 'duration',
      p50: 1830,
      p90: 3900
    })
    // Under a 2,500 ms limit, others are served within it: it is this run's problem.
    expect(over('duration', 2500)).toMatchObject({ kind: 'served', metric: 'duration' })
    expect(over('first token', 300)).toEqual({
      kind: 'slow',
      metric: 'first token',
      p50: 412,
      p90: 910
    })
    expect(over('first token', 500)).toMatchObject({ kind: 'served', metric: 'first token' })
    // An image model has no first token: the usual reading.
    const image = readLive(metrics, {
      names: ['flux/schnell'],
      namesKnown: true,
      timeoutMs: 30_000,
      limit: { metric: 'first token', ms: 100 }
    })
    expect(image).toMatchObject({ kind: 'served', metric: 'duration' })
    // Absent from the list, a model that just answered (slowly) is not silent for everyone.
    const absent = { names: ['acme/quiet-1'], namesKnown: true, timeoutMs: 30_000 }
    expect(readLive(metrics, absent)).toMatchObject({ kind: 'silent' })
    expect(readLive(metrics, { ...absent, limit: { metric: 'duration', ms: 100 } })).toBeNull()
  })

  it('an image model is judged by its duration', () => {
    expect(ask(['flux/schnell'])).toEqual({
      kind: 'served',
      metric: 'duration',
      p50: 2100,
      p90: 3300
    })
  })

  it('silent for everyone: absent from the list, when every name of the model is known', () => {
    expect(ask(['anthropic/claude-sonnet-4.5'])).toEqual({ kind: 'silent', windowSeconds: 300 })
    // Without the catalog the name may simply differ: say nothing rather than blame AIML.
    expect(ask(['anthropic/claude-sonnet-4.5'], false)).toBeNull()
  })

  it('a timeout below others’ p90 is said as such, not as "served normally"', () => {
    const long = parseMetrics({
      models: [{ alias: 'm', metrics: { duration_ms: { p50: 18_000, p90: 42_000 } } }]
    })
    const reading = readLive(long, { names: ['m'], namesKnown: true, timeoutMs: 30_000 })
    expect(reading).toEqual({
      kind: 'over-timeout',
      metric: 'duration',
      p50: 18_000,
      p90: 42_000,
      timeoutMs: 30_000
    })
    expect(liveWords('m', { reading: reading!, slowAnswer: null })).toBe(
      "AIML's live metrics show others' p90 for `m` at 42 s, above your `timeout-seconds` of 30 s: one request in ten takes longer than you wait, so raise `timeout-seconds` (p50 18 s)."
    )
    expect(liveStep({ reading: reading!, slowAnswer: null })).toBe(
      "Raise `timeout-seconds` above 42 (others' p90 for this model right now)."
    )
    // Within the bound, the same figures are served normally.
    expect(readLive(long, { names: ['m'], namesKnown: true, timeoutMs: 60_000 })!.kind).toBe(
      'served'
    )
  })

  it('says nothing without metrics', () => {
    expect(readLive(null, { names: ['x'], namesKnown: true, timeoutMs: 1000 })).toBeNull()
  })
})

describe('durationP90', () => {
  it('is the p90 duration of the model under any of its names, else null', () => {
    const metrics = parseMetrics(SAMPLE)
    expect(durationP90(metrics, ['gpt-5', 'OpenAI/GPT-5'])).toBe(3900)
    expect(durationP90(metrics, ['gpt-4o'])).toBeNull()
    expect(durationP90(null, ['openai/gpt-5'])).toBeNull()
  })
})
