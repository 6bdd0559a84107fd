import { describe, expect, it } from '@jest/globals'
import { probeCapability } from '../../../src/engine/probe/capability-probes.js'
import type { ProbeRequest } from '../../../src/engine/probe/probe.js'
import { createRedactor } from '../../../src/engine/read/redact.js'
import { scriptedFetch, testIO, type ScriptedAnswer } from '../../../__fixtures__/fake-fetch.js'
import {
  CAPABILITY_FAILURES,
  streamReply,
  UNSUPPORTED_MAX_TOKENS
} from '../../../script/aiml-sim.ts'
import { healthyCapability } from '../../../script/aiml-capabilities.ts'

const KEY = 'sk-aiml-0123456789abcdef0123'
const request: ProbeRequest = {
  baseUrl: 'https://api.test/v1',
  apiKey: KEY,
  prompt: 'Reply ok',
  maxTokens: 16,
  retries: 2,
  timeoutMs: 5_000,
  redact: createRedactor(KEY)
}
const SSE = { 'content-type': 'text/event-stream' }

async function probe(capability: 'tools' | 'stream', ...answers: ScriptedAnswer[]) {
  const { fetch, seen } = scriptedFetch({ m: answers })
  const attempts = await probeCapability('m', 'configured', capability, request, testIO(fetch))
  return { attempt: attempts.at(-1)!, attempts, seen }
}

describe('probeCapability', () => {
  it('asks once, however transient the failure: the step’s bound stays the probe’s', async () => {
    const { attempt, seen } = await probe('tools', {
      status: 503,
      json: { message: 'Service Unavailable', statusCode: 503 }
    })
    expect(seen).toHaveLength(1)
    expect(attempt).toMatchObject({ ok: false, category: 'server-error', capability: 'tools' })
  })

  it('a 200 stream that carries an error is classified by that error, not as a missing stream', async () => {
    // Anthropic's overloaded error inside a 200 event stream, as a gateway relays it.
    const { attempt } = await probe('stream', {
      headers: SSE,
      text:
        'event: error\n' +
        'data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
    })
    expect(attempt).toMatchObject({ ok: false, category: 'server-error', httpStatus: 200 })
  })

  it('a 200 stream of only [DONE] is a missing capability', async () => {
    const only = CAPABILITY_FAILURES.streamOnlyDone()
    const { attempt } = await probe('stream', { headers: only.headers, text: only.text })
    expect(attempt).toMatchObject({
      ok: false,
      category: 'missing-capability',
      message: 'The stream held only [DONE], no content.'
    })
  })

  it('a healthy stream answers, with its first token and the cost of its last chunk', async () => {
    const healthy = streamReply('m')
    const { attempt } = await probe('stream', { headers: healthy.headers, text: healthy.text })
    expect(attempt).toMatchObject({ ok: true, category: null, usd: 0.000045, credits: 90 })
    expect(attempt.ttftMs).toEqual(expect.any(Number))
  })

  it('asks a reasoning model again with max_completion_tokens, as the plain probe does', async () => {
    const tools = healthyCapability('tools', 'm', {
      tool_choice: { function: { name: 'report_status' } }
    })
    const { attempt, attempts, seen } = await probe(
      'tools',
      UNSUPPORTED_MAX_TOKENS,
      tools as ScriptedAnswer
    )
    expect(seen.map(r => Object.keys(r.body ?? {}).filter(k => k.startsWith('max_')))).toEqual([
      ['max_tokens'],
      ['max_completion_tokens']
    ])
    expect(attempts.map(a => [a.try, a.parameter, a.ok])).toEqual([
      [1, 'max_tokens', false],
      [2, 'max_completion_tokens', true]
    ])
    expect(attempt).toMatchObject({ ok: true, capability: 'tools' })
  })
})
