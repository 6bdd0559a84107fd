/**
 * The dashboard issue's title and body: a row per model (now, uptime, checks, latency, the last
 * failure and its tracking issue), the latency charts, when it was last checked, and the hidden
 * history line. Pure; model IDs and categories are escaped (render/text.ts).
 */
import type { Category } from '../engine/categories.js'
import { code, formatMs } from '../render/text.js'
import { BODY_LIMIT } from '../github/issue-text.js'
import { latencyCharts } from './chart.js'
import { isUp, type CheckRecord, type History } from './history.js'
import { formatShare, statsOf } from './stats.js'
import { encodeState } from './state.js'

const TITLE = 'AIML model status'
const HEADERS = ['Model', 'Now', 'Uptime 24 h · 7 d', 'Checks', 'Latency p50 · p95', 'Last failure']

export function dashboardMarker(commentKey: string): string {
  return commentKey === ''
    ? '<!-- aiml-model-probe-dashboard -->'
    : `<!-- aiml-model-probe-dashboard:${commentKey} -->`
}

export function dashboardTitle(commentKey: string): string {
  return commentKey === '' ? TITLE : `${TITLE} [${commentKey}]`
}

export interface DashboardContext {
  commentKey: string
  /** Epoch seconds of this run's check. */
  now: number
  runUrl: string
  /** The earlier history could not be read: this body starts anew and says so, once. */
  startedAnew: boolean
}

/**
 * The body; should long model IDs push it past GitHub's limit, the oldest half of every model's
 * checks goes until it fits (the bound of 500 checks keeps it well inside for 20 models).
 */
export function dashboardBody(history: History, context: DashboardContext): string {
  let body = render(history, context)
  for (let cut = history; body.length >= BODY_LIMIT && hasChecks(cut);) {
    cut = Object.fromEntries(
      Object.entries(cut).map(([id, h]) => [
        id,
        { ...h, checks: h.checks.slice(h.checks.length >> 1) }
      ])
    )
    body = render(cut, context)
  }
  return body
}

function hasChecks(history: History): boolean {
  return Object.values(history).some(h => h.checks.length > 1)
}

function render(history: History, context: DashboardContext): string {
  const lines = [dashboardMarker(context.commentKey), `## ${TITLE}`, '']
  if (context.startedAnew) {
    lines.push(
      '> [!NOTE]',
      '> The history in this issue could not be read (it was edited, or written by another version of the action), so it starts anew with this check.',
      ''
    )
  }
  lines.push(
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map((_, i) => (i === 0 ? '---' : i === 1 || i === 5 ? ':--' : '--:')).join(' | ')} |`,
    ...Object.entries(history).map(([model, h]) => row(model, h, context.now)),
    ''
  )
  const { per, charts } = latencyCharts(history, context.now)
  if (charts.length > 0) {
    lines.push('### Latency, last 7 days', '', `_Median answer per ${per} (UTC), in seconds._`, '')
    for (const chart of charts) lines.push(chart, '')
  }
  lines.push(
    `**Last checked:** ${dateTime(context.now)} · [workflow run](${context.runUrl})`,
    '',
    '<sub>Edited in place by every watched run of the AIML model probe (an edit notifies nobody): pin it to keep it in sight. Uptime counts the checks in which the configured model answered, by its ID or an alias. The hidden line below is its history; editing it starts the history anew.</sub>',
    encodeState(history)
  )
  return lines.join('\n')
}

function row(model: string, h: History[string], now: number): string {
  const stats = statsOf(h.checks, now)
  const failure = h.lastFailure
  const cells = [
    code(model),
    nowCell(h.checks.at(-1)),
    `${formatShare(stats.uptimeDay)} · ${formatShare(stats.uptimeWeek)}`,
    String(stats.checks),
    stats.p50Ms === null ? '–' : `${formatMs(stats.p50Ms)} · ${formatMs(stats.p95Ms)}`,
    failure
      ? `${date(failure.at)} ${categoryCode(failure.category)}${failure.issue ? ` #${failure.issue}` : ''}`
      : '–'
  ]
  return `| ${cells.join(' | ')} |`
}

function nowCell(last: CheckRecord | undefined): string {
  if (!last) return '–'
  const alias = last.status === 'alias' ? ' (alias)' : ''
  if (isUp(last)) {
    return `✅ answers${alias}${last.category ? ` ${categoryCode(last.category)}` : ''}`
  }
  return `❌ ${last.category ? categoryCode(last.category) : 'down'}`
}

function categoryCode(category: Category): string {
  return code(category)
}

function date(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(0, 10)
}

function dateTime(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
