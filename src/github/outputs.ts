/**
 * The step outputs, from the report. Pure: `run()` hands the result to `core.setOutput`.
 */
import { reportDocument, type Check, type ModelCheck } from '../engine/check.js'

/** One model, as `results` and `report.models[]` show it. */
function resultOf({ report }: ModelCheck) {
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
    shutdownAt: report.deprecation?.shutdownAt ?? null,
    replacedBy: report.deprecation?.replacedBy ?? null
  }
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
  'deprecated',
  'shutdown-at',
  'replaced-by'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/**
 * With several models, `available` holds only when every model answered and `status` is the
 * worst of them; the other single-value outputs describe the first listed model.
 */
export function outputsOf(check: Check): Record<OutputName, string> {
  const [first] = check.models
  if (!first) return outputsWithoutProbe('No model was probed.')
  const report = first.report
  return {
    available: String(check.models.every(m => m.report.available)),
    status: check.status,
    model: report.model,
    'resolved-model': report.resolvedModel,
    'error-category': report.errorCategory,
    'error-message': report.errorMessage,
    'fallback-model': report.fallbackModel,
    'latency-ms': report.latencyMs === null ? '' : String(report.latencyMs),
    report: JSON.stringify({
      ...reportDocument(first),
      models: check.models.map(resultOf)
    }),
    results: JSON.stringify(
      Object.fromEntries(check.models.map(m => [m.report.configuredModel, resultOf(m)]))
    ),
    ...deprecationOutputs(check)
  }
}

/**
 * `deprecated` when any configured model is in AIML's feed; `shutdown-at` the earliest date
 * among them and `replaced-by` that model's replacement (without any date, the first listed).
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
    deprecated: String(listed.length > 0),
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
    deprecated: 'false',
    'shutdown-at': '',
    'replaced-by': '',
    report: JSON.stringify({
      status: 'unavailable',
      available: false,
      model: '',
      errorCategory: '',
      errorMessage: message,
      verdict: 'fail',
      attempts: []
    })
  }
}
