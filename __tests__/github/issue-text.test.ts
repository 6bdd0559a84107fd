import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/engine/words/diagnose.js'
import type { Report } from '../../src/engine/decide/report.js'
import {
  ACCOUNT_KEY,
  readIssueState,
  subjectsOf,
  type IssueState,
  type Subject,
  type TrackedModel
} from '../../src/github/issue.js'
import {
  changeComment,
  duplicateComment,
  formatDuration,
  issueBody,
  issueFailure,
  issueFailureWarnings,
  issueTitle,
  lastCheckedLine,
  recoveryComment,
  resolvedBody
} from '../../src/github/issue-text.js'
import { httpError } from '../../__fixtures__/sticky-github.js'
import { makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

const CONTEXT = {
  runUrl: 'https://github.com/acme/shop/actions/runs/9',
  now: '2026-11-26T07:12:30.000Z'
}
const MODEL = 'anthropic/claude-sonnet-4.5'
const state = (problem: string, checks = 1): IssueState => ({
  problem,
  since: '2026-11-26T02:00:00.000Z',
  checks
})

const tracked = (report: Report, shutdown?: TrackedModel['shutdown']): TrackedModel => ({
  report,
  diagnosis: diagnose(report, 'sk-aiml-'),
  shutdown
})
const subjectFor = (report: Report, shutdown?: TrackedModel['shutdown']): Subject =>
  subjectsOf([tracked(report, shutdown)])[0]!

describe('issueTitle', () => {
  it('names the model and the category, the shutdown date, or the account', () => {
    const model = subjectFor(makeFallbackReport())
    expect(issueTitle(model, state('provider-access'))).toBe(
      `${MODEL} is not available: provider-access`
    )
    expect(issueTitle(model, state('shutdown:2026-12-01'))).toBe(
      `${MODEL} shuts down on 2026-12-01`
    )
    const account = { ...model, key: ACCOUNT_KEY }
    expect(issueTitle(account, state('auth'))).toBe('AIML account refused: auth')
  })
})

describe('issueBody', () => {
  const subject = subjectFor(
    makeFallbackReport({ errorMessage: 'refused <script>alert(1)</script> @org/team <!-- x -->' })
  )
  const body = issueBody(subject, state('provider-access', 7), CONTEXT)

  it('opens with the marker and the state, and closes with the last-checked line', () => {
    const lines = body.split('\n')
    expect(lines[0]).toBe(`<!-- aiml-model-probe-issue:${MODEL} -->`)
    expect(readIssueState(body)).toEqual(state('provider-access', 7))
    expect(lines.at(-1)).toBe(
      '**Last checked:** 2026-11-26 07:12 UTC ([workflow run](https://github.com/acme/shop/actions/runs/9)) · failing since 2026-11-26 02:00 UTC · 7 checks'
    )
  })

  it('carries the diagnosis, the recommendation and the support message', () => {
    expect(body).toContain(`### ❌ \`${MODEL}\` is not available`)
    expect(body).toContain('**Provider refuses AIML (`provider-access`)**')
    expect(body).toContain('**Use now:** `gpt-4o`')
    expect(body).toContain('**What to do**')
    expect(body).toContain('Message for AIML support')
    expect(body).toContain('close it by hand')
  })

  it('treats API text as data: escaped, no mention, no marker (a code block is literal)', () => {
    const prose = body.slice(0, body.indexOf('```text'))
    expect(prose).toContain('refused &lt;script&gt;')
    expect(prose).not.toContain('<script>')
    expect(prose).not.toContain('@org')
    expect(body.split('<!--')).toHaveLength(3)
  })

  it('stays under GitHub’s limit, the last-checked line kept', () => {
    const huge = { ...subject.model.diagnosis, explanation: 'x'.repeat(70_000) }
    const long = issueBody(
      { ...subject, model: { ...subject.model, diagnosis: huge } },
      state('auth'),
      CONTEXT
    )
    expect(long.length).toBeLessThan(65_536)
    expect(long.split('\n').at(-1)).toMatch(/^\*\*Last checked:\*\*/)
    // Beside a person's 30,000-character note above the marker, it gives way to the note.
    const beside = issueBody(
      { ...subject, model: { ...subject.model, diagnosis: huge } },
      state('auth'),
      CONTEXT,
      65_536 - 30_000
    )
    expect(beside.length).toBeLessThan(65_536 - 30_000)
    expect(beside.split('\n').at(-1)).toMatch(/^\*\*Last checked:\*\*/)
  })

  it('for a shutdown: the date, the window, and the replacement the feed names', () => {
    const shutdown = subjectFor(makeReport(), {
      date: '2026-12-01',
      replacedBy: 'anthropic/claude-sonnet-5'
    })
    const text = issueBody(shutdown, state('shutdown:2026-12-01'), CONTEXT)
    expect(text).toContain(`### ⚠️ \`${MODEL}\` shuts down on 2026-12-01`)
    expect(text).toContain('`fail-before-shutdown-days`')
    expect(text).toContain('AIML names `anthropic/claude-sonnet-5` as its replacement')
    expect(text).not.toContain('**Use now:**')
    // A model that answers is watched, not failing, and closes with the window, not an answer.
    expect(text).toContain('· watched since 2026-11-26 02:00 UTC')
    expect(text).not.toContain('failing since')
    expect(text).toContain('It closes itself when the shutdown is no longer inside')
  })

  it('for the account: one alarm naming every model it hit', () => {
    const hit = (id: string) =>
      tracked(
        makeReport({
          configuredModel: id,
          available: false,
          status: 'unavailable',
          model: '',
          errorCategory: 'auth',
          errorMessage: 'invalid key',
          fallbacksSkipped: 'account-wide'
        })
      )
    const account = subjectsOf([hit('a'), hit('image-b')]).at(-1)!
    const text = issueBody(account, state('auth'), CONTEXT)
    expect(text.split('\n')[0]).toBe('<!-- aiml-model-probe-issue:(account) -->')
    expect(text).toContain('### ❌ The AIML account is refused: Authentication failed (`auth`)')
    expect(text).toContain('Models it hit in this check: `a`, `image-b`.')
  })
})

describe('comments', () => {
  it('a change says what it is now and what it was', () => {
    expect(changeComment('provider-access', state('server-error', 4), CONTEXT)).toBe(
      'The problem changed at 2026-11-26 07:12 UTC: now Server error (`server-error`), was Provider refuses AIML (`provider-access`). The description above shows the new diagnosis. ([workflow run](https://github.com/acme/shop/actions/runs/9))'
    )
  })

  it('a recovery gives the outage’s length and its checks', () => {
    const subject = subjectFor(makeReport())
    const ms = (5 * 60 + 12) * 60_000
    expect(recoveryComment(subject, state('provider-access', 7), ms, CONTEXT)).toBe(
      `✅ \`${MODEL}\` answered again at 2026-11-26 07:12 UTC, after 5 h 12 min, 7 checks. Closing. ([workflow run](https://github.com/acme/shop/actions/runs/9))`
    )
    expect(recoveryComment(subject, state('shutdown:2026-12-01', 1), ms, CONTEXT)).toContain(
      'is no longer within the shutdown window at 2026-11-26 07:12 UTC, after 5 h 12 min, 1 check.'
    )
    expect(
      recoveryComment({ ...subject, key: ACCOUNT_KEY }, state('auth', 2), 60_000, CONTEXT)
    ).toContain('✅ The AIML account answered again')
  })

  it('a duplicate links the one kept; a resolved body keeps the alarm and says when', () => {
    expect(duplicateComment(12)).toBe(
      'Duplicate of #12: another run opened the same alarm at the same time.'
    )
    expect(resolvedBody('alarm', CONTEXT)).toBe('alarm\n\n**Resolved** at 2026-11-26 07:12 UTC.')
  })

  it('the last-checked line says one check in the singular', () => {
    expect(lastCheckedLine(state('auth', 1), CONTEXT)).toMatch(/ · 1 check$/)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, 'less than a minute'],
    [59_999, 'less than a minute'],
    [60_000, '1 min'],
    [3_600_000, '1 h'],
    [(5 * 60 + 12) * 60_000, '5 h 12 min'],
    [(2 * 24 * 60 + 4 * 60 + 30) * 60_000, '2 d 4 h'],
    [3 * 24 * 3_600_000, '3 d']
  ])('%d ms: %s', (ms, words) => {
    expect(formatDuration(ms)).toBe(words)
  })
})

describe('issueFailure', () => {
  it('names `issues: write` on a 403 only', () => {
    expect(issueFailure(httpError(403, 'Resource not accessible by integration'), 5000)).toBe(
      'The tracking issue could not be written (HTTP 403: Resource not accessible by integration). The job needs `permissions: issues: write`.'
    )
    expect(issueFailure(httpError(404, 'Not Found'), 5000)).toBe(
      'The tracking issue could not be written (HTTP 404: Not Found).'
    )
  })

  it('names the models each cause left without their issue, once a cause', () => {
    const timeout = Object.assign(new Error('aborted'), {
      cause: Object.assign(new Error('The operation timed out'), { name: 'TimeoutError' })
    })
    expect(
      issueFailureWarnings(
        [
          { key: 'gpt-4o', error: httpError(502, 'Bad Gateway') },
          { key: '(account)', error: timeout },
          { key: 'openai/o3', error: httpError(502, 'Bad Gateway') }
        ],
        2000
      )
    ).toEqual([
      'The tracking issues of `gpt-4o`, `openai/o3` could not be written (HTTP 502: Bad Gateway).',
      "The tracking issue of the account could not be written: GitHub did not answer within 2 s (the step's `timeout-seconds`)."
    ])
  })

  it('names no model for a 403 or 410, which every write meets', () => {
    expect(
      issueFailureWarnings([{ key: 'gpt-4o', error: httpError(403, 'Forbidden') }], 5000)
    ).toEqual([
      'The tracking issue could not be written (HTTP 403: Forbidden). The job needs `permissions: issues: write`.'
    ])
  })

  it('says issues are turned off on a 410', () => {
    const said = issueFailure(httpError(410, 'Issues are disabled for this repo'), 5000)
    expect(said).toContain('(HTTP 410: Issues are disabled for this repo).')
    expect(said).toContain('Issues are turned off for this repository')
    expect(said).not.toContain('issues: write')
  })
})
