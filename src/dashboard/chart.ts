/**
 * The dashboard's latency chart: a Mermaid `xychart-beta` (GitHub draws Mermaid in issues) of
 * each model's median answer per 6 hours over the last 7 days, at most 6 models a chart. The
 * chart has no legend of its own, so its colours are set to those of the square emoji that name
 * the lines under it. Only numbers and our own dates go inside; model IDs stay in Markdown.
 */
import { code } from '../render/text.js'
import { isUp, WINDOW_SECONDS, type History } from './history.js'
import { percentile } from './stats.js'

const MODELS_PER_CHART = 6
const BUCKET_SECONDS = 6 * 3600
/** The squares' colours as Twemoji draws them, which GitHub's emoji follow. */
const COLOURS = [
  ['🟦', '#55acee'],
  ['🟧', '#f4900c'],
  ['🟩', '#78b159'],
  ['🟥', '#dd2e44'],
  ['🟪', '#aa8ed6'],
  ['🟫', '#c1694f']
] as const

/** One chart per 6 models that answered at least once in 7 days; none without an answer. */
export function latencyCharts(history: History, now: number): string[] {
  const lines = Object.entries(history)
    .map(([model, h]) => ({ model, buckets: bucketed(h.checks, now) }))
    .filter(line => line.buckets.some(v => v !== null))
  const charts: string[] = []
  for (let i = 0; i < lines.length; i += MODELS_PER_CHART) {
    charts.push(chart(lines.slice(i, i + MODELS_PER_CHART), now))
  }
  return charts
}

function chart(lines: { model: string; buckets: (number | null)[] }[], now: number): string {
  // From the first 6 hours any of them answered in, so a young history is not a flat line.
  const first = Math.min(...lines.map(l => l.buckets.findIndex(v => v !== null)))
  const count = lines[0]?.buckets.length ?? 0
  const from = Math.min(first, count - 2)
  const series = lines.map(l => filled(l.buckets.slice(from)))
  const top = niceCeiling(Math.max(1, ...series.flat()))
  const labels = Array.from({ length: count - from }, (_, i) =>
    label(bucketStart(now, count, from + i))
  )
  const palette = COLOURS.slice(0, lines.length).map(([, hex]) => hex)
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`,
    'xychart-beta',
    `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
    `  y-axis "ms" 0 --> ${top}`,
    ...series.map(values => `  line [${values.join(', ')}]`),
    '```',
    '',
    lines.map((l, i) => `${COLOURS[i]?.[0] ?? ''} ${code(l.model)}`).join(' · ')
  ].join('\n')
}

/** Median latency of the answers in each 6 hours (UTC) of the window, oldest first. */
function bucketed(checks: History[string]['checks'], now: number): (number | null)[] {
  const count = WINDOW_SECONDS / BUCKET_SECONDS
  const buckets: number[][] = Array.from({ length: count }, () => [])
  for (const c of checks) {
    const index = count - 1 - (Math.floor(now / BUCKET_SECONDS) - Math.floor(c.at / BUCKET_SECONDS))
    if (isUp(c) && c.latencyMs !== null && index >= 0 && index < count) {
      buckets[index]?.push(c.latencyMs)
    }
  }
  return buckets.map(values => percentile(values, 50))
}

/** A gap (no answer in those 6 hours) carries the nearest value: the line stays one line. */
function filled(values: (number | null)[]): number[] {
  let last = values.find(v => v !== null) ?? 0
  return values.map(v => (last = v ?? last))
}

function niceCeiling(value: number): number {
  const step = 10 ** Math.max(1, Math.floor(Math.log10(value)) - 1)
  return Math.ceil((value * 1.1) / step) * step
}

/** Buckets start at 00, 06, 12 and 18 UTC; the last holds `now`. */
function bucketStart(now: number, count: number, index: number): number {
  return (Math.floor(now / BUCKET_SECONDS) - (count - 1 - index)) * BUCKET_SECONDS
}

/** `Dec 6` at a day's first bucket, its hour otherwise: short enough for a phone. */
function label(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000)
  const day = d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return d.getUTCHours() === 0 ? day : `${String(d.getUTCHours()).padStart(2, '0')}h`
}
