import { describe, expect, it } from '@jest/globals'
import {
  checkCapabilityAnswer,
  hasContentDelta,
  namesFeature
} from '../../src/engine/capability-checks.js'
import { CAPABILITY_FAILURES, healthyCapability, streamReply } from '../../script/aiml-sim.ts'

const MODEL = 'gpt-4o'
const bodyOf = (reply: { json?: unknown; text?: string }): string =>
  reply.text ?? JSON.stringify(reply.json)
const toolsBody = { tools: [{ type: 'function', function: { name: 'report_status' } }] }

describe('checkCapabilityAnswer', () => {
  it.each(['tools', 'json', 'stream', 'vision'] as const)('passes a healthy %s answer', cap => {
    const check = checkCapabilityAnswer(cap, bodyOf(healthyCapability(cap, MODEL, toolsBody)))
    expect(check.ok).toBe(true)
  })

  it.each([
    [
      'tools',
      CAPABILITY_FAILURES.toolsInProse(MODEL),
      /Answered in prose instead of calling report_status: Sure/
    ],
    [
      'tools',
      CAPABILITY_FAILURES.toolsBadArguments(MODEL),
      /arguments do not fit the schema: \{"status":"fine"\}/
    ],
    [
      'json',
      CAPABILITY_FAILURES.jsonInProse(MODEL),
      /not JSON that fits the schema: Yes, ok is true/
    ],
    ['stream', CAPABILITY_FAILURES.streamOnlyDone(), /only \[DONE\]/],
    ['stream', streamReply(MODEL, []), /ended without a content delta/],
    ['vision', { json: { choices: [{ message: { content: ' ' } }] } }, /empty/]
  ] as const)('fails %s: %p', (cap, reply, words) => {
    const check = checkCapabilityAnswer(cap, bodyOf(reply))
    expect(check.ok).toBe(false)
    expect(!check.ok && check.message).toMatch(words)
  })

  it('reads a stream’s cost from its final chunk: usage and AIML’s meta.usage', () => {
    const check = checkCapabilityAnswer('stream', bodyOf(streamReply(MODEL)))
    expect(check).toEqual({
      ok: true,
      usage: { promptTokens: 12, completionTokens: 2, totalTokens: 14 },
      usd: 0.000045,
      credits: 90
    })
  })

  it('fails a JSON object with more than the schema allows', () => {
    const body = JSON.stringify({ choices: [{ message: { content: '{"ok":true,"x":1}' } }] })
    expect(checkCapabilityAnswer('json', body).ok).toBe(false)
  })
})

describe('hasContentDelta', () => {
  it('waits for a non-empty content delta, not the role delta', () => {
    const role = 'data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n'
    expect(hasContentDelta(role)).toBe(false)
    expect(hasContentDelta(`${role}data: {"choices":[{"delta":{"content":"o"}}]}\n`)).toBe(true)
    expect(hasContentDelta('data: [DONE]\n\n')).toBe(false)
  })
})

describe('namesFeature', () => {
  it.each([
    ['tools', 400, 'tools is not supported for this model', true],
    ['tools', 503, 'tools is not supported', false],
    ['tools', 401, 'tools need another key', false],
    ['json', 400, "Unsupported parameter: 'response_format'", true],
    ['vision', 422, 'This model does not support image input', true],
    ['stream', 400, 'messages must be an array', false]
  ] as const)('%s, HTTP %d, %p → %p', (cap, status, message, named) => {
    expect(namesFeature(cap, status, message)).toBe(named)
  })
})
