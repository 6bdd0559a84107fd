/**
 * One model's diagnosis in Markdown, for the job summary and the PR comment alike: what
 * happened, what it means, what to use now, what to do, and what the API said. The API's words
 * go here, escaped in a quote that wraps, and never in a table cell.
 */
import { categoryInfo } from '../engine/classify/categories.js'
import type { ModelCheck } from '../engine/check/check.js'
import type { Report } from '../engine/decide/report.js'
import { VERDICT_ICON } from './models-table.js'
import { code, escapeCodeBlock, escapeInline } from './text.js'

export interface DiagnosisOptions {
  /** `###` in the summary, `####` under the comment's own heading. */
  level: 3 | 4
  /** The change to paste, under the "Use now" line (the PR comment of one model); [] for none. */
  snippet: readonly string[]
  /** false: the comment's own heading names this model already. */
  heading?: boolean
  /** Headline, meaning, what to use and what to do only: for a comment that must stay short. */
  compact?: boolean
}

/** The distinct failures a model's attempts met, at most this many. */
const MAX_API_LINES = 6
const MAX_API_LINE = 600

/**
 * Whether a model gets a diagnosis: it is not available, the policy did not pass it, or AIML's
 * feeds have something to say of it (a shutdown date, whose outage it is).
 */
export function needsDiagnosis(model: ModelCheck): boolean {
  const { report, verdict, diagnosis } = model
  return !report.available || verdict !== 'pass' || Boolean(diagnosis.deprecation || diagnosis.live)
}

export function diagnosisMarkdown(model: ModelCheck, options: DiagnosisOptions): string {
  const { report, diagnosis, verdict } = model
  const info = categoryInfo(report.errorCategory ?? 'unknown')
  const lines =
    options.heading === false
      ? []
      : [
          `${'#'.repeat(options.level)} ${VERDICT_ICON[verdict]} ${diagnosis.headline.replace(/\.$/, '')}`,
          ''
        ]
  // AIML's deprecation feed and live metrics, with the dates, before anything else.
  for (const note of [diagnosis.deprecation, diagnosis.live]) if (note) lines.push(`> ${note}`, '')
  if (!report.available) {
    lines.push(
      `**${info.title}** (${code(report.errorCategory ?? 'unknown')}). ${diagnosis.explanation}`,
      ''
    )
  }
  if (diagnosis.evidence && !options.compact) lines.push(`<sub>${diagnosis.evidence}</sub>`, '')
  const to = diagnosis.switchTo
  if (to) {
    lines.push(`**${to.label}:** ${code(to.id)} — ${to.why}.`, '')
    if (options.snippet.length > 0) lines.push(...options.snippet, '')
  }
  if (diagnosis.steps.length > 0) {
    lines.push('**What to do**', '')
    diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`))
    lines.push('')
  }
  if (options.compact) return lines.join('\n')
  const said = apiSaid(report)
  if (said.length > 0) {
    // A quote, not a code block: a long message wraps instead of scrolling sideways.
    lines.push('**What the API said**', '', said.map(line => `> ${line}`).join('\n>\n'), '')
  }
  if (diagnosis.supportMessage) {
    lines.push('<details><summary>Message for AIML support</summary>', '')
    lines.push('```text', escapeCodeBlock(diagnosis.supportMessage), '```', '', '</details>', '')
  }
  return lines.join('\n')
}

/**
 * Each distinct failure, one line with who said it: `MODEL` (role, try N, HTTP S): message. The
 * message is API text: escaped, cut and stripped of anything like our marker. Only the
 * configured ID's own words, unless nothing answered: an alias's or a fallback's failure is
 * another story (it has its own row in the attempts), and quoting it here misleads.
 */
function apiSaid(report: Report): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  const everyone = report.status === 'unavailable'
  for (const attempt of report.attempts) {
    if (attempt.ok || attempt.message === '') continue
    if (!everyone && attempt.model !== report.configuredModel) continue
    const key = `${attempt.model}\u0000${attempt.message}`
    if (seen.has(key)) continue
    seen.add(key)
    const http = attempt.httpStatus === null ? 'no HTTP answer' : `HTTP ${attempt.httpStatus}`
    const who = `${code(attempt.model)} (${attempt.role}, try ${attempt.try}, ${http})`
    lines.push(`${who}: ${escapeInline(attempt.message, MAX_API_LINE)}`)
    if (lines.length === MAX_API_LINES) break
  }
  return lines
}
