/**
 * Reads an error body in every shape it may come in, to any depth it needs (bounded), and says
 * who speaks in each part: the gateway in its own envelope, or a provider it relays. The rules
 * read what this gathers; they never walk a body themselves.
 *
 * Shapes seen in the wild (sources in __fixtures__/error-bodies.json): AIML's problem+json
 * `{title, status, message, instance, requestId, timestamp, error: {name, message}}` and its
 * older `{message, path, requestId, statusCode, timestamp}`; OpenAI-style `{error: {...}}`;
 * Anthropic's `{type: "error", error}`; Gemini's top-level array `[{error}]`; FastAPI's
 * `{detail: [{loc, msg, type}]}`; OpenRouter's `metadata.raw` (a JSON string or an object); a
 * provider body quoted inside a gateway's message (`"400 {json}"`, `"…Exception - {json}"`,
 * Python's `{'error': {...}}`), even two levels deep; plain text; HTML.
 */
import { isRecord, parseJson } from './json.js'
import { rawWords } from './raw-words.js'

/** Who speaks at the top level of a body. */
type Voice = 'gateway' | 'relayed' | 'text' | 'html' | 'empty'

/** One message or code, and whether it came from a relayed provider's body. */
export interface Said {
  text: string
  /** Spoken by a provider the gateway relays: its error shape, or a body quoted in a message. */
  relayed: boolean
  /** Quoted inside another body (a message's JSON, OpenRouter's `metadata.raw`). */
  quoted: boolean
}

export interface ReadBody {
  voice: Voice
  /** Messages, outermost first. */
  messages: Said[]
  /** Codes, types, names and statuses, as strings. */
  codes: Said[]
  requestId: string
  /** The `<title>` of an HTML page. */
  htmlTitle: string
  /** A status written inside the body (`statusCode`, `error.code`), for 2xx bodies that carry an error. */
  innerStatus: number | undefined
  /** The body's length: "empty" is said only of none. */
  bytes: number
}

const MAX_DEPTH = 8
const MAX_NODES = 200
const MAX_LIST = 10
const MAX_TEXT = 4_000

const MESSAGE_KEYS = [
  'message',
  'Message',
  'detail',
  'error_description',
  'msg',
  'errorMessage',
  'error_msg'
]
const CODE_KEYS = [
  'code',
  'type',
  'error_code',
  'error_type',
  'errorCode',
  'reason',
  'status',
  'name',
  '__type'
]
const NESTED_KEYS = ['error', 'innererror', 'inner_error', 'errors', 'details', 'detail', 'data']
const HTML = /^\s*(<!doctype html|<html|<\?xml|<head|<body)/i

export function isHtml(body: string): boolean {
  return HTML.test(body)
}

/** Is this record one of the gateway's own envelopes (AIML's current or older one)? */
function isGatewayEnvelope(node: Record<string, unknown>): boolean {
  const problem = typeof node.title === 'string' && node.status !== undefined
  // statusCode is sometimes a string; path and requestId are sometimes missing.
  const older = node.statusCode !== undefined && !isRecord(node.error)
  return problem || older
}

export function readBody(raw: string): ReadBody {
  const read: ReadBody = {
    voice: 'empty',
    messages: [],
    codes: [],
    requestId: '',
    htmlTitle: '',
    innerStatus: undefined,
    bytes: raw.length
  }
  const json = parseJson(raw)
  if (json === undefined) {
    if (raw.trim() === '') return read
    if (isHtml(raw)) {
      read.voice = 'html'
      read.htmlTitle = htmlTitle(raw)
      read.messages.push({ text: htmlText(raw).slice(0, MAX_TEXT), relayed: false, quoted: false })
      return read
    }
    read.voice = 'text'
    // JSON too broken or too deep to parse: its words, not its punctuation.
    const text = /^\s*[{[]/.test(raw) ? rawWords(raw) : raw
    addText(read, text, UNSAID, 0, { nodes: 0, seen: new Set() })
    return read
  }
  // The gateway's own words are its two envelopes; any other shape (an `error` object, a bare
  // `{message}` or `{detail}`, an array) is a provider's, relayed.
  read.voice = isRecord(json) && isGatewayEnvelope(json) ? 'gateway' : 'relayed'
  const walk = { nodes: 0, seen: new Set<unknown>() }
  visit(read, json, { relayed: read.voice === 'relayed', quoted: false }, 0, walk)
  // Stability and Together name the request only by the error body's own `id`.
  if (
    !read.requestId &&
    isRecord(json) &&
    typeof json.id === 'string' &&
    (json.errors ?? json.error)
  )
    read.requestId = json.id
  // Too deep, too large, or no key the walk knows: the body's own words still count.
  const words = read.messages.length === 0 ? rawWords(raw) : ''
  if (/[\p{L}\p{N}]/u.test(words)) read.messages.push({ text: words, ...UNSAID })
  if (isRecord(json))
    read.innerStatus = statusOf(
      json.statusCode ?? json.status ?? (isRecord(json.error) ? json.error.code : json.code)
    )
  return read
}

type Speaker = Omit<Said, 'text'>
const QUOTED: Speaker = { relayed: true, quoted: true }
const UNSAID: Speaker = { relayed: false, quoted: false }

type Walk = { nodes: number; seen: Set<unknown> }

function visit(read: ReadBody, node: unknown, who: Speaker, depth: number, walk: Walk): void {
  if (depth > MAX_DEPTH || walk.nodes >= MAX_NODES || node === null || node === undefined) return
  if (typeof node === 'string') return addText(read, node, who, depth, walk)
  if (Array.isArray(node)) {
    for (const item of node.slice(0, MAX_LIST)) visit(read, item, who, depth + 1, walk)
    return
  }
  if (!isRecord(node) || walk.seen.has(node)) return
  walk.seen.add(node)
  walk.nodes++
  for (const key of MESSAGE_KEYS) {
    if (typeof node[key] === 'string')
      addText(read, withField(node[key], node.loc), who, depth, walk)
  }
  for (const key of CODE_KEYS) {
    const value = node[key]
    if (
      (typeof value === 'string' && value !== '' && value !== 'error') ||
      typeof value === 'number'
    ) {
      read.codes.push({ text: String(value), ...who })
    }
  }
  for (const key of ['request_id', 'requestId', 'request-id']) {
    if (!read.requestId && typeof node[key] === 'string') read.requestId = node[key]
  }
  for (const key of NESTED_KEYS) {
    const value = node[key]
    // A string `error` is a message (`{"error": "Unauthorized"}`); a string `detail` was read above.
    if (key === 'error' && typeof value === 'string') addText(read, value, who, depth, walk)
    else if (typeof value !== 'string') visit(read, value, who, depth + 1, walk)
  }
  if (isRecord(node.metadata)) {
    // OpenRouter: the upstream provider's own body, as a JSON string, an object or plain text.
    const raw = node.metadata.raw
    if (typeof raw === 'string') addText(read, raw, QUOTED, depth + 1, walk)
    else visit(read, raw, QUOTED, depth + 1, walk)
  }
}

/** A message, and any body quoted inside it: that one is a relayed provider's. */
function addText(read: ReadBody, text: string, who: Speaker, depth: number, walk: Walk): void {
  if (text.trim() === '' || walk.nodes >= MAX_NODES) return
  walk.nodes++
  read.messages.push({ text: percentDecoded(text).slice(0, MAX_TEXT), ...who })
  const quoted = quotedBody(text)
  if (quoted !== undefined) visit(read, quoted, QUOTED, depth + 1, walk)
}

/** A FastAPI item says which field it refuses in `loc`: `"Field required (body.prompt)"`. */
function withField(message: string, loc: unknown): string {
  if (!Array.isArray(loc)) return message
  const path = loc.filter(p => typeof p === 'string' || typeof p === 'number').join('.')
  return path ? `${message} (${path.slice(0, 80)})` : message
}

/** JSON (or a Python dict) quoted inside a string: `"400 {\"type\":\"error\",...}"`. */
function quotedBody(text: string): unknown {
  const start = text.indexOf('{')
  const end = text.lastIndexOf('}')
  if (start < 0 || end <= start) return undefined
  const slice = text.slice(start, end + 1)
  const parsed = parseJson(slice) ?? parseJson(pythonToJson(slice))
  return isRecord(parsed) ? parsed : undefined
}

/** Python's repr of a dict, as SDK exceptions print it: good enough for the common case. */
function pythonToJson(text: string): string {
  if (!/^\{\s*'/.test(text)) return ''
  return text
    .replace(/\\'/g, '\uE000')
    .replace(/'/g, '"')
    .replace(/\uE000/g, "'")
    .replace(/\bNone\b/g, 'null')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
}

/** Some providers percent-encode their message (xAI: `Incorrect%20API%20key%20provided`). */
function percentDecoded(text: string): string {
  if (!/%20|%3A/i.test(text)) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function statusOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value < 600)
    return value
  if (typeof value === 'string' && /^\d{3}$/.test(value)) return Number(value)
  return undefined
}

/** The `<title>` of an HTML page, on one line, or ''. */
export function htmlTitle(html: string): string {
  return /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim() ?? ''
}

/** A page's title as a message adds it: ` ("502: Bad gateway")`, cut; '' when there is none. */
export function titleNote(title: string): string {
  return title ? ` ("${title.slice(0, 120)}")` : ''
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
