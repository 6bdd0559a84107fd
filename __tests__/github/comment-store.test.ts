/** The comments store with the real octokit, against the loopback fake of GitHub. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { commentStore } from '../../src/github/comment-store.js'
import { readGitHubFailure } from '../../src/github/failure.js'
import { startGitHubFake } from '../../script/github-fake.ts'

const PR = { owner: 'acme', repo: 'shop', number: 4 }
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake()
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => github.reset())

const store = (token = 'ghs_workflow', signal?: AbortSignal) =>
  commentStore(getOctokit(token, { baseUrl: github.url }), PR, signal)

describe('commentStore', () => {
  it('lists every page, oldest first as GitHub gives them, with their authors', async () => {
    const seeded = github.seed(
      PR.number,
      Array.from({ length: 230 }, (_, i) => ({ body: `#${i}`, login: `dev${i % 3}` }))
    )
    const items = await store().list()
    expect(items.map(i => i.id)).toEqual(seeded.map(c => c.id))
    expect(items[5]).toEqual({
      id: seeded[5]!.id,
      body: '#5',
      author: { login: 'dev2', type: 'User' },
      createdAt: seeded[5]!.created_at
    })
    const pages = github.requests.map(r => new URLSearchParams(r.query).get('page'))
    expect(pages).toEqual(['1', '2', '3'])
  })

  it('creates as the token, and says who that is', async () => {
    const created = await store().create({ body: 'hello' })
    expect(created.author).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect(github.comments.get(PR.number)?.[0]?.id).toBe(created.id)
  })

  it('updates, and deletes a duplicate; one already gone is no error', async () => {
    const [a, b] = github.seed(PR.number, [
      { body: 'a', login: 'github-actions[bot]', type: 'Bot' },
      { body: 'b', login: 'github-actions[bot]', type: 'Bot' }
    ])
    const comments = store()
    const [first, second] = await comments.list()
    await comments.update(a!.id, { body: 'a2' })
    await comments.retire(second!, first!)
    await comments.retire(second!, first!)
    expect(github.comments.get(PR.number)).toEqual([expect.objectContaining({ body: 'a2' })])
    expect(github.requests.filter(r => r.method === 'DELETE')).toHaveLength(2)
    expect(b).toBeDefined()
  })

  it('lets a refusal to delete someone else’s comment through', async () => {
    const [other] = github.seed(PR.number, [{ body: 'x', login: 'other-app[bot]', type: 'Bot' }])
    const [item] = await store().list()
    await expect(store().retire(item!, item!)).rejects.toMatchObject({ status: 403 })
    expect(github.comments.get(PR.number)).toEqual([other])
  })

  it('reads a body cut short by our own clock as the timeout it is', async () => {
    github.setFailures([
      { method: 'GET', path: /\/comments$/, status: 0, fault: 'stall', message: '' }
    ])
    const error = await store('ghs_workflow', AbortSignal.timeout(200))
      .list()
      .catch((e: unknown) => e)
    expect(readGitHubFailure(error)).toEqual({ kind: 'timeout' })
  })
})
