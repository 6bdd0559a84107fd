import { describe, expect, it } from '@jest/globals'
import {
  modelBoundMs,
  probeModel,
  waitBeforeRetry,
  type ProbeRequest
} from '../../../src/engine/probe/probe.js'
import { createRedactor } from '../../../src/engine/read/redact.js'
import { completionJson, scriptedFetch, testIO } from '../../../__fixtures__/fake-fetch.js'
import { UNSUPPORTED_MAX_TOKENS } from '../../../script/aiml-api.ts'

const KEY = 'sk-aiml-0123456789abcdef0123'
const request = (overrides: Partial<ProbeRequest> = {}): ProbeRequest => ({
  baseUrl: 'https://api.test/v1',
  apiKey: KEY,
  prompt: 'Reply ok',
  maxTokens: 16,
  retries: 2,
  timeoutMs: 5_000,
  redact: createRedactor(KEY),
  ...overrides
})

const unavailable = { status: 503, json: { message: 'Service Unavailable', statusCode: 503 } }
const creditsGone = { status: 403, json: { message: "You've run out of credits", statusCode: 403 } }

describe('probeModel', () => {
  it('asks once with the cheap request through the SDK', async () => {
    const { fetch, seen } = scriptedFetch({
      m: [
        {
          json: completionJson(),
          headers: { 'x-aimlapi-usd-spent': '0.000045', 'x-aimlapi-credits-used': '90' }
        }
      ]
    })
    const result = await probeModel('m', 'configured', request(), testIO(fetch))
    expect(result.ok).toBe(true)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      url: 'https://api.test/v1/chat/completions',
      method: 'POST',
      body: { model: 'm', messages: [{ role: 'user', content: 'Reply ok' }], max_tokens: 16 }
    })
    expect(result.final).toMatchObject({
      httpStatus: 200,
      usd: 0.000045,
      credits: 90,
      usage: { totalTokens: 13 }
    })
  })

  it('retries transient failures up to `retries` times, with growing waits', async () => {
    const { fetch, seen } = scriptedFetch({ m: [unavailable] })
    const io = testIO(fetch)
    const result = await probeModel('m', 'configured', request({ retries: 3 }), io)
    expect(result.ok).toBe(false)
    expect(seen).toHaveLength(4)
    expect(result.attempts.map(a => a.try)).toEqual([1, 2, 3, 4])
    expect(io.waits).toEqual([375, 750, 1500])
  })

  it('stops retrying once a transient failure recovers', async () => {
    const { fetch, seen } = scriptedFetch({ m: [unavailable, { json: completionJson() }] })
    const result = await probeModel('m', 'configured', request(), testIO(fetch))
    expect(result.ok).toBe(true)
    expect(seen).toHaveLength(2)
  })

  it('honours Retry-After, capped', async () => {
    const { fetch } = scriptedFetch({
      m: [
        { status: 429, json: { message: 'Too Many Requests' }, headers: { 'retry-after': '2' } },
        { status: 429, json: { message: 'Too Many Requests' }, headers: { 'retry-after': '3600' } }
      ]
    })
    const io = testIO(fetch)
    await probeModel('m', 'configured', request({ retries: 2, timeoutMs: 10_000 }), io)
    expect(io.waits).toEqual([2000, 10_000])
  })

  it.each([0, 2])('never retries what retrying cannot fix (retries %d)', async retries => {
    const { fetch, seen } = scriptedFetch({ m: [creditsGone] })
    const result = await probeModel('m', 'configured', request({ retries }), testIO(fetch))
    expect(result.final.category).toBe('insufficient-credits')
    expect(seen).toHaveLength(1)
  })

  it('switches to max_completion_tokens once for a reasoning model', async () => {
    const { fetch, seen } = scriptedFetch({
      o3: [UNSUPPORTED_MAX_TOKENS, { json: completionJson('', 'length') }]
    })
    const result = await probeModel('o3', 'configured', request({ retries: 0 }), testIO(fetch))
    expect(result.ok).toBe(true)
    expect(seen.map(s => Object.keys(s.body ?? {}).find(k => k.startsWith('max_')))).toEqual([
      'max_tokens',
      'max_completion_tokens'
    ])
    expect(result.final.parameter).toBe('max_completion_tokens')
  })

  it.each([301, 302, 307, 308])('asks once on a %d redirect: it is a bad request', async status => {
    const moved = { status, text: '', headers: { location: 'https://elsewhere.test/v1/x?k=1' } }
    const { fetch, seen } = scriptedFetch({ m: [moved] })
    const result = await probeModel('m', 'configured', request({ retries: 2 }), testIO(fetch))
    expect(seen).toHaveLength(1)
    expect(result.final).toMatchObject({ category: 'bad-request', httpStatus: status })
    expect(result.final.message).toContain('https://elsewhere.test')
    expect(result.final.message).not.toContain('/v1/x')
  })

  it('calls a refused connection a network failure', async () => {
    const { fetch } = scriptedFetch({ m: [{ refuse: true }] })
    const result = await probeModel('m', 'configured', request({ retries: 0 }), testIO(fetch))
    expect(result.final).toMatchObject({
      category: 'network',
      httpStatus: null,
      code: 'ECONNREFUSED'
    })
  })

  // SPEC: numbers from the API are read strictly; a cost that cannot be read is unknown.
  it.each(['  ', '0x10', '1e999', '-0', 'Infinity', '1_000', 'true', '-1'])(
    'reads a cost header of %j as unknown',
    async value => {
      const { fetch } = scriptedFetch({
        m: [
          {
            json: completionJson(),
            headers: { 'x-aimlapi-usd-spent': value, 'x-aimlapi-credits-used': value }
          }
        ]
      })
      const result = await probeModel('m', 'configured', request(), testIO(fetch))
      expect(result.final).toMatchObject({ ok: true, usd: null, credits: null })
    }
  )

  it('cleans API text where it enters: escapes, controls and bidi go, line breaks fold', async () => {
    const { fetch } = scriptedFetch({
      m: [
        {
          status: 404,
          json: {
            error: {
              message: 'Model \u001b[31mgone\u001b[0m\u202e\n::error::forged\u0007',
              code: 'model_not_found\u001b]0;t\u0007',
              request_id: 'req\u001b[2J_1\u2066\u009b'
            }
          }
        }
      ]
    })
    const result = await probeModel('m', 'configured', request(), testIO(fetch))
    expect(result.final).toMatchObject({
      category: 'model-not-found',
      message: 'Model gone ::error::forged',
      code: 'model_not_found',
      requestId: 'req_1'
    })
  })

  it('redacts the key when the server echoes it', async () => {
    const { fetch } = scriptedFetch({
      m: [
        {
          status: 401,
          json: {
            error: { message: `Incorrect API key provided: ${KEY}`, code: 'invalid_api_key' }
          }
        }
      ]
    })
    const result = await probeModel('m', 'configured', request(), testIO(fetch))
    expect(result.final.category).toBe('auth')
    expect(result.final.message).toBe('Incorrect API key provided: ***')
  })
})

describe('bounds', () => {
  it('caps every wait at min(30 s, timeout)', () => {
    expect(waitBeforeRetry(10, null, 5_000, () => 1)).toBe(5_000)
    expect(waitBeforeRetry(0, 90_000, 60_000, () => 1)).toBe(30_000)
    expect(waitBeforeRetry(0, null, 30_000, () => 0)).toBe(250)
  })

  it('bounds one model by its requests and waits', () => {
    expect(modelBoundMs(2, 30_000)).toBe(4 * 30_000 + 2 * 30_000)
    expect(modelBoundMs(0, 1_000)).toBe(2_000)
  })
})
