/**
 * One capability, one request: sent beside the plain probe under the same in-flight cap and
 * request bound, read by the same transport and classifier, and judged by capability-checks.ts.
 * One try: a capability that fails is reported as it failed, and the bound stays the probe's.
 */
import type { Capability } from './capabilities.js'
import { checkCapabilityAnswer, hasContentDelta, namesFeature } from './capability-checks.js'
import { capabilityRequest } from './capability-requests.js'
import {
  classifyExchange,
  classifyTransportFailure,
  requestIdOf,
  type Classification
} from '../classify/classify.js'
import type { Attempt, ProbeIO, ProbeRequest, Role } from './probe.js'
import { fromApi, headerNumber, probeHeaders } from './probe.js'
import { recordingFetch, type Recorded } from '../send/transport.js'
import type { TokenParameter } from '../read/kinds.js'

/**
 * The capability's request, asked again once with `max_completion_tokens` when the model refuses
 * `max_tokens` (reasoning models do), as the plain probe asks: every request is an attempt.
 */
export async function probeCapability(
  model: string,
  role: Role,
  capability: Capability,
  request: ProbeRequest,
  io: ProbeIO
): Promise<Attempt[]> {
  const first = await askCapability(model, role, capability, request, io, 'max_tokens', 1)
  if (first.ok || first.hint !== 'max-completion-tokens') return [first.attempt]
  const second = await askCapability(
    model,
    role,
    capability,
    request,
    io,
    'max_completion_tokens',
    2
  )
  return [first.attempt, second.attempt]
}

async function askCapability(
  model: string,
  role: Role,
  capability: Capability,
  request: ProbeRequest,
  io: ProbeIO,
  parameter: TokenParameter,
  tryNumber: number
): Promise<{ attempt: Attempt; ok: boolean; hint: string | null }> {
  const started = io.now()
  let streamed = ''
  let ttftMs: number | null = null
  const decoder = new TextDecoder()
  const transport = recordingFetch({
    timeoutMs: request.timeoutMs,
    fetch: io.fetch,
    now: io.now,
    onChunk:
      capability === 'stream'
        ? bytes => {
            if (ttftMs !== null) return
            streamed += decoder.decode(bytes, { stream: true })
            if (hasContentDelta(streamed)) ttftMs = Math.round(io.now() - started)
          }
        : undefined
  })
  const body = capabilityRequest(capability, model, request.maxTokens, parameter)
  try {
    await transport.fetch(`${request.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: probeHeaders({ 'content-type': 'application/json' }, request.apiKey),
      body: JSON.stringify(body)
    })
  } catch {
    // The record says what happened.
  }
  const recorded: Recorded = transport.record() ?? {
    kind: 'failure',
    failure: { kind: 'network', code: 'ERR_REQUEST', message: 'The request could not be sent.' },
    latencyMs: io.now() - started
  }
  const headers = recorded.kind === 'response' ? recorded.exchange.headers : {}
  const judged = judgeRecord(capability, recorded, request.redact)
  const ok = judged.ok
  const attempt: Attempt = {
    model,
    kind: 'chat',
    role,
    try: tryNumber,
    parameter,
    ok,
    category: ok ? null : judged.category,
    rule: ok ? null : judged.rule,
    concern: ok ? null : judged.concern,
    relayed: !ok && judged.relayed,
    httpStatus: recorded.kind === 'response' ? recorded.exchange.status : null,
    latencyMs: Math.max(0, Math.round(recorded.latencyMs)),
    message: ok ? '' : fromApi(judged.message, request.redact),
    code: ok ? '' : fromApi(judged.code, request.redact),
    requestId: fromApi(ok ? requestIdOf(headers) : judged.requestId, request.redact),
    usage: ok ? judged.usage : null,
    usd: headerNumber(headers['x-aimlapi-usd-spent']) ?? (ok ? judged.usd : null),
    credits: headerNumber(headers['x-aimlapi-credits-used']) ?? (ok ? judged.credits : null),
    capability,
    ttftMs: capability === 'stream' ? ttftMs : null
  }
  return { attempt, ok, hint: judged.ok ? null : judged.hint }
}

type Judged =
  | { ok: true; usage: Attempt['usage']; usd: number | null; credits: number | null }
  | (Extract<Classification, { ok: false }> & { ok: false })

/**
 * A refusal keeps its category (a 503 is `server-error`) unless it names the feature; a 2xx
 * that lacks the capability is `missing-capability`.
 */
function judgeRecord(
  capability: Capability,
  recorded: Recorded,
  redact: ProbeRequest['redact']
): Judged {
  if (recorded.kind === 'failure') return classifyTransportFailure(recorded.failure)
  const exchange = { ...recorded.exchange, body: redact(recorded.exchange.body) }
  const success = exchange.status >= 200 && exchange.status < 300
  if (!success || capability !== 'stream') {
    const classified = classifyExchange(exchange, 'chat')
    if (!classified.ok) {
      return namesFeature(capability, exchange.status, classified.message)
        ? { ...classified, category: 'missing-capability', rule: `capability-${capability}` }
        : classified
    }
  }
  const check = checkCapabilityAnswer(capability, exchange.body)
  if (check.ok) return check
  if (capability === 'stream') {
    // A 200 stream can carry an error event (an overloaded upstream, a quota): that error, read
    // as any 2xx event stream is, keeps its category; only a stream with nothing in it is ours.
    const carried = classifyExchange(exchange, 'chat')
    if (!carried.ok && carried.category !== 'invalid-response') {
      // A carried refusal of the request itself that names streaming is the 4xx it stands for.
      return carried.category === 'bad-request' && namesFeature(capability, 400, carried.message)
        ? { ...carried, category: 'missing-capability', rule: `capability-${capability}` }
        : carried
    }
  }
  return {
    ok: false,
    category: 'missing-capability',
    message: check.message,
    code: '',
    type: '',
    requestId: requestIdOf(exchange.headers),
    retryAfterMs: null,
    rule: `capability-${capability}`,
    hint: null,
    concern: null,
    relayed: false
  }
}
