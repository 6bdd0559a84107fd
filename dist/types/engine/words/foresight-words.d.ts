/**
 * Foresight in words: the deprecation feed's dates and the live metrics' reading, as the
 * diagnosis, the annotations and the comment say them. Pure.
 */
import type { Deprecation } from '../evidence/deprecations.js';
import type { Live } from '../decide/foresight.js';
import type { Report } from '../decide/report.js';
/** "(10 days)", "(today)", "(3 days ago)". */
export declare function daysWords(daysLeft: number): string;
/**
 * The headline of a model that answers but fails the step: "`X` shuts down on D (10 days),
 * within `fail-before-shutdown-days` (30): the step fails."
 */
export declare function shutdownSoonHeadline(model: string, deprecation: Deprecation, window: number): string;
/**
 * "`anthropic/claude-x` shuts down on 2026-12-01 (6 days); AIML names `Y` as its replacement."
 */
export declare function deprecationWords(model: string, deprecation: Deprecation): string;
/** What to do about a deprecation, as the first step of the diagnosis. */
export declare function deprecationStep(deprecation: Deprecation): string;
/** Whose problem it is, by AIML's live metrics: yours, or everyone's. */
export declare function liveWords(model: string, live: Live): string;
/** What to do, by the live metrics. */
export declare function liveStep(live: Live): string;
/** A withdrawn ID explained: not a typo, a retirement. */
export declare function withdrawnExplanation(report: Report): string;
