/** Reading JSON that servers send: anything may arrive, so nothing here throws. */

/** The parsed object or array, or `undefined` for anything else (text, HTML, broken JSON). */
export function parseJson(text: string): unknown {
  const trimmed = text.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return undefined
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A list as feeds send one: a bare array, or an array under one of `keys` (`{data: [...]}`). */
export function listIn(json: unknown, keys: readonly string[]): unknown[] | null {
  if (Array.isArray(json)) return json
  if (!isRecord(json)) return null
  const key = keys.find(k => Array.isArray(json[k]))
  return key === undefined ? null : (json[key] as unknown[])
}
