/**
 * An application's model table, as the `models` input (or `--models`) writes it: one model a
 * line, `ID` or `ID -> FALLBACK, FALLBACK`, with an optional kind prefix (`image:flux/schnell`).
 * Blank lines and `#` comments are ignored.
 */
import { CAPABILITY_IDS, inOrder, isCapability, type Capability } from '../probe/capabilities.js'
import { MODEL_ID } from '../evidence/catalog.js'
import { PROBED_KINDS, type ProbedKind } from '../read/kinds.js'
import { quote } from '../read/redact.js'

/**
 * Kinds a line may declare that have no cheap probe: listed, so that `audio:whisper-1` reads as
 * a declared kind rather than a model ID with a colon. They are skipped with a warning.
 */
const SKIPPED_KINDS = [
  'audio',
  'speech',
  'tts',
  'stt',
  'video',
  'music',
  'rerank',
  'moderation',
  'ocr'
] as const
export type Kind = ProbedKind | (typeof SKIPPED_KINDS)[number]

export interface ModelSpec {
  id: string
  kind: Kind
  /** The kind came from a prefix; otherwise it is chat by default and the catalog may correct it. */
  declared: boolean
  fallbacks: string[]
  /** What the model must show besides answering (`+tools` on its line, or `require`); absent: none. */
  require?: Capability[]
  /** Written as a line of the `models` input; absent: the `model` input (or built in code). */
  line?: true
  /** The `+NAME` tokens written on that line, which `require` does not include. */
  lineRequire?: Capability[]
}

const MAX_MODELS = 20
const MAX_FALLBACKS = 20
const PREFIX = new RegExp(`^(${[...PROBED_KINDS, ...SKIPPED_KINDS].join('|')}):(.+)$`, 'i')
/** A kind and nothing after it: `chat:` is no ID, though the ID pattern would take it. */
const BARE_PREFIX = new RegExp(`^(${[...PROBED_KINDS, ...SKIPPED_KINDS].join('|')}):\\s*$`, 'i')

export function isProbed(kind: Kind): kind is ProbedKind {
  return (PROBED_KINDS as readonly string[]).includes(kind)
}

/** Splits a kind prefix off an ID; only the known kind words count, since IDs contain `:`. */
export function splitKind(text: string): { id: string; kind: Kind; declared: boolean } {
  const match = PREFIX.exec(text.trim())
  if (!match) return { id: text.trim(), kind: 'chat', declared: false }
  return { id: match[2]!.trim(), kind: match[1]!.toLowerCase() as Kind, declared: true }
}

/**
 * `ID +tools +json`: the ID (with its kind prefix) and the `+NAME` tokens after it, each after a
 * space (an ID may hold a `+` of its own); or a sentence naming the unknown ones.
 */
function splitRequirements(text: string): { head: string; require: Capability[] } | string {
  const [head = '', ...tokens] = text.trim().split(/\s+\+/)
  const names = tokens.map(t => t.trim().toLowerCase())
  const unknown = names.filter(n => !isCapability(n))
  if (unknown.length > 0) {
    return `has unknown ${unknown.length > 1 ? 'requirements' : 'requirement'} ${unknown.map(n => quote(`+${n}`)).join(', ')} (valid: ${CAPABILITY_IDS.map(c => `+${c}`).join(', ')})`
  }
  return { head, require: inOrder(names as Capability[]) }
}

/** Every chat model also needs what `require` names for all of them. */
export function withRequirements(
  specs: readonly ModelSpec[],
  everyChatModel: readonly Capability[]
): ModelSpec[] {
  return specs.map(spec => {
    if (spec.kind !== 'chat') return spec
    const require = inOrder([...(spec.require ?? []), ...everyChatModel])
    return require.length > 0 ? { ...spec, require } : spec
  })
}

/** `fallback-models`: IDs separated by commas or new lines, duplicates dropped. */
export function parseModelList(value: string): string[] | string {
  const ids = [
    ...new Set(
      value
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean)
    )
  ]
  if (ids.length > MAX_FALLBACKS)
    return `accepts at most ${MAX_FALLBACKS} model IDs; got ${ids.length}.`
  const bad = ids.find(id => !MODEL_ID.test(id))
  if (bad !== undefined) {
    return `must be model IDs separated by commas or new lines, such as 'gpt-4o, openai/gpt-4o-mini'; ${quote(bad)} is not a model ID.`
  }
  return ids
}

/** The table, or a sentence saying what is wrong with it (for the input's refusal). */
export function parseModelTable(text: string): ModelSpec[] | string {
  const specs: ModelSpec[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (line === '') continue
    const where = `line ${index + 1}`
    const [whole = '', tail, ...extra] = line.split('->')
    if (extra.length > 0) return `has more than one '->' on ${where}.`
    const needs = splitRequirements(whole)
    if (typeof needs === 'string') return `${needs} on ${where}.`
    const head = needs.head
    const { id, kind, declared } = splitKind(head)
    if (BARE_PREFIX.test(head.trim())) {
      return `has only a kind on ${where}, no model ID: ${quote(head.trim())}; write the ID after it, as in 'chat:gpt-4o'.`
    }
    if (!MODEL_ID.test(id)) {
      return `must list model IDs, one a line as 'ID' or 'ID -> FALLBACK, FALLBACK'; ${where} is not a model ID: ${quote(head.trim())}.`
    }
    if (needs.require.length > 0 && kind !== 'chat') {
      return `asks ${needs.require.map(n => `+${n}`).join(' ')} of '${id}' on ${where}, a ${kind} model: requirements are for chat models only.`
    }
    const fallbacks = (tail ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean)
    const bad = fallbacks.find(f => !MODEL_ID.test(f))
    if (bad !== undefined)
      return `has a fallback on ${where} that is not a model ID: ${quote(bad)}.`
    if (fallbacks.length > MAX_FALLBACKS) {
      return `accepts at most ${MAX_FALLBACKS} fallbacks a model; ${where} has ${fallbacks.length}.`
    }
    if (specs.some(s => s.id === id)) return `lists '${id}' twice (${where}); each model once.`
    specs.push({
      id,
      kind,
      declared,
      fallbacks: [...new Set(fallbacks)].filter(f => f !== id),
      ...(needs.require.length > 0 ? { require: needs.require, lineRequire: needs.require } : {}),
      line: true
    })
  }
  if (specs.length > MAX_MODELS) {
    return `accepts at most ${MAX_MODELS} models; got ${specs.length}. Split the table over two steps.`
  }
  return specs
}

/**
 * Every configured model: the table when there is one, else the one `model` with its
 * fallbacks. A table beside a `model` or `fallback-models` that differs from its default is
 * ambiguous: which did the user mean?
 */
export function configuredModels(
  table: readonly ModelSpec[] | null,
  single: { model: string; fallbacks: readonly string[] },
  defaults: { model: string; fallbacks: readonly string[] }
): readonly ModelSpec[] | 'ambiguous' {
  const fallbacks = single.fallbacks.filter(m => m !== single.model)
  if (table === null) return [{ id: single.model, kind: 'chat', declared: false, fallbacks }]
  const sameFallbacks =
    single.fallbacks.join(',') ===
    defaults.fallbacks
      .map(s => s.trim())
      .filter(Boolean)
      .join(',')
  return single.model === defaults.model && sameFallbacks ? table : 'ambiguous'
}
