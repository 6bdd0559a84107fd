import { describe, expect, it } from '@jest/globals'
import type { Check } from '../../src/engine/check.js'
import { diagnose } from '../../src/engine/diagnose.js'
import { outputsOf, outputsWithoutProbe } from '../../src/github/outputs.js'
import { makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

const check = (ids: string[]): Check => ({
  models: ids.map(id => {
    const report =
      id === 'a' ? makeReport({ configuredModel: id }) : makeFallbackReport({ configuredModel: id })
    return { report, diagnosis: diagnose(report, ''), verdict: report.available ? 'pass' : 'fail' }
  }),
  skipped: [],
  verdict: 'fail',
  status: 'fallback'
})

describe('the tracking issue in the outputs', () => {
  it('`issue-number` is the first listed model’s that has one; `results` has each', () => {
    const outputs = outputsOf(check(['a', 'b', 'c']), { c: 9, b: 7 })
    expect(outputs['issue-number']).toBe('7')
    const results = JSON.parse(outputs.results)
    expect([results.a.issueNumber, results.b.issueNumber, results.c.issueNumber]).toEqual([
      null,
      7,
      9
    ])
    expect(
      JSON.parse(outputs.report).models.map((m: { issueNumber: unknown }) => m.issueNumber)
    ).toEqual([null, 7, 9])
  })

  it('is empty when no issue was written, or nothing was probed', () => {
    expect(outputsOf(check(['a', 'b']))['issue-number']).toBe('')
    expect(outputsWithoutProbe('refused')['issue-number']).toBe('')
  })
})
