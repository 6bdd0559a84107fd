/**
 * Runs the built action, `node dist/index.js`, the way the Actions runner does: every input of
 * action.yml as an `INPUT_*` variable (hyphens kept, defaults filled in), `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files, an event payload, and `GITHUB_API_URL`. Nothing of this
 * process's own environment leaks in but PATH.
 *
 * The demo (script/demo.ts) runs the action through this file too, under Node's own type
 * stripping: keep its imports to `node:` modules and packages, and its syntax erasable.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { forgedCommands, readAsRunner, type RunnerReading } from './runner-commands.ts'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ACTION = join(ROOT, 'dist', 'index.js')
export const TEST_KEY = 'sk-aiml-3f9c2b7e1a4d8c6b5e0f2a9d7c3b1e8f'

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

export const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

export interface RunOptions {
  /** Inputs by their action.yml names; the rest take action.yml's defaults. */
  inputs?: Record<string, string>
  event?: { name: string; payload: unknown }
  githubApiUrl?: string
  /** Wall-clock bound on the process; a test that hits it fails. */
  killAfterMs?: number
  env?: Record<string, string>
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  durationMs: number
  /** stdout and stderr as the runner reads them: the workflow commands it would execute. */
  runner: RunnerReading
  /**
   * Everything the action wrote anywhere, for leak checks, less the `::add-mask::` command
   * itself, which the runner consumes and never shows.
   */
  everything: string
}

export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'aiml-probe-e2e-'))
  try {
    const outputFile = join(dir, 'output')
    const summaryFile = join(dir, 'summary')
    const eventFile = join(dir, 'event.json')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    const event = options.event ?? { name: 'push', payload: { ref: 'refs/heads/main' } }
    writeFileSync(eventFile, JSON.stringify(event.payload))

    const inputs: Record<string, string> = {}
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      // The runner substitutes `${{ github.token }}`; our fake token stands in for it.
      const value =
        spec.default === '${{ github.token }}' ? 'ghs_faketoken000' : (spec.default ?? '')
      inputs[name] = value
    }
    Object.assign(inputs, options.inputs)

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.githubApiUrl ?? 'http://127.0.0.1:9',
      GITHUB_GRAPHQL_URL: `${options.githubApiUrl ?? 'http://127.0.0.1:9'}/graphql`,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'probe',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: dir,
      ...options.env
    }
    for (const [name, value] of Object.entries(inputs)) {
      // The runner keeps hyphens: INPUT_API-KEY, INPUT_FALLBACK-MODELS.
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }

    const started = Date.now()
    const { code, stdout, stderr } = await spawnBounded(
      process.execPath,
      [ACTION],
      env,
      options.killAfterMs ?? 45_000
    )
    const durationMs = Date.now() - started
    const outputsText = readFileSync(outputFile, 'utf8')
    const summary = readFileSync(summaryFile, 'utf8')
    // Every run is read as the runner reads it: a command we never write is a defect in any test.
    const runner = readAsRunner(`${stdout}\n${stderr}`)
    const forged = forgedCommands(runner)
    if (forged.length > 0 || runner.swallowed.length > 0) {
      throw new Error(
        `The runner would execute commands the action never writes:\n${[...forged.map(c => c.line), ...runner.swallowed].join('\n')}`
      )
    }
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(outputsText),
      summary,
      annotations: annotationsOf(runner),
      runner,
      durationMs,
      everything: [withoutMaskCommands(stdout), stderr, outputsText, summary].join('\n')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function spawnBounded(
  command: string,
  args: string[],
  env: Record<string, string>,
  killAfterMs: number
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`dist/index.js ran past ${killAfterMs} ms\n${stdout}\n${stderr}`))
    }, killAfterMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** The `name<<delimiter` format `core.setOutput` writes. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** The annotations the runner shows: `::error::message` and friends, its escapes undone. */
function annotationsOf(reading: RunnerReading): Annotation[] {
  return reading.commands
    .filter(c => c.name === 'error' || c.name === 'warning' || c.name === 'notice')
    .map(c => ({ level: c.name as Annotation['level'], message: c.data }))
}

function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
}
