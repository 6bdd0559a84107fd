/**
 * Opens, updates and closes this run's tracking issues: one per model, and one for the account.
 * Loaded only when issues are to be written, so other runs never pay for the GitHub client.
 */
import { context } from '@actions/github'
import type { Redactor } from '../engine/read/redact.js'
import { createLimiter } from '../engine/send/limit.js'
import type { GitHubBudget } from './budget.js'
import { httpStatusOf, readGitHubFailure } from './failure.js'
import { budgetedClient } from './client.js'
import {
  ACCOUNT_KEY,
  decideIssue,
  issueMarker,
  readIssueState,
  subjectsOf,
  type IssueAction,
  type IssueState,
  type Subject,
  type TrackedModel
} from './issue.js'
import { issueTracker, type IssueTracker, type IssueWrite } from './issue-store.js'
import {
  BODY_LIMIT,
  changeComment,
  issueBody,
  issueTitle,
  recoveryComment,
  leftOutWhy,
  resolvedBody,
  type IssueContext
} from './issue-text.js'
import { upsertSticky, type StickyItem } from './sticky.js'

export interface TrackingOptions {
  token: string
  /** Bounds each call to GitHub; five times it bounds the whole (budget.ts). */
  timeoutMs: number
  /** The step's one GitHub budget, shared with its other GitHub work; none: a fresh one. */
  budget?: GitHubBudget
  models: readonly TrackedModel[]
  /** The step's `comment-key` ('' for none): it keys the issues, so two monitors never share one. */
  commentKey: string
  redact: Redactor
  /** Where octokit's own words go: the step's log. */
  say: (line: string) => void
}

export interface TrackingResult {
  /** Each model's open (or just closed) issue; a model the account's failure hit has the account's. */
  numbers: Record<string, number>
  /** One line per issue written, for the log. */
  log: string[]
  /**
   * What went wrong, by subject: one model's failed write does not stop the others' (a 403 or
   * 410, which every write would meet, stops the rest).
   */
  failures: { key: string; error: unknown }[]
  /** The subjects left without their issue, and why in words; none: `null`. */
  leftOut: { keys: string[]; why: string } | null
}

/** Issues of different models written at once; GitHub asks integrations not to write much more. */
const MAX_PARALLEL = 4

export async function trackIssues(options: TrackingOptions): Promise<TrackingResult> {
  const { octokit, budget, identity } = await budgetedClient(options)
  const tracker = issueTracker(octokit, context.repo, budget.signal)
  const issueContext: IssueContext = {
    runUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
    now: options.models[0]?.report.startedAt ?? new Date().toISOString(),
    commentKey: options.commentKey
  }

  const numbers: Record<string, number> = {}
  const log: string[] = []
  const failures: TrackingResult['failures'] = []
  const notWritten: string[] = []
  let stop: 'refused' | 'rate-limit' | null = null
  let rateLimit: unknown = null
  const limit = createLimiter(MAX_PARALLEL)
  await Promise.all(
    subjectsOf(options.models).map(subject =>
      limit(async () => {
        if (stop !== null || budget.signal.aborted) return void notWritten.push(subject.key)
        try {
          await trackOne(subject)
        } catch (error) {
          if (budget.signal.aborted) return void notWritten.push(subject.key)
          const kind = readGitHubFailure(error).kind
          if (kind === 'rate-limit') {
            // Asking again while limited makes it worse; the next run tries again.
            stop ??= 'rate-limit'
            rateLimit = error
            return void notWritten.push(subject.key)
          }
          failures.push({ key: subject.key, error })
          if (refusesEveryWrite(error)) stop = 'refused'
        }
      })
    )
  )
  async function trackOne(subject: Subject): Promise<void> {
    const marker = issueMarker(subject.key, options.commentKey)
    const result = await upsertSticky(tracker.store(), {
      marker,
      identity,
      decide: earlier => {
        const action = decideIssue(subject.observation, stateOf(earlier), issueContext.now)
        const write = writeFor(subject, action, earlier, issueContext, marker)
        return write && { ...write, body: options.redact(write.body), action }
      }
    })
    if (result.id === null) return
    numbers[subject.key] = result.id
    const action = result.decision?.action
    if (action) {
      await followUp(tracker, result.id, subject, action, issueContext, options.redact)
      log.push(`Tracking issue #${result.id} (${subject.key}): ${action.kind}`)
    }
  }
  const account = numbers[ACCOUNT_KEY]
  if (account !== undefined) {
    for (const { report } of options.models) {
      if (report.fallbacksSkipped === 'account-wide') numbers[report.configuredModel] ??= account
    }
  }
  // A refusal every write meets is said by its own warning; the rest are named here.
  const leftOut =
    notWritten.length === 0 || stop === 'refused'
      ? null
      : { keys: notWritten, why: leftOutWhy(budget, rateLimit) }
  return { numbers, log, failures, leftOut }
}

/** A missing permission or issues turned off: every other write would be refused the same. */
function refusesEveryWrite(error: unknown): boolean {
  const status = httpStatusOf(error)
  return status === 403 || status === 410
}

/** An issue of ours whose state cannot be read counts as failing since it was opened. */
function stateOf(earlier: StickyItem | null): IssueState | null {
  if (earlier === null) return null
  return readIssueState(earlier.body) ?? { problem: '', since: earlier.createdAt, checks: 0 }
}

function writeFor(
  subject: Subject,
  action: IssueAction,
  earlier: StickyItem | null,
  issueContext: IssueContext,
  marker: string
): IssueWrite | null {
  // What people wrote above the marker is theirs: it stays, and the body makes room for it.
  const notes = earlier ? earlier.body.slice(0, Math.max(0, earlier.body.indexOf(marker))) : ''
  switch (action.kind) {
    case 'none':
      return null
    case 'open':
    case 'touch':
    case 'change':
      return {
        title: issueTitle(subject, action.state, issueContext.commentKey),
        body: notes + issueBody(subject, action.state, issueContext, BODY_LIMIT - notes.length)
      }
    case 'recover':
      // The title stays as it was (it says what the outage was); only the body is marked.
      return { body: resolvedBody(earlier?.body ?? '', issueContext), close: true }
  }
}

/** The one comment a change or a recovery is worth; opening and touching need none. */
async function followUp(
  tracker: IssueTracker,
  number: number,
  subject: Subject,
  action: IssueAction,
  issueContext: IssueContext,
  redact: Redactor
): Promise<void> {
  if (action.kind === 'change') {
    await tracker.comment(number, redact(changeComment(action.from, action.state, issueContext)))
  } else if (action.kind === 'recover') {
    await tracker.comment(
      number,
      redact(recoveryComment(subject, action.earlier, action.durationMs, issueContext))
    )
  }
}
