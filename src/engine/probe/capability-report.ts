/**
 * What the capability probes and the speed limits add to a model's report, as data: each
 * required capability's state, the first token's time, what the catalog declares, and whether
 * an answering model is `slow`. Pure.
 */
import { capabilityInfo, type Capability, type CapabilityState } from './capabilities.js'
import type { Category } from '../classify/categories.js'
import { findModel, type Catalog } from '../evidence/catalog.js'
import type { Attempt, ModelResult } from './probe.js'

export interface CapabilityFacts {
  /** Each required capability: `ok`, `missing`, or the category it failed with; null: none. */
  capabilities: Partial<Record<Capability, CapabilityState>> | null
  /** The stream probe's first content token, in ms; null without one. */
  ttftMs: number | null
  /** For each failed capability: does the catalog declare it, and which models do (≤ 3). */
  declared: Partial<Record<Capability, { declared: boolean | null; others: string[] }>>
}

function stateOf(attempt: Attempt): CapabilityState {
  if (attempt.ok) return 'ok'
  return attempt.category === 'missing-capability' ? 'missing' : (attempt.category ?? 'unknown')
}

export function capabilityFacts(
  result: ModelResult,
  require: readonly Capability[],
  catalog: Catalog | null
): CapabilityFacts {
  const probes = result.attempts.filter(a => a.capability !== undefined)
  if (require.length === 0 || probes.length === 0) {
    return { capabilities: null, ttftMs: null, declared: {} }
  }
  const capabilities: Partial<Record<Capability, CapabilityState>> = {}
  const declared: CapabilityFacts['declared'] = {}
  for (const attempt of probes) {
    const capability = attempt.capability!
    capabilities[capability] = stateOf(attempt)
    if (attempt.ok) continue
    declared[capability] = declaration(catalog, result.model, capability)
  }
  const stream = probes.find(a => a.capability === 'stream')
  return { capabilities, ttftMs: stream?.ttftMs ?? null, declared }
}

/** Whether AIML's catalog says the model can; null when the catalog says nothing either way. */
function declaration(
  catalog: Catalog | null,
  model: string,
  capability: Capability
): { declared: boolean | null; others: string[] } {
  const word = capabilityInfo(capability).catalogWord
  const entry = catalog ? findModel(catalog, model) : undefined
  if (!catalog || !entry?.capabilities) return { declared: null, others: [] }
  const declared = entry.capabilities.includes(word)
  const others = declared
    ? []
    : catalog
        .filter(e => e.id !== entry.id && e.type === entry.type && e.capabilities?.includes(word))
        .slice(0, 3)
        .map(e => e.id)
  return { declared, others }
}

export interface SpeedBounds {
  maxLatencyMs?: number
  maxTtftMs?: number
}

/** A limit the model went over, as "is it just me?" weighs it against others' percentiles. */
interface SpeedLimit {
  metric: 'duration' | 'first token'
  ms: number
}

export interface Slowness {
  category: Category
  message: string
  limit: SpeedLimit
}

/** Over a limit, an answering model is `slow`: the words say which limit, by how much. */
export function slowness(
  latencyMs: number | null,
  ttftMs: number | null,
  limits: SpeedBounds
): Slowness | null {
  const latencyLimit = limits.maxLatencyMs ?? 0
  const ttftLimit = limits.maxTtftMs ?? 0
  if (latencyLimit > 0 && latencyMs !== null && latencyMs > latencyLimit) {
    return {
      category: 'slow',
      message: `Answered in ${latencyMs} ms, over max-latency-ms of ${latencyLimit} ms.`,
      limit: { metric: 'duration', ms: latencyLimit }
    }
  }
  if (ttftLimit > 0 && ttftMs !== null && ttftMs > ttftLimit) {
    return {
      category: 'slow',
      message: `First streamed token after ${ttftMs} ms, over max-ttft-ms of ${ttftLimit} ms.`,
      limit: { metric: 'first token', ms: ttftLimit }
    }
  }
  return null
}
