/**
 * The step outputs, from the report. Pure: `run()` hands the result to `core.setOutput`.
 */
import { reportDocument, stepAttempts, type Check, type ModelCheck } from '../engine/check/check.js'
import { totalCost } from '../engine/decide/report.js'
import type { ModelSpec } from '../engine/check/model-table.js'

/** Each model's tracking issue, by configured ID: what the issue step wrote. */
export type IssueNumbers = Readonly<Record<string, number>>

/** One model, as `results` and `report.models[]` show it. */
function resultOf({ report }: ModelCheck, issues: IssueNumbers) {
  return {
    kind: report.kind,
    status: report.status,
    available: report.available,
    model: report.model,
    resolvedModel: report.resolvedModel,
    errorCategory: report.errorCategory,
    errorMessage: report.errorMessage,
    fallbackModel: report.fallbackModel,
    latencyMs: report.latencyMs,
    issueNumber: issues[report.configuredModel] ?? null,
    shutdownAt: report.deprecation?.shutdownAt ?? null,
    replacedBy: report.deprecation?.replacedBy ?? null,
    capabilities: report.capabilities,
    ttftMs: report.ttftMs
  }
}

/** A declared kind with no probe: listed, so that `results[ID]` never is undefined. */
function skippedResult(spec: ModelSpec) {
  return {
    kind: spec.kind,
    status: 'skipped' as const,
    available: false,
    model: '',
    resolvedModel: '',
    errorCategory: null,
    errorMessage: `Not probed: the kind '${spec.kind}' has no probe.`,
    fallbackModel: '',
    latencyMs: null,
    issueNumber: null,
    shutdownAt: null,
    replacedBy: null,
    capabilities: null,
    ttftMs: null
  }
}

/** Every configured model in the table's order, probed or skipped. */
function resultsOf(check: Check, issues: IssueNumbers) {
  return check.configured.map(spec => {
    const probed = check.models.find(m => m.report.configuredModel === spec.id)
    return [spec.id, probed ? resultOf(probed, issues) : skippedResult(spec)] as const
  })
}

export const OUTPUT_NAMES = [
  'available',
  'status',
  'model',
  'resolved-model',
  'error-category',
  'error-message',
  'fallback-model',
  'latency-ms',
  'report',
  'results',
  'issue-number',
  'deprecated',
  'shutdown-at',
  'replaced-by'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/**
 * With several models, `available` holds only when every model answered and `status` is the
 * worst of them; the other single-value outputs describe the first listed model.
 */
export function outputsOf(check: Check, issues: IssueNumbers = {}): Record<OutputName, string> {
  const [first] = check.models
  const results = resultsOf(check, issues)
  if (!first) {
    // Only kinds without a probe: nothing answered, and nothing failed either.
    const message = 'No model was probed: every kind in the table has no probe.'
    const models = results.map(([, result]) => result)
    return {
      ...outputsWithoutProbe(message),
      status: 'skipped',
      report: JSON.stringify({ status: 'skipped', available: false, verdict: 'pass', models }),
      results: JSON.stringify(Object.fromEntries(results))
    }
  }
  const report = first.report
  return {
    available: String(check.models.every(m => m.report.available)),
    status: check.status,
    model: report.model,
    'resolved-model': report.resolvedModel,
    'error-category': report.errorCategory ?? '',
    'error-message': report.errorMessage,
    'fallback-model': report.fallbackModel,
    'latency-ms': report.latencyMs === null ? '' : String(report.latencyMs),
    report: JSON.stringify({
      ...reportDocument(first),
      // With several models the document's verdict is the step's, and it lists every request.
      ...(check.configured.length > 1 ? stepWide(check) : {}),
      models: results.map(([, result]) => result)
    }),
    results: JSON.stringify(Object.fromEntries(results)),
    'issue-number': String(
      check.models.map(m => issues[m.report.configuredModel]).find(n => n !== undefined) ?? ''
    ),
    ...deprecationOutputs(check)
  }
}

/** What the step as a whole says, where the first model's report would speak for it alone. */
function stepWide(check: Check) {
  const attempts = stepAttempts(check)
  return {
    status: check.status,
    available: check.models.every(m => m.report.available),
    verdict: check.verdict,
    attempts,
    cost: totalCost(attempts)
  }
}

/**
 * `deprecated` when any configured model is deprecated or superseded in AIML's feed;
 * `shutdown-at` the earliest date among the listed (withdrawn too) and `replaced-by` that
 * model's replacement (without any date, the first listed).
 */
function deprecationOutputs(
  check: Check
): Record<'deprecated' | 'shutdown-at' | 'replaced-by', string> {
  const listed = check.models.flatMap(m => (m.report.deprecation ? [m.report.deprecation] : []))
  const dated = listed
    .filter(d => d.shutdownAt !== null)
    .sort((a, b) => a.shutdownAt!.localeCompare(b.shutdownAt!))
  const first = dated[0] ?? listed[0]
  return {
    // A withdrawn model is gone, not deprecated: its status and category say so.
    deprecated: String(listed.some(d => d.status !== 'withdrawn')),
    'shutdown-at': first?.shutdownAt ?? '',
    'replaced-by': first?.replacedBy ?? ''
  }
}

/**
 * When nothing could be probed (inputs refused, an unexpected error), the outputs still say so,
 * and `report` is still JSON, so that `fromJSON` in a later step does not fail.
 */
export function outputsWithoutProbe(message: string): Record<OutputName, string> {
  const errorMessage = message.split('\n')[0] ?? ''
  return {
    available: 'false',
    status: 'unavailable',
    model: '',
    'resolved-model': '',
    'error-category': '',
    'error-message': errorMessage,
    'fallback-model': '',
    'latency-ms': '',
    results: '{}',
    'issue-number': '',
    deprecated: 'false',
    'shutdown-at': '',
    'replaced-by': '',
    report: JSON.stringify({
      status: 'unavailable',
      available: false,
      model: '',
      errorCategory: null,
      errorMessage: message,
      verdict: 'fail',
      attempts: []
    })
  }
}
