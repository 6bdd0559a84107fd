/**
 * The change to paste, in the user's own terms: the step's `model` input, or the lines of its
 * `models` table, before and after. One diff a comment, whatever the number of models, and
 * never a variable the user did not name. Pure.
 */
import type { Check } from '../engine/check/check.js'
import type { ModelSpec } from '../engine/check/model-table.js'

/** The step's own input: `models` when its lines were written there, else `model`. */
function usesModelsInput(check: Pick<Check, 'configured'>): boolean {
  const [only] = check.configured
  return check.configured.length !== 1 || !only || only.declared || only.line === true
}

/** The table line a spec stands for, as written (kind, `+NAME` tokens), its ID replaced by `id`. */
function tableLine(spec: ModelSpec, id: string): string {
  const prefix = spec.declared ? `${spec.kind}:` : ''
  const tokens = (spec.lineRequire ?? []).map(name => ` +${name}`).join('')
  const fallbacks = spec.fallbacks.filter(f => f !== id)
  return `${prefix}${id}${tokens}${fallbacks.length ? ` -> ${fallbacks.join(', ')}` : ''}`
}

/** The ```diff block for every model with an ID to switch to; [] when there is none. */
export function switchSnippet(check: Pick<Check, 'configured' | 'models'>): string[] {
  const swaps = check.configured.flatMap(spec => {
    const to = check.models.find(m => m.report.configuredModel === spec.id)?.diagnosis.switchTo
    return to ? [{ spec, to: to.id }] : []
  })
  if (swaps.length === 0) return []
  if (!usesModelsInput(check)) {
    const [{ spec, to }] = swaps as [(typeof swaps)[number]]
    return ['```diff', `- model: ${spec.id}`, `+ model: ${to}`, '```']
  }
  // A model the table holds already (gpt-4o as its own line), or that this diff adds for another
  // line, is not written twice (the action refuses a table that lists an ID twice): the line goes.
  const written = new Set(check.configured.map(spec => `${spec.kind}:${spec.id}`))
  const lines = swaps.flatMap(({ spec, to }) => {
    const removed = `-   ${tableLine(spec, spec.id)}`
    if (written.has(`${spec.kind}:${to}`)) return [removed]
    written.add(`${spec.kind}:${to}`)
    return [removed, `+   ${tableLine(spec, to)}`]
  })
  return ['```diff', '  models: |', ...lines, '```']
}
