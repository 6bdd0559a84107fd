/**
 * Keeps the dashboard issue: one open issue per `comment-key`, found by its marker and our
 * identity over all open issues (a person's issue that quotes the marker is never read nor
 * touched), created on the first watched run and edited on every later one, never commented on.
 * Race-safe through sticky.ts: runs that start together leave one. Loaded only when wanted.
 *
 * Two runs that edit at once both read the same history and the later edit wins: one check is
 * lost, never the history (the README says so).
 */
import { context } from '@actions/github'
import type { ModelCheck } from '../engine/check/check.js'
import type { Redactor } from '../engine/read/redact.js'
import type { GitHubBudget } from '../github/budget.js'
import { budgetedClient } from '../github/client.js'
import { describeGitHubFailure, httpStatusOf } from '../github/failure.js'
import { issueTracker } from '../github/issue-store.js'
import { upsertSticky } from '../github/sticky.js'
import { BODY_LIMIT } from '../github/issue-text.js'
import { dashboardBody, dashboardMarker, dashboardTitle } from './body.js'
import { recordChecks, type History, type Observed } from './history.js'
import { statsOf } from './stats.js'
import { readState } from './state.js'

export interface DashboardOptions {
  token: string
  /** Bounds each call to GitHub; five times it bounds the whole (budget.ts). */
  timeoutMs: number
  /** The step's one GitHub budget, shared with its other GitHub work; none: a fresh one. */
  budget?: GitHubBudget
  models: readonly ModelCheck[]
  /** Each model's tracking issue, when this run wrote one. */
  issueNumbers: Readonly<Record<string, number>>
  commentKey: string
  redact: Redactor
  say: (line: string) => void
}

export interface DashboardResult {
  number: number | null
  /** Each model's share of checks up over 7 days, as the dashboard now shows it. */
  uptime: Record<string, number>
  startedAnew: boolean
}

export async function keepDashboard(options: DashboardOptions): Promise<DashboardResult> {
  const { octokit, budget, identity } = await budgetedClient(options)
  const store = issueTracker(octokit, context.repo, budget.signal).store({ labelled: false })
  const observed = options.models.map(m => observedOf(m, options.issueNumbers))
  const now = Math.max(0, ...observed.map(o => o.check.at))
  const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`

  const result = await upsertSticky(store, {
    marker: dashboardMarker(options.commentKey),
    identity,
    decide: earlier => {
      const read = readState(earlier?.body ?? null)
      const history = recordChecks(read.kind === 'read' ? read.history : {}, observed, now)
      const startedAnew = read.kind === 'unreadable'
      // What people wrote above the marker is theirs: it stays, and the body makes room for it.
      const marker = dashboardMarker(options.commentKey)
      const notes = earlier ? earlier.body.slice(0, Math.max(0, earlier.body.indexOf(marker))) : ''
      const body = dashboardBody(history, {
        commentKey: options.commentKey,
        now,
        runUrl,
        startedAnew,
        room: BODY_LIMIT - notes.length
      })
      return {
        title: dashboardTitle(options.commentKey),
        body: notes + options.redact(body),
        history,
        startedAnew
      }
    }
  })
  const history: History = result.decision?.history ?? {}
  const uptime: Record<string, number> = {}
  for (const [model, h] of Object.entries(history)) {
    const week = statsOf(h.checks, now).uptimeWeek
    if (week !== null) uptime[model] = week
  }
  return { number: result.id, uptime, startedAnew: result.decision?.startedAnew ?? false }
}

/** One model's check as the history keeps it. */
function observedOf(model: ModelCheck, issues: Readonly<Record<string, number>>): Observed {
  const { report } = model
  return {
    model: report.configuredModel,
    check: {
      at: Math.floor(Date.parse(report.startedAt) / 1000),
      status: report.status,
      category: report.errorCategory,
      latencyMs: report.latencyMs,
      ttftMs: report.ttftMs
    },
    issue: issues[report.configuredModel] ?? null
  }
}

/** A refusal is a warning, never a failure; a 403 names the permission, a 410 what is off. */
export function dashboardFailure(error: unknown, timeoutMs: number): string {
  const said = describeGitHubFailure(error, {
    subject: 'The model dashboard could not be written',
    forbidden: 'The job needs `permissions: issues: write`.',
    timeoutMs
  })
  if (httpStatusOf(error) !== 410) return said
  return `${said} Issues are turned off for this repository: turn them on (Settings → General → Features), or set \`dashboard: never\`.`
}
