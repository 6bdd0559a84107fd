import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { renderHelp } from '../../src/cli/flags.js'
import { completionJson, scriptedFetch, testIO } from '../../__fixtures__/fake-fetch.js'

const KEY = 'sk-aiml-0123456789abcdef0123'

async function runCli(args: string[], env: Record<string, string | undefined>, isTTY: boolean) {
  let stdout = ''
  let stderr = ''
  const { fetch } = scriptedFetch({
    'anthropic/claude-sonnet-4.5': [
      {
        status: 400,
        json: { message: 'Your credit balance is too low to access the Anthropic API.' }
      }
    ],
    'gpt-4o': [{ json: completionJson() }]
  })
  const code = await main(args, {
    env: { AIML_API_KEY: KEY, ...env },
    stdout: { write: (t: string) => (stdout += t), isTTY },
    stderr: { write: (t: string) => (stderr += t) },
    io: testIO(fetch)
  })
  return { code, stdout, stderr }
}

describe('colour', () => {
  it('is on for a terminal', async () => {
    const { code, stdout } = await runCli([], {}, true)
    expect(code).toBe(1)
    expect(stdout).toContain('\u001b[31mFAIL\u001b[0m')
  })

  it.each([
    ['NO_COLOR', [], { NO_COLOR: '1' }, true],
    ['--no-color', ['--no-color'], {}, true],
    ['a pipe', [], {}, false]
  ] as const)('is off under %s', async (_name, args, env, tty) => {
    const { stdout } = await runCli([...args], env, tty)
    expect(stdout).toMatch(/^FAIL /)
    expect(stdout).not.toContain('\u001b[')
  })
})

describe('--fail-before-shutdown-days', () => {
  /** gpt-4o answers and shuts down in 10 days, on a clock pinned to 2026-11-26. */
  async function deprecated(args: string[]) {
    let stdout = ''
    let stderr = ''
    const { fetch } = scriptedFetch({
      'gpt-4o': [{ json: completionJson() }],
      '#deprecations': [
        {
          json: [
            { id: 'gpt-4o', status: 'deprecated', shutdown_at: '2026-12-06', replaced_by: 'gpt-5' }
          ]
        }
      ]
    })
    const code = await main(['--model', 'gpt-4o', '--fallback-models', '', ...args], {
      env: { AIML_API_KEY: KEY },
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      io: { ...testIO(fetch), now: () => Date.UTC(2026, 10, 26, 12) }
    })
    return { code, stdout, stderr }
  }

  it('warns (exit 0) outside the window, fails (exit 1) inside it, naming the date', async () => {
    const outside = await deprecated(['--fail-before-shutdown-days', '7'])
    expect(outside.code).toBe(0)
    expect(outside.stdout).toMatch(/^WARN /)
    expect(outside.stdout).toContain('gpt-4o shuts down on 2026-12-06 (10 days)')
    const inside = await deprecated(['--fail-before-shutdown-days', '14'])
    expect(inside.code).toBe(1)
    expect(inside.stdout).toMatch(/^FAIL /)
  })

  it('is a usage error (exit 2) when not a whole number of days', async () => {
    const { code, stderr } = await deprecated(['--fail-before-shutdown-days', '1.5'])
    expect(code).toBe(2)
    expect(stderr).toContain('--fail-before-shutdown-days must be a whole number from 0 to 3650')
  })

  it('is listed in --help', () => {
    expect(renderHelp()).toContain('--fail-before-shutdown-days DAYS')
  })
})
