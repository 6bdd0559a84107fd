/** The issues store with the real octokit, against the loopback fake of GitHub. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { issueTracker } from '../../src/github/issue-store.js'
import { startGitHubFake } from '../../script/github-fake.ts'

const REPO = { owner: 'acme', repo: 'shop' }
const LABEL = 'aiml-model-probe'
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake()
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => github.reset())

const tracker = (token = 'ghs_workflow') =>
  issueTracker(getOctokit(token, { baseUrl: github.url }), REPO)
const sent = (method: string, path: RegExp) =>
  github.requests.filter(r => r.method === method && path.test(r.path))

describe('issueTracker', () => {
  it('lists every page of open issues, with or without our label, and no pull request', async () => {
    const labelled = Array.from({ length: 229 }, (_, i) =>
      github.seedIssue({ title: `#${i}`, body: `b${i}`, login: 'dev', labels: [LABEL] })
    )
    // People remove labels: an issue of ours without it is still ours.
    labelled.push(github.seedIssue({ title: 'other', body: 'x', login: 'dev', labels: ['bug'] }))
    github.seedIssue({ title: 'pr', body: 'x', login: 'dev', labels: [LABEL], pullRequest: true })
    const closed = github.seedIssue({ title: 'c', body: 'x', login: 'dev', labels: [LABEL] })
    closed.state = 'closed'

    const items = await tracker().store().list()
    expect(items.map(i => i.id).sort((a, b) => a - b)).toEqual(labelled.map(i => i.number))
    expect(items.find(i => i.id === labelled[5]!.number)).toEqual({
      id: labelled[5]!.number,
      body: 'b5',
      author: { login: 'dev', type: 'User' },
      createdAt: labelled[5]!.created_at
    })
    const queries = sent('GET', /\/issues$/).map(r => new URLSearchParams(r.query))
    expect(queries.map(q => q.get('page'))).toEqual(['1', '2', '3'])
    for (const q of queries) {
      expect(q.get('state')).toBe('open')
      expect(q.get('labels')).toBeNull()
    }
  })

  it('shares the first look between subjects; a second look reads afresh', async () => {
    const issues = tracker()
    const [a, b] = [issues.store(), issues.store()]
    await a.list()
    await b.list()
    expect(sent('GET', /\/issues$/)).toHaveLength(1)
    await a.list()
    expect(sent('GET', /\/issues$/)).toHaveLength(2)
  })

  it('creates the label once, then the issue with it, as the token', async () => {
    const issues = tracker()
    const first = await issues.store().create({ title: 'T', body: 'B' })
    await issues.store().create({ title: 'T2', body: 'B2' })
    expect(sent('POST', /\/labels$/)).toHaveLength(1)
    expect(first.author).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect(github.issues.map(i => [i.title, i.body, i.labels])).toEqual([
      ['T', 'B', [{ name: LABEL }]],
      ['T2', 'B2', [{ name: LABEL }]]
    ])
  })

  it('opens the issue when the label exists already (422) or may not be created (403)', async () => {
    await tracker().store().create({ title: 'a', body: 'a' })
    await tracker().store().create({ title: 'b', body: 'b' })
    expect(sent('POST', /\/labels$/)).toHaveLength(2)
    github.setFailures([
      { method: 'POST', path: /\/labels$/, status: 403, message: 'Resource not accessible' }
    ])
    await tracker().store().create({ title: 'c', body: 'c' })
    expect(github.issues.map(i => i.title)).toEqual(['a', 'b', 'c'])
  })

  it('updates the body and title; a recovery closes as completed; no title leaves it', async () => {
    const issues = tracker()
    const store = issues.store()
    const item = await store.create({ title: 'T', body: 'B' })
    await store.update(item.id, { title: 'T2', body: 'B2' })
    expect(github.issues[0]).toMatchObject({ title: 'T2', body: 'B2', state: 'open' })
    await store.update(item.id, { body: 'B3', close: true })
    expect(github.issues[0]).toMatchObject({
      title: 'T2',
      body: 'B3',
      state: 'closed',
      state_reason: 'completed'
    })
    await issues.comment(item.id, 'hello')
    expect(github.comments.get(item.id)?.map(c => c.body)).toEqual(['hello'])
  })

  it('retires a duplicate: a comment linking the one kept, then closed as not planned', async () => {
    const store = tracker().store()
    const kept = await store.create({ title: 'T', body: 'B' })
    const duplicate = await store.create({ title: 'T', body: 'B' })
    await store.retire(duplicate, kept)
    expect(github.issues[1]).toMatchObject({ state: 'closed', state_reason: 'not_planned' })
    expect(github.comments.get(duplicate.id)?.[0]?.body).toBe(
      `Duplicate of #${kept.id}: another run opened the same alarm at the same time.`
    )
    await expect(store.retire({ ...duplicate, id: 999 }, kept)).resolves.toBeUndefined()
  })
})
