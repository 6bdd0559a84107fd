/**
 * What the README quotes is what the product prints: its opening example is the CLI's output for
 * the Claude story, and its flag list is the CLI's flags. Run on the built dist/cli/index.js.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, TEST_KEY } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { INPUT_FLAGS } from '../../src/cli/flags.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG } from '../../script/aiml-sim.ts'
import { readAsRunner } from '../../__fixtures__/runner-commands.ts'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim({
  apiKey: TEST_KEY,
  models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
  catalog: CATALOG,
  balance: 20
})

describe('the README’s opening example', () => {
  it('is what the CLI prints for the Claude story, line for line, in order', async () => {
    const block = /```text\n(FAIL [\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBeDefined()
    // The CLI's own process, as a user runs it (spawnSync would block the simulator).
    const { spawn } = await import('node:child_process')
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          join(ROOT, 'dist/cli/index.js'),
          '--base-url',
          sim.baseUrl,
          '--model',
          MODEL,
          '--fallback-models',
          'gpt-4o'
        ],
        { env: { PATH: process.env.PATH ?? '', AIML_API_KEY: TEST_KEY } }
      )
      let out = ''
      child.stdout.on('data', c => (out += c))
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      child.on('error', reject)
      child.on('close', () => (clearTimeout(timer), resolve(out)))
    })
    // The CLI runs in `run:` steps too: the runner would execute nothing it printed.
    expect(readAsRunner(output).commands).toEqual([])
    const printed = output.split('\n').map(l => l.trimEnd())
    let at = 0
    for (const line of block!.split('\n').filter(l => l.trim() !== '')) {
      const found = printed.indexOf(line.trimEnd(), at)
      expect({ line, found: found >= 0 }).toEqual({ line, found: true })
      at = found + 1
    }
  })
})

describe('the README’s flag list', () => {
  it('names every flag the CLI takes, and none it does not', () => {
    const sentence = /The flags are the inputs' names: ([\s\S]*?); plus/.exec(readme)?.[1] ?? ''
    const named = [...sentence.matchAll(/`--([a-z-]+)`/g)].map(m => m[1])
    expect([...named].sort()).toEqual([...INPUT_FLAGS].sort())
  })

  it('and --help says the same', () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), '--help'], {
      encoding: 'utf8'
    }).stdout
    for (const flag of INPUT_FLAGS) expect(help).toContain(`--${flag}`)
  })
})
