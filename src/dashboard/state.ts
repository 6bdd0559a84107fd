/**
 * The history as one hidden line in the dashboard's body:
 * `<!-- aiml-model-probe-dashboard-state:v1:BASE64 -->`, where BASE64 is deflated JSON in columns
 * (a model's times as deltas in minutes, its statuses as one string,), so that 20 models × 500 checks fit
 * the issue's 65,536 characters. Anyone with write access can edit the body: the line is read
 * strictly (sizes bounded, the JSON by a zod schema), and anything else is `unreadable`.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { z } from 'zod'
import { CATEGORY_IDS, type Category } from '../engine/classify/categories.js'
import type { Status } from '../engine/decide/report.js'
import { twoFigures, type CheckRecord, type History, type ModelHistory } from './history.js'

const PREFIX = '<!-- aiml-model-probe-dashboard-state:'
const VERSION = 'v1'
const SUFFIX = ' -->'
/** Bounds on what is read: far above what we write (about 45,000 characters at the bound). */
const MAX_ENCODED = 100_000
const MAX_INFLATED = 2_000_000

const STATUS_CODES: Record<Status, string> = {
  available: 'a',
  alias: 'l',
  fallback: 'f',
  unavailable: 'u'
}
const STATUS_OF = Object.fromEntries(
  Object.entries(STATUS_CODES).map(([status, letter]) => [letter, status as Status])
)

/** Epoch seconds past 2106 are no time we wrote, and past year 275760 no date JavaScript can print. */
const MAX_EPOCH_SECONDS = 2 ** 32

const category = z.enum(CATEGORY_IDS as [Category, ...Category[]])
const ms = z.number().int().min(0).max(86_400_000).nullable()
const columns = z
  .object({
    t: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(MAX_EPOCH_SECONDS / 60)
      )
      .max(1000),
    s: z.string().regex(/^[alfu]*$/),
    c: z.array(category.or(z.literal(''))),
    l: z.array(ms),
    f: z.array(ms),
    x: z
      .tuple([
        z.number().int().min(0).max(MAX_EPOCH_SECONDS),
        category,
        z.number().int().positive().nullable()
      ])
      .nullable()
  })
  .strict()
  .refine(
    m => [m.s.length, m.c.length, m.l.length, m.f.length].every(n => n === m.t.length),
    'columns of different lengths'
  )
const STATE = z
  .object({ m: z.record(z.string().max(300), columns) })
  .strict()
  .refine(s => Object.keys(s.m).length <= 50, 'too many models')

export type ReadState =
  { kind: 'none' } | { kind: 'read'; history: History } | { kind: 'unreadable' }

/** The line to put in the body. */
export function encodeState(history: History): string {
  const m = Object.fromEntries(Object.entries(history).map(([id, h]) => [id, toColumns(h)]))
  const packed = deflateRawSync(JSON.stringify({ m }), { level: 9 }).toString('base64')
  return `${PREFIX}${VERSION}:${packed}${SUFFIX}`
}

/**
 * The history a body carries. No state line at all is `none` only in a body we never wrote
 * (`null`); in one of ours it was taken out, which is `unreadable` like any other edit.
 */
export function readState(body: string | null): ReadState {
  if (body === null) return { kind: 'none' }
  const line = body.split('\n').find(l => l.startsWith(PREFIX))
  const match =
    line && new RegExp(`^${VERSION}:([A-Za-z0-9+/=]+)${SUFFIX}$`).exec(line.slice(PREFIX.length))
  if (!match?.[1] || match[1].length > MAX_ENCODED) return { kind: 'unreadable' }
  try {
    const json = inflateRawSync(Buffer.from(match[1], 'base64'), {
      maxOutputLength: MAX_INFLATED
    }).toString('utf8')
    const parsed = STATE.safeParse(JSON.parse(json))
    if (!parsed.success) return { kind: 'unreadable' }
    const history: History = {}
    for (const [id, cols] of Object.entries(parsed.data.m)) history[id] = fromColumns(cols)
    return { kind: 'read', history }
  } catch {
    return { kind: 'unreadable' }
  }
}

function toColumns({ checks, lastFailure }: ModelHistory): z.input<typeof columns> {
  const minutes = checks.map(c => Math.round(c.at / 60))
  return {
    t: minutes.map((m, i) => (i === 0 ? m : m - (minutes[i - 1] ?? 0))),
    s: checks.map(c => STATUS_CODES[c.status]).join(''),
    c: checks.map(c => c.category ?? ''),
    l: checks.map(c => twoFigures(c.latencyMs)),
    f: checks.map(c => twoFigures(c.ttftMs)),
    x: lastFailure && [lastFailure.at, lastFailure.category, lastFailure.issue]
  }
}

function fromColumns(cols: z.output<typeof columns>): ModelHistory {
  let at = 0
  const checks: CheckRecord[] = cols.t.map((delta, i) => {
    at += delta
    return {
      at: at * 60,
      status: STATUS_OF[cols.s[i] ?? ''] ?? 'unavailable',
      category: cols.c[i] || null,
      latencyMs: cols.l[i] ?? null,
      ttftMs: cols.f[i] ?? null
    }
  })
  const [failedAt, failed, issue] = cols.x ?? []
  return {
    checks,
    lastFailure:
      failedAt !== undefined && failed !== undefined
        ? { at: failedAt, category: failed, issue: issue ?? null }
        : null
  }
}
