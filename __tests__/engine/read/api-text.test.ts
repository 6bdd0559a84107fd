import { describe, expect, it } from '@jest/globals'
import { cleanLine, stripControls } from '../../../src/engine/read/api-text.js'

const ESC = '\u001b'

describe('cleanLine', () => {
  it.each([
    ['colour (CSI SGR)', `Model ${ESC}[31;1mgone${ESC}[0m`, 'Model gone'],
    ['a cursor move and a line erase', `ok${ESC}[2K${ESC}[1A${ESC}[10;20H done`, 'ok done'],
    [
      'an OSC 8 link ended by BEL',
      `see ${ESC}]8;;https://evil.example\u0007here${ESC}]8;;\u0007`,
      'see here'
    ],
    ['an OSC title ended by ST', `x${ESC}]0;pwned${ESC}\\y`, 'xy'],
    ['an unterminated OSC', `x ${ESC}]0;title`, 'x 0;title'],
    ['a charset switch (ESC ( B)', `a${ESC}(Bb`, 'ab'],
    ['the C1 CSI', 'a\u009b31mb', 'ab'],
    ['a C1 OSC', 'a\u009d0;title\u009cb', 'ab'],
    ['NUL, BEL, backspace and DEL', 'a\u0000b\u0007c\u0008d\u007fe', 'abcde'],
    ['bidi overrides (Trojan Source)', 'access\u202e\u2066 denied\u2069\u202c', 'access denied'],
    ['the Arabic letter mark and LRM/RLM', 'a\u061cb\u200ec\u200fd', 'abcd'],
    ['isolates', '\u2066\u2067\u2068x\u2069', 'x'],
    [
      'line breaks, folded to spaces',
      'first line\r\nsecond\nthird\rfourth\u2028fifth',
      'first line second third fourth fifth'
    ],
    ['tabs and form feeds', 'a\tb\u000bc\u000cd', 'a b c d'],
    ['a next-line control', 'a\u0085b', 'a b'],
    ['plain text, untouched', 'Your credit balance is too low.', 'Your credit balance is too low.'],
    ['non-Latin text, untouched', 'ваш баланс 余额不足 ✅', 'ваш баланс 余额不足 ✅']
  ])('removes %s', (_name, text, clean) => {
    expect(cleanLine(text)).toBe(clean)
  })
})

describe('stripControls', () => {
  it('keeps the newlines and tabs of Markdown', () => {
    expect(stripControls('## Head\n\n| a |\tb |\n')).toBe('## Head\n\n| a |\tb |\n')
  })

  it('turns a carriage return into a newline, so no line can overwrite another', () => {
    expect(stripControls('safe\rforged\r\nnext')).toBe('safe\nforged\nnext')
  })

  it('removes escape sequences, C0, C1 and bidi controls', () => {
    expect(stripControls(`a${ESC}[31mb${ESC}]0;t\u0007c\u0000d\u009be\u202ef`)).toBe('abcdef')
  })

  it('keeps JSON valid: line separators become spaces, not raw newlines', () => {
    const json = JSON.stringify({ message: 'a\u2028b\u2029c\u0085d' })
    expect(JSON.parse(stripControls(json))).toEqual({ message: 'a b c d' })
  })

  it('keeps JSON valid: a C1 CSI inside a string loses only itself', () => {
    const json = JSON.stringify({ message: 'x\u009b', other: '}' })
    expect(JSON.parse(stripControls(json))).toEqual({ message: 'x', other: '}' })
  })

  it('keeps colour only when asked, and never anything else', () => {
    const painted = `${ESC}[31mFAIL${ESC}[0m ${ESC}[2J${ESC}]0;t\u0007`
    expect(stripControls(painted, { keepColour: true })).toBe(`${ESC}[31mFAIL${ESC}[0m `)
    expect(stripControls(painted)).toBe('FAIL ')
  })
})
