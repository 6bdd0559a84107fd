/**
 * AIML's deprecation feed, `GET {base-url}/models/deprecations`, public (no key): the models
 * that are retiring (`deprecated`), folded into another ID that still resolves (`superseded`),
 * or gone (`withdrawn`), with their dates and the ID to move to. Source:
 * docs.aimlapi.com/api-references/service-endpoints/model-deprecations ("Response shape": a
 * `{object, generated_at, data}` list; dates are plain `YYYY-MM-DD`; `shutdown_at` is always
 * null for `superseded`; match a name against `id` and `aliases` together, never `id` alone).
 *
 * Weighed before believed: a date may come as a date-time (its UTC date counts); a date before
 * 2020 or more than ten years ahead is no date to act on; a replacement that is the model
 * itself, under any of its names, is no replacement.
 */
import { type Catalog } from './catalog.js';
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
    /** A `shutdown_at` given but not believed (before 2020, or over ten years ahead), as given. */
    unbelievedShutdown?: string;
}
/**
 * Accepts a bare array, `{data: [...]}` or `{deprecations: [...]}`. An entry without an ID
 * or a known status is skipped; a malformed date or replacement reads as absent. Its IDs are
 * API text that the diagnosis prints as code, so they are held to the catalog's ID pattern.
 */
export declare function parseDeprecations(json: unknown): DeprecationFeed | null;
/** The entry about this name, by its `id` or one of its `aliases`. */
export declare function findDeprecation(feed: DeprecationFeed, modelId: string): DeprecationEntry | undefined;
/**
 * What the feed says of `modelId` today (the clock is the caller's), or null. With the catalog,
 * a replacement that is another name of the same entry is seen for what it is.
 */
export declare function deprecationOf(feed: DeprecationFeed | null, modelId: string, nowMs: number, catalog?: Catalog | null): Deprecation | null;
/** UTC calendar days from the day of `nowMs` to `day` (`YYYY-MM-DD`): 0 today, -1 yesterday. */
export declare function daysUntil(day: string, nowMs: number): number;
export {};
