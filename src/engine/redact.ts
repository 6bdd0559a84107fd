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
  // Case folded: a server may echo the key upper-cased.
  const folded = foldAscii(key)
  const pieces = new Set<string>()
  for (let i = 0; i + MIN_PIECE <= folded.length; i++) pieces.add(folded.slice(i, i + MIN_PIECE))
  return text => {
    if (text.length < MIN_PIECE) return text
    const haystack = foldAscii(text)
    // Mark every character covered by a 10-character window that is a piece of the key; a
    // longer run of the key is a chain of overlapping windows.
    let covered = -1
    const ranges: Array<[number, number]> = []
    for (let i = 0; i + MIN_PIECE <= text.length; i++) {
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
      out += text.slice(from, start) + REDACTED
      from = end
    }
    return out + text.slice(from)
  }
}

/** Lower-cases ASCII letters only, so that every index still points at the same character. */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, c => c.toLowerCase())
}

/** The first characters of the key that a support request may show (at most 8). */
export function keyHint(secret: string): string {
  const key = secret.trim()
  return key.length > 12 ? `${key.slice(0, 8)}…` : '(hidden)'
}
