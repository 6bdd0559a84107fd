/**
 * The GitHub budget and client against a real octokit (with its token hook, as getOctokit builds
 * it) and a loopback server: what a hook sets must reach the request that is sent.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubBudget, spendFrom } from '../../src/github/budget.js'
import { githubClient } from '../../src/github/client.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler = (_req, res) => res.end('{}')
const server = createServer((req, res) => handler(req, res))
let base = ''

beforeAll(async () => {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(() => {
  jest.restoreAllMocks()
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const json = (res: ServerResponse, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers })
  res.end('{"number":1}')
}

describe('spendFrom', () => {
  it('bounds each call by timeout-seconds, though the caller passes only the whole bound', async () => {
    handler = (_req, res) => setTimeout(() => json(res), 3000).unref()
    const octokit = githubClient('ghs_test', () => undefined)
    const budget = githubBudget(300)
    spendFrom(octokit, budget)
    const started = Date.now()
    const outcome = await octokit
      .request(`GET ${base}/repos/acme/shop/issues/1`, { request: { signal: budget.signal } })
      .then(
        () => 'answered',
        () => 'aborted'
      )
    expect(outcome).toBe('aborted')
    expect(Date.now() - started).toBeLessThan(1500)
    expect(budget.answered.count).toBe(0)
  })

  it('counts a call GitHub answered, and lets it through', async () => {
    handler = (_req, res) => json(res)
    const octokit = githubClient('ghs_test', () => undefined)
    const budget = githubBudget(2000)
    spendFrom(octokit, budget)
    const { data } = await octokit.request(`GET ${base}/repos/acme/shop/issues/1`)
    expect(data).toEqual({ number: 1 })
    expect(budget.answered.count).toBe(1)
  })
})

describe('githubClient', () => {
  it('says the warning @octokit/request words from GitHub’s headers, and leaves the console alone', async () => {
    handler = (_req, res) =>
      json(res, {
        deprecation: 'true',
        sunset: '##[add-mask]x',
        link: '<https://docs.github.com/##[error]y>; rel="deprecation"'
      })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const said: string[] = []
    const octokit = githubClient('ghs_test', line => said.push(line))
    spendFrom(octokit, githubBudget(2000))
    await octokit.request(`GET ${base}/repos/acme/shop/issues/1`)
    expect(warn).not.toHaveBeenCalled()
    expect(said).toHaveLength(1)
    expect(said[0]).toContain('is deprecated. It is scheduled to be removed on ##[add-mask]x')
  })
})
