/**
 * Fault injection, end to end: every fault the network can produce, against `node dist/index.js`.
 * For each: the category, the exit code, the time it took under its documented bound, and the
 * number of requests the simulator saw (transient: 1 + retries; others: once).
 */
import { describe, expect, it } from '@jest/globals'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { probeBoundMs } from '../../src/engine/check/run.js'
import { completion, startAimlSim, type Reply } from '../../script/aiml-sim.ts'
import { startGitHubFake } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim()

/** Node's own start-up and the process round trip, on top of the probe's bound. */
const PROCESS_SLACK_MS = 3_000

function expectNoKeyPiece(result: RunResult, key = TEST_KEY): void {
  for (let i = 0; i + 10 <= key.length; i++)
    expect(result.everything).not.toContain(key.slice(i, i + 10))
}

async function probeWith(replies: Reply[], inputs: Record<string, string>) {
  sim.setScenario({ apiKey: TEST_KEY, models: { [MODEL]: { replies } } })
  const result = await runAction({
    inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, 'fallback-models': '', ...inputs }
  })
  // Requests for the configured model only: aliases from the catalog are asked separately.
  return { result, requests: sim.completions().filter(r => r.body.model === MODEL).length }
}

const html = (status: number) => ({
  status,
  text: '<!DOCTYPE html><html><head><title>Oops</title></head><body>error</body></html>',
  headers: { 'content-type': 'text/html' }
})

describe('faults', () => {
  it.each([
    // name, replies, retries, timeout-seconds, category, exit code, requests
    ['a server that never answers', [{ fault: 'hang' }], 1, 1, 'timeout', 0, 2],
    [
      'an answer slower than the timeout',
      [{ delayMs: 3_000, json: completion(MODEL) }],
      1,
      1,
      'timeout',
      0,
      2
    ],
    ['a body that trickles past the timeout', [{ fault: 'trickle' }], 0, 1, 'timeout', 0, 1],
    ['a connection reset', [{ fault: 'reset' }], 2, 2, 'network', 0, 3],
    ['a 30 MB body', [{ fault: 'huge', status: 200 }], 2, 10, 'invalid-response', 1, 1],
    ['a 30 MB error body', [{ fault: 'huge', status: 500 }], 1, 10, 'server-error', 0, 2],
    ['HTML instead of JSON', [html(200)], 2, 2, 'invalid-response', 1, 1],
    ['a CDN error page', [html(502)], 2, 2, 'server-error', 0, 3],
    [
      'invalid JSON',
      [{ status: 200, text: '{"choices": [', headers: { 'content-type': 'application/json' } }],
      2,
      2,
      'invalid-response',
      1,
      1
    ],
    [
      'a refusal that retrying cannot fix',
      [{ status: 403, json: { message: "You've run out of credits", statusCode: 403 } }],
      3,
      2,
      'insufficient-credits',
      1,
      1
    ],
    [
      'a model that does not exist',
      [{ status: 404, json: { message: 'Model not found' } }],
      3,
      2,
      'model-not-found',
      1,
      1
    ]
  ] as Array<[string, Reply[], number, number, string, number, number]>)(
    '%s',
    async (_name, replies, retries, timeoutSeconds, category, code, requests) => {
      const inputs = { retries: String(retries), 'timeout-seconds': String(timeoutSeconds) }
      const { result, requests: seen } = await probeWith(replies, inputs)
      expect(result.outputs['error-category']).toBe(category)
      expect(result.code).toBe(code)
      expect(seen).toBe(requests)
      const bound = probeBoundMs({ retries, timeoutMs: timeoutSeconds * 1000 })
      expect(result.durationMs).toBeLessThan(bound + PROCESS_SLACK_MS)
      expect(result.stdout).not.toContain('unexpectedly')
    }
  )

  it('flaky 5xx that recover: retried until the model answers', async () => {
    const { result, requests } = await probeWith(
      [
        { status: 503, json: { message: 'Service Unavailable' } },
        html(502),
        { json: completion(MODEL) }
      ],
      { retries: '2', 'timeout-seconds': '2' }
    )
    expect(result.code).toBe(0)
    expect(result.outputs.status).toBe('available')
    expect(requests).toBe(3)
    expect(
      JSON.parse(result.outputs.report!).attempts.map((a: { category: string }) => a.category)
    ).toEqual(['server-error', 'server-error', null])
  })

  it('429 with Retry-After: waits as told, then retries', async () => {
    const limited = {
      status: 429,
      json: { message: 'Too Many Requests' },
      headers: { 'retry-after': '1' }
    }
    const { result, requests } = await probeWith([limited, limited, { json: completion(MODEL) }], {
      retries: '2',
      'timeout-seconds': '3'
    })
    expect(result.outputs.status).toBe('available')
    expect(requests).toBe(3)
    const starts = sim.completions().map(r => r.at)
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(950)
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(950)
  })

  it('Retry-After beyond the cap is cut to min(30 s, timeout)', async () => {
    const limited = {
      status: 429,
      json: { message: 'Too Many Requests' },
      headers: { 'retry-after': '3600' }
    }
    const { result, requests } = await probeWith([limited], {
      retries: '1',
      'timeout-seconds': '1'
    })
    expect(result.outputs['error-category']).toBe('rate-limited')
    expect(requests).toBe(2)
    expect(result.durationMs).toBeLessThan(
      probeBoundMs({ retries: 1, timeoutMs: 1000 }) + PROCESS_SLACK_MS
    )
  })

  it.each([200, 201, 400, 404, 418, 429, 500, 503, 599])(
    'random bytes with status %d',
    async status => {
      const { result } = await probeWith([{ fault: 'random', status }], {
        retries: '0',
        'timeout-seconds': '2'
      })
      expect([0, 1]).toContain(result.code)
      expect(result.outputs['error-category']).not.toBe('')
      expect(result.stdout).not.toContain('unexpectedly')
      expect(result.summary).toContain('AIML model probe')
    }
  )
})

describe('the key', () => {
  it('appears nowhere when the server echoes it in a body and headers', async () => {
    const echo: Reply = {
      status: 401,
      json: {
        error: {
          message: `Incorrect API key provided: ${TEST_KEY}. Your key ends in ...${TEST_KEY.slice(-14)}`,
          code: 'invalid_api_key',
          request_id: TEST_KEY
        }
      },
      headers: { 'x-request-id': TEST_KEY, 'x-echo-key': TEST_KEY, 'retry-after': '0' }
    }
    sim.setScenario({
      models: { [MODEL]: { replies: [echo] }, 'gpt-4o': { replies: [echo] } },
      balance: echo
    })
    const github = await startGitHubFake()
    try {
      const result = await runAction({
        inputs: {
          'api-key': TEST_KEY,
          'base-url': sim.baseUrl,
          'comment-on-pr': 'always',
          retries: '1'
        },
        event: { name: 'pull_request', payload: { pull_request: { number: 3 } } },
        githubApiUrl: github.url
      })
      expect(result.outputs['error-category']).toBe('auth')
      expect(result.outputs['error-message']).toContain('Incorrect API key provided: ***')
      expectNoKeyPiece(result)
      const comment = github.comments.get(3)?.[0]?.body ?? ''
      expect(comment).toContain('Incorrect API key provided')
      for (let i = 0; i + 10 <= TEST_KEY.length; i++)
        expect(comment).not.toContain(TEST_KEY.slice(i, i + 10))
    } finally {
      await github.close()
    }
  })
})

describe('the key echoed encoded', () => {
  // SPEC: redaction covers the key as a server may echo it: base64, percent-encoding, hex, split
  // by zero-width characters, any piece of 10 characters or more. This key's base64 holds '+'
  // and '/' at every alignment, so the URL-safe forms differ from the standard ones.
  const key = 'sk-aiml-9f3c~?>b7e1a4d8c6b5e0f2a9d7c3b1e8f'
  const bytes = Buffer.from(key)
  /** The characters of a base64 form made of the key's bits alone. */
  const base64 = (offset: number, encoding: 'base64' | 'base64url') =>
    Buffer.concat([Buffer.alloc(offset, 120), bytes])
      .toString(encoding)
      .slice(Math.ceil((8 * offset) / 6), Math.floor((8 * (offset + bytes.length)) / 6))
  const everyByte = [...bytes].map(b => `%${b.toString(16).padStart(2, '0')}`).join('')
  const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']
  const split = [...key].map((c, i) => c + zeroWidth[i % zeroWidth.length]).join('')

  it.each([
    ['base64', `Basic ${Buffer.from(key).toString('base64')}`, base64(0, 'base64')],
    ['base64 after one byte', Buffer.from(`x${key}`).toString('base64'), base64(1, 'base64')],
    ['base64 after two bytes', Buffer.from(`:x${key}`).toString('base64'), base64(2, 'base64')],
    ['base64url', Buffer.from(key).toString('base64url'), base64(0, 'base64url')],
    ['base64url after one', Buffer.from(`x${key}`).toString('base64url'), base64(1, 'base64url')],
    ['base64url after two', Buffer.from(`xy${key}`).toString('base64url'), base64(2, 'base64url')],
    ['percent-encoded', `key=${encodeURIComponent(key)}`, encodeURIComponent(key)],
    ['percent-encoded byte by byte', everyByte.toUpperCase(), everyByte],
    ['hex', bytes.toString('hex'), bytes.toString('hex')],
    ['hex, upper case', bytes.toString('hex').toUpperCase(), bytes.toString('hex')],
    ['split by zero-width characters', split, key]
  ])('%s: nothing of it in the summary, outputs or log', async (_name, echoed, form) => {
    const echo: Reply = {
      status: 401,
      json: {
        error: { message: `Incorrect API key provided: ${echoed}.`, code: 'invalid_api_key' }
      },
      headers: echoed === split ? {} : { 'x-request-id': echoed }
    }
    // The balance call refuses the same key, so the relayed refusal is about ours: auth.
    sim.setScenario({
      models: { [MODEL]: { replies: [echo] } },
      balance: { status: 401, json: { message: 'Invalid key', statusCode: 401 } }
    })
    const result = await runAction({
      inputs: { 'api-key': key, 'base-url': sim.baseUrl, 'fallback-models': '' }
    })
    expect(result.outputs['error-category']).toBe('auth')
    expect(result.outputs['error-message']).toMatch(
      /Incorrect API key provided: (Basic |key=)?.{0,3}\*\*\*/u
    )
    const seen = result.everything.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    for (const text of [form, key]) {
      for (let i = 0; i + 10 <= text.length; i++) {
        expect(seen.toLowerCase()).not.toContain(text.slice(i, i + 10).toLowerCase())
      }
    }
  })
})

describe('redirects', () => {
  // SPEC: a redirect is never followed (the key would travel to a host nobody configured); it
  // is `bad-request`, its message names the target's origin only, and it is not retried.
  it.each([301, 302, 307, 308])(
    '%d to another origin: one request per model, none to the target',
    async status => {
      const target = await startAimlSim({ models: {} })
      try {
        const moved = (path: string): Reply => ({
          status,
          headers: { location: `${target.origin}${path}?api_key=leaked#fragment` }
        })
        sim.setScenario({
          apiKey: TEST_KEY,
          models: {
            [MODEL]: { replies: [moved('/v1/chat/completions')] },
            'gpt-4o': { replies: [moved('/v1/chat/completions')] }
          },
          catalog: moved('/v1/models'),
          balance: moved('/v2/billing')
        })
        const result = await runAction({
          inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, retries: '2' }
        })
        expect(result.code).toBe(1)
        expect(result.outputs['error-category']).toBe('bad-request')
        const message = result.outputs['error-message'] ?? ''
        expect(message).toContain(`HTTP ${status}`)
        expect(message).toContain(target.origin)
        expect(message).toContain('base-url')
        expect(result.everything).not.toMatch(/api_key=leaked|#fragment/)
        expect(sim.completions().map(r => r.body.model)).toEqual(
          expect.arrayContaining([MODEL, 'gpt-4o'])
        )
        expect(sim.completions()).toHaveLength(2)
        expect(target.requests).toEqual([])
      } finally {
        await target.close()
      }
    }
  )
})

describe('the job environment', () => {
  it('cannot swap the key (OPENAI_CUSTOM_HEADERS) or print headers past redaction (OPENAI_LOG)', async () => {
    const echo: Reply = {
      json: completion(MODEL),
      headers: { 'x-echo': TEST_KEY.slice(8, 30), 'x-request-id': 'req_ok' }
    }
    sim.setScenario({ apiKey: TEST_KEY, models: { [MODEL]: { replies: [echo] } } })
    const result = await runAction({
      inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl, 'fallback-models': '' },
      env: {
        OPENAI_LOG: 'debug',
        OPENAI_CUSTOM_HEADERS: 'Authorization: Bearer sk-another-secret-000000000000\nX-Extra: 1',
        OPENAI_ORG_ID: 'org-elsewhere',
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1'
      }
    })
    expect(result.outputs.status).toBe('available')
    const probe = sim.completions()[0]
    expect(probe?.authorization).toBe(`Bearer ${TEST_KEY}`)
    expect(sim.requests.some(r => r.authorization.includes('another-secret'))).toBe(false)
    expectNoKeyPiece(result)
    expect(result.stdout).not.toContain('x-echo')
  })
})

describe('markup in API text', () => {
  it('cannot break the summary or the comment, nor forge the marker', async () => {
    const nasty = [
      '| col | <img src=x onerror=alert(1)> |',
      `<!-- aiml-model-probe:${MODEL} --> </details> <script>alert(1)</script>`,
      '```\n# Heading\n[click](javascript:alert(1)) **bold** @everyone'
    ].join('\n')
    // As a provider refusal, so the text also reaches the support message's code block.
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        [MODEL]: {
          replies: [
            {
              status: 400,
              json: {
                message: `Your credit balance is too low to access the Anthropic API. ${nasty}`,
                statusCode: 400
              }
            }
          ]
        },
        'gpt-4o': { ok: true }
      }
    })
    const github = await startGitHubFake()
    try {
      const result = await runAction({
        inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl },
        event: { name: 'pull_request', payload: { pull_request: { number: 5 } } },
        githubApiUrl: github.url
      })
      expect(result.outputs['error-message']).not.toContain('\n')
      expect(result.outputs['error-category']).toBe('provider-access')
      for (const text of [result.summary, github.comments.get(5)?.[0]?.body ?? '']) {
        // Inside our fenced blocks text is shown as typed; outside them nothing may stay markup.
        const outside = text.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '')
        expect(outside).not.toMatch(/<img|<script|<\/details> <script|\]\(javascript:|@everyone/)
        expect(text).toContain('Message for AIML support')
        // Only the fences we open ourselves: the support message and the diff snippet.
        const ours =
          (text.includes('Message for AIML support') ? 2 : 0) + (text.includes('```diff') ? 2 : 0)
        expect(text.match(/^```/gm)?.length ?? 0).toBe(ours)
        // Every unescaped pipe is a column border: 7 columns of attempts, 6 of models.
        const rows = text.split('\n').filter(line => line.startsWith('| `'))
        const attempts = rows.filter(row => /\| (configured|fallback) \|/.test(row))
        expect(attempts).toHaveLength(2)
        for (const row of attempts) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(9)
        for (const row of rows.filter(row => !attempts.includes(row))) {
          expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8)
        }
      }
      const comment = github.comments.get(5)?.[0]?.body ?? ''
      // Ours only: the marker and the state.
      expect(comment.match(/<!--/g)).toHaveLength(2)
      expect(comment.startsWith(`<!-- aiml-model-probe:${MODEL} -->`)).toBe(true)
    } finally {
      await github.close()
    }
  })
})

describe('control characters in API text', () => {
  // SPEC: API text loses C0 and C1 controls, ANSI escapes and bidi controls before it reaches a
  // log line, an annotation, an output, the summary or a comment.
  const HOSTILE =
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
  const ESC = '\u001b'
  const body = [
    'Your credit balance is too low to access the Anthropic API.',
    `${ESC}[2J${ESC}[1;1H${ESC}[31mRED${ESC}[0m`,
    `${ESC}]8;;https://evil.example\u0007click${ESC}]8;;\u0007`,
    `${ESC}]0;pwned${ESC}\\title \u009b31mC1 \u009d0;c1title\u009c`,
    '\u202eevil\u202c \u2066iso\u2069 \u061carabic \u200eltr\u200frtl',
    'nul\u0000 bel\u0007 bs\u0008 del\u007f vt\u000b ff\u000c',
    '\r\n::warning::forged\r\nend'
  ].join(' ')

  it('strips them from the summary, outputs, log, annotations and comment, keeping the words', async () => {
    sim.setScenario({
      apiKey: TEST_KEY,
      models: {
        [MODEL]: {
          replies: [
            {
              status: 400,
              json: { message: body, statusCode: 400, requestId: `req${ESC}[31m-1\u202e` },
              headers: { 'x-request-id': 'req-2' }
            }
          ]
        },
        'gpt-4o': { ok: true }
      }
    })
    const github = await startGitHubFake()
    try {
      const result = await runAction({
        inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl },
        event: { name: 'pull_request', payload: { pull_request: { number: 6 } } },
        githubApiUrl: github.url
      })
      expect(result.outputs['error-category']).toBe('provider-access')
      const message = result.outputs['error-message'] ?? ''
      for (const word of ['too low', 'RED', 'click', 'title', 'C1', 'evil', 'iso', 'forged', 'end'])
        expect(message).toContain(word)
      const comment = github.comments.get(6)?.[0]?.body ?? ''
      expect(comment).toContain('Message for AIML support')
      for (const text of [result.everything, comment, ...result.annotations.map(a => a.message)])
        expect(text).not.toMatch(HOSTILE)
      expect(result.stdout).not.toMatch(/^::warning::forged/m)
      expect(result.summary).toContain('RED')
    } finally {
      await github.close()
    }
  })
})
