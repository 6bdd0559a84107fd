/**
 * The pull-request comment: what it says and when it is due. Pure; finding it again (by its
 * hidden marker *and* its author) is sticky.ts's, the GitHub calls are comment-store.ts's.
 */
import type { Diagnosis } from '../engine/diagnose.js'
import type { Report } from '../engine/report.js'
import type { Verdict } from '../engine/verdict.js'
import type { CommentMode } from '../settings.js'
import { attemptsMarkdown, balanceLine } from '../render/attempts.js'
import { code, escapeCodeBlock, escapeInline } from '../render/text.js'
import { categoryInfo } from '../engine/categories.js'

/** GitHub refuses comment bodies of 65,536 characters or more. */
export const COMMENT_LIMIT = 65_536

export interface CommentContext {
  runUrl: string
  /** ISO time, for the resolved note. */
  now: string
}

export type CommentAction = 'upsert' | 'resolve' | 'skip'

/** What an earlier comment of ours said: an alarm, or that all is well (healthy or resolved). */
export type CommentState = 'problem' | 'ok'

export function commentState(body: string): CommentState {
  return /^### (❌|⚠️) AIML model probe:/m.test(body) ? 'problem' : 'ok'
}

export function marker(model: string): string {
  return `<!-- aiml-model-probe:${model} -->`
}

/**
 * What to do with the PR comment. `on-problem` posts while the model is unavailable and, once it
 * answers again, turns an earlier alarm into a resolved note rather than leaving it stale; a
 * comment that already says all is well is left alone. `always` also keeps a healthy note.
 */
export function decideCommentAction(
  mode: CommentMode,
  report: Report,
  earlier: CommentState | null
): CommentAction {
  if (mode === 'never') return 'skip'
  // A deprecation is a problem too: it is news before the outage.
  if (!report.available || report.deprecation) return 'upsert'
  if (earlier === 'problem') return 'resolve'
  return mode === 'always' && earlier === null ? 'upsert' : 'skip'
}

export function renderComment(
  report: Report,
  outcome: Verdict,
  diagnosis: Diagnosis,
  context: CommentContext
): string {
  const lines = [marker(report.configuredModel)]
  const notes = [diagnosis.deprecation, diagnosis.live].filter(Boolean).map(n => `> ${n}`)
  if (report.available && report.deprecation) {
    const icon = outcome === 'fail' ? '❌' : '⚠️'
    const to = report.deprecation.replacedBy
    lines.push(`### ${icon} AIML model probe: ${code(report.configuredModel)} is deprecated`, '')
    lines.push(diagnosis.headline, '', ...notes.flatMap(n => [n, '']))
    if (to) lines.push(...snippet(report.configuredModel, to), '')
  } else if (report.available) {
    lines.push(`### ✅ AIML model probe: ${code(report.configuredModel)} answers`, '')
    lines.push(diagnosis.headline, '', ...notes.flatMap(n => [n, '']))
  } else {
    const icon = outcome === 'fail' ? '❌' : '⚠️'
    const info = categoryInfo(report.errorCategory || 'unknown')
    lines.push(`### ${icon} AIML model probe: ${code(report.configuredModel)} is not available`, '')
    lines.push(
      `**${info.title}** (${code(report.errorCategory || 'unknown')}): ${escapeInline(report.errorMessage, 500)}`,
      ''
    )
    lines.push(diagnosis.explanation, '', ...notes.flatMap(n => [n, '']))
    if (diagnosis.evidence) lines.push(`<sub>${diagnosis.evidence}</sub>`, '')
    if (report.model) {
      lines.push(`**Use now:** ${code(report.model)}`, '')
      lines.push(...snippet(report.configuredModel, report.model), '')
    }
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
  lines.push('<details><summary>Attempts</summary>', '')
  lines.push(attemptsMarkdown(report.attempts), '')
  lines.push(`Balance: ${balanceLine(report)}`, '', '</details>', '')
  lines.push(footer(context))
  return fitComment(lines.join('\n'), report.configuredModel, context)
}

/** The earlier alarm, turned into a resolved note. */
export function renderResolved(
  report: Report,
  diagnosis: Diagnosis,
  context: CommentContext
): string {
  return [
    marker(report.configuredModel),
    `### ✅ Resolved: ${code(report.configuredModel)} answers again`,
    '',
    `${diagnosis.headline} Checked at ${context.now}.`,
    '',
    '<details><summary>Attempts</summary>',
    '',
    attemptsMarkdown(report.attempts),
    '',
    '</details>',
    '',
    footer(context)
  ].join('\n')
}

/** The change a codebase would make: the model constant, before and after. */
function snippet(from: string, to: string): string[] {
  return ['```diff', `- AIML_MODEL=${from}`, `+ AIML_MODEL=${to}`, '```']
}

function footer(context: CommentContext): string {
  return `<sub>[Workflow run](${context.runUrl}) · AIML model probe</sub>`
}

/** Under GitHub's limit whatever the API said: the attempts table is what gives way. */
function fitComment(body: string, model: string, context: CommentContext): string {
  if (body.length < COMMENT_LIMIT) return body
  const note = `\n\n_(cut to fit GitHub's comment size; the full report is in the [job summary](${context.runUrl}))_\n`
  const head = body.slice(0, COMMENT_LIMIT - note.length - 1000)
  const cut = head.slice(0, head.lastIndexOf('\n'))
  // The marker opens the body; make sure cutting never loses it.
  return (cut.startsWith(marker(model)) ? cut : `${marker(model)}\n${cut}`) + note
}
