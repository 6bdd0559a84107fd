/**
 * What a 2xx must carry for a capability to count as shown, checked with zod against the tiny
 * schema the request asked for, and which refusals name the feature itself. Pure.
 */
import { z } from 'zod'
import type { Capability } from './capabilities.js'
import type { Usage } from '../read/completion.js'
import { parseJson } from '../read/json.js'
import { PROBE_FUNCTION } from './capability-requests.js'

export type CapabilityCheck =
  | { ok: true; usage: Usage | null; usd: number | null; credits: number | null }
  | { ok: false; message: string }

/** What the tools and json probes ask for: `{ok: boolean}` and nothing else. */
const ProbeObject = z.object({ ok: z.boolean() }).strict()

const UsageShape = z.object({
  prompt_tokens: z.number().nonnegative().optional(),
  completion_tokens: z.number().nonnegative().optional(),
  total_tokens: z.number().nonnegative().optional()
})

const Message = z.object({
  content: z.string().nullish(),
  tool_calls: z
    .array(
      z.object({
        type: z.string().optional(),
        function: z.object({ name: z.string(), arguments: z.string() })
      })
    )
    .nullish()
})
const Completion = z.object({
  choices: z.array(z.object({ message: Message })).min(1),
  usage: UsageShape.nullish()
})

export function checkCapabilityAnswer(capability: Capability, body: string): CapabilityCheck {
  if (capability === 'stream') return checkStream(body)
  const parsed = Completion.safeParse(parseJson(body))
  if (!parsed.success) return { ok: false, message: 'The answer is not a chat completion.' }
  const message = parsed.data.choices[0]!.message
  const usage = readUsage(parsed.data.usage)
  const ok = { ok: true as const, usage, usd: null, credits: null }
  const text = (message.content ?? '').trim()
  switch (capability) {
    case 'tools': {
      const call = (message.tool_calls ?? []).find(c => c.function.name === PROBE_FUNCTION)
      if (!call) {
        return {
          ok: false,
          message: text
            ? `Answered in prose instead of calling ${PROBE_FUNCTION}: ${cut(text)}`
            : `No call of ${PROBE_FUNCTION} in the answer.`
        }
      }
      return fits(call.function.arguments)
        ? ok
        : {
            ok: false,
            message: `The call’s arguments do not fit the schema: ${cut(call.function.arguments)}`
          }
    }
    case 'json':
      if (text === '') return { ok: false, message: 'The JSON answer is empty.' }
      return fits(text)
        ? ok
        : { ok: false, message: `The content is not JSON that fits the schema: ${cut(text)}` }
    case 'vision':
      return text ? ok : { ok: false, message: 'The answer to the image is empty.' }
  }
}

function fits(text: string): boolean {
  return ProbeObject.safeParse(parseJson(text)).success
}

const StreamChunk = z.object({
  choices: z
    .array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() }))
    .nullish(),
  usage: UsageShape.nullish(),
  // AIML puts its own accounting beside OpenAI's `usage` on the last chunk.
  meta: z
    .object({
      usage: z
        .object({ credits_used: z.number().nullish(), usd_spent: z.number().nullish() })
        .passthrough()
        .nullish()
    })
    .nullish(),
  error: z.unknown().optional()
})

/** The `data:` payloads of an event stream, in order. */
function streamEvents(body: string): string[] {
  return body
    .split(/\r?\n/)
    .filter(line => line.startsWith('data:'))
    .map(line => line.slice(5).trim())
}

/** Whether the stream so far holds a non-empty content delta: the first token has come. */
export function hasContentDelta(body: string): boolean {
  return streamEvents(body).some(event => {
    const chunk = StreamChunk.safeParse(parseJson(event))
    return chunk.success && (chunk.data.choices ?? []).some(c => (c.delta?.content ?? '') !== '')
  })
}

function checkStream(body: string): CapabilityCheck {
  const events = streamEvents(body)
  if (events.length === 0) return { ok: false, message: 'The answer is not an event stream.' }
  let usage: Usage | null = null
  let usd: number | null = null
  let credits: number | null = null
  let content = false
  for (const event of events) {
    if (event === '[DONE]') break
    const chunk = StreamChunk.safeParse(parseJson(event))
    if (!chunk.success) continue
    // `error: null` is no error (some servers send the field on every chunk), as carried-error.ts reads it.
    if (chunk.data.error !== undefined && chunk.data.error !== null) {
      return {
        ok: false,
        message: `The stream carried an error: ${cut(JSON.stringify(chunk.data.error))}`
      }
    }
    content ||= (chunk.data.choices ?? []).some(c => (c.delta?.content ?? '') !== '')
    usage = readUsage(chunk.data.usage) ?? usage
    usd = chunk.data.meta?.usage?.usd_spent ?? usd
    credits = chunk.data.meta?.usage?.credits_used ?? credits
  }
  if (!content) {
    return {
      ok: false,
      message: events.every(e => e === '[DONE]')
        ? 'The stream held only [DONE], no content.'
        : 'The stream ended without a content delta.'
    }
  }
  return { ok: true, usage, usd, credits }
}

function readUsage(usage: z.infer<typeof UsageShape> | null | undefined): Usage | null {
  if (!usage) return null
  const promptTokens = usage.prompt_tokens ?? 0
  const completionTokens = usage.completion_tokens ?? 0
  const totalTokens = usage.total_tokens || promptTokens + completionTokens
  return { promptTokens, completionTokens, totalTokens }
}

function cut(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

/**
 * A refusal that names the feature: the route does not offer it (`tools`, `tool_choice`,
 * `response_format`, `json_schema`, `stream`, image input), rather than the probe being wrong.
 */
const FEATURE_WORDS: Readonly<Record<Capability, RegExp>> = {
  tools: /\b(tools?|tool_choice|function[ _]?call(ing)?)\b/i,
  json: /\b(response_format|json_schema|structured[ _]outputs?|json mode)\b/i,
  stream: /\b(stream(ing)?|stream_options)\b/i,
  vision: /\b(image(_url)?s?|vision|multimodal|image input)\b/i
}

export function namesFeature(capability: Capability, status: number, message: string): boolean {
  return (
    status >= 400 &&
    status < 500 &&
    ![401, 402, 403, 429].includes(status) &&
    FEATURE_WORDS[capability].test(message)
  )
}
