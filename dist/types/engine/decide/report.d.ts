/**
 * The report: everything one probe found, as plain data. The action, the CLI and the demo all
 * render this one object; nothing downstream asks the network again.
 */
import type { Balance } from '../evidence/billing.js';
import type { CapabilityFacts } from '../probe/capability-report.js';
import type { Category } from '../classify/categories.js';
import type { Deprecation } from '../evidence/deprecations.js';
import type { BalanceCheck, DecidedBy } from '../evidence/evidence.js';
import type { Live } from './foresight.js';
import type { KeyFacts, KeyFinding } from '../evidence/key-facts.js';
import type { ProbedKind } from '../read/kinds.js';
import type { Attempt } from '../probe/probe.js';
export type Status = 'available' | 'alias' | 'fallback' | 'unavailable';
/** Why no fallback was asked although the model failed. */
export type FallbackSkip = 'account-wide' | 'none-configured' | null;
export interface Cost {
    tokens: number;
    usd: number | null;
    credits: number | null;
}
export interface Report {
    status: Status;
    available: boolean;
    /** The ID to use now: configured, else working alias, else recommended fallback, else ''. */
    model: string;
    configuredModel: string;
    kind: ProbedKind;
    /** Asked as chat (no prefix), refused, and asked again as the kind the catalog names. */
    kindFromCatalog: boolean;
    /** The ID of the requested model that answered (configured or alias), else ''. */
    resolvedModel: string;
    errorCategory: Category | null;
    /** One line, redacted; carries the did-you-mean. */
    errorMessage: string;
    fallbackModel: string;
    latencyMs: number | null;
    attempts: Attempt[];
    /** Nearest catalog IDs when the configured one is unknown. */
    suggestions: string[];
    /** Other names of the configured model the catalog lists (canonical first). */
    aliases: string[];
    fallbacksSkipped: FallbackSkip;
    balance: Balance | null;
    /** Whether the same key read the balance: true, false (refused), or null (no answer). */
    keyWorks: boolean | null;
    /** What the balance call showed (read, answered, refused, failed); null: no answer in time. */
    balanceCheck: BalanceCheck | null;
    /** What decided the configured ID's category: the rule, and the text or the evidence. */
    evidence: {
        rule: string;
        decidedBy: DecidedBy;
        keyFinding?: KeyFinding;
    } | null;
    /** The key's own facts (`GET /v1/key`), when they were read in time; null otherwise. */
    keyFacts: KeyFacts | null;
    /** Whether the catalog could be read at all. */
    catalogAvailable: boolean;
    /** What AIML's deprecation feed says of the configured model; null: nothing, or no feed. */
    deprecation: Deprecation | null;
    /** What it says of the recommended fallback (a deprecated one is recommended with its date). */
    fallbackDeprecation: Deprecation | null;
    /** "Is it just me?", by AIML's live metrics, when a failure or a slow answer asks it. */
    live: Live | null;
    cost: Cost;
    /** Each required capability's state, the first streamed token, what the catalog declares. */
    capabilities: CapabilityFacts['capabilities'];
    ttftMs: number | null;
    declared: CapabilityFacts['declared'];
    baseUrl: string;
    /** ISO time the probe started. */
    startedAt: string;
    durationMs: number;
}
export declare function totalCost(attempts: readonly Attempt[]): Cost;
