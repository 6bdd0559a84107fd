import { describe, expect, it } from '@jest/globals'
import { outputsOf, outputsWithoutProbe } from '../../src/github/outputs.js'
import {
  makeAttempt,
  makeCheck,
  makeFallbackReport,
  makeReport
} from '../../__fixtures__/factories.js'

const whisper = { id: 'whisper-1', kind: 'audio' as const, declared: true, fallbacks: [] }
const flux = makeReport({
  configuredModel: 'flux/schnell',
  model: 'flux/schnell',
  resolvedModel: 'flux/schnell',
  kind: 'image'
})

describe('outputsOf', () => {
  it('lists a skipped kind in results, in the order of the table, without counting it', () => {
    const outputs = outputsOf(makeCheck([makeFallbackReport(), flux], { skipped: [whisper] }))
    const results = JSON.parse(outputs.results) as Record<string, Record<string, unknown>>
    expect(Object.keys(results)).toEqual([
      'anthropic/claude-sonnet-4.5',
      'flux/schnell',
      'whisper-1'
    ])
    expect(results['whisper-1']).toMatchObject({
      kind: 'audio',
      status: 'skipped',
      available: false,
      model: ''
    })
    expect(results['flux/schnell']).toMatchObject({ kind: 'image', status: 'available' })
    expect(outputs.status).toBe('fallback')
    expect(outputs.model).toBe('gpt-4o')
    const report = JSON.parse(outputs.report) as { models: { status: string }[] }
    expect(report.models.map(m => m.status)).toEqual(['fallback', 'available', 'skipped'])
  })

  it('keeps available true when every probed model answered and another kind was skipped', () => {
    const outputs = outputsOf(makeCheck([makeReport(), flux], { skipped: [whisper] }))
    expect([outputs.available, outputs.status]).toEqual(['true', 'available'])
  })

  it("says 'skipped' when no model of the table could be probed", () => {
    const outputs = outputsOf(makeCheck([], { skipped: [whisper] }))
    expect(outputs.status).toBe('skipped')
    expect(outputs.available).toBe('false')
    expect(JSON.parse(outputs.results)).toMatchObject({ 'whisper-1': { status: 'skipped' } })
    expect(() => JSON.parse(outputs.report) as unknown).not.toThrow()
  })
})

describe('the tracking issue in the outputs', () => {
  const check = (ids: string[]) =>
    makeCheck(
      ids.map(id =>
        id === 'a'
          ? makeReport({ configuredModel: id })
          : makeFallbackReport({ configuredModel: id })
      )
    )

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

describe('the report output of a model table', () => {
  it('speaks for the step: its status, verdict and every request, each once', () => {
    // gpt-4o configured first, and the fallback of the second model: one request, listed once.
    const gpt = makeReport({ configuredModel: 'gpt-4o', model: 'gpt-4o', resolvedModel: 'gpt-4o' })
    gpt.attempts = [makeAttempt({ model: 'gpt-4o' })]
    const claude = makeFallbackReport()
    const report = JSON.parse(outputsOf(makeCheck([gpt, claude])).report)
    expect([report.status, report.available, report.verdict]).toEqual(['fallback', false, 'fail'])
    expect(report.attempts.map((a: { model: string }) => a.model)).toEqual([
      'gpt-4o',
      'anthropic/claude-sonnet-4.5'
    ])
    expect(report.models).toHaveLength(2)
  })

  it('says skipped and pass when every kind of the table has no probe', () => {
    const report = JSON.parse(outputsOf(makeCheck([], { skipped: [whisper] })).report)
    expect([report.status, report.verdict]).toEqual(['skipped', 'pass'])
    expect(report.models).toEqual([expect.objectContaining({ status: 'skipped' })])
  })
})
