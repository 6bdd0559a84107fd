import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
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
