/**
 * The AIML API as the simulator speaks it: the shapes of what it serves, the replies the tests
 * and stories are built from, and the catalog. Data only; the server is script/aiml-sim.ts and
 * the named stories are in script/stories/.
 *
 * Sources, AIML's own documentation (github.com/aimlapi/api-docs, served at docs.aimlapi.com):
 * - errors: `{message, path, requestId, statusCode, timestamp}` (older) and problem+json
 *   `{title, status, message, instance, requestId, timestamp, error: {name, message}}` (today);
 * - cost: `x-aimlapi-usd-spent` and `x-aimlapi-credits-used` on non-streaming responses;
 * - catalog: api-references/service-endpoints/complete-model-list.md (`type` is
 *   `chat-completion`, `image`, `embedding`, `video`, …);
 * - deprecation feed: api-references/service-endpoints/model-deprecations.md;
 * - live metrics: api-references/service-endpoints/model-metrics.md;
 * - Flux: api-references/image-models/flux/flux-schnell.md and its schema (`image_size`,
 *   `num_images`, answers `images[]` with `201`);
 * - embeddings: api-references/embedding-models/OpenAI/text-embedding-3-small.md (OpenAI's shape).
 */
import { randomUUID } from 'node:crypto'

/** What a network can do instead of answering. */
export type Fault = 'hang' | 'reset' | 'trickle' | 'huge' | 'random'

/** One answer, or one failure to answer. */
export interface Reply {
  /** HTTP status (default 200) */
  status?: number
  /** body, serialised as JSON */
  json?: unknown
  /** body, sent as is */
  text?: string
  headers?: Record<string, string>
  /** wait before the headers */
  delayMs?: number
  fault?: Fault
  /** size for `huge` */
  bytes?: number
}

/** The endpoint a model is served at, as the spec's `models` prefixes name it. */
export type ModelKind = 'chat' | 'image' | 'embedding'

/** How one model ID answers. */
export interface ModelScript {
  /** answered in turn; the last one repeats */
  replies?: readonly Reply[]
  /** shorthand for a healthy answer of the model's kind (wins over `replies`) */
  ok?: boolean
  /** refuses `max_tokens`, wants `max_completion_tokens`; spends its budget thinking */
  reasoning?: boolean
  /** the endpoint it is served at (default `chat`); asked at another, it is refused */
  kind?: ModelKind
  /** an image model's answer: `images[]` as Flux on AIML, `data[]` as OpenAI (default by ID) */
  imageShape?: 'images' | 'data'
  /** how it answers each capability probe (aiml-capabilities.ts); healthy when absent */
  capabilities?: Partial<Record<'tools' | 'json' | 'stream' | 'vision', Reply>>
}

/** A catalog entry as `GET /v1/models` lists it; older entries carry `features`/`endpoints`. */
export interface CatalogEntry {
  id: string
  aliases?: readonly string[]
  type?: string
  info?: { name: string; developer?: string }
  features?: readonly string[]
  endpoints?: readonly string[]
  /** as `?include=capabilities` lists them: `tools`, `structured_output`, `streaming`, `vision` */
  capabilities?: readonly string[]
}

export type DeprecationStatus = 'deprecated' | 'superseded' | 'withdrawn'

/** An entry of `GET /v1/models/deprecations`, as AIML documents it. */
export interface DeprecationEntry {
  id: string
  aliases: readonly string[]
  status: DeprecationStatus
  /** `YYYY-MM-DD`: announced, or when AIML learned of it */
  deprecated_at: string | null
  /** `YYYY-MM-DD`: stopped or will stop serving; always null when superseded */
  shutdown_at: string | null
  replaced_by: string | null
  /** `provider_delisted`, `consolidated`, `unknown`; null when read from a live model card */
  reason: string | null
}

export interface Percentiles {
  p50: number
  p75: number
  p90: number
  p99: number
}

/**
 * A model's entry in `GET /models/metrics`. A metric that does not apply is absent (no
 * `ttft_ms` for an image model); a model that served no successful request in the window is
 * absent altogether. Higher `tps` percentiles are the *faster* requests.
 */
export interface ModelMetrics {
  alias: string
  endpoint: string
  metrics: { ttft_ms?: Percentiles; tps?: Percentiles; duration_ms?: Percentiles }
}

/** What the simulator serves. */
export interface Scenario {
  /** by model ID; an unknown ID gets AIML's 404 */
  models: Record<string, ModelScript>
  /** when set, any other key gets AIML's 401 (the catalog, feeds and metrics are keyless) */
  apiKey?: string
  /** entries for `GET /v1/models` (default CATALOG), or a reply to send instead */
  catalog?: readonly CatalogEntry[] | Reply
  /** USD for `GET /v2/billing` (default 20), or a reply to send instead */
  balance?: number | Reply
  /** changes to the key's own facts, `GET /v1/key` (default KEY_FACTS), or a reply to send instead */
  key?: Partial<KeyFactsBody> | Reply
  /** entries for `GET /v1/models/deprecations` (default none), or a reply to send instead */
  deprecations?: readonly DeprecationEntry[] | Reply
  /** entries for `GET /models/metrics` (default none), or a reply to send instead */
  metrics?: readonly ModelMetrics[] | Reply
  /** added to every request */
  latencyMs?: number
}

/** What `GET /v1/key` answers: the key itself (SPEC.md, Version 3, "The key's own facts"). */
export interface KeyFactsBody {
  disabled: boolean
  prefix: string
  scopes: readonly string[]
  limit: { retention: 'no_reset' | 'day' | 'week' | 'month'; threshold: number | null }
  monthly_usage: number
}

/** Every scope AIML names. */
export const ALL_SCOPES = [
  'model:chat',
  'model:responses',
  'model:image',
  'model:audio',
  'model:video',
  'model:embeddings',
  'model:speech',
  'model:ocr'
] as const

/** A healthy key: enabled, every scope, no spending limit. */
export const KEY_FACTS: KeyFactsBody = {
  disabled: false,
  prefix: 'sk-aiml-7f3c',
  scopes: ALL_SCOPES,
  limit: { retention: 'no_reset', threshold: null },
  monthly_usage: 0.42
}

/** $1 = 2,000,000 AIML credits. */
export const CREDITS_PER_USD = 2_000_000
/** What one probe completion costs, as the simulator prices it. */
export const COMPLETION_USD = 0.000045
/** One image from a cheap model (FLUX.1 schnell's order of magnitude). */
export const IMAGE_USD = 0.003
/** A one-word embedding, as the simulator prices it (2 credits). */
export const EMBEDDING_USD = 0.000001

/** The cost headers AIML sends on non-streaming responses. */
export function costHeaders(usd: number): Record<string, string> {
  return {
    'x-aimlapi-usd-spent': String(usd),
    'x-aimlapi-credits-used': String(Math.round(usd * CREDITS_PER_USD)),
    'x-request-id': randomUUID()
  }
}

/** A chat completion as the gateway returns it. */
export function completion(model: string, text = 'ok', finishReason = 'stop') {
  return {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: 1_760_000_000,
    // The gateway may name another ID than the one asked for; clients must not rely on it.
    model: `${model}-2025-served`,
    choices: [
      { index: 0, message: { role: 'assistant', content: text }, finish_reason: finishReason }
    ],
    usage: { prompt_tokens: 12, completion_tokens: 1, total_tokens: 13 }
  }
}

/** AIML's older error envelope. */
export function aimlError(status: number, message: string, path = '/v1/chat/completions'): Reply {
  return {
    status,
    json: {
      message,
      path,
      requestId: randomUUID(),
      statusCode: status,
      timestamp: new Date().toISOString()
    }
  }
}

/** AIML's current envelope, `application/problem+json`. */
export function aimlProblem(
  status: number,
  title: string,
  message: string,
  name: string,
  instance = '/v1/chat/completions'
): Reply {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    json: {
      title,
      status,
      message,
      instance,
      requestId: randomUUID(),
      timestamp: new Date().toISOString(),
      error: { name, message }
    }
  }
}

/** What Anthropic tells the gateway's own account; users see it as if it were about theirs. */
export const ANTHROPIC_CREDIT_BALANCE_TEXT =
  'Your credit balance is too low to access the Anthropic API.'

/** The Claude story: Anthropic's refusal relayed by the gateway, as users reported it. */
export const ANTHROPIC_CREDIT_BALANCE: Reply = {
  status: 400,
  json: {
    message: `400 ${JSON.stringify({
      type: 'error',
      error: {
        type: 'invalid_request_error',
        message: `${ANTHROPIC_CREDIT_BALANCE_TEXT} Please go to Plans & Billing to upgrade or purchase credits.`
      },
      request_id: 'req_011CUaYQ3P8Z6g5dKpX2vNmT'
    })}`,
    path: '/v1/chat/completions',
    requestId: 'a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    statusCode: 400,
    timestamp: '2026-11-24T09:00:00.000Z'
  }
}

/** AIML itself: this account is out of credits (its own envelope, so it stays the account's). */
export const AIML_OUT_OF_CREDITS: Reply = aimlProblem(
  403,
  'Forbidden',
  "You've run out of credits. Please top up your balance or update your payment method to continue: https://aimlapi.com/app/billing/",
  'ForbiddenException'
)

/** DeepSeek's billing refusal in its own shape, relayed (api-docs.deepseek.com error codes: 402). */
export const DEEPSEEK_INSUFFICIENT_BALANCE: Reply = {
  status: 402,
  json: {
    error: {
      message: 'Insufficient Balance',
      type: 'unknown_error',
      param: null,
      code: 'invalid_request_error'
    }
  }
}

/** OpenAI's invalid-key refusal in its own shape, relayed: a key stored upstream, not ours. */
export const OPENAI_INVALID_KEY: Reply = {
  status: 401,
  json: {
    error: {
      message:
        'Incorrect API key provided: sk-proj-********************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key'
    }
  }
}

/** A daily token quota (Groq's words): a retry within the step cannot help. */
export const DAILY_QUOTA: Reply = {
  status: 429,
  headers: { 'retry-after': '1' },
  json: {
    error: {
      message:
        'Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 99980, Requested 120. Please try again in 7m12s.',
      type: 'tokens',
      code: 'rate_limit_exceeded'
    }
  }
}

/** The key the gateway does not know (AIML's older envelope, as it answers a wrong key). */
export const AIML_INVALID_KEY_MESSAGE =
  'This request requires a valid API key. You can create a new API key on the Billing page: https://aimlapi.com/app/keys'

/** A reasoning model refusing the parameter older models take (OpenAI's words, relayed). */
export const UNSUPPORTED_MAX_TOKENS: Reply = {
  status: 400,
  json: {
    error: {
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      type: 'invalid_request_error',
      param: 'max_tokens',
      code: 'unsupported_parameter'
    }
  }
}

/** OpenAI's moderation refusing the prompt (relayed): asked once, and no evidence changes it. */
export const MODERATION_BLOCKED: Reply = {
  status: 400,
  json: {
    error: {
      message: 'Your request was rejected as a result of our safety system.',
      type: 'invalid_request_error',
      code: 'moderation_blocked'
    }
  }
}

/** The model catalog: the stories' models, with AIML's `type` spellings. */
export const CATALOG: readonly CatalogEntry[] = [
  {
    id: 'anthropic/claude-sonnet-4.5',
    aliases: ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929'],
    type: 'chat-completion',
    info: { name: 'Claude Sonnet 4.5', developer: 'Anthropic' }
  },
  {
    id: 'openai/gpt-4o',
    aliases: ['gpt-4o'],
    type: 'chat-completion',
    info: { name: 'GPT-4o', developer: 'OpenAI' }
  },
  { id: 'gpt-4o-mini', aliases: [], type: 'chat-completion', info: { name: 'GPT-4o mini' } },
  {
    id: 'openai/o3-mini',
    aliases: ['o3-mini'],
    type: 'chat-completion',
    info: { name: 'o3 mini' }
  },
  {
    id: 'flux/schnell',
    aliases: [],
    type: 'image',
    info: { name: 'FLUX.1 schnell', developer: 'Flux' }
  },
  { id: 'flux/dev', aliases: [], type: 'image', info: { name: 'FLUX.1 dev', developer: 'Flux' } },
  {
    id: 'text-embedding-3-small',
    aliases: [],
    type: 'embedding',
    info: { name: 'Text Embedding 3 Small', developer: 'OpenAI' }
  }
]

/** A UTC calendar day `days` from today, as the feed writes dates (`YYYY-MM-DD`). */
export function dayFromToday(days: number, now: Date = new Date()): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
  return day.toISOString().slice(0, 10)
}

/** Percentiles from the typical value and the slow tail, in the order they rise. */
export function percentiles(p50: number, p99: number): Percentiles {
  const at = (share: number) => Math.round((p50 + (p99 - p50) * share) * 10) / 10
  return { p50, p75: at(0.15), p90: at(0.4), p99 }
}
