/**
 * An in-memory GitHub for the sticky logic: one list of items shared by every run, and a store
 * per run that writes as one author. It answers as GitHub does where it matters: IDs and times
 * only increase, only an item's author may change or retire it (403), a missing item is a 404,
 * and errors have octokit's shape (`status`, and the `response` that a real answer carries).
 */
import type { Author } from '../src/github/identity.js'
import type { StickyItem, StickyStore } from '../src/github/sticky.js'

export interface StoreCall {
  method: 'list' | 'create' | 'update' | 'retire'
  id?: number
}

export function httpError(status: number, message: string): Error {
  return Object.assign(new Error(message), {
    name: 'HttpError',
    status,
    response: { status, data: { message } }
  })
}

export function memoryGitHub() {
  const items: StickyItem[] = []
  let nextId = 1
  const find = (id: number) => items.find(i => i.id === id)
  const makeItem = (body: string, author: Author | null): StickyItem => {
    const id = nextId++
    return { id, body, author, createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)).toISOString() }
  }
  return {
    items,
    seed(body: string, author: Author | null): StickyItem {
      const item = makeItem(body, author)
      items.push(item)
      return item
    },
    /** The store one run sees, writing as `as`; `calls` records what it asked. */
    storeFor(as: Author): StickyStore & { calls: StoreCall[] } {
      const calls: StoreCall[] = []
      const mine = (id: number): StickyItem => {
        const item = find(id)
        if (!item) throw httpError(404, 'Not Found')
        if (item.author?.login !== as.login) throw httpError(403, 'Must have admin rights')
        return item
      }
      return {
        calls,
        async list() {
          calls.push({ method: 'list' })
          return items.map(i => ({ ...i }))
        },
        async create({ body }) {
          calls.push({ method: 'create' })
          const item = makeItem(body, { ...as })
          items.push(item)
          return { ...item }
        },
        async update(id, { body }) {
          calls.push({ method: 'update', id })
          mine(id).body = body
        },
        async retire(duplicate) {
          calls.push({ method: 'retire', id: duplicate.id })
          if (!find(duplicate.id)) return
          mine(duplicate.id)
          items.splice(items.indexOf(find(duplicate.id)!), 1)
        }
      }
    }
  }
}
