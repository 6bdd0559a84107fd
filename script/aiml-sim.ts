/**
 * A loopback simulator of the AIML API, for the tests, the demo, the benchmark and CI. It binds
 * 127.0.0.1 only, answers from a scriptable scenario (script/aiml-api.ts says what it speaks,
 * script/stories/ names the stories), records every request, and can produce the faults a
 * real network does (hangs, resets, trickled or huge bodies, HTML, bad JSON).
 *
 * Routes, as AIML serves them:
 *   POST /v1/chat/completions, /v1/embeddings, /v1/images/generations   the key; scripted per model
 *   GET  /v1/models                 the catalog, keyless
 *   GET  /v1/models/deprecations    the deprecation feed, keyless
 *   GET  /models/metrics            live percentiles per model, keyless, beside (not under) /v1
 *   GET  /v2/billing                the balance, with the key
 *   GET  /v1/key                    the key's own facts, with the key
 *   GET  /files/NAME.png            the images' URLs point here, so nothing ever leaves loopback
 *
 * Run it alone: `node script/aiml-sim.ts [scenario] [--port N]` prints its base URL and serves
 * until killed; `--list` names the scenarios.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { parseArgs } from 'node:util'
import {
  AIML_INVALID_KEY_MESSAGE,
  aimlError,
  aimlProblem,
  CATALOG,
  completion,
  COMPLETION_USD,
  costHeaders,
  EMBEDDING_USD,
  IMAGE_USD,
  KEY_FACTS,
  UNSUPPORTED_MAX_TOKENS,
  type CatalogEntry,
  type DeprecationEntry,
  type ModelKind,
  type ModelMetrics,
  type ModelScript,
  type Reply,
  type Scenario
} from './aiml-api.ts'
import { capabilityAsked, healthyCapability } from './aiml-capabilities.ts'
import { SCENARIOS, scenarioListing, scenarioNamed } from './stories/index.ts'

// One import gives the tests everything the simulator speaks and every story it tells.
export * from './aiml-api.ts'
export * from './aiml-capabilities.ts'
export * from './stories/index.ts'

/** A request body as JSON; what is not a JSON object is recorded as `{}` (and in `raw`). */
export type RequestBody = Readonly<Record<string, unknown>>

export interface RecordedRequest {
  method: string
  /** without the query */
  path: string
  /** `?a=1&b=2`, or empty */
  query: string
  authorization: string
  body: RequestBody
  raw: string
  /** ms since the simulator started */
  at: number
}

export interface AimlSim {
  origin: string
  /** `${origin}/v1`, what `base-url` takes */
  baseUrl: string
  requests: RecordedRequest[]
  /** Requests to the chat endpoint, in order. */
  completions(): RecordedRequest[]
  /** Requests to the embeddings endpoint, in order. */
  embeddings(): RecordedRequest[]
  /** Requests to the image endpoint, in order. */
  images(): RecordedRequest[]
  /** Serves another scenario from now on; each model's replies start again. */
  setScenario(next: Scenario): void
  /** Forgets the requests and starts each model's replies again. */
  reset(): void
  close(): Promise<void>
}

const ENDPOINTS: Record<string, ModelKind> = {
  '/v1/chat/completions': 'chat',
  '/v1/embeddings': 'embedding',
  '/v1/images/generations': 'image'
}
const ENDPOINT_OF: Record<ModelKind, string> = {
  chat: '/v1/chat/completions',
  embedding: '/v1/embeddings',
  image: '/v1/images/generations'
}
// AIML documents the feed at /v1/models/deprecations, and says /models/… and /api/v1/models/…
// serve the same, with `deprecated` for `deprecations` on each (model-deprecations.md).
const DEPRECATIONS_PATH = /^(?:\/api)?(?:\/v1)?\/models\/deprecat(?:ions|ed)$/
const CATALOG_PATHS = new Set(['/v1/models', '/models', '/api/v1/models'])
/** A 1×1 transparent PNG, for the images' URLs. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
)

/** Options: a loopback port (0 for any), and TLS (a key and certificate in PEM), as the real API is. */
export interface SimOptions {
  port?: number
  tls?: { key: string; cert: string }
}

/** Starts the simulator on an ephemeral loopback port (or the one given), over TLS with `tls`. */
export async function startAimlSim(scenario: Scenario, options: SimOptions = {}): Promise<AimlSim> {
  const port = options.port ?? 0
  const started = Date.now()
  const requests: RecordedRequest[] = []
  const served = new Map<string, number>()
  const sockets = new Set<Socket>()
  let current = scenario
  let origin = ''

  const listener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      authorization: String(req.headers.authorization ?? ''),
      body: parseBody(raw),
      raw,
      at: Date.now() - started
    }
    requests.push(request)
    if (current.latencyMs) await sleep(current.latencyMs)
    if (request.method === 'GET' && request.path.startsWith('/files/')) {
      res.writeHead(200, { 'content-type': 'image/png' })
      res.end(PNG)
      return
    }
    await send(res, route(current, request, url.searchParams, served, origin))
  }
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
  const to = (kind: ModelKind) => () => requests.filter(r => r.path === ENDPOINT_OF[kind])
  return {
    origin,
    baseUrl: `${origin}/v1`,
    requests,
    completions: to('chat'),
    embeddings: to('embedding'),
    images: to('image'),
    setScenario(next) {
      current = next
      served.clear()
    },
    reset() {
      requests.length = 0
      served.clear()
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

function route(
  scenario: Scenario,
  request: RecordedRequest,
  query: URLSearchParams,
  served: Map<string, number>,
  origin: string
): Reply {
  const { method, path } = request
  const keyOk = !scenario.apiKey || request.authorization === `Bearer ${scenario.apiKey}`
  if (method === 'GET' && CATALOG_PATHS.has(path)) {
    const catalog = scenario.catalog ?? CATALOG
    return isReply(catalog) ? catalog : { json: { object: 'list', data: catalog } }
  }
  if (method === 'GET' && DEPRECATIONS_PATH.test(path)) {
    const feed = scenario.deprecations ?? []
    return isReply(feed) ? feed : deprecationFeed(feed, query)
  }
  if (method === 'GET' && path === '/models/metrics') {
    const metrics = scenario.metrics ?? []
    const catalog = scenario.catalog ?? CATALOG
    return isReply(metrics) ? metrics : liveMetrics(metrics, query, isReply(catalog) ? [] : catalog)
  }
  if (method === 'GET' && path === '/v2/billing') {
    if (!keyOk) return aimlError(401, 'This request requires a valid API key.', path)
    const balance = scenario.balance ?? 20
    return typeof balance === 'number'
      ? { json: { current_balance: balance, currency: 'usd' } }
      : balance
  }
  if (method === 'GET' && path === '/v1/key') {
    if (!keyOk) return aimlError(401, 'This request requires a valid API key.', path)
    const key = scenario.key ?? {}
    return isKeyReply(key) ? key : { json: { ...KEY_FACTS, ...key } }
  }
  const kind = ENDPOINTS[path]
  if (method === 'POST' && kind) {
    if (!keyOk) return aimlError(401, AIML_INVALID_KEY_MESSAGE, path)
    return answerModel(scenario, kind, request.body, served, origin)
  }
  return { status: 404, text: `Cannot ${method} ${path}`, headers: { 'content-type': 'text/html' } }
}

function answerModel(
  scenario: Scenario,
  kind: ModelKind,
  body: RequestBody,
  served: Map<string, number>,
  origin: string
): Reply {
  const path = ENDPOINT_OF[kind]
  const model = typeof body.model === 'string' ? body.model : ''
  const script = scenario.models[model]
  if (!script) return aimlError(404, `Model ${JSON.stringify(model)} not found`, path)
  const servedAs = script.kind ?? 'chat'
  if (servedAs !== kind) {
    // AIML documents no text for a model asked at the wrong endpoint; this one is plausible and
    // names both, as its validation errors do.
    return aimlProblem(
      400,
      'Bad Request',
      `Invalid payload provided: model ${JSON.stringify(model)} is not available at ${path}; it is served at ${ENDPOINT_OF[servedAs]}.`,
      'BadRequestException',
      path
    )
  }
  const capability = kind === 'chat' ? capabilityAsked(body) : null
  if (capability)
    return script.capabilities?.[capability] ?? healthyCapability(capability, model, body)
  if (kind === 'chat' && script.reasoning && body.max_tokens !== undefined) {
    return UNSUPPORTED_MAX_TOKENS
  }
  const turn = served.get(model) ?? 0
  served.set(model, turn + 1)
  const replies = script.replies ?? []
  const reply = replies[Math.min(turn, replies.length - 1)]
  if (!reply || script.ok) return healthyReply(kind, model, script, body, origin)
  return reply
}

function healthyReply(
  kind: ModelKind,
  model: string,
  script: ModelScript,
  body: RequestBody,
  origin: string
): Reply {
  if (kind === 'embedding') return embeddingReply(model, body)
  if (kind === 'image') return imageReply(model, script, body, origin)
  const json = completion(model)
  const choice = json.choices[0]
  if (script.reasoning && choice) {
    // A reasoning model that spent its budget thinking: empty text, finish_reason "length".
    choice.message.content = ''
    choice.finish_reason = 'length'
  }
  return { json, headers: costHeaders(COMPLETION_USD) }
}

/** OpenAI's shape, which AIML keeps for its embedding models: floats, or base64 when asked. */
function embeddingReply(model: string, body: RequestBody): Reply {
  const vector = Array.from(
    { length: 8 },
    (_, i) => Math.round(Math.sin(i + model.length) * 1e4) / 1e5
  )
  const embedding =
    body.encoding_format === 'base64'
      ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
      : vector
  return {
    json: {
      object: 'list',
      data: [{ object: 'embedding', embedding, index: 0 }],
      model,
      usage: { prompt_tokens: 1, total_tokens: 1 }
    },
    headers: costHeaders(EMBEDDING_USD)
  }
}

// fal's presets, which AIML's Flux schema takes for `image_size` (default landscape_4_3).
const IMAGE_PRESETS: Record<string, [number, number]> = {
  square_hd: [1024, 1024],
  square: [512, 512],
  portrait_4_3: [768, 1024],
  portrait_16_9: [576, 1024],
  landscape_4_3: [1024, 768],
  landscape_16_9: [1024, 576]
}

/**
 * Flux on AIML answers `{images: [{url, width, height, content_type}], timings, seed, …}`; the
 * OpenAI-style models answer `{created, data: [{url}]}` (or `b64_json` when asked). Both with
 * `201`, as AIML's schema for `POST /v1/images/generations` documents.
 */
function imageReply(model: string, script: ModelScript, body: RequestBody, origin: string): Reply {
  const shape = script.imageShape ?? (model.startsWith('flux') ? 'images' : 'data')
  const asked = shape === 'images' ? body.num_images : body.n
  const count = Math.max(1, Math.min(4, typeof asked === 'number' ? Math.floor(asked) : 1))
  const url = () => `${origin}/files/${randomUUID()}.png`
  const headers = costHeaders(IMAGE_USD * count)
  if (shape === 'data') {
    const b64 = body.response_format === 'b64_json'
    const data = Array.from({ length: count }, () =>
      b64 ? { b64_json: PNG.toString('base64') } : { url: url() }
    )
    return { status: 201, json: { created: 1_760_000_000, data }, headers }
  }
  const [width, height] = imageSize(body.image_size)
  return {
    status: 201,
    json: {
      images: Array.from({ length: count }, () => ({
        url: url(),
        width,
        height,
        content_type: 'image/png'
      })),
      timings: { inference: 0.35 },
      seed: 454423425,
      has_nsfw_concepts: Array.from({ length: count }, () => false),
      prompt: typeof body.prompt === 'string' ? body.prompt : ''
    },
    headers
  }
}

function imageSize(size: unknown): [number, number] {
  if (typeof size === 'string') return IMAGE_PRESETS[size] ?? [1024, 768]
  if (size && typeof size === 'object') {
    const { width, height } = size as { width?: unknown; height?: unknown }
    if (typeof width === 'number' && typeof height === 'number') return [width, height]
  }
  return [1024, 768]
}

/** `{object, generated_at, data}`, newest first, with the `status` and `since` filters. */
function deprecationFeed(entries: readonly DeprecationEntry[], query: URLSearchParams): Reply {
  const statuses = new Set(
    query
      .getAll('status')
      .flatMap(s => s.split(','))
      .map(s => s.trim().toLowerCase())
      .filter(s => ['deprecated', 'superseded', 'withdrawn'].includes(s))
  )
  // Both filters fail open: an unrecognised value filters nothing.
  const since = /^\d{4}-\d{2}-\d{2}$/.test(query.get('since') ?? '') ? query.get('since') : null
  const newest = (e: DeprecationEntry) =>
    [e.deprecated_at, e.shutdown_at]
      .filter(d => d !== null)
      .sort()
      .at(-1) ?? ''
  const data = entries
    .filter(e => statuses.size === 0 || statuses.has(e.status))
    .filter(
      e => since === null || [e.deprecated_at, e.shutdown_at].some(d => d !== null && d >= since)
    )
    .toSorted((a, b) => newest(b).localeCompare(newest(a)) || a.id.localeCompare(b.id))
  return {
    json: { object: 'list', generated_at: new Date().toISOString(), data },
    headers: { 'cache-control': 'public, max-age=300' }
  }
}

/**
 * `{window_seconds, generated_at, models}`; `aliases` repeated picks models; nothing else is
 * taken. A name is matched exactly against the catalog's `id` and `aliases` (model-metrics.md),
 * so `gpt-4o` finds the entry measured as `openai/gpt-4o`.
 */
function liveMetrics(
  entries: readonly ModelMetrics[],
  query: URLSearchParams,
  catalog: readonly CatalogEntry[]
): Reply {
  const unknown = [...query.keys()].find(key => key !== 'aliases')
  if (unknown !== undefined) {
    return aimlProblem(
      400,
      'Bad Request',
      `Unknown query parameter: ${unknown}`,
      'BadRequestException',
      '/models/metrics'
    )
  }
  // Matched exactly, and never split on commas (model-metrics.md).
  const wanted = new Set(
    query
      .getAll('aliases')
      .flatMap(name => [
        name,
        ...catalog.filter(e => e.id === name || (e.aliases ?? []).includes(name)).map(e => e.id)
      ])
  )
  const models = wanted.size ? entries.filter(e => wanted.has(e.alias)) : entries
  return { json: { window_seconds: 300, generated_at: new Date().toISOString(), models } }
}

function isReply<T>(value: readonly T[] | Reply): value is Reply {
  return !Array.isArray(value)
}

/** A key scenario is a reply when it says how to answer, not what the key is. */
function isKeyReply(value: object): value is Reply {
  return ['status', 'json', 'text', 'fault', 'delayMs'].some(field => field in value)
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if (reply.delayMs) await sleep(reply.delayMs)
  if (reply.fault === 'hang') return // never answers; the client's clock must run out
  if (reply.fault === 'reset') {
    res.socket?.destroy()
    return
  }
  const status = reply.status ?? 200
  const headers = { ...reply.headers }
  if (reply.fault === 'huge') {
    const size = reply.bytes ?? 30 * 1024 * 1024
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    const block = Buffer.alloc(64 * 1024, 'x')
    for (let sent = 0; sent < size && !res.destroyed; sent += block.length) {
      if (!res.write(block)) {
        await new Promise(resolve => res.once('drain', resolve).once('close', resolve))
      }
    }
    res.end()
    return
  }
  if (reply.fault === 'trickle') {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    // A byte a second: headers arrive at once, the body never completes in time.
    for (let i = 0; i < 600 && !res.destroyed; i++) {
      res.write(' ')
      await sleep(1000)
    }
    res.end()
    return
  }
  if (reply.fault === 'random') {
    const bytes = Buffer.from(Array.from({ length: 256 }, () => Math.floor(Math.random() * 256)))
    res.writeHead(status, headers)
    res.end(bytes)
    return
  }
  if (reply.json !== undefined) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(reply.json))
    return
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
  res.end(reply.text ?? '')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function parseBody(raw: string): RequestBody {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as RequestBody) : {}
  } catch {
    return {}
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

// `node script/aiml-sim.ts [scenario] [--port N]`: serve until killed, for trying the action or
// the CLI by hand. `import.meta.main`, not a comparison of URLs with argv[1] as text, which
// fails silently when the path holds a space or a symbolic link.
if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, list: { type: 'boolean' } }
  })
  if (values.list) {
    process.stdout.write(scenarioListing())
    process.exit(0)
  }
  const name = positionals[0] ?? 'claude-story'
  const named = scenarioNamed(name)
  const port = Number(values.port ?? 0)
  if (!named || !Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(
      named
        ? `--port takes a port number, not '${values.port}'.`
        : `Unknown scenario '${name}'. Known: ${SCENARIOS.map(s => s.name).join(', ')}`
    )
    process.exit(2)
  }
  const sim = await startAimlSim(named.scenario, { port })
  console.log(`AIML simulator (${name}) at ${sim.baseUrl}`)
}
