/**
 * What the dashboard's table says of one model, from its history: uptime over 24 hours and 7
 * days (the share of checks in which the configured model answered, by its ID or an alias), the
 * checks counted, and the nearest-rank p50 and p95 of the answers' latency over 7 days. Pure.
 */
import { DAY_SECONDS, isUp, WINDOW_SECONDS, type CheckRecord } from './history.js'

export interface ModelStats {
  /** Shares from 0 to 1; `null` without a check in the window. */
  uptimeDay: number | null
  uptimeWeek: number | null
  checks: number
  p50Ms: number | null
  p95Ms: number | null
}

export function statsOf(checks: readonly CheckRecord[], now: number): ModelStats {
  const week = checks.filter(c => c.at > now - WINDOW_SECONDS)
  const day = week.filter(c => c.at > now - DAY_SECONDS)
  const latencies = week
    .filter(isUp)
    .map(c => c.latencyMs)
    .filter((ms): ms is number => ms !== null)
  return {
    uptimeDay: uptime(day),
    uptimeWeek: uptime(week),
    checks: week.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95)
  }
}

function uptime(checks: readonly CheckRecord[]): number | null {
  return checks.length === 0 ? null : checks.filter(isUp).length / checks.length
}

/** Nearest rank: the smallest value with at least `p` % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null
}
