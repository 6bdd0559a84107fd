import { describe, expect, it } from '@jest/globals'
import type { Report } from '../../src/engine/decide/report.js'
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/github/summary.js'
import {
  makeAttempt,
  makeCheck,
  makeFailedAttempt,
  makeFallbackReport,
  makeReport
} from '../../__fixtures__/factories.js'

const render = (report = makeReport()) => renderSummary(makeCheck([report]))

/** The cells of a Markdown table row, escaped pipes kept inside their cell. */
const cells = (row: string) =>
  row
    .replace(/\\\|/g, '\u0000')
    .split('|')
    .slice(1, -1)
    .map(c => c.trim())

/** Every table in a Markdown text: its rows, each with its header first. */
const tables = (md: string): string[][] => {
  const found: string[][] = []
  const current: string[] = []
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length) found.push(current.splice(0))
  }
  if (current.length) found.push(current)
  return found
}

const flux = makeReport({
  configuredModel: 'flux/schnell',
  model: 'flux/schnell',
  resolvedModel: 'flux/schnell',
  kind: 'image',
  latencyMs: 812,
  cost: { tokens: 0, usd: 0.003, credits: 6000 },
  attempts: [makeAttempt({ model: 'flux/schnell', kind: 'image', usd: 0.003, credits: 6000 })]
})

describe('renderSummary', () => {
  it('heads a healthy run with the verdict, the model table and one row per attempt', () => {
    const md = render()
    expect(md).toMatch(
      /^## ✅ AIML model probe: `anthropic\/claude-sonnet-4.5` — available\n\n\| Model/
    )
    expect(md).toContain('| Model | Status | Category | Use now | Latency | Cost |')
    expect(md).toContain(
      '| `anthropic/claude-sonnet-4.5` | ✅ available |  |  | 420 ms | $0.000045 |'
    )
    expect(md).toContain('| Model | Role | Try | Result | HTTP | Latency | Cost |')
    expect(md).toContain(
      '| `anthropic/claude-sonnet-4.5` | configured | 1 | answered | 200 | 420 ms | $0.000045 |'
    )
    expect(md).toContain('**Balance:** $20.00 (40,000,000 credits)')
    expect(md).not.toContain('What to do')
  })

  it('explains the Claude story and recommends the fallback', () => {
    const md = render(makeFallbackReport())
    expect(md).toMatch(/^## ❌ .* — not available\n/)
    expect(md).toContain(
      '### ❌ `anthropic/claude-sonnet-4.5` is not available: provider refuses AIML'
    )
    expect(md).toContain('**Provider refuses AIML** (`provider-access`)')
    expect(md).toContain('Your key and your balance work ($20.00 (40,000,000 credits))')
    expect(md).toContain('The refusal comes from the account AIML itself holds')
    expect(md).toContain('only AIML can fix it')
    expect(md).toContain('To: help@aimlapi.com')
    expect(md).not.toMatch(/top up|top-up the/i)
    expect(md).toContain('**Use now:** `gpt-4o` — it answers with this key.')
    expect(md).not.toContain('Switch to `gpt-4o`')
    expect(md).toContain('<summary>Message for AIML support</summary>')
    expect(md).toContain('API key (first characters): sk-aiml-…')
  })

  it('puts what the API said in the diagnosis, not in a table cell', () => {
    const md = render(makeFallbackReport())
    const said =
      '> `anthropic/claude-sonnet-4.5` (configured, try 1, HTTP 400): Your credit balance is too low'
    expect(md).toContain('**What the API said**')
    expect(md).toContain(said)
    for (const row of tables(md).flat()) expect(row).not.toContain('credit balance')
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
    const md = render(report)
    expect(md).toContain('so no fallback was asked')
    expect(md).not.toContain('**Use now:**')
  })

  it('opens a table of several models with one row each, skipped ones too, then the failing ones', () => {
    const md = renderSummary(
      makeCheck([makeFallbackReport(), flux], {
        skipped: [{ id: 'whisper-1', kind: 'audio', declared: true, fallbacks: [] }]
      })
    )
    expect(md).toMatch(
      /^## ❌ AIML model probe: 1 of 2 models not available, 1 skipped\n\n\| Model /
    )
    const [models] = tables(md)
    expect(models!.slice(2).map(row => cells(row).slice(0, 2))).toEqual([
      ['`anthropic/claude-sonnet-4.5`', '❌ fallback'],
      ['`image:flux/schnell`', '✅ available'],
      ['`audio:whisper-1`', '⏭️ skipped']
    ])
    expect(cells(models![3]!)).toEqual([
      '`image:flux/schnell`',
      '✅ available',
      '',
      '', // the ID to use is its own: not said twice in a row
      '812 ms',
      '$0.0030'
    ])
    expect(md.match(/^### ❌ /gm)).toHaveLength(1)
    expect(md).not.toContain('### ✅')
    expect(md).toContain('**Cost of this probe:** 26 tokens, $0.0030')
  })

  it('suggests the prefix for a model the catalog called another kind', () => {
    const md = renderSummary(makeCheck([makeReport(), { ...flux, kindFromCatalog: true }]))
    expect(md).toContain(
      "> `flux/schnell` is an image model by AIML's catalog, so it was asked again as one: write it `image:flux/schnell` in `models`."
    )
  })

  it.each([
    ['one model', [makeFallbackReport()]],
    ['three models', [makeFallbackReport(), flux, makeFallbackReport({ configuredModel: 'x/y' })]]
  ] as [string, Report[]][])('keeps every table to at most 8 columns (%s)', (_name, reports) => {
    const md = renderSummary(makeCheck(reports))
    const found = tables(md)
    expect(found.length).toBeGreaterThanOrEqual(2)
    for (const table of found) {
      const widths = table.map(row => cells(row).length)
      expect(Math.max(...widths)).toBeLessThanOrEqual(8)
      // Every row as wide as its header: no API text broke out of a cell.
      expect(new Set(widths).size).toBe(1)
    }
  })

  it('keeps API text from breaking a table or injecting markup', () => {
    const hostile =
      'a | b\n| --- |\n<img src=x onerror=alert(1)> [click](https://evil) <!-- aiml-model-probe:x -->'
    const report = makeFallbackReport({
      errorMessage: hostile,
      attempts: [makeFailedAttempt({ message: hostile })]
    })
    const md = render(report)
    const outsideFences = md.replace(/^```text\n[\s\S]*?^```$/gm, '')
    expect(outsideFences).not.toContain('<img')
    expect(outsideFences).not.toContain('](https://evil)')
    expect(md).not.toContain('<!--')
    for (const table of tables(md)) {
      expect(new Set(table.map(row => cells(row).length)).size).toBe(1)
    }
    expect(md.split('\n').filter(line => line.startsWith('| `anthropic'))).toHaveLength(2)
  })

  it('stays under the 1 MiB limit', () => {
    const attempts = Array.from({ length: 12_000 }, (_, i) =>
      makeFailedAttempt({ try: i + 1, message: 'x'.repeat(400) })
    )
    const md = render(makeFallbackReport({ attempts }))
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
    const md = render(report)
    expect(md).toContain(
      '> `anthropic/claude-sonnet-4.5` shuts down on 2026-12-06 (10 days); AIML names `anthropic/claude-sonnet-5` as its replacement.'
    )
    expect(md).toContain("> AIML's live metrics show no successful request")
    expect(md.indexOf('shuts down')).toBeLessThan(md.indexOf('**What to do**'))
  })
})
