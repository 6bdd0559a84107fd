/**
 * The one transport every AIML request goes through. A `fetch` that bounds the whole exchange
 * (headers and body) by a deadline, caps the body it reads, never follows a redirect, and
 * records what it saw, so that the classifier sees exactly what the server sent, whatever the
 * SDK on top makes of it. (The openai SDK's own timeout stops at the response headers; a server
 * that trickles its body would hold the step.) Its default fetch is `networkFetch`, which
 * honours the runner's proxy.
 */
import type { Exchange, FetchLike, TransportFailure } from './exchange.js'
import { networkFetch } from './network.js'
import { isRedirect } from './redirect.js'

/** What one request produced: a response, or a failure before any response. */
export type Recorded =
  | { kind: 'response'; exchange: Exchange; latencyMs: number; truncated: boolean }
  | { kind: 'failure'; failure: TransportFailure; latencyMs: number }

export interface TransportOptions {
  timeoutMs: number
  /** Bodies longer than this are cut; a probe never needs more. */
  maxBodyBytes?: number
  fetch?: FetchLike
  now?: () => number
  /** Told of each piece of the body as it arrives (a stream's time to first token). */
  onChunk?: (bytes: Uint8Array) => void
}

const MAX_BODY_BYTES = 1024 * 1024

class TransportError extends Error {
  constructor(readonly failure: TransportFailure) {
    super(failure.message)
    this.name = failure.kind === 'timeout' ? 'TimeoutError' : 'TransportError'
  }
}

/**
 * Returns a fetch for one request and the record it fills. The record is complete when the
 * returned fetch settles.
 */
export function recordingFetch(options: TransportOptions): {
  fetch: FetchLike
  record: () => Recorded | undefined
} {
  const { timeoutMs, maxBodyBytes = MAX_BODY_BYTES, fetch = networkFetch, now = Date.now } = options
  const { onChunk } = options
  let recorded: Recorded | undefined
  const boundedFetch: FetchLike = async (input, init) => {
    const started = now()
    const controller = new AbortController()
    const timer = setTimeout(
      () =>
        controller.abort(
          new TransportError({ kind: 'timeout', message: timeoutMessage(timeoutMs) })
        ),
      timeoutMs
    )
    const outer = init?.signal
    const forward = (): void => controller.abort(outer?.reason)
    outer?.addEventListener('abort', forward, { once: true })
    try {
      // Never followed: the key would go with the request to wherever the server points.
      const response = await fetch(input, {
        ...init,
        redirect: 'manual',
        signal: controller.signal
      })
      const { bytes, truncated } = await readCapped(
        response,
        maxBodyBytes,
        controller.signal,
        onChunk
      )
      const headers = lowerCaseHeaders(response.headers)
      if (isRedirect(response.status) && headers.location !== undefined) {
        headers.location = absolute(headers.location, input)
      }
      const body = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
      recorded = {
        kind: 'response',
        exchange: { status: response.status, headers, body },
        latencyMs: now() - started,
        truncated
      }
      // Hand the SDK a response it can read again; the original stream is spent (or cut).
      return new Response(statusAllowsBody(response.status) ? bytes : null, {
        // Response refuses statuses outside 200-599; the record keeps the real one.
        status: response.status >= 200 && response.status <= 599 ? response.status : 500,
        statusText: response.statusText,
        headers: response.headers
      })
    } catch (error) {
      const failure = describeFailure(error, controller.signal, timeoutMs)
      recorded = { kind: 'failure', failure, latencyMs: now() - started }
      throw new TransportError(failure)
    } finally {
      clearTimeout(timer)
      outer?.removeEventListener('abort', forward)
    }
  }
  return { fetch: boundedFetch, record: () => recorded }
}

async function readCapped(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  onChunk?: (bytes: Uint8Array) => void
): Promise<{ bytes: Uint8Array<ArrayBuffer>; truncated: boolean }> {
  if (!response.body) return { bytes: new Uint8Array(0), truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  const aborted = new Promise<never>((_, reject) => {
    const fail = (): void => reject(signal.reason)
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
  aborted.catch(() => undefined)
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted])
    if (done) break
    const room = maxBytes - size
    if (value.byteLength >= room) {
      chunks.push(value.subarray(0, room))
      size += room
      truncated = true
      await reader.cancel().catch(() => undefined)
      break
    }
    chunks.push(value)
    size += value.byteLength
    onChunk?.(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { bytes, truncated }
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): TransportFailure {
  if (error instanceof TransportError) return error.failure
  if (signal.reason instanceof TransportError) return signal.reason.failure
  if (signal.aborted) return { kind: 'timeout', message: timeoutMessage(timeoutMs) }
  const causes = causeChain(error)
  // undici hides a proxy's refusal of the tunnel two causes deep, under "Request was cancelled".
  const proxy = causes.map(c => PROXY_REFUSAL.exec(c.message)?.[1]).find(Boolean)
  if (proxy) {
    const words =
      proxy === '407' ? 'the proxy refused the credentials' : 'the proxy refused the tunnel'
    return {
      kind: 'network',
      code: `PROXY_${proxy}`,
      message: `Through HTTPS_PROXY, ${words} (HTTP ${proxy}): check the proxy's address, user and password.`
    }
  }
  const cause = causes.find(c => typeof c.code === 'string') ?? causes[1]
  const code = typeof cause?.code === 'string' ? cause.code : 'ERR_NETWORK'
  const detail =
    cause?.message !== undefined && cause.message !== ''
      ? cause.message
      : error instanceof Error
        ? error.message
        : String(error)
  return {
    kind: 'network',
    code,
    message: `${NETWORK_WORDS[code] ?? 'Network error'} (${code}): ${detail}`
  }
}

/** undici's words when a proxy answers CONNECT with anything but 200. */
const PROXY_REFUSAL = /^Proxy response \((\d{3})\) !== 200/

/** The error and its causes, outermost first, bounded: a cause chain is data of any depth. */
function causeChain(error: unknown): { code: unknown; message: string }[] {
  const chain: { code: unknown; message: string }[] = []
  for (let at: unknown = error; typeof at === 'object' && at !== null && chain.length < 6;) {
    const { code, message, cause } = at as { code?: unknown; message?: unknown; cause?: unknown }
    chain.push({ code, message: typeof message === 'string' ? message : '' })
    at = cause
  }
  return chain
}

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'Connection refused',
  ECONNRESET: 'Connection reset',
  ENOTFOUND: 'Host not found',
  EAI_AGAIN: 'DNS lookup failed',
  ETIMEDOUT: 'Connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'Connection timed out',
  UND_ERR_SOCKET: 'Connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted'
}

function timeoutMessage(timeoutMs: number): string {
  return `No complete answer within ${formatSeconds(timeoutMs)}.`
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`
}

function lowerCaseHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value
  })
  return out
}

/** A redirect's target as an absolute URL, so that its origin can be named. */
function absolute(location: string, base: string | URL | Request): string {
  try {
    return new URL(location, base instanceof Request ? base.url : base).href
  } catch {
    return location
  }
}

function statusAllowsBody(status: number): boolean {
  return status !== 204 && status !== 205 && status !== 304
}
