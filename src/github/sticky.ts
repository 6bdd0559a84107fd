/**
 * One item per marker, kept by its author: the PR comment, and each model's tracking issue
 * (issue-store.ts). The store says how items are listed, written and retired (a comment is
 * deleted, an issue closed as not planned); this module decides which item is ours and which
 * are duplicates.
 *
 * Why it is race-safe: runs that start together all find nothing and all post. So each run,
 * after posting, looks again and keeps the oldest of ours, retiring the newer ones and carrying
 * its own report over to the oldest when its own post is not the one kept. The oldest item is
 * never retired (nothing older can appear later), and every newer one is retired at the latest by
 * the run that posted it, which sees the oldest when it looks again: any number of runs at once
 * end with exactly one.
 */
import { httpStatusOf } from './failure.js'
import { isOurs, learnFrom, mayAdopt, type Author, type Identity } from './identity.js'

export interface StickyItem {
  id: number
  body: string
  author: Author | null
  /** ISO time; with `id`, the order of creation. */
  createdAt: string
}

/** What GitHub's REST API says of a comment or an issue, as far as a sticky item needs it. */
export interface RestItem {
  body?: string | null
  user?: { login: string; type: string } | null
  created_at: string
}

/** A comment or an issue as a sticky item; `id` is what every later call names it by. */
export function stickyItem(id: number, item: RestItem): StickyItem {
  return {
    id,
    body: item.body ?? '',
    author: item.user ? { login: item.user.login, type: item.user.type } : null,
    createdAt: item.created_at
  }
}

/**
 * `W` is what one write carries: a comment needs only its body, an issue also its title and
 * state.
 */
export interface StickyStore<W extends { body: string } = { body: string }> {
  /** Every item that may carry the marker, on all pages. */
  list(): Promise<StickyItem[]>
  create(write: W): Promise<StickyItem>
  update(id: number, write: W): Promise<void>
  /** Takes a duplicate of ours out of sight, pointing at the survivor; gone already is fine. */
  retire(duplicate: StickyItem, survivor: StickyItem): Promise<void>
}

export interface StickyRequest<T extends { body: string }> {
  marker: string
  identity: Identity
  /** What to write, given the earlier item (`null`: none), or `null` to write nothing. */
  decide: (earlier: StickyItem | null) => T | null
}

export interface StickyResult<T> {
  /** What `decide` answered for the item that was written, or `null` when nothing was. */
  decision: T | null
  /** The item that now carries the marker for us, if any. */
  id: number | null
  /** Our own duplicates retired by this run. */
  retired: number
}

/** Items of another app that a token without a login may try before it posts its own. */
const MAX_ADOPTION_TRIES = 3
/** Duplicates retired by one run; a later run retires any that are left. */
const MAX_RETIRED = 20

/**
 * Anywhere in the body: people write notes above markers. A forged marker proves nothing, since
 * only an author that may be ours (identity.ts) is ever adopted.
 */
function carriesMarker(item: StickyItem, marker: string): boolean {
  return item.body.includes(marker)
}

export function oldestFirst(items: StickyItem[]): StickyItem[] {
  return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id)
}

/** The items we may update, oldest first: the first is "the earlier one". */
export function adoptable(items: StickyItem[], marker: string, identity: Identity): StickyItem[] {
  return oldestFirst(items.filter(i => carriesMarker(i, marker) && mayAdopt(i.author, identity)))
}

export interface DedupePlan {
  survivor: StickyItem
  retire: StickyItem[]
}

/**
 * After `written`: the oldest of ours survives, every newer one of ours goes. `written` counts as
 * ours even when the list does not show it (another run retired it already, or the list lags).
 * Without a login nothing is ours for certain, so nothing is retired.
 */
export function planDedupe(
  items: StickyItem[],
  marker: string,
  identity: Identity,
  written: StickyItem
): DedupePlan {
  const ours = items.filter(
    i => i.id !== written.id && carriesMarker(i, marker) && isOurs(i.author, identity)
  )
  const [survivor = written, ...rest] = oldestFirst([...ours, written])
  return { survivor, retire: rest.slice(0, MAX_RETIRED) }
}

/**
 * Finds the earlier item, writes what `decide` says (an update of the earlier item, else a new
 * one), then makes sure one of ours is left. Calls go one at a time, in a bounded number.
 */
export async function upsertSticky<W extends { body: string }, T extends W>(
  store: StickyStore<W>,
  request: StickyRequest<T>
): Promise<StickyResult<T>> {
  const { marker, identity, decide } = request
  let seen = (await store.list()).filter(i => carriesMarker(i, marker))
  for (const earlier of adoptable(seen, marker, identity).slice(0, MAX_ADOPTION_TRIES)) {
    const decision = decide(earlier)
    if (decision === null) return { decision, id: earlier.id, retired: 0 }
    try {
      await store.update(earlier.id, decision)
    } catch (error) {
      if (!isGoneOrForeign(error, earlier, identity)) throw error
      seen = seen.filter(i => i.id !== earlier.id)
      continue
    }
    return { decision, ...(await settle(store, seen, marker, identity, earlier, decision)) }
  }

  const decision = decide(null)
  if (decision === null) return { decision, id: null, retired: 0 }
  const posted = await store.create(decision)
  const again = await store.list()
  const known = learnFrom(identity, posted.author)
  return { decision, ...(await settle(store, again, marker, known, posted, decision)) }
}

/**
 * Without a login, a bot's item is tried as ours; GitHub's 403 says it is another app's. An item
 * deleted since it was listed (404) is passed over too. Anything else is a real failure.
 */
function isGoneOrForeign(error: unknown, item: StickyItem, identity: Identity): boolean {
  const status = httpStatusOf(error)
  return status === 404 || (status === 403 && !isOurs(item.author, identity))
}

async function settle<W extends { body: string }>(
  store: StickyStore<W>,
  items: StickyItem[],
  marker: string,
  identity: Identity,
  written: StickyItem,
  write: W
): Promise<{ id: number; retired: number }> {
  const plan = planDedupe(items, marker, identity, written)
  // Our own post is a duplicate of an older one: the one that stays carries this run's report.
  if (plan.survivor.id !== written.id && plan.survivor.body !== write.body) {
    await store.update(plan.survivor.id, write)
  }
  for (const duplicate of plan.retire) await store.retire(duplicate, plan.survivor)
  return { id: plan.survivor.id, retired: plan.retire.length }
}
