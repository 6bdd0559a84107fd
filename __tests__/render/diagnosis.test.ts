/**
 * One model's diagnosis in Markdown quotes what the API said of the configured ID; an alias's or
 * a fallback's failure is another story, quoted only when nothing answered.
 */
import { describe, expect, it } from '@jest/globals'
import {
  makeAttempt,
  makeCheck,
  makeFailedAttempt,
  makeFallbackReport
} from '../../__fixtures__/factories.js'
import { diagnosisMarkdown } from '../../src/render/diagnosis.js'

const RETIRED = 'claude-sonnet-4-5-20250929'
const said = (markdown: string) => markdown.split('**What the API said**')[1] ?? ''

describe('diagnosisMarkdown, what the API said', () => {
  const attempts = [
    makeFailedAttempt({ model: RETIRED, category: 'model-not-found', message: 'Model not found' }),
    makeFailedAttempt({ model: 'anthropic/claude-sonnet-4.5', role: 'alias' }),
    makeAttempt({ model: 'claude-sonnet-4-5', role: 'alias' })
  ]

  it('quotes the configured ID only, when an alias answers', () => {
    const report = makeFallbackReport({
      configuredModel: RETIRED,
      status: 'alias',
      errorCategory: 'model-not-found',
      model: 'claude-sonnet-4-5',
      resolvedModel: 'claude-sonnet-4-5',
      fallbackModel: '',
      attempts
    })
    const [model] = makeCheck([report]).models
    const quoted = said(diagnosisMarkdown(model!, { level: 3, snippet: [] }))
    expect(quoted).toContain('Model not found')
    expect(quoted).not.toContain('credit balance')
  })

  it('quotes every failure when nothing answered', () => {
    const report = makeFallbackReport({
      configuredModel: RETIRED,
      status: 'unavailable',
      available: false,
      errorCategory: 'model-not-found',
      model: '',
      fallbackModel: '',
      attempts: attempts.slice(0, 2)
    })
    const [model] = makeCheck([report]).models
    expect(said(diagnosisMarkdown(model!, { level: 3, snippet: [] }))).toContain('credit balance')
  })
})
