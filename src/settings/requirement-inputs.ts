/**
 * The inputs that ask more of a chat model than an answer: `require` (capabilities every chat
 * model must show) and the two speed limits. Kept apart from settings.ts, which spreads these
 * fields into its schema, so the capability contract reads in one place.
 */
import { z } from 'zod'
import { parseRequirements, type Capability } from '../engine/probe/capabilities.js'
import { withRequirements, type ModelSpec } from '../engine/check/model-table.js'
import { withDefault } from './input-defaults.js'
import { quote } from '../engine/read/redact.js'

/** Ten minutes: above every request bound (`timeout-seconds` is at most 600). */
const MAX_LIMIT_MS = 600_000

function limitMs(value: string, ctx: z.RefinementCtx): number {
  if (!/^\d+$/.test(value) || Number(value) > MAX_LIMIT_MS) {
    ctx.addIssue({
      code: 'custom',
      message: `must be a whole number of milliseconds from 0 (off) to ${MAX_LIMIT_MS}; got ${quote(value)}.`
    })
    return z.NEVER
  }
  return Number(value)
}

export const REQUIREMENT_INPUTS = ['require', 'max-latency-ms', 'max-ttft-ms'] as const

export const requirementSchema = {
  require: withDefault('').transform((value, ctx): Capability[] => {
    const parsed = parseRequirements(value)
    if (typeof parsed !== 'string') return parsed
    ctx.addIssue({ code: 'custom', message: parsed })
    return z.NEVER
  }),
  'max-latency-ms': withDefault('0').transform(limitMs),
  'max-ttft-ms': withDefault('0').transform(limitMs)
}

export interface SpeedLimits {
  /** 0: off. Over it, an answering model is `slow`. */
  maxLatencyMs: number
  /** 0: off. Over it (first streamed token), an answering model is `slow`. */
  maxTtftMs: number
}

/**
 * Every chat model gains what `require` names; `max-ttft-ms` needs a stream to time, so it
 * implies `stream` (SPEC, action.yml section).
 */
export function requirementSettings(
  models: readonly ModelSpec[],
  v: { require: Capability[]; 'max-latency-ms': number; 'max-ttft-ms': number }
): SpeedLimits & { models: ModelSpec[] } {
  const everyChatModel: Capability[] =
    v['max-ttft-ms'] > 0 ? [...v.require, 'stream'] : [...v.require]
  return {
    models: withRequirements(models, everyChatModel),
    maxLatencyMs: v['max-latency-ms'],
    maxTtftMs: v['max-ttft-ms']
  }
}
