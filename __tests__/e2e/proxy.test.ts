/**
 * The runner's proxy, end to end. SPEC: every request to AIML honours HTTPS_PROXY, HTTP_PROXY
 * and NO_PROXY (upper and lower case) exactly as the GitHub calls do. The fake AIML speaks TLS
 * under a name that resolves nowhere (`aiml.invalid`), so only a proxy can reach it; the
 * action trusts the fake's certificate through NODE_EXTRA_CA_CERTS.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY } from '../../__fixtures__/action-runner.js'
import { startConnectProxy, type ConnectProxy } from '../../__fixtures__/proxy.js'
import { selfSignedCertificate, type TestCertificate } from '../../__fixtures__/tls.js'
import { CATALOG, startAimlSim } from '../../script/aiml-sim.ts'

const HOST = 'aiml.invalid'
const MODEL = 'anthropic/claude-sonnet-4.5'

let certificate: TestCertificate
let sim: Awaited<ReturnType<typeof startAimlSim>>
let proxy: ConnectProxy
let port: number

beforeAll(async () => {
  certificate = selfSignedCertificate(HOST)
  sim = await startAimlSim(
    {
      apiKey: TEST_KEY,
      models: { [MODEL]: { ok: true }, 'gpt-4o': { ok: true } },
      catalog: CATALOG,
      balance: 20
    },
    { tls: { key: certificate.key, cert: certificate.cert } }
  )
  port = Number(new URL(sim.origin).port)
  proxy = await startConnectProxy(port)
})
afterAll(async () => {
  await Promise.all([sim?.close(), proxy?.close()])
  certificate?.remove()
})
beforeEach(() => {
  sim.reset()
  proxy.connects.length = 0
})

const probe = (env: Record<string, string>) =>
  runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': `https://${HOST}:${port}/v1`,
      'timeout-seconds': '5',
      retries: '0'
    },
    env: { NODE_EXTRA_CA_CERTS: certificate.certFile, ...env }
  })

describe('a proxy in front of the runner', () => {
  it.each(['HTTPS_PROXY', 'https_proxy'])(
    'carries the probe, the catalog and the balance through %s',
    async variable => {
      const result = await probe({ [variable]: proxy.url })
      expect(result.outputs.status).toBe('available')
      expect(result.code).toBe(0)
      expect(proxy.connects.length).toBeGreaterThan(0)
      expect(new Set(proxy.connects)).toEqual(new Set([`${HOST}:${port}`]))
      const paths = sim.requests.map(r => r.path).sort()
      // The deprecation feed and the live metrics go through the proxy too.
      expect(paths).toEqual([
        '/models/metrics',
        '/v1/chat/completions',
        '/v1/key',
        '/v1/models',
        '/v1/models/deprecations',
        '/v2/billing'
      ])
      expect(JSON.parse(result.outputs.report ?? '{}').balance).toEqual({
        amount: 20,
        currency: 'USD'
      })
    }
  )

  it.each([
    ['NO_PROXY names the host', { HTTPS_PROXY: 'proxy', NO_PROXY: HOST }],
    ['no_proxy names its domain', { https_proxy: 'proxy', no_proxy: '.invalid' }],
    ['NO_PROXY is *', { HTTPS_PROXY: 'proxy', NO_PROXY: '*' }],
    ['only HTTP_PROXY is set: it is for http://, as for the GitHub calls', { HTTP_PROXY: 'proxy' }]
  ])('goes direct when %s', async (_name, variables) => {
    const env = Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [
        name,
        value === 'proxy' ? proxy.url : value
      ])
    )
    const result = await probe(env)
    // Direct, the name resolves nowhere: the probe fails as `network` and the proxy saw nothing.
    expect(result.outputs['error-category']).toBe('network')
    expect(proxy.connects).toEqual([])
    expect(sim.requests).toEqual([])
  })
})

describe('what a proxy says, in words', () => {
  it('calls a 407 what it is: the proxy refused the credentials', async () => {
    const refusing = await startConnectProxy(port, { refuse: 407 })
    try {
      const result = await probe({ HTTPS_PROXY: refusing.url })
      expect(refusing.connects.length).toBeGreaterThan(0)
      expect(result.outputs['error-category']).toBe('network')
      expect(result.outputs['error-message']).toContain(
        'the proxy refused the credentials (HTTP 407)'
      )
      expect(result.outputs['error-message']).not.toMatch(/cancel|abort/i)
    } finally {
      await refusing.close()
    }
  })

  it('reads HTTPS_PROXY without a scheme as http://, as curl does', async () => {
    for (const value of [
      proxy.url.replace('http://', ''),
      `localhost:${new URL(proxy.url).port}`
    ]) {
      const result = await probe({ HTTPS_PROXY: value })
      expect(result.outputs.status).toBe('available')
    }
    expect(proxy.connects.length).toBeGreaterThan(0)
  })
})
