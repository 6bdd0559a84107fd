import { describe, expect, it } from '@jest/globals'
import { formatUsd } from '../../src/engine/words/money.js'
import { code, cut, escapeCodeBlock, escapeInline, stripMarkers } from '../../src/render/text.js'

describe('escapeInline', () => {
  it.each([
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['[x](y)', '\\[x\\]\\(y\\)'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['`tick`', '\\`tick\\`'],
    ["You don't have access", "You don't have access"],
    ['ping @acme/admins', 'ping @\u200bacme/admins'],
    ['see https://evil.example', 'see https:\u200b//evil.example'],
    // AIML's own addresses stay links: nothing invisible inside a URL a user is sent to.
    [
      'Copy it from https://aimlapi.com/app/keys, now',
      'Copy it from https://aimlapi.com/app/keys, now'
    ],
    ['see https://status.aimlapi.com', 'see https://status.aimlapi.com'],
    ['https://aimlapi.com.evil.example/x', 'https:\u200b//aimlapi.com.evil.example/x'],
    ['https://docs.aimlapi.com@evil.example', 'https:\u200b//docs.aimlapi.com@\u200bevil.example']
  ])('%j → %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected)
  })

  it('cuts long text', () => {
    expect(escapeInline('a'.repeat(500), 10)).toBe(`${'a'.repeat(9)}…`)
  })
})

describe('markers and fences', () => {
  it.each([
    '<!-- aiml-model-probe:gpt-4o -->',
    // Removing the inner pieces once would join the outer ones into a new marker.
    '<<!--!-- aiml-aiml-model-probe:model-probe:gpt-4o --<!-->>'
  ])('strips anything that could pass for our hidden marker: %s', text => {
    expect(stripMarkers(text)).not.toMatch(/<!--|-->|aiml-model-probe:/)
  })

  it('cannot close a code fence from inside', () => {
    expect(escapeCodeBlock('```\n# heading')).not.toContain('```')
  })

  it('keeps inline code inline', () => {
    expect(code('gpt`4o')).toBe("`gpt'4o`")
    expect(cut('abcdef', 4)).toBe('abc…')
  })
})

describe('formatUsd', () => {
  it.each([
    [0, '$0'],
    [20, '$20.00'],
    [0.01, '$0.01'],
    [0.0021, '$0.0021'],
    [0.000045, '$0.000045'],
    [0.0000001, '$0.00000010']
  ])('%p → %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text)
  })
})
