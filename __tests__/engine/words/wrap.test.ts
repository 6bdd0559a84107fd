import { describe, expect, it } from '@jest/globals'
import { wrapLines } from '../../../src/engine/words/wrap.js'

describe('wrapLines', () => {
  it('wraps long lines by words and leaves short lines and blank lines alone', () => {
    expect(wrapLines('one two three four\n\nfive', 9)).toBe('one two\nthree\nfour\n\nfive')
  })

  it('keeps a word longer than the width whole', () => {
    expect(wrapLines('a https://status.aimlapi.com/incidents/1 b', 10)).toBe(
      'a\nhttps://status.aimlapi.com/incidents/1\nb'
    )
  })
})
