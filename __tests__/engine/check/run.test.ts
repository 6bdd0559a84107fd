import { describe, expect, it } from '@jest/globals'
import { BALANCE_WAIT_MS } from '../../../src/engine/evidence/evidence.js'
import { probeBoundMs, runProbe, SIDE_GRACE_MS } from '../../../src/engine/check/run.js'
import type { ProbeConfig } from '../../../src/engine/check/shared.js'
import { completionJson, scriptedFetch, testIO } from '../../../__fixtures__/fake-fetch.js'

const config = (overrides: Partial<ProbeConfig> = {}): ProbeConfig => ({
  apiKey: 'sk-aiml-0123456789abcdef0123',
  model: 'claude',
  fallbackModels: ['first', 'second'],
  baseUrl: 'https://api.test/v1',
  retries: 0,
  timeoutMs: 2_000,
  prompt: 'Reply ok',
  maxTokens: 16,
  ...overrides
})

const refusal = {
  status: 400,
  json: { message: 'Your credit balance is too low to access the Anthropic API.' }
}
// AIML's own envelope: the gateway speaks of our account, so its word holds.
const broke = {
  status: 403,
  json: { message: "You've run out of credits", statusCode: 403, path: '/v1/chat/completions' }
}

describe('runProbe', () => {
  it('recommends the first fallback in preference order that answered', async () => {
    const { fetch } = scriptedFetch({
      claude: [refusal],
      first: [{ status: 503, json: { message: 'Service Unavailable' } }],
      second: [{ json: completionJson() }],
      '#billing': [{ json: { current_balance: 20, currency: 'usd' } }]
    })
    const report = await runProbe(config({ fallbackModels: ['first', 'second'] }), testIO(fetch))
    expect(report).toMatchObject({
      status: 'fallback',
      model: 'second',
      fallbackModel: 'second',
      errorCategory: 'provider-access'
    })
    expect(report.balance).toEqual({ amount: 20, currency: 'USD' })
  })

  it.each([
    ['insufficient-credits', broke],
    [
      'auth',
      { status: 401, json: { message: 'This request requires a valid API key.', statusCode: 401 } }
    ]
  ])('asks no fallback for %s: every model would fail alike', async (category, answer) => {
    const { fetch, seen } = scriptedFetch({ claude: [answer], first: [{ json: completionJson() }] })
    const report = await runProbe(config(), testIO(fetch))
    expect(report).toMatchObject({
      status: 'unavailable',
      model: '',
      errorCategory: category,
      fallbacksSkipped: 'account-wide'
    })
    expect(seen.filter(s => s.method === 'POST').map(s => s.body?.model)).toEqual(['claude'])
  })

  it('says so when no fallback is configured', async () => {
    const { fetch } = scriptedFetch({ claude: [refusal] })
    const report = await runProbe(config({ fallbackModels: [] }), testIO(fetch))
    expect(report.fallbacksSkipped).toBe('none-configured')
  })

  it('redacts the key from the base URL it reports', async () => {
    const { fetch } = scriptedFetch({ claude: [{ json: completionJson() }] })
    const key = 'sk-aiml-0123456789abcdef0123'
    const report = await runProbe(
      config({ apiKey: key, baseUrl: `https://api.test/${key}/v1` }),
      testIO(fetch)
    )
    expect(report.baseUrl).toBe('https://api.test/***/v1')
  })
})

describe('probeBoundMs', () => {
  it('is three model bounds (asked, asked again as its kind, fallbacks), one wait between rounds and the grace', () => {
    // retries 2, timeout 30 s: 3 × (4 × 30 + 2 × 30) + 30 + 0.25 s
    expect(probeBoundMs({ retries: 2, timeoutMs: 30_000 })).toBe(570_250)
    expect(probeBoundMs({ retries: 0, timeoutMs: 1_000 })).toBe(3 * 2_000 + 1_000 + 250)
    // Below a second, the wait for the balance between the rounds is the longer one.
    expect(probeBoundMs({ retries: 0, timeoutMs: 500 })).toBe(3 * 1_000 + 1_000 + 250)
  })
})

describe('aliases', () => {
  const catalog = (aliases: string[]) => ({
    json: {
      data: [
        { id: 'vendor/model', aliases },
        { id: 'gpt-4o', aliases: [] }
      ]
    }
  })
  const unknown = { status: 404, json: { message: 'Model not found' } }

  it('counts an alias that is also a fallback as the alias, asking it once', async () => {
    const { fetch, seen } = scriptedFetch({
      'vendor/model': [unknown],
      'model-short': [{ json: completionJson() }],
      '#catalog': [catalog(['model-short'])]
    })
    const report = await runProbe(
      config({ model: 'vendor/model', fallbackModels: ['model-short'] }),
      testIO(fetch)
    )
    expect(report).toMatchObject({
      status: 'alias',
      model: 'model-short',
      resolvedModel: 'model-short'
    })
    expect(report.latencyMs).not.toBeNull()
    expect(seen.filter(s => s.body?.model === 'model-short')).toHaveLength(1)
  })

  // SPEC: after a model-not-found failure the diagnosis depends on the catalog, so it is waited
  // for up to timeout-seconds, however large it is (a 9 MB catalog arrives late).
  it('waits for a late catalog after model-not-found, past the fallbacks and the grace', async () => {
    const { fetch, seen } = scriptedFetch({
      'vendor/model-2025': [unknown],
      'vendor/model': [{ json: completionJson() }],
      first: [{ json: completionJson() }],
      '#catalog': [{ ...catalog(['model-short', 'vendor/model-2025']), delayMs: 1_200 }]
    })
    const report = await runProbe(
      config({ model: 'vendor/model-2025', fallbackModels: ['first'], timeoutMs: 3_000 }),
      testIO(fetch)
    )
    expect(report).toMatchObject({
      status: 'alias',
      model: 'vendor/model',
      resolvedModel: 'vendor/model',
      catalogAvailable: true
    })
    expect(report.aliases).toEqual(['vendor/model', 'model-short'])
    expect(seen.filter(s => s.body?.model === 'vendor/model')).toHaveLength(1)
  })

  it('stops waiting for the catalog at timeout-seconds', async () => {
    const { fetch } = scriptedFetch({
      'vendor/model-2025': [unknown],
      '#catalog': [{ ...catalog(['vendor/model-2025']), delayMs: 2_500 }]
    })
    const started = performance.now()
    const report = await runProbe(
      config({ model: 'vendor/model-2025', fallbackModels: [], timeoutMs: 1_000 }),
      testIO(fetch)
    )
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(report).toMatchObject({ status: 'unavailable', aliases: [], catalogAvailable: false })
  })

  it('asks the canonical ID and at most four aliases, however many the catalog lists', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `alias-${i}`)
    const { fetch, seen } = scriptedFetch({ 'alias-7': [unknown], '#catalog': [catalog(many)] })
    const report = await runProbe(config({ model: 'alias-7', fallbackModels: [] }), testIO(fetch))
    expect(report.aliases).toEqual(['vendor/model', 'alias-0', 'alias-1', 'alias-2', 'alias-3'])
    expect(seen.filter(s => s.method === 'POST')).toHaveLength(6)
  })
})

describe('foresight: the deprecation feed and the live metrics', () => {
  const NOON = Date.UTC(2026, 10, 26, 12)
  /** The clock pinned: "today" is 2026-11-26 in UTC. */
  const pinned = (fetch: Parameters<typeof testIO>[0]) => ({ ...testIO(fetch), now: () => NOON })
  const notFound = { status: 404, json: { message: 'Model "old" not found', statusCode: 404 } }

  it('asks the feed and the metrics in the first round, beside the catalog', async () => {
    const { fetch, seen } = scriptedFetch({ claude: [{ json: completionJson() }] })
    await runProbe(config(), testIO(fetch))
    const gets = seen.filter(s => s.method === 'GET').map(s => s.url)
    expect(gets).toEqual(
      expect.arrayContaining([
        'https://api.test/v1/models?include=capabilities',
        'https://api.test/v1/models/deprecations',
        'https://api.test/models/metrics?aliases=claude'
      ])
    )
    // Before the probe: every side request leaves with it, not after it.
    expect(seen.findIndex(s => s.method === 'POST')).toBeGreaterThanOrEqual(gets.length)
  })

  it('dates a deprecated model on the clock it is given', async () => {
    const { fetch } = scriptedFetch({
      claude: [{ json: completionJson() }],
      '#deprecations': [
        {
          json: {
            data: [
              { id: 'claude', status: 'deprecated', shutdown_at: '2026-12-06', replaced_by: 'new' }
            ]
          }
        }
      ]
    })
    const report = await runProbe(config(), pinned(fetch))
    expect(report.available).toBe(true)
    expect(report.deprecation).toEqual({
      status: 'deprecated',
      shutdownAt: '2026-12-06',
      replacedBy: 'new',
      daysLeft: 10
    })
  })

  it('asks a withdrawn ID’s replacement and recommends it before the configured fallbacks', async () => {
    const { fetch, seen } = scriptedFetch({
      old: [notFound],
      new: [{ json: completionJson() }],
      first: [{ json: completionJson() }],
      '#catalog': [{ json: { data: [{ id: 'gpt-4o' }, { id: 'olde' }] } }],
      '#deprecations': [
        {
          json: [
            {
              id: 'vendor/old',
              aliases: ['old'],
              status: 'withdrawn',
              shutdown_at: '2026-11-23',
              replaced_by: 'new'
            }
          ]
        }
      ]
    })
    const report = await runProbe(
      config({ model: 'old', fallbackModels: ['first'] }),
      pinned(fetch)
    )
    expect(report).toMatchObject({
      status: 'fallback',
      model: 'new',
      fallbackModel: 'new',
      errorCategory: 'model-not-found',
      // No did-you-mean ('olde'): the ID is withdrawn, not misspelt.
      suggestions: []
    })
    expect(report.errorMessage).toMatch(
      /AIML withdrew this model on 2026-11-23; its replacement is 'new'\./
    )
    expect(report.deprecation).toMatchObject({ status: 'withdrawn', daysLeft: -3 })
    const asked = seen.filter(s => s.method === 'POST').map(s => s.body?.model)
    expect(asked.sort()).toEqual(['first', 'new', 'old'])
  })

  it('asks the replacement even with no fallback configured', async () => {
    const { fetch } = scriptedFetch({
      old: [notFound],
      new: [{ json: completionJson() }],
      '#deprecations': [{ json: [{ id: 'old', status: 'withdrawn', replaced_by: 'new' }] }]
    })
    const report = await runProbe(config({ model: 'old', fallbackModels: [] }), pinned(fetch))
    expect(report).toMatchObject({
      status: 'fallback',
      fallbackModel: 'new',
      fallbacksSkipped: null
    })
  })

  it('never recommends a withdrawn fallback; recommends a deprecated one with its date', async () => {
    const { fetch } = scriptedFetch({
      claude: [refusal],
      gone: [{ json: completionJson() }],
      retiring: [{ json: completionJson() }],
      '#billing': [{ json: { current_balance: 20, currency: 'usd' } }],
      '#deprecations': [
        {
          json: [
            { id: 'gone', status: 'withdrawn', shutdown_at: '2026-11-01' },
            { id: 'retiring', status: 'deprecated', shutdown_at: '2026-12-26', replaced_by: 'x' }
          ]
        }
      ]
    })
    const report = await runProbe(config({ fallbackModels: ['gone', 'retiring'] }), pinned(fetch))
    expect(report.fallbackModel).toBe('retiring')
    expect(report.fallbackDeprecation).toMatchObject({ shutdownAt: '2026-12-26', daysLeft: 30 })
  })

  it('a feed that hangs holds the step for the grace only, and changes nothing', async () => {
    const { fetch } = scriptedFetch({
      claude: [{ json: completionJson() }],
      '#deprecations': [{ delayMs: 3000, json: [] }],
      '#metrics': [{ delayMs: 3000, json: { models: [] } }]
    })
    const started = performance.now()
    const report = await runProbe(config(), testIO(fetch))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(report).toMatchObject({ status: 'available', deprecation: null, live: null })
  })

  it('a hanging /v1/key holds a refusal for its one grace, not for the side requests’ again', async () => {
    const { fetch } = scriptedFetch({
      claude: [broke],
      '#billing': [{ json: { current_balance: 19.5, currency: 'usd' } }],
      '#key': [{ delayMs: 5000, json: {} }]
    })
    const started = performance.now()
    const report = await runProbe(config({ fallbackModels: [] }), testIO(fetch))
    const took = performance.now() - started
    // A refusal the key's facts could change waits for them, the balance's second at most.
    expect(took).toBeGreaterThanOrEqual(BALANCE_WAIT_MS - 20)
    expect(took).toBeLessThan(BALANCE_WAIT_MS + SIDE_GRACE_MS - 50)
    expect(report).toMatchObject({ errorCategory: 'insufficient-credits', keyFacts: null })
  })

  it('a model-not-found waits for a hanging feed a second at most', async () => {
    const { fetch } = scriptedFetch({
      old: [notFound],
      '#deprecations': [{ delayMs: 4000, json: [] }]
    })
    const started = performance.now()
    const report = await runProbe(
      config({ model: 'old', fallbackModels: [], timeoutMs: 3000 }),
      testIO(fetch)
    )
    expect(performance.now() - started).toBeLessThan(1800)
    expect(report.errorCategory).toBe('model-not-found')
    expect(report.deprecation).toBeNull()
  })

  it('reads the live metrics on a timeout, under the catalog’s name', async () => {
    const { fetch } = scriptedFetch({
      claude: [{ status: 503, json: { message: 'Service Unavailable' } }],
      first: [{ json: completionJson() }],
      '#catalog': [{ json: { data: [{ id: 'vendor/claude', aliases: ['claude'] }] } }],
      '#metrics': [
        {
          json: {
            window_seconds: 300,
            models: [{ alias: 'vendor/claude', metrics: { ttft_ms: { p50: 600, p90: 1100 } } }]
          }
        }
      ]
    })
    const report = await runProbe(config({ fallbackModels: ['first'] }), testIO(fetch))
    expect(report.errorCategory).toBe('server-error')
    expect(report.live?.reading).toEqual({
      kind: 'served',
      metric: 'first token',
      p50: 600,
      p90: 1100
    })
  })
})
