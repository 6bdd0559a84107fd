/**
 * The key's own facts: AIML answers `GET {origin}/v1/key` with the key itself, free. Whether it
 * is disabled, what it may call and its own spending limit settle refusals the words cannot
 * (SPEC.md, Version 3, "The key's own facts"): a key whose monthly limit is used up while the
 * account holds money is not an empty account.
 *
 * Read strictly: a field of the wrong type, an unknown retention or a prefix that is not a key's
 * makes the whole answer unread, and an unread answer changes nothing.
 */
import { z } from 'zod'
import type { Category } from '../classify/categories.js'
import type { ProbedKind } from '../read/kinds.js'
import type { Concern } from '../classify/rules.js'
import { SHOWN_KEY_CHARS } from '../read/redact.js'

const KEY = z.object({
  disabled: z.boolean(),
  prefix: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
  scopes: z
    .array(z.string().regex(/^model:[a-z_]{1,32}$/))
    .max(32)
    .readonly(),
  limit: z.object({
    retention: z.enum(['no_reset', 'day', 'week', 'month']),
    threshold: z.number().finite().nonnegative().nullable()
  }),
  monthly_usage: z.number().finite().nonnegative()
})

export type KeyFacts = z.infer<typeof KEY>

/** What the key's facts found against a refusal. */
export type KeyFinding = 'disabled' | 'scopes' | 'limit'

/** `{origin}/v1/key`, whatever path the base URL has. */
export function keyUrl(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/v1/key`
}

export function parseKeyFacts(json: unknown): KeyFacts | null {
  const read = KEY.safeParse(json)
  return read.success ? read.data : null
}

/**
 * The prefix as we may show it. AIML's `prefix` names the key by its first characters; more than
 * `SHOWN_KEY_CHARS` of them are a piece of the key that the redactor hides wherever it appears,
 * so every line about the key would read `***…`. Cut as the support message's hint is, when the
 * key starts with it.
 */
export function shownPrefix(facts: KeyFacts, apiKey: string): KeyFacts {
  const key = apiKey.trim()
  const cut = facts.prefix.length > SHOWN_KEY_CHARS && key.startsWith(facts.prefix)
  return cut ? { ...facts, prefix: key.slice(0, SHOWN_KEY_CHARS) } : facts
}

/** Every scope AIML names; a key with all of them (or none listed) may call anything. */
const ALL_SCOPES = [
  'model:chat',
  'model:responses',
  'model:image',
  'model:audio',
  'model:video',
  'model:embeddings',
  'model:speech',
  'model:ocr'
] as const

/** Whether the key's scopes leave something out. */
export function scopesLimited(facts: KeyFacts): boolean {
  return facts.scopes.length > 0 && !ALL_SCOPES.every(scope => facts.scopes.includes(scope))
}

/** The scope a kind of model needs. */
export const SCOPE_OF: Readonly<Record<ProbedKind, string>> = {
  chat: 'model:chat',
  image: 'model:image',
  embedding: 'model:embeddings'
}

/** Categories a refused key could have produced; server trouble and limits are not refusals. */
const REFUSALS: readonly Category[] = [
  'auth',
  'provider-access',
  'bad-request',
  'unknown',
  'insufficient-credits'
]

interface KeyRule {
  finding: KeyFinding
  category: Category
  applies: (
    refusal: { category: Category; concern: Concern | null },
    facts: KeyFacts,
    kind: ProbedKind
  ) => boolean
  source: string
}

const SPEC = "SPEC.md, Version 3, The key's own facts"

/** The key's evidence, in order; the first that applies decides. */
// prettier-ignore
const KEY_RULES: readonly KeyRule[] = [
  { finding: 'disabled', category: 'auth', applies: (_r, facts) => facts.disabled, source: SPEC },
  { finding: 'scopes', category: 'auth', applies: (r, facts, kind) => r.category !== 'insufficient-credits' && facts.scopes.length > 0 && !facts.scopes.includes(SCOPE_OF[kind]), source: SPEC },
  { finding: 'limit', category: 'insufficient-credits', applies: (r, facts) => (r.concern === 'billing' || r.category === 'insufficient-credits') && limitUsedUp(facts), source: SPEC }
]

/** Whether the key's facts could change this refusal's reading, so they are worth waiting for. */
export function wantsKeyFacts(refusal: { category: Category }): boolean {
  return REFUSALS.includes(refusal.category)
}

/** What the key's facts say of a refusal: a finding and its category, or null (the text decides). */
export function weighKey(
  refusal: { category: Category; concern: Concern | null },
  facts: KeyFacts | null,
  kind: ProbedKind
): { finding: KeyFinding; category: Category } | null {
  if (facts === null || !wantsKeyFacts(refusal)) return null
  const rule = KEY_RULES.find(r => r.applies(refusal, facts, kind))
  return rule ? { finding: rule.finding, category: rule.category } : null
}

/** A monthly limit with a threshold, reached. Another retention: the text decides. */
export function limitUsedUp(facts: KeyFacts): boolean {
  const { retention, threshold } = facts.limit
  return retention === 'month' && threshold !== null && facts.monthly_usage >= threshold
}
