import { describe, expect, it } from '@jest/globals'
import { deflateRawSync } from 'node:zlib'
import {
  bounded,
  MAX_CHECKS,
  recordChecks,
  twoFigures,
  WINDOW_SECONDS,
  type CheckRecord,
  type History
} from '../../src/dashboard/history.js'
import { encodeState, readState } from '../../src/dashboard/state.js'

const NOW = Date.parse('2026-12-06T12:00:00Z') / 1000
const up = (at: number, latencyMs = 800): CheckRecord => ({
  at,
  status: 'available',
  category: null,
  latencyMs,
  ttftMs: null
})
const down = (at: number): CheckRecord => ({
  at,
  status: 'fallback',
  category: 'provider-access',
  latencyMs: null,
  ttftMs: null
})

describe('recordChecks', () => {
  it('adds each model its check, keeps the last failure, and drops models left out', () => {
    const earlier: History = {
      a: { checks: [up(NOW - 7200)], lastFailure: null },
      gone: { checks: [up(NOW - 7200)], lastFailure: null }
    }
    const next = recordChecks(
      earlier,
      [
        { model: 'a', check: down(NOW - 3600), issue: 12 },
        { model: 'b', check: up(NOW - 3600), issue: null }
      ],
      NOW
    )
    expect(Object.keys(next)).toEqual(['a', 'b'])
    expect(next.a?.checks).toEqual([up(NOW - 7200), down(NOW - 3600)])
    expect(next.a?.lastFailure).toEqual({ at: NOW - 3600, category: 'provider-access', issue: 12 })
    const later = recordChecks(next, [{ model: 'a', check: up(NOW), issue: null }], NOW)
    expect(later.a?.lastFailure).toEqual({ at: NOW - 3600, category: 'provider-access', issue: 12 })
    expect(later.b).toBeUndefined()
  })

  it('counts a slow answer as up, with no last failure', () => {
    const slow = { ...up(NOW), category: 'unknown' as const }
    const next = recordChecks({}, [{ model: 'a', check: slow, issue: null }], NOW)
    expect(next.a?.lastFailure).toBeNull()
  })
})

describe('twoFigures', () => {
  it.each([
    [null, null],
    [42.4, 42],
    [912, 910],
    [1234, 1200],
    [29_951, 30_000]
  ])('%p ms is kept as %p', (ms, kept) => {
    expect(twoFigures(ms)).toBe(kept)
  })

  it('is how a check is recorded, to the minute', () => {
    const next = recordChecks(
      {},
      [{ model: 'a', check: up(NOW + 29, 1234), issue: null }],
      NOW + 29
    )
    expect(next.a?.checks).toEqual([up(NOW, 1200)])
  })
})

describe('bounded', () => {
  it('keeps the last 7 days, oldest dropped first, at most 500 checks', () => {
    const old = [up(NOW - WINDOW_SECONDS - 1), up(NOW - WINDOW_SECONDS + 1)]
    expect(bounded(old, NOW)).toEqual([up(NOW - WINDOW_SECONDS + 1)])
    const many = Array.from({ length: 600 }, (_, i) => up(NOW - 600 + i))
    const kept = bounded(many, NOW)
    expect(kept).toHaveLength(MAX_CHECKS)
    expect(kept[0]?.at).toBe(NOW - 500)
    expect(kept.at(-1)?.at).toBe(NOW - 1)
  })

  it('drops a check from far in the future', () => {
    expect(bounded([up(NOW + 3 * 24 * 3600), up(NOW)], NOW)).toEqual([up(NOW)])
  })
})

describe('the state line', () => {
  const history: History = {
    'anthropic/claude-sonnet-4.5': {
      checks: [up(NOW - 7200, 910), down(NOW - 3600), { ...up(NOW, 640), ttftMs: 210 }],
      lastFailure: { at: NOW - 3600, category: 'provider-access', issue: 7 }
    },
    'gpt-4o': { checks: [{ ...up(NOW), status: 'alias' }], lastFailure: null }
  }

  it('reads back what it wrote, on one hidden line', () => {
    const line = encodeState(history)
    expect(line).toMatch(/^<!-- aiml-model-probe-dashboard-state:v1:[A-Za-z0-9+/=]+ -->$/)
    expect(readState(`notes\n${line}\nmore`)).toEqual({ kind: 'read', history })
  })

  it('is none only for a body we never wrote', () => {
    expect(readState(null)).toEqual({ kind: 'none' })
    expect(readState('a dashboard whose state line a person deleted')).toEqual({
      kind: 'unreadable'
    })
  })

  const prefix = '<!-- aiml-model-probe-dashboard-state:'
  const packed = (json: unknown, version = 'v1') =>
    `${prefix}${version}:${deflateRawSync(JSON.stringify(json)).toString('base64')} -->`
  const good = { m: { a: { t: [NOW / 60], s: 'a', c: [''], l: [5], f: [null], x: null } } }

  it('reads a hand-packed state of the right shape', () => {
    expect(readState(packed(good)).kind).toBe('read')
  })

  it.each([
    ['another version', packed(good, 'v0')],
    ['not base64', `${prefix}v1:not*base64 -->`],
    ['not deflated', `${prefix}v1:${Buffer.from('{}').toString('base64')} -->`],
    ['not JSON', `${prefix}v1:${deflateRawSync('{').toString('base64')} -->`],
    ['an unknown field', packed({ m: {}, extra: 1 })],
    ['columns of different lengths', packed({ m: { a: { ...good.m.a, l: [] } } })],
    ['an unknown status letter', packed({ m: { a: { ...good.m.a, s: 'z' } } })],
    ['an unknown category', packed({ m: { a: { ...good.m.a, c: ['mystery'] } } })],
    ['a negative latency', packed({ m: { a: { ...good.m.a, l: [-1] } } })],
    ['a time no date can print', packed({ m: { a: { ...good.m.a, t: [1e13] } } })],
    ['a last failure past 2106', packed({ m: { a: { ...good.m.a, x: [1e15, 'timeout', null] } } })],
    ['cut short', packed(good).slice(0, 60) + ' -->']
  ])('starts anew from %s', (_, line) => {
    expect(readState(`<!-- aiml-model-probe-dashboard -->\n${line}`)).toEqual({
      kind: 'unreadable'
    })
  })

  it('refuses a state that inflates past its bound', () => {
    const bomb = deflateRawSync(Buffer.alloc(5_000_000, 32)).toString('base64')
    expect(readState(`${prefix}v1:${bomb} -->`)).toEqual({ kind: 'unreadable' })
  })
})
