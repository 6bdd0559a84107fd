/**
 * Foresight, decided: what the deprecation feed and the live metrics change in a probe. Pure:
 * the feed and the metrics come in as data, and so does the clock.
 */
import { type Catalog } from '../evidence/catalog.js';
import type { Category } from '../classify/categories.js';
import { type Deprecation, type DeprecationFeed } from '../evidence/deprecations.js';
import { type LiveMetrics, type LiveQuestion, type LiveReading } from '../evidence/metrics.js';
/** What the live metrics say, and why they were read. */
export interface Live {
    reading: LiveReading;
    /** Set when the probe answered, slower than the model's p90 duration right now. */
    slowAnswer: {
        latencyMs: number;
        p90Ms: number;
    } | null;
}
/**
 * The fallbacks in the order they are asked and recommended: a withdrawn model's replacement
 * first (AIML names it), then the configured ones.
 */
export declare function fallbackOrder(configured: string, fallbacks: readonly string[], deprecation: Deprecation | null): string[];
/** A withdrawn fallback is never recommended, even if it answered (the feed knows better). */
export declare function recommendable(feed: DeprecationFeed | null, model: string): boolean;
export interface LiveCase {
    category: Category | null;
    /** The configured model's round trip when it answered, else null. */
    latencyMs: number | null;
    names: readonly string[];
    namesKnown: boolean;
    timeoutMs: number;
    limit?: LiveQuestion['limit'];
}
/**
 * "Is it just me?": asked on a timeout, server error, rate limit or network failure, or when
 * the model answered slower than its p90 duration right now; null otherwise.
 */
export declare function liveOf(metrics: LiveMetrics | null, probe: LiveCase): Live | null;
/** The error message's last words for a withdrawn ID: why it is no typo. */
export declare function withdrawnWords(deprecation: Deprecation): string;
export interface Found {
    feed: DeprecationFeed | null;
    metrics: LiveMetrics | null;
    catalog: Catalog | null;
    config: {
        model: string;
        timeoutMs: number;
    };
    /** The recommended fallback, if any. */
    fallback: string | null;
}
/** What the feed and the metrics add to the report of one configured model. */
export declare function foresightOf(found: Found, probe: {
    category: Category | null;
    latencyMs: number | null;
    nowMs: number;
    limit?: LiveQuestion['limit'];
}): {
    deprecation: Deprecation | null;
    fallbackDeprecation: Deprecation | null;
    live: Live | null;
};
