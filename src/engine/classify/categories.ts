/**
 * The failure taxonomy, as data. Everything that talks about a category (the classifier, the
 * verdict, the summary, the comment, the README table) reads it from here.
 */
export const CATEGORIES = [
  {
    id: 'auth',
    title: 'Authentication failed',
    meaning: 'The API key is missing, wrong, expired or revoked.',
    advice:
      'Check the secret behind `api-key`: re-create the key in the AIML dashboard and store it again. Pull requests from forks receive no secrets.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'insufficient-credits',
    title: 'Out of credits',
    meaning: "This account's own balance or plan is exhausted.",
    advice:
      'Top up the AIML balance or upgrade the plan. Every model bills the same account, so a fallback would fail too.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'provider-access',
    title: 'Provider refuses AIML',
    meaning:
      "The key and the model are valid, but the provider behind the gateway refuses AIML's own account with it (its billing, enablement, tier or region). Nothing in your account fixes it.",
    advice:
      'Switch to the fallback now, check https://status.aimlapi.com, and send the prefilled message to help@aimlapi.com: only AIML can fix it.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'model-not-found',
    title: 'Model not found',
    meaning: 'No model answers to this ID, or it has been deprecated.',
    advice: 'Use the model ID exactly as the AIML catalog lists it (GET /v1/models).',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'bad-request',
    title: 'Request refused',
    meaning: 'The probe request itself was refused (a parameter, a role, or the wrong endpoint).',
    advice:
      'Check `base-url` (it should end in /v1), `prompt` and `max-tokens`; the message below says which part was refused.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'rate-limited',
    title: 'Rate limited',
    meaning: 'Too many requests right now; the model itself works.',
    advice: 'Retry later, raise `retries`, or spread the probes of a matrix over time.',
    failsByDefault: false,
    transient: true
  },
  {
    id: 'server-error',
    title: 'Server error',
    meaning: 'The gateway or the provider failed or is overloaded.',
    advice:
      'Usually passes on its own; re-run the job. If it persists, check the AIML status page.',
    failsByDefault: false,
    transient: true
  },
  {
    id: 'timeout',
    title: 'Timed out',
    meaning: 'No answer within `timeout-seconds`.',
    advice: 'Re-run the job, or raise `timeout-seconds` for slow models.',
    failsByDefault: false,
    transient: true
  },
  {
    id: 'network',
    title: 'Network failure',
    meaning: 'The API could not be reached (DNS, refused or reset connection, TLS).',
    advice: "Check `base-url` and the runner's network (proxy, firewall).",
    failsByDefault: false,
    transient: true
  },
  {
    id: 'content-filter',
    title: 'Blocked by moderation',
    meaning: 'Moderation refused the probe prompt; the model is reachable.',
    advice: 'Use a plain `prompt` such as the default.',
    failsByDefault: false,
    transient: false
  },
  {
    id: 'invalid-response',
    title: 'Unusable response',
    meaning: 'The API answered with success, but not with a usable completion.',
    advice:
      'Check `base-url` points at an OpenAI-compatible API; if it does, report it to AIML support.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'missing-capability',
    title: 'Missing capability',
    meaning:
      'The model answers, but not with a capability the workflow requires (`require`): no tool call, no JSON, a stream without content, or an image it cannot read.',
    advice:
      'Switch to a fallback that passed the same requirements; if AIML declares the capability for this model, tell AIML support.',
    failsByDefault: true,
    transient: false
  },
  {
    id: 'slow',
    title: 'Slow',
    meaning:
      'The model answers, slower than `max-latency-ms` or `max-ttft-ms` allow; it still works.',
    advice:
      "Compare with AIML's live metrics below; raise the limit, or move latency-critical calls to a faster model.",
    failsByDefault: false,
    transient: false
  },
  {
    id: 'unknown',
    title: 'Unknown failure',
    meaning: 'The failure matches no known pattern; the raw status and text are in the report.',
    advice: 'Read the message below; if it is unclear, send it to AIML support.',
    failsByDefault: true,
    transient: false
  }
] as const

export type Category = (typeof CATEGORIES)[number]['id']
export type CategoryInfo = (typeof CATEGORIES)[number]

export const CATEGORY_IDS: readonly Category[] = CATEGORIES.map(c => c.id)

export const DEFAULT_FAIL_ON: readonly Category[] = CATEGORIES.filter(c => c.failsByDefault).map(
  c => c.id
)

const BY_ID = new Map<string, CategoryInfo>(CATEGORIES.map(c => [c.id, c]))

export function isCategory(value: string): value is Category {
  return BY_ID.has(value)
}

export function categoryInfo(id: Category): CategoryInfo {
  return BY_ID.get(id)!
}

export function isTransient(id: Category): boolean {
  return categoryInfo(id).transient
}

/**
 * Categories where every model on the account fails alike, so asking fallbacks would only
 * spend requests: say so instead.
 */
export const ACCOUNT_WIDE: readonly Category[] = ['auth', 'insufficient-credits']
