/**
 * The simulator speaks AIML as AIML documents it, and its stories say what they claim: the
 * shapes the engine will read (embeddings, images, the deprecation feed, live metrics), the
 * envelopes, the faults' bookkeeping, and one story per category.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CATEGORIES } from '../../src/engine/classify/categories.js'
import {
  aimlError,
  aimlProblem,
  ANTHROPIC_CREDIT_BALANCE,
  ANTHROPIC_CREDIT_BALANCE_TEXT,
  CATALOG,
  dayFromToday,
  IMAGE_USD,
  modelsInput,
  SCENARIOS,
  scenarioNamed,
  startAimlSim,
  type AimlSim,
  type DeprecationEntry,
  type ModelKind,
  type Scenario
} from '../../script/aiml-sim.ts'

const KEY = 'sk-aiml-sim-test-0000000000000000'
let sim: AimlSim

beforeAll(async () => {
  sim = await startAimlSim({ models: {} })
})
afterAll(() => sim.close())

const serve = (scenario: Partial<Scenario>) => {
  sim.setScenario({ models: {}, apiKey: KEY, ...scenario })
  sim.reset()
}

const ENDPOINT: Record<ModelKind, string> = {
  chat: 'chat/completions',
  embedding: 'embeddings',
  image: 'images/generations'
}

async function post(kind: ModelKind, body: Record<string, unknown>, key = KEY) {
  const response = await fetch(`${sim.baseUrl}/${ENDPOINT[kind]}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  return { response, json: (await response.json()) as Record<string, unknown> }
}

async function get(path: string) {
  const response = await fetch(`${sim.origin}${path}`)
  return { response, json: (await response.json()) as Record<string, unknown> }
}

describe('embeddings', () => {
  it('answers in OpenAI’s shape, floats by default, with the cost headers', async () => {
    serve({ models: { 'text-embedding-3-small': { ok: true, kind: 'embedding' } } })
    const { response, json } = await post('embedding', {
      model: 'text-embedding-3-small',
      input: 'ok',
      encoding_format: 'float'
    })
    expect(response.status).toBe(200)
    expect(json).toMatchObject({
      object: 'list',
      data: [{ object: 'embedding', index: 0 }],
      model: 'text-embedding-3-small',
      usage: { prompt_tokens: 1, total_tokens: 1 }
    })
    const vector = (json.data as { embedding: number[] }[])[0]!.embedding
    expect(vector.length).toBeGreaterThan(0)
    expect(vector.every(x => typeof x === 'number')).toBe(true)
    expect(response.headers.get('x-aimlapi-usd-spent')).toBe('0.000001')
    expect(response.headers.get('x-aimlapi-credits-used')).toBe('2')
    expect(sim.embeddings().map(r => r.body.encoding_format)).toEqual(['float'])
  })

  it('sends the same vector as base64 little-endian float32 when asked', async () => {
    serve({ models: { 'text-embedding-3-small': { ok: true, kind: 'embedding' } } })
    const floats = await post('embedding', { model: 'text-embedding-3-small', input: 'ok' })
    const b64 = await post('embedding', {
      model: 'text-embedding-3-small',
      input: 'ok',
      encoding_format: 'base64'
    })
    const encoded = (b64.json.data as { embedding: string }[])[0]!.embedding
    const bytes = Buffer.from(encoded, 'base64')
    const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4))
    const expected = (floats.json.data as { embedding: number[] }[])[0]!.embedding
    expect(decoded.map(x => x.toFixed(5))).toEqual(expected.map(x => x.toFixed(5)))
  })
})

describe('images', () => {
  it('answers Flux with images[] and 201, at the size asked, and records the request', async () => {
    serve({ models: { 'flux/schnell': { ok: true, kind: 'image' } } })
    const { response, json } = await post('image', {
      model: 'flux/schnell',
      prompt: 'a dot',
      image_size: 'square',
      num_images: 1
    })
    expect(response.status).toBe(201)
    expect(json).toMatchObject({
      images: [{ width: 512, height: 512, content_type: 'image/png' }],
      has_nsfw_concepts: [false],
      prompt: 'a dot'
    })
    expect(response.headers.get('x-aimlapi-usd-spent')).toBe(String(IMAGE_USD))
    expect(response.headers.get('x-aimlapi-credits-used')).toBe(String(IMAGE_USD * 2_000_000))
    // The cheapest parameters are what a test asserts on.
    expect(sim.images()[0]?.body).toEqual({
      model: 'flux/schnell',
      prompt: 'a dot',
      image_size: 'square',
      num_images: 1
    })
  })

  it('takes image_size as width and height too, and defaults to landscape_4_3', async () => {
    serve({ models: { 'flux/dev': { ok: true, kind: 'image' } } })
    const sized = await post('image', { model: 'flux/dev', image_size: { width: 64, height: 96 } })
    expect(sized.json.images).toMatchObject([{ width: 64, height: 96 }])
    const plain = await post('image', { model: 'flux/dev', num_images: 2 })
    expect(plain.json.images).toMatchObject([
      { width: 1024, height: 768 },
      { width: 1024, height: 768 }
    ])
    expect(plain.response.headers.get('x-aimlapi-usd-spent')).toBe(String(2 * IMAGE_USD))
  })

  it('answers the OpenAI-style models with data[]: a URL, or base64 when asked', async () => {
    serve({ models: { 'dall-e-2': { ok: true, kind: 'image' } } })
    const url = await post('image', { model: 'dall-e-2', size: '256x256', n: 1 })
    expect(url.response.status).toBe(201)
    expect(url.json).toMatchObject({ data: [{ url: expect.any(String) }] })
    const b64 = await post('image', { model: 'dall-e-2', n: 1, response_format: 'b64_json' })
    expect(b64.json).toMatchObject({ data: [{ b64_json: expect.any(String) }] })
  })

  it('points its URLs at itself, so nothing fetched leaves loopback', async () => {
    serve({ models: { 'flux/schnell': { ok: true, kind: 'image' } } })
    const { json } = await post('image', { model: 'flux/schnell', prompt: 'x' })
    const url = (json.images as { url: string }[])[0]!.url
    expect(url.startsWith(`${sim.origin}/files/`)).toBe(true)
    const image = await fetch(url)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(1, 4)
        .toString()
    ).toBe('PNG')
  })
})

describe('models at their endpoints', () => {
  it('refuses a model asked at another kind’s endpoint, in AIML’s problem+json', async () => {
    serve({ models: { 'flux/schnell': { ok: true, kind: 'image' } } })
    const { response, json } = await post('chat', { model: 'flux/schnell', max_tokens: 16 })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(json).toMatchObject({ status: 400, instance: '/v1/chat/completions' })
    expect(String(json.message)).toContain('/v1/images/generations')
  })

  it('answers an unknown model with AIML’s 404 naming the endpoint asked', async () => {
    serve({})
    const { response, json } = await post('embedding', { model: 'nope' })
    expect(response.status).toBe(404)
    expect(json).toMatchObject({ statusCode: 404, path: '/v1/embeddings' })
  })

  it('wants the key on every model endpoint and the balance, not on the public ones', async () => {
    serve({ models: { 'gpt-4o': { ok: true } } })
    for (const kind of ['chat', 'embedding', 'image'] as const) {
      expect((await post(kind, { model: 'gpt-4o' }, 'sk-wrong')).response.status).toBe(401)
    }
    expect((await get('/v2/billing')).response.status).toBe(401)
    for (const path of ['/v1/models', '/v1/models/deprecations', '/models/metrics']) {
      expect((await get(path)).response.status).toBe(200)
    }
  })

  it('answers replies in turn, repeats the last, and starts again on a new scenario', async () => {
    const scenario = {
      models: {
        m: {
          replies: [
            { status: 500, text: 'a' },
            { status: 503, text: 'b' }
          ]
        }
      }
    }
    const statuses = async () => {
      const seen = []
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${sim.baseUrl}/chat/completions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}` },
          body: JSON.stringify({ model: 'm' })
        })
        await response.text()
        seen.push(response.status)
      }
      return seen
    }
    serve(scenario)
    expect(await statuses()).toEqual([500, 503, 503])
    serve(scenario)
    expect(await statuses()).toEqual([500, 503, 503])
  })
})

describe('the deprecation feed', () => {
  const entry = (over: Partial<DeprecationEntry>): DeprecationEntry => ({
    id: 'x',
    aliases: [],
    status: 'deprecated',
    deprecated_at: '2026-01-01',
    shutdown_at: '2026-12-01',
    replaced_by: null,
    reason: null,
    ...over
  })
  const feed = [
    entry({
      id: 'old',
      status: 'withdrawn',
      deprecated_at: '2026-03-01',
      shutdown_at: '2026-03-01'
    }),
    entry({ id: 'soon', deprecated_at: '2026-09-01', shutdown_at: '2026-12-01' }),
    entry({ id: 'folded', status: 'superseded', deprecated_at: '2026-06-01', shutdown_at: null })
  ]

  it('is {object, generated_at, data}, newest first, keyless and cacheable', async () => {
    serve({ deprecations: feed })
    const { response, json } = await get('/v1/models/deprecations')
    expect(json.object).toBe('list')
    expect(Date.parse(String(json.generated_at))).not.toBeNaN()
    expect((json.data as DeprecationEntry[]).map(e => e.id)).toEqual(['soon', 'folded', 'old'])
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
    expect(sim.requests.at(-1)?.authorization).toBe('')
  })

  it('filters by status (commas or repeated) and since, and ignores what it does not know', async () => {
    serve({ deprecations: feed })
    const ids = async (query: string) =>
      ((await get(`/v1/models/deprecations${query}`)).json.data as DeprecationEntry[]).map(
        e => e.id
      )
    expect(await ids('?status=withdrawn,superseded')).toEqual(['folded', 'old'])
    expect(await ids('?status=WITHDRAWN&status=deprecated')).toEqual(['soon', 'old'])
    expect(await ids('?status=nonsense')).toEqual(['soon', 'folded', 'old'])
    expect(await ids('?since=2026-05-01')).toEqual(['soon', 'folded'])
    expect(await ids('?since=May')).toEqual(['soon', 'folded', 'old'])
  })

  it('answers at the paths AIML documents as the same feed', async () => {
    serve({ deprecations: feed })
    for (const path of ['/models/deprecations', '/api/v1/models/deprecated']) {
      expect(((await get(path)).json.data as unknown[]).length).toBe(3)
    }
  })

  it('serves a reply instead when the scenario gives one', async () => {
    serve({ deprecations: aimlError(503, 'Service Unavailable', '/v1/models/deprecations') })
    expect((await get('/v1/models/deprecations')).response.status).toBe(503)
  })
})

describe('the live metrics', () => {
  const metrics = [
    {
      alias: 'a',
      endpoint: '/v1/chat/completions',
      metrics: { duration_ms: { p50: 1, p75: 2, p90: 3, p99: 4 } }
    },
    {
      alias: 'b',
      endpoint: '/v1/images/generations',
      metrics: { duration_ms: { p50: 5, p75: 6, p90: 7, p99: 8 } }
    }
  ]

  it('is {window_seconds, generated_at, models}, beside /v1, keyless', async () => {
    serve({ metrics })
    const { json } = await get('/models/metrics')
    expect(json).toMatchObject({ window_seconds: 300, models: metrics })
    expect((await fetch(`${sim.baseUrl}/models/metrics`)).status).toBe(404)
  })

  it('takes aliases repeated, matched exactly and never split on commas', async () => {
    serve({ metrics })
    const aliases = async (query: string) =>
      ((await get(`/models/metrics${query}`)).json.models as { alias: string }[]).map(m => m.alias)
    expect(await aliases('?aliases=b')).toEqual(['b'])
    expect(await aliases('?aliases=a&aliases=b')).toEqual(['a', 'b'])
    expect(await aliases('?aliases=a,b')).toEqual([])
  })

  it('matches a name against the catalog’s id and aliases, as AIML does', async () => {
    // model-metrics.md: names are matched exactly against the `id` and `aliases` of the catalog.
    serve({
      metrics,
      catalog: [{ id: 'b', aliases: ['b-alias'], type: 'image' }]
    })
    const aliases = async (query: string) =>
      ((await get(`/models/metrics${query}`)).json.models as { alias: string }[]).map(m => m.alias)
    expect(await aliases('?aliases=b-alias')).toEqual(['b'])
    expect(await aliases('?aliases=B-ALIAS')).toEqual([])
  })

  it('refuses any other query parameter with 400, as AIML does', async () => {
    serve({ metrics })
    const { response, json } = await get('/models/metrics?model=a')
    expect(response.status).toBe(400)
    expect(json).toMatchObject({ status: 400, title: 'Bad Request' })
  })
})

describe('envelopes and replies', () => {
  it('writes AIML’s older envelope and its problem+json', () => {
    expect(aimlError(403, 'no', '/v2/billing').json).toMatchObject({
      message: 'no',
      path: '/v2/billing',
      statusCode: 403,
      requestId: expect.any(String),
      timestamp: expect.any(String)
    })
    const problem = aimlProblem(429, 'Too Many Requests', 'slow down', 'ThrottlerException')
    expect(problem.headers?.['content-type']).toBe('application/problem+json')
    expect(problem.json).toMatchObject({
      title: 'Too Many Requests',
      status: 429,
      message: 'slow down',
      instance: '/v1/chat/completions',
      error: { name: 'ThrottlerException', message: 'slow down' }
    })
  })

  it('quotes Anthropic’s body inside the gateway’s message, as users saw it', () => {
    const message = String((ANTHROPIC_CREDIT_BALANCE.json as { message: string }).message)
    expect(message.startsWith('400 {')).toBe(true)
    const quoted = JSON.parse(message.slice(4)) as { error: { message: string } }
    expect(quoted.error.message.startsWith(ANTHROPIC_CREDIT_BALANCE_TEXT)).toBe(true)
  })

  it('lists the stories’ models in the catalog with AIML’s type spellings', () => {
    const types = new Map(CATALOG.map(e => [e.id, e.type]))
    expect(types.get('anthropic/claude-sonnet-4.5')).toBe('chat-completion')
    expect(types.get('flux/schnell')).toBe('image')
    expect(types.get('flux/dev')).toBe('image')
    expect(types.get('text-embedding-3-small')).toBe('embedding')
  })

  it('writes feed dates as UTC calendar days', () => {
    const now = new Date('2026-11-24T23:30:00-05:00')
    expect(dayFromToday(0, now)).toBe('2026-11-25')
    expect(dayFromToday(10, now)).toBe('2026-12-05')
    expect(dayFromToday(-30, now)).toBe('2026-10-26')
  })
})

describe('the stories', () => {
  it('have unique names and a one-line description each', () => {
    const names = SCENARIOS.map(s => s.name)
    expect(new Set(names).size).toBe(names.length)
    for (const s of SCENARIOS) {
      expect(s.name).toMatch(/^[a-z0-9-]+$/)
      expect(s.description).not.toMatch(/\n/)
      expect(s.description.length).toBeLessThanOrEqual(140)
      expect(scenarioNamed(s.name)).toBe(s)
    }
  })

  it('tell one story per category, with categories the engine knows', () => {
    const ids = CATEGORIES.map(c => c.id as string)
    for (const s of SCENARIOS) expect(['', ...ids]).toContain(s.expected.category)
    for (const id of ids) {
      expect(SCENARIOS.filter(s => s.expected.category === id).map(s => s.name)).not.toEqual([])
    }
  })

  it('include the ones the issues name', () => {
    expect(SCENARIOS.map(s => s.name)).toEqual(
      expect.arrayContaining([
        'healthy',
        'claude-story',
        'relayed-billing-positive-balance',
        'alias',
        'model-table',
        'deprecation',
        'withdrawn',
        'just-me',
        'everyone',
        'key-disabled',
        'key-scopes',
        'key-limit'
      ])
    )
  })

  it('write a model table with kinds as prefixes', () => {
    expect(modelsInput(scenarioNamed('model-table')!.probe)).toBe(
      [
        'anthropic/claude-sonnet-4.5 -> gpt-4o',
        'image:flux/schnell -> flux/dev',
        'embedding:text-embedding-3-small'
      ].join('\n')
    )
  })

  it.each(SCENARIOS.map(s => [s.name, s] as const))(
    '%s serves what its expectation rests on',
    async (_name, story) => {
      sim.setScenario({ ...story.scenario, apiKey: story.scenario.apiKey ?? KEY })
      sim.reset()
      const [first, ...others] = story.probe.models
      /** A usable answer of the model's kind: a choice, a vector, an image. */
      const answers = async (id: string, kind: ModelKind = 'chat') => {
        const response = await fetch(`${sim.baseUrl}/${ENDPOINT[kind]}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: id, max_tokens: 16 }),
          signal: AbortSignal.timeout(500)
        }).catch(() => null)
        const body = await response?.json().catch(() => null)
        if (!response?.ok || !body) return false
        const { choices, data, images } = body as Record<string, unknown[] | undefined>
        return Boolean(choices?.length || data?.length || images?.length)
      }
      // A capability story answers the plain probe: its failure is in the capability probe.
      if (!story.probe.inputs?.require) {
        expect(await answers(first.id, first.kind)).toBe(story.expected.status === 'available')
      }
      const use = story.expected.model
      if (use && story.expected.status !== 'available') {
        expect(await answers(use, first.kind)).toBe(true)
      }
      for (const line of others) {
        // A line the story expects to fail answers by another ID, as its result names.
        const result = story.expected.results?.[line.id]
        const fine = !result || result.status === 'available'
        expect(await answers(line.id, line.kind)).toBe(fine)
        if (!fine) expect(await answers(result.model, line.kind)).toBe(true)
      }
      // The feeds and the catalog are served whatever the story.
      for (const path of ['/v1/models', '/v1/models/deprecations', '/models/metrics']) {
        expect((await fetch(`${sim.origin}${path}`)).status).toBe(200)
      }
    }
  )
})
