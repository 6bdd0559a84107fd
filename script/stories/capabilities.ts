/**
 * The capability and speed stories (SPEC.md, "Capabilities and speed"): a model that answers
 * "ok" but not what the application needs, or not fast enough. Listed in SCENARIOS by
 * script/stories/index.ts; the benchmark measures the two five-model tables. Data only.
 */
import { CATALOG, completion, type CatalogEntry, type ModelScript } from '../aiml-api.ts'
import { CAPABILITY_FAILURES } from '../aiml-capabilities.ts'
import { CLAUDE, CLAUDE_WITH_GPT4O as PROBE, claudeAnswers, GPT4O } from './cast.ts'
import type { NamedScenario, ProbeSetup } from './story.ts'

const EVERY_NEED = 'tools, json, stream, vision'

/** Claude as the live metrics show it: `p50`/`p90` ms to answer. */
function claudeMetrics(p50: number, p90: number) {
  return [
    {
      alias: CLAUDE,
      endpoint: '/v1/chat/completions',
      metrics: {
        ttft_ms: {
          p50: Math.round(p50 / 3),
          p75: Math.round(p90 / 4),
          p90: Math.round(p90 / 3),
          p99: p90
        },
        tps: { p50: 62.4, p75: 71.9, p90: 80.2, p99: 93.6 },
        duration_ms: { p50, p75: Math.round((p50 + p90) / 2), p90, p99: p90 * 2 }
      }
    }
  ]
}

/** Five chat models, each line asked for every capability; the catalog knows them all. */
const FIVE_CHAT = ['gpt-4o-mini', 'openai/o3-mini', 'openai/gpt-4.1', 'openai/gpt-4.1-mini']
const FIVE_CATALOG: readonly CatalogEntry[] = [
  ...CATALOG,
  ...['gpt-4.1', 'gpt-4.1-mini'].map(name => ({
    id: `openai/${name}`,
    aliases: [name],
    type: 'chat-completion',
    info: { name: name.toUpperCase(), developer: 'OpenAI' }
  }))
]
const FIVE_PROBE: ProbeSetup = {
  models: [...PROBE.models, ...FIVE_CHAT.map(id => ({ id }))],
  inputs: { require: EVERY_NEED }
}
const fiveAnswer = (claude: ModelScript) => ({
  ...claudeAnswers(claude),
  ...GPT4O,
  ...Object.fromEntries(FIVE_CHAT.map(id => [id, { ok: true }]))
})

export const CAPABILITY_STORIES: readonly NamedScenario[] = [
  {
    name: 'tools-failing',
    description:
      'missing-capability: claude answers but ignores the forced tool call; gpt-4o passes the same requirement',
    scenario: {
      models: {
        ...claudeAnswers({
          ok: true,
          capabilities: { tools: CAPABILITY_FAILURES.toolsInProse(CLAUDE) }
        }),
        ...GPT4O
      }
    },
    probe: { ...PROBE, inputs: { require: 'tools' } },
    expected: { exitCode: 1, status: 'fallback', category: 'missing-capability', model: 'gpt-4o' }
  },
  {
    name: 'empty-stream',
    description:
      'missing-capability: claude answers, but its stream is nothing but [DONE]; gpt-4o streams content',
    scenario: {
      models: {
        ...claudeAnswers({
          ok: true,
          capabilities: { stream: CAPABILITY_FAILURES.streamOnlyDone() }
        }),
        ...GPT4O
      }
    },
    probe: { ...PROBE, inputs: { require: 'stream' } },
    expected: { exitCode: 1, status: 'fallback', category: 'missing-capability', model: 'gpt-4o' }
  },
  {
    name: 'slow-here',
    description:
      'slow: claude answers slower than max-latency-ms while the live metrics show others served within it; the step warns',
    scenario: {
      models: {
        ...claudeAnswers({ replies: [{ json: completion(CLAUDE), delayMs: 300 }] }),
        ...GPT4O
      },
      metrics: claudeMetrics(80, 150)
    },
    probe: { ...PROBE, inputs: { 'max-latency-ms': '100' } },
    expected: {
      exitCode: 0,
      status: 'available',
      category: 'slow',
      model: CLAUDE,
      says: ['your side'],
      saysNot: ['for everyone']
    }
  },
  {
    name: 'slow-everyone',
    description:
      'slow: claude answers over max-latency-ms, and the live metrics show it slow for everyone',
    scenario: {
      models: {
        ...claudeAnswers({ replies: [{ json: completion(CLAUDE), delayMs: 300 }] }),
        ...GPT4O
      },
      metrics: claudeMetrics(9_000, 21_000)
    },
    probe: { ...PROBE, inputs: { 'max-latency-ms': '100' } },
    expected: {
      exitCode: 0,
      status: 'available',
      category: 'slow',
      model: CLAUDE,
      says: ['slow for everyone'],
      saysNot: ['on your side']
    }
  },
  {
    name: 'five-require',
    description: 'five chat models, each asked for tools, JSON, a stream and an image: all pass',
    scenario: { models: fiveAnswer({ ok: true }), catalog: FIVE_CATALOG },
    probe: FIVE_PROBE,
    expected: { exitCode: 0, status: 'available', category: '', model: CLAUDE }
  },
  {
    name: 'five-require-fallback',
    description:
      'five chat models asked for every capability: claude calls no tool, gpt-4o passes all four',
    scenario: {
      models: fiveAnswer({
        ok: true,
        capabilities: { tools: CAPABILITY_FAILURES.toolsInProse(CLAUDE) }
      }),
      catalog: FIVE_CATALOG
    },
    probe: FIVE_PROBE,
    expected: { exitCode: 1, status: 'fallback', category: 'missing-capability', model: 'gpt-4o' }
  }
]
