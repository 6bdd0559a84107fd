import { describe, expect, it } from '@jest/globals'
import { probeBoundMs, runProbe, type ProbeConfig } from '../../src/engine/run.js'
import { completionJson, scriptedFetch, testIO } from '../../__fixtures__/fake-fetch.js'

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
