import { describe, expect, it } from '@jest/globals'
import {
  dashboardBody,
  dashboardMarker,
  dashboardTitle,
  formatSeconds
} from '../../src/dashboard/body.js'
import { MAX_CHECKS, type CheckRecord, type History } from '../../src/dashboard/history.js'
import { readState } from '../../src/dashboard/state.js'
import { percentile, statsOf } from '../../src/dashboard/stats.js'
import { formatShare } from '../../src/render/text.js'

const NOW = Date.parse('2026-12-06T12:00:00Z') / 1000
const HOUR = 3600
const check = (at: number, latencyMs: number | null, up = true): CheckRecord => ({
  at,
  status: up ? 'available' : 'fallback',
  category: up ? null : 'provider-access',
  latencyMs,
  ttftMs: null
})
const context = {
  commentKey: '',
  now: NOW,
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  startedAnew: false
}

describe('statsOf', () => {
  it('counts uptime over 24 hours and 7 days, and nearest-rank percentiles of the answers', () => {
    const checks = [
      check(NOW - 3 * 24 * HOUR, 100),
      check(NOW - 2 * 24 * HOUR, null, false),
      check(NOW - 2 * HOUR, 300),
      check(NOW - HOUR, null, false),
      check(NOW, 200)
    ]
    expect(statsOf(checks, NOW)).toEqual({
      uptimeDay: 2 / 3,
      uptimeWeek: 3 / 5,
      checks: 5,
      p50Ms: 200,
      p95Ms: 300
    })
  })

  it('has no share and no latency without checks or answers', () => {
    expect(statsOf([], NOW)).toEqual({
      uptimeDay: null,
      uptimeWeek: null,
      checks: 0,
      p50Ms: null,
      p95Ms: null
    })
  })

  it.each([
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 95, 4],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
    [[7], 95, 7]
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected)
  })

  it.each([
    [1, '100%'],
    [0, '0%'],
    [0.9999, '99.9%'],
    [0.0001, '0.1%'],
    [2 / 3, '66.6%'],
    [null, '–']
  ])('formatShare(%p) = %s', (share, text) => {
    expect(formatShare(share)).toBe(text)
  })
})

describe('the dashboard body', () => {
  const history: History = {
    'anthropic/claude-sonnet-4.5': {
      checks: [check(NOW - 2 * HOUR, 900), check(NOW - HOUR, null, false), check(NOW, 700)],
      lastFailure: { at: NOW - HOUR, category: 'provider-access', issue: 12 }
    },
    'gpt-4o': {
      checks: [check(NOW, null, false)],
      lastFailure: { at: NOW, category: 'provider-access', issue: null }
    }
  }

  it('titles and marks it by the key', () => {
    expect(dashboardTitle('')).toBe('AIML model status')
    expect(dashboardTitle('prod')).toBe('AIML model status [prod]')
    expect(dashboardMarker('')).toBe('<!-- aiml-model-probe-dashboard -->')
    expect(dashboardMarker('prod')).toBe('<!-- aiml-model-probe-dashboard:prod -->')
  })

  it('has a row per model, a chart of those that answered, the run and the history', () => {
    const body = dashboardBody(history, context).replaceAll('\u00a0', ' ')
    // Fresh first: the issue's title names it, a phone's first line says when it was checked.
    expect(
      body.startsWith(
        '<!-- aiml-model-probe-dashboard -->\n**Last checked:** 2026-12-06 12:00 UTC · [workflow run](https://github.com/acme/shop/actions/runs/1)\n'
      )
    ).toBe(true)
    expect(body).toContain(
      '| Model | Uptime 24 h | Uptime 7 d | p50 | p95 | Last failure | Checks |'
    )
    expect(body).toContain(
      '| ✅ `anthropic/claude-sonnet-4.5` | 66.6% | 66.6% | 0.70 s | 0.90 s | Dec 6 `provider-access` #12 | 3 |'
    )
    expect(body).toContain('| ❌ `gpt-4o` | 0% | 0% | – | – | Dec 6 `provider-access` | 1 |')
    expect(body).toContain('```mermaid\n%%{init:')
    expect(body).toContain('xychart-beta')
    expect(body).toContain('🟦 `anthropic/claude-sonnet-4.5`')
    expect(body).not.toContain('🟧')
    expect(body).not.toContain('starts anew')
    expect(readState(body)).toEqual({ kind: 'read', history })
  })

  it.each([
    ['an alias', { status: 'alias' as const }, '✅ `m` (alias)'],
    ['a slow answer', { category: 'slow' as const }, '⚠️ `m` `slow`'],
    ['a fallback', { status: 'fallback' as const, category: 'timeout' as const }, '❌ `m`']
  ])('puts the status now before the model: %s', (_, now, cell) => {
    const body = dashboardBody(
      { m: { checks: [{ ...check(NOW, 500), ...now }], lastFailure: null } },
      context
    )
    expect(body).toContain(`| ${cell} |`)
  })

  it.each([
    [40, '0.040 s'],
    [780, '0.78 s'],
    [2000, '2.0 s'],
    [15_000, '15 s'],
    [123_000, '123 s'],
    [null, '–']
  ])('says %p ms as %s, a number and its unit never apart', (ms, text) => {
    expect(formatSeconds(ms)).toBe(text.replace(' ', '\u00a0'))
  })

  it('dates a failure kept from another year with its year', () => {
    const old = {
      ...history['gpt-4o']!,
      lastFailure: { at: NOW - 400 * 86_400, category: 'timeout' as const, issue: 3 }
    }
    expect(dashboardBody({ 'gpt-4o': old }, context)).toContain('Nov\u00a01, 2025 `timeout` #3')
  })

  it('says once that the history starts anew', () => {
    const body = dashboardBody(history, { ...context, startedAnew: true })
    expect(body.match(/starts anew with this check/g)).toHaveLength(1)
  })

  it('escapes a model ID that tries to close the marker or the table', () => {
    const body = dashboardBody({ 'x|-->`<b>': history['gpt-4o']! }, context)
    expect(body).toContain("| ❌ `x|'<b>` |")
    expect(body.split('-->')).toHaveLength(3) // the marker's and the state line's only
  })

  it('stays under 65,536 characters for 20 models at the bound', () => {
    const full: History = {}
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let m = 0; m < 20; m++) {
      const checks = Array.from({ length: MAX_CHECKS }, (_, i) => ({
        at: NOW - (MAX_CHECKS - 1 - i) * 1200 - Math.floor(random() * 60),
        status: random() < 0.9 ? ('available' as const) : ('unavailable' as const),
        category: null,
        latencyMs: 200 + Math.floor(random() * 29_800),
        ttftMs: 50 + Math.floor(random() * 9_950)
      }))
      full[`provider-number-${m}/a-rather-long-model-name-${m}-2026-12-01`] = {
        checks,
        lastFailure: { at: NOW - 100, category: 'insufficient-credits', issue: 100_000 + m }
      }
    }
    const body = dashboardBody(full, { ...context, commentKey: 'k'.repeat(200), startedAnew: true })
    expect(body.length).toBeLessThan(65_536)
    expect(body.match(/```mermaid/g)).toHaveLength(4)
    const read = readState(body)
    expect(
      read.kind === 'read' && Object.values(read.history).every(h => h.checks.length === MAX_CHECKS)
    ).toBe(true)
    // A person's 30,000-character note above the marker: the body makes room for it, dropping
    // the oldest checks, so the issue stays writable.
    const room = 65_536 - 30_000
    const beside = dashboardBody(full, { ...context, startedAnew: true, room })
    expect(beside.length).toBeLessThan(room)
    const kept = readState(beside)
    expect(kept.kind === 'read' && Object.values(kept.history)[0]!.checks.length).toBeLessThan(
      MAX_CHECKS
    )
  })
})
