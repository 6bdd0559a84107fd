/**
 * The model dashboard, end to end: `node dist/index.js` on watched runs against the loopback
 * AIML simulator and the loopback fake of GitHub, keeping one issue with every model's week.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG } from '../../script/aiml-sim.ts'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { startGitHubFake, type FakeIssue } from '../../script/github-fake.ts'
import { dashboardBody, formatSeconds } from '../../src/dashboard/body.js'
import { MAX_CHECKS, twoFigures, type History } from '../../src/dashboard/history.js'
import { readState } from '../../src/dashboard/state.js'
import { percentile } from '../../src/dashboard/stats.js'

const MODEL = 'anthropic/claude-sonnet-4.5'
const MARKER = '<!-- aiml-model-probe-dashboard -->'
const STATE = /<!-- aiml-model-probe-dashboard-state:v1:([A-Za-z0-9+/=]+) -->/

const sim = useAimlSim()
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake()
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.reset()
  healthy()
})

function healthy(models: string[] = [MODEL]): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: Object.fromEntries(models.map(m => [m, { ok: true }])),
    catalog: CATALOG
  })
}

function refused(): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  })
}

function run(extra: Record<string, string> = {}, event = 'schedule'): Promise<RunResult> {
  return runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      'timeout-seconds': '20',
      retries: '0',
      ...extra
    },
    event: { name: event, payload: {} },
    githubApiUrl: github.url
  })
}

const dashboards = () => github.issues.filter(i => i.body.includes(MARKER))
const openDashboards = () => dashboards().filter(i => i.state === 'open')
const historyOf = (issue: FakeIssue): History => {
  const read = readState(issue.body)
  if (read.kind !== 'read') throw new Error(`unreadable state in:\n${issue.body}`)
  return read.history
}
const rowOf = (issue: FakeIssue, model: string) =>
  issue.body
    .replaceAll('\u00a0', ' ')
    .split('\n')
    .find(l => l.includes(` \`${model}\` |`)) ?? ''

describe('the model dashboard', () => {
  it('four watched runs: one issue, edited in place, with the right uptime and percentiles', async () => {
    const runs = [await run(), await run()]
    refused()
    runs.push(await run())
    healthy()
    runs.push(await run())
    expect(runs.map(r => r.code)).toEqual([0, 0, 1, 0])

    expect(dashboards()).toHaveLength(1)
    const issue = dashboards()[0]!
    expect(issue.title).toBe('AIML model status')
    expect(issue.state).toBe('open')
    expect(issue.labels).toEqual([])
    expect(issue.user.login).toBe('github-actions[bot]')
    expect(github.comments.get(issue.number) ?? []).toHaveLength(0)
    const creates = github.requests.filter(r => r.method === 'POST' && /\/issues$/.test(r.path))
    const tracking = github.issues.find(i => i.body.includes('aiml-model-probe-issue:'))!
    expect(creates.map(r => r.body?.title)).toEqual([
      'AIML model status',
      `${MODEL} is not available: provider-access`
    ])

    const latencies = runs
      .filter(r => r.outputs.available === 'true')
      .map(r => twoFigures(Number(r.outputs['latency-ms']))!)
    expect(latencies).toHaveLength(3)
    const checks = historyOf(issue)[MODEL]!.checks
    expect(checks.map(c => c.status)).toEqual(['available', 'available', 'fallback', 'available'])
    expect(checks.filter(c => c.latencyMs !== null).map(c => c.latencyMs)).toEqual(latencies)
    const p50 = formatSeconds(percentile(latencies, 50)).replace('\u00a0', ' ')
    const p95 = formatSeconds(percentile(latencies, 95)).replace('\u00a0', ' ')
    const today = new Date().toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC'
    })
    expect(rowOf(issue, MODEL)).toBe(
      `| ✅ \`${MODEL}\` | 75.0% | 75.0% | ${p50} | ${p95} | ${today} \`provider-access\` #${tracking.number} | 4 |`
    )
    expect(issue.body).toContain('xychart-beta')
    expect(issue.body).toContain('[workflow run](https://github.com/acme/shop/actions/runs/4242)')
    // The summary shows the week beside the status.
    expect(runs[2]!.summary).toContain('· 66.6% 7 d')
    expect(runs[3]!.summary).toContain('✅ available · 75.0% 7 d')
    // Written once: the second write replaces the first, it does not add a second table.
    expect(runs[3]!.summary.match(/^\| Model \| Status \|/gm)).toHaveLength(1)
    expect(runs[3]!.stdout).toContain(`Model dashboard #${issue.number}: updated`)
  })

  it('records the time to the first token of a streamed check', async () => {
    const plain = await run()
    const streamed = await run({ require: 'stream' })
    expect([plain.code, streamed.code]).toEqual([0, 0])
    const ttft = (JSON.parse(streamed.outputs.results!) as Record<string, { ttftMs: number }>)[
      MODEL
    ]!.ttftMs
    const checks = historyOf(dashboards()[0]!)[MODEL]!.checks
    expect(checks.map(c => c.ttftMs)).toEqual([null, twoFigures(ttft)])
    expect(checks.every(c => c.category === null && c.latencyMs !== null)).toBe(true)
  })

  it('a push run touches nothing', async () => {
    const result = await run({}, 'push')
    expect(result.code).toBe(0)
    expect(github.requests).toHaveLength(0)
    expect(result.summary).not.toContain('7 d')
  })

  it('keys the dashboard by comment-key, and `on` keeps it on any event', async () => {
    await run({ 'comment-key': 'prod', dashboard: 'on', issue: 'never' }, 'push')
    await run({ dashboard: 'on', issue: 'never' }, 'push')
    const keyed = github.issues.find(i =>
      i.body.includes('<!-- aiml-model-probe-dashboard:prod -->')
    )
    expect(keyed?.title).toBe('AIML model status [prod]')
    expect(openDashboards()).toHaveLength(1)
    expect(github.issues.filter(i => i.state === 'open')).toHaveLength(2)
  })

  it('five simultaneous first runs leave one dashboard', async () => {
    github.setGates([{ method: 'POST', path: /^\/repos\/acme\/shop\/issues$/, count: 5 }])
    const results = await Promise.all(Array.from({ length: 5 }, () => run()))
    expect(results.map(r => r.code)).toEqual([0, 0, 0, 0, 0])
    expect(dashboards()).toHaveLength(5)
    expect(openDashboards()).toHaveLength(1)
    const closed = dashboards().filter(i => i.state === 'closed')
    expect(closed.every(i => i.state_reason === 'not_planned')).toBe(true)
    expect(openDashboards()[0]!.number).toBe(Math.min(...dashboards().map(i => i.number)))
    github.setGates([])
    await run()
    expect(openDashboards()).toHaveLength(1)
    expect(historyOf(openDashboards()[0]!)[MODEL]!.checks.length).toBeGreaterThanOrEqual(2)
  })

  it.each([
    [
      'edited',
      (body: string) =>
        body.replace(STATE, (line, b64: string) => line.replace(b64, b64.slice(0, 40)))
    ],
    [
      'corrupt',
      (body: string) => body.replace(STATE, '<!-- aiml-model-probe-dashboard-state:v1:%%% -->')
    ],
    ['removed', (body: string) => body.replace(STATE, '')]
  ])('a state %s by a person starts anew, and says so once', async (_, edit) => {
    await run()
    await run()
    const issue = openDashboards()[0]!
    issue.body = `Pinned for the on-call.\n\n${edit(issue.body)}`
    const anew = await run()
    expect(anew.code).toBe(0)
    expect(anew.annotations.filter(a => a.level === 'warning')).toEqual([])
    expect(issue.body.match(/starts anew with this check/g)).toHaveLength(1)
    expect(
      issue.body.startsWith('Pinned for the on-call.\n\n<!-- aiml-model-probe-dashboard -->')
    ).toBe(true)
    expect(historyOf(issue)[MODEL]!.checks).toHaveLength(1)
    await run()
    expect(issue.body).not.toContain('starts anew')
    expect(historyOf(issue)[MODEL]!.checks).toHaveLength(2)
    expect(openDashboards()).toHaveLength(1)
  })

  it("never reads nor touches a person's issue that carries the marker", async () => {
    const theirs = github.seedIssue({ title: 'copied', body: `${MARKER}\nmine`, login: 'octocat' })
    await run()
    expect(theirs.body).toBe(`${MARKER}\nmine`)
    expect(theirs.state).toBe('open')
    expect(openDashboards()).toHaveLength(2)
  })

  it('a 20-model table at the bound stays under 65,536 characters', async () => {
    const models = Array.from(
      { length: 20 },
      (_, i) => `acme-labs/a-long-model-name-${i}-2026-12-01`
    )
    healthy(models)
    const now = Math.floor(Date.now() / 1000)
    const history: History = {}
    for (const [m, model] of models.entries()) {
      history[model] = {
        checks: Array.from({ length: MAX_CHECKS }, (_, i) => ({
          at: (Math.floor(now / 60) - (MAX_CHECKS - i) * 20) * 60,
          status: i % 17 === 0 ? ('unavailable' as const) : ('available' as const),
          category: i % 17 === 0 ? ('server-error' as const) : null,
          latencyMs: twoFigures(200 + ((i * 7919 + m * 104729) % 29_800)),
          ttftMs: twoFigures(50 + ((i * 6007 + m * 3571) % 9_950))
        })),
        lastFailure: { at: now - 3600, category: 'server-error', issue: 100_000 + m }
      }
    }
    const context = {
      commentKey: '',
      now,
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      startedAnew: false
    }
    github.seedIssue({
      title: 'AIML model status',
      body: dashboardBody(history, context),
      login: 'github-actions[bot]',
      type: 'Bot'
    })
    const result = await run({ models: models.join('\n') })
    expect(result.code).toBe(0)
    const issue = openDashboards()[0]!
    expect(openDashboards()).toHaveLength(1)
    expect(issue.body.length).toBeLessThan(65_536)
    const kept = historyOf(issue)
    expect(Object.keys(kept)).toEqual(models)
    expect(Object.values(kept).every(h => h.checks.length === MAX_CHECKS)).toBe(true)
    expect(issue.body.match(/```mermaid/g)).toHaveLength(4)
  })

  it.each([
    [403, 'Resource not accessible by integration', /issues: write/],
    [410, 'Issues are disabled for this repo', /Issues are turned off .* `dashboard: never`/]
  ])('%d warns, never fails', async (status, message, words) => {
    github.setFailures([{ method: 'POST', path: /^\/repos\/acme\/shop\/issues$/, status, message }])
    const result = await run({ issue: 'never' })
    expect(result.code).toBe(0)
    const warnings = result.annotations.filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toContain(
      `The model dashboard could not be written (HTTP ${status}: ${message}).`
    )
    expect(warnings[0]!.message).toMatch(words)
    expect(result.summary).not.toContain('7 d')
  })
})
