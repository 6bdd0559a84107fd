/**
 * The whole check, free of GitHub and of any terminal: probe → diagnose → verdict, once. The
 * action and the CLI both call this and only read inputs and write outputs around it.
 */
import { withCapabilityWords } from '../words/capability-words.js'
import type { Category } from '../classify/categories.js'
import { diagnose, type Diagnosis } from '../words/diagnose.js'
import type { ProbedKind } from '../read/kinds.js'
import { isProbed, type ModelSpec } from './model-table.js'
import type { Attempt, ProbeIO } from '../probe/probe.js'
import { shutdownSoonHeadline } from '../words/foresight-words.js'
import { keyHint } from '../read/redact.js'
import type { Report, Status } from '../decide/report.js'
import { defaultIO, runProbe } from './run.js'
import { startShared, type ProbeConfig } from './shared.js'
import { judge, type Verdict, type VerdictPolicy, type VerdictReason } from '../decide/verdict.js'

export interface CheckConfig extends ProbeConfig {
  models: readonly ModelSpec[]
  failOn: readonly Category[]
  /** 0 or absent: deprecations only warn. */
  failBeforeShutdownDays?: number
}

/** One configured model: what the probe found, what it means, and what the policy says. */
export interface ModelCheck {
  report: Report
  diagnosis: Diagnosis
  verdict: Verdict
  /** Why the verdict is what it is (`shutdown-soon`: a deprecation inside the window). */
  reason: VerdictReason
}

export interface Check {
  /** Every configured model, probed or not, in the order of the table. */
  configured: readonly ModelSpec[]
  models: ModelCheck[]
  /** Declared kinds that have no probe: not asked, never failing the step. */
  skipped: ModelSpec[]
  /** The step's verdict: the worst of the models'. */
  verdict: Verdict
  /** The step's status: the worst of the probed models', or `skipped` when none was probed. */
  status: Status | 'skipped'
}

const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail']
const STATUSES: readonly Status[] = ['available', 'alias', 'fallback', 'unavailable']

/** The last of `values` in the order `best → worst`; `order[0]` when there are none. */
function worst<T>(order: readonly T[], values: readonly T[]): T {
  return order[Math.max(0, ...values.map(v => order.indexOf(v)))]!
}

/**
 * Every configured model in the same two rounds as one: the catalog, the balance and every
 * configured ID at once; then the aliases and fallbacks of every model that failed, at once.
 */
export async function runCheck(config: CheckConfig, io: ProbeIO = defaultIO): Promise<Check> {
  const probed = config.models.filter((spec): spec is ModelSpec & { kind: ProbedKind } =>
    isProbed(spec.kind)
  )
  const shared = startShared(
    config,
    io,
    probed.map(spec => spec.id)
  )
  try {
    const reports = await Promise.all(
      probed.map(spec =>
        runProbe(
          {
            ...config,
            model: spec.id,
            kind: spec.kind,
            kindDeclared: spec.declared,
            fallbackModels: spec.fallbacks,
            require: spec.require ?? []
          },
          io,
          shared
        )
      )
    )
    const hint = keyHint(config.apiKey)
    const models = reports.map(report => checkModel(report, config, hint))
    const skipped = config.models.filter(spec => !isProbed(spec.kind))
    return {
      configured: config.models,
      models,
      skipped,
      verdict: worst(
        VERDICTS,
        models.map(m => m.verdict)
      ),
      status:
        reports.length === 0
          ? 'skipped'
          : worst(
              STATUSES,
              reports.map(r => r.status)
            )
    }
  } finally {
    shared.close()
  }
}

/** One model's report, diagnosed for a person and judged by the policy. */
export function checkModel(report: Report, policy: VerdictPolicy, keyHint: string): ModelCheck {
  const judged = judge(report, policy)
  const diagnosis = withCapabilityWords(report, diagnose(report, keyHint), keyHint)
  // An answering model that fails the step says why: its shutdown is inside the window.
  if (judged.reason !== 'shutdown-soon' || !report.deprecation) {
    return { report, diagnosis, ...judged }
  }
  const window = policy.failBeforeShutdownDays ?? 0
  const headline = shutdownSoonHeadline(report.configuredModel, report.deprecation, window)
  return { report, diagnosis: { ...diagnosis, headline }, ...judged }
}

/**
 * Every request the step sent, once: a probe two models share (gpt-4o configured on one line
 * and another's fallback) is one request, listed and paid once. The memo asks a kind and ID once
 * a step, so kind, ID and try name a request.
 */
export function stepAttempts(check: Pick<Check, 'models'>): Attempt[] {
  const seen = new Map<string, Attempt>()
  for (const attempt of check.models.flatMap(m => m.report.attempts)) {
    if (!seen.has(requestKey(attempt))) seen.set(requestKey(attempt), attempt)
  }
  return [...seen.values()]
}

function requestKey(attempt: Attempt): string {
  return `${attempt.capability ?? attempt.kind}:${attempt.model}:${attempt.try}`
}

/**
 * Each model's own requests, so that the rows of the model table add up to the step's cost: a
 * request is paid in the row of the model that configured it, else in the first row that asked
 * it (a fallback shared by two models is paid once).
 */
export function attemptsByRow(check: Pick<Check, 'models'>): Map<string, Attempt[]> {
  const owner = new Map<string, string>()
  for (const { report } of check.models) {
    for (const a of report.attempts) {
      if (a.model === report.configuredModel) owner.set(requestKey(a), report.configuredModel)
    }
  }
  for (const { report } of check.models) {
    for (const a of report.attempts) {
      if (!owner.has(requestKey(a))) owner.set(requestKey(a), report.configuredModel)
    }
  }
  const rows = new Map<string, Attempt[]>(check.models.map(m => [m.report.configuredModel, []]))
  for (const attempt of stepAttempts(check))
    rows.get(owner.get(requestKey(attempt))!)?.push(attempt)
  return rows
}

/** The `report` output and the CLI's `--json`: the report, the verdict and the diagnosis. */
export function reportDocument(check: ModelCheck) {
  return { ...check.report, verdict: check.verdict, diagnosis: check.diagnosis }
}
