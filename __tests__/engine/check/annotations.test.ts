import { describe, expect, it } from '@jest/globals'
import { annotationsOf } from '../../../src/engine/check/annotations.js'
import type { ModelSpec } from '../../../src/engine/check/model-table.js'
import { makeCheck, makeFallbackReport, makeReport } from '../../../__fixtures__/factories.js'

const skipped = (id: string, kind: ModelSpec['kind']): ModelSpec => ({
  id,
  kind,
  declared: true,
  fallbacks: []
})

describe('annotationsOf', () => {
  it('warns once for each skipped kind, naming it, and never as an error', () => {
    const check = makeCheck([makeReport()], {
      skipped: [skipped('whisper-1', 'audio'), skipped('veo2', 'video')]
    })
    const annotations = annotationsOf(check)
    expect(annotations).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/^`whisper-1` was not probed: the kind 'audio' has no probe/)
      },
      {
        level: 'warning',
        message: expect.stringMatching(/^`veo2` was not probed: the kind 'video' has no probe/)
      }
    ])
    expect(check.verdict).toBe('pass')
  })

  it('gives one annotation per failing model, never one per attempt', () => {
    const annotations = annotationsOf(makeCheck([makeFallbackReport(), makeReport()]))
    expect(annotations.map(a => a.level)).toEqual(['error'])
    expect(annotations[0]!.message).toContain('`anthropic/claude-sonnet-4.5` is not available')
  })

  it('shows 9 of a kind and says how many more the summary holds', () => {
    const reports = Array.from({ length: 12 }, (_, i) =>
      makeFallbackReport({ configuredModel: `m-${i}` })
    )
    const annotations = annotationsOf(makeCheck(reports))
    expect(annotations).toHaveLength(10)
    expect(annotations[9]).toEqual({
      level: 'error',
      message: '…and 3 more: see the job summary.'
    })
  })
})

describe('annotation words', () => {
  it('says a slow model’s measure once: the headline quotes it', () => {
    const report = makeReport({
      errorCategory: 'slow',
      errorMessage: 'Answered in 337 ms, over max-latency-ms of 100 ms.'
    })
    const [annotation] = annotationsOf(makeCheck([report]))
    expect(annotation!.level).toBe('warning')
    expect(annotation!.message.match(/Answered in 337 ms/g)).toHaveLength(1)
  })

  it('ends each part as a sentence and says a did-you-mean once', () => {
    const report = makeFallbackReport({
      status: 'unavailable',
      model: '',
      fallbackModel: '',
      errorCategory: 'model-not-found',
      errorMessage: "Model not found. Did you mean 'anthropic/claude-sonnet-4.5'?",
      suggestions: ['anthropic/claude-sonnet-4.5']
    })
    const [annotation] = annotationsOf(makeCheck([report]))
    expect(annotation!.message.match(/Did you mean/gi)).toHaveLength(1)
    const runOn = makeFallbackReport({ errorMessage: 'Insufficient Balance' })
    expect(annotationsOf(makeCheck([runOn]))[0]!.message).toContain('Insufficient Balance. ')
  })

  it('says a shutdown inside fail-before-shutdown-days fails the step, not that it answered', () => {
    const report = makeReport({
      configuredModel: 'anthropic/claude-sonnet-4',
      deprecation: {
        status: 'deprecated',
        shutdownAt: '2026-12-06',
        replacedBy: 'anthropic/claude-sonnet-4.5',
        daysLeft: 10
      }
    })
    const check = makeCheck([report], { failBeforeShutdownDays: 30 })
    const [annotation] = annotationsOf(check)
    expect(annotation!.level).toBe('error')
    expect(annotation!.message).toMatch(
      /^`anthropic\/claude-sonnet-4` shuts down on 2026-12-06 \(10 days\), within `fail-before-shutdown-days` \(30\): the step fails\./
    )
    expect(annotation!.message).not.toContain('answered in')
  })
})
