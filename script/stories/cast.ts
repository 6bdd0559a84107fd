/**
 * The cast most stories share: Claude Sonnet 4.5 by all its names, the gpt-4o that answers in its
 * place, and the probe that asks one then the other.
 */
import type { ModelScript, Reply, Scenario } from '../aiml-api.ts'
import type { ProbeSetup } from './story.ts'

export const CLAUDE = 'anthropic/claude-sonnet-4.5'
/** Every name Claude Sonnet 4.5 answers to (the catalog's ID and aliases). */
export const CLAUDE_NAMES = [CLAUDE, 'claude-sonnet-4-5', 'claude-sonnet-4-5-20250929']
export const GPT4O = { 'gpt-4o': { ok: true }, 'openai/gpt-4o': { ok: true } } satisfies Record<
  string,
  ModelScript
>

/** Each of Claude's names answers the same way. */
export function claudeAnswers(script: ModelScript): Record<string, ModelScript> {
  return Object.fromEntries(CLAUDE_NAMES.map(name => [name, script]))
}

/** Claude fails with `reply`, gpt-4o answers: one story per category reads this way. */
export function claudeFails(reply: Reply, extra: Partial<Scenario> = {}): Scenario {
  return { models: { ...claudeAnswers({ replies: [reply] }), ...GPT4O }, ...extra }
}

export const CLAUDE_WITH_GPT4O: ProbeSetup = { models: [{ id: CLAUDE, fallbacks: ['gpt-4o'] }] }

/** A hanging model, probed quickly: one try of 1 s, then the fallback. */
export const HANGS: Pick<ProbeSetup, 'timeoutSeconds' | 'retries'> = {
  timeoutSeconds: 1,
  retries: 0
}
