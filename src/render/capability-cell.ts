/**
 * One short cell for the model table: each required capability and how it came out, and the
 * stream's first token. No API text: states are our own words.
 */
import { CAPABILITY_IDS } from '../engine/probe/capabilities.js'
import type { Report } from '../engine/decide/report.js'
import { formatMs } from './text.js'

export function capabilityCell(report: Report): string {
  const states = report.capabilities
  if (!states) return ''
  const parts = CAPABILITY_IDS.flatMap(c => {
    const state = states[c]
    if (state === undefined) return []
    return [state === 'ok' ? `${c} ✓` : state === 'missing' ? `${c} missing` : `${c} ${state}`]
  })
  const ttft = report.ttftMs === null ? '' : ` (first token ${formatMs(report.ttftMs)})`
  return `${parts.join(', ')}${ttft}`
}
