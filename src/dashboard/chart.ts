/**
 * The dashboard's latency chart: a Mermaid `xychart-beta` (GitHub draws Mermaid in issues) of
 * each model's median answer per day over the last 7 days (per 3 hours while the history is
 * younger than a day), at most 6 models a chart. The chart has no legend of its own, so its
 * colours are set to those of the square emoji that name the lines under it. Only numbers and
 * our own dates go inside; model IDs stay in Markdown.
 */
import { code } from '../render/text.js'
import { DAY_SECONDS, isUp, WINDOW_SECONDS, type History } from './history.js'
import { percentile } from './stats.js'

const MODELS_PER_CHART = 6
/** The x axis is a band of names, one per point, and Mermaid merges equal names into one band
 * (six-hourly `06h` labels once drew every day's points on the first day's): each label must
 * be unique, so a week is 8 days, a young history 8 steps of 3 hours (00h to 21h). */
const POINTS = 8
const YOUNG_STEP_SECONDS = 3 * 3600
/**
 * Sized for a phone: GitHub scales the chart down to the width of the column (about 360 px on
 * a phone), so a narrower chart with larger labels keeps them readable there; on a desktop it
 * is drawn at this size.
 */
const LAYOUT = {
  width: 460,
  height: 300,
  xAxis: { labelFontSize: 18 },
  yAxis: { labelFontSize: 18 }
}
/** The squares' colours as Twemoji draws them, which GitHub's emoji follow. */
const COLOURS = [
  ['🟦', '#55acee'],
  ['🟧', '#f4900c'],
  ['🟩', '#78b159'],
  ['🟥', '#dd2e44'],
  ['🟪', '#aa8ed6'],
  ['🟫', '#c1694f']
] as const

interface Line {
  model: string
  buckets: (number | null)[]
}

export interface LatencyCharts {
  /** What a point is: the median answer of a day, or of 3 hours. */
  per: 'day' | '3 hours'
  charts: string[]
}

/** One chart per 6 models that answered at least once in 7 days; none without an answer. */
export function latencyCharts(history: History, now: number): LatencyCharts {
  const step = stepFor(history, now)
  const lines = Object.entries(history)
    .map(([model, h]) => ({ model, buckets: bucketed(h.checks, now, step) }))
    .filter(line => line.buckets.some(v => v !== null))
  const charts: string[] = []
  for (let i = 0; i < lines.length; i += MODELS_PER_CHART) {
    charts.push(chart(lines.slice(i, i + MODELS_PER_CHART), now, step))
  }
  return { per: step === DAY_SECONDS ? 'day' : '3 hours', charts }
}

/** A day a point, unless every answer came in the last day: then 3 hours, so it is a line. */
function stepFor(history: History, now: number): number {
  const answers = Object.values(history).flatMap(h =>
    h.checks.filter(c => isUp(c) && c.latencyMs !== null && c.at > now - WINDOW_SECONDS)
  )
  const first = Math.min(now, ...answers.map(c => c.at))
  return first > now - (POINTS - 1) * YOUNG_STEP_SECONDS ? YOUNG_STEP_SECONDS : DAY_SECONDS
}

function chart(lines: Line[], now: number, step: number): string {
  // From the first step any of them answered in, so a young history is not a flat line.
  const first = Math.min(...lines.map(l => l.buckets.findIndex(v => v !== null)))
  const from = Math.min(first, POINTS - 2)
  const series = lines.map(l => filled(l.buckets.slice(from)))
  const topMs = niceCeiling(Math.max(1, ...series.flat()))
  const labels = Array.from({ length: POINTS - from }, (_, i) =>
    label(bucketStart(now, step, from + i), step, i === 0)
  )
  const palette = COLOURS.slice(0, lines.length).map(([, hex]) => hex)
  const init = {
    xyChart: LAYOUT,
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } }
  }
  return [
    '```mermaid',
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
    `  y-axis 0 --> ${seconds(topMs)}`,
    ...series.map(values => `  line [${values.map(seconds).join(', ')}]`),
    '```',
    '',
    lines.map((l, i) => `${COLOURS[i]?.[0] ?? ''} ${code(l.model)}`).join(' · ')
  ].join('\n')
}

/** Median latency of the answers in each step of the window, oldest first. */
function bucketed(checks: History[string]['checks'], now: number, step: number): (number | null)[] {
  const buckets: number[][] = Array.from({ length: POINTS }, () => [])
  for (const c of checks) {
    const index = POINTS - 1 - (Math.floor(now / step) - Math.floor(c.at / step))
    const inWindow = c.at > now - WINDOW_SECONDS && index >= 0 && index < POINTS
    if (isUp(c) && c.latencyMs !== null && inWindow) buckets[index]?.push(c.latencyMs)
  }
  return buckets.map(values => percentile(values, 50))
}

/** A gap (no answer in that step) carries the nearest value: the line stays one line. */
function filled(values: (number | null)[]): number[] {
  let last = values.find(v => v !== null) ?? 0
  return values.map(v => (last = v ?? last))
}

/** A tenth above the top, rounded up to two figures: 5,400 ms → 6,000 ms. */
function niceCeiling(ms: number): number {
  const step = 10 ** Math.max(1, Math.floor(Math.log10(ms)) - 1)
  return Math.ceil((ms * 1.1) / step) * step
}

/**
 * Seconds read shorter than milliseconds on a narrow axis: 1,500 ms is `1.5`. Two significant
 * figures, so that answers of 25 and 29 ms stay two lines, not one at `0.03`.
 */
function seconds(ms: number): string {
  return String(Number((ms / 1000).toPrecision(2)))
}

/** Steps start at midnight UTC (or 00, 03, … 21 h); the last holds `now`. */
function bucketStart(now: number, step: number, index: number): number {
  return (Math.floor(now / step) - (POINTS - 1 - index)) * step
}

/**
 * Short enough for a phone: the month on the first day and the first of a month (`Dec 1`, `2`,
 * … `8`), the hour on a young history's steps (`03h`, `Dec 8` at midnight).
 */
function label(epochSeconds: number, step: number, first: boolean): string {
  const d = new Date(epochSeconds * 1000)
  const month = d.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' })
  if (step !== DAY_SECONDS) {
    return d.getUTCHours() === 0
      ? `${month} ${d.getUTCDate()}`
      : `${String(d.getUTCHours()).padStart(2, '0')}h`
  }
  return first || d.getUTCDate() === 1 ? `${month} ${d.getUTCDate()}` : String(d.getUTCDate())
}
