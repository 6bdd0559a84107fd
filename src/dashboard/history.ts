/**
 * The dashboard's history: each model's checks over the last 7 days, at most 500 a model, and
 * its last failure (kept past the 7 days, so the table can still say when it last broke). Pure:
 * the time comes in with each check.
 */
import type { Category } from '../engine/classify/categories.js'
import type { Status } from '../engine/decide/report.js'

export interface CheckRecord {
  /** Epoch seconds. */
  at: number
  status: Status
  /** The configured ID's category; `null` when it answered cleanly. */
  category: Category | null
  /** The probe that answered for the requested model; `null` when none did. */
  latencyMs: number | null
  /** Time to the first streamed token, when a stream probe measured it. */
  ttftMs: number | null
}

interface LastFailure {
  at: number
  category: Category
  /** The model's tracking issue, when this run knew it. */
  issue: number | null
}

export interface ModelHistory {
  /** Oldest first. */
  checks: CheckRecord[]
  lastFailure: LastFailure | null
}

/** Keyed by the configured model ID, in the table's order. */
export type History = Record<string, ModelHistory>

export const WINDOW_SECONDS = 7 * 24 * 3600
export const DAY_SECONDS = 24 * 3600
export const MAX_CHECKS = 500

/** The configured model answered, by its ID or an alias: what uptime counts. */
export function isUp(check: Pick<CheckRecord, 'status'>): boolean {
  return check.status === 'available' || check.status === 'alias'
}

/** One run's check of one model, with its tracking issue when this run knew it. */
export interface Observed {
  model: string
  check: CheckRecord
  issue: number | null
}

/**
 * The history after this run: the configured models only (one taken out of the table leaves
 * the dashboard with it), each with its new check, then bounded (oldest dropped first).
 */
export function recordChecks(
  earlier: History,
  observed: readonly Observed[],
  now: number
): History {
  const next: History = {}
  for (const { model, check, issue } of observed) {
    const before = earlier[model] ?? { checks: [], lastFailure: null }
    const lastFailure =
      isUp(check) || check.category === null
        ? before.lastFailure && {
            ...before.lastFailure,
            issue: before.lastFailure.issue ?? issue
          }
        : { at: check.at, category: check.category, issue }
    next[model] = { checks: bounded([...before.checks, kept(check)], now), lastFailure }
  }
  return next
}

/** The last 7 days, at most `MAX_CHECKS`; checks from the future (a clock gone wrong) go too. */
export function bounded(checks: readonly CheckRecord[], now: number): CheckRecord[] {
  const kept = checks
    .filter(c => c.at > now - WINDOW_SECONDS && c.at <= now + DAY_SECONDS)
    .sort((a, b) => a.at - b.at)
  return kept.slice(Math.max(0, kept.length - MAX_CHECKS))
}

/** As the state keeps it: to the minute, latencies to two figures (see `twoFigures`). */
function kept(check: CheckRecord): CheckRecord {
  return {
    ...check,
    at: Math.round(check.at / 60) * 60,
    latencyMs: twoFigures(check.latencyMs),
    ttftMs: twoFigures(check.ttftMs)
  }
}

/**
 * Two significant figures (1,234 ms is kept as 1,200): plenty for p50, p95 and a chart, and it
 * is what lets 10,000 checks fit one issue.
 */
export function twoFigures(ms: number | null): number | null {
  if (ms === null || ms < 100) return ms === null ? null : Math.round(ms)
  const step = 10 ** (Math.floor(Math.log10(ms)) - 1)
  return Math.round(ms / step) * step
}
