import { describe, expect, it } from '@jest/globals'
import type { Check } from '../../src/engine/check/check.js'
import type { Deprecation } from '../../src/engine/evidence/deprecations.js'
import { outputsOf, outputsWithoutProbe } from '../../src/github/outputs.js'
import { makeCheck, makeReport } from '../../__fixtures__/factories.js'

function check(...models: Array<[string, Deprecation | null]>): Check {
  return makeCheck(
    models.map(([id, deprecation]) => makeReport({ configuredModel: id, model: id, deprecation }))
  )
}
const dep = (shutdownAt: string | null, replacedBy: string | null): Deprecation => ({
  status: shutdownAt ? 'deprecated' : 'superseded',
  shutdownAt,
  replacedBy,
  daysLeft: shutdownAt ? 10 : null
})

describe('deprecated, shutdown-at, replaced-by', () => {
  it('name the earliest shutdown among the models, and that model’s replacement', () => {
    const outputs = outputsOf(
      check(
        ['a', dep('2027-03-01', 'a2')],
        ['b', null],
        ['c', dep('2026-12-06', 'c2')],
        ['d', dep(null, 'd2')]
      )
    )
    expect(outputs).toMatchObject({
      deprecated: 'true',
      'shutdown-at': '2026-12-06',
      'replaced-by': 'c2'
    })
    expect(JSON.parse(outputs.results)).toMatchObject({
      a: { shutdownAt: '2027-03-01', replacedBy: 'a2' },
      b: { shutdownAt: null, replacedBy: null },
      d: { shutdownAt: null, replacedBy: 'd2' }
    })
  })

  it('without any date, the first deprecated model’s replacement', () => {
    expect(outputsOf(check(['b', null], ['d', dep(null, 'd2')]))).toMatchObject({
      deprecated: 'true',
      'shutdown-at': '',
      'replaced-by': 'd2'
    })
  })

  it('false for a withdrawn model, which is gone rather than deprecated; its date and replacement stay', () => {
    const withdrawn: Deprecation = {
      status: 'withdrawn',
      shutdownAt: '2026-12-01',
      replacedBy: 'n',
      daysLeft: -5
    }
    expect(outputsOf(check(['m', withdrawn]))).toMatchObject({
      deprecated: 'false',
      'shutdown-at': '2026-12-01',
      'replaced-by': 'n'
    })
    expect(outputsOf(check(['m', withdrawn], ['s', dep(null, 't')])).deprecated).toBe('true')
  })

  it('false and empty when no model is in the feed, or nothing was probed', () => {
    const none = { deprecated: 'false', 'shutdown-at': '', 'replaced-by': '' }
    expect(outputsOf(check(['a', null]))).toMatchObject(none)
    expect(outputsWithoutProbe('refused')).toMatchObject(none)
  })
})
