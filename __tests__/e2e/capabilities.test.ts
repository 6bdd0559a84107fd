/**
 * Capabilities and speed, end to end: dist/index.js against the simulator, which answers the
 * capability probes as AIML does and fails them each way a route does.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import {
  aimlError,
  CAPABILITY_FAILURES,
  completion,
  streamReply,
  type CatalogEntry,
  type ModelScript
} from '../../script/aiml-sim.ts'

const sim = useAimlSim({ models: {}, apiKey: TEST_KEY })
const MODEL = 'anthropic/claude-sonnet-4.5'
const ALL = ['tools', 'structured_output', 'streaming', 'vision']
const CATALOG: CatalogEntry[] = [
  { id: MODEL, type: 'chat-completion', capabilities: ALL },
  { id: 'gpt-4o', type: 'chat-completion', capabilities: ALL },
  { id: 'mistral-large', type: 'chat-completion', capabilities: ['streaming'] },
  { id: 'plain-chat', type: 'chat-completion', capabilities: ['streaming'] }
]

async function run(
  models: Record<string, ModelScript>,
  inputs: Record<string, string>
): Promise<RunResult> {
  sim.setScenario({ apiKey: TEST_KEY, models, catalog: CATALOG })
  return runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      'timeout-seconds': '5',
      retries: '0',
      // `models` carries its own fallbacks and refuses this input beside it.
      ...(inputs.models === undefined ? { 'fallback-models': '' } : {}),
      ...inputs
    }
  })
}

const results = (r: RunResult) =>
  JSON.parse(r.outputs.results!) as Record<
    string,
    { capabilities: Record<string, string> | null; ttftMs: number | null; available: boolean }
  >
const asked = (capability: string) =>
  sim.completions().filter(r => {
    const b = r.body
    if (capability === 'tools') return Array.isArray(b.tools)
    if (capability === 'json') return b.response_format !== undefined
    if (capability === 'stream') return b.stream === true
    return JSON.stringify(b.messages).includes('image_url')
  })

describe('every requirement, healthy', () => {
  it('asks each capability once beside the probe, and passes', async () => {
    const result = await run({ [MODEL]: { ok: true } }, { require: 'tools, json, stream, vision' })
    expect(result.code).toBe(0)
    expect(result.outputs.available).toBe('true')
    expect(results(result)[MODEL]?.capabilities).toEqual({
      tools: 'ok',
      json: 'ok',
      stream: 'ok',
      vision: 'ok'
    })
    expect(results(result)[MODEL]?.ttftMs).toEqual(expect.any(Number))
    expect(sim.completions()).toHaveLength(5)
    const tools = asked('tools')[0]!.body
    expect(tools.tool_choice).toEqual({ type: 'function', function: { name: 'report_status' } })
    expect(asked('stream')[0]!.body.stream_options).toEqual({ include_usage: true })
    expect(result.summary).toContain('tools ✓, json ✓, stream ✓, vision ✓')
    // The stream's cost comes from its final chunk (no cost headers on a stream).
    const report = JSON.parse(result.outputs.report!) as {
      attempts: { capability?: string; usd: number | null }[]
    }
    expect(report.attempts.find(a => a.capability === 'stream')?.usd).toBe(0.000045)
    // Each capability is its own attempt with its own cost (headers, or the stream's last chunk).
    expect(
      report.attempts
        .filter(a => a.capability !== undefined)
        .map(a => [a.capability, a.usd])
        .sort()
    ).toEqual([
      ['json', 0.000045],
      ['stream', 0.000045],
      ['tools', 0.000045],
      ['vision', 0.000045]
    ])
  })
})

describe('each way a capability fails', () => {
  it.each([
    ['tools', CAPABILITY_FAILURES.toolsInProse(MODEL), /instead of calling report_status/],
    ['tools', CAPABILITY_FAILURES.toolsBadArguments(MODEL), /do not fit the schema/],
    ['json', CAPABILITY_FAILURES.jsonInProse(MODEL), /not JSON that fits the schema/],
    ['stream', CAPABILITY_FAILURES.streamOnlyDone(), /only \[DONE\]/],
    ['tools', CAPABILITY_FAILURES.toolsRefused(), /tools is not supported/],
    ['vision', CAPABILITY_FAILURES.visionRefused(), /does not support image input/]
  ] as const)('%s: %#', async (capability, reply, words) => {
    const result = await run(
      { [MODEL]: { ok: true, capabilities: { [capability]: reply } } },
      { require: capability }
    )
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({
      available: 'false',
      status: 'unavailable',
      'error-category': 'missing-capability'
    })
    expect(result.outputs['error-message']).toMatch(words)
    expect(results(result)[MODEL]?.capabilities).toEqual({ [capability]: 'missing' })
    // Declared in the catalog: only AIML can fix it, and support hears which capability.
    expect(result.summary).toContain(
      'declared, but failed through the gateway: only AIML can fix it'
    )
    expect(result.summary).toContain(`Capability: ${capability}`)
    expect(result.summary).toContain(`${capability} missing`)
  })

  it('names the request ID AIML sends (x-inference-id) in the message for support', async () => {
    const prose = CAPABILITY_FAILURES.toolsInProse(MODEL)
    const { 'x-request-id': _other, ...headers } = prose.headers ?? {}
    const result = await run(
      {
        [MODEL]: {
          ok: true,
          capabilities: {
            tools: { ...prose, headers: { ...headers, 'x-inference-id': 'V1StGXR8Z5jdHi6BmyT8k' } }
          }
        }
      },
      { require: 'tools' }
    )
    expect(result.outputs['error-category']).toBe('missing-capability')
    expect(result.summary).toContain('Capability: tools (a forced function call)')
    expect(result.summary).toContain('Request ID: V1StGXR8Z5jdHi6BmyT8k')
  })

  it('a 503 on the stream request keeps its category', async () => {
    const result = await run(
      { [MODEL]: { ok: true, capabilities: { stream: aimlError(503, 'Service Unavailable') } } },
      { require: 'stream' }
    )
    expect(result.outputs['error-category']).toBe('server-error')
    expect(results(result)[MODEL]?.capabilities).toEqual({ stream: 'server-error' })
    expect(result.code).toBe(0)
  })

  it('not declared: names models that declare it', async () => {
    const result = await run(
      {
        'plain-chat': { ok: true, capabilities: { tools: CAPABILITY_FAILURES.toolsInProse('x') } }
      },
      { model: 'plain-chat', require: 'tools' }
    )
    expect(result.summary).toContain(
      'not declared: pick a model that declares it (these declare it: `anthropic/claude-sonnet-4.5`, `gpt-4o`)'
    )
  })
})

describe('fallbacks pass the same requirements', () => {
  it('recommends only the fallback whose capability probes pass, asked in the second round', async () => {
    const prose = { tools: CAPABILITY_FAILURES.toolsInProse('x') }
    const result = await run(
      {
        [MODEL]: { ok: true, capabilities: prose },
        'mistral-large': { ok: true, capabilities: prose },
        'gpt-4o': { ok: true }
      },
      { require: 'tools', 'fallback-models': 'mistral-large, gpt-4o' }
    )
    expect(result.outputs).toMatchObject({
      available: 'false',
      status: 'fallback',
      'fallback-model': 'gpt-4o',
      'error-category': 'missing-capability'
    })
    expect(
      asked('tools')
        .map(r => r.body.model)
        .sort()
    ).toEqual([MODEL, 'gpt-4o', 'mistral-large'].sort())
  })
})

describe('per-line requirements', () => {
  it('asks each model only what its line names', async () => {
    const result = await run(
      { [MODEL]: { ok: true }, 'gpt-4o': { ok: true } },
      { models: `${MODEL} +json\ngpt-4o +vision` }
    )
    expect(result.code).toBe(0)
    expect(asked('json').map(r => r.body.model)).toEqual([MODEL])
    expect(asked('vision').map(r => r.body.model)).toEqual(['gpt-4o'])
    expect(asked('tools')).toHaveLength(0)
    expect(results(result)['gpt-4o']?.capabilities).toEqual({ vision: 'ok' })
  })

  it('refuses an unknown token before anything is sent', async () => {
    const result = await run({ [MODEL]: { ok: true } }, { models: `${MODEL} +audio` })
    expect(result.code).toBe(1)
    expect(result.everything).toContain("has unknown requirement '+audio'")
    expect(sim.completions()).toHaveLength(0)
  })
})

describe('speed limits', () => {
  it('max-latency-ms: a slower answer is slow, still available, and warns', async () => {
    const result = await run(
      { [MODEL]: { replies: [{ json: completion(MODEL), delayMs: 120 }] } },
      { 'max-latency-ms': '40' }
    )
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      available: 'true',
      status: 'available',
      'error-category': 'slow'
    })
    expect(result.outputs['error-message']).toMatch(/over max-latency-ms of 40 ms/)
    expect(result.annotations.map(a => a.level)).toEqual(['warning'])
  })

  it('max-ttft-ms: a late first token is slow; fail-on slow fails it', async () => {
    const result = await run(
      { [MODEL]: { ok: true, capabilities: { stream: streamReply(MODEL, ['o', 'k'], 150) } } },
      { 'max-ttft-ms': '50', 'fail-on': 'slow' }
    )
    expect(asked('stream')).toHaveLength(1)
    expect(result.outputs['error-category']).toBe('slow')
    expect(result.outputs['error-message']).toMatch(
      /First streamed token after \d+ ms, over max-ttft-ms of 50 ms/
    )
    expect(result.code).toBe(1)
  })
})
