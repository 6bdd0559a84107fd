/**
 * The ID to use instead of the configured one, said once by every writer: "Use now" when the
 * model fails, "Move to" when AIML is retiring it. Pure.
 */
import type { Deprecation } from '../evidence/deprecations.js';
export interface SwitchTo {
    label: 'Use now' | 'Move to';
    id: string;
    /** Why this ID, in a clause: "it answers with this key". */
    why: string;
}
/** "Use now: `gpt-4o` — it answers with this key." */
export declare function switchWords(to: SwitchTo): string;
/** When the move is due: the date is in the deprecation note already. */
export declare function moveWhy(deprecation: Deprecation): string;
