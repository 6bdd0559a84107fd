/**
 * The step at a glance: one row per configured model, in the table's order, skipped ones too.
 * Shared by the job summary and the PR comment. At most 8 short columns, no API text.
 */
import { attemptsByRow, type Check, type ModelCheck } from '../engine/check/check.js'
import type { Attempt } from '../engine/probe/probe.js'
import { totalCost } from '../engine/decide/report.js'
import { CREDITS_PER_USD, formatUsd } from '../engine/words/money.js'
import type { ModelSpec } from '../engine/check/model-table.js'
import type { Report } from '../engine/decide/report.js'
import type { Verdict } from '../engine/decide/verdict.js'
import { markdownHeader } from './attempts.js'
import { capabilityCell } from './capability-cell.js'
import { code, formatMs, formatShare } from './text.js'

/**
 * No Kind column: a model of another kind than chat is named as the `models` line writes it
 * (`image:flux/schnell`), which keeps the table narrow enough not to scroll in a PR comment.
 */
const MODEL_HEADERS = ['Model', 'Status', 'Category', 'Use now', 'Latency', 'Cost'] as const

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' }
const SKIPPED_ICON = '⏭️'

/**
 * One row per configured model; a skipped kind says so and leaves the rest blank. `uptime`: each
 * model's 7-day share of checks up, from the dashboard's history, shown beside its status.
 */
export function modelsMarkdown(
  check: Check,
  uptime: Readonly<Record<string, number>> = {}
): string {
  // The column is there only when some model was asked for capabilities.
  const needs = check.models.some(m => m.report.capabilities !== null)
  const paid = attemptsByRow(check)
  const rows = check.configured.map(spec => {
    const probed = check.models.find(m => m.report.configuredModel === spec.id)
    const cells = probed ? probedCells(probed, paid.get(spec.id) ?? []) : skippedCells(spec)
    const week = uptime[spec.id]
    if (probed && week !== undefined) cells[1] = `${cells[1]} · ${formatShare(week)} 7 d`
    if (needs) cells.splice(2, 0, probed ? capabilityCell(probed.report) : '')
    return `| ${cells.join(' | ')} |`
  })
  const headers = needs
    ? [...MODEL_HEADERS.slice(0, 2), 'Needs', ...MODEL_HEADERS.slice(2)]
    : MODEL_HEADERS
  return [markdownHeader(headers), ...rows].join('\n')
}

/** `paid`: the requests this row pays for, each request of the step in one row. */
function probedCells({ report, verdict }: ModelCheck, paid: readonly Attempt[]): string[] {
  const { usd, credits } = totalCost(paid)
  const cost = usd ?? (credits === null ? null : credits / CREDITS_PER_USD)
  return [
    modelCell(report.configuredModel, report.kind),
    `${statusIcon(report, verdict)} ${report.status}`,
    report.errorCategory ? code(report.errorCategory) : deprecationCell(report),
    // Said once: a model to keep as it is leaves the cell blank (its ID is the row's first cell).
    report.model === report.configuredModel ? '' : report.model ? code(report.model) : '–',
    formatMs(report.latencyMs),
    cost === null ? '–' : formatUsd(cost)
  ]
}

/**
 * The verdict's icon, except for `alias`: the model works, under another name, so it is a
 * warning to rename rather than a cross, whatever the policy decided.
 */
function statusIcon(report: Report, verdict: Verdict): string {
  return report.status === 'alias' && verdict === 'fail' ? VERDICT_ICON.warn : VERDICT_ICON[verdict]
}

/** A model that answers but is in AIML's deprecation feed: the word and the date, short. */
function deprecationCell(report: Report): string {
  const d = report.deprecation
  if (!d) return ''
  return d.shutdownAt ? `${d.status} (${d.shutdownAt})` : d.status
}

/** The ID as a `models` line writes it: chat bare, another kind with its prefix. */
function modelCell(id: string, kind: string): string {
  return code(kind === 'chat' ? id : `${kind}:${id}`)
}

function skippedCells(spec: ModelSpec): string[] {
  return [modelCell(spec.id, spec.kind), `${SKIPPED_ICON} skipped`, '', '–', '–', '–']
}

/**
 * Models that were listed without a prefix and that the catalog calls another kind: the line
 * to write, so that the first round asks them right.
 */
export function prefixNotes(check: Check): string[] {
  return check.models
    .filter(m => m.report.kindFromCatalog)
    .map(
      ({ report }) =>
        `${code(report.configuredModel)} is an ${report.kind} model by AIML's catalog, so it was asked again as one: write it ${code(`${report.kind}:${report.configuredModel}`)} in \`models\`.`
    )
}

/** One model: its ID and its status in words. Several: how many do not answer. */
export function stepHeadline(check: Check): string {
  const [only] = check.models
  if (check.configured.length === 1 && only) {
    const shutdown = only.report.available ? only.report.deprecation?.shutdownAt : null
    const when = shutdown ? `, shuts down on ${shutdown}` : ''
    return `${code(only.report.configuredModel)} — ${statusWords(only.report)}${when}`
  }
  const count = check.models.length
  const down = check.models.filter(m => !m.report.available).length
  const retiring = check.models.filter(m => m.report.available && m.report.deprecation).length
  const skipped =
    (retiring ? `, ${retiring} deprecated` : '') +
    (check.skipped.length ? `, ${check.skipped.length} skipped` : '')
  const models = `${count} model${count === 1 ? '' : 's'}`
  if (count === 0) return `no model probed${skipped}`
  if (down === 0) {
    return `${count === 1 ? 'the probed model answers' : `all ${models} answer`}${skipped}`
  }
  return `${down} of ${models} not available${skipped}`
}

function statusWords(report: Report): string {
  switch (report.status) {
    case 'available':
      return 'available'
    case 'alias':
      return 'not available under this ID'
    case 'fallback':
      // The ID to use is said once, on the "Use now" line below (and in the table's column).
      return 'not available'
    case 'unavailable':
      return 'not available'
  }
}
