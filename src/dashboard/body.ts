/**
 * The dashboard issue's title and body: when it was last checked, a row per model (its status
 * now, uptime, latency, the last failure and its tracking issue, checks), the latency charts,
 * and the hidden history line. Pure; model IDs and categories are escaped (render/text.ts).
 */
import { code, formatShare } from '../render/text.js'
import { BODY_LIMIT } from '../github/issue-text.js'
import { latencyCharts } from './chart.js'
import { isUp, type CheckRecord, type History } from './history.js'
import { statsOf } from './stats.js'
import { encodeState } from './state.js'

const TITLE = 'AIML model status'
/** Between a number and its unit, so a squeezed column breaks between words, not in `2.0 s`. */
const NBSP = '\u00a0'
/**
 * Short cells, read on a phone first: GitHub scrolls a table sideways once it is wider than
 * the column (about 360 px there), so the model with its status now and both uptimes come
 * first, every cell is a word or a number, and the count of checks, which only weighs the
 * shares, comes last.
 */
const COLUMNS = [
  ['Model', '---'],
  [`Uptime 24${NBSP}h`, '--:'],
  [`Uptime 7${NBSP}d`, '--:'],
  ['p50', '--:'],
  ['p95', '--:'],
  ['Last failure', ':--'],
  ['Checks', '--:']
] as const

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
  /** Characters the body may take: GitHub's limit less what people wrote above the marker. */
  room?: number
}

/**
 * The body; should long model IDs push it past GitHub's limit, the oldest half of every model's
 * checks goes until it fits (the bound of 500 checks keeps it well inside for 20 models).
 */
export function dashboardBody(history: History, context: DashboardContext): string {
  const room = context.room ?? BODY_LIMIT
  let body = render(history, context)
  for (let cut = history; body.length >= room && hasChecks(cut);) {
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
  // The issue's title names it; the first line a phone shows says how fresh it is.
  const lines = [
    dashboardMarker(context.commentKey),
    `**Last checked:** ${dateTime(context.now)} · [workflow run](${context.runUrl})`,
    ''
  ]
  if (context.startedAnew) {
    lines.push(
      '> [!NOTE]',
      '> The history in this issue could not be read (it was edited, or written by another version of the action), so it starts anew with this check.',
      ''
    )
  }
  lines.push(
    `| ${COLUMNS.map(([header]) => header).join(' | ')} |`,
    `| ${COLUMNS.map(([, align]) => align).join(' | ')} |`,
    ...Object.entries(history).map(([model, h]) => row(model, h, context.now)),
    ''
  )
  const { per, charts } = latencyCharts(history, context.now)
  if (charts.length > 0) {
    lines.push('### Latency, last 7 days', '', `_Median answer per ${per} (UTC), in seconds._`, '')
    for (const chart of charts) lines.push(chart, '')
  }
  lines.push(
    "<sub>Edited in place by every watched run of the AIML model probe (an edit notifies nobody): pin it to keep it in sight. Uptime counts the checks in which the configured model answered, by its ID or an alias; p50 and p95 are the median and the 95th percentile of its answers' latency over 7 days. The hidden line below is its history; editing it starts the history anew.</sub>",
    encodeState(history)
  )
  return lines.join('\n')
}

function row(model: string, h: History[string], now: number): string {
  const stats = statsOf(h.checks, now)
  const failure = h.lastFailure
  const cells = [
    modelCell(model, h.checks.at(-1)),
    formatShare(stats.uptimeDay),
    formatShare(stats.uptimeWeek),
    formatSeconds(stats.p50Ms),
    formatSeconds(stats.p95Ms),
    failure
      ? `${date(failure.at, now)} ${code(failure.category)}${failure.issue ? ` #${failure.issue}` : ''}`
      : '–',
    String(stats.checks)
  ]
  return `| ${cells.join(' | ')} |`
}

/**
 * The model with its status now in front: an icon, not a column of its own, so that a phone
 * shows both uptimes beside it. A failure's category is in the last failure, which is now; one
 * that answered with a category (`slow`) says it.
 */
function modelCell(model: string, last: CheckRecord | undefined): string {
  const id = code(model)
  if (!last) return id
  if (!isUp(last)) return `❌ ${id}`
  const alias = last.status === 'alias' ? ' (alias)' : ''
  return last.category ? `⚠️ ${id}${alias} ${code(last.category)}` : `✅ ${id}${alias}`
}

/** Two figures in seconds (`0.78 s`, `1.5 s`, `15 s`): one unit down the column. */
export function formatSeconds(ms: number | null): string {
  if (ms === null) return '–'
  const s = ms / 1000
  return `${s >= 100 ? Math.round(s) : s.toPrecision(2)}${NBSP}s`
}

/** `Dec 3` this year; a failure kept from another year has its year. */
function date(epochSeconds: number, now: number): string {
  const d = new Date(epochSeconds * 1000)
  const sameYear = d.getUTCFullYear() === new Date(now * 1000).getUTCFullYear()
  const day = d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return (sameYear ? day : `${day}, ${d.getUTCFullYear()}`).replace(' ', NBSP)
}

function dateTime(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
