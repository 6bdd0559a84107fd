/**
 * The attempts table and the money lines, shared by the job summary, the PR comment and the
 * terminal report so the three never disagree.
 */
import type { Attempt } from '../engine/probe/probe.js'
import type { Cost, Report } from '../engine/decide/report.js'
import { balanceWords } from '../engine/words/balance-words.js'
import { CREDITS_PER_USD, formatBalance, formatCredits, formatUsd } from '../engine/words/money.js'
import { code, escapeInline, formatMs } from './text.js'

export const ATTEMPT_HEADERS = [
  'Model',
  'Role',
  'Try',
  'Result',
  'Category',
  'HTTP',
  'Latency',
  'Tokens',
  'Cost',
  'Message'
] as const

/** One row of plain cells (not yet escaped for any medium). */
export function attemptCells(attempt: Attempt): string[] {
  return [
    attempt.model,
    attempt.role,
    // A capability probe is one request: its capability says more than a try number.
    attempt.capability ?? String(attempt.try),
    attempt.ok ? 'answered' : 'failed',
    attempt.category ?? '',
    attempt.httpStatus === null ? '–' : String(attempt.httpStatus),
    formatMs(attempt.latencyMs),
    attempt.usage ? String(attempt.usage.totalTokens) : '–',
    attempt.usd === null && attempt.credits === null ? '–' : money(attempt.usd, attempt.credits),
    attempt.message
  ]
}

/**
 * The columns of the attempts table in the job summary and the PR comment: 7 short ones, so that
 * at a PR comment's width (about 780 px) the table never scrolls sideways. A failure's result is
 * its category. The API's words go in the diagnosis, never in a cell.
 */
const MARKDOWN_ATTEMPT_HEADERS = [
  'Model',
  'Role',
  'Try',
  'Result',
  'HTTP',
  'Latency',
  'Cost'
] as const satisfies readonly (typeof ATTEMPT_HEADERS)[number][]

/** A GitHub-flavoured Markdown table of every attempt, each cell escaped. */
export function attemptsMarkdown(attempts: readonly Attempt[]): string {
  const columns = MARKDOWN_ATTEMPT_HEADERS.map(name => ATTEMPT_HEADERS.indexOf(name))
  const rows = attempts.map(attempt => {
    const cells = attemptCells(attempt)
    // Dollars only in the cell: with the credits beside them the table scrolls sideways at a
    // narrow comment width (780 px); the step's cost line carries both.
    cells[ATTEMPT_HEADERS.indexOf('Cost')] = dollars(attempt.usd, attempt.credits)
    if (!attempt.ok) cells[ATTEMPT_HEADERS.indexOf('Result')] = attempt.category ?? 'failed'
    const shown = columns.map(i => cells[i] ?? '')
    const [model = '', ...rest] = shown
    return `| ${[code(model), ...rest.map(c => escapeInline(c, 40))].join(' | ')} |`
  })
  return [markdownHeader(MARKDOWN_ATTEMPT_HEADERS), ...rows].join('\n')
}

/** A table's header and rule. */
export function markdownHeader(headers: readonly string[]): string {
  return `| ${headers.join(' | ')} |\n|${headers.map(() => ' --- ').join('|')}|`
}

/** Dollars and AIML credits side by side; credits derived from dollars when not sent. */
function money(usd: number | null, credits: number | null): string {
  const dollars = usd ?? (credits === null ? null : credits / CREDITS_PER_USD)
  const creditCount = credits ?? (usd === null ? null : usd * CREDITS_PER_USD)
  if (dollars === null || creditCount === null) return '–'
  return `${formatUsd(dollars)} (${formatCredits(creditCount)})`
}

function dollars(usd: number | null, credits: number | null): string {
  const value = usd ?? (credits === null ? null : credits / CREDITS_PER_USD)
  return value === null ? '–' : formatUsd(value)
}

export function costLine(cost: Cost): string {
  return `${cost.tokens.toLocaleString('en-US')} tokens, ${money(cost.usd, cost.credits)}`
}

export function balanceLine(report: Report): string {
  if (report.balance) return formatBalance(report.balance.amount, report.balance.currency)
  return balanceWords(report.balanceCheck)
}
