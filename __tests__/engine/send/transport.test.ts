import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { recordingFetch } from '../../../src/engine/send/transport.js'

/** A loopback server that answers every request with `answer` and counts them. */
async function serve(
  answer: (path: string) => { status: number; headers?: Record<string, string> }
) {
  const seen: string[] = []
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '')
    const { status, headers = {} } = answer(req.url ?? '')
    res.writeHead(status, { 'content-type': 'text/plain', ...headers })
    res.end('body')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, seen, close: () => new Promise(resolve => server.close(resolve)) }
}

describe('redirects', () => {
  let target: Awaited<ReturnType<typeof serve>>
  let gateway: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    target = await serve(() => ({ status: 200 }))
    gateway = await serve(path =>
      path === '/relative'
        ? { status: 301, headers: { location: '/elsewhere?x=1' } }
        : { status: 307, headers: { location: `${target.origin}/v1/chat/completions?k=1` } }
    )
  })
  afterAll(async () => {
    await Promise.all([target.close(), gateway.close()])
  })

  it('are never followed: the record keeps the real status and location', async () => {
    const transport = recordingFetch({ timeoutMs: 5_000 })
    const response = await transport.fetch(`${gateway.origin}/v1/chat/completions`, {
      method: 'POST',
      body: '{}'
    })
    expect(response.status).toBe(307)
    expect(target.seen).toEqual([])
    expect(transport.record()).toMatchObject({
      kind: 'response',
      exchange: {
        status: 307,
        headers: { location: `${target.origin}/v1/chat/completions?k=1` }
      }
    })
  })

  it('record a relative location as the absolute address it names', async () => {
    const transport = recordingFetch({ timeoutMs: 5_000 })
    await transport.fetch(`${gateway.origin}/relative`)
    const recorded = transport.record()
    expect(recorded?.kind === 'response' && recorded.exchange.headers.location).toBe(
      `${gateway.origin}/elsewhere?x=1`
    )
    expect(gateway.seen.filter(p => p.startsWith('/elsewhere'))).toEqual([])
  })
})
