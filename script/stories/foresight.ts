/**
 * Foresight: what the deprecation feed and the live metrics add to a probe. A model that answers
 * but shuts down soon, a withdrawn model whose replacement answers (not a typo), and a timeout
 * that is either just this runner's (others are served normally) or everyone's.
 */
import { CATALOG, dayFromToday, type DeprecationEntry, type ModelMetrics } from '../aiml-api.ts'
import { CLAUDE, CLAUDE_WITH_GPT4O, claudeAnswers, claudeFails, GPT4O, HANGS } from './cast.ts'
import type { NamedScenario } from './story.ts'

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

export const FORESIGHT_STORIES: readonly NamedScenario[] = [
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
  }
]
