/**
 * The watch between deploys, end to end: `node dist/index.js` on scheduled runs against the
 * loopback AIML simulator and the loopback fake of GitHub, opening, updating and closing the
 * tracking issue per model.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import {
  AIML_OUT_OF_CREDITS,
  aimlError,
  ANTHROPIC_CREDIT_BALANCE,
  CATALOG,
  dayFromToday
} from '../../script/aiml-sim.ts'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { startGitHubFake, type FakeIssue } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const MARKER = `<!-- aiml-model-probe-issue:${MODEL} -->`
const LABEL = 'aiml-model-probe'
const RUNS = 5

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
  refused()
})

function refused(): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: { [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  })
}

function maintenance(): void {
  sim.setScenario({
    apiKey: TEST_KEY,
    models: {
      [MODEL]: {
        replies: [
          aimlError(500, 'The model is under maintenance, please contact us at help@aimlapi.com.')
        ]
      },
      'gpt-4o': { ok: true }
    },
    catalog: CATALOG,
    balance: 20
  })
}

function healthy(): void {
  sim.setScenario({ apiKey: TEST_KEY, models: { [MODEL]: { ok: true } }, catalog: CATALOG })
}

function run(extra: Record<string, string> = {}, event = 'schedule'): Promise<RunResult> {
  return runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      'timeout-seconds': '20',
      retries: '0',
      // The dashboard is an issue too; its own suite shows the two kept side by side.
      dashboard: 'never',
      ...extra
    },
    event: { name: event, payload: {} },
    githubApiUrl: github.url
  })
}

const ours = () => github.issues.filter(i => i.body.startsWith(MARKER))
const open = () => github.issues.filter(i => i.state === 'open')
const commentsOn = (issue: FakeIssue) => github.comments.get(issue.number) ?? []
const writes = () =>
  github.requests.filter(
    r => r.method !== 'GET' && r.path !== '/graphql' && !/labels$/.test(r.path)
  )
/** The body less the lines that change on every check. */
const steady = (body: string) =>
  body
    .split('\n')
    .filter(l => !l.startsWith('<!-- aiml-model-probe-issue-state:'))
    .filter(l => !l.startsWith('**Last checked:**') && !l.startsWith('Time (UTC):'))
    .filter(l => !l.startsWith('Request IDs:'))
    .join('\n')

describe('a model that stops answering, and answers again', () => {
  it('opens one issue, edits only its last-checked line, comments on a change, closes on recovery', async () => {
    // First failure: one labelled issue, and its number in the outputs.
    const first = await run()
    expect(first.code).toBe(1)
    expect(ours()).toHaveLength(1)
    const issue = ours()[0]!
    expect(issue.title).toBe(`${MODEL} is not available: provider-access`)
    expect(issue.labels).toEqual([{ name: LABEL }])
    expect(issue.user.login).toBe('github-actions[bot]')
    expect(issue.body).toContain('**Use now:** `gpt-4o`')
    expect(issue.body).toContain('Message for AIML support')
    expect(issue.body).toContain('([workflow run](https://github.com/acme/shop/actions/runs/4242))')
    expect(issue.body).toMatch(/\*\*Last checked:\*\* .* · 1 check$/)
    expect(first.outputs['issue-number']).toBe(String(issue.number))
    expect(JSON.parse(first.outputs.results ?? '{}')[MODEL].issueNumber).toBe(issue.number)
    expect(github.labels.has(LABEL)).toBe(true)
    expect(first.everything).not.toContain(TEST_KEY.slice(0, 12))
    const bodyBefore = issue.body

    // The same failure: no comment, no new issue; only the last-checked line moves.
    github.requests.length = 0
    const second = await run()
    expect(second.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(commentsOn(issue)).toHaveLength(0)
    expect(writes().map(r => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/shop/issues/${issue.number}`
    ])
    expect(issue.body).not.toBe(bodyBefore)
    expect(steady(issue.body)).toBe(steady(bodyBefore))
    expect(issue.body).toMatch(/ · 2 checks$/)
    expect(second.outputs['issue-number']).toBe(String(issue.number))

    // Another category: one comment, and the title follows.
    maintenance()
    const third = await run()
    expect(third.code).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(commentsOn(issue)).toHaveLength(1)
    expect(commentsOn(issue)[0]!.body).toContain(
      'now Server error (`server-error`), was Provider refuses AIML (`provider-access`)'
    )
    expect(issue.title).toBe(`${MODEL} is not available: server-error`)
    expect(issue.state).toBe('open')

    // Answers again: one comment with the length and the checks, then closed.
    healthy()
    const fourth = await run()
    expect(fourth.code).toBe(0)
    expect(issue.state).toBe('closed')
    expect(issue.state_reason).toBe('completed')
    expect(commentsOn(issue)).toHaveLength(2)
    expect(commentsOn(issue)[1]!.body).toMatch(
      /answered again at .* UTC, after less than a minute, 3 checks\. Closing\./
    )
    expect(fourth.outputs['issue-number']).toBe(String(issue.number))

    // Healthy again: nothing is written at all.
    github.requests.length = 0
    const fifth = await run()
    expect(fifth.code).toBe(0)
    expect(writes()).toEqual([])
    expect(github.issues).toHaveLength(1)
    expect(fifth.outputs['issue-number']).toBe('')
  })
})

describe('what it never does', () => {
  it('never touches a person’s issue that quotes the marker', async () => {
    const person = github.seedIssue({
      title: 'Why does the bot say this?',
      body: `${MARKER}\nI copied the bot's marker`,
      login: 'mallory',
      labels: [LABEL]
    })
    const before = { ...person }
    await run()
    healthy()
    await run()
    expect(person).toEqual(before)
    expect(commentsOn(person)).toHaveLength(0)
    for (const r of writes())
      expect(r.path).not.toMatch(new RegExp(`/issues/${person.number}(/|$)`))
    // Ours was opened beside it, and closed on recovery.
    expect(ours().map(i => [i.user.login, i.state])).toEqual([
      ['mallory', 'open'],
      ['github-actions[bot]', 'closed']
    ])
  })

  it('touches no issue on a push with `issue: auto`', async () => {
    const result = await run({}, 'push')
    expect(result.code).toBe(1)
    expect(github.requests).toEqual([])
    expect(result.outputs['issue-number']).toBe('')
  })

  it('opens one on any event with `issue: on-problem`, and none with `issue: never`', async () => {
    await run({ issue: 'never' })
    expect(github.requests).toEqual([])
    await run({ issue: 'on-problem' }, 'push')
    expect(ours()).toHaveLength(1)
  })
})

describe('an issue people have handled', () => {
  it('is found again after someone removed its label: no duplicate, and it closes on recovery', async () => {
    await run()
    const [issue] = ours()
    issue!.labels = []
    const again = await run()
    expect(again.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(again.outputs['issue-number']).toBe(String(issue!.number))
    healthy()
    await run()
    expect(issue!.state).toBe('closed')
  })

  it('is found with a maintainer’s note above the marker, and the note is kept', async () => {
    await run()
    const [issue] = ours()
    issue!.body = `Looking into this with AIML support. @alice\n\n${issue!.body}`
    const again = await run()
    expect(again.code).toBe(1)
    expect(github.issues.filter(i => i.body.includes(MARKER))).toHaveLength(1)
    expect(again.outputs['issue-number']).toBe(String(issue!.number))
    expect(issue!.body).toMatch(/ · 2 checks$/)
    expect(issue!.body.startsWith('Looking into this with AIML support. @alice\n\n')).toBe(true)
  })
})

describe('a refusal', () => {
  it('warns naming `issues: write` on a 403, with the exit code unchanged', async () => {
    github.setFailures([
      {
        method: 'POST',
        path: /\/issues$/,
        status: 403,
        message: 'Resource not accessible by integration'
      }
    ])
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.annotations.map(a => a.level)).toEqual(['error', 'warning'])
    expect(result.annotations[1]!.message).toBe(
      'The tracking issue could not be written (HTTP 403: Resource not accessible by integration). The job needs `permissions: issues: write`.'
    )
    healthy()
    const passing = await run()
    expect(passing.code).toBe(0)
  })

  it('keeps tracking the other models when one model’s issue cannot be written', async () => {
    const other = 'gpt-4o'
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        [MODEL]: { replies: [ANTHROPIC_CREDIT_BALANCE] },
        [other]: { replies: [aimlError(500, 'The model is under maintenance.')] }
      },
      catalog: CATALOG,
      balance: 20
    })
    // GitHub fails the first issue's creation once, as a 502 from its edge would.
    github.setFailures([
      { method: 'POST', path: /\/issues$/, status: 502, message: 'Bad Gateway', times: 1 }
    ])
    const result = await run({ models: `${MODEL}\n${other}`, model: MODEL })
    expect(result.code).toBe(1)
    const opened = github.issues.filter(i => i.state === 'open')
    expect(opened).toHaveLength(1)
    expect(opened[0]!.body).toContain(`<!-- aiml-model-probe-issue:${other} -->`)
    expect(JSON.parse(result.outputs.results)[other].issueNumber).toBe(opened[0]!.number)
    const warnings = result.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings.filter(w => w.includes('tracking issue'))).toEqual([
      // Which model is left without its issue: the one whose write failed.
      `The tracking issue of \`${MODEL}\` could not be written (HTTP 502: Bad Gateway).`
    ])
  })

  it('says issues are turned off on a 410', async () => {
    github.setFailures([
      {
        method: 'GET',
        path: /\/issues$/,
        status: 410,
        message: 'Issues are disabled for this repo'
      }
    ])
    const result = await run()
    expect(result.code).toBe(1)
    const warning = result.annotations.find(a => a.level === 'warning')!.message
    expect(warning).toContain('(HTTP 410: Issues are disabled for this repo)')
    expect(warning).toContain('Issues are turned off for this repository')
    expect(warning).not.toContain('issues: write')
  })
})

describe('five scheduled runs at once', () => {
  it('leave one open issue: the oldest; the newer ones closed as not planned, linking it', async () => {
    // Every run has looked (and found nothing) before any of them opens one.
    github.setGates([{ method: 'GET', path: /\/issues$/, count: RUNS }])
    const results = await Promise.all(Array.from({ length: RUNS }, () => run()))
    for (const result of results) {
      expect(result.code).toBe(1)
      expect(result.annotations.map(a => a.level)).toEqual(['error'])
    }
    const opened = github.requests.filter(r => r.method === 'POST' && /\/issues$/.test(r.path))
    expect(opened).toHaveLength(RUNS)
    const left = open()
    expect(left).toHaveLength(1)
    const [oldest] = left
    expect(Math.min(...ours().map(i => i.number))).toBe(oldest!.number)
    for (const duplicate of ours().filter(i => i !== oldest)) {
      expect(duplicate.state).toBe('closed')
      expect(duplicate.state_reason).toBe('not_planned')
      expect(commentsOn(duplicate)[0]!.body).toContain(`Duplicate of #${oldest!.number}`)
    }
    for (const result of results)
      expect(result.outputs['issue-number']).toBe(String(oldest!.number))
  })
})

describe('a failure of the account', () => {
  it('opens one issue for the account over a three-model table, not one per model', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        [MODEL]: { replies: [AIML_OUT_OF_CREDITS] },
        'flux/schnell': { kind: 'image', replies: [AIML_OUT_OF_CREDITS] },
        'text-embedding-3-small': { kind: 'embedding', replies: [AIML_OUT_OF_CREDITS] }
      },
      catalog: CATALOG,
      balance: 0
    })
    const models = `${MODEL} -> gpt-4o\nimage:flux/schnell\nembedding:text-embedding-3-small`
    const result = await run({ models, model: MODEL })
    expect(result.code).toBe(1)
    expect(github.issues).toHaveLength(1)
    const [account] = github.issues
    expect(account!.body.startsWith('<!-- aiml-model-probe-issue:(account) -->')).toBe(true)
    expect(account!.title).toBe('AIML account refused: insufficient-credits')
    for (const id of [MODEL, 'flux/schnell', 'text-embedding-3-small']) {
      expect(account!.body).toContain(`\`${id}\``)
    }
    const results = JSON.parse(result.outputs.results ?? '{}')
    for (const id of [MODEL, 'flux/schnell', 'text-embedding-3-small']) {
      expect(results[id].issueNumber).toBe(account!.number)
    }

    // The account works again: its issue closes, and no model's issue is opened.
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        [MODEL]: { ok: true },
        'flux/schnell': { kind: 'image', ok: true },
        'text-embedding-3-small': { kind: 'embedding', ok: true }
      },
      catalog: CATALOG
    })
    const again = await run({ models, model: MODEL })
    expect(again.code).toBe(0)
    expect(github.issues).toHaveLength(1)
    expect(account!.state).toBe('closed')
    expect(commentsOn(account!)[0]!.body).toContain('The AIML account answered again')
  })
})

describe('a shutdown inside fail-before-shutdown-days', () => {
  it('opens the model’s issue, titled with the date, though the model answers', async () => {
    const shutdown = dayFromToday(10)
    sim.setScenario({
      apiKey: TEST_KEY,
      models: { [MODEL]: { ok: true } },
      catalog: CATALOG,
      deprecations: [
        {
          id: MODEL,
          aliases: [],
          status: 'deprecated',
          deprecated_at: dayFromToday(-20),
          shutdown_at: shutdown,
          replaced_by: 'anthropic/claude-sonnet-5',
          reason: 'provider_retirement'
        }
      ]
    })
    const inside = await run({ 'fail-before-shutdown-days': '14' })
    expect(inside.code).toBe(1)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.title).toContain(shutdown)
    expect(inside.outputs['issue-number']).toBe(String(ours()[0]!.number))

    // Outside the window it only warns: no issue is opened for a warning.
    github.reset()
    const outside = await run({ 'fail-before-shutdown-days': '7' })
    expect(outside.code).toBe(0)
    expect(ours()).toHaveLength(0)
  })
})
