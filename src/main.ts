/**
 * The action's front end: inputs → settings → probe → verdict, then the reports. `run()` is
 * the one place that fails the step; reporting never changes the verdict.
 */
import * as core from '@actions/core'
import { annotationsOf } from './engine/check/annotations.js'
import { runCheck, type ModelCheck } from './engine/check/check.js'
import { createRedactor, type Redactor } from './engine/read/redact.js'
import { defaultIO } from './engine/check/run.js'
import type { ProbeIO } from './engine/probe/probe.js'
import { commentKey } from './github/comment.js'
import { describeGitHubFailure } from './github/failure.js'
import { dashboardWanted } from './settings/dashboard-mode.js'
import { githubBudget } from './github/budget.js'
import { issuesWanted } from './github/issue.js'
import { issueFailure, issueFailureWarnings, leftOutWarning } from './github/issue-text.js'
import { outputsWithoutProbe, outputsOf } from './github/outputs.js'
import { renderRefusedInputs, renderSummary, writeSummary } from './github/summary.js'
import { INPUT_NAMES, parseSettings, SettingsError, type RawInputs } from './settings/settings.js'
import { renderTerminal } from './render/terminal.js'
import { stepLog, type StepLog } from './log/step-log.js'

export async function run(io: ProbeIO = defaultIO): Promise<void> {
  // Masked before anything else can print it.
  const key = core.getInput('api-key')
  if (key.trim() !== '') core.setSecret(key.trim())
  const redact = createRedactor(key)
  const log = stepLog(redact)
  try {
    let settings
    try {
      settings = parseSettings(readInputs())
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error
      const message = redact(error.message)
      setOutputs(outputsWithoutProbe(message), redact)
      await publishSummary(renderRefusedInputs(message), redact, log)
      log.fail(`${message}\nNothing was sent.`)
      return
    }

    const check = await runCheck(settings, io)
    const outcome = check.verdict

    setOutputs(outputsOf(check), redact)
    for (const model of check.models) {
      log.info(renderTerminal(model.report, model.verdict, model.diagnosis, { color: false }))
    }
    await publishSummary(renderSummary(check), redact, log)

    // The verdict is announced before the PR comment, so a slow GitHub cannot hide it: one
    // annotation per model.
    for (const annotation of annotationsOf(check)) {
      if (annotation.level === 'error') log.error(annotation.message)
      else log.warning(annotation.message)
    }
    if (outcome === 'fail') process.exitCode = core.ExitCode.Failure

    if (settings.commentOnPr !== 'never' && isPullRequestEvent(process.env.GITHUB_EVENT_NAME)) {
      try {
        const { commentOnPullRequest } = await import('./github/pull-request.js')
        const result = await commentOnPullRequest({
          mode: settings.commentOnPr,
          token: settings.githubToken,
          timeoutMs: settings.timeoutMs,
          check,
          key: commentKey(check.configured, settings.commentKey),
          redact,
          say: log.info
        })
        if (result.action !== 'skip') log.info(`PR comment ${result.commentId}: ${result.action}`)
      } catch (error) {
        log.warning(commentFailure(error, settings.timeoutMs))
      }
    }

    // The watch between deploys: a tracking issue per model. Like the comment, it never changes
    // the verdict; a refusal is a warning.
    let issueNumbers: Record<string, number> = {}
    // One bound for the issues and the dashboard together: five times `timeout-seconds`.
    const budget = githubBudget(settings.timeoutMs)
    if (issuesWanted(settings.issue, process.env.GITHUB_EVENT_NAME)) {
      try {
        const { trackIssues } = await import('./github/tracking.js')
        const issues = await trackIssues({
          token: settings.githubToken,
          timeoutMs: settings.timeoutMs,
          budget,
          models: check.models.map(model => ({ ...model, shutdown: shutdownSoon(model) })),
          commentKey: settings.commentKey,
          redact,
          say: log.info
        })
        issueNumbers = issues.numbers
        for (const line of issues.log) log.info(line)
        if (Object.keys(issues.numbers).length > 0)
          setOutputs(outputsOf(check, issues.numbers), redact)
        const warnings = issueFailureWarnings(issues.failures, settings.timeoutMs)
        if (issues.leftOut) warnings.push(leftOutWarning(issues.leftOut))
        for (const warning of new Set(warnings)) log.warning(warning)
      } catch (error) {
        log.warning(issueFailure(error, settings.timeoutMs))
      }
    }

    // The dashboard: one issue with every model's week. Like the issues, never the verdict.
    if (dashboardWanted(settings.dashboard, process.env.GITHUB_EVENT_NAME)) {
      const { updateDashboard } = await import('./dashboard/run.js')
      const uptime = await updateDashboard(settings, check, issueNumbers, redact, log, budget)
      if (uptime) await publishSummary(renderSummary(check, uptime), redact, log, true)
    }
  } catch (error) {
    const message = redact(`AIML model probe failed unexpectedly: ${messageOf(error)}`)
    setOutputs(outputsWithoutProbe(message), redact)
    log.fail(message)
  }
}

function setOutputs(outputs: Record<string, string>, redact: Redactor): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value))
}

/** The summary is always attempted; one that cannot be written is a warning, nothing more. */
async function publishSummary(
  markdown: string,
  redact: Redactor,
  log: StepLog,
  replace = false
): Promise<void> {
  try {
    await writeSummary(core, redact(markdown), replace)
  } catch (error) {
    log.warning(`The job summary could not be written: ${messageOf(error)}`)
  }
}

/** Every input, read once, as the runner passes it. */
function readInputs(): RawInputs {
  return Object.fromEntries(INPUT_NAMES.map(name => [name, core.getInput(name)]))
}

/** A shutdown inside `fail-before-shutdown-days` opens the model's issue, as an outage does. */
function shutdownSoon({
  report,
  reason
}: ModelCheck): { date: string; replacedBy?: string } | null {
  const date = report.deprecation?.shutdownAt
  if (reason !== 'shutdown-soon' || !date) return null
  const replacedBy = report.deprecation?.replacedBy
  return replacedBy ? { date, replacedBy } : { date }
}

function isPullRequestEvent(name: string | undefined): boolean {
  return name === 'pull_request' || name === 'pull_request_target'
}

/**
 * A failed comment never changes the verdict. The warning says what really happened (GitHub's
 * status and words, or the network error); only a 403 is about the permission.
 */
function commentFailure(error: unknown, timeoutMs: number): string {
  return describeGitHubFailure(error, {
    subject: 'The PR comment could not be posted',
    forbidden:
      'The job needs `permissions: pull-requests: write`; pull requests from forks get a ' +
      'read-only token, so the comment is skipped there.',
    timeoutMs
  })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
