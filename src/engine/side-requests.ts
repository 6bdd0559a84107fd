/**
 * The side requests: the catalog (public) and the balance (with the key). They inform the
 * diagnosis and never decide the verdict, so every failure of theirs is a value, not a throw.
 */
import { billingUrl, parseBalance } from './billing.js'
import { parseCatalog, type Catalog } from './catalog.js'
import type { BalanceCheck } from './evidence.js'
import { parseJson } from './json.js'
import { recordingFetch, type FetchLike } from './transport.js'

/** The catalog is large; the balance is tiny. */
const CATALOG_MAX_BYTES = 16 * 1024 * 1024

export async function fetchCatalog(
  baseUrl: string,
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<Catalog | null> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models`
  const json = await getJson(url, {}, timeoutMs, fetch, signal, CATALOG_MAX_BYTES)
  return parseCatalog(json)
}

export async function fetchBalance(
  config: { apiKey: string; baseUrl: string; timeoutMs: number },
  fetch: FetchLike,
  signal: AbortSignal
): Promise<BalanceCheck> {
  const transport = recordingFetch({ timeoutMs: config.timeoutMs, fetch })
  const headers = { accept: 'application/json', authorization: `Bearer ${config.apiKey}` }
  try {
    await transport.fetch(billingUrl(config.baseUrl), { headers, signal })
  } catch {
    return { kind: 'failed', status: null }
  }
  const recorded = transport.record()
  if (recorded?.kind !== 'response') return { kind: 'failed', status: null }
  const { status, body } = recorded.exchange
  if (status === 401 || status === 403) return { kind: 'refused', status }
  if (status < 200 || status >= 300) return { kind: 'failed', status }
  const balance = parseBalance(parseJson(body))
  return balance ? { kind: 'read', balance } : { kind: 'answered' }
}

/** A GET whose every failure is `undefined`: side requests inform, they never decide. */
async function getJson(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal,
  maxBodyBytes?: number
): Promise<unknown> {
  const transport = recordingFetch({ timeoutMs, fetch, maxBodyBytes })
  try {
    await transport.fetch(url, { headers: { accept: 'application/json', ...headers }, signal })
  } catch {
    return undefined
  }
  const recorded = transport.record()
  if (recorded?.kind !== 'response' || recorded.truncated) return undefined
  const { status, body } = recorded.exchange
  return status >= 200 && status < 300 ? parseJson(body) : undefined
}
