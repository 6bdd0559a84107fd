/**
 * Redaction of the API key from text that leaves the action. A server may echo the key (or part
 * of it) in an error body or a header, so exact matching is not enough: any run of 10 or more
 * characters of the key is replaced, wherever it stands. Every outbound text passes through
 * here, so this is also the safety net that strips control characters from it.
 */
import { stripControls, type NetOptions } from './api-text.js'

export type Redactor = (text: string) => string

const MIN_PIECE = 10
export const REDACTED = '***'

export function createRedactor(secret: string, options: NetOptions = {}): Redactor {
  const redactKey = keyRedactor(secret.trim())
  return text => redactKey(stripControls(text, options))
}

function keyRedactor(key: string): Redactor {
  if (key.length < MIN_PIECE) {
    // Too short for pieces to be told from ordinary text; hide the whole key only.
    return text => (key === '' ? text : text.split(key).join(REDACTED))
  }
  // Case folded: a server may echo the key upper-cased (or its hex in either case).
  const pieces = new Set<string>()
  for (const form of echoForms(key)) {
    const folded = foldAscii(form)
    for (let i = 0; i + MIN_PIECE <= folded.length; i++) pieces.add(folded.slice(i, i + MIN_PIECE))
  }
  return text => {
    if (text.length < MIN_PIECE) return text
    // Zero-width characters between the key's characters hide nothing: look through them.
    const { visible, at } = withoutZeroWidth(text)
    const haystack = foldAscii(visible)
    // Mark every character covered by a 10-character window that is a piece of the key; a
    // longer run of the key is a chain of overlapping windows.
    let covered = -1
    const ranges: Array<[number, number]> = []
    for (let i = 0; i + MIN_PIECE <= haystack.length; i++) {
      if (!pieces.has(haystack.slice(i, i + MIN_PIECE))) continue
      const end = i + MIN_PIECE
      const last = ranges.at(-1)
      if (last && i <= covered) last[1] = end
      else ranges.push([i, end])
      covered = end
    }
    if (ranges.length === 0) return text
    let out = ''
    let from = 0
    for (const [start, end] of ranges) {
      const [first, last] = at ? [at[start]!, at[end - 1]! + 1] : [start, end]
      out += text.slice(from, first) + REDACTED
      from = last
    }
    return out + text.slice(from)
  }
}

/**
 * The key as a server may echo it: as it is, percent-encoded (what needs it, or every byte),
 * in hex, and in base64 and base64url at each of the three alignments the bytes before it may
 * give. Of a base64 form only the characters made of the key's bits alone count: the first one
 * or two also carry the byte before the key, the last one the byte after it.
 */
function echoForms(key: string): string[] {
  const bytes = Buffer.from(key, 'utf8')
  const everyByte = [...bytes].map(b => `%${b.toString(16).padStart(2, '0')}`).join('')
  const forms = [key, encodeURIComponent(key), everyByte, bytes.toString('hex')]
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const first = Math.ceil((8 * offset) / 6)
    const end = Math.floor((8 * (offset + bytes.length)) / 6)
    const core = encoded.slice(first, end)
    forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/** Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u00ad\u200b-\u200d\u2060\ufeff]/g

/** The text without zero-width characters, and where each remaining character stood. */
function withoutZeroWidth(text: string): { visible: string; at: Int32Array | null } {
  const visible = text.replace(ZERO_WIDTH, '')
  if (visible.length === text.length) return { visible, at: null }
  const at = new Int32Array(visible.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const zeroWidth = c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
    if (!zeroWidth) at[n++] = i
  }
  return { visible, at }
}

/** Lower-cases ASCII letters only, so that every index still points at the same character. */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, c => c.toLowerCase())
}

/**
 * Sent as the key to a loopback base URL when none is set (the CLI against the simulator): no
 * real key to hint at in the support message.
 */
export const LOOPBACK_KEY = 'no-key-for-loopback'

/** The hint when no key was sent, which the diagnosis reads as "no key". */
export const LOOPBACK_HINT = '(no key: a loopback server)'

/** How many of the key's first characters may ever be shown: fewer than a redacted piece. */
export const SHOWN_KEY_CHARS = 8

/** The first characters of the key that a support request may show. */
export function keyHint(secret: string): string {
  const key = secret.trim()
  if (key === LOOPBACK_KEY) return LOOPBACK_HINT
  return key.length > 12 ? `${key.slice(0, SHOWN_KEY_CHARS)}…` : '(hidden)'
}

/** Quotes a user's value for an error message, cut so a pasted secret cannot fill the log. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ')
  return `'${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}'`
}
