import type { Category } from '../classify/categories.js';
import { type Diagnosis } from '../words/diagnose.js';
import type { ProbedKind } from '../read/kinds.js';
import { type ModelSpec } from './model-table.js';
import type { Attempt, ProbeIO } from '../probe/probe.js';
import type { Report, Status } from '../decide/report.js';
import { type ProbeConfig } from './shared.js';
import { type Verdict, type VerdictPolicy, type VerdictReason } from '../decide/verdict.js';
export interface CheckConfig extends ProbeConfig {
    models: readonly ModelSpec[];
    failOn: readonly Category[];
    /** 0 or absent: deprecations only warn. */
    failBeforeShutdownDays?: number;
}
/** One configured model: what the probe found, what it means, and what the policy says. */
export interface ModelCheck {
    report: Report;
    diagnosis: Diagnosis;
    verdict: Verdict;
    /** Why the verdict is what it is (`shutdown-soon`: a deprecation inside the window). */
    reason: VerdictReason;
}
export interface Check {
    /** Every configured model, probed or not, in the order of the table. */
    configured: readonly ModelSpec[];
    models: ModelCheck[];
    /** Declared kinds that have no probe: not asked, never failing the step. */
    skipped: ModelSpec[];
    /** The step's verdict: the worst of the models'. */
    verdict: Verdict;
    /** The step's status: the worst of the probed models', or `skipped` when none was probed. */
    status: Status | 'skipped';
}
/**
 * Every configured model in the same two rounds as one: the catalog, the balance and every
 * configured ID at once; then the aliases and fallbacks of every model that failed, at once.
 */
export declare function runCheck(config: CheckConfig, io?: ProbeIO): Promise<Check>;
/** One model's report, diagnosed for a person and judged by the policy. */
export declare function checkModel(report: Report, policy: VerdictPolicy, keyHint: string): ModelCheck;
/**
 * Every request the step sent, once: a probe two models share (gpt-4o configured on one line
 * and another's fallback) is one request, listed and paid once. The memo asks a kind and ID once
 * a step, so kind, ID and try name a request.
 */
export declare function stepAttempts(check: Pick<Check, 'models'>): Attempt[];
/**
 * Each model's own requests, so that the rows of the model table add up to the step's cost: a
 * request is paid in the row of the model that configured it, else in the first row that asked
 * it (a fallback shared by two models is paid once).
 */
export declare function attemptsByRow(check: Pick<Check, 'models'>): Map<string, Attempt[]>;
/** The `report` output and the CLI's `--json`: the report, the verdict and the diagnosis. */
export declare function reportDocument(check: ModelCheck): {
    verdict: Verdict;
    diagnosis: Diagnosis;
    status: Status;
    available: boolean;
    model: string;
    configuredModel: string;
    kind: ProbedKind;
    kindFromCatalog: boolean;
    resolvedModel: string;
    errorCategory: Category | null;
    errorMessage: string;
    fallbackModel: string;
    latencyMs: number | null;
    attempts: Attempt[];
    suggestions: string[];
    aliases: string[];
    fallbacksSkipped: import("../decide/report.js").FallbackSkip;
    balance: import("../evidence/billing.js").Balance | null;
    keyWorks: boolean | null;
    balanceCheck: import("../evidence/evidence.js").BalanceCheck | null;
    evidence: {
        rule: string;
        decidedBy: import("../evidence/evidence.js").DecidedBy;
        keyFinding?: import("../evidence/key-facts.js").KeyFinding;
    } | null;
    keyFacts: import("../evidence/key-facts.js").KeyFacts | null;
    catalogAvailable: boolean;
    deprecation: import("../evidence/deprecations.js").Deprecation | null;
    fallbackDeprecation: import("../evidence/deprecations.js").Deprecation | null;
    live: import("../decide/foresight.js").Live | null;
    cost: import("../decide/report.js").Cost;
    capabilities: import("../probe/capability-report.js").CapabilityFacts["capabilities"];
    ttftMs: number | null;
    declared: import("../probe/capability-report.js").CapabilityFacts["declared"];
    baseUrl: string;
    startedAt: string;
    durationMs: number;
};
