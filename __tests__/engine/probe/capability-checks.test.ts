import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  checkCapabilityAnswer,
  hasContentDelta,
  namesFeature
} from '../../../src/engine/probe/capability-checks.js'
import { CAPABILITY_FAILURES, healthyCapability, streamReply } from '../../../script/aiml-sim.ts'

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

  it('takes `error: null` on every chunk for no error, and a real one for one', () => {
    const chunk = (extra: string) =>
      `data: {"choices":[{"index":0,"delta":{"content":"ok"}}],${extra}}\n\n`
    expect(checkCapabilityAnswer('stream', chunk('"error":null') + 'data: [DONE]\n\n').ok).toBe(
      true
    )
    const carried = checkCapabilityAnswer('stream', chunk('"error":{"message":"boom"}'))
    expect(!carried.ok && carried.message).toMatch(/carried an error/)
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

/**
 * Bodies as AIML and OpenAI really sent them (__fixtures__/capability-bodies.json names each
 * one's public source), not as our simulator writes them.
 */
describe('recorded real bodies', () => {
  const recorded = JSON.parse(
    readFileSync(new URL('../../../__fixtures__/capability-bodies.json', import.meta.url), 'utf8')
  ) as { name: string; source: string; body: string }[]
  const body = (name: string): string => {
    const found = recorded.find(r => r.name === name)
    if (!found) throw new Error(`No recorded body '${name}'.`)
    return found.body
  }
  const events = (text: string) => text.split('\n\n').filter(Boolean)

  it('passes AIML’s recorded Claude stream, usage read from its finish chunk', () => {
    const claude = body('aiml-claude-sonnet-4.5-stream')
    expect(checkCapabilityAnswer('stream', claude)).toEqual({
      ok: true,
      usage: { promptTokens: 16, completionTokens: 137, totalTokens: 153 },
      usd: null,
      credits: null
    })
    // The first two chunks are role deltas with empty content: no first token yet.
    const [first, second, third] = events(claude)
    expect(hasContentDelta(`${first}\n\n${second}\n\n`)).toBe(false)
    expect(hasContentDelta(`${first}\n\n${second}\n\n${third}\n\n`)).toBe(true)
  })

  it('reads the cost from the final chunk’s meta.usage, as AIML documents it', () => {
    const stream = `${body('aiml-claude-sonnet-4.5-stream')}${body('aiml-meta-usage-final-chunk')}data: [DONE]\n\n`
    expect(checkCapabilityAnswer('stream', stream)).toMatchObject({
      ok: true,
      usd: 0.00124,
      credits: 2480
    })
  })

  it('waits through a reasoning model’s reasoning_content for content; usage from empty choices', () => {
    const qwen = body('aiml-qwen3-32b-stream')
    const chunks = events(qwen)
    // Nine chunks of reasoning, content null: not a first token.
    expect(hasContentDelta(chunks.slice(0, 9).join('\n\n'))).toBe(false)
    expect(hasContentDelta(chunks.slice(0, 10).join('\n\n'))).toBe(true)
    expect(checkCapabilityAnswer('stream', qwen)).toMatchObject({
      ok: true,
      usage: { promptTokens: 13, completionTokens: 2010, totalTokens: 2023 }
    })
    // The same stream with its answer cut out carries no content: it fails.
    const reasoningOnly = [...chunks.slice(0, 9), ...chunks.slice(10)].join('\n\n')
    expect(checkCapabilityAnswer('stream', reasoningOnly)).toMatchObject({
      ok: false,
      message: 'The stream ended without a content delta.'
    })
  })

  it('reads AIML’s recorded prose answer with an empty tool_calls as prose, not a call', () => {
    const prose = body('aiml-qwen2.5-7b-completion-empty-tool-calls')
    expect(checkCapabilityAnswer('tools', prose)).toEqual({
      ok: false,
      message:
        'Answered in prose instead of calling report_status: Hello! How can I assist you today?'
    })
    expect(checkCapabilityAnswer('json', prose)).toMatchObject({ ok: false })
    expect(checkCapabilityAnswer('vision', prose)).toMatchObject({
      ok: true,
      usage: { promptTokens: 19, completionTokens: 6, totalTokens: 25 }
    })
  })

  it('takes AIML’s recorded gpt-4o completion (refusal, annotations, token details) as text', () => {
    const gpt = body('aiml-gpt-4o-completion')
    expect(checkCapabilityAnswer('vision', gpt)).toMatchObject({ ok: true })
    expect(checkCapabilityAnswer('json', gpt)).toMatchObject({ ok: false })
  })

  it('reads OpenAI’s recorded tool call: another function fails, ours with fitting arguments passes', () => {
    const recordedCall = body('openai-gpt-4o-tool-call')
    expect(checkCapabilityAnswer('tools', recordedCall)).toEqual({
      ok: false,
      message: 'No call of report_status in the answer.'
    })
    const ours = recordedCall
      .replace('"get_weather"', '"report_status"')
      .replace('"{\\"location\\":\\"Shanghai\\"}"', '"{\\"ok\\":true}"')
    expect(ours).not.toBe(recordedCall)
    expect(checkCapabilityAnswer('tools', ours)).toEqual({
      ok: true,
      usage: { promptTokens: 91, completionTokens: 14, totalTokens: 105 },
      usd: null,
      credits: null
    })
  })
})
