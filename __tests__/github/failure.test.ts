/**
 * The warnings are checked against errors that octokit really throws: the real client against
 * loopback servers that refuse, fail, drop the connection or never answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getOctokit } from '@actions/github'
import {
  describeGitHubFailure,
  httpStatusOf,
  isGitHubRefusal,
  readGitHubFailure
} from '../../src/github/failure.js'

const WORDING = {
  subject: 'The PR comment could not be posted',
  forbidden: 'The job needs `permissions: pull-requests: write`.',
  timeoutMs: 300
}

type Answer = (res: import('node:http').ServerResponse) => void
const answers: Record<string, Answer> = {
  '/forbidden': res => json(res, 403, { message: 'Resource not accessible by integration' }),
  '/server-error': res => json(res, 500, { message: 'Server Error' }),
  '/not-found': res => json(res, 404, { message: 'Not Found', documentation_url: 'https://x' }),
  '/invalid': res =>
    json(res, 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'too long' }],
      documentation_url: 'https://docs.github.com/rest'
    }),
  '/html': res => {
    res.writeHead(502, { 'content-type': 'text/html' })
    res.end('<html>\n<body>\u001b[31m502 Bad Gateway</body></html>')
  },
  '/drop': res => res.socket?.destroy(),
  '/hang': () => {}
}

function json(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

let server: Server
let base = ''
let closedBase = ''

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/repos\/o\/r.*$/, '')
    const answer = answers[path.split('/').slice(0, 2).join('/')]
    if (answer) answer(res)
    else json(res, 418, { message: 'unexpected' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const closed = createServer()
  await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
  closedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise(resolve => closed.close(resolve))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

/** What octokit throws for a call to `baseUrl`. */
async function thrownBy(baseUrl: string): Promise<unknown> {
  const octokit = getOctokit('ghs_test', { baseUrl })
  try {
    await octokit.rest.issues.listComments({
      owner: 'o',
      repo: 'r',
      issue_number: 1,
      request: { signal: AbortSignal.timeout(WORDING.timeoutMs) }
    })
  } catch (error) {
    return error
  }
  throw new Error('the call succeeded')
}

describe('what octokit throws, read honestly', () => {
  it.each([
    ['/forbidden', 403, 'Resource not accessible by integration'],
    ['/server-error', 500, 'Server Error'],
    ['/not-found', 404, 'Not Found'],
    ['/invalid', 422, 'Validation Failed: too long'],
    ['/html', 502, '502 Bad Gateway']
  ])('%s: HTTP %i with GitHub’s words', async (path, status, message) => {
    const error = await thrownBy(base + path)
    expect(readGitHubFailure(error)).toEqual({ kind: 'http', status, message })
    expect(httpStatusOf(error)).toBe(status)
    expect(isGitHubRefusal(error)).toBe(true)
    const warning = describeGitHubFailure(error, WORDING)
    expect(warning).toBe(
      `The PR comment could not be posted (HTTP ${status}: ${message}).${status === 403 ? ' The job needs `permissions: pull-requests: write`.' : ''}`
    )
  })

  it('a refused connection: the system error, the origin, no status', async () => {
    const error = await thrownBy(closedBase)
    // What octokit itself claims, and why it cannot be taken at its word.
    expect((error as { status?: number }).status).toBe(500)
    expect(readGitHubFailure(error)).toEqual({
      kind: 'network',
      detail: expect.stringContaining('ECONNREFUSED'),
      origin: closedBase
    })
    expect(httpStatusOf(error)).toBeNull()
    expect(isGitHubRefusal(error)).toBe(false)
    const warning = describeGitHubFailure(error, WORDING)
    expect(warning).toMatch(
      new RegExp(
        `^The PR comment could not be posted: no answer from GitHub at ${closedBase} \\(.*ECONNREFUSED.*\\)\\.$`
      )
    )
    expect(warning).not.toMatch(/HTTP|permissions/)
  })

  it('a dropped connection: no status either', async () => {
    const error = await thrownBy(`${base}/drop`)
    expect(readGitHubFailure(error)).toMatchObject({ kind: 'network', origin: base })
    expect(describeGitHubFailure(error, WORDING)).not.toMatch(/HTTP|permissions/)
  })

  it('our own clock ran out, and the warning says how long', async () => {
    const error = await thrownBy(`${base}/hang`)
    expect((error as { status?: number }).status).toBe(500)
    expect(readGitHubFailure(error)).toEqual({ kind: 'timeout' })
    expect(isGitHubRefusal(error)).toBe(false)
    expect(describeGitHubFailure(error, WORDING)).toBe(
      "The PR comment could not be posted: GitHub did not answer within 0.3 s (the step's `timeout-seconds`)."
    )
  })
})

describe('other shapes', () => {
  it('a system error without words (AggregateError from several addresses) gives its code', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED'), {
      status: 500,
      request: { url: 'https://api.github.com/repos/o/r/issues/1/comments' },
      cause: Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new AggregateError([], ''), { code: 'ECONNREFUSED' })
      })
    })
    expect(describeGitHubFailure(error, WORDING)).toBe(
      'The PR comment could not be posted: no answer from GitHub at https://api.github.com (ECONNREFUSED).'
    )
  })

  it('GraphQL errors are GitHub’s refusal', () => {
    const error = Object.assign(new Error('Request failed due to following response errors'), {
      name: 'GraphqlResponseError'
    })
    expect(isGitHubRefusal(error)).toBe(true)
    expect(httpStatusOf(error)).toBeNull()
  })

  it('anything else is told as it is, flattened', () => {
    expect(describeGitHubFailure(new Error('`github-token` is empty.'), WORDING)).toBe(
      'The PR comment could not be posted (`github-token` is empty).'
    )
    expect(describeGitHubFailure('line\none', WORDING)).toBe(
      'The PR comment could not be posted (line one).'
    )
  })
})

describe('rate limits are not permissions', () => {
  /** The shape octokit's RequestError has: status, GitHub's body and headers. */
  const refusal = (status: number, message: string, headers: Record<string, string> = {}) => ({
    name: 'HttpError',
    status,
    response: { status, data: { message }, headers }
  })
  const inTwoHours = String(Math.floor(Date.now() / 1000) + 7200)

  it.each([
    ['GitHub’s words, no header', refusal(403, 'You have exceeded a secondary rate limit.'), null],
    ['a 429 with retry-after', refusal(429, 'Too many', { 'retry-after': '30' }), 30_000],
    [
      'retry-after longer than an hour',
      refusal(403, 'Forbidden', { 'retry-after': '7200' }),
      7_200_000
    ],
    [
      'a spent primary limit that resets in two hours',
      refusal(403, 'Forbidden', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inTwoHours }),
      'about 7200 s'
    ]
  ])('%s is a rate limit', (_, error, wait) => {
    const failure = readGitHubFailure(error)
    expect(failure.kind).toBe('rate-limit')
    if (failure.kind !== 'rate-limit') return
    if (wait === 'about 7200 s')
      expect(Math.round((failure.retryAfterMs ?? 0) / 1000)).toBeCloseTo(7200, -1)
    else expect(failure.retryAfterMs).toBe(wait)
    expect(describeGitHubFailure(error, WORDING)).not.toContain('permissions')
  })

  it('says GitHub’s wait, however long', () => {
    expect(
      describeGitHubFailure(refusal(403, 'Forbidden', { 'retry-after': '7200' }), WORDING)
    ).toBe(
      "The PR comment could not be posted: GitHub's rate limit (HTTP 403: Forbidden, retry after 7200 s). This is not a missing permission; the next run tries again."
    )
  })

  it('a 403 without either is the permission', () => {
    const error = refusal(403, 'Resource not accessible by integration')
    expect(readGitHubFailure(error).kind).toBe('http')
    expect(describeGitHubFailure(error, WORDING)).toContain('pull-requests: write')
  })
})
