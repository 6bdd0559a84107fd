/**
 * Evidence beats wording. The rule table reads the text alone; a refusal about the account is
 * then weighed against what the balance call (free, same key, sent beside the probe) showed:
 *
 * - billing or quota text in a relayed provider's shape while our balance is positive: the
 *   account we pay is not empty, so the empty one is the gateway's own with its provider;
 * - a key refusal in a relayed provider's shape while the same key reads the balance: our key
 *   is good, the refused one is the gateway's stored key.
 *
 * Both become `provider-access`, and fallbacks are asked. Before both, the key's own facts
 * (key-facts.ts) may settle it. The gateway's own envelope keeps its
 * word: when AIML itself says the account is out of credits, it is.
 */
import type { Balance } from './billing.js'
import { ACCOUNT_WIDE, type Category } from '../classify/categories.js'
import { weighKey, type KeyFacts, type KeyFinding } from './key-facts.js'
import type { ProbedKind } from '../read/kinds.js'
import type { Concern } from '../classify/rules.js'

/** What the balance call showed. */
export type BalanceCheck =
  | { kind: 'read'; balance: Balance }
  /** 2xx without a readable amount: the key works, the balance is unknown. */
  | { kind: 'answered' }
  /** 401 or 403: the key does not work. */
  | { kind: 'refused'; status: number }
  /** Any other status, no answer in time, or no answer at all. */
  | { kind: 'failed'; status: number | null }

export type DecidedBy = 'text' | 'balance' | 'key' | 'key-facts'

/** The part of a classification the evidence stage weighs. */
export interface Refusal {
  category: Category
  rule: string
  concern: Concern | null
  relayed: boolean
}

export interface Weighed {
  category: Category
  decidedBy: DecidedBy
  /** Every model on the account would fail alike: asking fallbacks would only spend requests. */
  accountWide: boolean
  /** What the key's own facts (`GET /v1/key`) found, when they decided. */
  keyFinding?: KeyFinding
}

/** How long after the probe's failure the balance is still awaited (it was sent at the start). */
export const BALANCE_WAIT_MS = 1_000

/** Whether the balance could change this refusal's reading, so it is worth waiting for. */
export function wantsEvidence(refusal: Refusal): boolean {
  return (refusal.concern !== null && refusal.relayed) || refusal.rule === 'upstream-key'
}

/**
 * The key's own facts come first: a disabled key, a key that may not call this kind, or a key
 * whose own monthly limit is used up explains the refusal better than the balance can. Every
 * model asked with the key would fail alike.
 */
export function weighEvidence(
  refusal: Refusal,
  check: BalanceCheck | null,
  key: { facts: KeyFacts | null; kind: ProbedKind } = { facts: null, kind: 'chat' }
): Weighed {
  const found = weighKey(refusal, key.facts, key.kind)
  if (found) {
    return {
      category: found.category,
      decidedBy: 'key-facts',
      accountWide: true,
      keyFinding: found.finding
    }
  }
  const keyWorks = check?.kind === 'read' || check?.kind === 'answered'
  const keyRefused = check?.kind === 'refused'
  const amount = check?.kind === 'read' ? check.balance.amount : null
  const text = (accountWide: boolean): Weighed => ({
    category: refusal.category,
    decidedBy: 'text',
    accountWide
  })

  if (refusal.relayed && refusal.concern === 'billing' && amount !== null) {
    return amount > 0
      ? { category: 'provider-access', decidedBy: 'balance', accountWide: false }
      : { category: refusal.category, decidedBy: 'balance', accountWide: true }
  }
  if (refusal.relayed && refusal.concern === 'key' && (keyWorks || keyRefused)) {
    return keyWorks
      ? { category: 'provider-access', decidedBy: 'key', accountWide: false }
      : { category: refusal.category, decidedBy: 'key', accountWide: true }
  }
  if (refusal.rule === 'upstream-key' && keyRefused) {
    return { category: 'auth', decidedBy: 'key', accountWide: true }
  }
  if (!ACCOUNT_WIDE.includes(refusal.category)) return text(false)
  // The gateway's own word is about our account; a relayed provider's may not be.
  return text(!refusal.relayed)
}
