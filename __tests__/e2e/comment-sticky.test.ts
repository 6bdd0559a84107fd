/**
 * The PR comment under pressure, end to end: several runs of `node dist/index.js` at once on
 * one PR, and tokens that cannot say who they are (GraphQL `viewer` refused), against the
 * loopback fake of GitHub.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG } from '../../script/aiml-sim.ts'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { startGitHubFake } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const MARKER = `<!-- aiml-model-probe:${MODEL} -->`
const PR = 11
const RUNS = 5
/** An installation token of a GitHub App that writes as `probe-app[bot]`. */
const APP_TOKEN = 'ghs_installation_probe_app'
const APP = 'probe-app[bot]'

const sim = useAimlSim()
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake({ apps: { [APP_TOKEN]: APP } })
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.reset()
  sim.setScenario({
    apiKey: TEST_KEY,
    models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  })
})

function run(extra: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    // A generous bound: five processes share two cores, and the gates hold them on purpose.
    inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, 'timeout-seconds': '20', ...extra },
    event: { name: 'pull_request', payload: { number: PR, pull_request: { number: PR } } },
    githubApiUrl: github.url
  })
}

const runAtOnce = (extra: Record<string, string> = {}) =>
  Promise.all(Array.from({ length: RUNS }, () => run(extra)))

const commentsOnPr = () => github.comments.get(PR) ?? []
const ofMarker = () => commentsOnPr().filter(c => c.body.startsWith(MARKER))
const sent = (method: string) =>
  github.requests.filter(r => r.method === method && r.path !== '/graphql')
const idOf = (path: string) => Number(path.split('/').at(-1))
const listComments = /\/issues\/\d+\/comments$/

function expectReportsOnly(results: RunResult[]): void {
  for (const result of results) {
    expect(result.code).toBe(1)
    expect(result.annotations.map(a => a.level)).toEqual(['error'])
  }
}

function expectCurrentReport(body: string): void {
  expect(body.startsWith(MARKER)).toBe(true)
  expect(body.split(MARKER)).toHaveLength(2)
  expect(body).toContain('— not available')
  expect(body).toContain('+ model: gpt-4o')
  expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/4242)')
}

describe('five runs at once on one PR', () => {
  it('leave exactly one comment: the oldest of ours, carrying a current report', async () => {
    // Every run has looked for the comment (and found none) before any of them posts.
    github.setGates([{ method: 'GET', path: listComments, count: RUNS }])
    const results = await runAtOnce()
    expectReportsOnly(results)
    expect(sent('POST')).toHaveLength(RUNS)

    const left = ofMarker()
    expect(left).toHaveLength(1)
    expectCurrentReport(left[0]!.body)
    expect(left[0]!.user.login).toBe('github-actions[bot]')
    const deleted = sent('DELETE').map(r => idOf(r.path))
    expect(new Set(deleted).size).toBe(RUNS - 1)
    for (const id of deleted) expect(id).toBeGreaterThan(left[0]!.id)
  })

  it('leave one even when every run has posted before any looks again', async () => {
    github.setGates([
      { method: 'GET', path: listComments, count: RUNS },
      { method: 'POST', path: listComments, count: RUNS }
    ])
    const results = await runAtOnce()
    expectReportsOnly(results)
    const left = ofMarker()
    expect(left).toHaveLength(1)
    expectCurrentReport(left[0]!.body)
  })

  it('touch neither a person’s comment nor another app’s that carry the marker', async () => {
    const [person, otherApp] = github.seed(PR, [
      { body: `${MARKER}\nI pasted the bot's marker`, login: 'mallory' },
      { body: `${MARKER}\nanother app's`, login: 'other-app[bot]', type: 'Bot' }
    ])
    github.setGates([{ method: 'GET', path: listComments, count: RUNS }])
    const results = await runAtOnce({ 'github-token': APP_TOKEN })
    expectReportsOnly(results)

    const left = ofMarker()
    expect(left.map(c => c.user.login)).toEqual(['mallory', 'other-app[bot]', APP])
    expect(left[0]).toEqual(person)
    expect(left[1]).toEqual(otherApp)
    expect(left[1]!.body).toBe(`${MARKER}\nanother app's`)
    expectCurrentReport(left[2]!.body)
    for (const { path } of sent('DELETE')) {
      expect([person!.id, otherApp!.id]).not.toContain(idOf(path))
    }
  })
})

describe('a token that GraphQL will not name', () => {
  it('updates its own bot comment on the next run instead of posting another', async () => {
    await run({ 'github-token': APP_TOKEN })
    const first = ofMarker()
    expect(first.map(c => c.user.login)).toEqual([APP])
    await run({ 'github-token': APP_TOKEN })
    expect(ofMarker()).toHaveLength(1)
    expect(ofMarker()[0]!.id).toBe(first[0]!.id)
    expect(sent('POST')).toHaveLength(1)
    expect(sent('PATCH')).toHaveLength(1)
  })

  it('also when /graphql answers with an HTTP error', async () => {
    github.setFailures([
      {
        method: 'POST',
        path: /^\/graphql$/,
        status: 403,
        message: 'Resource not accessible by integration'
      }
    ])
    const [earlier] = github.seed(PR, [
      { body: `${MARKER}\nold alarm`, login: 'github-actions[bot]', type: 'Bot' }
    ])
    const result = await run()
    expectReportsOnly([result])
    expect(ofMarker()).toHaveLength(1)
    expect(ofMarker()[0]!.id).toBe(earlier!.id)
    expectCurrentReport(ofMarker()[0]!.body)
  })

  it('posts its own when the bot comment it tried is another app’s (403), and keeps to it', async () => {
    const [otherApp] = github.seed(PR, [
      { body: `${MARKER}\nanother app's`, login: 'other-app[bot]', type: 'Bot' }
    ])
    const first = await run({ 'github-token': APP_TOKEN })
    expectReportsOnly([first])
    expect(ofMarker().map(c => c.user.login)).toEqual(['other-app[bot]', APP])
    const ours = ofMarker()[1]!

    const second = await run({ 'github-token': APP_TOKEN })
    expectReportsOnly([second])
    expect(ofMarker().map(c => c.id)).toEqual([otherApp!.id, ours.id])
    expect(otherApp!.body).toBe(`${MARKER}\nanother app's`)
    expect(sent('POST')).toHaveLength(1)
    expect(sent('DELETE')).toHaveLength(0)
  })

  it('never updates a person’s comment, whatever it carries', async () => {
    const [person] = github.seed(PR, [{ body: `${MARKER}\nold`, login: 'mallory' }])
    await run({ 'github-token': APP_TOKEN })
    await run({ 'github-token': APP_TOKEN })
    expect(ofMarker().map(c => c.user.login)).toEqual(['mallory', APP])
    expect(person!.body).toBe(`${MARKER}\nold`)
    expect(sent('PATCH').map(r => idOf(r.path))).not.toContain(person!.id)
  })
})
