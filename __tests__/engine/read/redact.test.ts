import { describe, expect, it } from '@jest/globals'
import { createRedactor, keyHint, LOOPBACK_KEY, REDACTED } from '../../../src/engine/read/redact.js'

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

  it('hints at no key when the CLI sent the loopback placeholder', () => {
    expect(keyHint(LOOPBACK_KEY)).toBe('(no key: a loopback server)')
  })
})

describe('the key as a server may echo it', () => {
  // Its base64 holds '+' and '/' at every alignment, so the URL-safe forms differ.
  const key = 'sk-aiml-9f3c~?>b7e1a4d8c6b5e0f2a9d7c3b1e8f'
  const redact = createRedactor(key)
  const base64 = (prefix: string) => Buffer.from(prefix + key).toString('base64')
  const urlSafe = (prefix: string) => Buffer.from(prefix + key).toString('base64url')
  const percentAll = [...Buffer.from(key)].map(b => `%${b.toString(16).padStart(2, '0')}`).join('')
  const hex = Buffer.from(key).toString('hex')
  const split = (zw: string) => [...key].join(zw)

  it.each([
    ['base64', base64('')],
    ['base64 after one byte', base64('x')],
    ['base64 after two bytes', base64('xy')],
    ['URL-safe base64', urlSafe('')],
    ['URL-safe base64 after one byte', urlSafe('x')],
    ['URL-safe base64 after two bytes', urlSafe('xy')],
    ['percent-encoding of what needs it', encodeURIComponent(key)],
    ['percent-encoding of every byte', percentAll],
    ['percent-encoding of every byte, upper case', percentAll.toUpperCase()],
    ['hex', hex],
    ['hex, upper case', hex.toUpperCase()],
    ['split by zero-width spaces', split('\u200b')],
    ['split by zero-width joiners', split('\u200d')],
    ['split by non-joiners and word joiners', [...key].join('\u200c\u2060')],
    ['split by byte-order marks', split('\ufeff')],
    ['split by soft hyphens', split('\u00ad')]
  ])('hides it as %s', (_name, form) => {
    // A few characters at the edges of a base64 form also carry the bytes around the key.
    expect(redact(`echo ${form} end`)).toMatch(/^echo .{0,3}\*\*\* ?.{0,3} end$/su)
    expect(redact(`echo ${form} end`)).toContain(REDACTED)
  })

  it('hides any piece of 10 characters of an encoded form', () => {
    expect(redact(`x ${hex.slice(7, 17)} y`)).toBe(`x ${REDACTED} y`)
    expect(redact(`x ${base64('x').slice(20, 30)} y`)).toBe(`x ${REDACTED} y`)
    expect(redact(`x ${percentAll.slice(31, 41)} y`)).toBe(`x ${REDACTED} y`)
  })

  it('hides the key split by zero-width characters inside other text', () => {
    const text = `key: ${key.slice(0, 6)}\u200b${key.slice(6, 20)}\u00ad${key.slice(20)}. Bye.`
    expect(redact(text)).toBe(`key: ${REDACTED}. Bye.`)
  })

  it('leaves other encoded text and the zero-width spaces we write ourselves alone', () => {
    const other = Buffer.from('an entirely different value, 0123456789').toString('base64')
    expect(redact(`id ${other}`)).toBe(`id ${other}`)
    expect(redact('deadbeefcafe0123456789')).toBe('deadbeefcafe0123456789')
    expect(redact('@\u200bteam :\u200b//x')).toBe('@\u200bteam :\u200b//x')
  })
})
