// @ts-check
/**
 * A loopback simulator of the AIML API, for the tests, the demo, the benchmark and CI. It binds
 * 127.0.0.1 only, answers from a scriptable scenario, records every request, and can produce
 * the faults a real network does (hangs, resets, trickled or huge bodies, HTML, bad JSON).
 *
 * Shapes follow AIML's documentation: `{message, path, requestId, statusCode, timestamp}` for its
 * own errors, `x-aimlapi-usd-spent` / `x-aimlapi-credits-used` on completions, `GET /v1/models`
 * public, `GET /v2/billing` with the key.
 *
 * Run it alone: `node script/aiml-sim.mjs [scenario]` prints its base URL and serves until killed.
 */
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { randomUUID } from 'node:crypto'

/**
 * @typedef {object} Reply
 * @property {number} [status]            HTTP status (default 200)
 * @property {unknown} [json]             body, serialised as JSON
 * @property {string} [text]              body, sent as is
 * @property {Record<string, string>} [headers]
 * @property {number} [delayMs]           wait before the headers
 * @property {'hang' | 'reset' | 'trickle' | 'huge' | 'random'} [fault]
 * @property {number} [bytes]             size for `huge`
 */

/**
 * @typedef {object} ModelScript
 * @property {Reply[]} [replies]          answered in turn; the last one repeats
 * @property {boolean} [ok]               shorthand for a healthy completion
 * @property {boolean} [reasoning]        refuses `max_tokens`, wants `max_completion_tokens`
 */

/**
 * @typedef {object} Scenario
 * @property {Record<string, ModelScript>} models   by model ID; unknown IDs get AIML's 404
 * @property {string} [apiKey]            when set, any other key gets AIML's 401
 * @property {unknown[] | Reply} [catalog] entries for GET /v1/models, or a reply to send instead
 * @property {number | Reply} [balance]   USD for GET /v2/billing, or a reply to send instead
 * @property {number} [latencyMs]         added to every request
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path
 * @property {string} authorization
 * @property {any} body
 * @property {number} at                  ms since the simulator started
 */

export const COMPLETION_USD = 0.000045

/** @param {string} model @param {string} [text] */
export function completion(model, text = 'ok') {
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: 1_760_000_000,
    // The gateway may name another ID than the one asked for; clients must not rely on it.
    model: `${model}-2025-served`,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 12, completion_tokens: 1, total_tokens: 13 }
  }
}

/** AIML's own error envelope. @param {number} status @param {string} message @param {string} path */
export function aimlError(status, message, path = '/v1/chat/completions') {
  return {
    status,
    json: {
      message,
      path,
      requestId: randomUUID(),
      statusCode: status,
      timestamp: new Date().toISOString()
    }
  }
}

/** The Claude story: Anthropic's refusal relayed by the gateway, as users reported it. */
export const ANTHROPIC_CREDIT_BALANCE = {
  status: 400,
  json: {
    message:
      '400 {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."},"request_id":"req_011CUaYQ3P8Z6g5dKpX2vNmT"}',
    path: '/v1/chat/completions',
    requestId: 'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    statusCode: 400,
    timestamp: '2026-11-24T09:00:00.000Z'
  }
}

/**
 * AIML's current envelope, `application/problem+json`.
 * @param {number} status @param {string} title @param {string} message @param {string} name
 * @returns {Reply}
 */
export function aimlProblem(status, title, message, name) {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    json: {
      title,
      status,
      message,
      instance: '/v1/chat/completions',
      requestId: randomUUID(),
      timestamp: new Date().toISOString(),
      error: { name, message }
    }
  }
}

/** AIML itself: this account is out of credits (its own envelope, so it stays the account's). */
export const AIML_OUT_OF_CREDITS = aimlProblem(
  403,
  'Forbidden',
  "You've run out of credits. Please top up your balance or update your payment method to continue: https://aimlapi.com/app/billing/",
  'ForbiddenException'
)

/** DeepSeek's billing refusal in its own shape, relayed (api-docs.deepseek.com error codes: 402). */
export const DEEPSEEK_INSUFFICIENT_BALANCE = {
  status: 402,
  json: {
    error: {
      message: 'Insufficient Balance',
      type: 'unknown_error',
      param: null,
      code: 'invalid_request_error'
    }
  }
}

/** OpenAI's invalid-key refusal in its own shape, relayed: a key stored upstream, not ours. */
export const OPENAI_INVALID_KEY = {
  status: 401,
  json: {
    error: {
      message:
        'Incorrect API key provided: sk-proj-********************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key'
    }
  }
}

/** A daily token quota (Groq's words): a retry within the step cannot help. */
export const DAILY_QUOTA = {
  status: 429,
  headers: { 'retry-after': '1' },
  json: {
    error: {
      message:
        'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 99980, Requested 120. Please try again in 7m12s.',
      type: 'tokens',
      code: 'rate_limit_exceeded'
    }
  }
}

export const CATALOG = [
  {
    id: 'anthropic/claude-sonnet-4.5',
    aliases: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
    type: 'chat-completion',
    info: { name: 'Claude Sonnet 4.5', developer: 'Anthropic' }
  },
  {
    id: 'openai/gpt-4o',
    aliases: ['gpt-4o'],
    type: 'chat-completion',
    info: { name: 'GPT-4o', developer: 'OpenAI' }
  },
  { id: 'gpt-4o-mini', aliases: [], type: 'chat-completion', info: { name: 'GPT-4o mini' } },
  {
    id: 'openai/o3-mini',
    aliases: ['o3-mini'],
    type: 'chat-completion',
    info: { name: 'o3 mini' }
  },
  { id: 'flux/schnell', aliases: [], type: 'image', info: { name: 'FLUX.1 schnell' } }
]

/** Named scenarios, for `node script/aiml-sim.mjs NAME`, the demo and the benchmark. */
export const SCENARIOS = /** @type {Record<string, Scenario>} */ ({
  healthy: {
    models: { 'anthropic/claude-sonnet-4.5': { ok: true }, 'gpt-4o': { ok: true } },
    catalog: CATALOG,
    balance: 20
  },
  'claude-story': {
    models: {
      'anthropic/claude-sonnet-4.5': { replies: [ANTHROPIC_CREDIT_BALANCE] },
      'claude-sonnet-4-5': { replies: [ANTHROPIC_CREDIT_BALANCE] },
      'gpt-4o': { ok: true },
      'openai/gpt-4o': { ok: true }
    },
    catalog: CATALOG,
    balance: 20
  }
})

/**
 * Starts the simulator on an ephemeral loopback port; over TLS with `tls` (a key and
 * certificate in PEM), as the real API is, for the proxy tests.
 * @param {Scenario} scenario
 * @param {{ tls?: { key: string, cert: string } }} [options]
 */
export async function startAimlSim(scenario, options = {}) {
  const started = Date.now()
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {Map<string, number>} */
  const served = new Map()
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  let current = scenario

  /** @type {import('node:http').RequestListener} */
  const listener = async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const raw = Buffer.concat(chunks).toString('utf8')
    const body = parseBody(raw)
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    requests.push({
      method: req.method ?? 'GET',
      path,
      authorization: String(req.headers.authorization ?? ''),
      body,
      at: Date.now() - started
    })
    if (current.latencyMs) await sleep(current.latencyMs)
    const reply = route(
      current,
      req.method ?? 'GET',
      path,
      String(req.headers.authorization ?? ''),
      body,
      served
    )
    await send(res, reply)
  }
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener)
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${address.port}`
  return {
    origin,
    baseUrl: `${origin}/v1`,
    requests,
    /** Requests to the chat endpoint, in order. */
    completions: () => requests.filter(r => r.path.endsWith('/chat/completions')),
    /** @param {Scenario} next */
    setScenario(next) {
      current = next
      served.clear()
    },
    reset() {
      requests.length = 0
      served.clear()
    },
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve(undefined))
      })
  }
}

/**
 * @param {Scenario} scenario @param {string} method @param {string} path
 * @param {string} authorization @param {any} body @param {Map<string, number>} served
 * @returns {Reply}
 */
function route(scenario, method, path, authorization, body, served) {
  const keyOk = !scenario.apiKey || authorization === `Bearer ${scenario.apiKey}`
  if (method === 'GET' && path === '/v1/models') {
    const catalog = scenario.catalog ?? CATALOG
    return Array.isArray(catalog) ? { json: { object: 'list', data: catalog } } : catalog
  }
  if (method === 'GET' && path === '/v2/billing') {
    if (!keyOk) return aimlError(401, 'This request requires a valid API key.', path)
    const balance = scenario.balance ?? 20
    return typeof balance === 'number'
      ? { json: { current_balance: balance, currency: 'usd' } }
      : balance
  }
  if (method === 'POST' && path === '/v1/chat/completions') {
    if (!keyOk) {
      return aimlError(
        401,
        'This request requires a valid API key. You can create a new API key on the Billing page: https://aimlapi.com/app/keys'
      )
    }
    const model = typeof body?.model === 'string' ? body.model : ''
    const script = scenario.models[model]
    if (!script) return aimlError(404, `Model ${JSON.stringify(model)} not found`)
    if (script.reasoning && body?.max_tokens !== undefined) {
      return {
        status: 400,
        json: {
          error: {
            message:
              "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
            type: 'invalid_request_error',
            param: 'max_tokens',
            code: 'unsupported_parameter'
          }
        }
      }
    }
    const turn = served.get(model) ?? 0
    served.set(model, turn + 1)
    const replies = script.replies ?? []
    const reply = replies[Math.min(turn, replies.length - 1)]
    if (!reply || script.ok) return healthyReply(model, script.reasoning ?? false)
    return reply
  }
  return { status: 404, text: `Cannot ${method} ${path}`, headers: { 'content-type': 'text/html' } }
}

/** @param {string} model @param {boolean} reasoning @returns {Reply} */
function healthyReply(model, reasoning) {
  const json = completion(model)
  if (reasoning) {
    // A reasoning model that spent its budget thinking: empty text, finish_reason "length".
    const choice = json.choices[0]
    if (choice) {
      choice.message.content = ''
      choice.finish_reason = 'length'
    }
  }
  return {
    json,
    headers: {
      'x-aimlapi-usd-spent': String(COMPLETION_USD),
      'x-aimlapi-credits-used': String(COMPLETION_USD * 2_000_000),
      'x-request-id': randomUUID()
    }
  }
}

/** @param {import('node:http').ServerResponse} res @param {Reply} reply */
async function send(res, reply) {
  if (reply.delayMs) await sleep(reply.delayMs)
  if (reply.fault === 'hang') return // never answers; the client's clock must run out
  if (reply.fault === 'reset') {
    res.socket?.destroy()
    return
  }
  const status = reply.status ?? 200
  const headers = { ...(reply.headers ?? {}) }
  if (reply.fault === 'huge') {
    const size = reply.bytes ?? 30 * 1024 * 1024
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    const block = Buffer.alloc(64 * 1024, 'x')
    let sent = 0
    while (sent < size && !res.destroyed) {
      const ok = res.write(block)
      sent += block.length
      if (!ok) await new Promise(resolve => res.once('drain', resolve).once('close', resolve))
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

/** @param {string} raw */
function parseBody(raw) {
  try {
    return raw ? JSON.parse(raw) : null
  } catch {
    return raw
  }
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms))
}

// `node script/aiml-sim.mjs [scenario]`: serve until killed, for trying the CLI by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2] ?? 'claude-story'
  const scenario = SCENARIOS[name]
  if (!scenario) {
    console.error(`Unknown scenario '${name}'. Known: ${Object.keys(SCENARIOS).join(', ')}`)
    process.exit(2)
  }
  const sim = await startAimlSim(scenario)
  console.log(`AIML simulator (${name}) at ${sim.baseUrl}`)
}
