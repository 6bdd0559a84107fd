declare const DEPRECATION_STATUSES: readonly ["deprecated", "superseded", "withdrawn"];
type DeprecationStatus = (typeof DEPRECATION_STATUSES)[number];
export interface DeprecationEntry {
    id: string;
    aliases: string[];
    status: DeprecationStatus;
    deprecatedAt: string | null;
    shutdownAt: string | null;
    replacedBy: string | null;
}
export type DeprecationFeed = readonly DeprecationEntry[];
/** What the feed says of one configured model, on one day: the report carries this. */
export interface Deprecation {
    status: DeprecationStatus;
    /** `YYYY-MM-DD`, or null (superseded, or not announced). */
    shutdownAt: string | null;
    replacedBy: string | null;
    /** UTC calendar days from today to `shutdownAt` (negative once past), or null. */
    daysLeft: number | null;
}
/**
 * Accepts a bare array, `{data: [...]}` or `{deprecations: [...]}`. An entry without an ID
 * or a known status is skipped; a malformed date or replacement reads as absent. Its IDs are
 * API text that the diagnosis prints as code, so they are held to the catalog's ID pattern.
 */
export declare function parseDeprecations(json: unknown): DeprecationFeed | null;
/** The entry about this name, by its `id` or one of its `aliases`. */
export declare function findDeprecation(feed: DeprecationFeed, modelId: string): DeprecationEntry | undefined;
/** What the feed says of `modelId` today (the clock is the caller's), or null. */
export declare function deprecationOf(feed: DeprecationFeed | null, modelId: string, nowMs: number): Deprecation | null;
/** UTC calendar days from the day of `nowMs` to `day` (`YYYY-MM-DD`): 0 today, -1 yesterday. */
export declare function daysUntil(day: string, nowMs: number): number;
export {};
