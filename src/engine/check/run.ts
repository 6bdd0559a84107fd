/**
 * probe → diagnose: asks the configured model, and only when it fails, its other names and the
 * fallbacks. Independent questions go together: the catalog, the balance and the configured
 * model in one round trip; aliases and fallbacks together in a second.
 */
import { capabilityFacts, slowness } from '../probe/capability-report.js'
import { checkKind } from '../probe/catalog-kind.js'
import { otherNames, suggestModels } from '../evidence/catalog.js'
import { deprecationOf, type Deprecation, type DeprecationFeed } from '../evidence/deprecations.js'
import { BALANCE_WAIT_MS, type Weighed } from '../evidence/evidence.js'
import { fallbackOrder, foresightOf, recommendable, withdrawnWords } from '../decide/foresight.js'
import { networkFetch } from '../send/network.js'
import { modelBoundMs, type ModelResult, type ProbeIO } from '../probe/probe.js'
import { totalCost, type FallbackSkip, type Report, type Status } from '../decide/report.js'
import { startShared, type ProbeConfig, type Shared } from './shared.js'
import { delay, settledWithin } from '../send/waits.js'
import { keyWaitLeftMs, weighFailure } from '../decide/weigh-failure.js'

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
 * The longest the probing can take: the configured model's bound; one wait between the rounds
 * (for the catalog after a refusal it can explain, a timeout at most; or for the balance after
 * a refusal it can weigh, a second at most); the same model asked again as the kind the catalog
 * names; then the aliases' and fallbacks' bound (they run together), and the side requests'
 * grace.
 */
export function probeBoundMs(config: Pick<ProbeConfig, 'retries' | 'timeoutMs'>): number {
  const between = Math.max(config.timeoutMs, BALANCE_WAIT_MS)
  return 3 * modelBoundMs(config.retries, config.timeoutMs) + between + SIDE_GRACE_MS
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
  const needs = config.require ?? []
  const first = await shared.ask(config.model, 'configured', config.kind ?? 'chat', needs)
  const checked = await checkKind(
    config,
    first,
    {
      wait: () => Promise.race([shared.catalog, catalogBound(config, shared)]),
      glance: () => settledWithin(shared.catalog, BALANCE_WAIT_MS)
    },
    kind => shared.ask(config.model, 'configured', kind, needs)
  )
  const { kind, configured, asChat } = checked
  let catalog = checked.catalog
  let aliases: string[] = []
  let fallbacksSkipped: FallbackSkip = null
  let second: ModelResult[] = []
  let weighed: Weighed | null = null
  let feed: DeprecationFeed | null = null
  if (!configured.ok) {
    weighed = await weighFailure(configured, shared.balance, { request: shared.key, kind })
    const category = weighed.category
    let fallbacks: string[] = []
    if (weighed.accountWide) fallbacksSkipped = 'account-wide'
    else if (config.fallbackModels.length === 0) fallbacksSkipped = 'none-configured'
    else fallbacks = config.fallbackModels.filter(m => m !== config.model)
    // Fallbacks start at once; aliases, and a withdrawn ID's replacement, as soon as the catalog
    // and the feed name them. The catalog may wait as long as the fallbacks take (the round
    // trip we pay anyway), and never over the bound; the feed a second at most.
    const fallbackRuns = Promise.all(fallbacks.map(m => shared.ask(m, 'fallback', kind, needs)))
    let laterRuns: Promise<ModelResult[]> = Promise.resolve([])
    if (category === 'model-not-found') {
      ;[catalog, feed] = await Promise.all([
        checked.catalogWaited
          ? catalog
          : Promise.race([shared.catalog, catalogBound(config, shared)]),
        settledWithin(shared.deprecations, Math.min(FEED_WAIT_MS, config.timeoutMs))
      ])
      aliases = catalog ? otherNames(catalog, config.model).slice(0, MAX_ALIASES) : []
      // A name already asked as a fallback is not asked twice; its answer counts for both.
      const toAsk = aliases.filter(m => !fallbacks.includes(m))
      const replacement = fallbackOrder(
        config.model,
        [],
        deprecationOf(feed, config.model, started, catalog)
      ).filter(m => !fallbacks.includes(m) && !toAsk.includes(m))
      if (replacement.length > 0) fallbacksSkipped = null
      laterRuns = Promise.all([
        ...toAsk.map(m => shared.ask(m, 'alias', kind, needs)),
        ...replacement.map(m => shared.ask(m, 'fallback', kind, needs))
      ])
    }
    second = [...(await laterRuns), ...(await fallbackRuns)]
  }
  // Side requests never hold the step: a short grace, then they are dropped.
  const [catalogLate, balanceCheck, feedLate, metrics, keyFacts] = await Promise.all([
    catalog ? Promise.resolve(catalog) : settledWithin(shared.catalog, SIDE_GRACE_MS),
    settledWithin(shared.balance, SIDE_GRACE_MS),
    feed ? Promise.resolve(feed) : settledWithin(shared.deprecations, SIDE_GRACE_MS),
    settledWithin(shared.metrics, SIDE_GRACE_MS),
    // The key's facts only speak of a failure, and get one grace, not two.
    settledWithin(shared.key, keyWaitLeftMs(configured, SIDE_GRACE_MS))
  ])
  const balance = balanceCheck?.kind === 'read' ? balanceCheck.balance : null
  catalog = catalogLate
  feed = feedLate
  const deprecation = deprecationOf(feed, config.model, started, catalog)
  const facts = capabilityFacts(configured, needs, catalog)
  const slow = configured.ok ? slowness(configured.final.latencyMs, facts.ttftMs, config) : null

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
  // The attempt that counts carries the category the evidence gave it, as the headline does.
  const counted = failure
    ? { ...configured, attempts: weighedLast(configured, failure) }
    : configured
  const attempts = [...(asChat ? [asChat] : []), counted, ...second].flatMap(r => r.attempts)
  return {
    status,
    available: configured.ok,
    model: answered?.model ?? fallback?.model ?? '',
    configuredModel: config.model,
    kind,
    kindFromCatalog: asChat !== null,
    resolvedModel: answered?.model ?? '',
    errorCategory: failure?.category ?? slow?.category ?? null,
    errorMessage: failure
      ? withSuggestions(failure.message, suggestions, deprecation)
      : (slow?.message ?? ''),
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
    balanceCheck,
    evidence: failure
      ? {
          rule: failure.rule ?? '',
          decidedBy: weighed!.decidedBy,
          ...(weighed!.keyFinding ? { keyFinding: weighed!.keyFinding } : {})
        }
      : null,
    keyFacts,
    catalogAvailable: catalog !== null,
    ...facts,
    ...foresightOf(
      { feed, metrics, catalog, config, fallback: fallback?.model ?? null },
      {
        category: failure?.category ?? slow?.category ?? null,
        latencyMs: configured.ok ? configured.final.latencyMs : null,
        nowMs: started,
        limit: failure ? null : (slow?.limit ?? null)
      }
    ),
    cost: totalCost(attempts),
    baseUrl: shared.redact(config.baseUrl),
    startedAt: new Date(started).toISOString(),
    durationMs: Math.round(io.now() - started)
  }
}

/** The catalog was asked at the start; after a failure it is waited for, up to a timeout. */
function catalogBound(config: ProbeConfig, shared: Shared): Promise<null> {
  return delay(config.timeoutMs, shared.signal).then(() => null)
}

function weighedLast(result: ModelResult, failure: ModelResult['final']): ModelResult['attempts'] {
  return result.attempts.map((attempt, i) =>
    i === result.attempts.length - 1 ? { ...attempt, category: failure.category } : attempt
  )
}

/** The API's message, then a did-you-mean, each a sentence of its own. */
function withSuggestions(
  message: string,
  suggestions: readonly string[],
  deprecation: Deprecation | null
): string {
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`
  if (deprecation?.status === 'withdrawn') return `${sentence} ${withdrawnWords(deprecation)}`
  if (suggestions.length === 0) return message
  return `${sentence} Did you mean ${suggestions.map(s => `'${s}'`).join(', ')}?`
}
