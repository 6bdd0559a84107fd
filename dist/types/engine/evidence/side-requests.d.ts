import { type Catalog } from './catalog.js';
import type { FetchLike } from '../send/exchange.js';
import { type DeprecationFeed } from './deprecations.js';
import type { BalanceCheck } from './evidence.js';
import { type KeyFacts } from './key-facts.js';
import { type LiveMetrics } from './metrics.js';
export declare function fetchCatalog(baseUrl: string, timeoutMs: number, fetch: FetchLike, signal: AbortSignal): Promise<Catalog | null>;
/** `{base-url}/models/deprecations`: AIML's canonical path is `/v1/models/deprecations`. */
export declare function fetchDeprecations(baseUrl: string, timeoutMs: number, fetch: FetchLike, signal: AbortSignal): Promise<DeprecationFeed | null>;
/** `{origin}/models/metrics`, asking only for the step's models. */
export declare function fetchMetrics(baseUrl: string, names: readonly string[], timeoutMs: number, fetch: FetchLike, signal: AbortSignal): Promise<LiveMetrics | null>;
export declare function fetchBalance(config: {
    apiKey: string;
    baseUrl: string;
    timeoutMs: number;
}, fetch: FetchLike, signal: AbortSignal): Promise<BalanceCheck>;
/** `{origin}/v1/key`: the key's own facts; any failure (404 on older deployments) is `null`. */
export declare function fetchKeyFacts(config: {
    apiKey: string;
    baseUrl: string;
    timeoutMs: number;
}, fetch: FetchLike, signal: AbortSignal): Promise<KeyFacts | null>;
