/**
 * What an application may need of a chat model besides an answer, as data: the names the
 * `require` input and a `models` line's `+NAME` tokens take, and the word AIML's catalog uses
 * for each when asked with `?include=capabilities` (docs.aimlapi.com,
 * api-references/service-endpoints/complete-model-list.md: `tools`, `structured_output`,
 * `streaming`, `vision`).
 */
export const CAPABILITIES = [
  {
    id: 'tools',
    catalogWord: 'tools',
    words: 'tools (a forced function call)',
    asked: 'a forced function call'
  },
  {
    id: 'json',
    catalogWord: 'structured_output',
    words: 'JSON (a strict `json_schema`)',
    asked: 'a strict `json_schema` answer'
  },
  {
    id: 'stream',
    catalogWord: 'streaming',
    words: 'a stream that carries content',
    asked: 'a streamed answer with content'
  },
  { id: 'vision', catalogWord: 'vision', words: 'image input', asked: 'a tiny PNG as a data URL' }
] as const

export type Capability = (typeof CAPABILITIES)[number]['id']

export const CAPABILITY_IDS: readonly Capability[] = CAPABILITIES.map(c => c.id)

/** How one capability came out: `ok`, `missing` (the model answers without it), or a category. */
export type CapabilityState = 'ok' | 'missing' | string

export function isCapability(value: string): value is Capability {
  return (CAPABILITY_IDS as readonly string[]).includes(value)
}

export function capabilityInfo(id: Capability): (typeof CAPABILITIES)[number] {
  return CAPABILITIES.find(c => c.id === id)!
}

/** In the order of CAPABILITIES, each once, so that a report reads the same every run. */
export function inOrder(names: Iterable<Capability>): Capability[] {
  const wanted = new Set(names)
  return CAPABILITY_IDS.filter(id => wanted.has(id))
}

/**
 * `require`: names separated by commas, spaces or new lines, in any case; or a sentence saying
 * which are unknown, with the list of valid ones.
 */
export function parseRequirements(value: string): Capability[] | string {
  const names = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  const unknown = names.filter(n => !isCapability(n))
  if (unknown.length > 0) {
    const quoted = unknown.map(n => `'${n.slice(0, 40)}'`).join(', ')
    return `has unknown ${unknown.length > 1 ? 'capabilities' : 'capability'} ${quoted} (valid names: ${CAPABILITY_IDS.join(', ')}).`
  }
  return inOrder(names as Capability[])
}
