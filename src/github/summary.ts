/**
 * The job summary: headline verdict, every attempt, the diagnosis and the recommendation.
 * Rendering is pure; `writeSummary` is the only part that touches the runner.
 */
import type * as Core from '@actions/core'
import { categoryInfo } from '../engine/categories.js'
import type { Diagnosis } from '../engine/diagnose.js'
import type { Report } from '../engine/report.js'
import type { Verdict } from '../engine/verdict.js'
import { attemptsMarkdown, balanceLine, costLine } from '../render/attempts.js'
import { code, escapeCodeBlock, escapeInline } from '../render/text.js'

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' }

export function renderSummary(report: Report, outcome: Verdict, diagnosis: Diagnosis): string {
  const lines: string[] = []
  lines.push(
    `## ${ICON[outcome]} AIML model probe: ${code(report.configuredModel)} — ${statusWords(report)}`
  )
  lines.push('')
  lines.push(diagnosis.headline)
  lines.push('')
  // AIML's deprecation feed and live metrics, with the dates, before anything else.
  for (const note of [diagnosis.deprecation, diagnosis.live]) if (note) lines.push(`> ${note}`, '')
  if (!report.available) {
    lines.push(
      `**${categoryInfo(report.errorCategory || 'unknown').title}** (${code(report.errorCategory || 'unknown')}): ${escapeInline(report.errorMessage, 500)}`
    )
    lines.push('')
    lines.push(diagnosis.explanation)
    lines.push('')
    if (diagnosis.evidence) lines.push(`<sub>${diagnosis.evidence}</sub>`, '')
  }
  if (report.model && report.model !== report.configuredModel) {
    lines.push(`**Use now:** ${code(report.model)}`)
    lines.push('')
  }
  if (diagnosis.steps.length > 0) {
    lines.push('### What to do')
    lines.push('')
    diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`))
    lines.push('')
  }
  lines.push('### Attempts')
  lines.push('')
  lines.push(attemptsMarkdown(report.attempts))
  lines.push('')
  lines.push(
    `**Balance:** ${balanceLine(report)} · **Cost of this probe:** ${costLine(report.cost)} · **Took:** ${report.durationMs.toLocaleString('en-US')} ms`
  )
  lines.push('')
  if (diagnosis.supportMessage) {
    lines.push('<details><summary>Message for AIML support</summary>')
    lines.push('')
    lines.push('```text')
    lines.push(escapeCodeBlock(diagnosis.supportMessage))
    lines.push('```')
    lines.push('')
    lines.push('</details>')
    lines.push('')
  }
  return fitBytes(lines.join('\n'), SUMMARY_LIMIT_BYTES)
}

/** When the inputs are refused nothing was probed; the summary says which input and why. */
export function renderRefusedInputs(message: string): string {
  return [
    '## ❌ AIML model probe: inputs refused',
    '',
    // A code block: the message quotes what the user typed, which is shown as typed.
    '```text',
    escapeCodeBlock(message),
    '```',
    '',
    'Nothing was sent.',
    ''
  ].join('\n')
}

export function statusWords(report: Report): string {
  switch (report.status) {
    case 'available':
      return 'available'
    case 'alias':
      return `answers as ${code(report.resolvedModel)} only`
    case 'fallback':
      return `not available, use ${code(report.fallbackModel)}`
    case 'unavailable':
      return 'not available'
  }
}

/** Cuts at a line boundary so that the result stays under `limit` bytes. */
export function fitBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  const note = '\n\n_(cut to fit the size limit)_\n'
  let cut = text.slice(0, limit - note.length * 4)
  while (Buffer.byteLength(cut) + Buffer.byteLength(note) > limit) cut = cut.slice(0, -1024)
  return cut.slice(0, cut.lastIndexOf('\n')) + note
}

export async function writeSummary(core: typeof Core, markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write()
}
