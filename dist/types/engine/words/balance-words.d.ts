/**
 * What the balance call did, in words. The summary, the PR comment, the terminal and the
 * diagnosis all say it with these, so none of them says "did not answer" of a call that
 * answered 401.
 */
import type { BalanceCheck } from '../evidence/evidence.js';
/** The balance, or why it is unknown. `null`: the call had not answered when it was dropped. */
export declare function balanceWords(check: BalanceCheck | null): string;
/** For the evidence line, when the words decided: why the balance could not weigh them. */
export declare function noEvidenceWords(check: BalanceCheck | null): string;
