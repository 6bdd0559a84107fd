/**
 * The verdict, decided once from the report and the policy; reporting never changes it.
 */
import type { Category } from './categories.js'
import type { Report } from './report.js'

export type Verdict = 'pass' | 'warn' | 'fail'

/**
 * Fails when the configured ID is not available and its category is one the policy fails on;
 * any other unavailability warns. An alias that answers does not pass: the application still
 * sends the configured ID.
 */
export function decideVerdict(report: Report, failOn: readonly Category[]): Verdict {
  if (report.available) return 'pass'
  const category = report.errorCategory || 'unknown'
  return failOn.includes(category) ? 'fail' : 'warn'
}
