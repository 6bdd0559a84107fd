/**
 * The CLI speaks a terminal's language: flags and environment variables, never the workflow's
 * secrets, forks or inputs. Every refusal it can print, its help and every diagnosis are rendered
 * here and searched for those words.
 */
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { LOOPBACK_KEY } from '../../src/engine/read/redact.js'
import { INPUT_FLAGS, renderHelp } from '../../src/cli/flags.js'
import { terminalDiagnosis } from '../../src/cli/words.js'
import { CATEGORIES } from '../../src/engine/classify/categories.js'
import { diagnose } from '../../src/engine/words/diagnose.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { completionJson, scriptedFetch, testIO } from '../../__fixtures__/fake-fetch.js'
import { makeFailedAttempt, makeReport } from '../../__fixtures__/factories.js'

const WORKFLOW_WORDS = /\b(secrets?|forks?|inputs?)\b/i
const KEY = 'sk-aiml-0123456789abcdef0123'

async function runCli(args: string[], env: Record<string, string> = { AIML_API_KEY: KEY }) {
  let stdout = ''
  let stderr = ''
  const { fetch, seen } = scriptedFetch({
    'anthropic/claude-sonnet-4.5': [{ json: completionJson() }]
  })
  const code = await main(args, {
    env,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    io: testIO(fetch)
  })
  return { code, stdout, stderr, seen }
}

const BAD_VALUES = [
  '',
  '   ',
  'two words',
  '-1',
  '99999',
  'http://user:pass@example.com/v1?q=1#f',
  'ftp://example.com',
  'x'.repeat(3000),
  '"quoted"'
]

describe('every refusal the CLI prints', () => {
  it.each(INPUT_FLAGS)('--%s: refused with exit 2 in a terminal’s words', async name => {
    let refused = 0
    for (const value of BAD_VALUES) {
      const result = await runCli([`--${name}`, value])
      if (result.code !== 2) continue
      refused++
      expect(result.stderr).toMatch(/^aiml-model-probe: /)
      expect(result.stderr).not.toMatch(WORKFLOW_WORDS)
      expect(result.stderr).not.toMatch(/Input '/)
      expect(result.seen).toHaveLength(0)
    }
    expect(refused).toBeGreaterThan(0)
  })

  it.each([
    ['no key', [], {}],
    ['a blank key', [], { AIML_API_KEY: '  ' }],
    ['a key with a space inside', [], { AIML_API_KEY: 'sk-abc def-0123456789' }],
    ['a key in quotes', [], { AIML_API_KEY: '"sk-abc-0123456789"' }],
    ['a key flag', ['--api-key', KEY], { AIML_API_KEY: KEY }],
    ['an unknown flag', ['--modle', 'x'], { AIML_API_KEY: KEY }],
    ['a positional argument', ['gpt-4o'], { AIML_API_KEY: KEY }],
    ['credentials in the URL', ['--base-url', 'https://u:p@example.com/v1'], { AIML_API_KEY: KEY }],
    ['--models with --model', ['--models', 'a', '--model', 'b'], { AIML_API_KEY: KEY }],
    ['a blank --model', ['--model', ''], { AIML_API_KEY: KEY }],
    ['a model table with a bad line', ['--models', 'a; b c'], { AIML_API_KEY: KEY }],
    ['a duplicate in the table', ['--models', 'a; a'], { AIML_API_KEY: KEY }]
  ] as const)('%s: exit 2, no workflow words', async (_name, args, env) => {
    const result = await runCli([...args], { ...env })
    expect(result.code).toBe(2)
    expect(result.stderr).not.toMatch(WORKFLOW_WORDS)
    expect(result.stderr).not.toMatch(/Input '|`api-key`/)
    expect(result.seen).toHaveLength(0)
  })

  it('names the variable, not the input, for a key pasted wrong', async () => {
    const result = await runCli([], { AIML_API_KEY: 'sk-abc def-0123456789' })
    expect(result.stderr).toMatch(/^aiml-model-probe: AIML_API_KEY holds whitespace inside it/)
  })

  it('says to put the key in AIML_API_KEY when a URL carries credentials', async () => {
    const result = await runCli(['--base-url', 'https://u:p@example.com/v1'])
    expect(result.stderr).toContain(
      '--base-url must not carry credentials; pass the key in AIML_API_KEY.'
    )
  })
})

describe('the key', () => {
  it('is needed for a base URL off this machine: exit 2 naming AIML_API_KEY', async () => {
    const result = await runCli(['--base-url', 'https://api.example.com/v1'], {})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('AIML_API_KEY is not set')
  })

  it.each(['http://127.0.0.1:9/v1', 'http://localhost:9/v1', 'http://[::1]:9/v1'])(
    'is not needed for the loopback %s: the probe runs',
    async baseUrl => {
      const result = await runCli(['--base-url', baseUrl], {})
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^PASS /)
      expect(result.seen.length).toBeGreaterThan(0)
      expect(result.stderr).toBe('')
    }
  )

  it('a loopback base URL is sent the placeholder, never a real key', async () => {
    const { fetch, seen } = scriptedFetch({})
    const headers: string[] = []
    await main(['--base-url', 'http://127.0.0.1:9/v1'], {
      env: {},
      stdout: { write: () => true },
      stderr: { write: () => true },
      io: testIO(async (input, init) => {
        headers.push(new Headers(init?.headers).get('authorization') ?? '')
        return fetch(input, init)
      })
    })
    expect(seen.length).toBeGreaterThan(0)
    expect(headers.filter(Boolean).every(h => h === `Bearer ${LOOPBACK_KEY}`)).toBe(true)
  })
})

describe('the help', () => {
  it('has no workflow words', () => {
    expect(renderHelp()).not.toMatch(WORKFLOW_WORDS)
  })
})

describe('every diagnosis, in a terminal', () => {
  const variants = CATEGORIES.flatMap(({ id }) =>
    (
      [
        { status: 'unavailable', fallbacksSkipped: 'account-wide', fallbackModel: '' },
        { status: 'unavailable', fallbacksSkipped: 'none-configured', fallbackModel: '' },
        { status: 'unavailable', fallbacksSkipped: null, fallbackModel: '' },
        { status: 'fallback', fallbacksSkipped: null, fallbackModel: 'gpt-4o' }
      ] as const
    ).map(v => [id, v] as const)
  )

  it.each(variants)('%s %j: flags and variables, no workflow words', (category, variant) => {
    const report = makeReport({
      ...variant,
      available: false,
      model: variant.fallbackModel,
      resolvedModel: '',
      errorCategory: category,
      errorMessage: 'refused',
      keyWorks: null,
      balance: null,
      balanceCheck: null,
      evidence: { rule: 'r', decidedBy: 'text' },
      attempts: [makeFailedAttempt({ category, httpStatus: 404 })]
    })
    const action = diagnose(report, 'sk-aiml-…')
    const terminal = terminalDiagnosis(action)
    const text = renderTerminal(report, 'fail', terminal, { color: false })
    expect(text).not.toMatch(WORKFLOW_WORDS)
    // The support message is for AIML, in Markdown; what the terminal says before it has none.
    expect(text.split('Message for AIML support')[0]).not.toContain('`')
    // Each setting the action's words name is a flag here.
    for (const [, name] of JSON.stringify(action).matchAll(/`([a-z][a-z-]*)`/g)) {
      if (name === 'api-key') expect(text).toContain('AIML_API_KEY')
      else if ((INPUT_FLAGS as readonly string[]).includes(name!))
        expect(text).toContain(`--${name}`)
    }
  })
})
