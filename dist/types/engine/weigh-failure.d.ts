/**
 * The configured model's failure, read by its words and, where they can change them, the balance
 * and the key's own facts.
 */
import { type BalanceCheck, type Weighed } from './evidence.js';
import { type KeyFacts } from './key-facts.js';
import type { ProbedKind } from './model-table.js';
import type { ModelResult } from './probe.js';
/**
 * The configured model's failure, weighed against the balance and the key's facts when they
 * could change its reading. Both were asked at the start; they get at most a second more.
 */
export declare function weighFailure(configured: ModelResult, balanceRequest: Promise<BalanceCheck>, key?: {
    request: Promise<KeyFacts | null>;
    kind: ProbedKind;
}): Promise<Weighed>;
