// `npm run bench`: what the action costs a user, offline, against the loopback simulator with a
// fixed latency on every request. Prints, as ratios to one measured round trip:
//   - the healthy path and the full diagnosis, beside the sequential way (try each ID in turn,
//     then the fallback, one request after another) run in this same process;
//   - tokens and dollars per probe (as the simulator prices them);
//   - the size of the bundles;
//   - start-up of `node dist/index.js` over bare `node` (median of repeated runs), with what the
//     lazy GitHub client saves and what minifying would do;
//   - a healthy probe by `node dist/index.js` against the loopback simulator, beside a bare Node
//     script that asks the same questions with fetch, the two alternated, pair by pair;
//   - the did-you-mean over a catalog of 20,000 long IDs, beside finding the right ID in it.
// See BENCHMARKS.md for the method and the figures.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CATALOG, startAimlSim, type ModelKind, type Scenario } from './aiml-sim.ts'
import { scenarioNamed, type NamedScenario } from './stories/index.ts'
import { actionYml } from '../__fixtures__/action-runner.ts'

/** The engine's entry, as the bundle exports it (typed here: the bundle carries no types). */
type Capability = 'tools' | 'json' | 'stream' | 'vision'
interface ModelSpec {
  id: string
  kind: ModelKind
  declared: boolean
  fallbacks: string[]
  require: Capability[]
}
interface CheckConfig {
  apiKey: string
  models: ModelSpec[]
  model: string
  fallbackModels: readonly string[]
  failOn: readonly string[]
  baseUrl: string
  retries: number
  timeoutMs: number
  prompt: string
  maxTokens: number
}
interface Cost {
  tokens: number
  usd: number
  credits: number
}
interface Check {
  status: string
  models: { report: { cost: Cost; attempts: unknown[] } }[]
}
type RunCheck = (config: CheckConfig) => Promise<Check>

const root = fileURLToPath(new URL('..', import.meta.url))
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 200)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 21)
const KEY = 'sk-bench-000000000000000000000000000'
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const work = mkdtempSync(join(tmpdir(), 'aiml-probe-bench-'))
const started = Date.now()

try {
  // The engine, bundled as the action bundles it, to run in this process.
  const engineDir = bundle('src/engine/check/check.ts', 'engine')
  const { runCheck } = (await import(join(engineDir, 'index.js'))) as { runCheck: RunCheck }

  const sim = await startAimlSim({ models: {} })
  /** A story as the benchmark serves it: every request `LATENCY_MS` late, the key checked. */
  const serve = (story: NamedScenario): Scenario => ({
    ...story.scenario,
    latencyMs: LATENCY_MS,
    apiKey: KEY
  })
  /** A story's `require` input, as every chat line takes it. */
  const requireOf = (story: NamedScenario) =>
    (story.probe.inputs?.require ?? '')
      .split(',')
      .map(name => name.trim())
      .filter(Boolean) as Capability[]
  const configFor = (story: NamedScenario): CheckConfig => ({
    apiKey: KEY,
    models: story.probe.models.map(line => ({
      id: line.id,
      kind: line.kind ?? 'chat',
      declared: line.kind !== undefined,
      fallbacks: [...(line.fallbacks ?? [])],
      require: (line.kind ?? 'chat') === 'chat' ? requireOf(story) : []
    })),
    model: story.probe.models[0].id,
    fallbackModels: story.probe.models[0].fallbacks ?? [],
    failOn: [],
    baseUrl: sim.baseUrl,
    retries: 0,
    timeoutMs: 10_000,
    prompt: 'Reply with the single word: ok',
    maxTokens: 16
  })

  /** One bare request of the model's kind, as the sequential script sends it. */
  const ask = async (model: string, kind: ModelKind = 'chat') => {
    const requests: Record<ModelKind, [string, object]> = {
      chat: [
        'chat/completions',
        { messages: [{ role: 'user', content: 'Reply ok' }], max_tokens: 16 }
      ],
      embedding: ['embeddings', { input: 'ok' }],
      image: ['images/generations', { prompt: 'a dot', num_images: 1 }]
    }
    const [path, body] = requests[kind]
    const response = await fetch(`${sim.baseUrl}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, ...body })
    })
    await response.text()
    return response.ok
  }
  /**
   * The seed's way, model after model: the configured ID, then every other name the catalog
   * gives the model, one after another until one answers, then the fallbacks.
   */
  const sequential = async (story: NamedScenario) => {
    for (const { id, kind, fallbacks = [] } of story.probe.models) {
      const entry = CATALOG.find(e => e.id === id || e.aliases?.includes(id))
      const ids = [id, ...[entry?.id ?? id, ...(entry?.aliases ?? [])].filter(name => name !== id)]
      let answered = false
      for (const name of ids) if (!answered && (await ask(name, kind))) answered = true
      for (const fallback of fallbacks)
        if (!answered && (await ask(fallback, kind))) answered = true
    }
  }
  /** The same story with every model answering: the healthy table. */
  const allAnswer = (named: NamedScenario): NamedScenario => ({
    ...named,
    scenario: {
      ...named.scenario,
      models: Object.fromEntries(
        named.probe.models.map(line => [line.id, { ok: true, kind: line.kind ?? 'chat' }])
      )
    }
  })

  const healthy = story('healthy')
  sim.setScenario(serve(healthy))
  const rtt = median(await times(RUNS * 2, () => ask('gpt-4o')))

  const scenarios = [
    { name: 'healthy path', story: healthy },
    {
      name: 'full diagnosis: provider refusal, fallback answers (the Claude story)',
      story: story('claude-story')
    },
    { name: 'full diagnosis: unknown ID, an alias answers', story: story('alias') },
    {
      name: 'five models (chat, image, embedding), all answer',
      story: allAnswer(story('five-models'))
    },
    {
      name: 'five models: one refused upstream (fallback), one retired ID (alias)',
      story: story('five-models')
    },
    {
      name: 'five chat models, each with tools, JSON, a stream and an image: all pass',
      story: story('five-require')
    },
    {
      name: 'five chat models with all four: one calls no tool, its fallback passes all four',
      story: story('five-require-fallback')
    }
  ]

  const rows: [string, string, number, number, number, number, number][] = []
  let cost: Cost | null = null
  let requireCost: { tokens: number; usd: number; requests: number } | null = null
  let feedsAsked = ''
  for (const s of scenarios) {
    sim.setScenario(serve(s.story))
    sim.reset()
    let last: Check | null = null
    const ours = median(
      await times(RUNS, async () => {
        last = await runCheck(configFor(s.story))
      })
    )
    const base = median(await times(RUNS, () => sequential(s.story)))
    const check = last as Check | null
    rows.push([s.name, check?.status ?? '', ours, ours / rtt, base, base / rtt, base / ours])
    if (s.story === healthy) cost = check?.models[0]?.report.cost ?? null
    if (s.name.startsWith('five chat models, each')) requireCost = costOf(check)
    // The healthy path's figure holds with the deprecation feed and the metrics asked each time.
    const asked = (path: string) => sim.requests.filter(r => r.path === path).length
    if (s.story === healthy) {
      feedsAsked = `deprecation feed ${asked('/v1/models/deprecations')}×, live metrics ${asked('/models/metrics')}× in ${RUNS} healthy probes`
    }
  }
  await sim.close()

  const sizes = bundleSizes()
  const catalogWork = await measureCatalogWork()
  const startup = measureStartup()
  const pair = await measureHealthyPair(healthy)

  out(`AIML model probe benchmark: Node ${process.version}, ${process.platform}/${process.arch}`)
  out(
    `simulated latency per request ${LATENCY_MS} ms; one measured round trip (median of ${RUNS * 2}): ${rtt.toFixed(1)} ms`
  )
  out('')
  table(
    ['scenario', 'status', 'probe ms', 'round trips', 'sequential ms', 'round trips', 'speed-up'],
    rows.map(([name, status, ours, oursRt, base, baseRt, speedup]) => [
      name,
      status,
      ours.toFixed(0),
      oursRt.toFixed(2),
      base.toFixed(0),
      baseRt.toFixed(2),
      `${speedup.toFixed(2)}×`
    ])
  )
  out(feedsAsked)
  out('')
  const healthyCost = cost as Cost | null
  out(
    `cost of one healthy probe (as the simulator prices it): ${healthyCost ? `${healthyCost.tokens} tokens, $${healthyCost.usd} (${healthyCost.credits} AIML credits)` : 'unknown'}`
  )
  if (requireCost) {
    const { tokens, usd, requests } = requireCost
    const month = 24 * 30
    out(
      `cost of the five-model table with all four requirements: ${requests} requests, ${tokens} tokens, $${usd.toFixed(6)} a run; hourly for 30 days (${month} runs): $${(usd * month).toFixed(2)}`
    )
  }
  out('')
  out(
    `did-you-mean over ${catalogWork.entries.toLocaleString('en-US')} long IDs (median of ${RUNS}; first run in brackets): ` +
      `finding the right ID ${catalogWork.find.toFixed(1)} ms (${catalogWork.findFirst.toFixed(1)}), ` +
      `suggesting for a typo ${catalogWork.suggest.toFixed(1)} ms (${catalogWork.suggestFirst.toFixed(1)}), ` +
      `${catalogWork.compared} names compared in full; ` +
      `+${(catalogWork.suggest - catalogWork.find).toFixed(1)} ms (+${(catalogWork.suggestFirst - catalogWork.findFirst).toFixed(1)} ms first)`
  )
  out('')
  table(
    ['bundle', 'bytes'],
    sizes.map(([name, bytes]) => [name, bytes.toLocaleString('en-US')])
  )
  out('')
  table(
    ['start-up (median of ' + STARTUP_RUNS + ')', 'ms', 'over bare node'],
    [
      ...startup.map(([name, ms, bare]) => [
        name,
        ms.toFixed(1),
        name === 'bare node' ? '' : `+${(ms - bare).toFixed(1)}`
      ]),
      [
        `bare script: the healthy run's ${pair.questions} questions with fetch, on loopback`,
        pair.script.toFixed(1),
        `+${(pair.script - (startup[0]?.[1] ?? 0)).toFixed(1)}`
      ],
      [
        'node dist/index.js, a healthy probe against the same simulator',
        pair.action.toFixed(1),
        `+${(pair.action - (startup[0]?.[1] ?? 0)).toFixed(1)}`
      ],
      [
        '  over the bare script, pair by pair (median of the differences)',
        '',
        `+${pair.over.toFixed(1)}`
      ]
    ]
  )
  out(`the healthy pair asked (both, checked on a first run of each): ${pair.asked}`)
  out('')
  out(`bench took ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** A story from script/stories/, the same the demo tells and the tests run. */
function story(name: string): NamedScenario {
  const found = scenarioNamed(name)
  if (!found) throw new Error(`No story is called '${name}'.`)
  return found
}

/** Bundles an entry with ncc into the scratch folder, as ESM; returns the folder. */
function bundle(entry: string, name: string, extra: string[] = []) {
  const dir = join(work, name)
  execFileSync(
    process.execPath,
    [ncc, 'build', join(root, entry), '-o', dir, '--quiet', ...extra],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  return dir
}

function bundleSizes() {
  const files = readdirSync(join(root, 'dist')).filter(f => f.endsWith('.js'))
  const sizes: [string, number][] = files.map(f => [
    `dist/${f}`,
    statSync(join(root, 'dist', f)).size
  ])
  sizes.push(['dist/cli/index.js', statSync(join(root, 'dist', 'cli', 'index.js')).size])
  return sizes
}

/**
 * The did-you-mean's cost over a catalog of 20,000 long IDs (the size AIML's may reach), beside
 * finding the right ID in the same catalog, both on the catalog code bundled as the action's.
 */
async function measureCatalogWork() {
  const dir = bundle('src/engine/evidence/catalog.ts', 'catalog')
  const { findModel, nearestModels, parseCatalog } = await import(join(dir, 'index.js'))
  const ids = Array.from(
    { length: 20_000 },
    (_, i) =>
      `provider-${i % 40}/model-family-${Math.floor(i / 40)}-instruct-preview-long-context-${String(i).padStart(5, '0')}-2025-10-01`
  )
  const catalog = parseCatalog(ids.map(id => ({ id, aliases: [] })))
  const wanted = ids[15_321] ?? ''
  const typo = wanted.replace('instruct', 'instrcut')
  /** @type {number} */
  let compared = 0
  const find = await times(RUNS, async () => findModel(catalog, wanted))
  const suggest = await times(RUNS, async () => {
    const found = nearestModels(catalog, typo)
    if (found.ids[0] !== wanted) throw new Error(`did-you-mean missed: ${found.ids.join(', ')}`)
    compared = found.compared
  })
  return {
    entries: ids.length,
    find: median(find),
    findFirst: find[0] ?? 0,
    suggest: median(suggest),
    suggestFirst: suggest[0] ?? 0,
    compared
  }
}

/** Start-up to exit: the action refusing its inputs (no network), the CLI's help, and variants. */
function measureStartup() {
  const minified = bundle('src/index.ts', 'minified', ['--minify'])
  // Bundled from inside the repository so that node_modules resolves.
  // Each dependency bundled alone, to show where the start-up goes.
  const alone = (name: string, source: string) => {
    mkdirSync(join(root, 'build'), { recursive: true })
    const entry = join(root, 'build', `bench-${name}.js`)
    writeFileSync(entry, `${source}\nconsole.log(typeof x)\n`)
    try {
      return join(bundle(`build/bench-${name}.js`, name), 'index.js')
    } finally {
      rmSync(entry)
    }
  }
  const githubAlone = alone('github', "import { getOctokit as x } from '@actions/github'")
  const coreAlone = alone('core', "import * as x from '@actions/core'")
  const openaiAlone = alone('openai', "import x from 'openai'")
  const zodAlone = alone('zod', "import { z as x } from 'zod'")
  // The action as it would be with the GitHub client imported up front, as most actions do.
  const eagerDir = join(
    alone('eager-github', "import '@actions/github'\nimport '../src/index.ts'\nconst x = 0"),
    '..'
  )
  const refused = { 'INPUT_API-KEY': '', PATH: process.env.PATH ?? '' }
  // name, arguments, environment, and the exit status that shows it ran as meant
  const cases: [string, string[], Record<string, string>, number][] = [
    ['bare node', ['-e', '0'], {}, 0],
    [
      'node dist/index.js (inputs refused: load, parse, exit)',
      [join(root, 'dist', 'index.js')],
      refused,
      1
    ],
    ['  same bundle minified by ncc --minify', [join(minified, 'index.js')], refused, 1],
    ['  same, with @actions/github imported up front', [join(eagerDir, 'index.js')], refused, 1],
    ['node dist/cli/index.js --help', [join(root, 'dist', 'cli', 'index.js'), '--help'], {}, 0],
    ['openai alone', [openaiAlone], {}, 0],
    ['@actions/core alone (with undici, via @actions/http-client)', [coreAlone], {}, 0],
    ['zod alone', [zodAlone], {}, 0],
    ['@actions/github alone', [githubAlone], {}, 0]
  ]
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]))
  // Interleaved, so that a busy moment of the machine spreads over every case.
  for (let i = 0; i < STARTUP_RUNS; i++) {
    for (const [name, args, env, status] of cases) {
      const t0 = process.hrtime.bigint()
      const run = spawnSync(process.execPath, args, {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: 'ignore'
      })
      samples.get(name)?.push(Number(process.hrtime.bigint() - t0) / 1e6)
      if (run.status !== status) throw new Error(`${name}: exit ${run.status}, expected ${status}`)
    }
  }
  const bare = median(samples.get('bare node') ?? [])
  return cases.map(
    ([name]) => [name, median(samples.get(name) ?? []), bare] as [string, number, number]
  )
}

/**
 * Start-up where it counts: `node dist/index.js` probing a healthy model against the loopback
 * simulator, beside a bare Node script that asks the very questions a healthy run asks (the
 * catalog, the balance, the key, the deprecation feed, the metrics and one completion, all at
 * once) with the built-in fetch. The two alternate, so each pair shares the machine's moment; the
 * figure is the median of the pairs' differences. The first action run's requests are compared
 * with the script's, so the pair stays fair when the healthy path asks something else.
 */
async function measureHealthyPair(story: NamedScenario) {
  const sim = await startAimlSim({ ...story.scenario, apiKey: KEY })
  try {
    const first = story.probe.models[0]
    const inputs: Record<string, string> = {}
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      inputs[name] = spec.default === '${{ github.token }}' ? 'ghs_bench' : (spec.default ?? '')
    }
    Object.assign(inputs, {
      'api-key': KEY,
      'base-url': sim.baseUrl,
      model: first.id,
      'fallback-models': (first.fallbacks ?? []).join(',')
    })
    const outputs = join(work, 'pair-output')
    const summary = join(work, 'pair-summary')
    const event = join(work, 'pair-event.json')
    writeFileSync(event, '{}')
    const actionEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: outputs,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/shop',
      RUNNER_TEMP: work
    }
    for (const [name, value] of Object.entries(inputs)) {
      actionEnv[`INPUT_${name.toUpperCase()}`] = value
    }
    const script = join(work, 'bare-healthy.mjs')
    writeFileSync(script, bareHealthyScript())
    const scriptEnv = {
      PATH: process.env.PATH ?? '',
      BASE: sim.baseUrl,
      KEY,
      MODEL: first.id,
      PROMPT: inputs.prompt ?? ''
    }
    const action = join(root, 'dist', 'index.js')
    const asked = () =>
      sim.requests
        .map(r => `${r.method} ${r.path}`)
        .sort()
        .join(', ')

    // One of each first, to check what each asks.
    writeFileSync(outputs, '')
    writeFileSync(summary, '')
    sim.reset()
    await timed([action], actionEnv)
    const byAction = asked()
    sim.reset()
    await timed([script], scriptEnv)
    if (asked() !== byAction) {
      throw new Error(`The bare script asks ${asked()}; the healthy action asks ${byAction}.`)
    }
    const scriptMs: number[] = []
    const actionMs: number[] = []
    const over: number[] = []
    for (let i = 0; i < STARTUP_RUNS; i++) {
      writeFileSync(outputs, '')
      writeFileSync(summary, '')
      const s = await timed([script], scriptEnv)
      const a = await timed([action], actionEnv)
      scriptMs.push(s)
      actionMs.push(a)
      over.push(a - s)
    }
    return {
      script: median(scriptMs),
      action: median(actionMs),
      over: median(over),
      questions: byAction.split(', ').length,
      asked: byAction
    }
  } finally {
    await sim.close()
  }
}

/** What a healthy run of the action asks, in one round, as a bare script asks it with fetch. */
function bareHealthyScript(): string {
  return `const { BASE, KEY, MODEL, PROMPT } = process.env
const origin = new URL(BASE).origin
const auth = { authorization: 'Bearer ' + KEY }
const read = response => response.arrayBuffer()
await Promise.all([
  fetch(BASE + '/models').then(read),
  fetch(origin + '/v2/billing', { headers: auth }).then(read),
  fetch(BASE + '/key', { headers: auth }).then(read),
  fetch(BASE + '/models/deprecations').then(read),
  fetch(origin + '/models/metrics').then(read),
  fetch(BASE + '/chat/completions', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: PROMPT }], max_tokens: 16 })
  }).then(read)
])
`
}

/** Spawn to exit of `node args`, in ms, async (the simulator answers in this process). */
function timed(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let said = ''
    child.stdout.on('data', chunk => (said += chunk))
    child.stderr.on('data', chunk => (said += chunk))
    child.on('error', reject)
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      if (code === 0) resolve(ms)
      else reject(new Error(`node ${args.join(' ')}: exit ${code}, expected 0\n${said}`))
    })
  })
}

async function times(n: number, fn: () => Promise<unknown>) {
  const result = []
  for (let i = 0; i < n; i++) {
    const t0 = performance.now()
    await fn()
    result.push(performance.now() - t0)
  }
  return result
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

function table(headers: string[], rows: string[][]) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
  out(line(headers))
  for (const row of rows) out(line(row))
}

function out(text: string) {
  process.stdout.write(`${text}\n`)
}

/** What a check's probes cost in all, and how many requests they were. */
function costOf(check: Check | null): { tokens: number; usd: number; requests: number } {
  const reports = check?.models.map(m => m.report) ?? []
  return {
    tokens: reports.reduce((sum, r) => sum + r.cost.tokens, 0),
    usd: reports.reduce((sum, r) => sum + (r.cost.usd ?? 0), 0),
    requests: reports.reduce((sum, r) => sum + r.attempts.length, 0)
  }
}
