/**
 * AIML's live metrics, `GET {origin}/models/metrics` (beside `/v1`, not under it), public (no
 * key): per model, `ttft_ms`, `tps` and `duration_ms` as p50/p75/p90/p99 over a short window.
 * Source: docs.aimlapi.com/api-references/service-endpoints/model-metrics. Two absences mean
 * different things there: a missing metric does not apply to the model (no `ttft_ms` for an
 * image model); a model missing from `models` served no successful request in the window, so a
 * model failing for everyone drops off the list rather than showing bad numbers.
 */
import { isRecord } from '../read/json.js'
import { readNumber } from '../read/numbers.js'

interface Percentiles {
  p50: number
  p90: number
}

interface ModelSpeed {
  /** The name AIML measures it under. */
  alias: string
  /** Time to first token (streaming text models only). */
  ttftMs: Percentiles | null
  /** End-to-end duration (every model). */
  durationMs: Percentiles | null
}

export interface LiveMetrics {
  /** The window the percentiles cover, in seconds (300 today), or null. */
  windowSeconds: number | null
  models: ModelSpeed[]
}

/** AIML takes up to 100 names in `aliases`, repeated (never split on commas). */
const MAX_ASKED = 100
const MAX_MODELS = 20_000

/** `{origin}/models/metrics?aliases=A&aliases=B`: only the models the step probes. */
export function metricsUrl(baseUrl: string, names: readonly string[]): string {
  const url = new URL('/models/metrics', baseUrl)
  for (const name of [...new Set(names)].slice(0, MAX_ASKED))
    url.searchParams.append('aliases', name)
  return url.toString()
}

/** Tolerant: a model without a usable name is skipped, a metric without numbers is absent. */
export function parseMetrics(json: unknown): LiveMetrics | null {
  if (!isRecord(json) || !Array.isArray(json.models)) return null
  const window = readNumber(json.window_seconds)
  const models: ModelSpeed[] = []
  for (const item of json.models.slice(0, MAX_MODELS)) {
    if (!isRecord(item) || typeof item.alias !== 'string' || item.alias === '') continue
    const metrics = isRecord(item.metrics) ? item.metrics : {}
    models.push({
      alias: item.alias,
      ttftMs: readPercentiles(metrics.ttft_ms),
      durationMs: readPercentiles(metrics.duration_ms)
    })
  }
  return { windowSeconds: window !== null && window > 0 ? window : null, models }
}

function readPercentiles(value: unknown): Percentiles | null {
  if (!isRecord(value)) return null
  const p50 = readNumber(value.p50)
  const p90 = readNumber(value.p90)
  return p50 !== null && p90 !== null && p50 >= 0 && p90 >= 0 ? { p50, p90 } : null
}

/** The failures where "is it just me?" is the question. */
export const ASKS_WHOSE_PROBLEM = [
  'timeout',
  'server-error',
  'rate-limited',
  'network',
  'slow'
] as const

/**
 * Past this typical first token (or duration, for a model without one) a model is slow for
 * everyone, whatever our own bound: a one-word probe waits for the first token, nothing more.
 */
const SLOW_FIRST_TOKEN_MS = 10_000
const SLOW_DURATION_MS = 60_000

/** What the metrics say of one model right now. */
export type LiveReading =
  | { kind: 'served'; metric: 'first token' | 'duration'; p50: number; p90: number }
  | { kind: 'slow'; metric: 'first token' | 'duration'; p50: number; p90: number }
  /** Served, but one request in ten takes longer than our own bound allows. */
  | { kind: 'over-timeout'; metric: 'duration'; p50: number; p90: number; timeoutMs: number }
  | { kind: 'silent'; windowSeconds: number | null }

export interface LiveQuestion {
  /** Every name of the model (configured first, then the catalog's). */
  names: readonly string[]
  /** Whether `names` is complete: only then does an absence mean "no successful request". */
  namesKnown: boolean
  /** Our own bound on a request: a typical answer slower than it fails for everyone too. */
  timeoutMs: number
  /** The `max-latency-ms` or `max-ttft-ms` the model went over: others are weighed against it. */
  limit?: { metric: 'duration' | 'first token'; ms: number } | null
}

/**
 * Others served normally, slow for everyone, or silent for everyone (absent from the list);
 * null when the metrics were not read or cannot say.
 */
export function readLive(metrics: LiveMetrics | null, question: LiveQuestion): LiveReading | null {
  if (!metrics) return null
  const wanted = new Set(question.names.map(n => n.toLowerCase()))
  const speed = metrics.models.find(m => wanted.has(m.alias.toLowerCase()))
  // Absent from the list means no successful request, unless this run's own request succeeded:
  // a model over a limit answered, so the metrics have nothing to weigh it against.
  if (!speed) {
    const answered = question.limit !== undefined && question.limit !== null
    return question.namesKnown && !answered
      ? { kind: 'silent', windowSeconds: metrics.windowSeconds }
      : null
  }
  // Over a limit of the user's, the question is whether others' typical answer is over it too.
  const limited = question.limit
  const series = limited?.metric === 'duration' ? speed.durationMs : speed.ttftMs
  if (limited && series) {
    const kind = series.p50 > limited.ms ? 'slow' : 'served'
    return { kind, metric: limited.metric, p50: series.p50, p90: series.p90 }
  }
  const [metric, p, slowAt] = speed.ttftMs
    ? (['first token', speed.ttftMs, SLOW_FIRST_TOKEN_MS] as const)
    : speed.durationMs
      ? (['duration', speed.durationMs, SLOW_DURATION_MS] as const)
      : [null, null, 0]
  if (!metric || !p) return null
  const slow = p.p50 >= Math.min(slowAt, question.timeoutMs)
  if (!slow && metric === 'duration' && p.p90 > question.timeoutMs) {
    return { kind: 'over-timeout', metric, p50: p.p50, p90: p.p90, timeoutMs: question.timeoutMs }
  }
  return { kind: slow ? 'slow' : 'served', metric, p50: p.p50, p90: p.p90 }
}

/** The p90 of the model's duration, to tell a probe that answered slower than most. */
export function durationP90(metrics: LiveMetrics | null, names: readonly string[]): number | null {
  const wanted = new Set(names.map(n => n.toLowerCase()))
  return metrics?.models.find(m => wanted.has(m.alias.toLowerCase()))?.durationMs?.p90 ?? null
}
