/**
 * The built action, end to end: `node dist/index.js` as the runner starts it, against the
 * loopback AIML simulator.
 */
import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { CATEGORIES, DEFAULT_FAIL_ON, type Category } from '../../src/engine/classify/categories.js'
import { OUTPUT_NAMES } from '../../src/github/outputs.js'
import { INPUT_NAMES } from '../../src/settings/settings.js'
import { actionYml, runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import {
  ANTHROPIC_CREDIT_BALANCE,
  aimlError,
  CAPABILITY_FAILURES,
  CATALOG
} from '../../script/aiml-sim.ts'
import { useAimlSim, type Sim } from '../../__fixtures__/loopback.js'

const sim = useAimlSim({ models: {}, apiKey: TEST_KEY })

const base = (): Record<string, string> => ({
  'api-key': TEST_KEY,
  'base-url': sim.baseUrl,
  'timeout-seconds': '5'
})

function expectNoLeak(result: RunResult, key = TEST_KEY): void {
  // Masked before anything else is printed.
  if (key.trim() !== '') expect(result.stdout.startsWith(`::add-mask::${key}\n`)).toBe(true)
  for (let i = 0; i + 10 <= TEST_KEY.length; i++) {
    expect(result.everything).not.toContain(TEST_KEY.slice(i, i + 10))
  }
}

describe('action.yml', () => {
  it('declares every input and output the code reads and writes, on node24', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    expect(Object.keys(actionYml.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
    expect(actionYml.inputs['fail-on']?.default?.split(/,\s*/)).toEqual([...DEFAULT_FAIL_ON])
  })
})

describe('a healthy model', () => {
  it('passes with every output set and a summary', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: { 'anthropic/claude-sonnet-4.5': { ok: true }, 'gpt-4o': { ok: true } },
      catalog: CATALOG,
      balance: 20
    })
    const result = await runAction({ inputs: base() })
    expect(result.code).toBe(0)
    expect(result.annotations.filter(a => a.level !== 'notice')).toEqual([])
    expect(result.outputs).toMatchObject({
      available: 'true',
      status: 'available',
      model: 'anthropic/claude-sonnet-4.5',
      'resolved-model': 'anthropic/claude-sonnet-4.5',
      'error-category': '',
      'error-message': '',
      'fallback-model': ''
    })
    expect(Number(result.outputs['latency-ms'])).toBeGreaterThanOrEqual(0)
    expect(result.outputs['latency-ms']).toMatch(/^\d+$/)
    const report = JSON.parse(result.outputs.report ?? '')
    expect(report).toMatchObject({ status: 'available', available: true, verdict: 'pass' })
    expect(report.attempts).toHaveLength(1)
    expect(report.attempts[0]).toMatchObject({
      model: 'anthropic/claude-sonnet-4.5',
      role: 'configured',
      ok: true,
      httpStatus: 200
    })
    // Fallbacks are asked only when needed.
    expect(sim.completions().map(r => r.body.model)).toEqual(['anthropic/claude-sonnet-4.5'])
    expect(sim.completions()[0]?.body).toMatchObject({ max_tokens: 16 })
    expect(result.summary).toContain('✅ AIML model probe')
    expect(result.summary).toContain(
      '| `anthropic/claude-sonnet-4.5` | configured | 1 | answered |'
    )
    expectNoLeak(result)
  })
})

describe('a failing model with a working fallback', () => {
  it('fails by default, recommends the fallback and writes the summary', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        'anthropic/claude-sonnet-4.5': { replies: [ANTHROPIC_CREDIT_BALANCE] },
        'mistral-large': { replies: [aimlError(503, 'Service Unavailable')] },
        'gpt-4o': { ok: true },
        'openai/gpt-4o-mini': { ok: true }
      },
      catalog: CATALOG,
      balance: 20
    })
    const result = await runAction({
      inputs: {
        ...base(),
        'fallback-models': 'mistral-large, gpt-4o\nopenai/gpt-4o-mini',
        retries: '0'
      }
    })
    expect(result.code).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain('credit balance is too low')
    expect(errors[0]?.message).toContain('gpt-4o')
    expect(result.outputs).toMatchObject({
      available: 'false',
      status: 'fallback',
      model: 'gpt-4o',
      'resolved-model': '',
      'error-category': 'provider-access',
      'fallback-model': 'gpt-4o',
      'latency-ms': ''
    })
    expect(result.outputs['error-message']).toMatch(
      /^Your credit balance is too low to access the Anthropic API/
    )
    // The first fallback in preference order that answered, though all were asked together.
    expect(new Set(sim.completions().map(r => r.body.model))).toEqual(
      new Set(['anthropic/claude-sonnet-4.5', 'mistral-large', 'gpt-4o', 'openai/gpt-4o-mini'])
    )
    expect(result.summary).toContain('❌ AIML model probe')
    expect(result.summary).toContain('**Use now:** `gpt-4o`')
    expect(result.summary).toMatch(
      /\| `mistral-large` \| fallback \| 1 \| server\\-error \| 503 \|/
    )
    expectNoLeak(result)
  })
})

type ModelScript = Parameters<Sim['setScenario']>[0]['models'][string]
const html = (status: number, title: string) => ({
  status,
  text: `<!DOCTYPE html><html><head><title>${title}</title></head><body>cloudflare</body></html>`,
  headers: { 'content-type': 'text/html' }
})

/** How to make the simulator (or the network) produce each category. */
const SETUP: Record<
  Exclude<Category, 'slow'>,
  () => Promise<{ script?: ModelScript; inputs?: Record<string, string> }>
> = {
  auth: async () => ({ inputs: { 'api-key': 'sk-wrong-0000000000000000000000' } }),
  'insufficient-credits': async () => ({
    script: { replies: [aimlError(403, "You've run out of credits. Please top up your balance.")] }
  }),
  'provider-access': async () => ({ script: { replies: [ANTHROPIC_CREDIT_BALANCE] } }),
  'model-not-found': async () => ({ inputs: { model: 'anthropic/claude-sonnet-9' } }),
  'bad-request': async () => ({
    script: { replies: [aimlError(400, 'Body validation error: messages must be an array')] }
  }),
  'rate-limited': async () => ({ script: { replies: [aimlError(429, 'Too Many Requests')] } }),
  'server-error': async () => ({ script: { replies: [html(502, '502 Bad Gateway')] } }),
  timeout: async () => ({ script: { replies: [{ fault: 'hang' }] } }),
  network: async () => ({ inputs: { 'base-url': `http://127.0.0.1:${await closedPort()}/v1` } }),
  'content-filter': async () => ({
    script: {
      replies: [
        {
          status: 400,
          json: {
            error: {
              message: 'Your request was rejected by our moderation system.',
              type: 'invalid_request_error',
              code: 'moderation_blocked'
            }
          }
        }
      ]
    }
  }),
  'invalid-response': async () => ({ script: { replies: [html(200, 'Welcome')] } }),
  'missing-capability': async () => ({
    script: { ok: true, capabilities: { tools: CAPABILITY_FAILURES.toolsInProse('m') } },
    inputs: { require: 'tools' }
  }),
  unknown: async () => ({ script: { replies: [{ status: 418, text: "I'm a teapot" }] } })
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

describe('each category’s default verdict', () => {
  // A slow model still answers (available): capabilities-e2e.test.ts covers it.
  it.each(CATEGORIES.filter(c => c.id !== 'slow').map(c => [c.id, c.failsByDefault] as const))(
    '%s fails the step: %p',
    async (category, fails) => {
      const model = 'anthropic/claude-sonnet-4.5'
      const setup = await SETUP[category as Exclude<Category, 'slow'>]()
      sim.setScenario({
        apiKey: TEST_KEY,
        models: setup.script ? { [model]: setup.script } : {},
        catalog: CATALOG
      })
      const result = await runAction({
        inputs: {
          ...base(),
          'fallback-models': '',
          retries: '0',
          'timeout-seconds': '1',
          ...setup.inputs
        }
      })
      expect(result.outputs['error-category']).toBe(category)
      expect(result.outputs.available).toBe('false')
      expect(result.outputs.status).toBe('unavailable')
      expect(result.code).toBe(fails ? 1 : 0)
      expect(result.annotations.map(a => a.level)).toEqual([fails ? 'error' : 'warning'])
      expect(result.summary).toContain(fails ? '❌' : '⚠️')
      expectNoLeak(result, setup.inputs?.['api-key'] ?? TEST_KEY)
    }
  )
})

describe('fail-on overrides the default', () => {
  const story = () =>
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        'anthropic/claude-sonnet-4.5': { replies: [ANTHROPIC_CREDIT_BALANCE] },
        'gpt-4o': { replies: [aimlError(429, 'Too Many Requests')] }
      },
      catalog: CATALOG
    })

  it.each([
    ['none', 'provider-access', 0, 'warning'],
    ['rate-limited, server-error', 'provider-access', 0, 'warning'],
    ['PROVIDER-ACCESS', 'provider-access', 1, 'error'],
    ['all', 'provider-access', 1, 'error']
  ] as const)('fail-on %p with %s exits %p', async (failOn, category, code, level) => {
    story()
    const result = await runAction({ inputs: { ...base(), 'fail-on': failOn, retries: '0' } })
    expect(result.outputs['error-category']).toBe(category)
    expect(result.code).toBe(code)
    expect(result.annotations.map(a => a.level)).toEqual([level])
  })

  it('fails a transient category when listed', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: { 'anthropic/claude-sonnet-4.5': { replies: [aimlError(429, 'Too Many Requests')] } },
      catalog: CATALOG
    })
    const result = await runAction({
      inputs: { ...base(), 'fail-on': 'rate-limited', retries: '0', 'fallback-models': '' }
    })
    expect(result.outputs['error-category']).toBe('rate-limited')
    expect(result.code).toBe(1)
  })
})

describe('bad inputs stop the step before any request', () => {
  it.each([
    ['api-key', '', /Input 'api-key' is empty.*forks receive no secrets/s],
    ['api-key', '   ', /Input 'api-key' is empty/],
    ['model', '', /Input 'model' is empty/],
    ['model', ' \n ', /Input 'model' is empty/],
    ['model', 'gpt 4o', /Input 'model' must be a model ID/],
    [
      'fallback-models',
      'gpt-4o, <script>',
      /Input 'fallback-models' .*'<script>' is not a model ID/
    ],
    ['base-url', 'http://api.aimlapi.com/v1', /Input 'base-url' must use https:\/\//],
    ['base-url', 'not a url', /Input 'base-url' must be an absolute URL/],
    [
      'fail-on',
      'auth, credits',
      /Input 'fail-on' has unknown category 'credits' \(valid names: auth, insufficient-credits/
    ],
    ['fail-on', 'all, auth', /Input 'fail-on' takes 'all' or 'none' alone/],
    ['retries', 'two', /Input 'retries' must be a whole number from 0 to 10; got 'two'/],
    ['retries', '11', /Input 'retries' must be a whole number from 0 to 10/],
    ['retries', '1.5', /Input 'retries' must be a whole number/],
    [
      'timeout-seconds',
      '0',
      /Input 'timeout-seconds' must be a number of seconds above 0 and at most 600/
    ],
    ['timeout-seconds', '601', /Input 'timeout-seconds' must be/],
    ['timeout-seconds', '-3', /Input 'timeout-seconds' must be/],
    [
      'comment-on-pr',
      'sometimes',
      /Input 'comment-on-pr' must be one of never, on-problem, always/
    ],
    ['max-tokens', '0', /Input 'max-tokens' must be a whole number from 1 to 4096/],
    ['dashboard', 'sometimes', /Input 'dashboard' must be one of auto, on, never/]
  ])('%s = %j', async (name, value, message) => {
    const result = await runAction({ inputs: { ...base(), [name]: value } })
    expect(result.code).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(message)
    expect(errors[0]?.message).toContain('Nothing was sent.')
    expect(result.stdout).not.toMatch(/\n\s+at /) // no stack trace
    expect(sim.requests).toHaveLength(0)
    expect(result.outputs).toMatchObject({ available: 'false', status: 'unavailable' })
    expect(JSON.parse(result.outputs.report ?? '')).toMatchObject({
      status: 'unavailable',
      attempts: []
    })
    expect(result.summary).toContain('## ❌ AIML model probe: inputs refused')
    expect(result.summary).toContain(`Input '${name}'`)
    expectNoLeak(result, name === 'api-key' ? value : TEST_KEY)
  })

  it('names every bad input at once', async () => {
    const result = await runAction({ inputs: { ...base(), retries: 'x', 'max-tokens': 'y' } })
    expect(result.code).toBe(1)
    expect(result.annotations[0]?.message).toMatch(/Input 'retries'.*\n.*Input 'max-tokens'/s)
    expect(sim.requests).toHaveLength(0)
  })
})

describe('a key pasted wrong is refused before any request', () => {
  const pasted = (inside: string) => `${TEST_KEY.slice(0, 20)}${inside}${TEST_KEY.slice(20)}`
  it.each([
    ['a space inside', pasted(' '), /whitespace inside it/],
    ['a line break inside', pasted('\n'), /whitespace inside it/],
    ['quotes around', `"${TEST_KEY}"`, /quotes/],
    ['curly quotes around', `“${TEST_KEY}”`, /quotes/],
    ['a control character', pasted('\u0008'), /control character/],
    ['a zero-width space', pasted('\u200b'), /non-ASCII character \(U\+200B/],
    ['a Cyrillic look-alike', TEST_KEY.replace('a', '\u0430'), /non-ASCII character \(U\+0430/]
  ])('%s', async (_name, key, why) => {
    const result = await runAction({ inputs: { ...base(), 'api-key': key } })
    expect(result.code).toBe(1)
    expect(sim.requests).toHaveLength(0)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/^Input 'api-key' /)
    expect(errors[0]?.message).toMatch(why)
    expect(errors[0]?.message).toContain('Nothing was sent.')
    // The page to copy it from stays a link: nothing invisible inside the URL.
    expect(result.summary).toContain('https://aimlapi.com/app/keys')
    for (let i = 0; i + 10 <= TEST_KEY.length; i++) {
      expect(result.everything).not.toContain(TEST_KEY.slice(i, i + 10))
    }
  })
})

describe('reporting never changes the verdict', () => {
  it('a summary that cannot be written is a warning, with the same exit code and outputs', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        'anthropic/claude-sonnet-4.5': { replies: [ANTHROPIC_CREDIT_BALANCE] },
        'gpt-4o': { ok: true }
      },
      catalog: CATALOG
    })
    const normal = await runAction({ inputs: base() })
    const broken = await runAction({
      inputs: base(),
      env: { GITHUB_STEP_SUMMARY: '/nonexistent-dir/summary.md' }
    })
    expect(broken.code).toBe(normal.code)
    expect(broken.outputs.status).toBe(normal.outputs.status)
    expect(broken.outputs.model).toBe(normal.outputs.model)
    const warnings = broken.annotations.filter(a => a.level === 'warning')
    expect(warnings.map(w => w.message)).toEqual([
      expect.stringContaining('The job summary could not be written')
    ])
    expect(broken.annotations.filter(a => a.level === 'error')).toHaveLength(1)
  })
})
