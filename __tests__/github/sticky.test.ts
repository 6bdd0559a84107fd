import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { UNKNOWN, type Author, type Identity } from '../../src/github/identity.js'
import {
  adoptable,
  oldestFirst,
  planDedupe,
  upsertSticky,
  type StickyItem,
  type StickyStore
} from '../../src/github/sticky.js'
import { memoryGitHub } from '../../__fixtures__/sticky-github.js'

const MARKER = '<!-- aiml-model-probe:m -->'
const US: Author = { login: 'github-actions[bot]', type: 'Bot' }
const OTHER_APP: Author = { login: 'other-app[bot]', type: 'Bot' }
const PERSON: Author = { login: 'mallory', type: 'User' }
const KNOWN: Identity = { login: US.login }

const item = (id: number, author: Author | null, body = `${MARKER}\n#${id}`): StickyItem => ({
  id,
  body,
  author,
  createdAt: `2026-01-01T00:00:${String(id).padStart(2, '0')}.000Z`
})

const write =
  (body = `${MARKER}\nnow`) =>
  () => ({ body })

describe('oldestFirst', () => {
  it('orders by creation time, then by ID for the same time', () => {
    const a = { ...item(3, US), createdAt: '2026-01-01T00:00:00.000Z' }
    const b = { ...item(2, US), createdAt: '2026-01-01T00:00:00.000Z' }
    const c = { ...item(1, US), createdAt: '2026-01-01T00:00:01.000Z' }
    expect(oldestFirst([c, a, b]).map(i => i.id)).toEqual([2, 3, 1])
  })
})

describe('adoptable', () => {
  const items = [
    item(1, PERSON),
    item(2, OTHER_APP),
    item(3, US),
    item(4, US, `A maintainer's note above it.\n\n${MARKER}`),
    item(5, null)
  ]
  it('with our login known: only ours, with the marker anywhere in the body', () => {
    expect(adoptable(items, MARKER, KNOWN).map(i => i.id)).toEqual([3, 4])
    expect(adoptable([item(6, US, 'no marker here')], MARKER, KNOWN)).toEqual([])
  })
  it('without it: any bot’s, oldest first; never a person’s or a deleted account’s', () => {
    expect(adoptable(items, MARKER, UNKNOWN).map(i => i.id)).toEqual([2, 3, 4])
  })
})

describe('planDedupe', () => {
  it('keeps the oldest of ours and retires the newer ones of ours only', () => {
    const items = [item(1, PERSON), item(2, OTHER_APP), item(3, US), item(4, US), item(5, US)]
    const plan = planDedupe(items, MARKER, KNOWN, items[4]!)
    expect(plan.survivor.id).toBe(3)
    expect(plan.retire.map(i => i.id)).toEqual([4, 5])
  })
  it('counts what we wrote as ours even when the list no longer shows it', () => {
    const plan = planDedupe([item(3, US)], MARKER, KNOWN, item(4, US))
    expect(plan.survivor.id).toBe(3)
    expect(plan.retire.map(i => i.id)).toEqual([4])
  })
  it('retires nothing without a login', () => {
    const items = [item(3, US), item(4, US)]
    expect(planDedupe(items, MARKER, UNKNOWN, items[1]!)).toEqual({
      survivor: items[1],
      retire: []
    })
  })
})

describe('upsertSticky', () => {
  it('creates the first one', async () => {
    const github = memoryGitHub()
    const store = github.storeFor(US)
    const result = await upsertSticky(store, { marker: MARKER, identity: UNKNOWN, decide: write() })
    expect(result).toEqual({ decision: { body: `${MARKER}\nnow` }, id: 1, retired: 0 })
    expect(store.calls.map(c => c.method)).toEqual(['list', 'create', 'list'])
  })

  it('updates the earlier one, and hands it to decide', async () => {
    const github = memoryGitHub()
    const earlier = { ...github.seed(`${MARKER}\nold`, US) }
    const seen: Array<StickyItem | null> = []
    const result = await upsertSticky(github.storeFor(US), {
      marker: MARKER,
      identity: KNOWN,
      decide: found => (seen.push(found), { body: `${MARKER}\nnew` })
    })
    expect(seen).toEqual([earlier])
    expect(result.id).toBe(earlier.id)
    expect(github.items.map(i => i.body)).toEqual([`${MARKER}\nnew`])
  })

  it('writes nothing when decide says so', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\nold`, US)
    const store = github.storeFor(US)
    const result = await upsertSticky(store, {
      marker: MARKER,
      identity: KNOWN,
      decide: () => null
    })
    expect(result).toEqual({ decision: null, id: 1, retired: 0 })
    expect(store.calls.map(c => c.method)).toEqual(['list'])
  })

  it('retires duplicates of ours it sees while updating, with the login known', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\n1`, US)
    github.seed(`${MARKER}\n2`, US)
    github.seed(`${MARKER}\n3`, OTHER_APP)
    const result = await upsertSticky(github.storeFor(US), {
      marker: MARKER,
      identity: KNOWN,
      decide: write()
    })
    expect(result).toMatchObject({ id: 1, retired: 1 })
    expect(github.items.map(i => [i.id, i.body])).toEqual([
      [1, `${MARKER}\nnow`],
      [3, `${MARKER}\n3`]
    ])
  })

  it('without a login, passes over another app’s bot item (403) to its own, or posts', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\ntheirs`, OTHER_APP)
    const store = github.storeFor(US)
    const first = await upsertSticky(store, { marker: MARKER, identity: UNKNOWN, decide: write() })
    expect(first.id).toBe(2)
    expect(store.calls.map(c => c.method)).toEqual(['list', 'update', 'create', 'list'])

    const again = github.storeFor(US)
    const second = await upsertSticky(again, {
      marker: MARKER,
      identity: UNKNOWN,
      decide: write(`${MARKER}\nlater`)
    })
    expect(second.id).toBe(2)
    expect(again.calls).toEqual([
      { method: 'list' },
      { method: 'update', id: 1 },
      { method: 'update', id: 2 }
    ])
    expect(github.items.map(i => i.body)).toEqual([`${MARKER}\ntheirs`, `${MARKER}\nlater`])
  })

  it('never touches a person’s item, whatever it carries', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\nmine`, PERSON)
    const store = github.storeFor(US)
    for (const identity of [UNKNOWN, KNOWN]) {
      await upsertSticky(store, { marker: MARKER, identity, decide: write() })
    }
    expect(github.items[0]!.body).toBe(`${MARKER}\nmine`)
    expect(store.calls.filter(c => c.id === 1)).toEqual([])
  })

  it('posts anew when the earlier one was deleted since it was listed (404)', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\nold`, US)
    const store = github.storeFor(US)
    let looks = 0
    const vanishing: StickyStore = {
      ...store,
      list: async () => {
        const listed = await store.list()
        // A person deletes the comment right after our first look.
        if (looks++ === 0) github.items.splice(0)
        return listed
      }
    }
    const result = await upsertSticky(vanishing, {
      marker: MARKER,
      identity: KNOWN,
      decide: write()
    })
    expect(result.id).toBe(2)
    expect(github.items.map(i => i.id)).toEqual([2])
  })

  it('lets a 403 on an item known to be ours through: that is the permission', async () => {
    const github = memoryGitHub()
    github.seed(`${MARKER}\nold`, US)
    const store = github.storeFor({ login: 'read-only', type: 'Bot' })
    await expect(
      upsertSticky(store, { marker: MARKER, identity: { login: 'read-only' }, decide: write() })
    ).resolves.toMatchObject({ id: 2 })
    const ownButRefused = github.storeFor(US)
    ownButRefused.update = async () => {
      throw Object.assign(new Error('Resource not accessible by integration'), {
        status: 403,
        response: { status: 403, data: {} }
      })
    }
    await expect(
      upsertSticky(ownButRefused, { marker: MARKER, identity: KNOWN, decide: write() })
    ).rejects.toThrow('Resource not accessible by integration')
  })

  it('after posting, keeps the oldest of ours and carries its own report over to it', async () => {
    const github = memoryGitHub()
    const store = github.storeFor(US)
    // Another run posted between our look and our post: ours is the newer one.
    const racing: StickyStore = {
      ...store,
      create: async body => {
        github.seed(`${MARKER}\nother run`, US)
        return store.create(body)
      }
    }
    const result = await upsertSticky(racing, {
      marker: MARKER,
      identity: UNKNOWN,
      decide: write()
    })
    expect(result).toMatchObject({ id: 1, retired: 1 })
    expect(github.items).toEqual([expect.objectContaining({ id: 1, body: `${MARKER}\nnow` })])
  })

  it('any number of runs at once, in any order of answers, leave exactly one of ours', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom<Identity>(UNKNOWN, KNOWN),
        fc.boolean(),
        async (s, runs, identity, otherAppFirst) => {
          const github = memoryGitHub()
          if (otherAppFirst) github.seed(`${MARKER}\ntheirs`, OTHER_APP)
          github.seed(`${MARKER}\nperson`, PERSON)
          const latent = (store: StickyStore): StickyStore => {
            // Both ways are slow: the request reaches GitHub late, the answer comes back late.
            const slow =
              <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
              async (...args: A) => {
                await s.schedule(Promise.resolve())
                return s.schedule(fn(...args))
              }
            return {
              list: slow(store.list),
              create: slow(store.create),
              update: slow(store.update),
              retire: slow(store.retire)
            }
          }
          const bodies = Array.from({ length: runs }, (_, i) => `${MARKER}\nrun ${i}`)
          const all = Promise.all(
            bodies.map(body =>
              upsertSticky(latent(github.storeFor(US)), {
                marker: MARKER,
                identity,
                decide: () => ({ body })
              })
            )
          )
          const results = await s.waitFor(all)
          const ours = github.items.filter(i => i.author?.login === US.login)
          expect(ours).toHaveLength(1)
          expect(bodies).toContain(ours[0]!.body)
          expect(results.map(r => r.id)).toEqual(results.map(() => ours[0]!.id))
          expect(github.items.filter(i => i.author?.login !== US.login).map(i => i.body)).toEqual(
            otherAppFirst ? [`${MARKER}\ntheirs`, `${MARKER}\nperson`] : [`${MARKER}\nperson`]
          )
        }
      ),
      { numRuns: 200 }
    )
  })
})
