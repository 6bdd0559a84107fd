/**
 * probe → diagnose: asks the configured model, and only when it fails, its other names and the
 * fallbacks. Independent questions go together: the catalog, the balance and the configured
 * model in one round trip; aliases and fallbacks together in a second.
 */
import { billingUrl, parseBalance, type Balance } from './billing.js'
import { ACCOUNT_WIDE } from './categories.js'
import { otherNames, parseCatalog, suggestModels, type Catalog } from './catalog.js'
import { parseJson } from './json.js'
import { createRedactor } from './redact.js'
import { modelBoundMs, probeModel, type ModelResult, type ProbeIO } from './probe.js'
import { totalCost, type FallbackSkip, type Report, type Status } from './report.js'
import { networkFetch } from './network.js'
import { recordingFetch, type FetchLike } from './transport.js'

export interface ProbeConfig {
  apiKey: string
  model: string
  fallbackModels: readonly string[]
  baseUrl: string
  retries: number
  timeoutMs: number
  prompt: string
  maxTokens: number
}

/** How long side requests may still take once the probes are done. */
export const SIDE_GRACE_MS = 250
/** The canonical ID and a few aliases: a catalog entry could list thousands. */
const MAX_ALIASES = 5
/** The catalog is large; the balance is tiny. */
const CATALOG_MAX_BYTES = 16 * 1024 * 1024

export const defaultIO: ProbeIO = {
  // Through the runner's proxy, if it names one.
  fetch: networkFetch,
  now: () => performance.timeOrigin + performance.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random
}

/**
 * The longest the probing can take: the configured model's bound, the wait for the catalog
 * (a timeout at most), then the aliases' and fallbacks' bound (they run together), and the
 * side requests' grace.
 */
export function probeBoundMs(config: Pick<ProbeConfig, 'retries' | 'timeoutMs'>): number {
  return 2 * modelBoundMs(config.retries, config.timeoutMs) + config.timeoutMs + SIDE_GRACE_MS
}

export async function runProbe(config: ProbeConfig, io: ProbeIO = defaultIO): Promise<Report> {
  const started = io.now()
  const redact = createRedactor(config.apiKey)
  const request = { ...config, redact }
  const side = new AbortController()
  const catalogRequest = fetchCatalog(config.baseUrl, config.timeoutMs, io.fetch, side.signal)
  const balanceRequest = fetchBalance(config, io.fetch, side.signal)

  const configured = await probeModel(config.model, 'configured', request, io)
  let catalog: Catalog | null = null
  let aliases: string[] = []
  let fallbacksSkipped: FallbackSkip = null
  let second: ModelResult[] = []
  if (!configured.ok) {
    const category = configured.final.category
    let fallbacks: string[] = []
    if (category !== null && ACCOUNT_WIDE.includes(category)) fallbacksSkipped = 'account-wide'
    else if (config.fallbackModels.length === 0) fallbacksSkipped = 'none-configured'
    else fallbacks = config.fallbackModels.filter(m => m !== config.model)
    // Fallbacks start at once; aliases as soon as the catalog names them. The diagnosis of an
    // unknown ID depends on the catalog, so it is waited for, however large (AIML's runs to
    // megabytes): its own request is bounded by the timeout, and so is this wait.
    const fallbackRuns = Promise.all(fallbacks.map(m => probeModel(m, 'fallback', request, io)))
    let aliasRuns: Promise<ModelResult[]> = Promise.resolve([])
    if (category === 'model-not-found') {
      const bound = delay(config.timeoutMs, side.signal).then(() => null)
      catalog = await Promise.race([catalogRequest, bound])
      aliases = catalog ? otherNames(catalog, config.model).slice(0, MAX_ALIASES) : []
      // A name already asked as a fallback is not asked twice; its answer counts for both.
      const toAsk = aliases.filter(m => !fallbacks.includes(m))
      aliasRuns = Promise.all(toAsk.map(m => probeModel(m, 'alias', request, io)))
    }
    second = [...(await aliasRuns), ...(await fallbackRuns)]
  }
  // Side requests never hold the step: a short grace, then they are dropped.
  const [catalogLate, balance] = await Promise.all([
    catalog ? Promise.resolve(catalog) : settledWithin(catalogRequest, SIDE_GRACE_MS),
    settledWithin(balanceRequest, SIDE_GRACE_MS)
  ])
  side.abort()
  catalog = catalogLate

  // The first of the model's other names, in catalog order, that answered.
  const alias = aliases.map(name => second.find(r => r.model === name)).find(r => r?.ok)
  const fallback = second.find(r => r.role === 'fallback' && r.ok)
  const answered = configured.ok ? configured : alias
  const status: Status = configured.ok
    ? 'available'
    : alias
      ? 'alias'
      : fallback
        ? 'fallback'
        : 'unavailable'
  const failure = configured.ok ? null : configured.final
  const suggestions =
    failure?.category === 'model-not-found' && catalog && aliases.length === 0
      ? suggestModels(catalog, config.model).filter(id => id !== config.model)
      : []
  const attempts = [configured, ...second].flatMap(r => r.attempts)
  return {
    status,
    available: configured.ok,
    model: answered?.model ?? fallback?.model ?? '',
    configuredModel: config.model,
    resolvedModel: answered?.model ?? '',
    errorCategory: failure?.category ?? '',
    errorMessage: failure ? withSuggestions(failure.message, suggestions) : '',
    fallbackModel: fallback?.model ?? '',
    latencyMs: answered ? answered.final.latencyMs : null,
    attempts,
    suggestions,
    aliases,
    fallbacksSkipped,
    balance,
    catalogAvailable: catalog !== null,
    cost: totalCost(attempts),
    baseUrl: redact(config.baseUrl),
    startedAt: new Date(started).toISOString(),
    durationMs: Math.round(io.now() - started)
  }
}

function withSuggestions(message: string, suggestions: readonly string[]): string {
  if (suggestions.length === 0) return message
  return `${message} Did you mean ${suggestions.map(s => `'${s}'`).join(', ')}?`
}

async function fetchCatalog(
  baseUrl: string,
  timeoutMs: number,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<Catalog | null> {
  const url = `${baseUrl.replace(/\/+$/, '')}/models`
  const json = await getJson(url, {}, timeoutMs, fetch, signal, CATALOG_MAX_BYTES)
  return parseCatalog(json)
}

async function fetchBalance(
  config: ProbeConfig,
  fetch: FetchLike,
  signal: AbortSignal
): Promise<Balance | null> {
  const headers = { authorization: `Bearer ${config.apiKey}` }
  const json = await getJson(billingUrl(config.baseUrl), headers, config.timeoutMs, fetch, signal)
  return parseBalance(json)
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

/** A wait that ends early, and leaves no timer behind, once `signal` aborts. */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })
}

/** The promise's value if it settles within `ms`, else null. Never rejects. */
async function settledWithin<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<null>(resolve => {
    timer = setTimeout(() => resolve(null), ms)
  })
  try {
    return await Promise.race([promise.catch(() => null), timeout])
  } finally {
    clearTimeout(timer)
  }
}
