/**
 * Property tests: whatever a server sends, the classifier and the renderers do not throw, stay
 * within their limits, and never let the key or our marker through.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { CATEGORY_IDS, type Category } from '../../src/engine/classify/categories.js'
import { classifyExchange } from '../../src/engine/classify/classify.js'
import { diagnose } from '../../src/engine/words/diagnose.js'
import { createRedactor } from '../../src/engine/read/redact.js'
import { COMMENT_LIMIT, marker, renderComment } from '../../src/github/comment.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/github/summary.js'
import { renderTerminal } from '../../src/render/terminal.js'
import { makeCheck, makeFailedAttempt, makeFallbackReport } from '../../__fixtures__/factories.js'

const RUNS = { numRuns: 300, seed: 20261124 }

/** Bodies as servers send them: text, JSON of any shape, error envelopes with hostile strings. */
const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.json({ maxDepth: 4 }),
  fc
    .record({
      message: fc.string({ unit: 'binary' }),
      code: fc.oneof(fc.string(), fc.integer()),
      type: fc.string(),
      metadata: fc.record({ raw: fc.oneof(fc.string(), fc.json()) })
    })
    .map(error => JSON.stringify({ error })),
  fc.constantFrom(
    '<html><title>x</title></html>',
    '{"choices":[',
    '',
    'null',
    '[]',
    '{"error":null}'
  )
)

describe('classifyExchange', () => {
  it('never throws and always names a known category', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 999 }),
        fc.dictionary(
          fc.constantFrom('retry-after', 'x-request-id', 'content-type', 'retry-after-ms'),
          fc.string()
        ),
        body,
        (status, headers, text) => {
          const outcome = classifyExchange({ status, headers, body: text })
          if (outcome.ok) return status >= 200 && status < 300
          expect(CATEGORY_IDS).toContain(outcome.category)
          expect(outcome.message.length).toBeLessThanOrEqual(400)
          expect(outcome.message).not.toContain('\n')
          return true
        }
      ),
      RUNS
    )
  })
})

describe('renderers', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '| a | b |\n| --- |',
      '<!-- aiml-model-probe:gpt-4o -->',
      '```\n</details><script>',
      '\u001b[31mred\u001b[0m'
    )
  )

  it('never throw, stay within GitHub limits and carry exactly one marker', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATEGORY_IDS),
        fc.array(hostile, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('pass', 'warn', 'fail') as fc.Arbitrary<'pass' | 'warn' | 'fail'>,
        (category: Category, messages, outcome) => {
          const report = makeFallbackReport({
            errorCategory: category,
            errorMessage: messages[0] ?? '',
            attempts: messages.map((message, i) =>
              makeFailedAttempt({ try: i + 1, message, requestId: message, category })
            )
          })
          const diagnosis = diagnose(report, 'sk-aiml-…')
          const check = { ...makeCheck([report]), verdict: outcome }
          const summary = renderSummary(check)
          const comment = renderComment(check, report.configuredModel, {
            runUrl: 'https://x/1',
            now: 'now'
          })
          const terminal = renderTerminal(report, outcome, diagnosis, { color: false })
          expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
          expect(comment.length).toBeLessThan(COMMENT_LIMIT)
          expect(comment.split(marker(report.configuredModel))).toHaveLength(2)
          // Ours only: the marker and the state.
          expect(comment.match(/<!--/g)).toHaveLength(2)
          // eslint-disable-next-line no-control-regex
          expect(terminal).not.toMatch(/\u001b/)
        }
      ),
      { ...RUNS, numRuns: 150 }
    )
  })
})

describe('createRedactor', () => {
  it('leaves no run of 10 characters of the key, wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 20, maxLength: 60 }).filter(k => k.trim() === k && k.length >= 20),
        fc.string(),
        fc.string(),
        fc.nat(),
        fc.nat(),
        (key, before, after, from, length) => {
          const start = from % (key.length - 10)
          const piece = key.slice(start, start + 10 + (length % (key.length - start - 9)))
          const text = createRedactor(key)(`${before}${piece}${after}${key}`)
          for (let i = 0; i + 10 <= key.length; i++)
            expect(text).not.toContain(key.slice(i, i + 10))
        }
      ),
      RUNS
    )
  })
})
