/** Factories for the report's pieces: a valid default, overridden where a test cares. */
import { DEFAULT_FAIL_ON, type Category } from '../src/engine/classify/categories.js'
import { checkModel, type Check } from '../src/engine/check/check.js'
import type { ModelSpec } from '../src/engine/check/model-table.js'
import type { Attempt } from '../src/engine/probe/probe.js'
import type { Report } from '../src/engine/decide/report.js'
import type { Verdict } from '../src/engine/decide/verdict.js'
import { ANTHROPIC_CREDIT_BALANCE_TEXT } from '../script/aiml-sim.ts'

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    model: 'anthropic/claude-sonnet-4.5',
    kind: 'chat',
    role: 'configured',
    try: 1,
    parameter: 'max_tokens',
    ok: true,
    category: null,
    rule: null,
    concern: null,
    relayed: false,
    httpStatus: 200,
    latencyMs: 420,
    message: '',
    code: '',
    requestId: 'req_1',
    usage: { promptTokens: 12, completionTokens: 1, totalTokens: 13 },
    usd: 0.000045,
    credits: 90,
    ...overrides
  }
}

export function makeFailedAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return makeAttempt({
    ok: false,
    category: 'provider-access',
    rule: 'upstream-billing',
    httpStatus: 400,
    message: ANTHROPIC_CREDIT_BALANCE_TEXT,
    usage: null,
    usd: null,
    credits: null,
    ...overrides
  })
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    status: 'available',
    available: true,
    model: 'anthropic/claude-sonnet-4.5',
    configuredModel: 'anthropic/claude-sonnet-4.5',
    kind: 'chat',
    kindFromCatalog: false,
    resolvedModel: 'anthropic/claude-sonnet-4.5',
    errorCategory: null,
    errorMessage: '',
    fallbackModel: '',
    latencyMs: 420,
    capabilities: null,
    ttftMs: null,
    declared: {},
    attempts: [makeAttempt()],
    suggestions: [],
    aliases: [],
    fallbacksSkipped: null,
    keyWorks: true,
    balanceCheck: { kind: 'read', balance: { amount: 20, currency: 'USD' } },
    evidence: null,
    keyFacts: null,
    balance: { amount: 20, currency: 'USD' },
    catalogAvailable: true,
    deprecation: null,
    fallbackDeprecation: null,
    live: null,
    cost: { tokens: 13, usd: 0.000045, credits: 90 },
    baseUrl: 'https://api.aimlapi.com/v1',
    startedAt: '2026-11-24T09:00:00.000Z',
    durationMs: 450,
    ...overrides
  }
}

/** The Claude story: provider refusal, gpt-4o answers. */
export function makeFallbackReport(overrides: Partial<Report> = {}): Report {
  return makeReport({
    status: 'fallback',
    available: false,
    model: 'gpt-4o',
    resolvedModel: '',
    errorCategory: 'provider-access',
    errorMessage: ANTHROPIC_CREDIT_BALANCE_TEXT,
    fallbackModel: 'gpt-4o',
    latencyMs: null,
    attempts: [makeFailedAttempt(), makeAttempt({ model: 'gpt-4o', role: 'fallback' })],
    ...overrides
  })
}

/** A step's check over these reports, each diagnosed and judged as the engine would. */
export function makeCheck(
  reports: Report[] = [makeReport()],
  options: {
    skipped?: ModelSpec[]
    failOn?: readonly Category[]
    failBeforeShutdownDays?: number
  } = {}
): Check {
  const failOn = options.failOn ?? DEFAULT_FAIL_ON
  const failBeforeShutdownDays = options.failBeforeShutdownDays ?? 0
  const models = reports.map(report =>
    checkModel(report, { failOn, failBeforeShutdownDays }, 'sk-aiml-…')
  )
  const skipped = options.skipped ?? []
  const order: readonly Verdict[] = ['pass', 'warn', 'fail']
  const statuses = ['available', 'alias', 'fallback', 'unavailable'] as const
  return {
    configured: [
      ...reports.map(r => ({
        id: r.configuredModel,
        kind: r.kind,
        declared: r.kind !== 'chat',
        fallbacks: []
      })),
      ...skipped
    ],
    models,
    skipped,
    verdict: order[Math.max(0, ...models.map(m => order.indexOf(m.verdict)))]!,
    status:
      reports.length === 0
        ? 'skipped'
        : statuses[Math.max(...reports.map(r => statuses.indexOf(r.status)))]!
  }
}
