/**
 * The tracking issue's words: title, body, the comments that say what changed, and the warning
 * when GitHub refuses. Pure: data in, Markdown out. API text goes through the same escapes as
 * the PR comment's.
 */
import { categoryInfo, isCategory } from '../engine/classify/categories.js'
import { code, cut, escapeCodeBlock, escapeInline, flatten } from '../render/text.js'
import { WHOLE_BOUND_FACTOR, type GitHubBudget } from './budget.js'
import { describeGitHubFailure, httpStatusOf, readGitHubFailure } from './failure.js'
import { ACCOUNT_KEY, issueMarker, stateLine, type IssueState, type Subject } from './issue.js'

/** GitHub refuses issue bodies of 65,536 characters or more. */
export const BODY_LIMIT = 65_536
/** GitHub's bound on a title. */
const TITLE_LIMIT = 256

export interface IssueContext {
  runUrl: string
  /** ISO time of this check. */
  now: string
  /** The step's `comment-key`, '' for none: in the marker and the title. */
  commentKey?: string
}

/** "provider-access" → "Provider refuses AIML (`provider-access`)"; a shutdown says its date. */
function problemWords(problem: string): string {
  if (problem.startsWith('shutdown:')) return `shutdown announced for ${problem.slice(9)}`
  const title = isCategory(problem) ? categoryInfo(problem).title : 'Not available'
  return `${title} (${code(problem)})`
}

export function issueTitle(subject: Subject, state: IssueState, commentKey = ''): string {
  const problem = state.problem
  const title =
    subject.key === ACCOUNT_KEY
      ? `AIML account refused: ${problem}`
      : problem.startsWith('shutdown:')
        ? `${subject.key} shuts down on ${problem.slice(9)}`
        : `${subject.key} is not available: ${problem}`
  const keyed = commentKey === '' ? title : `${title} [${commentKey}]`
  return cut(flatten(keyed), TITLE_LIMIT)
}

/**
 * The marker opens the body (sticky.ts finds it there), the state rides on the next line, and
 * the "last checked" line closes it: a run that finds the same problem edits only that line.
 */
/** The body; `limit` is what it may take (GitHub's limit less what people wrote above it). */
export function issueBody(
  subject: Subject,
  state: IssueState,
  context: IssueContext,
  limit = BODY_LIMIT
): string {
  const { report, diagnosis } = subject.model
  const lines = [issueMarker(subject.key, context.commentKey), stateLine(state)]
  if (subject.key === ACCOUNT_KEY) {
    lines.push(`### ❌ The AIML account is refused: ${problemWords(state.problem)}`, '')
    lines.push(
      `Every model bills and authenticates through the same account, so this is one alarm for all of them. Models it hit in this check: ${subject.affected.map(m => code(m)).join(', ')}.`,
      ''
    )
  } else if (state.problem.startsWith('shutdown:')) {
    const replacement = subject.model.shutdown?.replacedBy ?? ''
    lines.push(
      `### ⚠️ ${code(subject.key)} shuts down on ${state.problem.slice(9)}`,
      '',
      `AIML has announced the shutdown of this model, and it falls within \`fail-before-shutdown-days\`. Move the application to another model before that date${replacement ? `; AIML names ${code(replacement)} as its replacement` : ''}.`,
      ''
    )
  } else {
    lines.push(`### ❌ ${code(subject.key)} is not available`, '')
  }
  if (!report.available) {
    lines.push(
      `**${problemWords(report.errorCategory ?? 'unknown')}**: ${escapeInline(report.errorMessage, 500)}`,
      '',
      diagnosis.explanation,
      ''
    )
    if (diagnosis.evidence) lines.push(`<sub>${diagnosis.evidence}</sub>`, '')
    const to = diagnosis.switchTo
    if (to) lines.push(`**${to.label}:** ${code(to.id)} — ${to.why}.`, '')
    if (diagnosis.steps.length > 0) {
      lines.push('**What to do**', '')
      diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`))
      lines.push('')
    }
    if (diagnosis.supportMessage) {
      lines.push('<details><summary>Message for AIML support</summary>', '')
      lines.push('```text', escapeCodeBlock(diagnosis.supportMessage), '```', '', '</details>', '')
    }
  }
  const closes = isShutdown(state.problem)
    ? 'when the shutdown is no longer inside `fail-before-shutdown-days`'
    : 'when the model answers again'
  lines.push(
    `<sub>This issue is opened, updated and closed by the AIML model probe. It closes itself ${closes}; a model taken out of the table leaves it open: close it by hand.</sub>`,
    ''
  )
  const last = lastCheckedLine(state, context)
  const body = lines.join('\n')
  // The diagnosis is what gives way; the last-checked line always closes the body.
  const room = Math.max(0, limit - last.length - 100)
  return `${body.length > room ? `${body.slice(0, room)}\n\n_(cut to fit)_\n` : body}\n${last}`
}

export function lastCheckedLine(state: IssueState, context: IssueContext): string {
  const checks = state.checks === 1 ? '1 check' : `${state.checks} checks`
  const since = isShutdown(state.problem) ? 'watched since' : 'failing since'
  return `**Last checked:** ${clock(context.now)} ([workflow run](${context.runUrl})) · ${since} ${clock(state.since)} · ${checks}`
}

/** A problem that is a shutdown date (issue.ts's `shutdown:DATE`), not a failure. */
function isShutdown(problem: string): boolean {
  return problem.startsWith('shutdown:')
}

/** The one comment when the problem changes. */
export function changeComment(from: string, state: IssueState, context: IssueContext): string {
  return `The problem changed at ${clock(context.now)}: now ${problemWords(state.problem)}, was ${problemWords(from)}. The description above shows the new diagnosis. ([workflow run](${context.runUrl}))`
}

/** The one comment when the subject answers again, just before the issue is closed. */
export function recoveryComment(
  subject: Subject,
  earlier: IssueState,
  durationMs: number,
  context: IssueContext
): string {
  const who = subject.key === ACCOUNT_KEY ? 'The AIML account' : code(subject.key)
  const verb = earlier.problem.startsWith('shutdown:')
    ? 'is no longer within the shutdown window'
    : 'answered again'
  const checks = earlier.checks === 1 ? '1 check' : `${earlier.checks} checks`
  return `✅ ${who} ${verb} at ${clock(context.now)}, after ${formatDuration(durationMs)}, ${checks}. Closing. ([workflow run](${context.runUrl}))`
}

/** The body once closed: the alarm, marked resolved; the state is no longer needed. */
export function resolvedBody(body: string, context: IssueContext): string {
  return `${body}\n\n**Resolved** at ${clock(context.now)}.`
}

/** Said on a duplicate that a run at the same time opened, before it is closed. */
export function duplicateComment(survivor: number): string {
  return `Duplicate of #${survivor}: another run opened the same alarm at the same time.`
}

/** "5 h 12 min"; under a minute, "less than a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return 'less than a minute'
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const parts =
    days > 0
      ? [`${days} d`, hours > 0 ? `${hours} h` : '']
      : [hours > 0 ? `${hours} h` : '', rest > 0 ? `${rest} min` : '']
  return parts.filter(Boolean).join(' ')
}

/** `2026-11-26 02:00 UTC`. */
function clock(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? 'an unknown time'
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/**
 * A refused issue is a warning, never a failure: what GitHub said, and the fix. Only a 403 is
 * about the permission; a 410 means issues are turned off for the repository.
 */
export function issueFailure(
  error: unknown,
  timeoutMs: number,
  keys: readonly string[] = []
): string {
  // A 403 or 410 is the repository's, not one model's: every write meets it.
  const named = keys.length > 0 && !REFUSED_EVERYWHERE.includes(httpStatusOf(error) ?? 0)
  const subject = named
    ? `The tracking issue${keys.length > 1 ? 's' : ''} of ${subjectNames(keys, 'the account').join(', ')} could not be written`
    : 'The tracking issue could not be written'
  const said = describeGitHubFailure(error, {
    subject,
    forbidden: 'The job needs `permissions: issues: write`.',
    timeoutMs
  })
  if (httpStatusOf(error) !== 410) return said
  return `${said} Issues are turned off for this repository: turn them on (Settings → General → Features), or set \`issue: never\`.`
}

/** Statuses every write of the step would meet alike. */
const REFUSED_EVERYWHERE = [403, 410]

/**
 * One warning per distinct cause, naming the models it left without their issue, so that a
 * reader knows which issue is missing (20 models failing alike are one warning, not 20).
 */
export function issueFailureWarnings(
  failures: readonly { key: string; error: unknown }[],
  timeoutMs: number
): string[] {
  const causes = new Map<string, { error: unknown; keys: string[] }>()
  for (const { key, error } of failures) {
    const cause = issueFailure(error, timeoutMs)
    const seen = causes.get(cause)
    if (seen) seen.keys.push(key)
    else causes.set(cause, { error, keys: [key] })
  }
  return [...causes.values()].map(({ error, keys }) => issueFailure(error, timeoutMs, keys))
}

/** Each subject as a reader knows it, at most ten and a count. */
function subjectNames(keys: readonly string[], account: string): string[] {
  const names = keys.map(k => (k === ACCOUNT_KEY ? account : code(k)))
  return names.length > 10 ? [...names.slice(0, 10), `and ${names.length - 10} more`] : names
}

/**
 * Why some issues were not written: GitHub's rate limit (its words), or the whole bound spent,
 * with what really took the time, since GitHub may have answered every call.
 */
export function leftOutWhy(budget: GitHubBudget, rateLimit: unknown): string {
  if (rateLimit !== null) {
    const failure = readGitHubFailure(rateLimit)
    const said =
      failure.kind === 'rate-limit' && failure.message !== '' ? `: ${failure.message}` : ''
    return `GitHub's rate limit stopped them${said}; asking again while limited makes it worse, so the next run writes them`
  }
  const { count, totalMs, slowestMs } = budget.answered
  const calls = count === 1 ? '1 call' : `${count} calls`
  const waited =
    budget.waitedMs > 0
      ? `, and ${seconds(budget.waitedMs)} went to waiting out its rate limit`
      : ''
  return `GitHub's part of this step is bounded by ${seconds(budget.wholeMs)} (${WHOLE_BOUND_FACTOR} × \`timeout-seconds\`), and it was spent: GitHub answered ${calls} taking ${seconds(totalMs)} in all (the slowest ${seconds(slowestMs)})${waited}`
}

/** The warning that names them. */
export function leftOutWarning(leftOut: { keys: string[]; why: string }): string {
  const shown = subjectNames(leftOut.keys, "the account's")
  return `Tracking issues were not written for ${shown.join(', ')}: ${leftOut.why}.`
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`
}
