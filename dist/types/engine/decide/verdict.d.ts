/**
 * The verdict, decided once from the report and the policy; reporting never changes it.
 */
import type { Category } from '../classify/categories.js';
import type { Report } from './report.js';
export type Verdict = 'pass' | 'warn' | 'fail';
/** The policy the verdict follows: the action's `fail-on` and `fail-before-shutdown-days`. */
export interface VerdictPolicy {
    failOn: readonly Category[];
    /** 0 or absent: deprecations only warn. */
    failBeforeShutdownDays?: number;
}
/**
 * Why: the model answers (`available`); it does not, in a category that fails or warns
 * (`category`); it answers but is deprecated or superseded (`deprecated`); its announced
 * shutdown is within `fail-before-shutdown-days` (`shutdown-soon`, also when already past).
 */
export type VerdictReason = 'available' | 'category' | 'deprecated' | 'shutdown-soon';
export interface Judgement {
    verdict: Verdict;
    reason: VerdictReason;
}
/**
 * Fails when the configured ID is not available and its category is one the policy fails on,
 * or when its announced shutdown is `failBeforeShutdownDays` away or fewer; any other
 * unavailability, and any deprecation, warns. An alias that answers does not pass: the
 * application still sends the configured ID.
 */
export declare function judge(report: Report, policy: VerdictPolicy): Judgement;
