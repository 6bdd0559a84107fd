/**
 * The tracking issue: when one is due, and what it remembers. Pure; the words are
 * issue-text.ts's, the GitHub calls issue-store.ts's, finding our own issue again sticky.ts's.
 *
 * An issue is an alarm people subscribe to, so it speaks only when something changes: opened
 * when a model stops answering, one comment when the category changes, one comment and closed
 * when it answers again. A run that finds the same problem only edits the body's "last checked"
 * line, which notifies nobody. What the next run needs to know (the problem, since when, how
 * many checks) rides in a hidden line of the body, not in words a person may edit.
 */
import type { Category } from '../engine/classify/categories.js'
import type { Diagnosis } from '../engine/words/diagnose.js'
import type { Report } from '../engine/decide/report.js'
import type { IssueMode } from '../settings/issue-mode.js'

/** Events where `auto` watches: the runs nobody looks at as they happen. */
const WATCH_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch']

export const ISSUE_LABEL = 'aiml-model-probe'
/** The key of the account's own issue; parentheses cannot appear in a model ID. */
export const ACCOUNT_KEY = '(account)'

/**
 * With a `comment-key`, the key rides in the marker too: two monitors of one model (a prod key
 * that fails, a staging key that works) keep one issue each. Without one, the marker is the one
 * earlier versions wrote, so their open issues are adopted.
 */
export function issueMarker(key: string, commentKey = ''): string {
  return `<!-- aiml-model-probe-issue:${commentKey === '' ? '' : `${commentKey}:`}${key} -->`
}

const STATE_PREFIX = '<!-- aiml-model-probe-issue-state:'

/** Whether this run writes issues at all: `auto` only on scheduled and manual runs. */
export function issuesWanted(mode: IssueMode, eventName: string | undefined): boolean {
  if (mode === 'never') return false
  return mode === 'on-problem' || WATCH_EVENTS.includes(eventName ?? '')
}

export type Problem =
  | { kind: 'unavailable'; category: Category }
  /** Announced for shutdown within `fail-before-shutdown-days`; the date is `YYYY-MM-DD`. */
  | { kind: 'shutdown'; date: string }

/** What this run found for one issue's subject; `unknown`: nothing to say about it this time. */
export type Observation = Problem | 'healthy' | 'unknown'

/** What the body remembers between runs. */
export interface IssueState {
  /** `problemKey` of the problem the issue is about now. */
  problem: string
  /** ISO time of the first failing check. */
  since: string
  /** Failing checks so far, this one included. */
  checks: number
}

export function problemKey(problem: Problem): string {
  return problem.kind === 'unavailable' ? problem.category : `shutdown:${problem.date}`
}

export function stateLine(state: IssueState): string {
  // Keys and dates only; nothing in it can close the comment early.
  return `${STATE_PREFIX}${JSON.stringify(state).replace(/--/g, '')} -->`
}

/** The state an earlier body carries, or `null` when it carries none that can be read. */
export function readIssueState(body: string): IssueState | null {
  const line = body.split('\n').find(l => l.startsWith(STATE_PREFIX))
  if (!line?.endsWith(' -->')) return null
  try {
    const value: unknown = JSON.parse(line.slice(STATE_PREFIX.length, -' -->'.length))
    if (typeof value !== 'object' || value === null) return null
    const { problem, since, checks } = value as Record<string, unknown>
    if (typeof problem !== 'string' || typeof since !== 'string' || Number.isNaN(Date.parse(since)))
      return null
    const count = typeof checks === 'number' && Number.isSafeInteger(checks) && checks > 0
    return { problem, since, checks: count ? checks : 1 }
  } catch {
    return null
  }
}

export type IssueAction =
  | { kind: 'none' }
  /** No issue yet: open one. */
  | { kind: 'open'; state: IssueState }
  /** The same problem again: only the body is edited (no notification). */
  | { kind: 'touch'; state: IssueState }
  /** Another problem than before: the body is edited and one comment says what changed. */
  | { kind: 'change'; state: IssueState; from: string }
  /** Answers again: one comment with the outage's length and checks, then closed. */
  | { kind: 'recover'; earlier: IssueState; durationMs: number }

/**
 * @param earlier the open issue's state: `null` when there is no open issue of ours. An issue
 *   of ours whose state cannot be read is passed as failing since it was opened, with no checks.
 * @param now ISO time of this check
 */
export function decideIssue(
  observation: Observation,
  earlier: IssueState | null,
  now: string
): IssueAction {
  if (observation === 'unknown') return { kind: 'none' }
  if (observation === 'healthy') {
    if (earlier === null) return { kind: 'none' }
    return {
      kind: 'recover',
      earlier,
      durationMs: Math.max(0, Date.parse(now) - Date.parse(earlier.since))
    }
  }
  const problem = problemKey(observation)
  if (earlier === null) return { kind: 'open', state: { problem, since: now, checks: 1 } }
  const state = { problem, since: earlier.since, checks: earlier.checks + 1 }
  if (earlier.problem === problem) return { kind: 'touch', state }
  return { kind: 'change', state, from: earlier.problem }
}

/** One model of the table, as the issue step needs it. */
export interface TrackedModel {
  report: Report
  diagnosis: Diagnosis
  /**
   * A shutdown inside `fail-before-shutdown-days`, as the deprecation feed names it (`date`:
   * `YYYY-MM-DD`), with the replacement it names, if any.
   */
  shutdown?: { date: string; replacedBy?: string } | null
}

/** One issue's subject: a model, or the account every model shares. */
export interface Subject {
  key: string
  observation: Observation
  /** The model whose report the issue shows: itself, or the first the account failed. */
  model: TrackedModel
  /** For the account: every model the account-wide failure hit. */
  affected: string[]
}

/**
 * A subject per model, and one for the account. A failure that is the account's (the gateway
 * refuses the key, or its own envelope says the account is out of credits) says nothing about
 * the models it hit: their issues are left as they are, and the account's issue carries it.
 */
export function subjectsOf(models: readonly TrackedModel[]): Subject[] {
  const accountWide = models.filter(m => m.report.fallbacksSkipped === 'account-wide')
  const subjects: Subject[] = models.map(model => ({
    key: model.report.configuredModel,
    observation: accountWide.includes(model) ? 'unknown' : observe(model),
    model,
    affected: []
  }))
  const [first] = accountWide
  const anchor = first ?? models[0]
  if (anchor) {
    subjects.push({
      key: ACCOUNT_KEY,
      observation: first ? observe(first) : 'healthy',
      model: anchor,
      affected: accountWide.map(m => m.report.configuredModel)
    })
  }
  return subjects
}

function observe({ report, shutdown }: TrackedModel): Observation {
  if (!report.available) return { kind: 'unavailable', category: report.errorCategory ?? 'unknown' }
  if (shutdown) return { kind: 'shutdown', date: shutdown.date }
  return 'healthy'
}
