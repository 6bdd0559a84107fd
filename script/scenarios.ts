/**
 * The stories, told once: what the simulator serves for each, how the demo and the benchmark
 * probe it, and what the probe should conclude. `npm run demo -- --list` prints them; the tests
 * run each through the demo; `node script/aiml-sim.ts NAME` serves one for a try by hand.
 */
import {
  AIML_OUT_OF_CREDITS,
  aimlProblem,
  ANTHROPIC_CREDIT_BALANCE,
  CATALOG,
  dayFromToday,
  DEEPSEEK_INSUFFICIENT_BALANCE,
  type DeprecationEntry,
  type ModelKind,
  type ModelMetrics,
  type ModelScript,
  type Reply,
  type Scenario
} from './aiml-api.ts'
import { CAPABILITY_STORIES } from './capability-scenarios.ts'
import { KEY_STORIES } from './key-scenarios.ts'
import { WATCH_STORIES, type Watch } from './watch-scenarios.ts'

/** The action's `status` output. */
export type ProbeStatus = 'available' | 'alias' | 'fallback' | 'unavailable' | 'skipped'

/** One line of the `models` input: `[kind:]ID [-> FALLBACK, …]`. */
export interface ModelLine {
  id: string
  /** written as a prefix when not chat */
  kind?: ModelKind
  fallbacks?: readonly string[]
}

/** How to probe a story: the inputs it needs, the rest stay at their defaults. */
export interface ProbeSetup {
  /** the first line is the one a one-model engine probes (`model`, `fallback-models`) */
  models: readonly [ModelLine, ...ModelLine[]]
  /** bounds the stories that hang (default: the action's) */
  timeoutSeconds?: number
  /** fewer retries keep the transient stories short (default: the action's) */
  retries?: number
  /** other inputs the story needs (`require`, `max-latency-ms`) */
  inputs?: Readonly<Record<string, string>>
}

/** What the probe should conclude: the action's exit code, its outputs and its job summary. */
export interface Expected {
  exitCode: 0 | 1
  status: ProbeStatus
  /** the first model's `error-category`; empty when it answered */
  category: string
  /** the `model` output, the ID to use now; empty when none answers */
  model: string
  /** the `deprecated`, `shutdown-at` and `replaced-by` outputs, in a story about a retirement */
  deprecated?: boolean
  shutdownAt?: string
  replacedBy?: string
  /** the `results` output, per configured ID, in a story about a model table */
  results?: Record<string, { status: ProbeStatus; model: string }>
  /** words the job summary holds (the diagnosis of what the evidence showed) */
  says?: readonly string[]
  /** words it must not hold */
  saysNot?: readonly string[]
}

export interface NamedScenario {
  name: string
  /** one line: what the story shows */
  description: string
  /** what the simulator serves */
  scenario: Scenario
  probe: ProbeSetup
  expected: Expected
  /** a scheduled watch: told as runs of `on: schedule`, not as a pull request */
  watch?: Watch
}

const CLAUDE = 'anthropic/claude-sonnet-4.5'
/** Every name Claude Sonnet 4.5 answers to (the catalog's ID and aliases). */
const CLAUDE_NAMES = [CLAUDE, 'claude-sonnet-4-5', 'claude-sonnet-4-5-20250929']
const GPT4O = { 'gpt-4o': { ok: true }, 'openai/gpt-4o': { ok: true } } satisfies Record<
  string,
  ModelScript
>

/** Each of Claude's names answers the same way. */
function claudeAnswers(script: ModelScript): Record<string, ModelScript> {
  return Object.fromEntries(CLAUDE_NAMES.map(name => [name, script]))
}

/** Claude fails with `reply`, gpt-4o answers: one story per category reads this way. */
function claudeFails(reply: Reply, extra: Partial<Scenario> = {}): Scenario {
  return { models: { ...claudeAnswers({ replies: [reply] }), ...GPT4O }, ...extra }
}

const CLAUDE_WITH_GPT4O: ProbeSetup = { models: [{ id: CLAUDE, fallbacks: ['gpt-4o'] }] }

/** Entries of the feed about other models: an engine must match on `id` and `aliases`. */
const OTHER_RETIREMENTS: readonly DeprecationEntry[] = [
  {
    id: 'openai/gpt-5.3-chat',
    aliases: ['gpt-5.3-chat'],
    status: 'withdrawn',
    deprecated_at: dayFromToday(-40),
    shutdown_at: dayFromToday(-40),
    replaced_by: 'openai/gpt-5.3-codex',
    reason: 'provider_delisted'
  },
  {
    id: 'aura-2-zeus-en',
    aliases: ['deepgram/aura-2-zeus-en', '#g1_aura-2-zeus-en'],
    status: 'superseded',
    deprecated_at: dayFromToday(-90),
    shutdown_at: null,
    replaced_by: 'deepgram/aura-2',
    reason: 'consolidated'
  }
]

/** gpt-4o as the metrics show it on an ordinary afternoon. */
const GPT4O_METRICS: ModelMetrics = {
  alias: 'openai/gpt-4o',
  endpoint: '/v1/chat/completions',
  metrics: {
    ttft_ms: { p50: 380, p75: 520, p90: 810, p99: 1900 },
    tps: { p50: 88.2, p75: 104.5, p90: 121.3, p99: 140.8 },
    duration_ms: { p50: 1200, p75: 1650, p90: 2600, p99: 6100 }
  }
}

/** A hanging model, probed quickly: one try of 1 s, then the fallback. */
const HANGS: Pick<ProbeSetup, 'timeoutSeconds' | 'retries'> = { timeoutSeconds: 1, retries: 0 }

export const SCENARIOS: readonly NamedScenario[] = [
  {
    name: 'healthy',
    description: 'every model answers: the step passes, nothing is posted',
    scenario: { models: { ...claudeAnswers({ ok: true }), ...GPT4O } },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 0, status: 'available', category: '', model: CLAUDE }
  },
  {
    name: 'claude-story',
    description:
      "provider-access: Anthropic's 'credit balance is too low' relayed by AIML with $20 in the account; gpt-4o answers",
    scenario: claudeFails(ANTHROPIC_CREDIT_BALANCE),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'provider-access', model: 'gpt-4o' }
  },
  {
    name: 'auth',
    description: 'auth: AIML does not know the key; no fallback is asked, every model would fail',
    // The gateway holds another key than the one the probe sends.
    scenario: {
      ...claudeFails(ANTHROPIC_CREDIT_BALANCE),
      apiKey: 'sk-aiml-a-key-nobody-sends-0000'
    },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'unavailable', category: 'auth', model: '' }
  },
  {
    name: 'insufficient-credits',
    description:
      "insufficient-credits: AIML's own 403 'run out of credits' at a $0 balance; no fallback is asked",
    scenario: {
      models: {
        ...claudeAnswers({ replies: [AIML_OUT_OF_CREDITS] }),
        'gpt-4o': { replies: [AIML_OUT_OF_CREDITS] }
      },
      balance: 0
    },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'unavailable', category: 'insufficient-credits', model: '' }
  },
  {
    name: 'model-not-found',
    description:
      "model-not-found: a typo in the ID, with 'did you mean' from the catalog; gpt-4o answers",
    scenario: claudeFails(ANTHROPIC_CREDIT_BALANCE),
    probe: { models: [{ id: 'anthropic/claude-sonet-4.5', fallbacks: ['gpt-4o'] }] },
    expected: { exitCode: 1, status: 'fallback', category: 'model-not-found', model: 'gpt-4o' }
  },
  {
    name: 'bad-request',
    description:
      'bad-request: the provider refuses the probe request itself (a validation list); gpt-4o answers',
    scenario: claudeFails({
      status: 422,
      json: {
        detail: [
          {
            type: 'less_than_equal',
            loc: ['body', 'max_tokens'],
            msg: 'Input should be less than or equal to 8',
            input: 16,
            ctx: { le: 8 }
          }
        ]
      }
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'bad-request', model: 'gpt-4o' }
  },
  {
    name: 'rate-limited',
    description:
      'rate-limited: 429 per minute, retried after Retry-After, then gpt-4o: the step warns',
    scenario: claudeFails({
      status: 429,
      headers: { 'retry-after': '1' },
      json: {
        type: 'error',
        error: {
          type: 'rate_limit_error',
          message:
            'This request would exceed the rate limit for your organization of 50 requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.'
        }
      }
    }),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'rate-limited', model: 'gpt-4o' }
  },
  {
    name: 'server-error',
    description:
      "server-error: AIML's 500 'under maintenance', retried, then gpt-4o: the step warns",
    scenario: claudeFails(
      aimlProblem(
        500,
        'Internal Server Error',
        'The model is under maintenance, please contact us at help@aimlapi.com.',
        'InternalServerErrorException'
      )
    ),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'server-error', model: 'gpt-4o' }
  },
  {
    name: 'timeout',
    description:
      'timeout: the model never answers within timeout-seconds; gpt-4o does: the step warns',
    scenario: claudeFails({ fault: 'hang' }),
    probe: { ...CLAUDE_WITH_GPT4O, ...HANGS },
    expected: { exitCode: 0, status: 'fallback', category: 'timeout', model: 'gpt-4o' }
  },
  {
    name: 'network',
    description:
      'network: the connection is reset before an answer; gpt-4o answers: the step warns',
    scenario: claudeFails({ fault: 'reset' }),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'network', model: 'gpt-4o' }
  },
  {
    name: 'content-filter',
    description:
      "content-filter: a provider's moderation refuses the probe prompt; gpt-4o-mini answers: warns",
    scenario: {
      models: {
        'gpt-4o': {
          replies: [
            {
              status: 400,
              json: {
                error: {
                  message:
                    "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
                  type: null,
                  param: 'prompt',
                  code: 'content_filter',
                  status: 400,
                  innererror: { code: 'ResponsibleAIPolicyViolation' }
                }
              }
            }
          ]
        },
        'gpt-4o-mini': { ok: true }
      }
    },
    probe: { models: [{ id: 'gpt-4o', fallbacks: ['gpt-4o-mini'] }] },
    expected: { exitCode: 0, status: 'fallback', category: 'content-filter', model: 'gpt-4o-mini' }
  },
  {
    name: 'invalid-response',
    description:
      "invalid-response: a 200 that is a CDN's HTML page, not a completion; gpt-4o answers",
    scenario: claudeFails({
      status: 200,
      headers: { 'content-type': 'text/html; charset=UTF-8' },
      text: '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>'
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'invalid-response', model: 'gpt-4o' }
  },
  {
    name: 'unknown',
    description:
      'unknown: a status and words no rule knows, kept raw in the report; gpt-4o answers',
    scenario: claudeFails({
      status: 418,
      text: 'Upstream returned an unexpected state (code 7F3).'
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'unknown', model: 'gpt-4o' }
  },
  {
    name: 'relayed-billing-positive-balance',
    description:
      "provider-access by evidence: DeepSeek's 'Insufficient Balance' relayed while the account holds $19.50",
    scenario: {
      models: { 'deepseek/deepseek-chat': { replies: [DEEPSEEK_INSUFFICIENT_BALANCE] }, ...GPT4O },
      balance: 19.5
    },
    probe: { models: [{ id: 'deepseek/deepseek-chat', fallbacks: ['gpt-4o'] }] },
    expected: { exitCode: 1, status: 'fallback', category: 'provider-access', model: 'gpt-4o' }
  },
  {
    name: 'alias',
    description: 'alias: the configured ID is unknown today, the alias the catalog names answers',
    scenario: { models: { 'claude-sonnet-4-5': { ok: true }, ...GPT4O } },
    probe: { models: [{ id: 'claude-sonnet-4-5-20250929', fallbacks: ['gpt-4o'] }] },
    expected: {
      exitCode: 1,
      status: 'alias',
      category: 'model-not-found',
      model: 'claude-sonnet-4-5'
    }
  },
  {
    name: 'model-table',
    description:
      'a model table: chat Claude refused upstream (gpt-4o answers), image:flux/schnell and embedding:text-embedding-3-small answer',
    scenario: {
      models: {
        ...claudeAnswers({ replies: [ANTHROPIC_CREDIT_BALANCE] }),
        ...GPT4O,
        'flux/schnell': { ok: true, kind: 'image' },
        'flux/dev': { ok: true, kind: 'image' },
        'text-embedding-3-small': { ok: true, kind: 'embedding' }
      }
    },
    probe: {
      models: [
        { id: CLAUDE, fallbacks: ['gpt-4o'] },
        { id: 'flux/schnell', kind: 'image', fallbacks: ['flux/dev'] },
        { id: 'text-embedding-3-small', kind: 'embedding' }
      ]
    },
    expected: {
      exitCode: 1,
      status: 'fallback',
      category: 'provider-access',
      model: 'gpt-4o',
      results: {
        [CLAUDE]: { status: 'fallback', model: 'gpt-4o' },
        'flux/schnell': { status: 'available', model: 'flux/schnell' },
        'text-embedding-3-small': { status: 'available', model: 'text-embedding-3-small' }
      }
    }
  },
  {
    name: 'five-models',
    description:
      'five models: Claude refused upstream (gpt-4o answers), a retired ID whose alias answers; gpt-4o, an image and an embedding answer',
    scenario: {
      models: {
        [CLAUDE]: { replies: [ANTHROPIC_CREDIT_BALANCE] },
        'claude-sonnet-4-5': { ok: true },
        ...GPT4O,
        'flux/schnell': { ok: true, kind: 'image' },
        'text-embedding-3-small': { ok: true, kind: 'embedding' }
      }
    },
    probe: {
      models: [
        { id: CLAUDE, fallbacks: ['gpt-4o'] },
        { id: 'claude-sonnet-4-5-20250929', fallbacks: ['gpt-4o'] },
        { id: 'gpt-4o' },
        { id: 'flux/schnell', kind: 'image' },
        { id: 'text-embedding-3-small', kind: 'embedding' }
      ]
    },
    expected: {
      exitCode: 1,
      status: 'fallback',
      category: 'provider-access',
      model: 'gpt-4o',
      results: {
        [CLAUDE]: { status: 'fallback', model: 'gpt-4o' },
        'claude-sonnet-4-5-20250929': { status: 'alias', model: 'claude-sonnet-4-5' },
        'gpt-4o': { status: 'available', model: 'gpt-4o' },
        'flux/schnell': { status: 'available', model: 'flux/schnell' },
        'text-embedding-3-small': { status: 'available', model: 'text-embedding-3-small' }
      }
    }
  },
  {
    name: 'deprecation',
    description:
      'a deprecation: the model answers but shuts down in 10 days; AIML names Claude Sonnet 4.5 as its replacement',
    scenario: {
      // A model with a retirement date is dropped from the catalog but keeps serving
      // (model-deprecations.md): the feed is the only place that says so.
      models: {
        'anthropic/claude-sonnet-4': { ok: true },
        ...claudeAnswers({ ok: true }),
        ...GPT4O
      },
      deprecations: [
        {
          id: 'anthropic/claude-sonnet-4',
          aliases: ['claude-sonnet-4', 'claude-sonnet-4-20250514'],
          status: 'deprecated',
          deprecated_at: dayFromToday(-80),
          shutdown_at: dayFromToday(10),
          replaced_by: CLAUDE,
          reason: null
        },
        ...OTHER_RETIREMENTS
      ]
    },
    probe: { models: [{ id: 'anthropic/claude-sonnet-4', fallbacks: ['gpt-4o'] }] },
    expected: {
      exitCode: 0,
      status: 'available',
      category: '',
      model: 'anthropic/claude-sonnet-4',
      deprecated: true,
      shutdownAt: dayFromToday(10),
      replacedBy: CLAUDE,
      says: [`shuts down on ${dayFromToday(10)} (10 days)`, `\`${CLAUDE}\` as its replacement`]
    }
  },
  {
    name: 'withdrawn',
    description:
      'a withdrawn model: 404 on its ID, explained by the feed, whose replacement answers (not a typo)',
    scenario: {
      models: { 'mistralai/ministral-8b-2512': { ok: true }, ...GPT4O },
      catalog: [
        ...CATALOG,
        {
          id: 'mistralai/ministral-8b-2512',
          aliases: [],
          type: 'chat-completion',
          info: { name: 'Ministral 8B', developer: 'Mistral AI' }
        }
      ],
      deprecations: [
        {
          id: 'mistralai/ministral-8b',
          aliases: ['ministral-8b'],
          status: 'withdrawn',
          deprecated_at: dayFromToday(-3),
          shutdown_at: dayFromToday(-3),
          replaced_by: 'mistralai/ministral-8b-2512',
          reason: 'provider_delisted'
        },
        ...OTHER_RETIREMENTS
      ]
    },
    probe: { models: [{ id: 'mistralai/ministral-8b', fallbacks: ['gpt-4o'] }] },
    expected: {
      exitCode: 1,
      status: 'fallback',
      category: 'model-not-found',
      model: 'mistralai/ministral-8b-2512',
      says: [`AIML withdrew it on ${dayFromToday(-3)}`, 'It is not a typo'],
      saysNot: ['Did you mean']
    }
  },
  {
    name: 'just-me',
    description:
      'is it just me? yes: the model times out here while the live metrics show it served normally for others',
    scenario: claudeFails(
      { fault: 'hang' },
      {
        metrics: [
          {
            alias: CLAUDE,
            endpoint: '/v1/chat/completions',
            metrics: {
              ttft_ms: { p50: 610, p75: 820, p90: 1150, p99: 2400 },
              tps: { p50: 62.4, p75: 71.9, p90: 80.2, p99: 93.6 },
              duration_ms: { p50: 1800, p75: 2300, p90: 3400, p99: 7900 }
            }
          },
          GPT4O_METRICS
        ]
      }
    ),
    probe: { ...CLAUDE_WITH_GPT4O, ...HANGS },
    expected: {
      exitCode: 0,
      status: 'fallback',
      category: 'timeout',
      model: 'gpt-4o',
      says: ['served normally for others', 'on your side']
    }
  },
  {
    name: 'everyone',
    description:
      'is it just me? no: the model times out here and the live metrics show it slow for everyone',
    scenario: claudeFails(
      { fault: 'hang' },
      {
        metrics: [
          {
            alias: CLAUDE,
            endpoint: '/v1/chat/completions',
            metrics: {
              ttft_ms: { p50: 21_500, p75: 34_000, p90: 52_000, p99: 88_000 },
              tps: { p50: 4.1, p75: 6.3, p90: 9.8, p99: 17.5 },
              duration_ms: { p50: 48_000, p75: 71_000, p90: 109_000, p99: 178_000 }
            }
          },
          GPT4O_METRICS
        ]
      }
    ),
    probe: { ...CLAUDE_WITH_GPT4O, ...HANGS },
    expected: {
      exitCode: 0,
      status: 'fallback',
      category: 'timeout',
      model: 'gpt-4o',
      says: ['slow for everyone right now'],
      saysNot: ['on your side']
    }
  },
  ...CAPABILITY_STORIES,
  ...KEY_STORIES,
  ...WATCH_STORIES
]

/** The story with this name, if there is one. */
export function scenarioNamed(name: string): NamedScenario | undefined {
  return SCENARIOS.find(s => s.name === name)
}

/** The stories, one a line: the name, then what it shows. */
export function scenarioListing(): string {
  const width = Math.max(...SCENARIOS.map(s => s.name.length))
  return SCENARIOS.map(s => `${s.name.padEnd(width)}  ${s.description}\n`).join('')
}

/** The `models` input for a story's table: one line each, kinds as prefixes. */
export function modelsInput(probe: ProbeSetup): string {
  return probe.models
    .map(line => {
      const id = line.kind && line.kind !== 'chat' ? `${line.kind}:${line.id}` : line.id
      return line.fallbacks?.length ? `${id} -> ${line.fallbacks.join(', ')}` : id
    })
    .join('\n')
}
