/**
 * One model's diagnosis in Markdown, for the job summary and the PR comment alike: what
 * happened, what it means, what to use now, what to do, and what the API said. The API's words
 * go here, escaped in a quote that wraps, and never in a table cell.
 */
import { categoryInfo } from '../engine/classify/categories.js'
import type { ModelCheck } from '../engine/check/check.js'
import type { Attempt } from '../engine/probe/probe.js'
import type { Report } from '../engine/decide/report.js'
import { VERDICT_ICON } from './models-table.js'
import { code, escapeCodeBlock, escapeInline } from './text.js'

export interface DiagnosisOptions {
  /** `###` in the summary, `####` under the comment's own heading. */
  level: 3 | 4
  /** The change to paste: the model constant, before and after (the PR comment). */
  snippet: boolean
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
  const lines = [
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
  const replacement = report.available ? (report.deprecation?.replacedBy ?? null) : null
  if (report.model && report.model !== report.configuredModel) {
    lines.push(`**Use now:** ${code(report.model)}`, '')
    if (options.snippet) lines.push(...snippet(report, report.model), '')
  } else if (replacement) {
    lines.push(`**Move to:** ${code(replacement)} before the shutdown`, '')
    if (options.snippet) lines.push(...snippet(report, replacement), '')
  }
  if (diagnosis.steps.length > 0) {
    lines.push('**What to do**', '')
    diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`))
    lines.push('')
  }
  if (options.compact) return lines.join('\n')
  const said = apiSaid(report.attempts)
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
 * message is API text: escaped, cut and stripped of anything like our marker.
 */
function apiSaid(attempts: readonly Attempt[]): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const attempt of attempts) {
    if (attempt.ok || attempt.message === '') continue
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

/** The environment variable an application of this kind would name. */
const VARIABLE: Record<Report['kind'], string> = {
  chat: 'AIML_MODEL',
  image: 'AIML_IMAGE_MODEL',
  embedding: 'AIML_EMBEDDING_MODEL'
}

/** The change a codebase would make: the model constant, before and after. */
function snippet(report: Report, to: string): string[] {
  const name = VARIABLE[report.kind]
  return ['```diff', `- ${name}=${report.configuredModel}`, `+ ${name}=${to}`, '```']
}
