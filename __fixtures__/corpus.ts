/**
 * The recorded corpus of real error bodies (error-bodies.json): each entry names its public
 * source and the category the classifier must give it.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Exchange } from '../src/engine/send/exchange.js'

export interface CorpusEntry {
  name: string
  source: string
  status: number
  headers?: Record<string, string>
  body: unknown
  category: string
  /** The category once a positive balance (or a working key) is weighed in, when it differs. */
  categoryWithPositiveBalance?: string
  /** The provider or gateway family the body comes from. */
  provider?: string
  reconstructed?: boolean
  endpoint?: 'chat' | 'images' | 'embeddings'
  note?: string
  /** The kind of failure the body shows (`stream-error-event`, `cloud-quota-metric`, …), for bodies gathered since v3. */
  family?: string
}

const load = (file: string): CorpusEntry[] =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as CorpusEntry[]

/** The bodies the rules were written against. */
export const corpus = [...load('./error-bodies.json'), ...load('./error-bodies-v3.json')]

/**
 * Bodies set aside before any rule was written for them and measured last: the figure that
 * predicts how the rules do on bodies nobody has shown us. A fifth of those gathered for
 * Diagnosis v2, and a third of the image and embedding bodies (sha256 of the name, as a number,
 * divisible by 3).
 */
export const holdout = [
  ...load('./error-bodies-holdout.json'),
  ...load('./error-bodies-v3-holdout.json')
]

/**
 * The v3 bodies (issue 23), gathered from families the corpus did not have, were split before any
 * rule was written for them: a body is held out when the sha256 of its text (as exchangeOf sends
 * it) starts with 0, 1 or 2, about a fifth.
 */
export const heldOutByHash = (body: string): boolean =>
  /^[012]/.test(createHash('sha256').update(body).digest('hex'))

/** The v3 bodies alone, trained and held out, for accuracy per failure family. */
export const v3 = {
  trained: load('./error-bodies-v3.json'),
  heldOut: load('./error-bodies-v3-holdout.json')
}

/** The family a body comes from, for accuracy per provider. */
export function familyOf(entry: CorpusEntry): string {
  return entry.provider ?? entry.name.split('-')[0] ?? 'other'
}

export function exchangeOf(entry: CorpusEntry): Exchange {
  const body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body)
  const headers = Object.fromEntries(
    Object.entries(entry.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])
  )
  return { status: entry.status, headers, body }
}
