/**
 * The step outputs, from the report. Pure: `run()` hands the result to `core.setOutput`.
 */
import { reportDocument, type ModelCheck } from '../engine/check.js'

export const OUTPUT_NAMES = [
  'available',
  'status',
  'model',
  'resolved-model',
  'error-category',
  'error-message',
  'fallback-model',
  'latency-ms',
  'report'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export function outputsOf(check: ModelCheck): Record<OutputName, string> {
  const report = check.report
  return {
    available: String(report.available),
    status: report.status,
    model: report.model,
    'resolved-model': report.resolvedModel,
    'error-category': report.errorCategory,
    'error-message': report.errorMessage,
    'fallback-model': report.fallbackModel,
    'latency-ms': report.latencyMs === null ? '' : String(report.latencyMs),
    report: JSON.stringify(reportDocument(check))
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
