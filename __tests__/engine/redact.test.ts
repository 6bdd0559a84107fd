import { describe, expect, it } from '@jest/globals'
import { createRedactor, keyHint, REDACTED } from '../../src/engine/redact.js'

const KEY = 'sk-aiml-3f9c2b7e1a4d8c6b5e0f2a9d7c3b1e8f'

describe('createRedactor', () => {
  const redact = createRedactor(KEY)

  it('hides the whole key', () => {
    expect(redact(`Invalid key ${KEY}.`)).toBe(`Invalid key ${REDACTED}.`)
  })

  it('hides any run of 10 or more of its characters', () => {
    const piece = KEY.slice(12, 24)
    expect(redact(`key ending ...${piece}`)).toBe(`key ending ...${REDACTED}`)
    expect(redact(KEY.slice(3, 13))).toBe(REDACTED)
  })

  it('hides the key echoed in another case', () => {
    expect(redact(`KEY=${KEY.toUpperCase()}`)).toBe(`KEY=${REDACTED}`)
  })

  it('leaves 9-character fragments and other text alone', () => {
    expect(redact(KEY.slice(3, 12))).toBe(KEY.slice(3, 12))
    expect(redact('nothing to see')).toBe('nothing to see')
  })

  it('hides every occurrence, overlapping runs as one', () => {
    const text = `${KEY}${KEY} and ${KEY.slice(0, 15)}`
    expect(redact(text)).toBe(`${REDACTED} and ${REDACTED}`)
  })

  // SPEC: API text loses control characters, ANSI escapes and bidi controls before it reaches
  // any outbound text; the redactor is the net every outbound text passes through.
  it('is a safety net for controls, keeping the newlines of Markdown', () => {
    expect(redact('## a\n\u001b[31mred\u001b[0m \u202eevil\r\nnext\u0007')).toBe(
      '## a\nred evil\nnext'
    )
  })

  it('keeps the colour the CLI paints, when asked', () => {
    const painted = '\u001b[32mPASS\u001b[0m\u001b]0;title\u0007'
    expect(createRedactor(KEY, { keepColour: true })(painted)).toBe('\u001b[32mPASS\u001b[0m')
  })

  it('still hides a short key exactly', () => {
    expect(createRedactor('abc123')('x abc123 y')).toBe(`x ${REDACTED} y`)
  })
})

describe('keyHint', () => {
  it('shows at most 8 characters', () => {
    expect(keyHint(KEY)).toBe('sk-aiml-…')
    expect(keyHint('short')).toBe('(hidden)')
  })
})
