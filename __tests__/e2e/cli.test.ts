/**
 * The CLI, end to end: `node dist/cli/index.js` (the package's `bin`) against the loopback AIML
 * simulator, with the key only in AIML_API_KEY.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, TEST_KEY } from '../../__fixtures__/action-runner.js'
import {
  ANTHROPIC_CREDIT_BALANCE,
  CAPABILITY_FAILURES,
  CATALOG,
  MODERATION_BLOCKED
} from '../../script/aiml-sim.ts'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { readAsRunner } from '../../__fixtures__/runner-commands.ts'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim({
  apiKey: TEST_KEY,
  models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
  catalog: CATALOG,
  balance: 20
})

function cli(args: string[], env: Record<string, string> = { AIML_API_KEY: TEST_KEY }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      // The CLI runs in `run:` steps too: nothing it prints may be a command to the runner.
      const reading = readAsRunner(`${stdout}\n${stderr}`)
      if (reading.commands.length > 0) {
        reject(
          new Error(`The runner would execute:\n${reading.commands.map(c => c.line).join('\n')}`)
        )
      }
      resolve({ code, stdout, stderr })
    })
  })
}

describe('aiml-model-probe', () => {
  it('prints help and exits 0', async () => {
    const result = await cli(['--help'], {})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: aiml-model-probe/)
    for (const flag of [
      '--model',
      '--fallback-models',
      '--base-url',
      '--fail-on',
      '--retries',
      '--timeout-seconds',
      '--json'
    ]) {
      expect(result.stdout).toContain(flag)
    }
    expect(result.stdout).toContain('AIML_API_KEY')
    // Each flag's default, and every category --fail-on takes, with what it does by default.
    expect(result.stdout).toMatch(/--retries N[^\n]*\n\s+default: 2\n/)
    expect(result.stdout).toMatch(/^ {2}content-filter +warn /m)
    expect(result.stdout).toMatch(/^ {2}provider-access +exit 1 /m)
  })

  it.each([
    [['--modle', 'x'], /Unknown option '--modle'/],
    [['--api-key', 'sk-1'], /no key flag: set AIML_API_KEY/],
    [['positional'], /positional argument/i],
    [['--retries', 'many'], /--retries must be a whole number from 0 to 10; got 'many'/],
    [['--fail-on', 'teapot'], /--fail-on has unknown category 'teapot'/],
    [['--base-url', 'http://example.com/v1'], /--base-url must use https/]
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await cli(
      [...args, '--base-url', sim.baseUrl].slice(0, args[0] === '--base-url' ? 2 : undefined)
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
  })

  it('redacts the key from a usage error that quotes it', async () => {
    const result = await cli(['--base-url', `https://gateway.example/v1?k=${TEST_KEY}`])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--base-url')
    for (let i = 0; i + 10 <= TEST_KEY.length; i++)
      expect(result.stderr).not.toContain(TEST_KEY.slice(i, i + 10))
  })

  it('exits 1 for a failing model, with a table naming the model and the category', async () => {
    const result = await cli(['--base-url', sim.baseUrl, '--timeout-seconds', '5'], {
      AIML_API_KEY: TEST_KEY
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^FAIL anthropic\/claude-sonnet-4\.5 is not available: provider refuses AIML\./
    )
    expect(result.stdout).toMatch(/Model\s+Role\s+Try\s+Result\s+Category\s+HTTP/)
    expect(result.stdout).toMatch(
      /anthropic\/claude-sonnet-4\.5\s+configured\s+1\s+failed\s+provider-access\s+400/
    )
    expect(result.stdout).toMatch(/gpt-4o\s+fallback\s+1\s+answered/)
    expect(result.stdout).toContain('Use now: gpt-4o')
    // Not a terminal: no colour codes.
    expect(result.stdout).not.toContain('\u001b[')
    expect(result.stdout + result.stderr).not.toContain(TEST_KEY)
  })

  it('exits 0 when the policy only warns', async () => {
    const result = await cli(['--base-url', sim.baseUrl, '--fail-on', 'none'], {
      AIML_API_KEY: TEST_KEY
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^WARN /)
  })

  it('prints the report as JSON with --json', async () => {
    const result = await cli(['--base-url', sim.baseUrl, '--json'], { AIML_API_KEY: TEST_KEY })
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({
      status: 'fallback',
      available: false,
      model: 'gpt-4o',
      resolvedModel: '',
      errorCategory: 'provider-access',
      fallbackModel: 'gpt-4o',
      verdict: 'fail'
    })
    expect(report.attempts).toHaveLength(2)
    expect(result.stdout).not.toContain(TEST_KEY)
    expect(result.stdout).not.toContain(TEST_KEY.slice(0, 10))
  })
})

describe('aiml-model-probe without a key', () => {
  // The simulator takes any key unless told one; this one takes only another key.
  const open = useAimlSim({ models: { [MODEL]: { ok: true } } })
  const refusing = useAimlSim({ apiKey: 'sk-the-only-key-it-takes-000000', models: {} })
  const moderating = useAimlSim({ models: { [MODEL]: { replies: [MODERATION_BLOCKED] } } })

  it('says nothing of a key it never sent, and asks no /v1/key', async () => {
    const result = await cli(['--base-url', moderating.baseUrl, '--timeout-seconds', '5'], {})
    expect(result.stdout).toContain('category: content-filter')
    expect(result.stdout).not.toMatch(/The key: /)
    expect(moderating.requests.some(r => r.path === '/v1/key')).toBe(false)
  })

  it('probes a loopback --base-url (the simulator) with no AIML_API_KEY', async () => {
    const result = await cli(['--base-url', open.baseUrl, '--timeout-seconds', '5'], {})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^PASS anthropic\/claude-sonnet-4\.5 answered/)
    expect(open.requests.some(r => r.path === '/v1/chat/completions')).toBe(true)
  })

  it('says the billing call refused the key when it answered 401', async () => {
    const result = await cli(['--base-url', refusing.baseUrl, '--timeout-seconds', '5'], {})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('category: auth')
    expect(result.stdout).toContain(
      'balance: unknown (the billing endpoint refused the key: HTTP 401)'
    )
    expect(result.stdout).not.toContain('did not answer')
  })

  it('exits 2 naming AIML_API_KEY for a base URL off this machine', async () => {
    const result = await cli(['--base-url', 'https://api.example.com/v1'], {})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('AIML_API_KEY is not set')
  })
})

describe('aiml-model-probe with several models', () => {
  it('probes a --models table and prints one JSON document', async () => {
    const result = await cli([
      '--base-url',
      sim.baseUrl,
      '--models',
      'anthropic/claude-sonnet-4.5 -> gpt-4o; gpt-4o',
      '--json'
    ])
    expect(result.code).toBe(1)
    const document = JSON.parse(result.stdout)
    expect(document).toMatchObject({ verdict: 'fail', status: 'fallback' })
    expect(document.models.map((m: { configuredModel: string }) => m.configuredModel)).toEqual([
      'anthropic/claude-sonnet-4.5',
      'gpt-4o'
    ])
  })

  it('probes each repeated --model, in the table order', async () => {
    const result = await cli([
      '--base-url',
      sim.baseUrl,
      '--model',
      'gpt-4o',
      '--model',
      'anthropic/claude-sonnet-4.5',
      '--fallback-models',
      'gpt-4o'
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^PASS gpt-4o answered/)
    expect(result.stdout).toMatch(/\nFAIL anthropic\/claude-sonnet-4\.5 is not available/)
  })

  it('says to write the prefix when the catalog re-kinds an unprefixed model', async () => {
    const scenario = {
      apiKey: TEST_KEY,
      models: { 'flux/schnell': { ok: true, kind: 'image' as const } },
      catalog: CATALOG
    }
    sim.setScenario(scenario)
    try {
      const result = await cli(['--base-url', sim.baseUrl, '--model', 'flux/schnell'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(
        "NOTE flux/schnell is an image model by AIML's catalog, so it was asked again as one: write it image:flux/schnell in --models."
      )
    } finally {
      sim.setScenario({
        apiKey: TEST_KEY,
        models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
        catalog: CATALOG,
        balance: 20
      })
    }
  })
})

describe('aiml-model-probe --require', () => {
  // Claude answers 'ok' but ignores the forced tool call; gpt-4o does all four.
  const answersWithoutTools = () =>
    sim.setScenario({
      apiKey: TEST_KEY,
      catalog: CATALOG,
      balance: 20,
      models: {
        [MODEL]: { ok: true, capabilities: { tools: CAPABILITY_FAILURES.toolsInProse(MODEL) } },
        'gpt-4o': { ok: true }
      }
    })
  const toolsAsked = () =>
    sim
      .completions()
      .filter(r => Array.isArray(r.body.tools))
      .map(r => r.body.model)
      .sort()

  it('probes the capability beside the plain probe and exits 1 on missing-capability', async () => {
    answersWithoutTools()
    const result = await cli(['--base-url', sim.baseUrl, '--require', 'tools', '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({
      status: 'fallback',
      errorCategory: 'missing-capability',
      fallbackModel: 'gpt-4o',
      capabilities: { tools: 'missing' }
    })
    // The fallback is held to the same requirement before it is recommended.
    expect(toolsAsked()).toEqual([MODEL, 'gpt-4o'].sort())
  })

  it('reads +NAME tokens on a --models line, for that model only', async () => {
    answersWithoutTools()
    const result = await cli([
      '--base-url',
      sim.baseUrl,
      '--models',
      `${MODEL} +json; gpt-4o +tools`
    ])
    expect(result.code).toBe(0)
    expect(toolsAsked()).toEqual(['gpt-4o'])
    expect(
      sim
        .completions()
        .filter(r => r.body.response_format !== undefined)
        .map(r => r.body.model)
    ).toEqual([MODEL])
  })

  it.each([
    [
      ['--require', 'tools, audio'],
      /--require has unknown capability 'audio' \(valid names: tools, json, stream, vision\)/
    ],
    [['--models', `${MODEL} +audio`], /unknown requirement '\+audio'/]
  ])('refuses %j with exit 2 before anything is sent', async (args, message) => {
    const result = await cli(['--base-url', sim.baseUrl, ...args])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(sim.requests).toHaveLength(0)
  })
})
