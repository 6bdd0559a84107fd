/**
 * A whole model table in one step, end to end: `node dist/index.js` on a pull_request event
 * against the loopback AIML simulator and a loopback fake of GitHub. Three kinds, each through
 * its own endpoint; the side requests once; one PR comment for the step.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG, type Scenario } from '../../script/aiml-sim.ts'
import { startGitHubFake } from '../../script/github-fake.ts'

const CLAUDE = 'anthropic/claude-sonnet-4.5'
const KEY = `${CLAUDE}+flux/schnell+text-embedding-3-small`
const PR = 11

const sim = useAimlSim()
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake()
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => {
  github.reset()
  sim.setScenario(story())
})

/** Claude refused upstream with $20 in the account; gpt-4o, Flux and the embedding answer. */
function story(claude: Scenario['models'][string] = { replies: [ANTHROPIC_CREDIT_BALANCE] }) {
  return {
    apiKey: TEST_KEY,
    models: {
      [CLAUDE]: claude,
      'gpt-4o': { ok: true },
      'flux/schnell': { ok: true, kind: 'image' },
      'flux/dev': { ok: true, kind: 'image' },
      'text-embedding-3-small': { ok: true, kind: 'embedding' }
    },
    catalog: CATALOG,
    balance: 20
  } satisfies Scenario
}

const DECLARED = `${CLAUDE} -> gpt-4o
image:flux/schnell -> flux/dev
embedding:text-embedding-3-small`
/** The same table with Flux unprefixed: the catalog says it is an image model. */
const UNPREFIXED = `${CLAUDE} -> gpt-4o
flux/schnell -> flux/dev
embedding:text-embedding-3-small`

function run(models: string, extra: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, models, ...extra },
    event: {
      name: 'pull_request',
      payload: { action: 'synchronize', number: PR, pull_request: { number: PR } }
    },
    githubApiUrl: github.url,
    killAfterMs: 30_000
  })
}

type Result = { kind: string; status: string; model: string; errorCategory: string }
const results = (r: RunResult) => JSON.parse(r.outputs.results ?? '{}') as Record<string, Result>
const modelsAt = (requests: { body: Record<string, unknown> }[]) =>
  requests.map(r => String(r.body.model))
const comments = () => github.comments.get(PR) ?? []

describe.each([
  ['declared by prefixes', DECLARED],
  ['with an unprefixed image model the catalog calls an image', UNPREFIXED]
])('a table of three kinds, %s', (_name, models) => {
  const unprefixed = models === UNPREFIXED

  it('fails for Claude, asks each kind at its own endpoint once, and says what to use', async () => {
    const result = await run(models)
    expect(result.code).toBe(1)
    expect(results(result)).toEqual({
      [CLAUDE]: expect.objectContaining({
        kind: 'chat',
        status: 'fallback',
        model: 'gpt-4o',
        errorCategory: 'provider-access'
      }),
      'flux/schnell': expect.objectContaining({
        kind: 'image',
        status: 'available',
        model: 'flux/schnell'
      }),
      'text-embedding-3-small': expect.objectContaining({
        kind: 'embedding',
        status: 'available',
        model: 'text-embedding-3-small'
      })
    })
    expect(result.outputs).toMatchObject({
      available: 'false',
      status: 'fallback',
      model: 'gpt-4o'
    })

    // Flux once at /images/generations (its fallback never), the embedding at /embeddings.
    expect(modelsAt(sim.images())).toEqual(['flux/schnell'])
    expect(modelsAt(sim.embeddings())).toEqual(['text-embedding-3-small'])
    // Chat only for chat models; the unprefixed Flux once, before its image request.
    expect(modelsAt(sim.completions()).sort()).toEqual(
      unprefixed ? [CLAUDE, 'flux/schnell', 'gpt-4o'] : [CLAUDE, 'gpt-4o']
    )
    if (unprefixed) {
      const asChat = sim.requests.findIndex(
        r => r.path === '/v1/chat/completions' && r.body.model === 'flux/schnell'
      )
      const asImage = sim.requests.findIndex(r => r.path === '/v1/images/generations')
      expect(asChat).toBeGreaterThanOrEqual(0)
      expect(asChat).toBeLessThan(asImage)
    }
    // The side requests once per step, whatever the number of models.
    expect(sim.requests.filter(r => r.path === '/v1/models')).toHaveLength(1)
    expect(sim.requests.filter(r => r.path === '/v2/billing')).toHaveLength(1)
    expect(sim.requests.filter(r => r.path === '/v1/key')).toHaveLength(1)

    // One comment for the step, naming Claude and the switch to gpt-4o.
    expect(comments()).toHaveLength(1)
    const body = comments()[0]!.body
    expect(body.startsWith(`<!-- aiml-model-probe:${KEY} -->\n`)).toBe(true)
    expect(body).toContain(`#### ❌ \`${CLAUDE}\` is not available`)
    // One diff, in the terms of the step's `models` input.
    expect(body).toMatch(/```diff\n {2}models: \|\n- {3}anthropic\/claude-sonnet-4\.5/)
    expect(body).toContain('**Use now:** `gpt-4o`')
    expect(body.match(/^#### /gm)).toHaveLength(1)

    // The summary opens with the model table, a row per model.
    expect(result.summary).toMatch(
      /^## ❌ AIML model probe: 1 of 3 models not available\n\n\| Model \| Status \| Category \| Use now \| Latency \| Cost \|\n/
    )
    expect(result.summary).toContain(`| \`${CLAUDE}\` | ❌ fallback | \`provider-access\` |`)
    expect(result.summary).toContain('| `image:flux/schnell` | ✅ available |')
    expect(result.summary).toContain('| `embedding:text-embedding-3-small` | ✅ available |')
    expect(result.summary.includes('write it `image:flux/schnell` in `models`')).toBe(unprefixed)
    // One annotation per model that is not available: Claude's.
    expect(result.annotations.filter(a => a.level === 'error')).toHaveLength(1)
  })
})

describe('the step comment over runs', () => {
  it('is resolved in place once every model answers, and keeps apart from a one-model step', async () => {
    await run(DECLARED)
    // A one-model step on the same PR keeps its own comment, under the marker it always had.
    await runAction({
      inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, model: CLAUDE },
      event: { name: 'pull_request', payload: { number: PR, pull_request: { number: PR } } },
      githubApiUrl: github.url,
      killAfterMs: 30_000
    })
    expect(comments().map(c => c.body.split('\n')[0])).toEqual([
      `<!-- aiml-model-probe:${KEY} -->`,
      `<!-- aiml-model-probe:${CLAUDE} -->`
    ])
    const tableComment = comments()[0]!.id

    sim.setScenario(story({ ok: true }))
    const healthy = await run(DECLARED)
    expect(healthy.code).toBe(0)
    expect(comments()).toHaveLength(2)
    const resolved = comments().find(c => c.id === tableComment)!
    expect(resolved.body.split('\n').slice(0, 3)).toEqual([
      `<!-- aiml-model-probe:${KEY} -->`,
      '<!-- aiml-model-probe-state:ok -->',
      '### ✅ Resolved: every model answers again'
    ])
  })

  it('names the comment by comment-key when one is given', async () => {
    await run(DECLARED, { 'comment-key': 'media models' })
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body.startsWith('<!-- aiml-model-probe:media models -->\n')).toBe(true)
  })
})

describe('a declared kind that has no probe', () => {
  it('is skipped in results with a warning, and changes neither the verdict nor the status', async () => {
    sim.setScenario(story({ ok: true }))
    const result = await run(`${CLAUDE}\naudio:whisper-1`)
    expect(result.code).toBe(0)
    expect(results(result)['whisper-1']).toMatchObject({ kind: 'audio', status: 'skipped' })
    expect(result.outputs).toMatchObject({ available: 'true', status: 'available' })
    const warnings = result.annotations.filter(a => a.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toContain("the kind 'audio' has no probe")
    expect(sim.requests.filter(r => r.method === 'POST').map(r => r.body.model)).toEqual([CLAUDE])
    expect(result.summary).toContain('| `audio:whisper-1` | ⏭️ skipped |')
    // Nothing to report on the PR: every probed model answers.
    expect(comments()).toHaveLength(0)
  })
})
