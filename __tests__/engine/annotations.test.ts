import { describe, expect, it } from '@jest/globals'
import { annotationsOf } from '../../src/engine/annotations.js'
import type { ModelSpec } from '../../src/engine/model-table.js'
import { makeCheck, makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

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
