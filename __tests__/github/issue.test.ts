import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/engine/words/diagnose.js'
import type { Report } from '../../src/engine/decide/report.js'
import {
  ACCOUNT_KEY,
  decideIssue,
  issueMarker,
  issuesWanted,
  problemKey,
  readIssueState,
  stateLine,
  subjectsOf,
  type IssueState,
  type Observation,
  type TrackedModel
} from '../../src/github/issue.js'
import { makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

const NOW = '2026-11-26T07:12:00.000Z'
const SINCE = '2026-11-26T02:00:00.000Z'
const refused: Observation = { kind: 'unavailable', category: 'provider-access' }

const tracked = (report: Report, shutdown?: TrackedModel['shutdown']): TrackedModel => ({
  report,
  diagnosis: diagnose(report, 'sk-aiml-'),
  shutdown
})

describe('issuesWanted', () => {
  it.each([
    ['auto', 'schedule', true],
    ['auto', 'workflow_dispatch', true],
    ['auto', 'push', false],
    ['auto', 'pull_request', false],
    ['auto', undefined, false],
    ['on-problem', 'push', true],
    ['on-problem', 'pull_request', true],
    ['never', 'schedule', false]
  ] as const)('%s on %s: %p', (mode, event, wanted) => {
    expect(issuesWanted(mode, event)).toBe(wanted)
  })
})

describe('decideIssue', () => {
  const earlier: IssueState = { problem: 'provider-access', since: SINCE, checks: 6 }
  it.each<[string, Observation, IssueState | null, ReturnType<typeof decideIssue>]>([
    ['healthy, no issue: nothing', 'healthy', null, { kind: 'none' }],
    ['not judged this run: nothing', 'unknown', earlier, { kind: 'none' }],
    ['not judged, no issue: nothing', 'unknown', null, { kind: 'none' }],
    [
      'first failure: open, one check',
      refused,
      null,
      { kind: 'open', state: { problem: 'provider-access', since: NOW, checks: 1 } }
    ],
    [
      'same failure: touch, one more check, same start',
      refused,
      earlier,
      { kind: 'touch', state: { problem: 'provider-access', since: SINCE, checks: 7 } }
    ],
    [
      'another category: change, saying what it was',
      { kind: 'unavailable', category: 'server-error' },
      earlier,
      {
        kind: 'change',
        state: { problem: 'server-error', since: SINCE, checks: 7 },
        from: 'provider-access'
      }
    ],
    [
      'answers again: recover, with the time since the first failure',
      'healthy',
      earlier,
      { kind: 'recover', earlier, durationMs: (5 * 60 + 12) * 60_000 }
    ],
    [
      'a shutdown inside the window: open, titled by the date',
      { kind: 'shutdown', date: '2026-12-01' },
      null,
      { kind: 'open', state: { problem: 'shutdown:2026-12-01', since: NOW, checks: 1 } }
    ]
  ])('%s', (_name, observation, state, expected) => {
    expect(decideIssue(observation, state, NOW)).toEqual(expected)
  })

  it('never reports a negative outage when clocks disagree', () => {
    const future = { ...earlier, since: '2026-11-27T00:00:00.000Z' }
    expect(decideIssue('healthy', future, NOW)).toMatchObject({ durationMs: 0 })
  })
})

describe('the state line', () => {
  it('round-trips through a body, after the marker', () => {
    const state: IssueState = { problem: 'shutdown:2026-12-01', since: SINCE, checks: 3 }
    const body = `${issueMarker('m')}\n${stateLine(state)}\n### text`
    expect(readIssueState(body)).toEqual(state)
    expect(stateLine(state)).toMatch(/^<!-- aiml-model-probe-issue-state:\{.*\} -->$/)
  })

  it.each([
    ['no state line', 'just words'],
    ['not JSON', '<!-- aiml-model-probe-issue-state:{oops -->'],
    ['a bad time', '<!-- aiml-model-probe-issue-state:{"problem":"auth","since":"x"} -->'],
    ['no problem', `<!-- aiml-model-probe-issue-state:{"since":"${SINCE}"} -->`],
    ['an array', '<!-- aiml-model-probe-issue-state:[] -->'],
    ['not closed', `<!-- aiml-model-probe-issue-state:{"problem":"auth","since":"${SINCE}"}`]
  ])('reads nothing from %s', (_name, body) => {
    expect(readIssueState(body)).toBeNull()
  })

  it('counts a check count it cannot read as one', () => {
    const line = `<!-- aiml-model-probe-issue-state:{"problem":"auth","since":"${SINCE}","checks":-2} -->`
    expect(readIssueState(line)).toEqual({ problem: 'auth', since: SINCE, checks: 1 })
  })

  it('cannot be closed early by what it carries', () => {
    const line = stateLine({ problem: 'a-->b', since: SINCE, checks: 1 })
    expect(line.indexOf('-->')).toBe(line.length - 3)
  })
})

describe('problemKey', () => {
  it('is the category, or the shutdown date', () => {
    expect(problemKey(refused)).toBe('provider-access')
    expect(problemKey({ kind: 'shutdown', date: '2026-12-01' })).toBe('shutdown:2026-12-01')
  })
})

describe('subjectsOf', () => {
  const account = (id: string) =>
    makeReport({
      configuredModel: id,
      available: false,
      status: 'unavailable',
      model: '',
      errorCategory: 'insufficient-credits',
      fallbacksSkipped: 'account-wide'
    })

  it('one per model and a healthy account when no failure is the account’s', () => {
    const subjects = subjectsOf([
      tracked(makeFallbackReport()),
      tracked(makeReport({ configuredModel: 'flux/schnell' }))
    ])
    expect(subjects.map(s => [s.key, s.observation])).toEqual([
      ['anthropic/claude-sonnet-4.5', refused],
      ['flux/schnell', 'healthy'],
      [ACCOUNT_KEY, 'healthy']
    ])
  })

  it('an account-wide failure: one account problem, and the models it hit left unjudged', () => {
    const subjects = subjectsOf([
      tracked(account('a')),
      tracked(makeReport({ configuredModel: 'b' })),
      tracked(account('c'))
    ])
    expect(subjects.map(s => [s.key, s.observation])).toEqual([
      ['a', 'unknown'],
      ['b', 'healthy'],
      ['c', 'unknown'],
      [ACCOUNT_KEY, { kind: 'unavailable', category: 'insufficient-credits' }]
    ])
    expect(subjects[3]!.affected).toEqual(['a', 'c'])
  })

  it('a shutdown inside the window is a problem of an answering model; unavailability wins', () => {
    const shutdown = { date: '2026-12-01', replacedBy: 'anthropic/claude-sonnet-5' }
    const [answering] = subjectsOf([tracked(makeReport(), shutdown)])
    expect(answering!.observation).toEqual({ kind: 'shutdown', date: '2026-12-01' })
    const [failing] = subjectsOf([tracked(makeFallbackReport(), shutdown)])
    expect(failing!.observation).toEqual(refused)
    const [none] = subjectsOf([tracked(makeReport(), null)])
    expect(none!.observation).toBe('healthy')
  })

  it('nothing for an empty table', () => {
    expect(subjectsOf([])).toEqual([])
  })
})
