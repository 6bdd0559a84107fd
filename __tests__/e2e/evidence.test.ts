/**
 * Evidence beats wording, end to end over the built action: the balance call (same key, sent
 * beside the probe) decides whether a relayed billing or key refusal is ours or the gateway's.
 */
import { describe, expect, it } from '@jest/globals'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { runAction, TEST_KEY } from '../../__fixtures__/action-runner.js'
import {
  AIML_OUT_OF_CREDITS,
  aimlError,
  CATALOG,
  DAILY_QUOTA,
  DEEPSEEK_INSUFFICIENT_BALANCE,
  OPENAI_INVALID_KEY,
  type Reply,
  type Scenario
} from '../../script/aiml-sim.ts'

const MODEL = 'deepseek/deepseek-chat'
const sim = useAimlSim()

const scenario = (refusal: Reply, balance: Scenario['balance']): Scenario => ({
  apiKey: TEST_KEY,
  models: { [MODEL]: { replies: [refusal] }, 'gpt-4o': { ok: true } },
  catalog: CATALOG,
  balance
})

const run = () =>
  runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      model: MODEL,
      'timeout-seconds': '5'
    }
  })

const asked = () => sim.completions().map(r => r.body.model)
const report = (outputs: Record<string, string>) => JSON.parse(outputs.report ?? '{}')

describe('relayed billing text, weighed against the balance', () => {
  it('is the gateway’s upstream account when our balance is positive: fallback tried', async () => {
    sim.setScenario(scenario(DEEPSEEK_INSUFFICIENT_BALANCE, 19.5))
    const result = await run()
    expect(result.outputs).toMatchObject({
      'error-category': 'provider-access',
      status: 'fallback',
      model: 'gpt-4o',
      'fallback-model': 'gpt-4o'
    })
    expect(asked()).toEqual([MODEL, 'gpt-4o'])
    expect(report(result.outputs).evidence).toEqual({ rule: 'billing-words', decidedBy: 'balance' })
    expect(result.summary).toContain('Decided by the balance')
    expect(result.summary).toContain('$19.50')
    expect(result.summary).toContain('only AIML can fix it')
    expect(result.summary).not.toMatch(/top up/i)
  })

  it('is our own account when the balance call fails: the words decide', async () => {
    sim.setScenario(scenario(DEEPSEEK_INSUFFICIENT_BALANCE, { status: 503, text: 'down' }))
    const result = await run()
    expect(result.outputs['error-category']).toBe('insufficient-credits')
    expect(report(result.outputs).evidence).toEqual({ rule: 'billing-words', decidedBy: 'text' })
    expect(result.summary).toContain("Decided by the error's words")
  })
})

describe('the gateway’s own envelope keeps its word', () => {
  it('AIML’s problem+json 403 out of credits: insufficient-credits, no fallback asked', async () => {
    sim.setScenario(scenario(AIML_OUT_OF_CREDITS, 19.5))
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({
      'error-category': 'insufficient-credits',
      status: 'unavailable',
      'fallback-model': ''
    })
    expect(asked()).toEqual([MODEL])
    expect(result.summary).toContain('no fallback was asked')
  })
})

describe('a relayed invalid-key refusal, weighed against the key', () => {
  it('is the gateway’s stored key when ours reads the balance', async () => {
    sim.setScenario(scenario(OPENAI_INVALID_KEY, 20))
    const result = await run()
    expect(result.outputs).toMatchObject({
      'error-category': 'provider-access',
      status: 'fallback',
      'fallback-model': 'gpt-4o'
    })
    expect(asked()).toEqual([MODEL, 'gpt-4o'])
    expect(result.summary).toContain('Decided by the key')
    expect(result.summary).toContain('Your key and your balance work')
  })

  it('is ours when the balance call refuses the same key', async () => {
    sim.setScenario(scenario(OPENAI_INVALID_KEY, aimlError(401, 'Invalid API key', '/v2/billing')))
    const result = await run()
    expect(result.outputs['error-category']).toBe('auth')
    expect(report(result.outputs).evidence.decidedBy).toBe('key')
    expect(asked()).toEqual([MODEL])
  })
})

describe('time windows', () => {
  it('asks a daily quota once: no retry can help within the step', async () => {
    sim.setScenario(scenario(DAILY_QUOTA, { status: 503, text: 'down' }))
    const result = await runAction({
      inputs: {
        'api-key': TEST_KEY,
        'base-url': sim.baseUrl,
        model: MODEL,
        'fallback-models': '',
        retries: '3',
        'timeout-seconds': '5'
      }
    })
    expect(result.outputs['error-category']).toBe('insufficient-credits')
    expect(asked()).toEqual([MODEL])
    expect(result.code).toBe(1)
  })
})
