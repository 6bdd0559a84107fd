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
import type { Balance } from './billing.js';
import { type Category } from '../classify/categories.js';
import { type KeyFacts, type KeyFinding } from './key-facts.js';
import type { ProbedKind } from '../read/kinds.js';
import type { Concern } from '../classify/rules.js';
/** What the balance call showed. */
export type BalanceCheck = {
    kind: 'read';
    balance: Balance;
}
/** 2xx without a readable amount: the key works, the balance is unknown. */
 | {
    kind: 'answered';
}
/** 401 or 403: the key does not work. */
 | {
    kind: 'refused';
    status: number;
}
/** Any other status, no answer in time, or no answer at all. */
 | {
    kind: 'failed';
    status: number | null;
};
export type DecidedBy = 'text' | 'balance' | 'key' | 'key-facts';
/** The part of a classification the evidence stage weighs. */
export interface Refusal {
    category: Category;
    rule: string;
    concern: Concern | null;
    relayed: boolean;
}
export interface Weighed {
    category: Category;
    decidedBy: DecidedBy;
    /** Every model on the account would fail alike: asking fallbacks would only spend requests. */
    accountWide: boolean;
    /** What the key's own facts (`GET /v1/key`) found, when they decided. */
    keyFinding?: KeyFinding;
}
/** How long after the probe's failure the balance is still awaited (it was sent at the start). */
export declare const BALANCE_WAIT_MS = 1000;
/** Whether the balance could change this refusal's reading, so it is worth waiting for. */
export declare function wantsEvidence(refusal: Refusal): boolean;
/**
 * The key's own facts come first: a disabled key, a key that may not call this kind, or a key
 * whose own monthly limit is used up explains the refusal better than the balance can. Every
 * model asked with the key would fail alike.
 */
export declare function weighEvidence(refusal: Refusal, check: BalanceCheck | null, key?: {
    facts: KeyFacts | null;
    kind: ProbedKind;
}): Weighed;
