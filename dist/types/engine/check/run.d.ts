import { type ProbeIO } from '../probe/probe.js';
import { type Report } from '../decide/report.js';
import { type ProbeConfig, type Shared } from './shared.js';
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
