import { describe, expect, it } from '@jest/globals'
import { readBody } from '../../../src/engine/read/body.js'

const texts = (raw: unknown) =>
  readBody(typeof raw === 'string' ? raw : JSON.stringify(raw)).messages.map(m => m.text)

describe('readBody', () => {
  it('reads AIML’s problem+json as the gateway’s own voice', () => {
    const body = readBody(
      JSON.stringify({
        title: 'Forbidden',
        status: 403,
        message: 'You have run out of credits.',
        instance: '/v1/chat/completions',
        requestId: 'r-1',
        timestamp: '2026-11-24T09:00:00Z',
        error: { name: 'ForbiddenException', message: 'You have run out of credits.' }
      })
    )
    expect(body.voice).toBe('gateway')
    expect(body.requestId).toBe('r-1')
    expect(body.messages.every(m => !m.relayed)).toBe(true)
    expect(body.codes.map(c => c.text)).toContain('ForbiddenException')
  })

  it('reads a provider’s error object as relayed', () => {
    const body = readBody(JSON.stringify({ error: { message: 'Insufficient Balance', code: 'x' } }))
    expect(body.voice).toBe('relayed')
    expect(body.messages).toEqual([{ text: 'Insufficient Balance', relayed: true, quoted: false }])
  })

  it('walks a top-level array of errors (Gemini)', () => {
    expect(
      texts([{ error: { code: 429, message: 'Resource exhausted', status: 'RESOURCE_EXHAUSTED' } }])
    ).toEqual(['Resource exhausted'])
  })

  it('walks FastAPI-style detail lists, naming the refused field', () => {
    expect(
      texts({
        detail: [{ loc: ['body', 'model'], msg: 'field required', type: 'value_error.missing' }]
      })
    ).toEqual(['field required (body.model)'])
    // fal.ai: the field is what tells image_size from num_images; `input` echoes the request.
    const fal = readBody(
      JSON.stringify({
        detail: [
          {
            type: 'model_attributes_type',
            loc: ['body', 'image_size', 'ImageSize'],
            msg: 'Input should be a valid dictionary or object to extract fields from',
            input: 'portrait_3_4'
          }
        ]
      })
    )
    expect(fal.messages.map(m => m.text)).toEqual([
      'Input should be a valid dictionary or object to extract fields from (body.image_size.ImageSize)'
    ])
    expect(fal.codes.map(c => c.text)).toEqual(['model_attributes_type'])
    // A bare array of items, as fal's error reference shows them.
    expect(
      texts([{ loc: ['body'], msg: 'Generation timeout', type: 'generation_timeout' }])
    ).toEqual(['Generation timeout (body)'])
  })

  it('reads Stability’s {id, name, errors[]}: the errors as messages, the id as the request id', () => {
    const body = readBody(
      JSON.stringify({
        errors: ['content-type: must be multipart/form-data'],
        id: '21c6b49145908e78f5c3c98d7c0020bb',
        name: 'bad_request'
      })
    )
    expect(body.voice).toBe('relayed')
    expect(body.messages.map(m => m.text)).toEqual(['content-type: must be multipart/form-data'])
    expect(body.codes.map(c => c.text)).toEqual(['bad_request'])
    expect(body.requestId).toBe('21c6b49145908e78f5c3c98d7c0020bb')
    // An explicit request id wins over the body's `id` (DashScope sends both).
    expect(
      readBody(JSON.stringify({ error: { message: 'x' }, id: 'body-id', request_id: 'req-id' }))
        .requestId
    ).toBe('req-id')
    // A body without an error is not an error body: its `id` is not a request id.
    expect(readBody(JSON.stringify({ id: 'chatcmpl-1', object: 'x' })).requestId).toBe('')
  })

  it('finds a body quoted two levels deep, and marks it quoted', () => {
    const inner = JSON.stringify({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'deep' }
    })
    const middle = `litellm.BadRequestError: AnthropicException - ${inner}`
    const body = readBody(
      JSON.stringify({
        message: `400 ${JSON.stringify({ error: { message: middle } })}`,
        statusCode: 400,
        path: '/v1'
      })
    )
    expect(body.voice).toBe('gateway')
    expect(body.messages.at(-1)).toEqual({ text: 'deep', relayed: true, quoted: true })
  })

  it('reads a Python dict quoted in a message', () => {
    const body = readBody(
      JSON.stringify({
        message:
          "Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None}}"
      })
    )
    expect(body.messages.at(-1)).toMatchObject({ text: 'Insufficient Balance', quoted: true })
  })

  it('reads OpenRouter’s metadata.raw as string or object', () => {
    for (const raw of [
      JSON.stringify({ error: { message: 'inner' } }),
      { error: { message: 'inner' } }
    ]) {
      const body = readBody(
        JSON.stringify({
          error: { message: 'Provider returned error', code: 400, metadata: { raw } }
        })
      )
      expect(body.messages.at(-1)).toMatchObject({ text: 'inner', quoted: true })
    }
  })

  it('stays bounded on deep and wide bodies', () => {
    const deep = `${'{"error":'.repeat(3_000)}{"message":"bottom"}${'}'.repeat(3_000)}`
    const wide = {
      error: { details: Array.from({ length: 100_000 }, (_, i) => ({ message: `m${i}` })) }
    }
    expect(readBody(deep).messages.length).toBeLessThanOrEqual(1)
    expect(readBody(JSON.stringify(wide)).messages.length).toBeLessThanOrEqual(10)
  })

  it('reads plain text and HTML', () => {
    expect(readBody('Too Many Requests').voice).toBe('text')
    const page = readBody(
      '<!DOCTYPE html><html><title>502: Bad gateway</title><body>x</body></html>'
    )
    expect(page).toMatchObject({ voice: 'html', htmlTitle: '502: Bad gateway' })
    expect(readBody('  ').voice).toBe('empty')
  })
})
