import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS } from '../../src/engine/categories.js'
import {
  classifyExchange,
  classifyTransportFailure,
  parseRetryAfter,
  type Exchange
} from '../../src/engine/classify.js'
import { corpus, exchangeOf } from '../../__fixtures__/corpus.js'

describe('the recorded corpus of real error bodies', () => {
  it('is large and covers every category an HTTP answer can get', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30)
    const seen = new Set(corpus.map(e => e.category))
    for (const id of CATEGORY_IDS.filter(id => id !== 'timeout' && id !== 'network')) {
      expect(seen).toContain(id)
    }
    for (const entry of corpus) expect(entry.source).toMatch(/\S{8,}/)
  })

  it.each(corpus.map(e => [e.name, e] as const))('%s', (_name, entry) => {
    const outcome = classifyExchange(exchangeOf(entry))
    expect(outcome.ok ? 'ok' : outcome.category).toBe(entry.category)
  })
})

describe('classifyExchange', () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Exchange => ({
    status,
    headers,
    body: JSON.stringify(body)
  })

  it('marks the max_tokens refusal so the probe can switch parameter', () => {
    const outcome = classifyExchange(
      json(400, {
        error: {
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
          param: 'max_tokens',
          code: 'unsupported_parameter'
        }
      })
    )
    expect(outcome).toMatchObject({
      ok: false,
      category: 'bad-request',
      wantsMaxCompletionTokens: true
    })
  })

  it('tells a wrong base URL from a missing model', () => {
    const wrongPath = classifyExchange({
      status: 404,
      headers: {},
      body: 'Cannot POST /v1/chat/completion'
    })
    expect(wrongPath).toMatchObject({ category: 'bad-request', wrongEndpoint: true })
    const missing = classifyExchange(
      json(404, {
        type: 'error',
        error: { type: 'not_found_error', message: 'model: claude-sonnet-9' }
      })
    )
    expect(missing).toMatchObject({ category: 'model-not-found', wrongEndpoint: false })
  })

  it('reads the innermost provider message, not the wrapper', () => {
    const outcome = classifyExchange(
      json(400, {
        error: {
          code: 400,
          message: 'Provider returned error',
          metadata: {
            raw: JSON.stringify({
              type: 'error',
              error: {
                type: 'invalid_request_error',
                message: 'Your credit balance is too low to access the Anthropic API.'
              }
            })
          }
        }
      })
    )
    expect(outcome).toMatchObject({
      category: 'provider-access',
      message: 'Your credit balance is too low to access the Anthropic API.'
    })
  })

  it('calls generic billing text the account’s own credits', () => {
    const outcome = classifyExchange(json(402, { error: { message: 'Insufficient Balance' } }))
    expect(outcome).toMatchObject({ category: 'insufficient-credits' })
  })

  it('keeps Retry-After and the request id', () => {
    const outcome = classifyExchange(
      json(
        429,
        { error: { type: 'rate_limit_error', message: 'slow down' } },
        { 'retry-after': '3', 'x-request-id': 'req_123' }
      )
    )
    expect(outcome).toMatchObject({
      category: 'rate-limited',
      retryAfterMs: 3000,
      requestId: 'req_123'
    })
  })

  it('accepts a reasoning model that spent its tokens thinking', () => {
    const outcome = classifyExchange(
      json(200, {
        choices: [{ message: { role: 'assistant', content: '' }, finish_reason: 'length' }]
      })
    )
    expect(outcome).toMatchObject({ ok: true, finishReason: 'length' })
  })

  it('refuses a 2xx that is not a completion', () => {
    expect(
      classifyExchange({ status: 200, headers: {}, body: '<!DOCTYPE html><title>Hi</title>' })
    ).toMatchObject({ category: 'invalid-response', message: expect.stringContaining('HTML') })
    expect(classifyExchange({ status: 200, headers: {}, body: '' })).toMatchObject({
      category: 'invalid-response'
    })
  })
})

describe('classifyTransportFailure', () => {
  it('keeps timeout and network apart', () => {
    expect(classifyTransportFailure({ kind: 'timeout', message: 'late' }).category).toBe('timeout')
    expect(
      classifyTransportFailure({ kind: 'network', code: 'ECONNREFUSED', message: 'refused' })
    ).toMatchObject({ category: 'network', code: 'ECONNREFUSED' })
  })
})

describe('parseRetryAfter', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after': 'Thu, 01 Jan 1970 00:00:10 GMT' }, 10_000],
    [{ 'retry-after': 'soon' }, null],
    [{}, null]
  ])('%j → %p', (headers, expected) => {
    expect(parseRetryAfter(headers, 0)).toBe(expected)
  })
})
