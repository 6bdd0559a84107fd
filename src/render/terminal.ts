/**
 * The report for a terminal (and the action's log): a headline, the diagnosis and an aligned
 * table of attempts. Colour only when asked for: never in a pipe or under NO_COLOR.
 */
import type { Diagnosis } from '../engine/words/diagnose.js'
import type { Report } from '../engine/decide/report.js'
import type { Verdict } from '../engine/decide/verdict.js'
import { ATTEMPT_HEADERS, attemptCells, balanceLine, costLine } from './attempts.js'
import { cut, flatten, stripMarkers } from './text.js'

export interface TerminalOptions {
  color: boolean
}

const STYLE = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const

export function renderTerminal(
  report: Report,
  outcome: Verdict,
  diagnosis: Diagnosis,
  options: TerminalOptions
): string {
  const paint = (style: keyof typeof STYLE, text: string): string =>
    options.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text
  const mark = {
    pass: paint('green', 'PASS'),
    warn: paint('yellow', 'WARN'),
    fail: paint('red', 'FAIL')
  }[outcome]
  const lines = [`${mark} ${plain(diagnosis.headline)}`]
  for (const note of [diagnosis.deprecation, diagnosis.live]) {
    if (note) lines.push(wrap(plain(note), 2))
  }
  if (!report.available) {
    lines.push(`  category: ${report.errorCategory ?? 'unknown'}`)
    lines.push(`  message:  ${safe(report.errorMessage, 400)}`)
    lines.push('', wrap(plain(diagnosis.explanation), 2))
    if (diagnosis.evidence) lines.push(wrap(plain(diagnosis.evidence), 2))
  }
  const to = diagnosis.switchTo
  if (to) {
    lines.push('', wrap(`${paint('bold', `${to.label}:`)} ${to.id} — ${plain(to.why)}.`, 2))
  }
  diagnosis.steps.forEach((step, i) => lines.push(wrap(`${i + 1}. ${plain(step)}`, 2)))
  lines.push('', table(report), '')
  lines.push(
    `  balance: ${balanceLine(report)}   cost: ${costLine(report.cost)}   took: ${report.durationMs} ms`
  )
  if (diagnosis.supportMessage) {
    lines.push(
      '',
      paint('dim', '  Message for AIML support:'),
      ...safeBlock(diagnosis.supportMessage).map(l => `    ${l}`)
    )
  }
  return lines.join('\n')
}

function table(report: Report): string {
  const rows = report.attempts.map(a =>
    attemptCells(a).map((cell, i) => safe(cell, i === 9 ? 60 : 40))
  )
  const all = [[...ATTEMPT_HEADERS], ...rows]
  const widths = ATTEMPT_HEADERS.map((_, i) => Math.max(...all.map(r => (r[i] ?? '').length)))
  return all
    .map(r => `  ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd())
    .join('\n')
}

/** API text on a terminal: one line, cut, with no escape sequences that could move the cursor. */
function safe(text: string, max: number): string {
  return cut(flatten(stripMarkers(text)), max)
}

function safeBlock(text: string): string[] {
  return text.split('\n').map(line => cut(flatten(line), 300))
}

/** Our Markdown, for a terminal: inline code marks dropped. */
function plain(text: string): string {
  return text.replace(/`/g, '')
}

function wrap(text: string, indent: number): string {
  const width = 100 - indent
  const words = text.split(' ')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.map(l => `${' '.repeat(indent)}${l}`).join('\n')
}
