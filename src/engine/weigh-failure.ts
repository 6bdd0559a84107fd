/** The configured model's failure, read by its words and, where it can change them, the balance. */
import {
  BALANCE_WAIT_MS,
  wantsEvidence,
  weighEvidence,
  type BalanceCheck,
  type Weighed
} from './evidence.js'
import type { ModelResult } from './probe.js'
import { settledWithin } from './waits.js'

/**
 * The configured model's failure, weighed against the balance when the balance could change its
 * reading. The balance was asked at the start; it gets at most a second more.
 */
export async function weighFailure(
  configured: ModelResult,
  balanceRequest: Promise<BalanceCheck>
): Promise<Weighed> {
  const final = configured.final
  const refusal = {
    category: final.category ?? 'unknown',
    rule: final.rule ?? '',
    concern: final.concern,
    relayed: final.relayed
  }
  // Only a refusal the balance can change waits for it; the others are read by their words.
  const check = wantsEvidence(refusal) ? await settledWithin(balanceRequest, BALANCE_WAIT_MS) : null
  return weighEvidence(refusal, check)
}
