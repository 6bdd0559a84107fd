/**
 * Asks one model for one cheap completion, through the openai SDK pointed at the gateway, and
 * retries what retrying can fix. Every request becomes an `Attempt` in the report.
 */
import OpenAI from 'openai'
import { cleanLine } from '../read/api-text.js'
import type { Capability } from './capabilities.js'
import { isTransient, type Category } from '../classify/categories.js'
import {
  classifyExchange,
  classifyTransportFailure,
  oneLine,
  requestIdOf,
  type Classification,
  type Usage
} from '../classify/classify.js'
import { sendProbe, type ProbedKind, type TokenParameter } from '../read/kinds.js'
import { readNumber } from '../read/numbers.js'
import type { Redactor } from '../read/redact.js'
import type { Concern } from '../classify/rules.js'
import type { FetchLike } from '../send/exchange.js'
import { recordingFetch, type Recorded } from '../send/transport.js'

export type Role = 'configured' | 'alias' | 'fallback'

export interface Attempt {
  model: string
  kind: ProbedKind
  role: Role
  /** 1 for the first request to this model, 2 for the next, and so on. */
  try: number
  parameter: TokenParameter
  ok: boolean
  category: Category | null
  /** The rule that classified a failure (rules.ts), else null. */
  rule: string | null
  concern: Concern | null
  relayed: boolean
  httpStatus: number | null
  latencyMs: number
  /** One line, redacted. */
  message: string
  code: string
  requestId: string
  usage: Usage | null
  /** From `x-aimlapi-usd-spent`. */
  usd: number | null
  /** From `x-aimlapi-credits-used`. */
  credits: number | null
  /** A capability probe's (capability-probes.ts): which, and a stream's first token in ms. */
  capability?: Capability
  ttftMs?: number | null
}

export interface ModelResult {
  model: string
  role: Role
  ok: boolean
  attempts: Attempt[]
  /** The last attempt: the one that answered, or the failure that counts. */
  final: Attempt
}

/** The I/O a probe needs, passed in so tests can run the real logic against fakes. */
export interface ProbeIO {
  fetch: FetchLike
  now: () => number
  sleep: (ms: number) => Promise<void>
  random: () => number
}

export interface ProbeRequest {
  baseUrl: string
  apiKey: string
  prompt: string
  maxTokens: number
  retries: number
  timeoutMs: number
  redact: Redactor
}

/** Cap on any wait between tries, Retry-After included. */
export const MAX_WAIT_MS = 30_000
const BACKOFF_BASE_MS = 500

/**
 * The longest one model's probe can take: `retries + 2` requests (one more for the switch to
 * `max_completion_tokens`) of at most `timeout` each, and `retries` waits of at most
 * min(30 s, timeout) each.
 */
export function modelBoundMs(retries: number, timeoutMs: number): number {
  return (retries + 2) * timeoutMs + retries * waitCapMs(timeoutMs)
}

function waitCapMs(timeoutMs: number): number {
  return Math.min(MAX_WAIT_MS, timeoutMs)
}

export async function probeModel(
  model: string,
  role: Role,
  request: ProbeRequest,
  io: ProbeIO,
  kind: ProbedKind = 'chat'
): Promise<ModelResult> {
  const attempts: Attempt[] = []
  let parameter: TokenParameter = 'max_tokens'
  let switchedParameter = false
  let transientRetries = 0
  for (;;) {
    const question = { model, role, kind, tryNumber: attempts.length + 1, parameter }
    const { attempt, outcome } = await askOnce(question, request, io)
    attempts.push(attempt)
    if (outcome.ok) break
    // Reasoning models refuse `max_tokens`: ask once more the way they want before calling it
    // a bad request.
    if (outcome.hint === 'max-completion-tokens' && !switchedParameter) {
      switchedParameter = true
      parameter = parameter === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens'
      continue
    }
    if (!isTransient(outcome.category) || transientRetries >= request.retries) break
    await io.sleep(
      waitBeforeRetry(transientRetries, outcome.retryAfterMs, request.timeoutMs, io.random)
    )
    transientRetries++
  }
  const final = attempts.at(-1)!
  return { model, role, ok: final.ok, attempts, final }
}

/** Exponential backoff with jitter, or the server's Retry-After, never over the cap. */
export function waitBeforeRetry(
  retryIndex: number,
  retryAfterMs: number | null,
  timeoutMs: number,
  random: () => number
): number {
  const cap = waitCapMs(timeoutMs)
  if (retryAfterMs !== null) return Math.min(retryAfterMs, cap)
  const ceiling = Math.min(cap, BACKOFF_BASE_MS * 2 ** retryIndex)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

interface Question {
  model: string
  role: Role
  kind: ProbedKind
  tryNumber: number
  parameter: TokenParameter
}

async function askOnce(
  { model, role, kind, tryNumber, parameter }: Question,
  request: ProbeRequest,
  io: ProbeIO
): Promise<{ attempt: Attempt; outcome: Classification }> {
  const transport = recordingFetch({ timeoutMs: request.timeoutMs, fetch: io.fetch, now: io.now })
  const client = new OpenAI({
    apiKey: request.apiKey,
    baseURL: request.baseUrl,
    // Our own retries see and classify every failure; the SDK's would hide them.
    maxRetries: 0,
    // The transport enforces the bound over headers and body; this is only a backstop.
    timeout: request.timeoutMs + 5_000,
    fetch: (input, init) =>
      transport.fetch(input, { ...init, headers: probeHeaders(init?.headers, request.apiKey) }),
    // The job's environment must not shape a probe of AIML: OPENAI_ORG_ID and OPENAI_PROJECT_ID
    // would add headers, OPENAI_LOG=debug would print response headers past our redaction.
    organization: null,
    project: null,
    logLevel: 'off'
  })
  const started = io.now()
  try {
    await sendProbe(client, kind, model, {
      prompt: request.prompt,
      maxTokens: request.maxTokens,
      parameter
    })
  } catch {
    // The record says what happened; the SDK's reading of it adds nothing we use.
  }
  const recorded: Recorded = transport.record() ?? {
    kind: 'failure',
    failure: { kind: 'network', code: 'ERR_REQUEST', message: 'The request could not be sent.' },
    latencyMs: io.now() - started
  }
  // The key leaves the body before the classifier reads it: its one-line folding would turn a
  // key split by byte-order marks (spaces, to JavaScript) into one split by spaces.
  const outcome =
    recorded.kind === 'response'
      ? classifyExchange(
          { ...recorded.exchange, body: request.redact(recorded.exchange.body) },
          kind
        )
      : classifyTransportFailure(recorded.failure)
  const headers = recorded.kind === 'response' ? recorded.exchange.headers : {}
  const attempt: Attempt = {
    model,
    kind,
    role,
    try: tryNumber,
    parameter,
    ok: outcome.ok,
    category: outcome.ok ? null : outcome.category,
    rule: outcome.ok ? null : outcome.rule,
    concern: outcome.ok ? null : outcome.concern,
    relayed: !outcome.ok && outcome.relayed,
    httpStatus: recorded.kind === 'response' ? recorded.exchange.status : null,
    latencyMs: Math.max(0, Math.round(recorded.latencyMs)),
    message: outcome.ok ? '' : fromApi(outcome.message, request.redact),
    code: outcome.ok ? '' : fromApi(outcome.code, request.redact),
    requestId: fromApi(outcome.ok ? requestIdOf(headers) : outcome.requestId, request.redact),
    usage: outcome.ok ? outcome.usage : null,
    usd: headerNumber(headers['x-aimlapi-usd-spent']),
    credits: headerNumber(headers['x-aimlapi-credits-used'])
  }
  return { attempt, outcome }
}

/** API text as it enters the report: one line, cut, without controls, redacted. */
export function fromApi(text: string, redact: Redactor): string {
  return redact(cleanLine(oneLine(text)))
}

/** Headers the SDK may send and we vouch for; the rest go, OPENAI_CUSTOM_HEADERS included. */
const PROBE_HEADERS = /^(content-type|accept|user-agent|x-stainless-[a-z-]+)$/

/**
 * The probe's headers: the SDK's own, less anything the environment added, and our key as the
 * only credential (OPENAI_CUSTOM_HEADERS could otherwise replace it with another secret).
 */
export function probeHeaders(headers: HeadersInit | undefined, apiKey: string): Headers {
  const kept = new Headers()
  new Headers(headers).forEach((value, name) => {
    if (PROBE_HEADERS.test(name)) kept.set(name, value)
  })
  kept.set('authorization', `Bearer ${apiKey}`)
  return kept
}

/** A cost header: a strict decimal, never below zero. */
export function headerNumber(value: string | undefined): number | null {
  const number = readNumber(value)
  return number !== null && number >= 0 ? number : null
}
