import type { Report } from '../decide/report.js';
import { type SwitchTo } from './switch-to.js';
export interface Diagnosis {
    /** One line: the verdict in plain words. */
    headline: string;
    /** What it means, a short paragraph. */
    explanation: string;
    /** What decided the category: the words alone, or the balance or key as evidence. */
    evidence: string;
    /**
     * The ID to use instead and why, said once: "Use now" (the model fails) or "Move to" (it is
     * retiring). Every writer shows this line; no step repeats it.
     */
    switchTo: SwitchTo | null;
    /** What to do, in order. */
    steps: string[];
    /** For provider-access: a message to paste into a support request. */
    supportMessage: string | null;
    /** What AIML's deprecation feed says of the model, with its date and replacement; or ''. */
    deprecation: string;
    /** Whose problem it is, by AIML's live metrics; or ''. */
    live: string;
}
export declare function diagnose(report: Report, keyHint: string): Diagnosis;
