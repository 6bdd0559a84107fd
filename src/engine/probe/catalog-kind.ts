/**
 * What kind of model the catalog says an ID is, so that an unprefixed image or embedding model
 * that was asked as chat is asked again at its own endpoint.
 *
 * AIML's `type` is "the endpoint type this model is served through" (models-catalogue.md):
 * `chat-completion`, `image`, `embedding`, `video`, … (complete-model-list.md). Other gateways
 * and older entries spell it otherwise, or carry only `endpoints`, so both are read.
 */
import { findModel, type Catalog, type CatalogEntry } from '../evidence/catalog.js'
import type { ProbedKind } from '../read/kinds.js'
import type { ModelResult } from './probe.js'

/** The `type` spellings of each kind, lower case, `_` and spaces read as `-`. */
const TYPE_SPELLINGS: Record<ProbedKind, readonly string[]> = {
  chat: ['chat-completion', 'chat-completions', 'chat', 'completion', 'text', 'llm', 'language'],
  image: ['image', 'images', 'image-generation', 'text-to-image', 'txt2img'],
  embedding: ['embedding', 'embeddings', 'text-embedding', 'embed']
}

/** The endpoint each kind is served at, as the older entries' `endpoints` list it. */
const ENDPOINTS: Record<ProbedKind, RegExp> = {
  chat: /\/chat\/completions$/,
  image: /\/images\/generations$/,
  embedding: /\/embeddings$/
}

const KINDS = Object.keys(TYPE_SPELLINGS) as ProbedKind[]

/** The kind an entry names, or null when it names none we probe (video, audio…) or nothing. */
function kindOfEntry(entry: Pick<CatalogEntry, 'type' | 'endpoints'>): ProbedKind | null {
  const type = entry.type
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  const byType = KINDS.find(kind => TYPE_SPELLINGS[kind].includes(type))
  if (byType) return byType
  if (type !== '') return null
  const byEndpoint = KINDS.filter(kind => entry.endpoints.some(e => ENDPOINTS[kind].test(e)))
  return byEndpoint.length === 1 ? byEndpoint[0]! : null
}

/**
 * The kind to ask `modelId` as instead of chat, when the catalog calls it an image or an
 * embedding model; null when it calls it chat, names no kind we probe, or does not list it.
 */
function otherKindInCatalog(catalog: Catalog, modelId: string): ProbedKind | null {
  const entry = findModel(catalog, modelId)
  const kind = entry ? kindOfEntry(entry) : null
  return kind === 'chat' ? null : kind
}

/**
 * How a chat completion sent to an image or embedding model comes back: refused as a request,
 * as an unknown model, or answered with something that is not a completion. A billing, key,
 * rate or network failure says nothing about the kind, and never waits for the catalog.
 */
function refusedAsWrongKind(result: ModelResult): boolean {
  const category = result.ok ? null : result.final.category
  return (
    category === 'bad-request' ||
    category === 'model-not-found' ||
    category === 'invalid-response' ||
    category === 'unknown'
  )
}

export interface KindCheck {
  kind: ProbedKind
  /** The configured model's answer: asked again as the catalog's kind when that differed. */
  configured: ModelResult
  /** The chat answer that led to asking again, else null. */
  asChat: ModelResult | null
  catalog: Catalog | null
  /** The catalog was waited for as long as a model-not-found wants: not again. */
  catalogWaited: boolean
}

/**
 * Asked as chat by default and refused as a wrong kind would be: the catalog may say it is an
 * image or an embedding model. Then it is asked again as that kind (and its fallbacks follow as
 * that kind only if it fails there too: an image costs real money).
 */
export async function checkKind(
  spec: { model: string; kind?: ProbedKind; kindDeclared?: boolean },
  first: ModelResult,
  catalog: { wait: () => Promise<Catalog | null>; glance: () => Promise<Catalog | null> },
  ask: (kind: ProbedKind) => Promise<ModelResult>
): Promise<KindCheck> {
  const kind = spec.kind ?? 'chat'
  const unchanged = { kind, configured: first, asChat: null }
  if (kind !== 'chat' || spec.kindDeclared === true || !refusedAsWrongKind(first)) {
    return { ...unchanged, catalog: null, catalogWaited: false }
  }
  // After model-not-found the catalog is waited for anyway; otherwise it gets a glance.
  const catalogWaited = first.final.category === 'model-not-found'
  const listed = await (catalogWaited ? catalog.wait() : catalog.glance())
  const other = listed ? otherKindInCatalog(listed, spec.model) : null
  if (!other) return { ...unchanged, catalog: listed, catalogWaited }
  return {
    kind: other,
    configured: await ask(other),
    asChat: first,
    catalog: listed,
    catalogWaited
  }
}
