/**
 * `npm run demo`: a story told offline. The loopback AIML simulator serves it and the built
 * product runs against it: the CLI's terminal report, then the action exactly as the runner
 * starts it on a pull request, with the job summary it writes and the PR comment it posts to a
 * loopback fake of GitHub. Exits 0 when everything went as the story says.
 *
 *   npm run demo                          the Claude story
 *   npm run demo -- --list                every story, one a line: its name, then what it shows
 *   npm run demo -- --scenario NAME       another story
 *
 * A watch story (`watch`) runs the action as a schedule does instead, and prints the tracking
 * issue, its closing comment and the dashboard (script/watch-demo.ts).
 *
 * The stories live in script/stories/, with what the probe should conclude; the demo checks
 * each thing a story expects, and shows what it rests on beside the replies (a table's other
 * kinds, the deprecation feed, the live metrics) when it rests on any.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT, runAction, type Annotation } from '../__fixtures__/action-runner.ts'
import { say, sayError } from './demo-output.ts'
import { startAimlSim, type AimlSim, type ModelMetrics, type Reply } from './aiml-sim.ts'
import { startGitHubFake } from './github-fake.ts'
import { modelsInput, scenarioListing, scenarioNamed, type NamedScenario } from './stories/index.ts'
import { tellWatch } from './watch-demo.ts'

const DEMO_KEY = 'sk-demo-0000000000000000000000000000'
const PR = 7
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
/** Every run is bounded: the longest story (a hang of 1 s, then a fallback) takes a few seconds. */
const RUN_BOUND_MS = 60_000

const USAGE = `Usage: npm run demo -- [--scenario NAME | --list]

Tells a story offline: a loopback AIML simulator serves it, and the built CLI and action run
against it. Without --scenario, the Claude story.

  --scenario NAME   the story to tell (default: claude-story)
  --list            the stories, one a line: the name, then what it shows
  -h, --help        this help`

interface Check {
  name: string
  ok: boolean
}

export async function demo(argv: readonly string[]): Promise<number> {
  let values: { scenario?: string; list?: boolean; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    sayError(`demo: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`)
    return 2
  }
  if (values.help) {
    say(`${USAGE}\n`)
    return 0
  }
  if (values.list) {
    say(scenarioListing())
    return 0
  }
  const name = values.scenario ?? 'claude-story'
  const story = scenarioNamed(name)
  if (!story) {
    sayError(`demo: no story is called '${name}'. The stories:\n\n${scenarioListing()}`)
    return 2
  }
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'index.js'))) {
    sayError("demo: dist/ is not built: run 'npm run bundle' first.\n")
    return 2
  }
  const checks = await tell(story)
  heading('Checks')
  for (const check of checks) {
    say(`${check.ok ? '✓' : '✗'} ${check.name}\n`)
  }
  return checks.every(check => check.ok) ? 0 : 1
}

async function tell(story: NamedScenario): Promise<Check[]> {
  const { probe, expected } = story
  const sim = await startAimlSim({ ...story.scenario, apiKey: story.scenario.apiKey ?? DEMO_KEY })
  const github = await startGitHubFake()
  const checks: Check[] = []
  try {
    say(`Story '${story.name}': ${story.description}\n`)
    if (story.watch) {
      const watched = await tellWatch(
        { ...story, watch: story.watch },
        sim,
        github,
        DEMO_KEY,
        heading
      )
      const leaked = watched.texts.some(text => text.includes(DEMO_KEY))
      return [...watched.checks, { name: 'the key appears nowhere', ok: !leaked }]
    }

    const first = probe.models[0]
    const table = probe.models.length > 1 || (first.kind ?? 'chat') !== 'chat'
    const bounds = {
      ...(probe.timeoutSeconds === undefined
        ? {}
        : { 'timeout-seconds': String(probe.timeoutSeconds) }),
      ...(probe.retries === undefined ? {} : { retries: String(probe.retries) }),
      ...probe.inputs
    }
    // A table as `models`; one model as `model` and `fallback-models`, the way most set it.
    const modelInputs: Record<string, string> = table
      ? { models: modelsInput(probe) }
      : { model: first.id, 'fallback-models': (first.fallbacks ?? []).join(',') }

    const cliInputs = { ...modelInputs, ...bounds }
    const cliArgs = [
      '--base-url',
      sim.baseUrl,
      ...Object.entries(cliInputs).flatMap(([flag, value]) => [`--${flag}`, value])
    ]
    heading(`1. From a terminal: AIML_API_KEY=… aiml-model-probe ${cliArgs.map(quote).join(' ')}`)
    const cli = await runCli(cliArgs, { AIML_API_KEY: DEMO_KEY })
    say(cli.stdout)
    checks.push({
      name: `the CLI exits ${expected.exitCode}${expected.category ? ` and names ${expected.category}` : ''}`,
      ok: cli.code === expected.exitCode && cli.stdout.includes(expected.category)
    })

    heading(
      '2. In a workflow, on a pull request: the step (node dist/index.js, as the runner starts it)'
    )
    sim.reset()
    const action = await runAction({
      inputs: {
        'api-key': DEMO_KEY,
        'base-url': sim.baseUrl,
        ...modelInputs,
        ...bounds
      },
      event: { name: 'pull_request', payload: { number: PR, pull_request: { number: PR } } },
      githubApiUrl: github.url,
      killAfterMs: RUN_BOUND_MS
    })
    const annotations = action.annotations.filter(a => a.level !== 'notice')
    const shown = annotations.map(a => `::${a.level}::${a.message.split('\n')[0]}`)
    say(`${shown.join('\n') || '(no annotation)'}\n\n`)
    say(`exit code ${action.code}: ${verdict(action.code, annotations, action.outputs)}\n`)
    say(`outputs: ${outputsLine(action.outputs)}\n`)
    const outputs = action.outputs
    checks.push({
      name: `the step exits ${expected.exitCode} with status ${expected.status}${expected.category ? `, ${expected.category}` : ''}${naming(expected.model)}`,
      ok:
        action.code === expected.exitCode &&
        outputs.status === expected.status &&
        outputs['error-category'] === expected.category &&
        outputs.model === expected.model
    })

    heading('3. The job summary it writes (GITHUB_STEP_SUMMARY, Markdown)')
    say(action.summary)
    if (expected.category) {
      checks.push({
        name: `the summary diagnoses ${expected.category}`,
        ok: action.summary.includes(`\`${expected.category}\``)
      })
    }

    const comments = github.comments.get(PR) ?? []
    heading(
      `4. The PR comment it posts on pull request #${PR}${comments[0] ? ` (as ${comments[0].user.login})` : ''}`
    )
    say(`${comments[0]?.body ?? '(none: every model answers, nothing to say)'}\n`)
    checks.push(
      commentCheck(
        comments.map(c => c.body),
        outputs
      )
    )

    const beside = published(story, sim)
    if (beside) {
      heading('5. What the story rests on beside the replies')
      say(beside)
    }
    checks.push(...expectationChecks(story, outputs, action.summary))

    const leaked = [cli.stdout, cli.stderr, action.everything, ...comments.map(c => c.body)].some(
      text => text.includes(DEMO_KEY)
    )
    checks.push({ name: 'the key appears nowhere', ok: !leaked })
    return checks
  } finally {
    await Promise.all([sim.close(), github.close()])
  }
}

/**
 * What the story rests on beside the replies: a table's kinds other than chat (asked at their
 * own endpoints), the deprecation feed's entries and the live metrics about the probed models.
 * Empty when it rests on none of them.
 */
function published(story: NamedScenario, sim: AimlSim): string {
  const ids = story.probe.models.map(line => line.id)
  const lines: string[] = []
  const kinds = (['images', 'embeddings'] as const).filter(kind => sim[kind]().length > 0)
  if (kinds.length > 0) {
    lines.push(`The model table (input \`models\`):\n${indent(modelsInput(story.probe))}`)
    lines.push(`The step asked ${kinds.join(' and ')} as well as chat.`)
  }
  const entries = listed(story.scenario.deprecations).filter(
    e => ids.includes(e.id) || e.aliases.some(a => ids.includes(a))
  )
  if (entries.length > 0) {
    lines.push(
      `GET /v1/models/deprecations, the entries about ${ids.join(', ')}:\n${indent(entries.map(e => JSON.stringify(e)).join('\n'))}`
    )
  }
  const metrics = listed(story.scenario.metrics).filter(m => ids.includes(m.alias))
  if (metrics.length > 0) {
    lines.push(
      `GET /models/metrics, the entries about ${ids.join(', ')}:\n${indent(metrics.map(describeMetrics).join('\n'))}`
    )
  }
  return lines.length > 0 ? `${lines.join('\n\n')}\n` : ''
}

/** What the story expects beyond the exit code and the status: outputs and the summary's words. */
function expectationChecks(
  story: NamedScenario,
  outputs: Record<string, string>,
  summary: string
): Check[] {
  const {
    deprecated,
    shutdownAt,
    replacedBy,
    says = [],
    saysNot = [],
    results = {}
  } = story.expected
  const checks: Check[] = []
  if (deprecated !== undefined) {
    checks.push({
      name: `deprecated=${deprecated}, shutdown-at=${shutdownAt ?? ''}, replaced-by=${replacedBy ?? ''}`,
      ok:
        outputs.deprecated === String(deprecated) &&
        (shutdownAt === undefined || outputs['shutdown-at'] === shutdownAt) &&
        (replacedBy === undefined || outputs['replaced-by'] === replacedBy)
    })
  }
  for (const words of says) {
    checks.push({ name: `the summary says "${words}"`, ok: summary.includes(words) })
  }
  for (const words of saysNot) {
    checks.push({ name: `the summary does not say "${words}"`, ok: !summary.includes(words) })
  }
  for (const [id, want] of Object.entries(results)) {
    const result = parseResults(outputs.results)[id]
    checks.push({
      name: `results['${id}']: ${want.status}, use ${want.model}`,
      ok: result?.status === want.status && result.model === want.model
    })
  }
  return checks
}

function parseResults(
  text: string | undefined
): Record<string, { status?: string; model?: string }> {
  try {
    const value: unknown = JSON.parse(text ?? '')
    return value && typeof value === 'object'
      ? (value as Record<string, { status?: string; model?: string }>)
      : {}
  } catch {
    return {}
  }
}

/** One comment when a model is not available or is deprecated, none when all is well. */
function commentCheck(bodies: string[], outputs: Record<string, string>): Check {
  const status = outputs.status ?? ''
  if (status === 'available' && outputs.deprecated !== 'true') {
    return { name: 'no PR comment: nothing to report', ok: bodies.length === 0 }
  }
  const model = outputs.model ?? ''
  const switchTo =
    (status === 'fallback' || status === 'alias') && model ? ` with the switch to ${model}` : ''
  return {
    name: `one PR comment${switchTo}`,
    // The ID to use, said once, and one diff in the step's own terms (`model`, or `models`).
    ok:
      bodies.length === 1 &&
      (!switchTo ||
        (bodies[0]!.includes(`**Use now:** \`${model}\``) &&
          bodies[0]!.split('```diff').length === 2 &&
          !bodies[0]!.includes('AIML_MODEL')))
  }
}

function naming(model: string): string {
  return model ? `, naming ${model} to use` : ', naming no model to use'
}

function verdict(
  code: number | null,
  annotations: Annotation[],
  outputs: Record<string, string>
): string {
  const category = outputs['error-category']
  if (code === 1) return `the step fails by policy${category ? ` (${category} is in fail-on)` : ''}`
  if (code !== 0) return 'the step did not finish'
  if (annotations.some(a => a.level === 'warning')) {
    return `the step passes with a warning${category ? ` (${category} is not in fail-on)` : ''}`
  }
  return 'the step passes'
}

function outputsLine(outputs: Record<string, string>): string {
  const names = [
    'available',
    'status',
    'model',
    'error-category',
    'deprecated',
    'shutdown-at',
    'replaced-by'
  ]
  return names
    .filter(
      name =>
        name in outputs && (outputs[name] !== '' || ['model', 'error-category'].includes(name))
    )
    .map(name => `${name}=${outputs[name]}`)
    .join(' ')
}

/** Runs the bundled CLI with only the given environment (and PATH), bounded. */
function runCli(
  args: string[],
  env: Record<string, string>
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_BOUND_MS)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** `alias (endpoint): duration_ms p50 1800 · p90 3400 · p99 7900; …` */
function describeMetrics(entry: ModelMetrics): string {
  const parts = Object.entries(entry.metrics).map(
    ([name, p]) => `${name} p50 ${p.p50} · p90 ${p.p90} · p99 ${p.p99}`
  )
  return `${entry.alias} (${entry.endpoint}): ${parts.join('; ')}`
}

/** A scenario's entries, or none when it serves a reply (a fault) instead. */
function listed<T>(value: readonly T[] | Reply | undefined): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : []
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ')
}

function heading(text: string): void {
  say(`\n━━━ ${text}\n\n`)
}

// Run as a script, from any path (spaces and symbolic links included): `import.meta.main`, not a
// comparison of URLs with argv[1] as text.
if (import.meta.main) process.exitCode = await demo(process.argv.slice(2))
