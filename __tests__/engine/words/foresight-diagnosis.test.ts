import { describe, expect, it } from '@jest/globals'
import { annotationsOf } from '../../../src/engine/check/annotations.js'
import type { Check } from '../../../src/engine/check/check.js'
import { diagnose } from '../../../src/engine/words/diagnose.js'
import type { Report } from '../../../src/engine/decide/report.js'
import {
  makeCheck,
  makeFailedAttempt,
  makeFallbackReport,
  makeReport
} from '../../../__fixtures__/factories.js'

const DEPRECATED = {
  status: 'deprecated',
  shutdownAt: '2026-12-06',
  replacedBy: 'anthropic/claude-sonnet-4.5',
  daysLeft: 10
} as const

function checkOf(report: Report, failBeforeShutdownDays = 0): Check {
  return makeCheck([report], { failBeforeShutdownDays })
}

describe('a deprecated model that answers', () => {
  const report = makeReport({
    configuredModel: 'anthropic/claude-sonnet-4',
    deprecation: DEPRECATED
  })

  it('the diagnosis names the date, the days left and the replacement, and the move', () => {
    const diagnosis = diagnose(report, 'sk-aiml-')
    expect(diagnosis.deprecation).toBe(
      '`anthropic/claude-sonnet-4` shuts down on 2026-12-06 (10 days); AIML names `anthropic/claude-sonnet-4.5` as its replacement.'
    )
    // The move is said once, on its own line; no step repeats it.
    expect(diagnosis.switchTo).toEqual({
      label: 'Move to',
      id: 'anthropic/claude-sonnet-4.5',
      why: 'before the shutdown'
    })
    expect(diagnosis.steps).toEqual([])
    expect(diagnosis.headline).toBe('`anthropic/claude-sonnet-4` answers, but AIML is retiring it.')
    expect(diagnosis.live).toBe('')
  })

  it('one warning annotation with the date and the replacement; an error inside the window', () => {
    const [warning, ...rest] = annotationsOf(checkOf(report))
    expect(rest).toEqual([])
    expect(warning).toMatchObject({ level: 'warning' })
    expect(warning!.message).toContain('shuts down on 2026-12-06 (10 days)')
    expect(warning!.message).toContain('`anthropic/claude-sonnet-4.5` as its replacement')
    expect(annotationsOf(checkOf(report, 10))).toEqual([
      {
        level: 'error',
        message:
          '`anthropic/claude-sonnet-4` shuts down on 2026-12-06 (10 days), within `fail-before-shutdown-days` (10): the step fails. Move to: `anthropic/claude-sonnet-4.5` — before the shutdown.'
      }
    ])
  })

  it('no annotation without a deprecation', () => {
    expect(annotationsOf(checkOf(makeReport()))).toEqual([])
  })
})

describe('a withdrawn ID', () => {
  const report = makeFallbackReport({
    configuredModel: 'old',
    errorCategory: 'model-not-found',
    errorMessage:
      "Model not found. AIML withdrew this model on 2026-11-23; its replacement is 'new'.",
    model: 'new',
    fallbackModel: 'new',
    deprecation: { status: 'withdrawn', shutdownAt: '2026-11-23', replacedBy: 'new', daysLeft: -3 },
    attempts: [makeFailedAttempt({ model: 'old', httpStatus: 404, category: 'model-not-found' })]
  })

  it('is explained as withdrawn, not a typo, with the replacement to switch to', () => {
    const diagnosis = diagnose(report, 'sk-aiml-')
    expect(diagnosis.headline).toBe('`old` is not available: AIML withdrew it on 2026-11-23.')
    expect(diagnosis.explanation).toMatch(/It is not a typo/)
    // The replacement that answers is named once, on the "Use now" line.
    expect(diagnosis.explanation).not.toContain('`new`')
    expect(diagnosis.switchTo).toEqual({
      label: 'Use now',
      id: 'new',
      why: 'AIML names it as the replacement, and it answers with this key'
    })
    expect(diagnosis.steps.join(' ')).not.toMatch(/catalog lists/)
  })

  it('its annotation says withdrawn, the date and the replacement once each', () => {
    const [error] = annotationsOf(checkOf(report))
    expect(error!.level).toBe('error')
    expect(error!.message.match(/withdr/g)).toHaveLength(1)
    expect(error!.message.match(/2026-11-23/g)).toHaveLength(1)
    expect(error!.message.match(/`new`|'new'/g)).toHaveLength(1)
  })
})

describe('a deprecated fallback', () => {
  it('is recommended with its date', () => {
    const report = makeFallbackReport({
      fallbackDeprecation: {
        status: 'deprecated',
        shutdownAt: '2027-01-01',
        replacedBy: null,
        daysLeft: 36
      }
    })
    expect(diagnose(report, 'sk-aiml-').switchTo?.why).toBe(
      'it answers with this key; mind that `gpt-4o` shuts down on 2027-01-01 (36 days); AIML names no replacement'
    )
  })
})

describe('the live metrics in the diagnosis', () => {
  it('a timeout others do not see: look at your side', () => {
    const report = makeFallbackReport({
      errorCategory: 'timeout',
      live: {
        reading: { kind: 'served', metric: 'first token', p50: 610, p90: 1150 },
        slowAnswer: null
      }
    })
    const diagnosis = diagnose(report, 'sk-aiml-')
    expect(diagnosis.live).toMatch(/served normally for others right now .* on your side/)
    expect(diagnosis.steps).toContain(
      "Look at your side: the runner's network, proxy and region, and your account's limits."
    )
    expect(annotationsOf(checkOf(report))[0]!.message).toContain(diagnosis.live)
  })

  it('an answer slower than the p90: said, and the step still passes', () => {
    const report = makeReport({
      latencyMs: 5200,
      live: {
        reading: { kind: 'served', metric: 'first token', p50: 610, p90: 1150 },
        slowAnswer: { latencyMs: 5200, p90Ms: 3400 }
      }
    })
    const check = checkOf(report)
    expect(check.verdict).toBe('pass')
    expect(check.models[0]!.diagnosis.live).toMatch(/slower than 90% of requests/)
  })
})

describe('a withdrawn ID whose replacement', () => {
  const withdrawn = (attempts: Report['attempts']) =>
    diagnose(
      makeFallbackReport({
        configuredModel: 'old',
        status: 'unavailable',
        model: '',
        fallbackModel: '',
        errorCategory: 'model-not-found',
        deprecation: { status: 'withdrawn', shutdownAt: null, replacedBy: 'new', daysLeft: null },
        attempts
      }),
      ''
    ).explanation
  it('did not answer says so; one never asked (the feed came late) is only named', () => {
    expect(
      withdrawn([
        makeFailedAttempt({ model: 'old' }),
        makeFailedAttempt({ model: 'new', role: 'fallback' })
      ])
    ).toMatch(/`new`, the replacement AIML names, did not answer\./)
    expect(withdrawn([makeFailedAttempt({ model: 'old' })])).toMatch(
      /AIML names `new` as its replacement\.$/
    )
  })
})
