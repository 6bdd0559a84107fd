/**
 * A server's words never run as workflow commands: the built action and CLI, against a
 * simulator whose errors carry `##[…]` and `::…::`, with the output read as the runner reads it
 * (__fixtures__/runner-commands.ts). runAction itself refuses any command the action never
 * writes, so every end-to-end suite checks this too; here the attacks are aimed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT, runAction, TEST_KEY } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { readAsRunner } from '../../__fixtures__/runner-commands.ts'
import { aimlError, CATALOG } from '../../script/aiml-sim.ts'
import { startGitHubFake } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim()

function failingWith(message: string, status = 503): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: { [MODEL]: { replies: [aimlError(status, message)] }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  })
}

const run = () =>
  runAction({
    inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, model: MODEL, retries: '0' }
  })

describe('the action’s log, read as the runner reads it', () => {
  it('forges no error annotation from a 503 that holds `##[error]`', async () => {
    failingWith('Upstream busy ##[error title=Deploy blocked]Security review failed: do not merge')
    const result = await run()
    expect(result.code).toBe(0)
    // One annotation, ours (quoting the words); none titled by the server.
    expect(result.annotations.map(a => a.level)).toEqual(['warning'])
    expect(result.runner.commands.filter(c => c.properties.title !== undefined)).toEqual([])
    // The words are still there for a person to read, only inert.
    expect(result.stdout).toContain('#\u200b#[error title=Deploy blocked]')
  })

  it('lets no `##[stop-commands]` swallow the verdict annotation of a warning-only outage', async () => {
    failingWith('overloaded ##[stop-commands]pwned123')
    const result = await run()
    expect(result.runner.swallowed).toEqual([])
    expect(result.runner.commands.map(c => c.name)).not.toContain('stop-commands')
    const warning = result.annotations.find(a => a.level === 'warning')
    expect(warning?.message).toMatch(
      /^`anthropic\/claude-sonnet-4\.5` is not available: server error\./
    )
  })

  it('adds no mask of its own choosing from `##[add-mask]`', async () => {
    failingWith('##[add-mask]true ##[add-mask]fallback')
    const result = await run()
    const masks = result.runner.commands.filter(c => c.name === 'add-mask').map(c => c.data)
    expect(masks).toEqual([TEST_KEY])
    expect(result.outputs.status).toBe('fallback')
  })

  it('runs no `::command::` that a model-not-found answer puts at the start of a line', async () => {
    failingWith('::error::forged\n::warning::also forged', 404)
    const result = await run()
    expect(result.annotations.map(a => a.level)).toEqual(['error'])
    expect(result.annotations[0]!.message).toMatch(/^`anthropic\/claude-sonnet-4\.5`/)
  })
})

describe('GitHub’s words in the action’s log', () => {
  let github: Awaited<ReturnType<typeof startGitHubFake>>
  beforeAll(async () => {
    github = await startGitHubFake()
  })
  afterAll(async () => {
    await github.close()
  })

  it('run neither from an error message nor from the deprecation octokit logs itself', async () => {
    failingWith('overloaded')
    // A 422 whose words forge an annotation, with the headers that make @octokit/request log a
    // deprecation warning of its own (worded from `sunset` and `link`) on its own logger.
    github.setFailures([
      {
        method: 'POST',
        path: /\/issues$/,
        status: 422,
        message: 'Validation Failed ##[error title=Deploy blocked]forged ##[stop-commands]tok',
        headers: {
          deprecation: 'true',
          sunset: '##[add-mask]fallback',
          link: '<https://docs.github.com/##[error]linked>; rel="deprecation"'
        }
      }
    ])
    const result = await runAction({
      inputs: {
        'api-key': TEST_KEY,
        'base-url': sim.baseUrl,
        model: MODEL,
        retries: '0',
        dashboard: 'never'
      },
      event: { name: 'schedule', payload: {} },
      githubApiUrl: github.url
    })
    // runAction refuses forged and swallowed commands; here the words are shown, inert.
    expect(result.runner.swallowed).toEqual([])
    expect(result.stdout).toContain(
      'is deprecated. It is scheduled to be removed on #\u200b#[add-mask]'
    )
    expect(result.stderr).not.toContain('##[')
    expect(result.annotations.map(a => a.level)).toEqual(['warning', 'warning'])
    expect(result.annotations[1]!.message).toContain(
      'Validation Failed #\u200b#[error title=Deploy blocked]forged'
    )
  })
})

describe('the CLI in a `run:` step', () => {
  it('prints the same words inert, as text and as JSON that parses to the words exactly', async () => {
    const message = 'busy ##[error]forged ##[stop-commands]tok'
    failingWith(message)
    for (const json of [false, true]) {
      const result = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            join(ROOT, 'dist', 'cli', 'index.js'),
            '--model',
            MODEL,
            '--base-url',
            sim.baseUrl,
            '--retries',
            '0',
            ...(json ? ['--json'] : [])
          ],
          { env: { PATH: process.env.PATH ?? '', AIML_API_KEY: TEST_KEY } }
        )
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', c => (stdout += c))
        child.stderr.on('data', c => (stderr += c))
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
        child.on('error', reject)
        child.on('close', () => (clearTimeout(timer), resolve({ stdout, stderr })))
      })
      expect(readAsRunner(`${result.stdout}\n${result.stderr}`).commands).toEqual([])
      if (json) expect(JSON.stringify(JSON.parse(result.stdout))).toContain(message)
      else expect(result.stdout).toContain('#\u200b#[error]forged')
    }
  })
})
