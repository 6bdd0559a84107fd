/**
 * The classifier: one pure function from what came back over HTTP to a category. It reads the
 * status, the provider's error code and type, and the message text, including bodies nested in
 * other bodies (a JSON string in OpenRouter's `metadata.raw`, a provider body quoted inside a
 * proxy's message). Status alone is not enough: billing arrives as 400, 402, 403 or 429
 * depending on who says it.
 */
import type { Category } from './categories.js'
import { isRecord, parseJson } from './json.js'
import { isRedirect, redirectMessage } from './redirect.js'

/** One HTTP exchange as the transport saw it. Header names are lower-case. */
export interface Exchange {
  status: number
  headers: Readonly<Record<string, string>>
  body: string
}

/** A request that produced no HTTP response at all. */
export type TransportFailure =
  { kind: 'timeout'; message: string } | { kind: 'network'; code: string; message: string }

export interface Usage {
  promptTokens: number
  completionTokens: number
  totalTokens: number
}

export interface Success {
  ok: true
  text: string
  finishReason: string
  usage: Usage | null
}

export interface Failure {
  ok: false
  category: Category
  /** One line, the most specific message found. Raw API text: redact and escape before use. */
  message: string
  code: string
  type: string
  requestId: string
  /** The server asked to wait this long before retrying (Retry-After), in milliseconds. */
  retryAfterMs: number | null
  /** The model refuses `max_tokens` and wants `max_completion_tokens` (reasoning models). */
  wantsMaxCompletionTokens: boolean
  /** A 404 that is not about a model: the URL is wrong, not the model. */
  wrongEndpoint: boolean
}

export type Outcome = Success | Failure

/** Named patterns, so a rule reads as what it matches. Tested against the recorded corpus. */
const PATTERNS = {
  contentFilter:
    /moderation|content[_ ]?(policy|filter|management)|flagged|safety system|responsible ?ai policy|harmful content|requires moderation/i,
  billing:
    /credit balance|insufficient[_ ](credits?|balance|funds|quota)|insufficient account balance|run out of (credits|funds)|out of credits|not enough credits|exceeded your current quota|quota exceeded|billing (hard )?limit|billing details|payment required|purchase credits|top[ -]?up|plan limit|free[- ]tier limit|(usage|spend(ing)?) limit reached|requires more credits/i,
  // Billing text that says whose account is short, when it is not the one we call: the
  // gateway's upstream ("Your credit balance is too low to access the Anthropic API"). A
  // provider's name alone proves nothing: "Insufficient credits to use model anthropic/…" is
  // the gateway speaking of your own balance.
  upstreamBilling:
    /to access the [\w .-]{2,40} API|upstream (provider|account)|provider('s)? (account|billing|credits?|balance|quota)|(anthropic|openai|google|gemini|mistral|deepseek|xai) (account|organization|org)\b/i,
  auth: /invalid[_ ]api[_ ]key|incorrect api key|api key (is )?(invalid|not valid|expired|revoked|missing)|no api key|missing (api key|authentication|bearer)|authentication[_ ]?(error|failed|required)|unauthori[sz]ed|invalid (bearer )?token|invalid x-api-key|key (has been )?(revoked|disabled|expired)/i,
  region:
    /unsupported[_ ]country|country, region, or territory|not available in your (country|region)|region (is )?not supported|location is not supported|geo(graphic)?[- ]?restrict/i,
  permission:
    /permission[_ ]?(error|denied)|not (allowed|permitted|authorized) to (use|access)|does not have access|don't have access|no access to|unable to access|not enabled for|access (to this model )?(is )?denied|forbidden|(usage|access) tier|tier (is )?(required|not)|organization (must be|is not) verified/i,
  modelMissing:
    /model[_ ]?(not[_ ]?(found|exists?)|does not exist)|not a valid model|no such model|unknown model|invalid model|model .{0,120}(does not exist|not found|is not supported|not available|has been deprecated|was deprecated|is deprecated|decommissioned|not a valid)|(does not exist|not found|not a valid model)[^.]{0,40}model|decommissioned|no endpoints found|^model: /i,
  modelWord: /\bmodel\b/i,
  rateLimit:
    /rate[_ ]?limit|too many requests|requests per (minute|min|second|day)|tokens per min|concurrency limit|slow down|try again in \d/i,
  server:
    /overloaded|internal (server )?error|server[_ ]error|service unavailable|bad gateway|gateway time-?out|generation timeout|upstream (error|connect|request timeout)|maintenance|temporarily unavailable|try again later|api_error|cloudflare/i,
  unsupportedMaxTokens:
    /max_tokens.{0,160}(not supported|unsupported|max_completion_tokens)|max_completion_tokens.{0,80}instead|unsupported parameter.{0,20}max_tokens/i,
  badRequest:
    /invalid[_ ]request|unsupported (parameter|value|role)|validation|is required|must be|invalid (value|type|parameter|argument)|extra inputs|unrecognized|malformed|cannot (post|get)/i,
  html: /^\s*(<!doctype html|<html|<\?xml|<head|<body)/i
} as const

/** Codes and types that decide a category by themselves. */
const CODES: Readonly<Record<string, Category>> = {
  invalid_api_key: 'auth',
  authentication_error: 'auth',
  unauthorized: 'auth',
  insufficient_quota: 'insufficient-credits',
  insufficient_credits: 'insufficient-credits',
  billing_hard_limit_reached: 'insufficient-credits',
  permission_error: 'provider-access',
  permission_denied: 'provider-access',
  unsupported_country_region_territory: 'provider-access',
  model_not_found: 'model-not-found',
  rate_limit_error: 'rate-limited',
  rate_limit_exceeded: 'rate-limited',
  overloaded_error: 'server-error',
  api_error: 'server-error',
  server_error: 'server-error',
  service_unavailable: 'server-error',
  moderation_blocked: 'content-filter',
  content_policy_violation: 'content-filter',
  content_filter: 'content-filter'
}

const MAX_MESSAGE = 400

const UPSTREAM_ACCOUNT: readonly Category[] = ['auth', 'insufficient-credits']

/** Facts gathered from a body and every body nested in it. */
interface Facets {
  /** Messages, outermost first. */
  messages: string[]
  /** Messages found in nested (relayed upstream) bodies. */
  nestedMessages: string[]
  codes: string[]
  requestId: string
  /** A codes entry came from a nested body. */
  nestedCodes: string[]
}

export function classifyExchange(exchange: Exchange): Outcome {
  const json = parseJson(exchange.body)
  const is2xx = exchange.status >= 200 && exchange.status < 300
  if (is2xx) {
    const error = isRecord(json) ? (json.object === 'error' ? json : json.error) : undefined
    // A 2xx carrying an error object (OpenRouter does this mid-generation; vLLM-style servers
    // answer `{object: "error", ...}`) is that error.
    if (isRecord(error) || (typeof error === 'string' && error !== '')) {
      const embedded = numberish(isRecord(error) ? (error.code ?? error.status) : undefined)
      return classifyError({ ...exchange, status: embedded ?? exchange.status }, json)
    }
    return readCompletion(exchange, json)
  }
  return classifyError(exchange, json)
}

export function classifyTransportFailure(failure: TransportFailure): Failure {
  return {
    ok: false,
    category: failure.kind,
    message: oneLine(failure.message),
    code: failure.kind === 'network' ? failure.code : '',
    type: '',
    requestId: '',
    retryAfterMs: null,
    wantsMaxCompletionTokens: false,
    wrongEndpoint: false
  }
}

function readCompletion(exchange: Exchange, json: unknown): Outcome {
  const fail = (message: string): Failure => ({
    ...blankFailure(exchange),
    category: 'invalid-response',
    message
  })
  if (json === undefined) {
    return fail(
      PATTERNS.html.test(exchange.body)
        ? `HTTP ${exchange.status} with an HTML page instead of JSON${titleOf(exchange.body)}`
        : `HTTP ${exchange.status} with a body that is not JSON: ${snippet(exchange.body)}`
    )
  }
  if (!isRecord(json) || !Array.isArray(json.choices)) {
    return fail('The response has no `choices`.')
  }
  const choice: unknown = json.choices[0]
  if (!isRecord(choice)) return fail('The response has an empty `choices` list.')
  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : ''
  const message = isRecord(choice.message) ? choice.message : {}
  const text = typeof message.content === 'string' ? message.content : ''
  const toolCalls = Array.isArray(message.tool_calls) && message.tool_calls.length > 0
  if (finishReason === 'content_filter' && text === '') {
    return {
      ...blankFailure(exchange),
      category: 'content-filter',
      message: 'The answer was withheld by the content filter.'
    }
  }
  // A reasoning model that spent every token thinking has still answered: it is available.
  if (text.trim() === '' && !toolCalls && finishReason !== 'length') {
    return fail(`The completion is empty (finish_reason: ${finishReason || 'none'}).`)
  }
  return { ok: true, text, finishReason, usage: readUsage(json.usage) }
}

function classifyError(exchange: Exchange, json: unknown): Failure {
  // A redirect is never followed (the key would go with it): a bad request, not retried, whose
  // message names the target's origin only. Status 0 is fetch's opaque redirect.
  if (isRedirect(exchange.status) || exchange.status === 0) {
    const message = redirectMessage(exchange.status, exchange.headers.location)
    return { ...blankFailure(exchange), category: 'bad-request', message }
  }
  const facets = gatherFacets(json, exchange.body)
  const base = blankFailure(exchange)
  const message = pickMessage(facets, exchange)
  const retryAfterMs = parseRetryAfter(exchange.headers)
  const haystack = stripUrls([...facets.messages, ...facets.codes].join(' \n '))
  const status = exchange.status
  const result = (category: Category, extra: Partial<Failure> = {}): Failure => ({
    ...base,
    category,
    message,
    code: facets.codes[0] ?? '',
    type: facets.codes[1] ?? '',
    requestId: facets.requestId || base.requestId,
    retryAfterMs,
    ...extra
  })

  if (PATTERNS.unsupportedMaxTokens.test(haystack)) {
    return result('bad-request', { wantsMaxCompletionTokens: true })
  }

  // A CDN's or proxy's HTML page says who failed by its status, never by its words.
  if (PATTERNS.html.test(exchange.body))
    return result(htmlCategory(status), { wrongEndpoint: status === 404 })

  // 1. Codes and types, the most reliable signal, nested ones included.
  for (const code of facets.codes) {
    const category = CODES[code.toLowerCase()]
    if (!category) continue
    // An auth or billing refusal relayed from the provider behind the gateway is about the
    // gateway's upstream account (or a key stored there), not the key we sent.
    if (UPSTREAM_ACCOUNT.includes(category) && facets.nestedCodes.includes(code)) {
      return result('provider-access')
    }
    return result(category)
  }
  // Nothing said: only a status that speaks for itself can be read.
  if (facets.messages.length === 0 && ![401, 402, 404, 429].includes(status) && status < 500) {
    return result('unknown')
  }

  // 2. The words.
  if (PATTERNS.contentFilter.test(haystack)) return result('content-filter')
  if (status === 401) return result('auth')
  if (PATTERNS.billing.test(haystack)) {
    const billingText = facets.messages.filter(m => PATTERNS.billing.test(stripUrls(m)))
    const relayed =
      billingText.some(m => facets.nestedMessages.includes(m)) ||
      billingText.some(m => PATTERNS.upstreamBilling.test(stripUrls(m)))
    return result(relayed ? 'provider-access' : 'insufficient-credits')
  }
  if (PATTERNS.auth.test(haystack)) return result('auth')
  if (PATTERNS.region.test(haystack)) return result('provider-access')
  // "Model X is temporarily not available" under a 503 or a 429 is load, not a missing model.
  if (status < 500 && status !== 429 && PATTERNS.modelMissing.test(haystack)) {
    return result('model-not-found')
  }
  if (status === 429 || PATTERNS.rateLimit.test(haystack)) return result('rate-limited')
  if (PATTERNS.permission.test(haystack)) return result('provider-access')
  if (status >= 500 || status === 408) return result('server-error')
  if (status === 403) return result('provider-access')
  if (status === 402) return result('insufficient-credits')
  if (status === 404) {
    // A 404 that is not about a model ("Cannot POST /v1/chat/completion"): the base URL is
    // wrong, not the model.
    return PATTERNS.modelWord.test(haystack)
      ? result('model-not-found')
      : result('bad-request', { wrongEndpoint: true })
  }
  if (PATTERNS.server.test(haystack)) return result('server-error')
  if (status === 400 || status === 413 || status === 422 || PATTERNS.badRequest.test(haystack)) {
    return result('bad-request')
  }
  return result('unknown')
}

function htmlCategory(status: number): Category {
  if (status >= 500 || status === 408) return 'server-error'
  if (status === 404) return 'bad-request'
  if (status === 401) return 'auth'
  if (status === 429) return 'rate-limited'
  return 'unknown'
}

function blankFailure(exchange: Exchange): Failure {
  return {
    ok: false,
    category: 'unknown',
    message: '',
    code: '',
    type: '',
    requestId:
      exchange.headers['x-request-id'] ??
      exchange.headers['request-id'] ??
      exchange.headers['cf-ray'] ??
      '',
    retryAfterMs: null,
    wantsMaxCompletionTokens: false,
    wrongEndpoint: false
  }
}

/**
 * Walks a body and every body nested in it: `error`, `error.error`, `metadata.raw` (a JSON
 * string), and JSON quoted inside a message ("400 {\"type\":\"error\",...}").
 */
function gatherFacets(json: unknown, rawBody: string): Facets {
  const facets: Facets = {
    messages: [],
    nestedMessages: [],
    codes: [],
    requestId: '',
    nestedCodes: []
  }
  const seen = new Set<unknown>()
  const visit = (node: unknown, nested: boolean, depth: number): void => {
    if (depth > 6 || node === null || node === undefined || seen.has(node)) return
    if (typeof node === 'string') {
      const embedded = embeddedJson(node)
      if (embedded !== undefined) visit(embedded, true, depth + 1)
      return
    }
    if (!isRecord(node)) return
    seen.add(node)
    for (const key of ['message', 'detail', 'title', 'error_description', 'msg']) {
      const value = node[key]
      if (typeof value === 'string' && value.trim() !== '') {
        facets.messages.push(value)
        if (nested) facets.nestedMessages.push(value)
        const embedded = embeddedJson(value)
        if (embedded !== undefined) visit(embedded, true, depth + 1)
      }
    }
    for (const key of ['code', 'type', 'error_code', 'error_type', 'reason']) {
      const value = node[key]
      if (typeof value === 'string' && value !== '' && value !== 'error') {
        facets.codes.push(value)
        if (nested) facets.nestedCodes.push(value)
      }
    }
    for (const key of ['request_id', 'requestId']) {
      const value = node[key]
      if (!facets.requestId && typeof value === 'string') facets.requestId = value
    }
    const error = node.error
    if (typeof error === 'string' && error.trim() !== '') {
      facets.messages.push(error)
      if (nested) facets.nestedMessages.push(error)
      const embedded = embeddedJson(error)
      if (embedded !== undefined) visit(embedded, true, depth + 1)
    } else {
      visit(error, nested, depth + 1)
    }
    if (isRecord(node.metadata)) {
      const raw = node.metadata.raw
      if (typeof raw === 'string') {
        const parsed = parseJson(raw)
        if (parsed !== undefined) visit(parsed, true, depth + 1)
        else if (raw.trim() !== '') {
          facets.messages.push(raw)
          facets.nestedMessages.push(raw)
        }
      } else if (isRecord(raw)) {
        visit(raw, true, depth + 1)
      }
    }
    for (const key of ['errors', 'details']) {
      const list = node[key]
      if (Array.isArray(list)) for (const item of list.slice(0, 5)) visit(item, nested, depth + 1)
    }
  }
  if (json !== undefined) visit(json, false, 0)
  else if (rawBody.trim() !== '') {
    // Plain text or HTML: the words are all there is. Drop the markup so that a page's
    // scripts and styles do not read as messages.
    const text = PATTERNS.html.test(rawBody) ? htmlText(rawBody) : rawBody
    facets.messages.push(text.slice(0, 4000))
  }
  return facets
}

function pickMessage(facets: Facets, exchange: Exchange): string {
  // The innermost message is the provider's own words; the outer ones often only wrap it.
  const candidates = [...facets.nestedMessages, ...facets.messages].filter(
    m => embeddedJson(m) === undefined || facets.nestedMessages.length === 0
  )
  const chosen = candidates[0] ?? facets.messages[0]
  if (chosen) return oneLine(chosen)
  if (PATTERNS.html.test(exchange.body)) {
    return `HTTP ${exchange.status} with an HTML page${titleOf(exchange.body)}`
  }
  return exchange.body.trim() === ''
    ? `HTTP ${exchange.status} with an empty body`
    : oneLine(exchange.body)
}

/** JSON quoted inside a string, such as a proxy's `"400 {\"type\":\"error\", ...}"`. */
function embeddedJson(text: string): unknown {
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start < 0 || end <= start) return undefined
  const parsed = parseJson(text.slice(start, end + 1))
  return isRecord(parsed) ? parsed : undefined
}

/** Retry-After as seconds or an HTTP date; also the `retry-after-ms` some gateways send. */
export function parseRetryAfter(
  headers: Readonly<Record<string, string>>,
  now: number = Date.now()
): number | null {
  const ms = Number(headers['retry-after-ms'])
  if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0) return ms
  const value = headers['retry-after']
  if (value === undefined || value.trim() === '') return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

function readUsage(usage: unknown): Usage | null {
  if (!isRecord(usage)) return null
  const count = (value: unknown): number => (typeof value === 'number' && value >= 0 ? value : 0)
  const promptTokens = count(usage.prompt_tokens)
  const completionTokens = count(usage.completion_tokens)
  const total = count(usage.total_tokens)
  return { promptTokens, completionTokens, totalTokens: total || promptTokens + completionTokens }
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function titleOf(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim()
  return title ? ` ("${oneLine(title)}")` : ''
}

function snippet(text: string): string {
  return oneLine(text).slice(0, 80) || '(empty)'
}

function stripUrls(text: string): string {
  return text.replace(/https?:\/\/\S+/gi, ' ')
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat
}

function numberish(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value < 600)
    return value
  if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value)
  return undefined
}
