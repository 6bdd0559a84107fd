/**
 * probe → diagnose: asks the configured model, and only when it fails, its other names and the
 * fallbacks. Independent questions go together: the catalog, the balance and the configured
 * model in one round trip; aliases and fallbacks together in a second.
 */
import {
  BALANCE_WAIT_MS,
  wantsEvidence,
  weighEvidence,
  type BalanceCheck,
  type Weighed
} from './evidence.js'
import { otherNames, suggestModels, type Catalog } from './catalog.js'
import { createRedactor, type Redactor } from './redact.js'
import { createLimiter } from './limit.js'
import type { ProbedKind } from './model-table.js'
import { modelBoundMs, probeModel, type ModelResult, type ProbeIO, type Role } from './probe.js'
import { totalCost, type FallbackSkip, type Report, type Status } from './report.js'
import { fetchBalance, fetchCatalog } from './side-requests.js'
import { networkFetch } from './network.js'
import { checkKind } from './catalog-kind.js'
import { delay, settledWithin } from './waits.js'

export interface ProbeConfig {
  apiKey: string
  model: string
  /** How the model is asked; chat when absent. */
  kind?: ProbedKind
  /** The kind came from a prefix; else the catalog may correct it (catalog-kind.ts). */
  kindDeclared?: boolean
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

/** At most this many probes in flight at once in a step; side requests are outside the cap. */
export const MAX_IN_FLIGHT = 8

/**
 * What the models of one step share: the catalog and the balance, asked once, and every probe,
 * asked once however many models name it (a fallback shared by several models).
 */
export interface Shared {
  catalog: Promise<Catalog | null>
  balance: Promise<BalanceCheck>
  signal: AbortSignal
  /** The step's redactor, built once from the key. */
  redact: Redactor
  ask: (model: string, role: Role, kind: ProbedKind) => Promise<ModelResult>
  /** Drops whatever side request is still under way. */
  close: () => void
}

export function startShared(
  config: Omit<ProbeConfig, 'model' | 'fallbackModels'>,
  io: ProbeIO
): Shared {
  const side = new AbortController()
  const redact = createRedactor(config.apiKey)
  const request = { ...config, redact }
  const limit = createLimiter(MAX_IN_FLIGHT)
  const asked = new Map<string, Promise<ModelResult>>()
  return {
    catalog: fetchCatalog(config.baseUrl, config.timeoutMs, io.fetch, side.signal),
    balance: fetchBalance(config, io.fetch, side.signal),
    signal: side.signal,
    redact,
    // Keyed by kind and ID, not role: gpt-4o configured in one line and named as another's
    // fallback is asked once, its answer counting for both under each one's role.
    ask: (model, role, kind) => {
      const key = `${kind}:${model}`
      let result = asked.get(key)
      if (!result) {
        result = limit(() => probeModel(model, role, request, io, kind))
        asked.set(key, result)
      }
      return result.then(found => (found.role === role ? found : asRole(found, role)))
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
  const step = shared ?? startShared(config, io)
  try {
    return await probeOne(config, io, step)
  } finally {
    if (own) step.close()
  }
}

async function probeOne(config: ProbeConfig, io: ProbeIO, shared: Shared): Promise<Report> {
  const started = io.now()
  const first = await shared.ask(config.model, 'configured', config.kind ?? 'chat')
  const checked = await checkKind(
    config,
    first,
    {
      wait: () => Promise.race([shared.catalog, catalogBound(config, shared)]),
      glance: () => settledWithin(shared.catalog, BALANCE_WAIT_MS)
    },
    kind => shared.ask(config.model, 'configured', kind)
  )
  const { kind, configured, asChat } = checked
  let catalog = checked.catalog
  let aliases: string[] = []
  let fallbacksSkipped: FallbackSkip = null
  let second: ModelResult[] = []
  let weighed: Weighed | null = null
  if (!configured.ok) {
    weighed = await weighFailure(configured, shared.balance)
    const category = weighed.category
    let fallbacks: string[] = []
    if (weighed.accountWide) fallbacksSkipped = 'account-wide'
    else if (config.fallbackModels.length === 0) fallbacksSkipped = 'none-configured'
    else fallbacks = config.fallbackModels.filter(m => m !== config.model)
    // Fallbacks start at once; aliases as soon as the catalog names them. The catalog may wait
    // as long as the fallbacks take (the round trip we pay anyway), and never over the bound.
    const fallbackRuns = Promise.all(fallbacks.map(m => shared.ask(m, 'fallback', kind)))
    let aliasRuns: Promise<ModelResult[]> = Promise.resolve([])
    if (category === 'model-not-found') {
      if (!checked.catalogWaited) {
        catalog = await Promise.race([shared.catalog, catalogBound(config, shared)])
      }
      aliases = catalog ? otherNames(catalog, config.model).slice(0, MAX_ALIASES) : []
      // A name already asked as a fallback is not asked twice; its answer counts for both.
      const toAsk = aliases.filter(m => !fallbacks.includes(m))
      aliasRuns = Promise.all(toAsk.map(m => shared.ask(m, 'alias', kind)))
    }
    second = [...(await aliasRuns), ...(await fallbackRuns)]
  }
  // Side requests never hold the step: a short grace, then they are dropped.
  const [catalogLate, balanceCheck] = await Promise.all([
    catalog ? Promise.resolve(catalog) : settledWithin(shared.catalog, SIDE_GRACE_MS),
    settledWithin(shared.balance, SIDE_GRACE_MS)
  ])
  const balance = balanceCheck?.kind === 'read' ? balanceCheck.balance : null
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
  const failure = configured.ok ? null : { ...configured.final, category: weighed!.category }
  const suggestions =
    failure?.category === 'model-not-found' && catalog && aliases.length === 0
      ? suggestModels(catalog, config.model).filter(id => id !== config.model)
      : []
  const attempts = [...(asChat ? [asChat] : []), configured, ...second].flatMap(r => r.attempts)
  return {
    status,
    available: configured.ok,
    model: answered?.model ?? fallback?.model ?? '',
    configuredModel: config.model,
    kind,
    kindFromCatalog: asChat !== null,
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
    keyWorks:
      balanceCheck === null || balanceCheck.kind === 'failed'
        ? null
        : balanceCheck.kind !== 'refused',
    balanceCheck,
    evidence: failure ? { rule: failure.rule ?? '', decidedBy: weighed!.decidedBy } : null,
    catalogAvailable: catalog !== null,
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

/** Another model's answer, counted under this one's role. */
function asRole(result: ModelResult, role: Role): ModelResult {
  const attempts = result.attempts.map(attempt => ({ ...attempt, role }))
  return { ...result, role, attempts, final: attempts.at(-1) ?? { ...result.final, role } }
}

function withSuggestions(message: string, suggestions: readonly string[]): string {
  if (suggestions.length === 0) return message
  return `${message} Did you mean ${suggestions.map(s => `'${s}'`).join(', ')}?`
}

/**
 * The configured model's failure, weighed against the balance when the balance could change its
 * reading. The balance was asked at the start; it gets at most a second more.
 */
async function weighFailure(
  configured: ModelResult,
  balanceRequest: Promise<BalanceCheck>
): Promise<Weighed> {
  const final = configured.final
  const refusal = {
    category: final.category ?? 'unknown',
    rule: final.rule ?? '',
    concern: final.concern,
    relayed: final.relayed
  }
  // Only a refusal the balance can change waits for it; the others are read by their words.
  const check = wantsEvidence(refusal) ? await settledWithin(balanceRequest, BALANCE_WAIT_MS) : null
  return weighEvidence(refusal, check)
}
