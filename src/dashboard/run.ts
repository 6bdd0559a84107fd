/**
 * The dashboard's part of a step, as main.ts calls it: keep the issue, say what happened in the
 * log, and turn any failure into a warning. Returns each model's 7-day uptime for the summary,
 * or `null` when the dashboard could not be written.
 */
import type { Check } from '../engine/check/check.js'
import { githubBudget, type GitHubBudget } from '../github/budget.js'
import { leftOutWhy } from '../github/issue-text.js'
import type { Redactor } from '../engine/read/redact.js'
import type { Settings } from '../settings/settings.js'
import type { StepLog } from '../log/step-log.js'
import { dashboardFailure, keepDashboard } from './publish.js'

export async function updateDashboard(
  settings: Settings,
  check: Check,
  issueNumbers: Readonly<Record<string, number>>,
  redact: Redactor,
  log: StepLog,
  budget: GitHubBudget = githubBudget(settings.timeoutMs)
): Promise<Record<string, number> | null> {
  try {
    const result = await keepDashboard({
      token: settings.githubToken,
      timeoutMs: settings.timeoutMs,
      budget,
      models: check.models,
      issueNumbers,
      commentKey: settings.commentKey,
      redact,
      say: log.info
    })
    if (result.number === null) return null
    const anew = result.startedAnew ? ' (its history could not be read: it starts anew)' : ''
    log.info(`Model dashboard #${result.number}: updated${anew}`)
    return result.uptime
  } catch (error) {
    // Spent by the tracking issues before it, the bound is the reason, not a slow call.
    log.warning(
      budget.signal.aborted
        ? `The model dashboard could not be written: ${leftOutWhy(budget, null)}.`
        : dashboardFailure(error, settings.timeoutMs)
    )
    return null
  }
}
