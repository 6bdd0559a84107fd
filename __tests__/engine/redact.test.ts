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
