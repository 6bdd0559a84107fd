/**
 * The key's own facts, end to end over the built action: `GET /v1/key`, asked beside the balance,
 * settles a refusal the words alone would misread, and when it fails (404 on older deployments,
 * a 500, a hang) nothing else changes.
 */
import { describe, expect, it } from '@jest/globals'
import { BALANCE_WAIT_MS } from '../../src/engine/evidence/evidence.js'
import { SIDE_GRACE_MS } from '../../src/engine/check/run.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { runAction, TEST_KEY } from '../../__fixtures__/action-runner.js'
import {
  aimlProblem,
  AIML_OUT_OF_CREDITS,
  CATALOG,
  DEEPSEEK_INSUFFICIENT_BALANCE,
  MODERATION_BLOCKED,
  type Reply,
  type Scenario
} from '../../script/aiml-sim.ts'

const MODEL = 'deepseek/deepseek-chat'
const sim = useAimlSim()
const ACCESS_DENIED = aimlProblem(403, 'Forbidden', 'Access denied.', 'ForbiddenException')
const scenario = (refusal: Reply, extra: Partial<Scenario> = {}): Scenario => ({
  apiKey: TEST_KEY,
  models: { [MODEL]: { replies: [refusal] }, 'gpt-4o': { ok: true } },
  catalog: CATALOG,
  ...extra
})

const run = () =>
  runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      model: MODEL,
      'fallback-models': 'gpt-4o',
      'timeout-seconds': '5'
    }
  })

const report = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}')
const asked = () => sim.completions().map(r => r.body.model)
const keyAsked = () => sim.requests.filter(r => r.path === '/v1/key')

describe('the key’s own facts decide', () => {
  it('names a key whose prefix is its own start by 8 characters, not as a redacted piece', async () => {
    // AIML's prefix is the key's first characters: 12 of them are a piece the redactor hides.
    const key = `sk-aiml-7f3c${'9'.repeat(28)}`
    sim.setScenario({ ...scenario(ACCESS_DENIED, { key: { disabled: true } }), apiKey: key })
    const result = await runAction({
      inputs: { 'api-key': key, 'base-url': sim.baseUrl, model: MODEL, 'timeout-seconds': '5' }
    })
    expect(result.outputs['error-category']).toBe('auth')
    expect(result.summary).toContain(
      'This key (sk-aiml-…) is disabled: enable it or make a new one.'
    )
    expect(result.summary).not.toContain('***…')
    expect(result.summary).not.toContain('sk-aiml-7f3c')
  })

  it('a disabled key is auth, named by its prefix, and no fallback is asked', async () => {
    sim.setScenario(scenario(ACCESS_DENIED, { key: { disabled: true } }))
    const result = await run()
    expect(result.outputs).toMatchObject({
      'error-category': 'auth',
      status: 'unavailable',
      model: ''
    })
    expect(asked()).toEqual([MODEL])
    expect(keyAsked()).toHaveLength(1)
    expect(keyAsked()[0]!.authorization).toBe(`Bearer ${TEST_KEY}`)
    expect(report(result.outputs).evidence).toEqual({
      rule: 'permission',
      decidedBy: 'key-facts',
      keyFinding: 'disabled'
    })
    expect(result.summary).toContain(
      'This key (sk-aiml-7f3c…) is disabled: enable it or make a new one.'
    )
    expect(result.summary).toContain(
      "Decided by the key's own facts (GET /v1/key): sk-aiml-7f3c… is disabled"
    )
    expect(result.summary).not.toContain('help@aimlapi.com')
    expect(result.everything).not.toContain(TEST_KEY)
  })

  it('a key whose scopes leave out chat is auth, naming its scopes', async () => {
    sim.setScenario(
      scenario(ACCESS_DENIED, { key: { scopes: ['model:image', 'model:embeddings'] } })
    )
    const result = await run()
    expect(result.outputs).toMatchObject({ 'error-category': 'auth', status: 'unavailable' })
    expect(report(result.outputs).evidence.keyFinding).toBe('scopes')
    expect(result.summary).toContain(
      'may not call chat models: its scopes are model:image, model:embeddings'
    )
    expect(result.summary).toContain('`model:chat`')
    expect(result.summary).toContain('may call only model:image, model:embeddings')
  })

  it('a used-up monthly key limit is the key’s limit, not an empty account, even relayed', async () => {
    for (const refusal of [AIML_OUT_OF_CREDITS, DEEPSEEK_INSUFFICIENT_BALANCE]) {
      sim.setScenario(
        scenario(refusal, {
          balance: 19.5,
          key: { limit: { retention: 'month', threshold: 5 }, monthly_usage: 5.02 }
        })
      )
      sim.reset()
      const result = await run()
      expect(result.outputs).toMatchObject({
        'error-category': 'insufficient-credits',
        status: 'unavailable'
      })
      expect(report(result.outputs).evidence.keyFinding).toBe('limit')
      expect(asked()).toEqual([MODEL])
      expect(result.summary).toContain(
        "This key's limit of $5.00 a month is used up ($5.02); the account holds $19.50: raise the limit on the key's page."
      )
      expect(result.summary).not.toMatch(/top up the AIML balance/i)
    }
  })

  it('a limit with another retention leaves it to the words and the balance', async () => {
    sim.setScenario(
      scenario(DEEPSEEK_INSUFFICIENT_BALANCE, {
        balance: 19.5,
        key: { limit: { retention: 'day', threshold: 5 }, monthly_usage: 9 }
      })
    )
    const result = await run()
    expect(result.outputs).toMatchObject({
      'error-category': 'provider-access',
      status: 'fallback'
    })
    expect(report(result.outputs).evidence).toEqual({ rule: 'billing-words', decidedBy: 'balance' })
    expect(result.summary).toContain(
      'The key: sk-aiml-7f3c… is enabled; a limit of $5.00 a day, $9.00 used this month.'
    )
  })
})

describe('when /v1/key fails, nothing else changes', () => {
  // Refusals the key's facts could change, and a failure they could not: all read as before. A
  // refusal waits for the key as long as for the balance; any other failure, the side requests'
  // grace at the end; a hanging /v1/key costs that grace once, no more.
  const cases: [string, Reply, number][] = [
    ['relayed billing text', DEEPSEEK_INSUFFICIENT_BALANCE, BALANCE_WAIT_MS],
    ["AIML's own 'run out of credits'", AIML_OUT_OF_CREDITS, BALANCE_WAIT_MS],
    ['a moderation refusal the key cannot explain', MODERATION_BLOCKED, SIDE_GRACE_MS]
  ]
  const failures: [string, Reply][] = [
    ['404 (an older deployment)', { status: 404, text: 'Cannot GET /v1/key' }],
    ['500', { status: 500, json: { message: 'Internal server error' } }],
    ['a body that is not the key', { json: { disabled: 'yes' } }],
    ['a hang', { fault: 'hang' }]
  ]
  // What a run concluded and said, less what differs between any two runs (times, request IDs)
  // and less the key's line the baseline shows.
  const KEY_LINE = ' The key: sk-aiml-7f3c… is enabled; no spending limit, $0.42 used this month.'
  const outcome = (result: Awaited<ReturnType<typeof run>>) => {
    const {
      durationMs: _d,
      startedAt: _s,
      keyFacts: _k,
      attempts,
      ...rest
    } = report(result.outputs)
    const seen = {
      code: result.code,
      outputs: { ...result.outputs, report: undefined },
      report: { ...rest, attempts: attempts.map((a: object) => ({ ...a, latencyMs: 0 })) },
      annotations: result.annotations,
      summary: result.summary
    }
    return JSON.stringify(seen)
      .split(KEY_LINE)
      .join('')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')
      .replace(/[\d,]+ ms/g, 'N ms')
  }

  it.each(cases)('%s', async (_what, refusal, graceMs) => {
    // The baseline: a healthy key that says nothing of this refusal.
    sim.setScenario(scenario(refusal, { balance: 19.5 }))
    const baseline = await run()
    expect(report(baseline.outputs).keyFacts).toMatchObject({ prefix: 'sk-aiml-7f3c' })
    for (const [why, reply] of failures) {
      sim.setScenario(scenario(refusal, { balance: 19.5, key: reply }))
      sim.reset()
      const result = await run()
      expect({ why, seen: outcome(result) }).toEqual({ why, seen: outcome(baseline) })
      expect(report(result.outputs).keyFacts).toBeNull()
      expect(result.summary).not.toContain('The key:')
      expect(keyAsked()).toHaveLength(1)
      const costMs = report(result.outputs).durationMs - report(baseline.outputs).durationMs
      // 300 ms for two processes' jitter on a shared machine; run.test.ts holds the grace tighter.
      expect(costMs).toBeLessThan((why === 'a hang' ? graceMs : 0) + 300)
    }
  })

  it('a healthy probe does not wait for a hanging /v1/key', async () => {
    sim.setScenario({
      ...scenario(AIML_OUT_OF_CREDITS),
      models: { [MODEL]: { ok: true } },
      key: { fault: 'hang' }
    })
    const result = await run()
    expect(result.outputs.status).toBe('available')
    expect(report(result.outputs).durationMs).toBeLessThan(900)
  })
})
