/**
 * How each kind of model is asked, as cheaply as its documented schema allows, and what a 2xx
 * must carry to count as an answer. Errors of every kind go through the same classifier.
 */
import type OpenAI from 'openai'
import { checkCompletion, type CompletionCheck } from './completion.js'
import { isRecord } from './json.js'

/** Kinds the probe knows how to ask, each through its own endpoint. */
export const PROBED_KINDS = ['chat', 'image', 'embedding'] as const
export type ProbedKind = (typeof PROBED_KINDS)[number]

export type TokenParameter = 'max_tokens' | 'max_completion_tokens'

export interface ProbeText {
  prompt: string
  maxTokens: number
  parameter: TokenParameter
}

/** Sends the probe; the transport under the client records what came back. */
export async function sendProbe(
  client: OpenAI,
  kind: ProbedKind,
  model: string,
  text: ProbeText
): Promise<void> {
  switch (kind) {
    case 'chat':
      await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: text.prompt }],
        [text.parameter]: text.maxTokens
      })
      return
    case 'embedding':
      // One word, as floats: the cheapest embedding there is.
      await client.embeddings.create({ model, input: 'ok', encoding_format: 'float' })
      return
    case 'image':
      // An image costs real money: one, at the smallest size the model family documents.
      await client.images.generate(imageRequest(model, text.prompt) as never)
      return
  }
}

/**
 * AIML's image schemas differ by family: Flux takes `image_size` and `num_images`
 * (docs.aimlapi.com/api-references/image-models/black-forest-labs), OpenAI's models `size` and
 * `n` (dall-e-2's smallest is 256x256; dall-e-3 and gpt-image have no smaller than their default).
 */
function imageRequest(model: string, prompt: string): Record<string, unknown> {
  if (/(^|\/)flux/i.test(model)) return { model, prompt, num_images: 1, image_size: 'square' }
  if (/dall-e-2/i.test(model)) return { model, prompt, n: 1, size: '256x256' }
  return { model, prompt, n: 1 }
}

/** The 2xx check for each kind. */
export function checkAnswer(
  kind: ProbedKind,
  status: number,
  body: string,
  json: unknown
): CompletionCheck {
  if (kind === 'chat' || json === undefined) return checkCompletion(status, body, json)
  const unusable = (message: string): CompletionCheck => ({
    ok: false,
    category: 'invalid-response',
    message
  })
  if (kind === 'embedding') {
    const first = isRecord(json) && Array.isArray(json.data) ? json.data[0] : undefined
    const vector = isRecord(first) ? first.embedding : undefined
    const ok =
      (Array.isArray(vector) && vector.length > 0 && vector.every(n => typeof n === 'number')) ||
      (typeof vector === 'string' && vector.length > 0)
    return ok
      ? { ok: true, text: '', finishReason: '', usage: null }
      : unusable('The response carries no embedding vector.')
  }
  const list = isRecord(json) ? (json.data ?? json.images) : undefined
  const image = Array.isArray(list) ? list[0] : undefined
  const ok =
    isRecord(image) &&
    ((typeof image.url === 'string' && image.url !== '') ||
      (typeof image.b64_json === 'string' && image.b64_json !== ''))
  return ok
    ? { ok: true, text: '', finishReason: '', usage: null }
    : unusable('The response carries no image (no `data[]` or `images[]` with a URL or base64).')
}
