/**
 * The classification policy: an ordered table of named rules, first match wins. Each rule says
 * what it looks at (status, codes, words, or a test over the whole body), the category it
 * decides, and where such a body was seen. A new rule is one entry; the corpus test
 * (__tests__/engine/classify.test.ts) runs every recorded body through this table.
 *
 * The table reads the text alone. The evidence stage (evidence.ts) may then weigh a refusal
 * about the account (`concern`): first against the key's own facts, `GET /v1/key` (KEY_RULES in
 * key-facts.ts: `disabled` and `scopes` are auth, a used-up monthly `limit` the key's own
 * credits), then against the balance and whether the same key reads it.
 */
import type { Said, ReadBody } from '../read/body.js'
import type { Category } from './categories.js'
import { CODES, WORDS } from './patterns.js'

/** What the table reads: the status and the body as body.ts gathered it. */
export interface Facts {
  status: number
  body: ReadBody
}

/** A refusal about the account: billing (balance, quota, plan) or the key. */
export type Concern = 'billing' | 'key'

/** What the probe should do or say besides the category. */
export type Hint = 'max-completion-tokens' | 'wrong-endpoint' | 'redirect'

interface Rule {
  name: string
  category: Category
  /** Where a body like this was seen (a URL), or the SPEC rule it implements. */
  source: string
  status?: (status: number) => boolean
  /** Codes and types that match by themselves, lower-case. */
  codes?: readonly string[]
  /** Words that match in any one message or code. */
  words?: RegExp
  /** A further test over the whole body. */
  when?: (facts: Facts) => boolean
  concern?: Concern
  hint?: Hint
}

const is =
  (...statuses: number[]) =>
  (status: number): boolean =>
    statuses.includes(status)
const between =
  (low: number, high: number) =>
  (status: number): boolean =>
    status >= low && status <= high
const serverStatus = (s: number): boolean => s >= 500 || s === 408
const html = (f: Facts): boolean => f.body.voice === 'html'
const sayAny = (f: Facts, words: RegExp): boolean => everything(f).some(s => words.test(s.text))
/** Nothing readable: no message, no code. */
const silent = (f: Facts): boolean => f.body.messages.length === 0 && f.body.codes.length === 0

const AIML_4XX = 'https://docs.aimlapi.com/errors-and-messages/errors-with-status-code-4xx'
const AIML_5XX = 'https://docs.aimlapi.com/errors-and-messages/errors-with-status-code-5xx'
const SPEC = 'SPEC.md, Error categories'
const SPEC_V3 = 'SPEC.md, Version 3, Reading more bodies'

// A table reads best as one rule a line.
// prettier-ignore
const RULES: readonly Rule[] = [
  // The key would follow a redirect to a host nobody configured: never followed, never retried.
  { name: 'redirect', category: 'bad-request', hint: 'redirect', status: s => s === 0 || between(300, 399)(s), source: SPEC },
  // 413 says the request is too large, even when worded as a per-minute token limit (Groq).
  { name: 'too-large', category: 'bad-request', status: is(413), source: 'https://github.com/anthropics/claude-code/issues/10314' },
  // Reasoning models want max_completion_tokens: the probe asks again before it counts.
  { name: 'max-tokens-refused', category: 'bad-request', hint: 'max-completion-tokens', words: WORDS.maxTokensRefused, source: 'https://github.com/fish2018/YPrompt/issues/26' },
  // A CDN's or proxy's HTML page says who failed by its status, never by its words.
  { name: 'html-server-error', category: 'server-error', status: serverStatus, when: html, source: 'https://github.com/yoheinakajima/babyagi/issues/64' },
  { name: 'html-rate-limited', category: 'rate-limited', when: f => html(f) && (f.status === 429 || sayAny(f, /error 1015|rate limited/i)), source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1015/' },
  { name: 'html-not-found', category: 'bad-request', hint: 'wrong-endpoint', status: is(404), when: html, source: 'https://github.com/tsundereraws/aisub-translator/issues/2' },
  { name: 'html-unauthorized', category: 'auth', status: is(401), when: html, concern: 'key', source: SPEC },
  { name: 'html-other', category: 'unknown', when: html, source: 'https://github.com/cline/cline/issues/5936' },
  { name: 'content-filter-code', category: 'content-filter', codes: CODES.contentFilter, source: 'https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter' },
  { name: 'content-filter-words', category: 'content-filter', words: WORDS.contentFilter, source: 'https://help.aliyun.com/zh/model-studio/error-code' },
  // "Limit: 0/1min": the tier has no allowance for this model at all (OpenAI gated dall-e-3 this way), no wait can help.
  { name: 'zero-limit', category: 'provider-access', words: WORDS.zeroLimit, source: 'https://github.com/songquanpeng/one-api/issues/881' },
  // A daily, monthly or free-tier quota will not reset within the step: no retry can help.
  { name: 'long-quota', category: 'insufficient-credits', concern: 'billing', words: WORDS.longQuota, when: f => everything(f).some(s => WORDS.longQuota.test(s.text) && /quota|limit|exceeded|exhausted|reached|too many/i.test(s.text)), source: 'https://github.com/Aider-AI/aider/issues/3550' },
  // A quota that says it comes back in minutes or more (Azure API Management) will not within the step.
  { name: 'quota-window', category: 'insufficient-credits', concern: 'billing', words: WORDS.quotaWindow, when: f => (windowSeconds(f) ?? 60) >= 60, source: 'https://github.com/MicrosoftDocs/azure-docs/issues/16282' },
  { name: 'quota-window-soon', category: 'rate-limited', words: WORDS.quotaWindow, source: 'https://github.com/thomasddn/ha-volvo-cars/issues/171' },
  // A per-minute quota is a rate limit, whatever word it uses ("Quota exceeded for … per minute").
  { name: 'short-quota', category: 'rate-limited', words: WORDS.shortQuota, when: f => sayAny(f, /quota|limit/i), source: 'https://ai.google.dev/gemini-api/docs/rate-limits' },
  // A cloud quota named by its metric, window unsaid: most request quotas are per minute (SPEC, Reading more bodies).
  { name: 'metric-quota', category: 'rate-limited', words: WORDS.metricQuota, source: 'https://github.com/cline/cline/issues/651' },
  { name: 'billing-code', category: 'insufficient-credits', concern: 'billing', codes: CODES.billing, source: 'https://platform.openai.com/docs/guides/error-codes' },
  // "…to access the Anthropic API": the gateway's own account with its provider, not ours.
  { name: 'upstream-billing', category: 'provider-access', words: WORDS.upstreamBilling, when: f => sayAny(f, WORDS.billing), source: 'https://github.com/anthropics/claude-code/issues/4207' },
  // "Image provider error: Fireworks … {…account suspended…}": the gateway names its provider around quoted billing text.
  { name: 'provider-billing', category: 'provider-access', when: f => providerSays(f, WORDS.billing), source: 'https://github.com/pollinations/pollinations/issues' },
  // The provider's own account suspended or disabled, quoted by the gateway that relays it.
  { name: 'upstream-account', category: 'provider-access', when: f => providerSays(f, WORDS.accountState), source: 'https://github.com/router-for-me/CLIProxyAPI/issues/3409' },
  // "Requires a dedicated deployment": the gateway cannot serve this model on shared capacity.
  { name: 'dedicated-deployment', category: 'provider-access', words: WORDS.dedicatedDeployment, source: SPEC_V3 },
  { name: 'billing-words', category: 'insufficient-credits', concern: 'billing', words: WORDS.billing, source: AIML_4XX },
  // "The OpenAI account associated with this API key has been deactivated", even as a 401 or a 429: the provider's account, relayed; our key is not in it.
  { name: 'relayed-account-state', category: 'provider-access', words: WORDS.accountState, when: f => relayedSays(f, WORDS.accountState), source: 'https://github.com/ChatGPTNextWeb/NextChat/issues/2782' },
  // Azure's "Principal does not have access to API/Operation" comes as a 401: a missing role, not a bad token.
  { name: 'role-missing', category: 'provider-access', codes: CODES.roleMissing, words: WORDS.roleMissing, source: 'https://github.com/Azure-Samples/rag-data-openai-python-promptflow/issues/28' },
  // "Access to model google/gemma-3-4b-pt is restricted" (also as a 401): a gated model, not a wrong key.
  { name: 'model-restricted', category: 'provider-access', words: WORDS.modelRestricted, source: 'https://github.com/ariG23498/gemma3-object-detection/issues/5' },
  // The gateway reports its provider refused a key: the gateway's stored key, not ours.
  { name: 'upstream-key', category: 'provider-access', when: f => providerSays(f, WORDS.auth) || providerSays(f, WORDS.credentialRefused), source: 'https://github.com/OpenRouterTeam/ai-sdk-provider/issues/24' },
  { name: 'auth-code', category: 'auth', concern: 'key', codes: CODES.auth, source: 'https://platform.openai.com/docs/guides/error-codes' },
  { name: 'unauthorized', category: 'auth', concern: 'key', status: is(401), source: AIML_4XX },
  { name: 'auth-words', category: 'auth', concern: 'key', words: WORDS.auth, source: 'https://ai.google.dev/gemini-api/docs/troubleshooting' },
  // "The security token included in the request is invalid", a bad signature: a credential, not the request.
  { name: 'credential-refused', category: 'auth', concern: 'key', codes: CODES.credential, words: WORDS.credentialRefused, source: 'https://github.com/ArranJacques/laravel-aws-cognito-auth/issues/25' },
  { name: 'region', category: 'provider-access', codes: CODES.region, words: WORDS.region, source: 'https://github.com/maxiaobang7/ossnav/issues/3' },
  { name: 'no-model-access', category: 'provider-access', status: is(403), words: WORDS.noModelAccess, source: 'https://community.openai.com/t/project-does-not-have-access-to-model/' },
  { name: 'model-code', category: 'model-not-found', status: s => s < 500 && s !== 429, codes: CODES.modelMissing, source: 'https://console.groq.com/docs/deprecations' },
  // "No endpoints found that support tool use", a 404 about `tool_choice`: the request, not the model.
  { name: 'feature-refused', category: 'bad-request', status: is(400, 404, 422), words: WORDS.feature, when: f => !sayAny(f, WORDS.modelMissing) || sayAny(f, /no endpoints found (that|which) support/i), source: 'https://openrouter.ai/docs/api-reference/errors' },
  // "Model X is temporarily not available" under a 503 or a 429 is load, not a missing model.
  { name: 'model-words', category: 'model-not-found', status: s => s < 500 && s !== 429, words: WORDS.modelMissing, source: 'https://github.com/enricoros/big-AGI/issues/16' },
  { name: 'rate-limit-code', category: 'rate-limited', codes: CODES.rateLimit, source: 'https://docs.anthropic.com/en/api/errors' },
  { name: 'too-many-requests', category: 'rate-limited', status: is(429), source: AIML_4XX },
  { name: 'rate-limit-words', category: 'rate-limited', words: WORDS.rateLimit, source: 'https://github.com/Nutlope/aicommits/issues/235' },
  { name: 'permission', category: 'provider-access', codes: CODES.permission, words: WORDS.permission, source: 'https://github.com/anthropics/claude-code/issues/17848' },
  { name: 'no-channel', category: 'model-not-found', words: WORDS.noChannel, source: 'https://github.com/songquanpeng/one-api/issues' },
  // A generic server type under a 4xx (Ollama's `api_error` for "invalid input type") does not outweigh the status.
  { name: 'server-code', category: 'server-error', status: s => s < 400 || s >= 500, codes: CODES.server, source: 'https://docs.anthropic.com/en/api/errors' },
  // A gateway's own 504 "Generation timeout" is its fault; `timeout` is only our own clock.
  { name: 'server-status', category: 'server-error', status: serverStatus, source: AIML_5XX },
  { name: 'silent', category: 'unknown', when: f => silent(f) && ![402, 403, 404].includes(f.status), source: SPEC },
  { name: 'forbidden', category: 'provider-access', status: is(403), source: SPEC },
  { name: 'payment-required', category: 'insufficient-credits', concern: 'billing', status: is(402), source: 'https://openrouter.ai/docs/api-reference/errors' },
  { name: 'not-found-model', category: 'model-not-found', status: is(404), words: WORDS.modelWord, source: 'https://docs.anthropic.com/en/api/errors' },
  // "Cannot POST /v1/chat/completion": the base URL is wrong, not the model.
  { name: 'not-found-path', category: 'bad-request', hint: 'wrong-endpoint', status: is(404), source: 'https://github.com/swordintent/chatgpt-web-api/issues/11' },
  { name: 'server-words', category: 'server-error', words: WORDS.server, source: AIML_5XX },
  { name: 'invalid-request', category: 'bad-request', status: is(400, 409, 422), source: 'https://fastapi.tiangolo.com/tutorial/handling-errors/' },
  { name: 'bad-request-words', category: 'bad-request', words: WORDS.badRequest, source: AIML_4XX },
  { name: 'anything-else', category: 'unknown', source: SPEC }
]

/** Messages and codes alike, URLs removed (a link's path is not what it says), on one line. */
function everything(f: Facts): Said[] {
  return [...f.body.messages, ...f.body.codes].map(s => ({
    ...s,
    text: stripUrls(s.text).replace(/\s+/g, ' ')
  }))
}

/** How long a quota says it stays out ("replenished in 5.03:23:11"), in seconds, or null. */
function windowSeconds(f: Facts): number | null {
  for (const s of everything(f)) {
    const m = /in (\d+\.)?(\d{1,2}):(\d\d):(\d\d)\b/.exec(s.text)
    if (m)
      return Number(m[1] ?? 0) * 86_400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4])
  }
  return null
}

/** A relayed provider's body (its own shape, or quoted in the gateway's message) says `words`. */
function relayedSays(f: Facts, words: RegExp): boolean {
  return everything(f).some(s => s.relayed && words.test(s.text))
}

/** The gateway names its provider, around a quoted body that says `words`. */
function providerSays(f: Facts, words: RegExp): boolean {
  const said = everything(f)
  return (
    said.some(s => s.quoted && words.test(s.text)) &&
    said.some(s => !s.quoted && WORDS.providerSpeaks.test(s.text))
  )
}

export interface Match {
  rule: Rule
  /** What the rule matched; empty for rules that test the status or the whole body. */
  matched: Said[]
}

export function firstMatch(facts: Facts): Match {
  const said = everything(facts)
  for (const rule of RULES) {
    if (rule.status && !rule.status(facts.status)) continue
    let matched: Said[] = []
    if (rule.codes || rule.words) {
      const codes = rule.codes ?? []
      matched = said.filter(
        s => codes.includes(s.text.toLowerCase()) || (rule.words?.test(s.text) ?? false)
      )
      if (matched.length === 0) continue
    }
    if (rule.when && !rule.when(facts)) continue
    return { rule, matched }
  }
  return { rule: RULES.at(-1)!, matched: [] }
}

function stripUrls(text: string): string {
  return text.replace(/https?:\/\/\S+/gi, ' ')
}
