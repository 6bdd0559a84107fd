/**
 * AIML's deprecation feed, `GET {base-url}/models/deprecations`, public (no key): the models
 * that are retiring (`deprecated`), folded into another ID that still resolves (`superseded`),
 * or gone (`withdrawn`), with their dates and the ID to move to. Source:
 * docs.aimlapi.com/api-references/service-endpoints/model-deprecations ("Response shape": a
 * `{object, generated_at, data}` list; dates are plain `YYYY-MM-DD`; `shutdown_at` is always
 * null for `superseded`; match a name against `id` and `aliases` together, never `id` alone).
 *
 * Weighed before believed: a date may come as a date-time (its UTC date counts); a date before
 * 2020 or more than ten years ahead is no date to act on; a replacement that is the model
 * itself, under any of its names, is no replacement.
 */
import { findModel, MODEL_ID, type Catalog } from './catalog.js'
import { isRecord, listIn } from '../read/json.js'

const DEPRECATION_STATUSES = ['deprecated', 'superseded', 'withdrawn'] as const
type DeprecationStatus = (typeof DEPRECATION_STATUSES)[number]

export interface DeprecationEntry {
  id: string
  aliases: string[]
  status: DeprecationStatus
  deprecatedAt: string | null
  shutdownAt: string | null
  replacedBy: string | null
}

export type DeprecationFeed = readonly DeprecationEntry[]

/** What the feed says of one configured model, on one day: the report carries this. */
export interface Deprecation {
  status: DeprecationStatus
  /** `YYYY-MM-DD`, or null (superseded, or not announced). */
  shutdownAt: string | null
  replacedBy: string | null
  /** UTC calendar days from today to `shutdownAt` (negative once past), or null. */
  daysLeft: number | null
  /** A `shutdown_at` given but not believed (before 2020, or over ten years ahead), as given. */
  unbelievedShutdown?: string
}

/** The feed held 132 entries in August 2026; room for a hundred times that. */
const MAX_ENTRIES = 20_000
const MAX_ALIASES_PER_ENTRY = 20
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** RFC 3339's date-time, with or without seconds, fraction and offset. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i
/** The first day a shutdown date is believed from: AIML did not exist before. */
const FIRST_BELIEVED = '2020-01-01'
const YEARS_AHEAD = 10

/**
 * Accepts a bare array, `{data: [...]}` or `{deprecations: [...]}`. An entry without an ID
 * or a known status is skipped; a malformed date or replacement reads as absent. Its IDs are
 * API text that the diagnosis prints as code, so they are held to the catalog's ID pattern.
 */
export function parseDeprecations(json: unknown): DeprecationFeed | null {
  const list = listIn(json, ['data', 'deprecations'])
  if (!list) return null
  const entries: DeprecationEntry[] = []
  for (const item of list.slice(0, MAX_ENTRIES)) {
    if (!isRecord(item) || !isModelId(item.id)) continue
    const status = typeof item.status === 'string' ? item.status.toLowerCase() : ''
    if (!(DEPRECATION_STATUSES as readonly string[]).includes(status)) continue
    entries.push({
      id: item.id,
      aliases: Array.isArray(item.aliases)
        ? item.aliases.filter(isModelId).slice(0, MAX_ALIASES_PER_ENTRY)
        : [],
      status: status as DeprecationStatus,
      deprecatedAt: readDay(item.deprecated_at),
      shutdownAt: readDay(item.shutdown_at),
      replacedBy: isModelId(item.replaced_by) ? item.replaced_by : null
    })
  }
  return entries
}

/** The entry about this name, by its `id` or one of its `aliases`. */
export function findDeprecation(
  feed: DeprecationFeed,
  modelId: string
): DeprecationEntry | undefined {
  const wanted = modelId.toLowerCase()
  return feed.find(
    e => e.id.toLowerCase() === wanted || e.aliases.some(a => a.toLowerCase() === wanted)
  )
}

/**
 * What the feed says of `modelId` today (the clock is the caller's), or null. With the catalog,
 * a replacement that is another name of the same entry is seen for what it is.
 */
export function deprecationOf(
  feed: DeprecationFeed | null,
  modelId: string,
  nowMs: number,
  catalog: Catalog | null = null
): Deprecation | null {
  const entry = feed ? findDeprecation(feed, modelId) : undefined
  if (!entry) return null
  const believed = entry.shutdownAt !== null && isBelievable(entry.shutdownAt, nowMs)
  return {
    status: entry.status,
    shutdownAt: believed ? entry.shutdownAt : null,
    replacedBy: isSameModel(entry, modelId, catalog) ? null : entry.replacedBy,
    daysLeft: believed ? daysUntil(entry.shutdownAt!, nowMs) : null,
    ...(entry.shutdownAt !== null && !believed ? { unbelievedShutdown: entry.shutdownAt } : {})
  }
}

/** A replacement that is the model itself (its ID, its feed aliases, its catalog entry). */
function isSameModel(entry: DeprecationEntry, modelId: string, catalog: Catalog | null): boolean {
  const to = entry.replacedBy?.toLowerCase()
  if (to === undefined) return false
  const names = [modelId, entry.id, ...entry.aliases].map(n => n.toLowerCase())
  if (names.includes(to)) return true
  const self = catalog ? findModel(catalog, modelId) : undefined
  return self !== undefined && findModel(catalog!, entry.replacedBy!) === self
}

function isBelievable(day: string, nowMs: number): boolean {
  const now = new Date(nowMs)
  const last = `${now.getUTCFullYear() + YEARS_AHEAD}${now.toISOString().slice(4, 10)}`
  return day >= FIRST_BELIEVED && day <= last
}

/** UTC calendar days from the day of `nowMs` to `day` (`YYYY-MM-DD`): 0 today, -1 yesterday. */
export function daysUntil(day: string, nowMs: number): number {
  const [, y, m, d] = DAY.exec(day)!.map(Number)
  const now = new Date(nowMs)
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  return Math.round((Date.UTC(y!, m! - 1, d!) - today) / 86_400_000)
}

/**
 * A real calendar day in `YYYY-MM-DD`, else null (`2026-02-30` is not one). A date-time gives
 * its UTC date.
 */
function readDay(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (DATE_TIME.test(text)) {
    // Its own day must be real (`Date.parse` rolls 2026-02-30 over into March), and a time
    // without an offset is UTC, not the machine's zone: the CLI runs anywhere.
    if (realDay(text.slice(0, 10)) === null) return null
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`
    const ms = Date.parse(zoned.replace(' ', 'T'))
    const day = Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10)
    return day !== null && DAY.test(day) ? day : null
  }
  return realDay(value)
}

function realDay(value: string): string | null {
  const match = DAY.exec(value)
  if (!match) return null
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y!, m! - 1, d!))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
    ? value
    : null
}

function isModelId(value: unknown): value is string {
  return typeof value === 'string' && MODEL_ID.test(value)
}
