/**
 * What really happened when a call to GitHub failed, for a warning a person can act on.
 *
 * The status of an octokit error cannot be taken at its word: @octokit/request turns every
 * failure of `fetch` itself (a refused or dropped connection, DNS, our own timeout) into a
 * `RequestError` with status 500 and no `response` (its fetch-wrapper), and sets `status = 500`
 * on an abort. Only an error that carries GitHub's response has an HTTP status; for the rest the
 * cause chain (`error.cause`, undici's `TypeError: fetch failed` and its system error) says what
 * happened. No `@actions/core` here, and no octokit import: errors are read by their shape.
 */
import { isRecord } from '../engine/read/json.js'
import { cut, flatten } from '../render/text.js'

export type GitHubFailure =
  /** GitHub answered with an HTTP error status. */
  | { kind: 'http'; status: number; message: string }
  /**
   * A 403 or 429 that GitHub words as a (secondary) rate limit, or that says when to come back:
   * not a permission. `retryAfterMs`: how long GitHub asks us to wait, when it says.
   */
  | { kind: 'rate-limit'; status: number; message: string; retryAfterMs: number | null }
  /** GitHub answered 200 to a GraphQL query, with errors instead of data. */
  | { kind: 'graphql'; message: string }
  /** Our own clock ran out (or the request was aborted) before GitHub answered. */
  | { kind: 'timeout' }
  /** No answer at all: refused, reset, DNS, TLS. */
  | { kind: 'network'; detail: string; origin: string | null }
  /** Anything else, such as a check of ours that failed before a request was sent. */
  | { kind: 'other'; message: string }

const MESSAGE_LENGTH = 300
/** GitHub's words for its primary and secondary limits ("API rate limit exceeded", "abuse"). */
const RATE_LIMIT = /\brate limit|abuse detection/i
/** Bound on the `cause` chain followed, since it is data of unknown depth. */
const MAX_CAUSES = 6

export function readGitHubFailure(error: unknown): GitHubFailure {
  if (isRecord(error)) {
    const { response, name } = error as { response?: unknown; name?: unknown }
    if (isRecord(response) && typeof response.status === 'number') {
      const { status } = response
      const message = responseMessage(response.data)
      const wait = retryAfterMs(response.headers)
      if ((status === 403 || status === 429) && (RATE_LIMIT.test(message) || wait !== null)) {
        return { kind: 'rate-limit', status, message, retryAfterMs: wait }
      }
      return { kind: 'http', status, message }
    }
    if (name === 'GraphqlResponseError')
      return { kind: 'graphql', message: clean(messageOf(error)) }
    const causes = causeChain(error)
    if (causes.some(c => c.name === 'TimeoutError' || c.name === 'AbortError')) {
      return { kind: 'timeout' }
    }
    const system = causes.find(c => typeof c.code === 'string' && c.code !== '')
    if (system || causes.some(c => c.name === 'TypeError' && c.message === 'fetch failed')) {
      return { kind: 'network', detail: networkDetail(causes, system), origin: originOf(error) }
    }
  }
  return { kind: 'other', message: clean(messageOf(error)) }
}

/** The HTTP status GitHub answered with, or `null` when it did not answer with one. */
export function httpStatusOf(error: unknown): number | null {
  const failure = readGitHubFailure(error)
  return failure.kind === 'http' ? failure.status : null
}

/** GitHub itself refused (an HTTP error or GraphQL errors), as opposed to no answer at all. */
export function isGitHubRefusal(error: unknown): boolean {
  const { kind } = readGitHubFailure(error)
  return kind === 'http' || kind === 'graphql' || kind === 'rate-limit'
}

/**
 * GitHub's `retry-after` (seconds), else the reset of a spent primary limit
 * (`x-ratelimit-remaining: 0`, `x-ratelimit-reset` in epoch seconds); `null` when it says
 * neither. A long wait is still a rate limit (never a missing permission): the budget sees that
 * it does not fit and the warning gives GitHub's number.
 */
function retryAfterMs(headers: unknown, now = Date.now()): number | null {
  if (!isRecord(headers)) return null
  const header = (name: string) => {
    const value = headers[name]
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
  }
  let ms: number | null = null
  if (/^\d{1,7}$/.test(header('retry-after'))) ms = Number(header('retry-after')) * 1000
  else if (
    header('x-ratelimit-remaining') === '0' &&
    /^\d{1,12}$/.test(header('x-ratelimit-reset'))
  )
    ms = Number(header('x-ratelimit-reset')) * 1000 - now
  return ms === null ? null : Math.max(0, ms)
}

export interface FailureWording {
  /** Opens the sentence: "The PR comment could not be posted". */
  subject: string
  /** Said after a 403 only: which permission the job needs, and why it may lack it. */
  forbidden: string
  /** The bound the calls ran under, to say how long GitHub was waited for. */
  timeoutMs: number
}

/** One warning: what was not done, and what really happened (never an invented status). */
export function describeGitHubFailure(error: unknown, wording: FailureWording): string {
  const failure = readGitHubFailure(error)
  switch (failure.kind) {
    case 'http': {
      const said = failure.message === '' ? '' : `: ${failure.message}`
      const sentence = `${wording.subject} (HTTP ${failure.status}${said}).`
      return failure.status === 403 ? `${sentence} ${wording.forbidden}` : sentence
    }
    case 'rate-limit': {
      const said = failure.message === '' ? '' : `: ${failure.message}`
      const after =
        failure.retryAfterMs === null ? '' : `, retry after ${seconds(failure.retryAfterMs)}`
      return `${wording.subject}: GitHub's rate limit (HTTP ${failure.status}${said}${after}). This is not a missing permission; the next run tries again.`
    }
    case 'graphql':
      return `${wording.subject} (GitHub's GraphQL API refused: ${failure.message}).`
    case 'timeout':
      return `${wording.subject}: GitHub did not answer within ${seconds(wording.timeoutMs)} (the step's \`timeout-seconds\`).`
    case 'network': {
      const where = failure.origin ? ` at ${failure.origin}` : ''
      return `${wording.subject}: no answer from GitHub${where} (${failure.detail}).`
    }
    case 'other':
      return `${wording.subject} (${failure.message.replace(/\.$/, '')}).`
  }
}

/** GitHub's own words: `message`, then what its `errors` list says (a 422 carries one). */
function responseMessage(data: unknown): string {
  // A proxy's or CDN's HTML error page: its words, not its markup.
  if (typeof data === 'string') return clean(data.replace(/<[^>]*>/g, ' '))
  if (!isRecord(data)) return ''
  const parts = typeof data.message === 'string' ? [data.message] : []
  if (Array.isArray(data.errors)) {
    for (const item of data.errors.slice(0, 5)) {
      if (typeof item === 'string') parts.push(item)
      else if (isRecord(item) && typeof item.message === 'string') parts.push(item.message)
      else if (isRecord(item) && typeof item.code === 'string') parts.push(item.code)
    }
  }
  return clean(parts.join(': '))
}

interface Cause {
  name: unknown
  message: string
  code: unknown
}

function causeChain(error: object): Cause[] {
  const chain: Cause[] = []
  let current: unknown = error
  while (typeof current === 'object' && current !== null && chain.length < MAX_CAUSES) {
    const { name, message, code, cause } = current as Record<string, unknown>
    chain.push({ name, message: typeof message === 'string' ? message : '', code })
    current = cause
  }
  return chain
}

/** The system error's code and words (`connect ECONNREFUSED 127.0.0.1:9`), else the deepest. */
function networkDetail(causes: Cause[], system: Cause | undefined): string {
  if (system) {
    const code = String(system.code)
    const words = clean(system.message)
    if (words === '') return code
    return words.includes(code) ? words : `${code}: ${words}`
  }
  const deepest = [...causes].reverse().find(c => c.message !== '' && c.message !== 'fetch failed')
  return clean(deepest?.message ?? 'fetch failed')
}

function originOf(error: object): string | null {
  const { request } = error as { request?: unknown }
  if (!isRecord(request) || typeof request.url !== 'string') return null
  try {
    return new URL(request.url).origin
  } catch {
    return null
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function clean(text: string): string {
  return cut(flatten(text), MESSAGE_LENGTH)
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`
}
