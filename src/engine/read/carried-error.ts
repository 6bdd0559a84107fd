/**
 * A 2xx that carries an error instead of an answer. Once a gateway has sent `200` it cannot take
 * the status back, so a failure that comes later arrives in the body, in one of these shapes:
 *
 * - an event stream whose event says so: `event: error` / `data: {"type": "error", "error": …}`
 *   (Anthropic, OpenAI's Responses API) or a chunk with a top-level `error` (OpenRouter's
 *   mid-stream errors, vLLM's `{object: "error"}`);
 * - a JSON object with an `error` (OpenRouter, vLLM);
 * - a JSON object that names a failure by its own code beside a message, with no answer in it:
 *   Baidu's `{error_code, error_msg}`, GigaChat's `{status: 429, message}`, gateways that always
 *   answer 200 with `{code, message}` (sources in __fixtures__/error-bodies-v3.json).
 *
 * What is returned is the error's own text, for body.ts to read like any other error body.
 */
import { isRecord, parseJson } from './json.js'

/** The error a 2xx body carries, as text to read, or `undefined` when it carries none. */
export function carriedError(body: string, contentType = ''): string | undefined {
  // Some gateways label a plain JSON error `text/event-stream`: the body decides, not the label.
  const json = parseJson(body)
  if (isRecord(json)) return carriesError(json) ? body : undefined
  return isEventStream(body, contentType) ? streamError(body) : undefined
}

/** Keys whose presence means the body is an answer, whatever else it holds. */
const ANSWER_KEYS = ['choices', 'data', 'output', 'candidates', 'content', 'embeddings', 'images']

function carriesError(json: Record<string, unknown>): boolean {
  if (json.object === 'error') return true
  const error = json.error
  if (isRecord(error) || (typeof error === 'string' && error !== '')) return true
  if (ANSWER_KEYS.some(key => json[key] !== undefined && json[key] !== null)) return false
  const message = json.message ?? json.error_msg ?? json.msg
  if (typeof message !== 'string' || message.trim() === '') return false
  return [json.error_code, json.status, json.code].some(failureCode)
}

/** A code that names a failure: not absent, not zero, not a 2xx, not `true` or "ok". */
function failureCode(code: unknown): boolean {
  if (typeof code === 'number') return code !== 0 && (code < 200 || code > 299)
  if (typeof code === 'string') return !/^(0|2\d\d|ok|success)?$/i.test(code.trim())
  return false
}

function isEventStream(body: string, contentType: string): boolean {
  return (
    /text\/event-stream/i.test(contentType) || /^(event|data|id|retry)?:/.test(body.trimStart())
  )
}

/** The data of the first event that is an error, as JSON text (or the raw data, if not JSON). */
function streamError(body: string): string | undefined {
  for (const event of body.split(/\r?\n\r?\n/)) {
    const lines = event.split(/\r?\n/)
    const name =
      lines
        .find(l => l.startsWith('event:'))
        ?.slice(6)
        .trim() ?? ''
    const data = lines
      .filter(l => l.startsWith('data:'))
      .map(l => l.slice(5).trimStart())
      .join('\n')
    if (data === '' || data === '[DONE]') continue
    const json = parseJson(data)
    if (isRecord(json) && (json.type === 'error' || carriesError(json))) return data
    if (name === 'error') return data
  }
  return undefined
}
