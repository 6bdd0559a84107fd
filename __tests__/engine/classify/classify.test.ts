import { describe, expect, it } from '@jest/globals'
import { CATEGORY_IDS } from '../../../src/engine/classify/categories.js'
import {
  classifyExchange,
  classifyTransportFailure,
  parseRetryAfter
} from '../../../src/engine/classify/classify.js'
import type { Exchange } from '../../../src/engine/send/exchange.js'
import { weighEvidence } from '../../../src/engine/evidence/evidence.js'
import {
  corpus,
  exchangeOf,
  familyOf,
  heldOutByHash,
  holdout,
  v3,
  type CorpusEntry
} from '../../../__fixtures__/corpus.js'

/** The category by the words alone, and once a positive balance and a working key are weighed. */
function categories(entry: CorpusEntry): [string, string] {
  const outcome = classifyExchange(exchangeOf(entry))
  if (outcome.ok) return ['ok', 'ok']
  const weighed = weighEvidence(outcome, { kind: 'read', balance: { amount: 20, currency: 'USD' } })
  return [outcome.category, weighed.category]
}

const expected = (entry: CorpusEntry): [string, string] => [
  entry.category,
  entry.categoryWithPositiveBalance ?? entry.category
]

describe('the recorded corpus of real error bodies', () => {
  const all = [...corpus, ...holdout]

  it('is large, sourced, from many providers, and covers every category an answer can get', () => {
    expect(all.length).toBeGreaterThanOrEqual(150)
    expect(new Set(all.map(familyOf)).size).toBeGreaterThanOrEqual(15)
    const seen = new Set(all.map(e => e.category))
    // Transport failures have no body; a missing capability and a slow answer are judged from
    // a probe's answer and its clock (capability-probes.ts, capability-report.ts), not a body.
    const fromBodies = ['timeout', 'network', 'missing-capability', 'slow']
    for (const id of CATEGORY_IDS.filter(id => !fromBodies.includes(id))) {
      expect(seen).toContain(id)
    }
    for (const entry of all) expect(entry.source).toMatch(/\S{8,}/)
    expect(new Set(all.map(e => e.name)).size).toBe(all.length)
  })

  it.each(corpus.map(e => [e.name, e] as const))('%s', (_name, entry) => {
    expect(categories(entry)).toEqual(expected(entry))
  })

  it('prints accuracy per provider family, on the corpus and on the held-out fifth', () => {
    const rows = new Map<
      string,
      { seen: number; right: number; heldSeen: number; heldRight: number }
    >()
    for (const [set, held] of [
      [corpus, false],
      [holdout, true]
    ] as const) {
      for (const entry of set) {
        const row = rows.get(familyOf(entry)) ?? { seen: 0, right: 0, heldSeen: 0, heldRight: 0 }
        const right = JSON.stringify(categories(entry)) === JSON.stringify(expected(entry))
        if (held) {
          row.heldSeen++
          row.heldRight += Number(right)
        } else {
          row.seen++
          row.right += Number(right)
        }
        rows.set(familyOf(entry), row)
      }
    }
    const pct = (right: number, seen: number) =>
      seen === 0 ? '   -' : `${Math.round((100 * right) / seen)}%`.padStart(4)
    const lines = [...rows]
      .sort((a, b) => b[1].seen + b[1].heldSeen - (a[1].seen + a[1].heldSeen))
      .map(
        ([family, r]) =>
          `${family.padEnd(18)} ${String(r.right).padStart(3)}/${String(r.seen).padEnd(3)} ${pct(r.right, r.seen)}   held out ${r.heldRight}/${r.heldSeen} ${pct(r.heldRight, r.heldSeen)}`
      )
    console.log(`Classifier accuracy per provider family\n${lines.join('\n')}`)
    const right = corpus.filter(e => JSON.stringify(categories(e)) === JSON.stringify(expected(e)))
    expect(right.length).toBe(corpus.length)
  })
})

describe('the v3 bodies, from failure families the corpus did not have', () => {
  const right = (entry: CorpusEntry): boolean =>
    JSON.stringify(categories(entry)) === JSON.stringify(expected(entry))

  it('were split by the hash of the body, a fifth held out, each with a family and a source', () => {
    const all = [...v3.trained, ...v3.heldOut]
    expect(all.length).toBeGreaterThanOrEqual(60)
    for (const entry of v3.trained) expect(heldOutByHash(exchangeOf(entry).body)).toBe(false)
    for (const entry of v3.heldOut) expect(heldOutByHash(exchangeOf(entry).body)).toBe(true)
    expect(v3.heldOut.length / all.length).toBeGreaterThan(0.15)
    for (const entry of all) {
      expect(entry.family).toMatch(/^[a-z0-9-]+$/)
      expect(entry.source).toMatch(/^https:\/\//)
    }
  })

  it('prints accuracy per failure family, trained and held out', () => {
    const rows = new Map<
      string,
      { seen: number; right: number; heldSeen: number; heldRight: number }
    >()
    const row = (entry: CorpusEntry) => {
      const family = entry.family ?? 'other'
      const found = rows.get(family) ?? { seen: 0, right: 0, heldSeen: 0, heldRight: 0 }
      rows.set(family, found)
      return found
    }
    for (const entry of v3.trained) {
      const r = row(entry)
      r.seen++
      r.right += Number(right(entry))
    }
    for (const entry of v3.heldOut) {
      const r = row(entry)
      r.heldSeen++
      r.heldRight += Number(right(entry))
    }
    const pct = (n: number, of: number) =>
      of === 0 ? '   -' : `${Math.round((100 * n) / of)}%`.padStart(4)
    const lines = [...rows].map(
      ([family, r]) =>
        `${family.padEnd(24)} trained ${r.right}/${r.seen} ${pct(r.right, r.seen)}   held out ${r.heldRight}/${r.heldSeen} ${pct(r.heldRight, r.heldSeen)}`
    )
    const heldRight = v3.heldOut.filter(right).length
    lines.push(`held out, all families: ${heldRight}/${v3.heldOut.length}`)
    console.log(`Accuracy per failure family (v3 bodies)\n${lines.join('\n')}`)
    expect(v3.trained.filter(right).length).toBe(v3.trained.length)
  })
})

describe('classifyExchange', () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Exchange => ({
    status,
    headers,
    body: JSON.stringify(body)
  })

  it('never calls a body empty that has bytes: too deep or too large to walk, it keeps its words', () => {
    const deep = (levels: number, inner: string) =>
      `${'{"error":'.repeat(levels)}${inner}${'}'.repeat(levels)}`
    // 1 MB nested 100,000 levels: far past the walk's bounds.
    const million = classifyExchange({
      status: 400,
      headers: {},
      body: deep(100_000, '{"message":"Your credit balance is too low"}')
    })
    expect(million).toMatchObject({ category: 'insufficient-credits' })
    if (!million.ok) expect(million.message).toContain('Your credit balance is too low')
    // Cut mid-way, as the transport's 1 MB bound cuts it: not JSON at all any more.
    const cut = classifyExchange({
      status: 400,
      headers: {},
      body: deep(100_000, '"model gpt-5 does not exist"').slice(0, 900_000)
    })
    if (!cut.ok) expect(cut.message).not.toMatch(/empty body|\{"error"/)
    const blank = classifyExchange({ status: 400, headers: {}, body: '   ' })
    if (!blank.ok) expect(blank.message).toBe('HTTP 400 with a body that holds no words (3 bytes)')
    const none = classifyExchange({ status: 400, headers: {}, body: '' })
    if (!none.ok) expect(none.message).toBe('HTTP 400 with an empty body')
    const unknownShape = classifyExchange(json(418, { teapot: { short: 'and stout' } }))
    if (!unknownShape.ok) expect(unknownShape.message).toBe('and stout')
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
      hint: 'max-completion-tokens'
    })
  })

  it('tells a wrong base URL from a missing model', () => {
    const wrongPath = classifyExchange({
      status: 404,
      headers: {},
      body: 'Cannot POST /v1/chat/completion'
    })
    expect(wrongPath).toMatchObject({ category: 'bad-request', hint: 'wrong-endpoint' })
    const missing = classifyExchange(
      json(404, {
        type: 'error',
        error: { type: 'not_found_error', message: 'model: claude-sonnet-9' }
      })
    )
    expect(missing).toMatchObject({ category: 'model-not-found', hint: null })
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
