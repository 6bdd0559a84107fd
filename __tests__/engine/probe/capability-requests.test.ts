/**
 * The capability requests against the shapes AIML documents for POST /v1/chat/completions (its
 * OpenAPI schema for gpt-4o, github.com/aimlapi/api-docs docs/.gitbook/assets/gpt-4o.json, the
 * same as OpenAI's): what each field must hold, and that the shipped image is a real PNG.
 */
import { describe, expect, it } from '@jest/globals'
import { crc32, inflateSync } from 'node:zlib'
import { capabilityRequest, PROBE_FUNCTION } from '../../../src/engine/probe/capability-requests.js'

const MODEL = 'anthropic/claude-sonnet-4.5'

describe('capabilityRequest', () => {
  it('tools: a function tool, forced by name (the object form of tool_choice)', () => {
    const body = capabilityRequest('tools', MODEL, 16)
    const tools = body.tools as { type: string; function: { name: string; parameters: object } }[]
    expect(tools).toHaveLength(1)
    expect(tools[0]).toMatchObject({ type: 'function', function: { name: PROBE_FUNCTION } })
    // The function name: a-z, A-Z, 0-9, underscores and dashes, at most 64.
    expect(PROBE_FUNCTION).toMatch(/^[a-zA-Z0-9_-]{1,64}$/)
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: PROBE_FUNCTION } })
    expect(body.max_tokens).toBe(32)
  })

  it('json: response_format json_schema with a valid name, strict, an object schema', () => {
    const body = capabilityRequest('json', MODEL, 64)
    const format = body.response_format as {
      type: string
      json_schema: { name: string; strict: boolean; schema: { type: string } }
    }
    expect(format.type).toBe('json_schema')
    expect(format.json_schema.name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/)
    expect(format.json_schema).toMatchObject({ strict: true, schema: { type: 'object' } })
    // Strict structured outputs want every property required and no others allowed.
    expect(format.json_schema.schema).toMatchObject({
      required: ['ok'],
      additionalProperties: false
    })
    expect(body.max_tokens).toBe(64)
  })

  it('stream: stream_options carries include_usage (required when stream_options is sent)', () => {
    const body = capabilityRequest('stream', MODEL, 16)
    expect(body).toMatchObject({ stream: true, stream_options: { include_usage: true } })
  })

  it('vision: a text part and an image_url part whose url is a PNG data URL of 2×2 pixels', () => {
    const body = capabilityRequest('vision', MODEL, 16)
    const [message] = body.messages as { role: string; content: Record<string, unknown>[] }[]
    expect(message!.role).toBe('user')
    const [text, image] = message!.content
    expect(text).toMatchObject({ type: 'text', text: expect.any(String) })
    expect(image).toMatchObject({ type: 'image_url', image_url: { url: expect.any(String) } })
    const url = (image!.image_url as { url: string }).url
    expect(url.startsWith('data:image/png;base64,')).toBe(true)
    const png = Buffer.from(url.slice('data:image/png;base64,'.length), 'base64')
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
    // Every chunk's CRC holds, IHDR says 2×2, and the image data inflates: a decodable PNG.
    const chunks: string[] = []
    for (let at = 8; at < png.length;) {
      const length = png.readUInt32BE(at)
      const type = png.subarray(at + 4, at + 8)
      const data = png.subarray(at + 8, at + 8 + length)
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(Buffer.concat([type, data])))
      chunks.push(type.toString('latin1'))
      if (type.toString('latin1') === 'IHDR') {
        expect([data.readUInt32BE(0), data.readUInt32BE(4)]).toEqual([2, 2])
      }
      if (type.toString('latin1') === 'IDAT') expect(inflateSync(data).length).toBeGreaterThan(0)
      at += 12 + length
    }
    expect(chunks).toEqual(['IHDR', 'IDAT', 'IEND'])
  })
})
