/**
 * The one small request each capability is probed with, in the OpenAI chat-completions shapes
 * AIML accepts (platform.openai.com/docs/api-reference/chat/create: `tools` and a named
 * `tool_choice`, `response_format: {type: "json_schema", json_schema: {name, strict, schema}}`,
 * `stream_options: {include_usage: true}`, `image_url` content parts taking a data URL).
 */
import type { Capability } from './capabilities.js'
import type { TokenParameter } from '../read/kinds.js'

/** The function a `tools` probe forces, and the object a `json` probe asks for: `{ok: true}`. */
export const PROBE_FUNCTION = 'report_status'
const PROBE_SCHEMA = {
  type: 'object',
  properties: { ok: { type: 'boolean' } },
  required: ['ok'],
  additionalProperties: false
} as const

/** A red 2×2 PNG (75 bytes): the least an image-reading route must decode. */
const PROBE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4z8AARAwQCgAf7gP9Y167WwAAAABJRU5ErkJggg=='

/**
 * A tool call or a JSON object needs a few more tokens than "ok": at least this many, whatever
 * `max-tokens` says, so a short budget does not fail a capability that works.
 */
const STRUCTURED_MIN_TOKENS = 32

/** The request, with its token bound under `parameter` (reasoning models want the newer name). */
export function capabilityRequest(
  capability: Capability,
  model: string,
  maxTokens: number,
  parameter: TokenParameter = 'max_tokens'
): Record<string, unknown> {
  const { max_tokens: bound, ...rest } = requestFor(capability, model, maxTokens)
  return { ...rest, [parameter]: bound }
}

function requestFor(
  capability: Capability,
  model: string,
  maxTokens: number
): Record<string, unknown> & { max_tokens: number } {
  const structured = Math.max(maxTokens, STRUCTURED_MIN_TOKENS)
  switch (capability) {
    case 'tools':
      return {
        model,
        messages: [{ role: 'user', content: `Call ${PROBE_FUNCTION} with ok set to true.` }],
        tools: [
          {
            type: 'function',
            function: {
              name: PROBE_FUNCTION,
              description: 'Reports whether the probe worked.',
              parameters: PROBE_SCHEMA
            }
          }
        ],
        // Forced: with `auto` a model may answer in prose and the probe would pass falsely.
        tool_choice: { type: 'function', function: { name: PROBE_FUNCTION } },
        max_tokens: structured
      }
    case 'json':
      return {
        model,
        messages: [{ role: 'user', content: 'Answer with a JSON object whose "ok" is true.' }],
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'probe_status', strict: true, schema: PROBE_SCHEMA }
        },
        max_tokens: structured
      }
    case 'stream':
      return {
        model,
        messages: [{ role: 'user', content: 'Reply with the single word: ok' }],
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: maxTokens
      }
    case 'vision':
      return {
        model,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What colour is this image? One word.' },
              { type: 'image_url', image_url: { url: PROBE_PNG } }
            ]
          }
        ],
        max_tokens: maxTokens
      }
  }
}
