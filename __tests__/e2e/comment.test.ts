/**
 * The PR comment, end to end: `node dist/index.js` on pull_request events against the loopback
 * AIML simulator and a loopback fake of the GitHub REST API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG } from '../../script/aiml-sim.ts'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { startGitHubFake } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const MARKER = `<!-- aiml-model-probe:${MODEL} -->`
const PR = 7

const sim = useAimlSim()
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake({ users: { ghp_personal: 'release-bot-owner' } })
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.reset()
  broken()
})

function broken(): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  })
}

function healthy(): void {
  sim.setScenario({ apiKey: TEST_KEY, models: { [MODEL]: { ok: true } }, catalog: CATALOG })
}

const prEvent = (name = 'pull_request') => ({
  name,
  payload: { action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: 'abc' } } }
})

function run(
  extra: Record<string, string> = {},
  event: { name: string; payload: unknown } = prEvent()
): Promise<RunResult> {
  return runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      'timeout-seconds': '5',
      dashboard: 'never',
      ...extra
    },
    event,
    githubApiUrl: github.url
  })
}

const commentsOnPr = () => github.comments.get(PR) ?? []
const writes = () =>
  github.requests
    .filter(r => r.method === 'POST' || r.method === 'PATCH')
    .filter(r => r.path !== '/graphql')

describe('the PR comment', () => {
  it('is created on the first failing run, with the diagnosis, the fallback and the run link', async () => {
    const result = await run()
    expect(result.code).toBe(1)
    const comments = commentsOnPr()
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(comments[0]!.user.login).toBe('github-actions[bot]')
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain(
      '### ❌ AIML model probe: `anthropic/claude-sonnet-4.5` — not available\n'
    )
    // One model: the comment's heading names it; no second heading says it again.
    expect(body).not.toContain('#### ')
    expect(body).toContain('**Provider refuses AIML** (`provider-access`)')
    expect(body).toContain('**Use now:** `gpt-4o`')
    expect(body).toContain('- model: anthropic/claude-sonnet-4.5\n+ model: gpt-4o')
    expect(body).toContain('Message for AIML support')
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/4242)')
    expect(body.length).toBeLessThan(65_536)
    expect(body).not.toContain(TEST_KEY.slice(0, 12))
    // The workflow token authenticates as itself, with the token from `github-token`.
    expect(github.requests.every(r => r.token === 'ghs_faketoken000')).toBe(true)
  })

  it('is updated, never duplicated, on the next run', async () => {
    await run()
    const first = commentsOnPr()[0]!
    const result = await run()
    expect(result.code).toBe(1)
    expect(commentsOnPr()).toHaveLength(1)
    expect(commentsOnPr()[0]!.id).toBe(first.id)
    expect(writes().map(w => w.method)).toEqual(['POST', 'PATCH'])
  })

  it('is marked resolved when the model answers again', async () => {
    await run()
    healthy()
    const result = await run()
    expect(result.code).toBe(0)
    const comments = commentsOnPr()
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('✅ Resolved: `anthropic/claude-sonnet-4.5` answers again')
    expect(comments[0]!.body).toContain(
      '[Workflow run](https://github.com/acme/shop/actions/runs/4242)'
    )
    expect(comments[0]!.body.startsWith(MARKER)).toBe(true)
  })

  it('leaves a resolved comment alone on later healthy runs', async () => {
    await run()
    healthy()
    await run()
    const resolved = commentsOnPr()[0]!.body
    await run()
    await run({ 'comment-on-pr': 'always' })
    expect(commentsOnPr()).toHaveLength(1)
    expect(commentsOnPr()[0]!.body).toBe(resolved)
    expect(writes().map(w => w.method)).toEqual(['POST', 'PATCH'])
  })

  it('never calls a comment that was never an alarm "resolved" (always)', async () => {
    healthy()
    await run({ 'comment-on-pr': 'always' })
    await run({ 'comment-on-pr': 'always' })
    expect(commentsOnPr()).toHaveLength(1)
    expect(commentsOnPr()[0]!.body).not.toContain('Resolved')
    expect(writes().map(w => w.method)).toEqual(['POST'])
  })

  it('posts nothing for a healthy model that never had a comment (on-problem)', async () => {
    healthy()
    await run()
    expect(writes()).toHaveLength(0)
  })

  it('posts for a healthy model with comment-on-pr: always', async () => {
    healthy()
    await run({ 'comment-on-pr': 'always' })
    expect(commentsOnPr()).toHaveLength(1)
    expect(commentsOnPr()[0]!.body).toContain(
      '✅ AIML model probe: `anthropic/claude-sonnet-4.5` — available'
    )
  })

  it('finds its earlier comment on page 2 of 150', async () => {
    const people = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ body: `LGTM ${from + i}`, login: `dev${i % 7}` }))
    github.seed(PR, people(0, 119))
    const [ours] = github.seed(PR, [
      { body: `${MARKER}\nold alarm`, login: 'github-actions[bot]', type: 'Bot' }
    ])
    github.seed(PR, people(120, 30))
    expect(commentsOnPr()).toHaveLength(150)
    expect(commentsOnPr().indexOf(ours!)).toBe(119)

    await run()
    expect(commentsOnPr()).toHaveLength(150)
    expect(writes()).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        path: `/repos/acme/shop/issues/comments/${ours!.id}`
      })
    ])
    expect(ours!.body).toContain('— not available')
    const pages = github.requests
      .filter(r => r.method === 'GET')
      .map(r => new URLSearchParams(r.query).get('page') ?? '1')
    expect(pages).toEqual(['1', '2'])
  })

  it('leaves a person’s look-alike comment untouched', async () => {
    const [quote] = github.seed(PR, [
      { body: `Why does the bot say this?\n> ${MARKER}\n> old alarm`, login: 'alice' }
    ])
    const [start] = github.seed(PR, [
      { body: `${MARKER}\nI pasted the bot's marker`, login: 'mallory' }
    ])
    await run()
    const comments = commentsOnPr()
    expect(comments).toHaveLength(3)
    expect(comments.find(c => c.id === quote!.id)!.body).toContain('Why does the bot say this?')
    expect(comments.find(c => c.id === start!.id)!.body).toContain("I pasted the bot's marker")
    expect(writes()).toEqual([expect.objectContaining({ method: 'POST' })])
  })

  it('finds the comment of another token by asking GraphQL who it is', async () => {
    github.seed(PR, [{ body: `${MARKER}\nold`, login: 'github-actions[bot]', type: 'Bot' }])
    await run({ 'github-token': 'ghp_personal' })
    // The bot's comment is not this token's: a new one by the PAT's user.
    const comments = commentsOnPr()
    expect(comments).toHaveLength(2)
    expect(comments[1]!.user.login).toBe('release-bot-owner')
    await run({ 'github-token': 'ghp_personal' })
    expect(commentsOnPr()).toHaveLength(2)
  })

  it('turns a 403 into a warning naming the permission, with the same exit code', async () => {
    github.setFailures([
      {
        method: 'POST',
        path: /\/issues\/\d+\/comments$/,
        status: 403,
        message: 'Resource not accessible by integration'
      }
    ])
    const withComment = await run()
    const without = await run({ 'comment-on-pr': 'never' })
    expect(withComment.code).toBe(1)
    expect(withComment.code).toBe(without.code)
    expect(withComment.outputs.status).toBe(without.outputs.status)
    const warnings = withComment.annotations.filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toMatch(
      /HTTP 403: Resource not accessible by integration.*`permissions: pull-requests: write`/s
    )
    expect(warnings[0]!.message).toContain('forks')
    expect(withComment.annotations.filter(a => a.level === 'error')).toHaveLength(1)
  })

  it.each([
    ['a 500', 'POST', 500, 'Server Error', [], /\(HTTP 500: Server Error\)/],
    ['a 404', 'GET', 404, 'Not Found', [], /\(HTTP 404: Not Found\)/],
    [
      'a 422',
      'POST',
      422,
      'Validation Failed',
      [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' }],
      /\(HTTP 422: Validation Failed: body is too long\)/
    ]
  ] as const)(
    'says what GitHub answered for %s, and names no permission',
    async (_, method, status, message, errors, expected) => {
      github.setFailures([
        { method, path: /\/issues\/\d+\/comments$/, status, message, errors: [...errors] }
      ])
      const result = await run()
      expect(result.code).toBe(1)
      const warnings = result.annotations.filter(a => a.level === 'warning')
      expect(warnings).toHaveLength(1)
      expect(warnings[0]!.message).toMatch(expected)
      expect(warnings[0]!.message).not.toContain('pull-requests: write')
      expect(warnings[0]!.message).not.toContain('docs.github.com')
    }
  )

  it('says a refused connection was refused, with no HTTP status it never got', async () => {
    healthy()
    const closed = await startGitHubFake()
    await closed.close()
    const result = await runAction({
      inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, 'comment-on-pr': 'always' },
      event: prEvent(),
      githubApiUrl: closed.url
    })
    expect(result.code).toBe(0)
    expect(result.annotations.map(a => a.level)).toEqual(['warning'])
    const warning = result.annotations[0]!.message
    expect(warning).toContain('ECONNREFUSED')
    expect(warning).toContain(closed.url)
    expect(warning).not.toMatch(/HTTP \d/)
    expect(warning).not.toContain('pull-requests: write')
  })

  it('says a dropped connection was dropped, with no HTTP status it never got', async () => {
    github.setFailures([
      { method: 'GET', path: /\/comments$/, status: 0, fault: 'drop', message: '' }
    ])
    const result = await run()
    expect(result.code).toBe(1)
    const warning = result.annotations.find(a => a.level === 'warning')!.message
    expect(warning).toMatch(/no answer from GitHub at http:\/\/127\.0\.0\.1:\d+ \(.*closed.*\)/)
    expect(warning).not.toMatch(/HTTP \d/)
    expect(warning).not.toContain('pull-requests: write')
  })

  it('does not wait for a GitHub that never answers: the verdict comes first, then a warning', async () => {
    github.setFailures([{ method: 'GET', path: /\/comments$/, status: 0, message: '' }])
    const result = await run({ 'timeout-seconds': '1' })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(5_000)
    expect(result.annotations.map(a => a.level)).toEqual(['error', 'warning'])
    const warning = result.annotations[1]!.message
    expect(warning).toContain('GitHub did not answer within 1 s')
    expect(warning).not.toMatch(/HTTP \d/)
    expect(warning).not.toContain('pull-requests: write')
  })

  it('works the same on pull_request_target', async () => {
    await run({}, prEvent('pull_request_target'))
    expect(commentsOnPr()).toHaveLength(1)
  })

  it.each(['push', 'schedule', 'workflow_dispatch'])('makes no GitHub call on %s', async name => {
    // Scheduled and manual runs write tracking issues by default (issues.test.ts); not here.
    const result = await run({ 'comment-on-pr': 'always', issue: 'never' }, { name, payload: {} })
    expect(result.code).toBe(1)
    expect(github.requests).toHaveLength(0)
  })

  it('makes no GitHub call with comment-on-pr: never', async () => {
    await run({ 'comment-on-pr': 'never' })
    expect(github.requests).toHaveLength(0)
  })
})
