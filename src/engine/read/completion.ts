/**
 * A 2xx answer is not yet a working model: it must carry a usable completion. A reasoning model
 * that spent every token thinking (`finish_reason: "length"`, empty text) has answered.
 */
import { htmlTitle, isHtml, titleNote } from './body.js'
import { isRecord } from './json.js'

export interface Usage {
  promptTokens: number
  completionTokens: number
  totalTokens: number
}

export type CompletionCheck =
  | { ok: true; text: string; finishReason: string; usage: Usage | null }
  | { ok: false; category: 'invalid-response' | 'content-filter'; message: string }

export function checkCompletion(status: number, body: string, json: unknown): CompletionCheck {
  const unusable = (message: string): CompletionCheck => ({
    ok: false,
    category: 'invalid-response',
    message
  })
  if (json === undefined) {
    return unusable(
      isHtml(body)
        ? `HTTP ${status} with an HTML page instead of JSON${titleNote(htmlTitle(body))}`
        : `HTTP ${status} with a body that is not JSON: ${body.replace(/\s+/g, ' ').trim().slice(0, 80) || '(empty)'}`
    )
  }
  if (!isRecord(json) || !Array.isArray(json.choices)) {
    return unusable('The response has no `choices`.')
  }
  const choice: unknown = json.choices[0]
  if (!isRecord(choice)) return unusable('The response has an empty `choices` list.')
  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : ''
  const message = isRecord(choice.message) ? choice.message : {}
  const text = typeof message.content === 'string' ? message.content : ''
  const toolCalls = Array.isArray(message.tool_calls) && message.tool_calls.length > 0
  if (finishReason === 'content_filter' && text === '') {
    return {
      ok: false,
      category: 'content-filter',
      message: 'The answer was withheld by the content filter.'
    }
  }
  if (text.trim() === '' && !toolCalls && finishReason !== 'length') {
    return unusable(`The completion is empty (finish_reason: ${finishReason || 'none'}).`)
  }
  return { ok: true, text, finishReason, usage: readUsage(json.usage) }
}

function readUsage(usage: unknown): Usage | null {
  if (!isRecord(usage)) return null
  const count = (value: unknown): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0
  const promptTokens = count(usage.prompt_tokens)
  const completionTokens = count(usage.completion_tokens)
  const total = count(usage.total_tokens)
  return { promptTokens, completionTokens, totalTokens: total || promptTokens + completionTokens }
}
