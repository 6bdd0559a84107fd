// @ts-check
// `npm run demo`: the Claude story, offline. A loopback AIML simulator replays it (Anthropic's
// credit-balance refusal relayed by the gateway, gpt-4o healthy, a $20 balance) and the built
// product runs against it: the CLI's terminal report, then the action exactly as the runner
// starts it on a pull request, with the job summary it writes and the PR comment it posts to a
// loopback fake of GitHub. Exits 0 when everything went as the story says.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCENARIOS, startAimlSim } from './aiml-sim.mjs'
import { startGitHubFake } from './github-fake.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DEMO_KEY = 'sk-demo-0000000000000000000000000000'
const PR = 7

const sim = await startAimlSim({ ...SCENARIOS['claude-story'], apiKey: DEMO_KEY })
const github = await startGitHubFake()
const dir = mkdtempSync(join(tmpdir(), 'aiml-probe-demo-'))
/** @type {Array<[string, boolean]>} */
const checks = []
try {
  heading(`1. From a terminal: AIML_API_KEY=… aiml-model-probe --base-url ${sim.baseUrl}`)
  const cli = await node(['dist/cli/index.js', '--base-url', sim.baseUrl], {
    AIML_API_KEY: DEMO_KEY
  })
  process.stdout.write(cli.stdout)
  checks.push([
    'the CLI exits 1 and names provider-access',
    cli.code === 1 && cli.stdout.includes('provider-access')
  ])

  heading(
    '2. In a workflow, on a pull request: the step (node dist/index.js, as the runner starts it)'
  )
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    event: join(dir, 'event.json')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify({ number: PR, pull_request: { number: PR } }))
  const action = await node(['dist/index.js'], {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    'INPUT_API-KEY': DEMO_KEY,
    INPUT_MODEL: 'anthropic/claude-sonnet-4.5',
    'INPUT_FALLBACK-MODELS': 'gpt-4o',
    'INPUT_BASE-URL': sim.baseUrl,
    'INPUT_FAIL-ON':
      'auth, insufficient-credits, provider-access, model-not-found, bad-request, invalid-response, unknown',
    INPUT_RETRIES: '2',
    'INPUT_TIMEOUT-SECONDS': '10',
    'INPUT_COMMENT-ON-PR': 'on-problem',
    'INPUT_GITHUB-TOKEN': 'ghs_demo_workflow_token',
    'INPUT_MAX-TOKENS': '16',
    INPUT_PROMPT: 'Reply with the single word: ok'
  })
  const annotations = action.stdout.split('\n').filter(line => /^::(error|warning)::/.test(line))
  process.stdout.write(
    `${annotations.join('\n')}\n\nexit code ${action.code}: the step fails by policy (provider-access is in fail-on)\n`
  )
  const outputs = readFileSync(files.output, 'utf8')
  const output = (/** @type {string} */ name) =>
    new RegExp(`^${name}<<(.*)\\n([^\\n]*)\\n\\1$`, 'm').exec(outputs)?.[2] ?? ''
  process.stdout.write(
    `outputs: available=${output('available')} status=${output('status')} model=${output('model')} error-category=${output('error-category')}\n`
  )
  checks.push([
    'the step fails and recommends gpt-4o',
    action.code === 1 && output('model') === 'gpt-4o'
  ])

  heading('3. The job summary it writes (GITHUB_STEP_SUMMARY, Markdown)')
  const summary = readFileSync(files.summary, 'utf8')
  process.stdout.write(summary)
  checks.push(['the summary diagnoses provider-access', summary.includes('`provider-access`')])

  const comments = github.comments.get(PR) ?? []
  heading(
    `4. The PR comment it posts on pull request #${PR} (as ${comments[0]?.user.login ?? 'nobody'})`
  )
  process.stdout.write(`${comments[0]?.body ?? '(none)'}\n`)
  checks.push([
    'one comment with the gpt-4o switch',
    comments.length === 1 && Boolean(comments[0]?.body.includes('+ AIML_MODEL=gpt-4o'))
  ])

  const leaked = [cli.stdout, action.stdout, summary, outputs, comments[0]?.body ?? ''].some(t =>
    t.replace(/^::add-mask::.*$/gm, '').includes(DEMO_KEY)
  )
  checks.push(['the key appears nowhere', !leaked])
} finally {
  rmSync(dir, { recursive: true, force: true })
  await Promise.all([sim.close(), github.close()])
}

heading('Checks')
for (const [name, ok] of checks) process.stdout.write(`${ok ? '✓' : '✗'} ${name}\n`)
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1

/**
 * Runs a bundled entry point with only the given environment (and PATH).
 * @param {string[]} args @param {Record<string, string>} env
 * @returns {Promise<{ code: number | null, stdout: string }>}
 */
function node(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout }))
  })
}

/** @param {string} text */
function heading(text) {
  process.stdout.write(`\n━━━ ${text}\n\n`)
}
