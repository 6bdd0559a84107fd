import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS, DEFAULT_FAIL_ON, type Category } from '../../src/engine/categories.js'
import { decideVerdict } from '../../src/engine/verdict.js'
import { makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

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
