/**
 * The job summary: the verdict, one table with a row per configured model, then each failing
 * model's diagnosis and every attempt. Rendering is pure; `writeSummary` is the only part that
 * touches the runner.
 */
import type * as Core from '@actions/core'
import { stepAttempts, type Check } from '../engine/check/check.js'
import { totalCost } from '../engine/decide/report.js'
import { attemptsMarkdown, balanceLine, costLine } from '../render/attempts.js'
import { diagnosisMarkdown, needsDiagnosis } from '../render/diagnosis.js'
import { modelsMarkdown, prefixNotes, stepHeadline, VERDICT_ICON } from '../render/models-table.js'
import { escapeCodeBlock } from '../render/text.js'

/** GitHub refuses a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** `uptime`: each model's 7-day uptime, once the dashboard's history is known. */
export function renderSummary(check: Check, uptime?: Readonly<Record<string, number>>): string {
  const reports = check.models.map(m => m.report)
  const attempts = stepAttempts(check)
  const lines = [`## ${VERDICT_ICON[check.verdict]} AIML model probe: ${stepHeadline(check)}`, '']
  lines.push(modelsMarkdown(check, uptime), '')
  const took = Math.max(0, ...reports.map(r => r.durationMs))
  lines.push(
    `**Balance:** ${reports[0] ? balanceLine(reports[0]) : 'not asked'} · **Cost of this probe:** ${costLine(totalCost(attempts))} · **Took:** ${took.toLocaleString('en-US')} ms`,
    ''
  )
  for (const note of prefixNotes(check)) lines.push(`> ${note}`, '')
  for (const model of check.models.filter(needsDiagnosis)) {
    lines.push(diagnosisMarkdown(model, { level: 3, snippet: [] }))
  }
  if (attempts.length > 0) lines.push('### Attempts', '', attemptsMarkdown(attempts), '')
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

/** Cuts at a line boundary so that the result stays under `limit` bytes. */
function fitBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text) <= limit) return text
  const note = '\n\n_(cut to fit the size limit)_\n'
  let cut = text.slice(0, limit - note.length * 4)
  while (Buffer.byteLength(cut) + Buffer.byteLength(note) > limit) cut = cut.slice(0, -1024)
  return cut.slice(0, cut.lastIndexOf('\n')) + note
}

/**
 * `replace`: this step wrote its summary already and now writes it again with more in it (the
 * runner gives each step its own file, so replacing touches no other step's).
 */
export async function writeSummary(
  core: typeof Core,
  markdown: string,
  replace = false
): Promise<void> {
  await core.summary.addRaw(markdown, true).write({ overwrite: replace })
}
