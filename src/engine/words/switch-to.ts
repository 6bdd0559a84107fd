/**
 * The ID to use instead of the configured one, said once by every writer: "Use now" when the
 * model fails, "Move to" when AIML is retiring it. Pure.
 */
import type { Deprecation } from '../evidence/deprecations.js'

export interface SwitchTo {
  label: 'Use now' | 'Move to'
  id: string
  /** Why this ID, in a clause: "it answers with this key". */
  why: string
}

/** "Use now: `gpt-4o` — it answers with this key." */
export function switchWords(to: SwitchTo): string {
  return `${to.label}: \`${to.id}\` — ${to.why}.`
}

/** When the move is due: the date is in the deprecation note already. */
export function moveWhy(deprecation: Deprecation): string {
  if (deprecation.status === 'superseded') return 'when convenient'
  return 'before the shutdown'
}
