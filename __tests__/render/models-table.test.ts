/**
 * The model table: each request of the step is paid in one row, so that the rows add up to the
 * step's cost; a model that works under another name is a warning, not a cross.
 */
import { describe, expect, it } from '@jest/globals'
import {
  makeAttempt,
  makeCheck,
  makeFailedAttempt,
  makeFallbackReport,
  makeReport
} from '../../__fixtures__/factories.js'
import { stepAttempts } from '../../src/engine/check/check.js'
import { totalCost } from '../../src/engine/decide/report.js'
import { modelsMarkdown } from '../../src/render/models-table.js'

const CLAUDE = 'anthropic/claude-sonnet-4.5'
const gptAnswer = makeAttempt({ model: 'gpt-4o', role: 'fallback', usd: 0.000045, credits: 90 })

/** The dollars of each row's Cost cell, in order. */
function rowCosts(markdown: string): number[] {
  return markdown
    .split('\n')
    .slice(2)
    .map(row => row.split('|').at(-2)!.trim())
    .map(cell => (cell === '–' ? 0 : Number(cell.replace('$', ''))))
}

describe('modelsMarkdown', () => {
  // Claude fails over to gpt-4o; a retired ID answers by its alias and asks gpt-4o too; gpt-4o
  // is its own line: one gpt-4o request, asked once, shared by three rows.
  const claude = makeFallbackReport({ attempts: [makeFailedAttempt(), gptAnswer] })
  const retired = makeFallbackReport({
    configuredModel: 'claude-sonnet-4-5-20250929',
    status: 'alias',
    errorCategory: 'model-not-found',
    model: 'claude-sonnet-4-5',
    resolvedModel: 'claude-sonnet-4-5',
    fallbackModel: 'gpt-4o',
    attempts: [
      makeFailedAttempt({ model: 'claude-sonnet-4-5-20250929', category: 'model-not-found' }),
      makeAttempt({ model: 'claude-sonnet-4-5', role: 'alias', usd: 0.000045, credits: 90 }),
      gptAnswer
    ]
  })
  const gpt = makeReport({
    configuredModel: 'gpt-4o',
    model: 'gpt-4o',
    resolvedModel: 'gpt-4o',
    attempts: [{ ...gptAnswer, role: 'configured' }]
  })
  const check = makeCheck([claude, retired, gpt])
  const table = modelsMarkdown(check)

  it('pays each request in one row, so that the rows add up to the step’s cost', () => {
    const costs = rowCosts(table)
    const total = totalCost(stepAttempts(check)).usd!
    expect(costs.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9)
    // The shared gpt-4o request is paid where gpt-4o is configured, not in Claude's row.
    expect(costs).toEqual([0, 0.000045, 0.000045])
  })

  it('shows `alias` as a warning: the model works, under another name', () => {
    expect(table).toContain('| `claude-sonnet-4-5-20250929` | ⚠️ alias |')
    expect(table).toContain(`| \`${CLAUDE}\` | ❌ fallback |`)
  })
})
