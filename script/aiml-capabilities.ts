/**
 * How the simulator answers the capability probes: healthy as AIML does (a forced tool call,
 * strict JSON, an OpenAI-shaped event stream with a usage chunk, a word about an image) and
 * each way a route fails them. Data and small builders only; aiml-sim.ts routes to them.
 */
import { randomUUID } from 'node:crypto'
import { aimlError, completion, costHeaders, COMPLETION_USD, CREDITS_PER_USD } from './aiml-api.ts'
import type { Reply } from './aiml-api.ts'

export type CapabilityName = 'tools' | 'json' | 'stream' | 'vision'

/** Which capability a chat request probes, by its shape; null for a plain request. */
export function capabilityAsked(body: Readonly<Record<string, unknown>>): CapabilityName | null {
  if (Array.isArray(body.tools)) return 'tools'
  if (body.response_format !== undefined) return 'json'
  if (body.stream === true) return 'stream'
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : []
  const image = messages.some(
    m =>
      Array.isArray((m as { content?: unknown }).content) &&
      ((m as { content: unknown[] }).content as { type?: unknown }[]).some(
        part => part.type === 'image_url'
      )
  )
  return image ? 'vision' : null
}

function toolName(body: Readonly<Record<string, unknown>>): string {
  const tools = body.tools as { function?: { name?: string } }[] | undefined
  return tools?.[0]?.function?.name ?? 'report_status'
}

function toolCallReply(model: string, name: string, args: string): Reply {
  const { choices: _plain, ...json } = completion(model, '', 'tool_calls')
  const call = {
    id: `call_${randomUUID().slice(0, 8)}`,
    type: 'function',
    function: { name, arguments: args }
  }
  const message = { role: 'assistant', content: null, tool_calls: [call] }
  return {
    json: { ...json, choices: [{ index: 0, message, finish_reason: 'tool_calls' }] },
    headers: costHeaders(COMPLETION_USD)
  }
}

/**
 * An OpenAI-shaped stream: a role delta, the content, the finish, then (asked with
 * `include_usage`) a chunk with empty `choices` and `usage`, where AIML adds `meta.usage`.
 * No cost headers: AIML sends them on non-streaming responses only.
 */
export function streamReply(
  model: string,
  pieces: readonly string[] = ['o', 'k'],
  delayMs = 0
): Reply {
  const id = `chatcmpl-${randomUUID()}`
  const chunk = (delta: unknown, finish: string | null = null) => ({
    id,
    object: 'chat.completion.chunk',
    model,
    choices: [{ index: 0, delta, finish_reason: finish }]
  })
  const events = [
    chunk({ role: 'assistant', content: '' }),
    ...pieces.map(p => chunk({ content: p })),
    chunk({}, 'stop'),
    {
      id,
      object: 'chat.completion.chunk',
      model,
      choices: [],
      usage: {
        prompt_tokens: 12,
        completion_tokens: pieces.length,
        total_tokens: 12 + pieces.length
      },
      meta: {
        usage: {
          usd_spent: COMPLETION_USD,
          credits_used: Math.round(COMPLETION_USD * CREDITS_PER_USD)
        }
      }
    }
  ]
  return {
    headers: { 'content-type': 'text/event-stream', 'x-request-id': randomUUID() },
    text: [...events.map(e => `data: ${JSON.stringify(e)}\n\n`), 'data: [DONE]\n\n'].join(''),
    ...(delayMs > 0 ? { delayMs } : {})
  }
}

export function healthyCapability(
  capability: CapabilityName,
  model: string,
  body: Readonly<Record<string, unknown>>
): Reply {
  switch (capability) {
    case 'tools':
      return toolCallReply(model, toolName(body), '{"ok":true}')
    case 'json':
      return { json: completion(model, '{"ok":true}'), headers: costHeaders(COMPLETION_USD) }
    case 'stream':
      return streamReply(model)
    case 'vision':
      return { json: completion(model, 'Red'), headers: costHeaders(COMPLETION_USD) }
  }
}

/** Each way a route fails a capability, as the stories and tests name them. */
export const CAPABILITY_FAILURES = {
  /** `tool_choice` ignored: the model answers in words. */
  toolsInProse: (model: string): Reply => ({
    json: completion(model, 'Sure, everything is ok!'),
    headers: costHeaders(COMPLETION_USD)
  }),
  /** A call whose arguments break the schema. */
  toolsBadArguments: (model: string): Reply =>
    toolCallReply(model, 'report_status', '{"status":"fine"}'),
  /** `response_format` ignored. */
  jsonInProse: (model: string): Reply => ({
    json: completion(model, 'Yes, ok is true.'),
    headers: costHeaders(COMPLETION_USD)
  }),
  /** A stream of nothing but the end. */
  streamOnlyDone: (): Reply => ({
    headers: { 'content-type': 'text/event-stream' },
    text: 'data: [DONE]\n\n'
  }),
  /** The route refuses the feature by name. */
  toolsRefused: (): Reply =>
    aimlError(400, 'tools is not supported for this model (tool_choice is not allowed)'),
  visionRefused: (): Reply => aimlError(400, 'This model does not support image input')
} as const
