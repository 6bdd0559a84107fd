/**
 * The words of a body the reader could not walk: nested deeper or larger than its bounds, or
 * without any key it knows. Classified from these and the status, never called empty.
 */

/** What is kept of the raw text, as every message is. */
const MAX_TEXT = 4_000
/** Values kept: a body of a million keys says what it says in its first ones. */
const MAX_VALUES = 50
/**
 * Every JSON string in order (keys too, so that the scan never starts inside one), and whether
 * a `:` follows it: a key, not a value.
 */
const STRING = /"((?:[^"\\\n]|\\.)*)"(\s*:)?/g
/** A value longer than this is cut. */
const MAX_VALUE = 500

export function rawWords(raw: string): string {
  // The whole body is searched (the transport bounds it at 1 MB): a deep body's words sit in
  // its middle.
  const values: string[] = []
  const keys: string[] = []
  for (const match of raw.matchAll(STRING)) {
    const into = match[2] === undefined ? values : keys
    if (into.length >= MAX_VALUES) continue
    const value = unquote(match[1] ?? '').slice(0, MAX_VALUE)
    if (value.trim() !== '' && !into.includes(value)) into.push(value)
    if (values.length >= MAX_VALUES) break
  }
  // A body cut before its first value still names its keys.
  const found = values.length > 0 ? values : keys
  const words = found.length > 0 ? found.join(' ') : raw.slice(0, MAX_TEXT).replace(/\s+/g, ' ')
  return words.trim().slice(0, MAX_TEXT)
}

function unquote(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string
  } catch {
    return value
  }
}
