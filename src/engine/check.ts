/**
 * The whole check, free of GitHub and of any terminal: probe → diagnose → verdict, once. The
 * action and the CLI both call this and only read inputs and write outputs around it.
 */
import type { Category } from './categories.js'
import { diagnose, type Diagnosis } from './diagnose.js'
import { isProbed, type ModelSpec } from './model-table.js'
import type { ProbeIO } from './probe.js'
import { keyHint } from './redact.js'
import type { Report } from './report.js'
import { defaultIO, runProbe, startShared, type ProbeConfig } from './run.js'
import { decideVerdict, type Verdict } from './verdict.js'

export interface CheckConfig extends ProbeConfig {
  models: readonly ModelSpec[]
  failOn: readonly Category[]
}

/** One configured model: what the probe found, what it means, and what the policy says. */
export interface ModelCheck {
  report: Report
  diagnosis: Diagnosis
  verdict: Verdict
}

export interface Check {
  models: ModelCheck[]
  /** Declared kinds that have no probe: not asked, never failing the step. */
  skipped: ModelSpec[]
  /** The step's verdict: the worst of the models'. */
  verdict: Verdict
}

const SEVERITY: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 }

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst), 'pass')
}

/**
 * Every configured model in the same two rounds as one: the catalog, the balance and every
 * configured ID at once; then the aliases and fallbacks of every model that failed, at once.
 */
export async function runCheck(config: CheckConfig, io: ProbeIO = defaultIO): Promise<Check> {
  const shared = startShared(config, io)
  try {
    const probed = config.models.filter(spec => isProbed(spec.kind))
    const reports = await Promise.all(
      probed.map(spec =>
        runProbe(
          {
            ...config,
            model: spec.id,
            kind: isProbed(spec.kind) ? spec.kind : 'chat',
            fallbackModels: spec.fallbacks
          },
          io,
          shared
        )
      )
    )
    const models = reports.map(report => ({
      report,
      diagnosis: diagnose(report, keyHint(config.apiKey)),
      verdict: decideVerdict(report, config.failOn)
    }))
    const skipped = config.models.filter(spec => !isProbed(spec.kind))
    return { models, skipped, verdict: worstVerdict(models.map(m => m.verdict)) }
  } finally {
    shared.close()
  }
}

/** The `report` output and the CLI's `--json`: the report, the verdict and the diagnosis. */
export function reportDocument(check: ModelCheck) {
  return { ...check.report, verdict: check.verdict, diagnosis: check.diagnosis }
}
