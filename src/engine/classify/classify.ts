/**
 * The classifier: one pure function from what came back over HTTP to a category. body.ts reads
 * the body in whatever shape it came; the ordered rule table (rules.ts) decides; completion.ts
 * checks a 2xx. Status alone is not enough: billing arrives as 400, 402, 403 or 429 depending
 * on who says it.
 */
import { readBody, titleNote, type ReadBody } from '../read/body.js'
import { carriedError } from '../read/carried-error.js'
import type { Exchange, TransportFailure } from '../send/exchange.js'
import type { Category } from './categories.js'
import type { Usage } from '../read/completion.js'
import { checkAnswer, type ProbedKind } from '../read/kinds.js'
import { parseJson } from '../read/json.js'
import { firstMatch, type Concern, type Hint } from './rules.js'

export type { Usage } from '../read/completion.js'
import { redirectMessage } from '../send/redirect.js'

interface Success {
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
  /** The rule that decided (rules.ts), for the report. */
  rule: string
  hint: Hint | null
  /** A refusal about the account, which the balance or the key may settle (evidence.ts). */
  concern: Concern | null
  /** The deciding words came from a provider the gateway relays, not the gateway's own envelope. */
  relayed: boolean
}

export type Classification = Success | Failure

const MAX_MESSAGE = 400

export function classifyExchange(exchange: Exchange, kind: ProbedKind = 'chat'): Classification {
  if (exchange.status >= 200 && exchange.status < 300) {
    // A 2xx carrying an error (an event stream's error event, OpenRouter mid-generation, vLLM's
    // `{object: "error"}`, Baidu's `{error_code}`) is that error, at the status the body names.
    const carried = carriedError(exchange.body, exchange.headers['content-type'])
    if (carried !== undefined) {
      const body = readBody(carried)
      return classifyError({ ...exchange, status: body.innerStatus ?? exchange.status }, body)
    }
    const check = checkAnswer(kind, exchange.status, exchange.body, parseJson(exchange.body))
    if (check.ok) return check
    return { ...blankFailure(exchange, check.category, 'completion'), message: check.message }
  }
  return classifyError(exchange, readBody(exchange.body))
}

export function classifyTransportFailure(failure: TransportFailure): Failure {
  return {
    ...blankFailure({ status: 0, headers: {}, body: '' }, failure.kind, failure.kind),
    message: oneLine(failure.message),
    code: failure.kind === 'network' ? failure.code : ''
  }
}

function classifyError(exchange: Exchange, body: ReadBody): Failure {
  const { rule, matched } = firstMatch({ status: exchange.status, body })
  const codes = body.codes.map(c => c.text).filter(c => !/^\d+$/.test(c))
  return {
    ...blankFailure(exchange, rule.category, rule.name),
    message:
      rule.hint === 'redirect'
        ? redirectMessage(exchange.status, exchange.headers.location)
        : pickMessage(body, exchange.status),
    code: codes[0] ?? '',
    type: codes[1] ?? '',
    requestId: body.requestId || requestIdHeader(exchange),
    retryAfterMs: parseRetryAfter(exchange.headers),
    hint: rule.hint ?? null,
    concern: rule.concern ?? null,
    relayed: matched.length > 0 ? matched.some(s => s.relayed) : body.voice === 'relayed'
  }
}

function blankFailure(exchange: Exchange, category: Category, rule: string): Failure {
  return {
    ok: false,
    category,
    message: '',
    code: '',
    type: '',
    requestId: requestIdHeader(exchange),
    retryAfterMs: null,
    rule,
    hint: null,
    concern: null,
    relayed: false
  }
}

function requestIdHeader(exchange: Exchange): string {
  return requestIdOf(exchange.headers)
}

/**
 * The ID support can find a request by. AIML sends `x-inference-id` on every inference response
 * (docs.aimlapi.com, capabilities/request-tracing-and-cost.md); others `x-request-id`.
 */
export function requestIdOf(h: Readonly<Record<string, string>>): string {
  return h['x-request-id'] ?? h['x-inference-id'] ?? h['request-id'] ?? h['cf-ray'] ?? ''
}

/** The innermost message is the provider's own words; the outer ones often only wrap it. */
function pickMessage(body: ReadBody, status: number): string {
  const plain = body.messages.filter(m => !/[{[]\s*["']/.test(m.text))
  const chosen =
    plain.find(m => m.quoted) ?? plain.find(m => !isBoilerplate(m.text)) ?? body.messages[0]
  if (body.voice === 'html') return `HTTP ${status} with an HTML page${titleNote(body.htmlTitle)}`
  if (chosen) return oneLine(chosen.text)
  if (body.bytes > 0) return `HTTP ${status} with a body that holds no words (${body.bytes} bytes)`
  return `HTTP ${status} with an empty body`
}

/** Words that only wrap a provider's message. */
function isBoilerplate(text: string): boolean {
  return /^(provider returned error|bad request|forbidden|not found|unauthorized|error)\.?$/i.test(
    text.trim()
  )
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

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat
}
