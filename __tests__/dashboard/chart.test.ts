import { describe, expect, it } from '@jest/globals'
import { latencyCharts } from '../../src/dashboard/chart.js'
import type { CheckRecord, History } from '../../src/dashboard/history.js'

const NOW = Date.parse('2026-12-08T04:00:00Z') / 1000
const HOUR = 3600
const answer = (at: number, latencyMs: number): CheckRecord => ({
  at,
  status: 'available',
  category: null,
  latencyMs,
  ttftMs: null
})
const failure = (at: number): CheckRecord => ({
  at,
  status: 'unavailable',
  category: 'server-error',
  latencyMs: null,
  ttftMs: null
})
/** Hourly checks over `hours` up to `now`, each model's latency from `ms(model, hoursAgo)`. */
function hourly(
  models: string[],
  hours: number,
  ms: (m: number, ago: number) => number,
  now = NOW
): History {
  return Object.fromEntries(
    models.map((model, m) => [
      model,
      {
        checks: Array.from({ length: hours }, (_, i) =>
          answer(now - (hours - 1 - i) * HOUR, ms(m, hours - 1 - i))
        ),
        lastFailure: null
      }
    ])
  )
}
const axis = (chart: string) => JSON.parse(/x-axis (\[.*\])/.exec(chart)?.[1] ?? '[]') as string[]
const lines = (chart: string) =>
  [...chart.matchAll(/^ {2}line \[(.*)\]$/gm)].map(m => m[1]!.split(', ').map(Number))

describe('latencyCharts', () => {
  it('draws a week as a point a day, every label its own (Mermaid merges equal ones)', () => {
    // A model getting slower: 1 s a day more, each day's hours alike.
    const history = hourly(
      ['gpt-4o'],
      7 * 24,
      (_, ago) => 8000 - 1000 * Math.floor((ago + 20) / 24)
    )
    const { per, charts } = latencyCharts(history, NOW)
    expect(per).toBe('day')
    expect(charts).toHaveLength(1)
    const labels = axis(charts[0]!)
    expect(labels).toEqual(['Dec 1', '2', '3', '4', '5', '6', '7', '8'])
    expect(new Set(labels).size).toBe(labels.length)
    expect(lines(charts[0]!)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8]])
    expect(charts[0]).toContain('y-axis 0 --> 8.8')
  })

  it('names the month again on its first day', () => {
    const now = Date.parse('2026-12-03T10:00:00Z') / 1000
    const labels = axis(
      latencyCharts(
        hourly(['a'], 5 * 24, () => 500, now),
        now
      ).charts[0]!
    )
    expect(labels).toEqual(['Nov 28', '29', '30', 'Dec 1', '2', '3'])
  })

  it('draws a history younger than a day in steps of 3 hours, from its first answer', () => {
    const history = hourly(['a', 'b'], 8, (m, ago) => 1000 * (m + 1) + 100 * ago)
    const { per, charts } = latencyCharts(history, NOW)
    expect(per).toBe('3 hours')
    expect(axis(charts[0]!)).toEqual(['21h', 'Dec 8', '03h'])
    expect(lines(charts[0]!)).toEqual([
      [1.6, 1.3, 1],
      [2.6, 2.3, 2]
    ])
  })

  it('carries a gap, leaves out failures and a model that never answered', () => {
    const history: History = {
      a: {
        checks: [answer(NOW - 50 * HOUR, 900), failure(NOW - 26 * HOUR), answer(NOW, 300)],
        lastFailure: null
      },
      never: { checks: [failure(NOW)], lastFailure: null }
    }
    const { charts } = latencyCharts(history, NOW)
    expect(charts).toHaveLength(1)
    expect(lines(charts[0]!)).toEqual([[0.9, 0.9, 0.3]])
    expect(charts[0]).not.toContain('never')
    expect(latencyCharts({ never: history.never! }, NOW).charts).toEqual([])
  })

  it('puts at most 6 models in a chart, each line named under it by its colour, no ID inside', () => {
    const models = Array.from({ length: 8 }, (_, i) => `acme/model-${i}`)
    const { charts } = latencyCharts(
      hourly(models, 48, m => 100 * (m + 1)),
      NOW
    )
    expect(charts).toHaveLength(2)
    expect(charts.map(c => lines(c).length)).toEqual([6, 2])
    const [mermaid, legend] = charts[0]!.split('```\n')
    expect(mermaid).not.toContain('acme/')
    expect(legend).toContain('🟦 `acme/model-0` · 🟧 `acme/model-1`')
    expect(mermaid).toContain('"plotColorPalette":"#55acee, #f4900c, #78b159')
  })
})

describe('latencyCharts, small latencies', () => {
  it('keeps two figures, so answers of 25 and 29 ms are two lines, not one at 0.03', () => {
    const history = hourly(['a', 'b'], 2, m => (m === 0 ? 25 : 29))
    const [chart] = latencyCharts(history, NOW).charts
    const lines = [...(chart ?? '').matchAll(/^ {2}line \[(.*)\]$/gm)].map(m => m[1])
    expect(lines).toEqual(['0.025, 0.025', '0.029, 0.029'])
  })
})
