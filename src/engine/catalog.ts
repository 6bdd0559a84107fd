/**
 * The AIML model catalog, `GET {base-url}/models`, public (no key). It names each model's
 * canonical ID and its aliases, and lets a typo be answered with the nearest real IDs.
 */
import { isRecord } from './json.js'

export interface CatalogEntry {
  id: string
  aliases: string[]
  type: string
  name: string
}

export type Catalog = readonly CatalogEntry[]

/**
 * A model ID as the catalog writes them. Inputs are held to it, and so is the catalog itself:
 * its IDs are API text that the diagnosis prints as code, so anything else is dropped.
 */
export const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/

const MAX_ENTRIES = 5_000
const MAX_ALIASES_PER_ENTRY = 20

/** Accepts a bare array or `{data: [...]}`; entries without a string `id` are skipped. */
export function parseCatalog(json: unknown): Catalog | null {
  const list = Array.isArray(json)
    ? json
    : isRecord(json) && Array.isArray(json.data)
      ? json.data
      : null
  if (!list) return null
  const entries: CatalogEntry[] = []
  // AIML lists hundreds of models; a list far longer is not a catalog worth scanning.
  for (const item of list.slice(0, MAX_ENTRIES)) {
    if (!isRecord(item) || typeof item.id !== 'string' || !MODEL_ID.test(item.id)) continue
    const info = isRecord(item.info) ? item.info : {}
    entries.push({
      id: item.id,
      aliases: Array.isArray(item.aliases)
        ? item.aliases
            .filter((a): a is string => typeof a === 'string' && MODEL_ID.test(a))
            .slice(0, MAX_ALIASES_PER_ENTRY)
        : [],
      type: typeof item.type === 'string' ? item.type : '',
      name: typeof info.name === 'string' ? info.name : ''
    })
  }
  return entries
}

/** The entry that answers to this ID, as its canonical ID or one of its aliases. */
export function findModel(catalog: Catalog, modelId: string): CatalogEntry | undefined {
  const wanted = modelId.toLowerCase()
  return (
    catalog.find(e => e.id.toLowerCase() === wanted) ??
    catalog.find(e => e.aliases.some(a => a.toLowerCase() === wanted))
  )
}

/**
 * The other names of the configured model, to try when the configured one is refused: the
 * canonical ID first, then the aliases in catalog order.
 */
export function otherNames(catalog: Catalog, modelId: string): string[] {
  const entry = findModel(catalog, modelId)
  if (!entry) return []
  const names = [entry.id, ...entry.aliases].filter(n => n !== modelId)
  return [...new Set(names)]
}

/** The nearest catalog IDs by edit distance, for "did you mean". */
export function suggestModels(catalog: Catalog, modelId: string, count = 3): string[] {
  const wanted = modelId.toLowerCase()
  const wantedTail = tail(wanted)
  const scored = catalog.map(entry => {
    const names = [entry.id, ...entry.aliases].map(n => n.toLowerCase())
    const distance = Math.min(
      ...names.flatMap(n => [editDistance(wanted, n), editDistance(wantedTail, tail(n))])
    )
    return { id: entry.id, distance }
  })
  // Beyond about a third of the ID's length, a "suggestion" is another model altogether.
  const limit = Math.max(2, Math.ceil(wantedTail.length / 3))
  return scored
    .filter(s => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(s => s.id)
}

function tail(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1)
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]!
}
