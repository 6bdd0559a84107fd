/**
 * probe → diagnose: asks the configured model, and only when it fails, its other names and the
 * fallbacks. Independent questions go together: the catalog, the balance and the configured
 * model in one round trip; aliases and fallbacks together in a second.
 */
import type { BalanceCheck, Weighed } from './evidence.js'
import { otherNames, suggestModels, type Catalog } from './catalog.js'
import { deprecationOf, type Deprecation, type DeprecationFeed } from './deprecations.js'
import { fallbackOrder, foresightOf, recommendable, withdrawnWords } from './foresight.js'
import type { LiveMetrics } from './metrics.js'
import { createRedactor, type Redactor } from './redact.js'
import { createLimiter } from './limit.js'
import type { ProbedKind } from './model-table.js'
import { modelBoundMs, probeModel, type ModelResult, type ProbeIO, type Role } from './probe.js'
import { totalCost, type FallbackSkip, type Report, type Status } from './report.js'
import { fetchBalance, fetchCatalog, fetchDeprecations, fetchMetrics } from './side-requests.js'
import { networkFetch } from './network.js'
import { delay, settledWithin } from './wait.js'
import { weighFailure } from './weigh-failure.js'

export interface ProbeConfig {
  apiKey: string
  model: string
  /** How the model is asked; chat when absent. */
  kind?: ProbedKind
  fallbackModels: readonly string[]
  baseUrl: string
  retries: number
  timeoutMs: number
  prompt: string
  maxTokens: number
}

/** How long side requests may still take once the probes are done. */
export const SIDE_GRACE_MS = 250
/** How long a model-not-found waits for the deprecation feed (asked at the start). */
const FEED_WAIT_MS = 1000
/** The canonical ID and a few aliases: a catalog entry could list thousands. */
const MAX_ALIASES = 5

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

/** At most this many probes in flight at once in a step; side requests are outside the cap. */
export const MAX_IN_FLIGHT = 8

/**
 * What the models of one step share: the catalog, the balance, the deprecation feed and the
 * live metrics, asked once, and every probe, asked once however many models name it (a
 * fallback shared by several models).
 */
export interface Shared {
  catalog: Promise<Catalog | null>
  balance: Promise<BalanceCheck>
  deprecations: Promise<DeprecationFeed | null>
  metrics: Promise<LiveMetrics | null>
  signal: AbortSignal
  /** The step's redactor, built once from the key. */
  redact: Redactor
  ask: (model: string, role: Role, kind: ProbedKind) => Promise<ModelResult>
  /** Drops whatever side request is still under way. */
  close: () => void
}

/** `names`: the step's configured IDs, the models whose live metrics are asked for. */
export function startShared(
  config: Omit<ProbeConfig, 'model' | 'fallbackModels'>,
  io: ProbeIO,
  names: readonly string[]
): Shared {
  const side = new AbortController()
  const redact = createRedactor(config.apiKey)
  const request = { ...config, redact }
  const limit = createLimiter(MAX_IN_FLIGHT)
  const asked = new Map<string, Promise<ModelResult>>()
  return {
    catalog: fetchCatalog(config.baseUrl, config.timeoutMs, io.fetch, side.signal),
    balance: fetchBalance(config, io.fetch, side.signal),
    deprecations: fetchDeprecations(config.baseUrl, config.timeoutMs, io.fetch, side.signal),
    metrics: fetchMetrics(config.baseUrl, names, config.timeoutMs, io.fetch, side.signal),
    signal: side.signal,
    redact,
    ask: (model, role, kind) => {
      const key = `${role}:${kind}:${model}`
      const known = asked.get(key)
      if (known) return known
      const result = limit(() => probeModel(model, role, request, io, kind))
      asked.set(key, result)
      return result
    },
    close: () => side.abort()
  }
}

export async function runProbe(
  config: ProbeConfig,
  io: ProbeIO = defaultIO,
  shared?: Shared
): Promise<Report> {
  const own = shared === undefined
  const step = shared ?? startShared(config, io, [config.model])
  try {
    return await probeOne(config, io, step)
  } finally {
    if (own) step.close()
  }
}

async function probeOne(config: ProbeConfig, io: ProbeIO, shared: Shared): Promise<Report> {
  const started = io.now()
  const kind = config.kind ?? 'chat'
  const configured = await shared.ask(config.model, 'configured', kind)
  let catalog: Catalog | null = null
  let aliases: string[] = []
  let fallbacksSkipped: FallbackSkip = null
  let second: ModelResult[] = []
  let weighed: Weighed | null = null
  let feed: DeprecationFeed | null = null
  if (!configured.ok) {
    weighed = await weighFailure(configured, shared.balance)
    const category = weighed.category
    let fallbacks: string[] = []
    if (weighed.accountWide) fallbacksSkipped = 'account-wide'
    else if (config.fallbackModels.length === 0) fallbacksSkipped = 'none-configured'
    else fallbacks = config.fallbackModels.filter(m => m !== config.model)
    // Fallbacks start at once; aliases, and a withdrawn ID's replacement, as soon as the catalog
    // and the feed name them. The catalog may wait as long as the fallbacks take (the round
    // trip we pay anyway), and never over the bound; the feed a second at most.
    const fallbackRuns = Promise.all(fallbacks.map(m => shared.ask(m, 'fallback', kind)))
    let laterRuns: Promise<ModelResult[]> = Promise.resolve([])
    if (category === 'model-not-found') {
      const bound = delay(config.timeoutMs, shared.signal).then(() => null)
      ;[catalog, feed] = await Promise.all([
        Promise.race([shared.catalog, bound]),
        settledWithin(shared.deprecations, Math.min(FEED_WAIT_MS, config.timeoutMs))
      ])
      aliases = catalog ? otherNames(catalog, config.model).slice(0, MAX_ALIASES) : []
      // A name already asked as a fallback is not asked twice; its answer counts for both.
      const toAsk = aliases.filter(m => !fallbacks.includes(m))
      const replacement = fallbackOrder(
        config.model,
        [],
        deprecationOf(feed, config.model, started)
      ).filter(m => !fallbacks.includes(m) && !toAsk.includes(m))
      if (replacement.length > 0) fallbacksSkipped = null
      laterRuns = Promise.all([
        ...toAsk.map(m => shared.ask(m, 'alias', kind)),
        ...replacement.map(m => shared.ask(m, 'fallback', kind))
      ])
    }
    second = [...(await laterRuns), ...(await fallbackRuns)]
  }
  // Side requests never hold the step: a short grace, then they are dropped.
  const [catalogLate, balanceCheck, feedLate, metrics] = await Promise.all([
    catalog ? Promise.resolve(catalog) : settledWithin(shared.catalog, SIDE_GRACE_MS),
    settledWithin(shared.balance, SIDE_GRACE_MS),
    feed ? Promise.resolve(feed) : settledWithin(shared.deprecations, SIDE_GRACE_MS),
    settledWithin(shared.metrics, SIDE_GRACE_MS)
  ])
  const balance = balanceCheck?.kind === 'read' ? balanceCheck.balance : null
  catalog = catalogLate
  feed = feedLate
  const deprecation = deprecationOf(feed, config.model, started)

  // The first of the model's other names, in catalog order, that answered.
  const alias = aliases.map(name => second.find(r => r.model === name)).find(r => r?.ok)
  // In preference order, a withdrawn ID's replacement first; never a withdrawn fallback.
  const fallback = fallbackOrder(config.model, config.fallbackModels, deprecation)
    .map(m => second.find(r => r.model === m && r.role === 'fallback'))
    .find(r => r?.ok && recommendable(feed, r.model))
  const answered = configured.ok ? configured : alias
  const status: Status = configured.ok
    ? 'available'
    : alias
      ? 'alias'
      : fallback
        ? 'fallback'
        : 'unavailable'
  const failure = configured.ok ? null : { ...configured.final, category: weighed!.category }
  // A withdrawn ID is no typo: no did-you-mean.
  const suggestions =
    failure?.category === 'model-not-found' &&
    catalog &&
    aliases.length === 0 &&
    deprecation?.status !== 'withdrawn'
      ? suggestModels(catalog, config.model).filter(id => id !== config.model)
      : []
  const attempts = [configured, ...second].flatMap(r => r.attempts)
  return {
    status,
    available: configured.ok,
    model: answered?.model ?? fallback?.model ?? '',
    configuredModel: config.model,
    kind,
    resolvedModel: answered?.model ?? '',
    errorCategory: failure?.category ?? '',
    errorMessage: failure ? withSuggestions(failure.message, suggestions, deprecation) : '',
    fallbackModel: fallback?.model ?? '',
    latencyMs: answered ? answered.final.latencyMs : null,
    attempts,
    suggestions,
    aliases,
    fallbacksSkipped,
    balance,
    keyWorks:
      balanceCheck === null || balanceCheck.kind === 'failed'
        ? null
        : balanceCheck.kind !== 'refused',
    evidence: failure ? { rule: failure.rule ?? '', decidedBy: weighed!.decidedBy } : null,
    catalogAvailable: catalog !== null,
    ...foresightOf(
      { feed, metrics, catalog, config, fallback: fallback?.model ?? null },
      {
        category: failure?.category ?? null,
        latencyMs: configured.ok ? configured.final.latencyMs : null,
        nowMs: started
      }
    ),
    cost: totalCost(attempts),
    baseUrl: shared.redact(config.baseUrl),
    startedAt: new Date(started).toISOString(),
    durationMs: Math.round(io.now() - started)
  }
}

function withSuggestions(
  message: string,
  suggestions: readonly string[],
  deprecation: Deprecation | null
): string {
  if (deprecation?.status === 'withdrawn') {
    return `${/[.!?]$/.test(message) ? message : `${message}.`} ${withdrawnWords(deprecation)}`
  }
  if (suggestions.length === 0) return message
  return `${message} Did you mean ${suggestions.map(s => `'${s}'`).join(', ')}?`
}
