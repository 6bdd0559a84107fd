import { describe, expect, it } from '@jest/globals'
import { runCheck, type CheckConfig } from '../../../src/engine/check/check.js'
import { parseModelTable, type ModelSpec } from '../../../src/engine/check/model-table.js'
import { completionJson, scriptedFetch, testIO } from '../../../__fixtures__/fake-fetch.js'

const table = (text: string): ModelSpec[] => {
  const specs = parseModelTable(text)
  if (typeof specs === 'string') throw new Error(specs)
  return specs
}

const config = (models: ModelSpec[]): CheckConfig => ({
  apiKey: 'sk-aiml-0123456789abcdef0123',
  model: models[0]!.id,
  fallbackModels: [],
  models,
  failOn: ['provider-access', 'model-not-found', 'insufficient-credits', 'auth'],
  baseUrl: 'https://api.test/v1',
  retries: 0,
  timeoutMs: 2_000,
  prompt: 'Reply ok',
  maxTokens: 16
})

const upstreamRefusal = {
  status: 400,
  json: {
    message:
      '400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API."}}',
    statusCode: 400,
    path: '/v1/chat/completions'
  }
}
const image = { json: { images: [{ url: 'https://cdn.test/1.png', width: 512, height: 512 }] } }
const embedding = {
  json: { object: 'list', data: [{ object: 'embedding', embedding: [0.1, -0.2], index: 0 }] }
}

describe('runCheck over a model table', () => {
  it('lets a missing capability outweigh a rate limit on another capability’s request', async () => {
    // Sent together: the plain probe answers, tools meets a 429, JSON comes back as prose.
    const { fetch } = scriptedFetch({
      m: [
        { json: completionJson() },
        {
          status: 429,
          json: { error: { message: 'Rate limit reached', type: 'rate_limit_error' } }
        },
        { json: completionJson('Sure! ok is true.') }
      ]
    })
    const settings = config(table('m +tools +json'))
    const failOn = [...settings.failOn, 'missing-capability' as const]
    const check = await runCheck({ ...settings, failOn }, testIO(fetch))
    const report = check.models[0]!.report
    expect(report.errorCategory).toBe('missing-capability')
    expect(report.capabilities).toEqual({ tools: 'rate-limited', json: 'missing' })
    expect(check.verdict).toBe('fail')
  })

  it('probes each kind through its own endpoint, shares the side requests and a fallback', async () => {
    const { fetch, seen } = scriptedFetch({
      claude: [upstreamRefusal],
      'claude-opus': [upstreamRefusal],
      'gpt-4o': [{ json: completionJson() }],
      'flux/schnell': [image],
      'text-embedding-3-small': [embedding],
      '#billing': [{ json: { current_balance: 20, currency: 'usd' } }],
      '#catalog': [{ json: { data: [] } }]
    })
    const check = await runCheck(
      config(
        table(
          'claude -> gpt-4o\nclaude-opus -> gpt-4o\nimage:flux/schnell\nembedding:text-embedding-3-small\naudio:whisper-1'
        )
      ),
      testIO(fetch)
    )
    const path = (url: string) => new URL(url).pathname
    const posts = seen.filter(s => s.method === 'POST')
    expect(posts.map(s => [path(s.url), s.body?.model]).sort()).toEqual(
      [
        ['/v1/chat/completions', 'claude'],
        ['/v1/chat/completions', 'claude-opus'],
        // Asked once, though two models name it.
        ['/v1/chat/completions', 'gpt-4o'],
        ['/v1/embeddings', 'text-embedding-3-small'],
        ['/v1/images/generations', 'flux/schnell']
      ].sort()
    )
    expect(seen.filter(s => s.url.endsWith('/models?include=capabilities'))).toHaveLength(1)
    expect(seen.filter(s => s.url.endsWith('/billing'))).toHaveLength(1)
    // The cheapest image: one, at the smallest size the Flux schema names.
    const flux = posts.find(s => s.body?.model === 'flux/schnell')!
    expect(flux.body).toMatchObject({ num_images: 1, image_size: 'square' })
    expect(posts.find(s => s.body?.model === 'text-embedding-3-small')!.body).toMatchObject({
      encoding_format: 'float'
    })

    expect(
      check.models.map(m => [m.report.configuredModel, m.report.kind, m.report.status])
    ).toEqual([
      ['claude', 'chat', 'fallback'],
      ['claude-opus', 'chat', 'fallback'],
      ['flux/schnell', 'image', 'available'],
      ['text-embedding-3-small', 'embedding', 'available']
    ])
    expect(check.skipped.map(s => s.id)).toEqual(['whisper-1'])
    expect(check.verdict).toBe('fail')
  })

  it('asks a model once when one line configures it and another names it as fallback', async () => {
    const { fetch, seen } = scriptedFetch({
      claude: [upstreamRefusal],
      'gpt-4o': [{ json: completionJson() }],
      '#billing': [{ json: { current_balance: 20, currency: 'usd' } }]
    })
    const check = await runCheck(config(table('claude -> gpt-4o\ngpt-4o')), testIO(fetch))
    const asked = seen.filter(s => s.method === 'POST').map(s => s.body?.model)
    expect(asked.sort()).toEqual(['claude', 'gpt-4o'])
    // The one answer counts for both models, under each one's role.
    const [claude, gpt] = check.models.map(m => m.report)
    expect(claude?.status).toBe('fallback')
    expect(claude?.attempts.map(a => [a.model, a.role])).toEqual([
      ['claude', 'configured'],
      ['gpt-4o', 'fallback']
    ])
    expect(gpt?.status).toBe('available')
    expect(gpt?.attempts.map(a => [a.model, a.role])).toEqual([['gpt-4o', 'configured']])
  })

  it('labels the counted attempt with the category the balance gave it, as the headline says', async () => {
    const deepseek = {
      status: 402,
      json: { error: { message: 'Insufficient Balance', type: 'unknown_error', param: null } }
    }
    const { fetch } = scriptedFetch({
      'deepseek/deepseek-chat': [deepseek],
      '#billing': [{ json: { current_balance: 19.5, currency: 'usd' } }]
    })
    const check = await runCheck(config(table('deepseek/deepseek-chat')), testIO(fetch))
    const report = check.models[0]!.report
    expect(report.errorCategory).toBe('provider-access')
    expect(report.attempts.map(a => a.category)).toEqual(['provider-access'])
  })

  it('ends the API message as a sentence before a did-you-mean', async () => {
    const { fetch } = scriptedFetch({
      'gpt-4p': [{ status: 404, json: { error: { message: 'Model "gpt-4p" not found' } } }],
      '#catalog': [{ json: { data: [{ id: 'gpt-4o', aliases: [] }] } }]
    })
    const check = await runCheck(config(table('gpt-4p')), testIO(fetch))
    expect(check.models[0]!.report.errorMessage).toBe(
      'Model "gpt-4p" not found. Did you mean \'gpt-4o\'?'
    )
  })

  it('calls a 2xx without an image or a vector an invalid response', async () => {
    const { fetch } = scriptedFetch({
      'flux/schnell': [{ json: { data: [] } }],
      'text-embedding-3-small': [{ json: { data: [{ embedding: [] }] } }]
    })
    const check = await runCheck(
      config(table('image:flux/schnell\nembedding:text-embedding-3-small')),
      testIO(fetch)
    )
    expect(check.models.map(m => m.report.errorCategory)).toEqual([
      'invalid-response',
      'invalid-response'
    ])
  })

  it('keeps at most 8 probes in flight', async () => {
    let inFlight = 0
    let most = 0
    const { fetch: scripted } = scriptedFetch(
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`m-${i}`, [{ json: completionJson() }]])
      )
    )
    const fetch: typeof scripted = async (input, init) => {
      const isProbe = init?.method === 'POST'
      if (isProbe) most = Math.max(most, ++inFlight)
      await new Promise(resolve => setTimeout(resolve, 5))
      try {
        return await scripted(input, init)
      } finally {
        if (isProbe) inFlight--
      }
    }
    const specs = table(Array.from({ length: 20 }, (_, i) => `m-${i}`).join('\n'))
    const check = await runCheck(config(specs), testIO(fetch))
    expect(check.models.every(m => m.report.available)).toBe(true)
    expect(most).toBe(8)
  })

  it('counts a model’s capability requests as part of its probe: 10 models, 8 at once', async () => {
    const inFlight = new Map<string, number>()
    let mostModels = 0
    let mostRequests = 0
    const { fetch: scripted } = scriptedFetch({})
    const fetch: typeof scripted = async (input, init) => {
      if (init?.method !== 'POST') return scripted(input, init)
      const model = String((JSON.parse(String(init.body)) as { model: string }).model)
      inFlight.set(model, (inFlight.get(model) ?? 0) + 1)
      mostModels = Math.max(mostModels, inFlight.size)
      mostRequests = Math.max(
        mostRequests,
        [...inFlight.values()].reduce((a, b) => a + b, 0)
      )
      await new Promise(resolve => setTimeout(resolve, 5))
      const left = inFlight.get(model)! - 1
      if (left === 0) inFlight.delete(model)
      else inFlight.set(model, left)
      return new Response(JSON.stringify(completionJson()), {
        status: 200,
        headers: { 'content-type': 'application/json' }
      })
    }
    const ids = Array.from({ length: 10 }, (_, i) => `m-${i}`)
    const specs = table(ids.map(id => `${id} +tools +json`).join('\n'))
    const check = await runCheck(config(specs), testIO(fetch))
    expect(check.models).toHaveLength(10)
    expect(mostModels).toBe(8)
    // Each of the 8 models in flight sends its plain, tools and json requests together.
    expect(mostRequests).toBe(24)
  })
})

/** What AIML's chat endpoint may say to an image model: a validation refusal. */
const wrongEndpoint = {
  status: 400,
  json: { message: 'Invalid payload provided: model is not a chat model', statusCode: 400 }
}
const catalogOf = (type: string) => ({
  json: { data: [{ id: 'flux/schnell', type, info: { name: 'FLUX.1 schnell' } }] }
})
const posted = (seen: { url: string; method: string; body: Record<string, unknown> | null }[]) =>
  seen
    .filter(s => s.method === 'POST')
    .map(s => `${new URL(s.url).pathname} ${String(s.body?.model)}`)

describe('runCheck, when the catalog names another kind than the table', () => {
  it.each(['image', 'IMAGE', 'text-to-image', 'image_generation'])(
    "asks an unprefixed model the catalog types '%s' again as an image, and not its fallback",
    async type => {
      const { fetch, seen } = scriptedFetch({
        'flux/schnell': [wrongEndpoint, image],
        'flux/dev': [image],
        '#catalog': [catalogOf(type)]
      })
      const check = await runCheck(config(table('flux/schnell -> flux/dev')), testIO(fetch))
      expect(posted(seen)).toEqual([
        '/v1/chat/completions flux/schnell',
        '/v1/images/generations flux/schnell'
      ])
      const { report, verdict } = check.models[0]!
      expect([report.kind, report.kindFromCatalog, report.status]).toEqual([
        'image',
        true,
        'available'
      ])
      expect(report.attempts.map(a => [a.kind, a.ok])).toEqual([
        ['chat', false],
        ['image', true]
      ])
      expect(verdict).toBe('pass')
    }
  )

  it('asks the fallbacks as that kind when the model fails there too', async () => {
    const { fetch, seen } = scriptedFetch({
      'flux/schnell': [wrongEndpoint, { status: 500, json: { message: 'down', statusCode: 500 } }],
      'flux/dev': [image],
      '#catalog': [catalogOf('image')]
    })
    const check = await runCheck(config(table('flux/schnell -> flux/dev')), testIO(fetch))
    expect(posted(seen)).toEqual([
      '/v1/chat/completions flux/schnell',
      '/v1/images/generations flux/schnell',
      '/v1/images/generations flux/dev'
    ])
    expect(check.models[0]!.report).toMatchObject({
      kind: 'image',
      status: 'fallback',
      model: 'flux/dev',
      errorCategory: 'server-error'
    })
  })

  it.each([
    ['the catalog calls it a chat model', 'flux/schnell -> flux/dev', 'chat-completion'],
    ['the catalog names a kind with no probe', 'flux/schnell -> flux/dev', 'video'],
    ['the kind was declared by a prefix', 'chat:flux/schnell -> flux/dev', 'image']
  ])('asks nothing again when %s', async (_why, line, type) => {
    const { fetch, seen } = scriptedFetch({
      'flux/schnell': [wrongEndpoint],
      'flux/dev': [{ json: completionJson() }],
      '#catalog': [catalogOf(type)]
    })
    const check = await runCheck(config(table(line)), testIO(fetch))
    expect(posted(seen)).toEqual([
      '/v1/chat/completions flux/schnell',
      '/v1/chat/completions flux/dev'
    ])
    expect(check.models[0]!.report).toMatchObject({ kind: 'chat', kindFromCatalog: false })
  })
})

describe('runCheck with declared kinds that have no probe', () => {
  it('lists them as skipped, asks nothing for them and never fails for them', async () => {
    const { fetch, seen } = scriptedFetch({ 'gpt-4o': [{ json: completionJson() }] })
    const check = await runCheck(
      config(table('audio:whisper-1\ngpt-4o\nvideo:veo2')),
      testIO(fetch)
    )
    expect(posted(seen)).toEqual(['/v1/chat/completions gpt-4o'])
    expect(check.skipped.map(s => [s.id, s.kind])).toEqual([
      ['whisper-1', 'audio'],
      ['veo2', 'video']
    ])
    expect(check.configured.map(s => s.id)).toEqual(['whisper-1', 'gpt-4o', 'veo2'])
    expect([check.status, check.verdict]).toEqual(['available', 'pass'])
  })

  it("is 'skipped' as a step when nothing could be probed", async () => {
    const { fetch, seen } = scriptedFetch({})
    const check = await runCheck(config(table('audio:whisper-1')), testIO(fetch))
    expect(seen.filter(s => s.method === 'POST')).toHaveLength(0)
    expect(check.models).toHaveLength(0)
    expect([check.status, check.verdict]).toEqual(['skipped', 'pass'])
  })
})
