// `npm run demo`: the Claude story, offline. Starts the loopback AIML simulator (the provider's
// credit-balance refusal, gpt-4o healthy, $20 balance), runs the built action against it exactly
// as the Actions runner would, and prints what a user would see: the log, the outputs and the
// job summary and the PR comment it posts (to a loopback fake of GitHub). Exit 0 when the product behaved as the story says.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCENARIOS, startAimlSim } from './aiml-sim.mjs'
import { startGitHubFake } from './github-fake.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const DEMO_KEY = 'sk-demo-0000000000000000000000000000'

const sim = await startAimlSim({ ...SCENARIOS['claude-story'], apiKey: DEMO_KEY })
const github = await startGitHubFake()
const dir = mkdtempSync(join(tmpdir(), 'aiml-probe-demo-'))
try {
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary'),
    event: join(dir, 'event.json')
  }
  for (const file of [files.output, files.summary]) writeFileSync(file, '')
  writeFileSync(files.event, JSON.stringify({ number: 7, pull_request: { number: 7 } }))
  const env = {
    PATH: process.env.PATH ?? '',
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
  }
  heading('The step, as the Actions log shows it (the action against the loopback AIML simulator)')
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
      env,
      stdio: ['ignore', 'inherit', 'inherit']
    })
    child.on('error', reject)
    child.on('close', resolve)
  })
  heading(`Exit code ${code}: the step fails by policy, since provider-access is in fail-on`)
  heading('Job summary (GITHUB_STEP_SUMMARY, Markdown)')
  const summary = readFileSync(files.summary, 'utf8')
  process.stdout.write(summary)
  const comments = github.comments.get(7) ?? []
  heading(
    `PR comment on pull request #7 (${comments.length} comment, by ${comments[0]?.user.login})`
  )
  process.stdout.write(`${comments[0]?.body ?? '(none)'}\n`)
  const outputs = readFileSync(files.output, 'utf8')
  const ok =
    code === 1 &&
    summary.includes('provider-access') &&
    /^model<<.*\ngpt-4o$/m.test(outputs) &&
    comments.length === 1 &&
    Boolean(comments[0]?.body.includes('AIML_MODEL=gpt-4o'))
  heading(
    ok
      ? 'Demo finished: provider-access diagnosed, gpt-4o recommended.'
      : 'Demo did not go as the story says.'
  )
  process.exitCode = ok ? 0 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
  await Promise.all([sim.close(), github.close()])
}

/** @param {string} text */
function heading(text) {
  process.stdout.write(`\n──── ${text}\n\n`)
}
