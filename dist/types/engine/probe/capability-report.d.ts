/**
 * What the capability probes and the speed limits add to a model's report, as data: each
 * required capability's state, the first token's time, what the catalog declares, and whether
 * an answering model is `slow`. Pure.
 */
import { type Capability, type CapabilityState } from './capabilities.js';
import type { Category } from '../classify/categories.js';
import { type Catalog } from '../evidence/catalog.js';
import type { ModelResult } from './probe.js';
export interface CapabilityFacts {
    /** Each required capability: `ok`, `missing`, or the category it failed with; null: none. */
    capabilities: Partial<Record<Capability, CapabilityState>> | null;
    /** The stream probe's first content token, in ms; null without one. */
    ttftMs: number | null;
    /** For each failed capability: does the catalog declare it, and which models do (≤ 3). */
    declared: Partial<Record<Capability, {
        declared: boolean | null;
        others: string[];
    }>>;
}
export declare function capabilityFacts(result: ModelResult, require: readonly Capability[], catalog: Catalog | null): CapabilityFacts;
export interface SpeedBounds {
    maxLatencyMs?: number;
    maxTtftMs?: number;
}
/** A limit the model went over, as "is it just me?" weighs it against others' percentiles. */
interface SpeedLimit {
    metric: 'duration' | 'first token';
    ms: number;
}
export interface Slowness {
    category: Category;
    message: string;
    limit: SpeedLimit;
}
/** Over a limit, an answering model is `slow`: the words say which limit, by how much. */
export declare function slowness(latencyMs: number | null, ttftMs: number | null, limits: SpeedBounds): Slowness | null;
export {};
