/**
 * The change to paste is in the user's own terms: the step's `model` input, or the lines of its
 * `models` table; one diff a step, and never a variable the user did not name.
 */
import { describe, expect, it } from '@jest/globals'
import { makeCheck, makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'
import { switchSnippet } from '../../src/render/snippet.js'
import type { Check } from '../../src/engine/check/check.js'

const CLAUDE = 'anthropic/claude-sonnet-4.5'

function withLines(check: Check, fallbacks: Record<string, string[]>): Check {
  return {
    ...check,
    configured: check.configured.map(spec => ({ ...spec, fallbacks: fallbacks[spec.id] ?? [] }))
  }
}

describe('switchSnippet', () => {
  it('edits the `model` input of a one-model step', () => {
    expect(switchSnippet(makeCheck([makeFallbackReport()]))).toEqual([
      '```diff',
      `- model: ${CLAUDE}`,
      '+ model: gpt-4o',
      '```'
    ])
  })

  it('edits the `models` input of a one-model step that wrote its model there', () => {
    const check = makeCheck([makeFallbackReport()])
    const asLine: Check = {
      ...check,
      configured: check.configured.map(spec => ({ ...spec, fallbacks: ['gpt-4o'], line: true }))
    }
    expect(switchSnippet(asLine)).toEqual([
      '```diff',
      '  models: |',
      `-   ${CLAUDE} -> gpt-4o`,
      '+   gpt-4o',
      '```'
    ])
  })

  it('is nothing when no model has an ID to switch to', () => {
    expect(switchSnippet(makeCheck([makeReport()]))).toEqual([])
  })

  it('edits the lines of `models`, once for the step, keeping prefixes and other fallbacks', () => {
    const flux = makeFallbackReport({
      configuredModel: 'flux/dev',
      kind: 'image',
      model: 'flux/schnell',
      fallbackModel: 'flux/schnell'
    })
    const check = withLines(makeCheck([makeFallbackReport(), flux]), {
      [CLAUDE]: ['gpt-4o', 'gpt-4o-mini'],
      'flux/dev': ['flux/schnell']
    })
    expect(switchSnippet(check)).toEqual([
      '```diff',
      '  models: |',
      `-   ${CLAUDE} -> gpt-4o, gpt-4o-mini`,
      '+   gpt-4o -> gpt-4o-mini',
      '-   image:flux/dev -> flux/schnell',
      '+   image:flux/schnell',
      '```'
    ])
  })

  it('drops the line when the table holds the ID to use already, rather than listing it twice', () => {
    const gpt = makeReport({ configuredModel: 'gpt-4o', model: 'gpt-4o', resolvedModel: 'gpt-4o' })
    const check = withLines(makeCheck([makeFallbackReport(), gpt]), { [CLAUDE]: ['gpt-4o'] })
    expect(switchSnippet(check)).toEqual([
      '```diff',
      '  models: |',
      `-   ${CLAUDE} -> gpt-4o`,
      '```'
    ])
  })

  it('adds an ID two failing lines switch to once: the action refuses a table that lists it twice', () => {
    const opus = 'anthropic/claude-opus-4'
    const check = withLines(
      makeCheck([makeFallbackReport(), makeFallbackReport({ configuredModel: opus })]),
      { [CLAUDE]: ['gpt-4o'], [opus]: ['gpt-4o'] }
    )
    expect(switchSnippet(check)).toEqual([
      '```diff',
      '  models: |',
      `-   ${CLAUDE} -> gpt-4o`,
      '+   gpt-4o',
      `-   ${opus} -> gpt-4o`,
      '```'
    ])
  })

  it('keeps the +NAME tokens written on the line: the fallback was held to the same needs', () => {
    const check = makeCheck([makeFallbackReport()])
    const withTokens: Check = {
      ...check,
      configured: check.configured.map(spec => ({
        ...spec,
        fallbacks: ['gpt-4o'],
        require: ['tools', 'stream'],
        lineRequire: ['tools'],
        line: true
      }))
    }
    expect(switchSnippet(withTokens)).toEqual([
      '```diff',
      '  models: |',
      `-   ${CLAUDE} +tools -> gpt-4o`,
      '+   gpt-4o +tools',
      '```'
    ])
  })
})
