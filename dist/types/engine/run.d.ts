/**
 * probe → diagnose: asks the configured model, and only when it fails, its other names and the
 * fallbacks. Independent questions go together: the catalog, the balance and the configured
 * model in one round trip; aliases and fallbacks together in a second.
 */
import type { Capability } from './capabilities.js';
import { type SpeedBounds } from './capability-report.js';
import type { ProbedKind } from './model-table.js';
import { type ProbeIO } from './probe.js';
import { type Report } from './report.js';
import { type Shared } from './shared.js';
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
/** How long side requests may still take once the probes are done. */
export declare const SIDE_GRACE_MS = 250;
export declare const defaultIO: ProbeIO;
/**
 * The longest the probing can take: the configured model's bound; one wait between the rounds
 * (for the catalog after a refusal it can explain, a timeout at most; or for the balance after
 * a refusal it can weigh, a second at most); the same model asked again as the kind the catalog
 * names; then the aliases' and fallbacks' bound (they run together), and the side requests'
 * grace.
 */
export declare function probeBoundMs(config: Pick<ProbeConfig, 'retries' | 'timeoutMs'>): number;
export declare function runProbe(config: ProbeConfig, io?: ProbeIO, shared?: Shared): Promise<Report>;
