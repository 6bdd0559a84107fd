/**
 * The configured model's failure, read by its words and, where they can change them, the balance
 * and the key's own facts.
 */
import { type BalanceCheck, type Weighed } from '../evidence/evidence.js';
import { type KeyFacts } from '../evidence/key-facts.js';
import type { ProbedKind } from '../read/kinds.js';
import type { ModelResult } from '../probe/probe.js';
/**
 * The configured model's failure, weighed against the balance and the key's facts when they
 * could change its reading. Both were asked at the start; they get at most a second more.
 */
export declare function weighFailure(configured: ModelResult, balanceRequest: Promise<BalanceCheck>, key?: {
    request: Promise<KeyFacts | null>;
    kind: ProbedKind;
}): Promise<Weighed>;
/**
 * How long the step's end may still wait for the key's facts. A healthy probe does not wait;
 * a refusal they could change already gave them their grace in weighFailure, so a hanging
 * `/v1/key` costs one grace, not that and the side requests' grace again.
 */
export declare function keyWaitLeftMs(configured: ModelResult, sideGraceMs: number): number;
