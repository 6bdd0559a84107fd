/**
 * The side requests: the catalog, the deprecation feed and the live metrics (public) and the
 * balance and the key's own facts (with the key). They inform the diagnosis and never hold the step, so every failure
 * of theirs is a value, not a throw.
 */
import { billingUrl, parseBalance } from './billing.js'
import { parseCatalog, type Catalog } from './catalog.js'
import type { Exchange, FetchLike } from '../send/exchange.js'
import { parseDeprecations, type DeprecationFeed } from './deprecations.js'
import type { BalanceCheck } from './evidence.js'
import { parseJson } from '../read/json.js'
import { LOOPBACK_KEY } from '../read/redact.js'
import { keyUrl, parseKeyFacts, shownPrefix, type KeyFacts } from './key-facts.js'
import { metricsUrl, parseMetrics, type LiveMetrics } from './metrics.js'
import { recordingFetch } from '../send/transport.js'

/** The catalog is large; the balance is tiny; the feeds are small (a few hundred entries). */
const CATALOG_MAX_BYTES = 16 * 1024 * 1024
const FEED_MAX_BYTES = 4 * 1024 * 1024

export async function fetchCatalog(
  baseUrl: string,
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<Catalog | null> {
  // AIML ignores `include` values it does not know; with this one, each entry says what it can.
  const url = `${baseUrl.replace(/\/+$/, '')}/models?include=capabilities`
  const answer = await get(url, {}, { timeoutMs, fetch, signal, maxBodyBytes: CATALOG_MAX_BYTES })
  if (answer === null || answer.truncated || !is2xx(answer.status)) return null
  return parseCatalog(parseJson(answer.body))
}

/** `{base-url}/models/deprecations`: AIML's canonical path is `/v1/models/deprecations`. */
export async function fetchDeprecations(
  baseUrl: string,
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<DeprecationFeed | null> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models/deprecations`
  const answer = await get(url, {}, { timeoutMs, fetch, signal, maxBodyBytes: FEED_MAX_BYTES })
  if (answer === null || answer.truncated || !is2xx(answer.status)) return null
  return parseDeprecations(parseJson(answer.body))
}

/** `{origin}/models/metrics`, asking only for the step's models. */
export async function fetchMetrics(
  baseUrl: string,
  names: readonly string[],
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<LiveMetrics | null> {
  const url = metricsUrl(baseUrl, names)
  const answer = await get(url, {}, { timeoutMs, fetch, signal, maxBodyBytes: FEED_MAX_BYTES })
  if (answer === null || answer.truncated || !is2xx(answer.status)) return null
  return parseMetrics(parseJson(answer.body))
}

export async function fetchBalance(
  config: { apiKey: string; baseUrl: string; timeoutMs: number },
  fetch: FetchLike,
  signal: AbortSignal
): Promise<BalanceCheck> {
  const headers = { authorization: `Bearer ${config.apiKey}` }
  const answer = await get(billingUrl(config.baseUrl), headers, {
    timeoutMs: config.timeoutMs,
    fetch,
    signal
  })
  if (answer === null) return { kind: 'failed', status: null }
  const { status, body } = answer
  if (status === 401 || status === 403) return { kind: 'refused', status }
  if (!is2xx(status)) return { kind: 'failed', status }
  const balance = parseBalance(parseJson(body))
  return balance ? { kind: 'read', balance } : { kind: 'answered' }
}

/** `{origin}/v1/key`: the key's own facts; any failure (404 on older deployments) is `null`. */
export async function fetchKeyFacts(
  config: { apiKey: string; baseUrl: string; timeoutMs: number },
  fetch: FetchLike,
  signal: AbortSignal
): Promise<KeyFacts | null> {
  // Without a key (a loopback simulator) there is no key to have facts about.
  if (config.apiKey === LOOPBACK_KEY) return null
  const headers = { authorization: `Bearer ${config.apiKey}` }
  const options = { timeoutMs: config.timeoutMs, fetch, signal, maxBodyBytes: 64 * 1024 }
  const answer = await get(keyUrl(config.baseUrl), headers, options)
  if (answer === null || answer.truncated || !is2xx(answer.status)) return null
  const facts = parseKeyFacts(parseJson(answer.body))
  return facts && shownPrefix(facts, config.apiKey)
}

interface GetOptions {
  timeoutMs: number
  fetch: FetchLike
  signal: AbortSignal
  maxBodyBytes?: number
}

/** A GET whose every failure to get an answer is `null`: side requests inform, never decide. */
async function get(
  url: string,
  headers: Record<string, string>,
  { timeoutMs, fetch, signal, maxBodyBytes }: GetOptions
): Promise<(Exchange & { truncated: boolean }) | null> {
  const transport = recordingFetch({ timeoutMs, fetch, maxBodyBytes })
  try {
    await transport.fetch(url, { headers: { accept: 'application/json', ...headers }, signal })
  } catch {
    return null
  }
  const recorded = transport.record()
  if (recorded?.kind !== 'response') return null
  return { ...recorded.exchange, truncated: recorded.truncated }
}

function is2xx(status: number): boolean {
  return status >= 200 && status < 300
}
