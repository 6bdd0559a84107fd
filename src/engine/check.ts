/**
 * The whole check, free of GitHub and of any terminal: probe → diagnose → verdict, once. The
 * action and the CLI both call this and only read inputs and write outputs around it.
 */
import type { Category } from './categories.js'
import { diagnose, type Diagnosis } from './diagnose.js'
import type { ProbeIO } from './probe.js'
import { keyHint } from './redact.js'
import type { Report } from './report.js'
import { defaultIO, runProbe, type ProbeConfig } from './run.js'
import { decideVerdict, type Verdict } from './verdict.js'

export interface CheckConfig extends ProbeConfig {
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
  /** The step's verdict: the worst of the models'. */
  verdict: Verdict
}

const SEVERITY: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 }

export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (SEVERITY[v] > SEVERITY[worst] ? v : worst), 'pass')
}

export async function runCheck(config: CheckConfig, io: ProbeIO = defaultIO): Promise<Check> {
  const report = await runProbe(config, io)
  const model: ModelCheck = {
    report,
    diagnosis: diagnose(report, keyHint(config.apiKey)),
    verdict: decideVerdict(report, config.failOn)
  }
  return { models: [model], verdict: worstVerdict([model.verdict]) }
}

/** The `report` output and the CLI's `--json`: the report, the verdict and the diagnosis. */
export function reportDocument(check: ModelCheck) {
  return { ...check.report, verdict: check.verdict, diagnosis: check.diagnosis }
}
