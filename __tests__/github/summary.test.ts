import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/engine/diagnose.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/github/summary.js'
import { makeFailedAttempt, makeFallbackReport, makeReport } from '../../__fixtures__/factories.js'

const render = (report = makeReport(), outcome: 'pass' | 'warn' | 'fail' = 'pass') =>
  renderSummary(report, outcome, diagnose(report, 'sk-aiml-…'))

describe('renderSummary', () => {
  it('heads a healthy run with the verdict and one row per attempt', () => {
    const md = render()
    expect(md).toMatch(/^## ✅ AIML model probe: `anthropic\/claude-sonnet-4.5` — available/)
    expect(md).toContain(
      '| Model | Role | Try | Result | Category | HTTP | Latency | Tokens | Cost | Message |'
    )
    expect(md).toContain(
      '| `anthropic/claude-sonnet-4.5` | configured | 1 | answered |  | 200 | 420 ms | 13 | $0.000045 \\(90 credits\\) |  |'
    )
    expect(md).toContain('**Balance:** $20.00 (40,000,000 credits)')
    expect(md).not.toContain('What to do')
  })

  it('explains the Claude story and recommends the fallback', () => {
    const md = render(makeFallbackReport(), 'fail')
    expect(md).toMatch(/^## ❌ .* — not available, use `gpt-4o`/)
    expect(md).toContain('**Provider refuses AIML** (`provider-access`)')
    expect(md).toContain('Your key and your balance work ($20.00 (40,000,000 credits))')
    expect(md).toContain('The refusal comes from the account AIML itself holds')
    expect(md).toContain('only AIML can fix it')
    expect(md).toContain('To: help@aimlapi.com')
    expect(md).not.toMatch(/top up|top-up the/i)
    expect(md).toContain('**Use now:** `gpt-4o`')
    expect(md).toContain('1. Switch to `gpt-4o` now')
    expect(md).toContain('<summary>Message for AIML support</summary>')
    expect(md).toContain('API key (first characters): sk-aiml-…')
  })

  it('says a fallback would not help for an account-wide failure', () => {
    const report = makeFallbackReport({
      status: 'unavailable',
      model: '',
      fallbackModel: '',
      errorCategory: 'insufficient-credits',
      fallbacksSkipped: 'account-wide',
      attempts: [makeFailedAttempt({ category: 'insufficient-credits' })]
    })
    const md = render(report, 'fail')
    expect(md).toContain('so no fallback was asked')
    expect(md).not.toContain('Use now')
  })

  it('keeps API text from breaking the table or injecting markup', () => {
    const hostile =
      'a | b\n| --- |\n<img src=x onerror=alert(1)> [click](https://evil) <!-- aiml-model-probe:x -->'
    const report = makeFallbackReport({
      errorMessage: hostile,
      attempts: [makeFailedAttempt({ message: hostile })]
    })
    const md = render(report, 'fail')
    // Inside a fenced block markup is shown as text; outside it, nothing may stay markup.
    const fences = md.match(/^```/gm) ?? []
    expect(fences).toHaveLength(2)
    const outsideFences = md.replace(/^```text\n[\s\S]*?^```$/m, '')
    expect(outsideFences).not.toContain('<img')
    expect(outsideFences).not.toContain('](https://evil)')
    expect(md).not.toContain('<!--')
    const tableRows = md.split('\n').filter(line => line.startsWith('| `anthropic'))
    expect(tableRows).toHaveLength(1)
    // Every unescaped pipe is a column border: 11 of them for 10 columns.
    expect(tableRows[0]!.replace(/\\\|/g, '').split('|')).toHaveLength(12)
  })

  it('stays under the 1 MiB limit', () => {
    const attempts = Array.from({ length: 5000 }, (_, i) =>
      makeFailedAttempt({ try: i + 1, message: 'x'.repeat(400) })
    )
    const md = render(makeFallbackReport({ attempts }), 'fail')
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(md).toContain('cut to fit')
  })
})

describe('foresight in the summary', () => {
  it('shows the shutdown date and the live metrics’ reading under the headline', () => {
    const report = makeFallbackReport({
      errorCategory: 'timeout',
      deprecation: {
        status: 'deprecated',
        shutdownAt: '2026-12-06',
        replacedBy: 'anthropic/claude-sonnet-5',
        daysLeft: 10
      },
      live: { reading: { kind: 'silent', windowSeconds: 300 }, slowAnswer: null }
    })
    const md = render(report, 'warn')
    expect(md).toContain(
      '> `anthropic/claude-sonnet-4.5` shuts down on 2026-12-06 (10 days); AIML names `anthropic/claude-sonnet-5` as its replacement.'
    )
    expect(md).toContain("> AIML's live metrics show no successful request")
    expect(md.indexOf('shuts down')).toBeLessThan(md.indexOf('### What to do'))
  })
})
