/**
 * The key's own facts in words: what the evidence line shows of the key, and what a finding
 * (key-facts.ts) tells the user to do. Pure: it reads the report.
 */
import { type KeyFacts } from '../evidence/key-facts.js';
import type { Report } from '../decide/report.js';
/** For the evidence line: prefix, enabled, scopes when limited, the limit and its use. */
export declare function keyFactsWords(facts: KeyFacts): string;
/** What the finding means and the one thing to do; null when the key's facts did not decide. */
export declare function keyFindingWords(report: Report): {
    explanation: string;
    step: string;
} | null;
