/**
 * The configured model's failure, read by its words and, where they can change them, the balance
 * and the key's own facts.
 */
import {
  BALANCE_WAIT_MS,
  wantsEvidence,
  weighEvidence,
  type BalanceCheck,
  type Weighed
} from '../evidence/evidence.js'
import { wantsKeyFacts, type KeyFacts } from '../evidence/key-facts.js'
import type { ProbedKind } from '../read/kinds.js'
import type { ModelResult } from '../probe/probe.js'
import { settledWithin } from '../send/waits.js'

/**
 * The configured model's failure, weighed against the balance and the key's facts when they
 * could change its reading. Both were asked at the start; they get at most a second more.
 */
export async function weighFailure(
  configured: ModelResult,
  balanceRequest: Promise<BalanceCheck>,
  key: { request: Promise<KeyFacts | null>; kind: ProbedKind } = {
    request: Promise.resolve(null),
    kind: 'chat'
  }
): Promise<Weighed> {
  const final = configured.final
  const refusal = {
    category: final.category ?? 'unknown',
    rule: final.rule ?? '',
    concern: final.concern,
    relayed: final.relayed
  }
  // Only a refusal the balance or the key can change waits for them (together, the same grace);
  // the others are read by their words.
  const [check, facts] = await Promise.all([
    wantsEvidence(refusal) ? settledWithin(balanceRequest, BALANCE_WAIT_MS) : null,
    wantsKeyFacts(refusal) ? settledWithin(key.request, BALANCE_WAIT_MS) : null
  ])
  return weighEvidence(refusal, check, { facts, kind: key.kind })
}

/**
 * How long the step's end may still wait for the key's facts. A healthy probe does not wait;
 * a refusal they could change already gave them their grace in weighFailure, so a hanging
 * `/v1/key` costs one grace, not that and the side requests' grace again.
 */
export function keyWaitLeftMs(configured: ModelResult, sideGraceMs: number): number {
  if (configured.ok) return 0
  return wantsKeyFacts({ category: configured.final.category ?? 'unknown' }) ? 0 : sideGraceMs
}
