/**
 * Foresight, decided: what the deprecation feed and the live metrics change in a probe. Pure:
 * the feed and the metrics come in as data, and so does the clock.
 */
import { otherNames, type Catalog } from '../evidence/catalog.js'
import type { Category } from '../classify/categories.js'
import {
  deprecationOf,
  findDeprecation,
  type Deprecation,
  type DeprecationFeed
} from '../evidence/deprecations.js'
import {
  ASKS_WHOSE_PROBLEM,
  durationP90,
  readLive,
  type LiveMetrics,
  type LiveQuestion,
  type LiveReading
} from '../evidence/metrics.js'

/** What the live metrics say, and why they were read. */
export interface Live {
  reading: LiveReading
  /** Set when the probe answered, slower than the model's p90 duration right now. */
  slowAnswer: { latencyMs: number; p90Ms: number } | null
}

/**
 * The fallbacks in the order they are asked and recommended: a withdrawn model's replacement
 * first (AIML names it), then the configured ones.
 */
export function fallbackOrder(
  configured: string,
  fallbacks: readonly string[],
  deprecation: Deprecation | null
): string[] {
  const replacement = deprecation?.status === 'withdrawn' ? deprecation.replacedBy : null
  const order = replacement ? [replacement, ...fallbacks] : [...fallbacks]
  return [...new Set(order)].filter(m => m !== configured)
}

/** A withdrawn fallback is never recommended, even if it answered (the feed knows better). */
export function recommendable(feed: DeprecationFeed | null, model: string): boolean {
  return feed === null || findDeprecation(feed, model)?.status !== 'withdrawn'
}

export interface LiveCase {
  category: Category | null
  /** The configured model's round trip when it answered, else null. */
  latencyMs: number | null
  names: readonly string[]
  namesKnown: boolean
  timeoutMs: number
  limit?: LiveQuestion['limit']
}

/**
 * "Is it just me?": asked on a timeout, server error, rate limit or network failure, or when
 * the model answered slower than its p90 duration right now; null otherwise.
 */
export function liveOf(metrics: LiveMetrics | null, probe: LiveCase): Live | null {
  const failedAsTransient =
    probe.category !== null && (ASKS_WHOSE_PROBLEM as readonly string[]).includes(probe.category)
  const p90 = durationP90(metrics, probe.names)
  const slow = probe.latencyMs !== null && p90 !== null && probe.latencyMs > p90
  if (!failedAsTransient && !slow) return null
  const reading = readLive(metrics, probe)
  if (!reading) return null
  return { reading, slowAnswer: slow ? { latencyMs: probe.latencyMs!, p90Ms: p90! } : null }
}

/** The error message's last words for a withdrawn ID: why it is no typo. */
export function withdrawnWords(deprecation: Deprecation): string {
  const on = deprecation.shutdownAt ? ` on ${deprecation.shutdownAt}` : ''
  const to = deprecation.replacedBy ? `; its replacement is '${deprecation.replacedBy}'` : ''
  return `AIML withdrew this model${on}${to}.`
}

export interface Found {
  feed: DeprecationFeed | null
  metrics: LiveMetrics | null
  catalog: Catalog | null
  config: { model: string; timeoutMs: number }
  /** The recommended fallback, if any. */
  fallback: string | null
}

/** What the feed and the metrics add to the report of one configured model. */
export function foresightOf(
  found: Found,
  probe: {
    category: Category | null
    latencyMs: number | null
    nowMs: number
    limit?: LiveQuestion['limit']
  }
): { deprecation: Deprecation | null; fallbackDeprecation: Deprecation | null; live: Live | null } {
  const { feed, catalog, config } = found
  return {
    deprecation: deprecationOf(feed, config.model, probe.nowMs, catalog),
    fallbackDeprecation: found.fallback
      ? deprecationOf(feed, found.fallback, probe.nowMs, catalog)
      : null,
    live: liveOf(found.metrics, {
      category: probe.category,
      latencyMs: probe.latencyMs,
      // The metrics name a model by its catalog ID; an absence means something only when every
      // name of the model is known.
      names: [config.model, ...(catalog ? otherNames(catalog, config.model) : [])],
      namesKnown: catalog !== null,
      timeoutMs: config.timeoutMs,
      limit: probe.limit ?? null
    })
  }
}
