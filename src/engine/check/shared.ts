/**
 * What the models of one step share, asked once: the side requests (catalog, balance,
 * deprecation feed, live metrics) and every probe, however many models name it.
 */
import { isTransient } from '../classify/categories.js'
import type { Catalog } from '../evidence/catalog.js'
import type { DeprecationFeed } from '../evidence/deprecations.js'
import type { BalanceCheck } from '../evidence/evidence.js'
import { createLimiter } from '../send/limit.js'
import type { LiveMetrics } from '../evidence/metrics.js'
import type { ProbedKind } from '../read/kinds.js'
import type { Capability } from '../probe/capabilities.js'
import type { SpeedBounds } from '../probe/capability-report.js'
import {
  probeModel,
  type Attempt,
  type ModelResult,
  type ProbeIO,
  type Role
} from '../probe/probe.js'
import { createRedactor, type Redactor } from '../read/redact.js'
import type { KeyFacts } from '../evidence/key-facts.js'
import {
  fetchBalance,
  fetchCatalog,
  fetchDeprecations,
  fetchKeyFacts,
  fetchMetrics
} from '../evidence/side-requests.js'

export interface ProbeConfig extends SpeedBounds {
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
  /** Capabilities asked beside the plain probe, of this model and its fallbacks (chat only). */
  require?: readonly Capability[]
}

/**
 * At most this many models' probes in flight at once in a step (a probe: the plain request and
 * its capability requests); side requests are outside the cap.
 */
const MAX_IN_FLIGHT = 8

/**
 * What the models of one step share: the catalog, the balance, the deprecation feed and the
 * live metrics, asked once, and every probe, asked once however many models name it (a
 * fallback shared by several models).
 */
export interface Shared {
  catalog: Promise<Catalog | null>
  balance: Promise<BalanceCheck>
  /** `GET /v1/key`, asked beside the balance; null when it could not be read. */
  key: Promise<KeyFacts | null>
  deprecations: Promise<DeprecationFeed | null>
  metrics: Promise<LiveMetrics | null>
  signal: AbortSignal
  /** The step's redactor, built once from the key. */
  redact: Redactor
  /** With `require` (chat only), each capability is its own request, sent at the same time. */
  ask: (
    model: string,
    role: Role,
    kind: ProbedKind,
    require?: readonly Capability[]
  ) => Promise<ModelResult>
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
    key: fetchKeyFacts(config, io.fetch, side.signal),
    deprecations: fetchDeprecations(config.baseUrl, config.timeoutMs, io.fetch, side.signal),
    metrics: fetchMetrics(config.baseUrl, names, config.timeoutMs, io.fetch, side.signal),
    signal: side.signal,
    redact,
    // Keyed by kind and ID, not role: gpt-4o configured in one line and named as another's
    // fallback is asked once, its answer counting for both under each one's role.
    ask: (model, role, kind, require = []) => {
      const needs = kind === 'chat' ? require : []
      const jobs: [string, () => Promise<ModelResult>][] = [
        [`${kind}:${model}`, () => probeModel(model, role, request, io, kind)],
        ...needs.map((capability): [string, () => Promise<ModelResult>] => [
          `${capability}:${model}`,
          // Loaded only by a run that requires a capability (BENCHMARKS.md, start-up).
          () =>
            import('../probe/capability-probes.js')
              .then(({ probeCapability }) => probeCapability(model, role, capability, request, io))
              .then(asResult)
        ])
      ]
      // A model's probe is one place under the cap: its plain request and its capability
      // requests go together, so a table with requirements stays one round trip.
      const fresh = jobs.filter(([key]) => !asked.has(key))
      if (fresh.length > 0) {
        const together = limit(() => Promise.all(fresh.map(([, run]) => run())))
        fresh.forEach(([key], i) =>
          asked.set(
            key,
            together.then(results => results[i]!)
          )
        )
      }
      const [plain, ...probes] = jobs.map(([key]) => asked.get(key)!)
      return Promise.all([plain!, ...probes])
        .then(([found, ...shown]) => withCapabilities(found!, shown))
        .then(found => (found.role === role ? found : asRole(found, role)))
    },
    close: () => side.abort()
  }
}

function asResult(attempts: Attempt[]): ModelResult {
  const final = attempts.at(-1)!
  const { model, role, ok } = final
  return { model, role, ok, attempts, final }
}

/**
 * The plain probe and the capability probes as one answer: it works when all of them do; else
 * the plain probe's failure counts, then a capability's that says something definite (a
 * capability missing outweighs a rate limit on another one's request: a retry cannot bring it),
 * then the first; the attempt that counts comes last, as the report's always does.
 */
function withCapabilities(plain: ModelResult, shown: readonly ModelResult[]): ModelResult {
  if (shown.length === 0) return plain
  const finals = shown.map(r => r.final).filter(a => !a.ok)
  const failed = plain.ok
    ? (finals.find(a => a.category !== null && !isTransient(a.category)) ?? finals[0])
    : undefined
  const others = shown.flatMap(r => r.attempts).filter(a => a !== failed)
  if (!failed) return { ...plain, attempts: [...others, ...plain.attempts], final: plain.final }
  return { ...plain, ok: false, attempts: [...plain.attempts, ...others, failed], final: failed }
}

/** Another model's answer, counted under this one's role. */
function asRole(result: ModelResult, role: Role): ModelResult {
  const attempts = result.attempts.map(attempt => ({ ...attempt, role }))
  return { ...result, role, attempts, final: attempts.at(-1) ?? { ...result.final, role } }
}
