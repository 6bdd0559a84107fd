/** The configured model's failure, read by its words and, where it can change them, the balance. */
import { type BalanceCheck, type Weighed } from './evidence.js';
import type { ModelResult } from './probe.js';
/**
 * The configured model's failure, weighed against the balance when the balance could change its
 * reading. The balance was asked at the start; it gets at most a second more.
 */
export declare function weighFailure(configured: ModelResult, balanceRequest: Promise<BalanceCheck>): Promise<Weighed>;
