/**
 * The network every AIML request goes through (probes, catalog, balance): undici's own fetch,
 * through the proxy that the runner's variables name (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, upper
 * and lower case). Self-hosted runners behind a corporate proxy are common; Node's global
 * fetch ignores those variables, so there every probe would fail as `network` and only warn.
 *
 * Which proxy, if any, is decided by `getProxyUrl` of @actions/http-client, the function the
 * GitHub calls (@actions/github) decide with, so that both follow one rule: HTTPS_PROXY for
 * https:// and HTTP_PROXY for http://, the lower-case name first; NO_PROXY by host, `host:port`,
 * `.domain` or `*`; loopback hosts never proxied. The request then goes through undici's
 * ProxyAgent, as theirs does. Both modules load only when a proxy variable is set (the action
 * has them anyway, through @actions/core; the CLI does not pay for them).
 *
 * With no proxy variable set (the common case, and every GitHub-hosted runner), `getProxyUrl`
 * can only answer "none", so the request goes through Node's own fetch, which the openai SDK has
 * loaded already (it reads the fetch globals on import): the bundled undici's agent and its HTTP
 * parser, compiled from WebAssembly on the first connection, cost a healthy run about 7 ms of
 * CPU (BENCHMARKS.md, start-up).
 */
import type { Dispatcher, RequestInit as UndiciRequestInit } from 'undici'
import type { FetchLike } from './exchange.js'

interface Network {
  fetch: typeof import('undici').fetch
  dispatcherFor: (url: string) => Dispatcher
}

let network: Promise<Network> | undefined

/** The variables `getProxyUrl` reads a proxy from; NO_PROXY alone can only exempt. */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'] as const

export const networkFetch: FetchLike = async (input, init) => {
  if (!PROXY_VARIABLES.some(name => process.env[name])) return globalThis.fetch(input, init)
  const url = input instanceof Request ? input.url : String(input)
  const { fetch, dispatcherFor } = await (network ??= load())
  const response = await fetch(url, {
    ...(init as UndiciRequestInit),
    dispatcher: dispatcherFor(url)
  })
  // undici's Response is the same web type as the global one, from another copy of undici.
  return response as unknown as Response
}

async function load(): Promise<Network> {
  const [{ fetch, Agent, ProxyAgent }, { getProxyUrl }] = await Promise.all([
    import('undici'),
    import('@actions/http-client')
  ])
  // One dispatcher per proxy (and one for none), so that connections are reused.
  const dispatchers = new Map<string, Dispatcher>()
  return {
    fetch,
    dispatcherFor: url => {
      const proxy = withScheme(getProxyUrl(url))
      let dispatcher = dispatchers.get(proxy)
      if (!dispatcher) {
        dispatcher = proxy === '' ? new Agent() : new ProxyAgent(proxy)
        dispatchers.set(proxy, dispatcher)
      }
      return dispatcher
    }
  }
}

/**
 * `HTTPS_PROXY=proxy.corp:8080`, without a scheme, is `http://proxy.corp:8080` (as curl reads
 * it): http-client parses such a value as a URL of the scheme `proxy.corp:`, which undici refuses.
 */
function withScheme(proxy: string): string {
  return proxy === '' || /^https?:\/\//i.test(proxy) ? proxy : `http://${proxy}`
}
