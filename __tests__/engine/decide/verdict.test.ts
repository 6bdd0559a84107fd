import { describe, expect, it } from '@jest/globals'
import {
  CATEGORY_IDS,
  DEFAULT_FAIL_ON,
  type Category
} from '../../../src/engine/classify/categories.js'
import type { Report } from '../../../src/engine/decide/report.js'
import { judge } from '../../../src/engine/decide/verdict.js'
import { makeFallbackReport, makeReport } from '../../../__fixtures__/factories.js'

/** The verdict alone, as most cases ask it. */
const decideVerdict = (report: Report, failOn: readonly Category[]) =>
  judge(report, { failOn }).verdict

describe('decideVerdict', () => {
  it('passes an available model whatever the policy', () => {
    expect(decideVerdict(makeReport(), CATEGORY_IDS)).toBe('pass')
  })

  it.each([
    ['provider-access', DEFAULT_FAIL_ON, 'fail'],
    ['provider-access', [], 'warn'],
    ['rate-limited', DEFAULT_FAIL_ON, 'warn'],
    ['rate-limited', ['rate-limited'], 'fail'],
    ['timeout', CATEGORY_IDS, 'fail'],
    ['content-filter', DEFAULT_FAIL_ON, 'warn']
  ] as Array<[Category, readonly Category[], string]>)(
    '%s under %j → %s',
    (category, failOn, outcome) => {
      expect(decideVerdict(makeFallbackReport({ errorCategory: category }), failOn)).toBe(outcome)
    }
  )

  it('does not pass on an alias: the application still sends the configured ID', () => {
    const report = makeFallbackReport({
      status: 'alias',
      errorCategory: 'model-not-found',
      resolvedModel: 'x'
    })
    expect(decideVerdict(report, DEFAULT_FAIL_ON)).toBe('fail')
  })
})

describe('judge: deprecations', () => {
  const inDays = (daysLeft: number | null, status: 'deprecated' | 'superseded' = 'deprecated') =>
    makeReport({
      deprecation: {
        status,
        shutdownAt: daysLeft === null ? null : '2026-12-06',
        replacedBy: 'Y',
        daysLeft
      }
    })

  it.each([
    [10, 0, 'warn', 'deprecated'],
    [10, 7, 'warn', 'deprecated'],
    [10, 10, 'fail', 'shutdown-soon'],
    [10, 14, 'fail', 'shutdown-soon'],
    [0, 1, 'fail', 'shutdown-soon'],
    // A past date counts.
    [-3, 1, 'fail', 'shutdown-soon'],
    [-3, 0, 'warn', 'deprecated']
  ])(
    'a model that answers, shutting down in %d days, with fail-before-shutdown-days %d: %s',
    (days, window, verdict, reason) => {
      expect(
        judge(inDays(days), { failOn: DEFAULT_FAIL_ON, failBeforeShutdownDays: window })
      ).toEqual({ verdict, reason })
    }
  )

  it('a superseded model has no shutdown: it warns, whatever the window', () => {
    expect(
      judge(inDays(null, 'superseded'), { failOn: DEFAULT_FAIL_ON, failBeforeShutdownDays: 3650 })
    ).toEqual({ verdict: 'warn', reason: 'deprecated' })
  })

  it('a failure the policy only warns on fails inside the window', () => {
    const report = makeFallbackReport({
      errorCategory: 'timeout',
      deprecation: { status: 'deprecated', shutdownAt: '2026-12-06', replacedBy: null, daysLeft: 2 }
    })
    expect(judge(report, { failOn: DEFAULT_FAIL_ON, failBeforeShutdownDays: 5 })).toEqual({
      verdict: 'fail',
      reason: 'shutdown-soon'
    })
    expect(decideVerdict(report, DEFAULT_FAIL_ON)).toBe('warn')
  })

  it('a healthy model with no deprecation passes', () => {
    expect(judge(makeReport(), { failOn: CATEGORY_IDS, failBeforeShutdownDays: 30 })).toEqual({
      verdict: 'pass',
      reason: 'available'
    })
  })
})
