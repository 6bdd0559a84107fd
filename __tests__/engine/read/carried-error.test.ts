import { describe, expect, it } from '@jest/globals'
import { carriedError } from '../../../src/engine/read/carried-error.js'
import { classifyExchange } from '../../../src/engine/classify/classify.js'

const SSE = 'text/event-stream'

describe('carriedError', () => {
  it('finds the error event of an event stream, after ordinary events', () => {
    const body = [
      'event: message_start',
      'data: {"type":"message_start","message":{"id":"m"}}',
      '',
      'event: error',
      'data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
      ''
    ].join('\n')
    expect(carriedError(body, SSE)).toBe(
      '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'
    )
  })

  it('finds a chunk with a top-level error without an event name, even unlabelled', () => {
    const body = ': PROCESSING\n\ndata: {"choices":[],"error":{"code":502,"message":"down"}}\n\n'
    expect(carriedError(body)).toBe('{"choices":[],"error":{"code":502,"message":"down"}}')
  })

  it('keeps a named error event whose data is not JSON', () => {
    expect(carriedError('event: error\ndata: upstream closed\n\n', SSE)).toBe('upstream closed')
  })

  it('finds nothing in a stream of content and [DONE]', () => {
    const body = 'data: {"choices":[{"delta":{"content":"hi"}}]}\n\ndata: [DONE]\n\n'
    expect(carriedError(body, SSE)).toBeUndefined()
  })

  it('reads a JSON error body labelled as an event stream by the body, not the label', () => {
    expect(carriedError('{"error":{"message":"x","code":429}}', SSE)).toBe(
      '{"error":{"message":"x","code":429}}'
    )
  })

  it.each([
    [{ error_code: 17, error_msg: 'Open api daily request limit reached' }, true],
    [{ status: 429, message: 'Too many requests' }, true],
    [{ code: 5, message: 'Insufficient balance, check account balance.' }, true],
    [{ code: 0, message: 'ok' }, false],
    [{ status: 200, message: 'done' }, false],
    [{ status: 'completed', message: 'x', output: [] }, false],
    [{ choices: [{ message: { content: 'hi' } }], code: 3, message: 'x' }, false],
    [{ code: 7 }, false]
  ])('tells a JSON error from an answer: %j → %s', (json, carries) => {
    expect(carriedError(JSON.stringify(json)) !== undefined).toBe(carries)
  })
})

describe('reading more bodies (SPEC, Version 3)', () => {
  const json = (status: number, body: unknown) =>
    classifyExchange({ status, headers: {}, body: JSON.stringify(body) })

  it('classifies a 2xx event stream by the error it carries', () => {
    const outcome = classifyExchange({
      status: 200,
      headers: { 'content-type': SSE },
      body: 'event: error\ndata: {"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}\n\n'
    })
    expect(outcome).toMatchObject({ ok: false, category: 'rate-limited' })
  })

  it('reads a quota named by its metric as a rate limit, unless a day says otherwise', () => {
    const metric = (m: string) =>
      json(429, { error: { code: 429, message: m, status: 'RESOURCE_EXHAUSTED' } })
    expect(
      metric(
        'Quota exceeded for aiplatform.googleapis.com/online_prediction_requests_per_base_model with base model: x.'
      )
    ).toMatchObject({ category: 'rate-limited', rule: 'metric-quota' })
    expect(
      metric("Quota exceeded for quota metric 'Generate Content API requests per day'")
    ).toMatchObject({ category: 'insufficient-credits' })
  })

  it('reads a quota that comes back within a minute as a wait, later as the plan', () => {
    const apim = (m: string) => json(403, { statusCode: 403, message: m })
    expect(apim('Out of call volume quota. Quota will be replenished in 00:00:20.')).toMatchObject({
      category: 'rate-limited'
    })
    expect(apim('Out of call volume quota. Quota will be replenished in 01:00:00.')).toMatchObject({
      category: 'insufficient-credits',
      rule: 'quota-window'
    })
  })

  it('calls a credential refusal that never says "key" auth', () => {
    expect(
      json(403, { message: 'The security token included in the request is invalid.' })
    ).toMatchObject({ category: 'auth', concern: 'key', rule: 'credential-refused' })
    expect(json(400, { __type: 'InvalidSignatureException', message: 'no' })).toMatchObject({
      category: 'auth'
    })
  })

  it('calls a relayed suspended account, or a model that needs a dedicated deployment, provider-access', () => {
    const relayed = json(400, {
      error: {
        message: 'Provider returned error',
        metadata: { raw: '{"error":{"message":"This organization has been disabled."}}' }
      }
    })
    expect(relayed).toMatchObject({ category: 'provider-access' })
    expect(
      json(400, { error: { message: 'This model requires a dedicated deployment.' } })
    ).toMatchObject({ category: 'provider-access', rule: 'dedicated-deployment' })
  })

  it('reads words across a line break', () => {
    expect(
      json(400, {
        type: 'error',
        error: { type: 'invalid_request_error', message: 'This organization has been\ndisabled.' }
      })
    ).toMatchObject({ category: 'provider-access' })
  })
})
