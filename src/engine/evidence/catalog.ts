/**
 * The AIML model catalog, `GET {base-url}/models`, public (no key). It names each model's
 * canonical ID and its aliases, and lets a typo be answered with the nearest real IDs.
 */
import { isRecord, listIn } from '../read/json.js'

export interface CatalogEntry {
  id: string
  aliases: string[]
  type: string
  /** Older entries name the endpoints the model is served at instead of a `type`. */
  endpoints: string[]
  name: string
  capabilities?: string[]
}

export type Catalog = readonly CatalogEntry[]

/**
 * A model ID as the catalog writes them. Inputs are held to it, and so is the catalog itself:
 * its IDs are API text that the diagnosis prints as code, so anything else is dropped.
 */
export const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}$/

/** AIML lists hundreds of models today; room for a catalog a hundred times that. */
const MAX_ENTRIES = 50_000
const MAX_ALIASES_PER_ENTRY = 20

/** Accepts a bare array or `{data: [...]}`; entries without a string `id` are skipped. */
export function parseCatalog(json: unknown): Catalog | null {
  const list = listIn(json, ['data'])
  if (!list) return null
  const entries: CatalogEntry[] = []
  // Past that, a list is not a catalog worth scanning.
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
      endpoints: Array.isArray(item.endpoints)
        ? item.endpoints.filter((e): e is string => typeof e === 'string').slice(0, 10)
        : [],
      name: typeof info.name === 'string' ? info.name : '',
      ...capabilityWords(item.capabilities)
    })
  }
  return entries
}

/** `?include=capabilities`: AIML's words (`tools`, `structured_output`, …) as a list or flags. */
function capabilityWords(value: unknown): { capabilities?: string[] } {
  const words = Array.isArray(value)
    ? value.filter((w): w is string => typeof w === 'string')
    : isRecord(value)
      ? Object.keys(value).filter(k => value[k] === true)
      : null
  return words ? { capabilities: words.slice(0, 50).map(w => w.toLowerCase()) } : {}
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

/** The most catalog names the did-you-mean compares in full, however large the catalog. */
export const MAX_COMPARED = 200

/** The nearest catalog IDs by edit distance, for "did you mean". */
export function suggestModels(catalog: Catalog, modelId: string, count = 3): string[] {
  return nearestModels(catalog, modelId, count).ids
}

/**
 * The nearest catalog IDs, and how many names were compared in full (the work, bounded by
 * MAX_COMPARED). A name is a candidate when its length, or its tail's (after the last `/`),
 * is within the limit of the typo's: an edit distance is never below the difference in length.
 * Candidates are ranked by the trigrams they share with the typo, a pass over every name that
 * costs a lookup per character and allocates nothing; only the best MAX_COMPARED get a banded
 * edit distance.
 */
export function nearestModels(
  catalog: Catalog,
  modelId: string,
  count = 3
): { ids: string[]; compared: number } {
  const wanted = modelId.toLowerCase()
  const wantedTail = tail(wanted)
  // Beyond about a third of the ID's length, a "suggestion" is another model altogether.
  const limit = Math.max(2, Math.ceil(wantedTail.length / 3))
  const shared = trigramCounter([wanted, wantedTail])
  const isNear = (name: string): boolean =>
    Math.abs(name.length - wanted.length) <= limit ||
    Math.abs(name.length - name.lastIndexOf('/') - 1 - wantedTail.length) <= limit

  // Pass 1: the score of every near name (-1 for the others), and how many have each score.
  const scores: number[] = []
  const histogram: number[] = []
  forEachName(catalog, (_id, name) => {
    const score = isNear(name) ? shared(name) : -1
    scores.push(score)
    if (score >= 0) histogram[score] = (histogram[score] ?? 0) + 1
  })
  // The lowest score still among the best MAX_COMPARED, and the room left at that score.
  let threshold = 0
  let room = MAX_COMPARED
  for (let score = histogram.length - 1, above = 0; score >= 0; score--) {
    const here = histogram[score] ?? 0
    if (above + here >= MAX_COMPARED) {
      threshold = score
      room = MAX_COMPARED - above
      break
    }
    above += here
  }

  // Pass 2: those compared in full, in catalog order. Once `count` IDs are found, a name
  // further than the farthest of them cannot be suggested: its distance stops there.
  const best = new Map<string, number>()
  let compared = 0
  let index = 0
  forEachName(catalog, (id, original) => {
    const score = scores[index++]!
    if (score < threshold || (score === threshold && room-- <= 0)) return
    compared++
    const name = original.toLowerCase()
    const bound = best.size < count ? limit : [...best.values()].sort((a, b) => a - b)[count - 1]!
    const whole = editDistance(wanted, name, bound)
    const distance = Math.min(whole, editDistance(wantedTail, tail(name), Math.min(bound, whole)))
    if (distance > bound || distance >= (best.get(id) ?? Infinity)) return
    best.set(id, distance)
  })
  const ids = [...best]
    .sort(([a, da], [b, db]) => da - db || a.localeCompare(b))
    .slice(0, count)
    .map(([id]) => id)
  return { ids, compared }
}

function forEachName(catalog: Catalog, visit: (id: string, name: string) => void): void {
  for (const entry of catalog) {
    visit(entry.id, entry.id)
    for (const alias of entry.aliases) visit(entry.id, alias)
  }
}

function tail(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1)
}

/**
 * Counts the padded trigrams a name shares with the wanted texts (each counted once), case
 * folded. Padding gives short IDs grams of their own at both ends, so `gtp4o` still shares two
 * with `gpt-4o`. Model IDs use 43 characters, so a character fits in 6 bits and a trigram in
 * 18: one flat table of stamps, no allocation per name (a stamp marks the grams already
 * counted for the current name; -1, a gram the wanted texts do not have).
 */
function trigramCounter(wanted: readonly string[]): (name: string) => number {
  const stamps = new Int32Array(1 << 18).fill(-1)
  for (const text of wanted) forEachTrigram(text, gram => (stamps[gram] = 0))
  let stamp = 0
  return name => {
    stamp++
    let count = 0
    forEachTrigram(name, gram => {
      const seen = stamps[gram]!
      if (seen < 0 || seen === stamp) return
      stamps[gram] = stamp
      count++
    })
    return count
  }
}

const ID_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789._:/@+-'
/** A 6-bit code per character: case folded; any other character shares one code. */
const CODE = new Uint8Array(128).fill(60)
for (let i = 0; i < ID_CHARACTERS.length; i++) {
  CODE[ID_CHARACTERS.charCodeAt(i)] = i
  CODE[ID_CHARACTERS.toUpperCase().charCodeAt(i)] = i
}
const START = 63
const END = 62

/** Each trigram of `^^text$`, as an 18-bit number. */
function forEachTrigram(text: string, visit: (gram: number) => void): void {
  let gram = (START << 6) | START
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : -1
    const code = unit < 0 ? END : unit < 128 ? CODE[unit]! : 60
    gram = ((gram << 6) | code) & 0x3ffff
    visit(gram)
  }
}

/**
 * Levenshtein distance, two rows. With `max`, only the band of cells that can stay within it is
 * computed, and the answer is `max + 1` as soon as the distance is known to exceed it.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const over = max + 1
  let previous = new Float64Array(b.length + 1)
  let current = new Float64Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = Math.min(j, over)
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max)
    const to = Math.min(b.length, i + max)
    // Outside the band every cell is over the bound.
    current[0] = Math.min(i, over)
    if (from > 1) current[from - 1] = over
    if (to < b.length) current[to + 1] = over
    let rowMin = current[0]
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution, over)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return over
    ;[previous, current] = [current, previous]
  }
  return Math.min(previous[b.length]!, over)
}
