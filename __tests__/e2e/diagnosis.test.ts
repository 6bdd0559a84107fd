/**
 * The deeper diagnosis, end to end: catalog, aliases, did-you-mean, reasoning models, balance,
 * cost, and the round trips it takes.
 */
import { describe, expect, it } from '@jest/globals'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { runAction, TEST_KEY } from '../../__fixtures__/action-runner.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG, type Scenario } from '../../script/aiml-sim.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim()

const scenario = (overrides: Partial<Scenario>): Scenario => ({
  apiKey: TEST_KEY,
  models: { [MODEL]: { ok: true }, 'gpt-4o': { ok: true } },
  catalog: CATALOG,
  balance: 20,
  ...overrides
})

const run = (inputs: Record<string, string> = {}) =>
  runAction({
    inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, 'timeout-seconds': '5', ...inputs }
  })

const report = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}')

describe('a catalog of AIML size (20,000 long IDs, about 10 MB)', () => {
  const big = [
    ...CATALOG,
    ...Array.from({ length: 20_000 }, (_, i) => ({
      id: `provider-${i % 40}/model-family-${Math.floor(i / 40)}-instruct-preview-long-context-${String(i).padStart(5, '0')}-2025-10-01`,
      aliases: [`family-${Math.floor(i / 40)}-instruct-${String(i).padStart(5, '0')}`],
      type: 'chat-completion',
      info: {
        name: `Model ${i}`,
        developer: `Provider ${i % 40}`,
        description: 'A long description of the kind the catalog carries. '.repeat(6)
      }
    }))
  ]

  it('is waited for after model-not-found, so the alias is found though it arrives late', async () => {
    // It arrives well after the fallback has answered and the side requests' grace is over.
    sim.setScenario(
      scenario({
        models: { 'claude-sonnet-4-5': { ok: true }, 'gpt-4o': { ok: true } },
        catalog: { delayMs: 1_500, json: { object: 'list', data: big } }
      })
    )
    const result = await run({ model: 'claude-sonnet-4-5-20250929' })
    expect(result.outputs).toMatchObject({ status: 'alias', model: 'claude-sonnet-4-5' })
    expect(report(result.outputs).catalogAvailable).toBe(true)
  })

  it('answers a typo of a long ID with the ID it meant', async () => {
    const wanted = big[CATALOG.length + 12_345]!.id
    sim.setScenario(scenario({ catalog: big }))
    const result = await run({ model: wanted.replace('preview', 'preveiw'), 'fallback-models': '' })
    expect(result.outputs['error-category']).toBe('model-not-found')
    expect(result.outputs['error-message']).toContain(`Did you mean '${wanted}'`)
  })
})

describe('aliases from the catalog', () => {
  it('finds the name the model answers to, and still fails on the configured one', async () => {
    // The gateway knows the model only by its short alias today.
    sim.setScenario(
      scenario({ models: { 'claude-sonnet-4-5': { ok: true }, 'gpt-4o': { ok: true } } })
    )
    const result = await run({ model: 'claude-sonnet-4-5-20250929' })
    expect(result.outputs).toMatchObject({
      available: 'false',
      status: 'alias',
      model: 'claude-sonnet-4-5',
      'resolved-model': 'claude-sonnet-4-5',
      'error-category': 'model-not-found',
      'fallback-model': 'gpt-4o'
    })
    expect(result.outputs['latency-ms']).toMatch(/^\d+$/)
    // The application still sends the configured ID: the verdict follows model-not-found.
    expect(result.code).toBe(1)
    // The canonical ID first, then the aliases in catalog order, with the fallback alongside.
    const asked = sim.completions().map(r => r.body.model)
    expect(asked[0]).toBe('claude-sonnet-4-5-20250929')
    expect(new Set(asked.slice(1))).toEqual(new Set([MODEL, 'claude-sonnet-4-5', 'gpt-4o']))
    expect(result.summary).toContain(
      '**Use now:** `claude-sonnet-4-5` — the same model answers to that name'
    )
    expect(report(result.outputs).aliases).toEqual([MODEL, 'claude-sonnet-4-5'])
  })

  it('asks aliases only for model-not-found', async () => {
    sim.setScenario(
      scenario({
        models: {
          [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] },
          'claude-sonnet-4-5': { ok: true },
          'gpt-4o': { ok: true }
        }
      })
    )
    const result = await run()
    expect(result.outputs.status).toBe('fallback')
    expect(
      sim
        .completions()
        .map(r => r.body.model)
        .sort()
    ).toEqual([MODEL, 'gpt-4o'].sort())
  })
})

describe('did you mean', () => {
  it('suggests the nearest catalog IDs for a typo', async () => {
    sim.setScenario(scenario({}))
    const result = await run({ model: 'anthropic/claude-sonet-4.5', 'fallback-models': '' })
    expect(result.outputs['error-category']).toBe('model-not-found')
    expect(result.outputs['error-message']).toMatch(
      /Did you mean 'anthropic\/claude-sonnet-4\.5'\?$/
    )
    expect(result.summary).toContain('Did you mean `anthropic/claude-sonnet-4.5`?')
    expect(report(result.outputs).suggestions).toEqual([MODEL])
  })

  it('suggests nothing for an ID unlike any in the catalog', async () => {
    sim.setScenario(scenario({}))
    const result = await run({ model: 'totally-different-model-x', 'fallback-models': '' })
    expect(result.outputs['error-category']).toBe('model-not-found')
    expect(result.outputs['error-message']).not.toContain('Did you mean')
  })
})

describe('reasoning models', () => {
  it('are probed again with max_completion_tokens and count as available', async () => {
    sim.setScenario(scenario({ models: { 'o3-mini': { reasoning: true } } }))
    const result = await run({ model: 'o3-mini', 'fallback-models': '' })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      available: 'true',
      status: 'available',
      'error-category': ''
    })
    const bodies = sim.completions().map(r => r.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toMatchObject({ max_tokens: 16 })
    expect(bodies[1]).toMatchObject({ max_completion_tokens: 16 })
    expect(bodies[1]).not.toHaveProperty('max_tokens')
    expect(report(result.outputs).attempts.map((a: { parameter: string }) => a.parameter)).toEqual([
      'max_tokens',
      'max_completion_tokens'
    ])
  })
})

describe('balance and cost', () => {
  it('are in the summary and the report, per attempt and in total', async () => {
    sim.setScenario(
      scenario({
        models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
        balance: 20
      })
    )
    const result = await run()
    expect(result.summary).toContain('**Balance:** $20.00 (40,000,000 credits)')
    expect(result.summary).toContain('**Cost of this probe:** 13 tokens, $0.000045 (90 credits)')
    expect(result.summary).toMatch(
      /\| `gpt-4o` \| fallback \| 1 \| answered \| 200 \| \d+ ms \| \$0\.000045 \|/
    )
    expect(result.summary).toContain('Your key and your balance work ($20.00')
    const r = report(result.outputs)
    expect(r.balance).toEqual({ amount: 20, currency: 'USD' })
    expect(r.cost).toEqual({ tokens: 13, usd: 0.000045, credits: 90 })
    expect(r.attempts[1]).toMatchObject({ usd: 0.000045, credits: 90, usage: { totalTokens: 13 } })
    // The balance is asked with the key, at /v2/billing beside the API version.
    const billing = sim.requests.find(r => r.path === '/v2/billing')
    expect(billing?.authorization).toBe(`Bearer ${TEST_KEY}`)
    // The catalog is public: no key.
    expect(sim.requests.find(r => r.path === '/v1/models')?.authorization).toBe('')
  })
})

describe('side requests never hold the step', () => {
  it.each([
    ['healthy', {}],
    ['provider refusal', { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] } }]
  ])('%s: a hanging catalog and billing change nothing and cost no time', async (_name, models) => {
    const base = { models: { [MODEL]: { ok: true }, 'gpt-4o': { ok: true }, ...models } }
    sim.setScenario(scenario(base))
    const normal = await run()
    sim.setScenario(scenario({ ...base, catalog: { fault: 'hang' }, balance: { fault: 'hang' } }))
    const hanging = await run()
    expect(hanging.code).toBe(normal.code)
    for (const name of ['available', 'status', 'model', 'error-category', 'fallback-model']) {
      expect(hanging.outputs[name]).toBe(normal.outputs[name])
    }
    // timeout-seconds is 5: a held step would take 5 s.
    expect(report(hanging.outputs).durationMs).toBeLessThan(1500)
    expect(hanging.durationMs).toBeLessThan(4000)
    expect(hanging.summary).toContain('unknown (the billing endpoint did not answer)')
  })

  it('an unknown ID with a hanging catalog waits for it up to timeout-seconds, no longer', async () => {
    sim.setScenario(scenario({ catalog: { fault: 'hang' }, balance: { fault: 'hang' } }))
    const result = await run({ model: 'anthropic/claude-sonet-4.5', 'timeout-seconds': '2' })
    expect(result.outputs).toMatchObject({
      'error-category': 'model-not-found',
      status: 'fallback',
      model: 'gpt-4o'
    })
    // SPEC: after model-not-found the diagnosis depends on the catalog: it is waited for up to
    // timeout-seconds (2 here), then the step goes on without it.
    expect(report(result.outputs).durationMs).toBeGreaterThanOrEqual(1_900)
    expect(report(result.outputs).durationMs).toBeLessThan(3_000)
    expect(report(result.outputs).catalogAvailable).toBe(false)
  })

  it('a catalog that answers 500 leaves model-not-found without suggestions', async () => {
    sim.setScenario(scenario({ catalog: { status: 500, text: 'Internal Server Error' } }))
    const result = await run({ model: 'anthropic/claude-sonet-4.5', 'fallback-models': '' })
    expect(result.outputs['error-category']).toBe('model-not-found')
    expect(report(result.outputs).catalogAvailable).toBe(false)
  })
})

describe('round trips', () => {
  const LATENCY = 400

  it('the healthy path takes one round trip: catalog, balance, feeds and model asked together', async () => {
    sim.setScenario(scenario({ latencyMs: LATENCY }))
    const result = await run()
    const duration = report(result.outputs).durationMs
    expect(result.outputs.status).toBe('available')
    // Figures for the note: printed, and bounded loosely to stay robust on a busy machine.
    console.log(
      `healthy path: ${duration} ms = ${(duration / LATENCY).toFixed(2)} round trips of ${LATENCY} ms`
    )
    expect(duration).toBeGreaterThanOrEqual(LATENCY)
    expect(duration).toBeLessThan(1.5 * LATENCY)
    const starts = sim.requests.map(r => r.at)
    expect(sim.requests.map(r => r.path).sort()).toEqual([
      '/models/metrics',
      '/v1/chat/completions',
      '/v1/key',
      '/v1/models',
      '/v1/models/deprecations',
      '/v2/billing'
    ])
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(LATENCY / 2)
  })

  it('the full diagnosis takes two: aliases and fallbacks asked together', async () => {
    sim.setScenario(
      scenario({
        latencyMs: LATENCY,
        models: {
          'claude-sonnet-4-5': { ok: true },
          'gpt-4o': { ok: true },
          'openai/gpt-4o-mini': { ok: true }
        }
      })
    )
    const result = await run({
      model: 'claude-sonnet-4-5-20250929',
      'fallback-models': 'gpt-4o, openai/gpt-4o-mini'
    })
    const duration = report(result.outputs).durationMs
    expect(result.outputs.status).toBe('alias')
    console.log(
      `full diagnosis: ${duration} ms = ${(duration / LATENCY).toFixed(2)} round trips of ${LATENCY} ms`
    )
    expect(duration).toBeGreaterThanOrEqual(2 * LATENCY)
    expect(duration).toBeLessThan(2.5 * LATENCY)
    const second = sim
      .completions()
      .slice(1)
      .map(r => r.at)
    expect(second).toHaveLength(4)
    expect(Math.max(...second) - Math.min(...second)).toBeLessThan(LATENCY / 2)
  })
})

describe('the balance call says what it did', () => {
  it.each([
    [
      'refused the key (401)',
      { apiKey: 'sk-another-key-0000000000' },
      'the billing endpoint refused the key: HTTP 401'
    ],
    [
      'answered 503',
      { balance: { status: 503, text: 'busy' } },
      'the billing endpoint answered HTTP 503'
    ],
    [
      'answered without a balance',
      { balance: { json: { plan: 'free' } } },
      'the billing endpoint answered without a balance'
    ]
  ] as const)(
    '%s: the summary says so, never "did not answer"',
    async (_name, overrides, words) => {
      sim.setScenario(scenario(overrides))
      const result = await run()
      expect(result.summary).toContain(words)
      expect(result.summary).not.toContain('did not answer')
    }
  )
})
