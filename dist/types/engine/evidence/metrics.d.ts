interface Percentiles {
    p50: number;
    p90: number;
}
interface ModelSpeed {
    /** The name AIML measures it under. */
    alias: string;
    /** Time to first token (streaming text models only). */
    ttftMs: Percentiles | null;
    /** End-to-end duration (every model). */
    durationMs: Percentiles | null;
}
export interface LiveMetrics {
    /** The window the percentiles cover, in seconds (300 today), or null. */
    windowSeconds: number | null;
    models: ModelSpeed[];
}
/** `{origin}/models/metrics?aliases=A&aliases=B`: only the models the step probes. */
export declare function metricsUrl(baseUrl: string, names: readonly string[]): string;
/** Tolerant: a model without a usable name is skipped, a metric without numbers is absent. */
export declare function parseMetrics(json: unknown): LiveMetrics | null;
/** The failures where "is it just me?" is the question. */
export declare const ASKS_WHOSE_PROBLEM: readonly ["timeout", "server-error", "rate-limited", "network", "slow"];
/** What the metrics say of one model right now. */
export type LiveReading = {
    kind: 'served';
    metric: 'first token' | 'duration';
    p50: number;
    p90: number;
} | {
    kind: 'slow';
    metric: 'first token' | 'duration';
    p50: number;
    p90: number;
}
/** Served, but one request in ten takes longer than our own bound allows. */
 | {
    kind: 'over-timeout';
    metric: 'duration';
    p50: number;
    p90: number;
    timeoutMs: number;
} | {
    kind: 'silent';
    windowSeconds: number | null;
};
export interface LiveQuestion {
    /** Every name of the model (configured first, then the catalog's). */
    names: readonly string[];
    /** Whether `names` is complete: only then does an absence mean "no successful request". */
    namesKnown: boolean;
    /** Our own bound on a request: a typical answer slower than it fails for everyone too. */
    timeoutMs: number;
    /** The `max-latency-ms` or `max-ttft-ms` the model went over: others are weighed against it. */
    limit?: {
        metric: 'duration' | 'first token';
        ms: number;
    } | null;
}
/**
 * Others served normally, slow for everyone, or silent for everyone (absent from the list);
 * null when the metrics were not read or cannot say.
 */
export declare function readLive(metrics: LiveMetrics | null, question: LiveQuestion): LiveReading | null;
/** The p90 of the model's duration, to tell a probe that answered slower than most. */
export declare function durationP90(metrics: LiveMetrics | null, names: readonly string[]): number | null;
export {};
