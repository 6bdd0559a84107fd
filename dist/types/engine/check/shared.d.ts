import type { Catalog } from '../evidence/catalog.js';
import type { DeprecationFeed } from '../evidence/deprecations.js';
import type { BalanceCheck } from '../evidence/evidence.js';
import type { LiveMetrics } from '../evidence/metrics.js';
import type { ProbedKind } from '../read/kinds.js';
import type { Capability } from '../probe/capabilities.js';
import type { SpeedBounds } from '../probe/capability-report.js';
import { type ModelResult, type ProbeIO, type Role } from '../probe/probe.js';
import { type Redactor } from '../read/redact.js';
import type { KeyFacts } from '../evidence/key-facts.js';
export interface ProbeConfig extends SpeedBounds {
    apiKey: string;
    model: string;
    /** How the model is asked; chat when absent. */
    kind?: ProbedKind;
    /** The kind came from a prefix; else the catalog may correct it (catalog-kind.ts). */
    kindDeclared?: boolean;
    fallbackModels: readonly string[];
    baseUrl: string;
    retries: number;
    timeoutMs: number;
    prompt: string;
    maxTokens: number;
    /** Capabilities asked beside the plain probe, of this model and its fallbacks (chat only). */
    require?: readonly Capability[];
}
/**
 * What the models of one step share: the catalog, the balance, the deprecation feed and the
 * live metrics, asked once, and every probe, asked once however many models name it (a
 * fallback shared by several models).
 */
export interface Shared {
    catalog: Promise<Catalog | null>;
    balance: Promise<BalanceCheck>;
    /** `GET /v1/key`, asked beside the balance; null when it could not be read. */
    key: Promise<KeyFacts | null>;
    deprecations: Promise<DeprecationFeed | null>;
    metrics: Promise<LiveMetrics | null>;
    signal: AbortSignal;
    /** The step's redactor, built once from the key. */
    redact: Redactor;
    /** With `require` (chat only), each capability is its own request, sent at the same time. */
    ask: (model: string, role: Role, kind: ProbedKind, require?: readonly Capability[]) => Promise<ModelResult>;
    /** Drops whatever side request is still under way. */
    close: () => void;
}
/** `names`: the step's configured IDs, the models whose live metrics are asked for. */
export declare function startShared(config: Omit<ProbeConfig, 'model' | 'fallbackModels'>, io: ProbeIO, names: readonly string[]): Shared;
