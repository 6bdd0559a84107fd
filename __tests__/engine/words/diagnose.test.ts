/**
 * The diagnosis says each thing once, in the words that are true for this run: the ID to use on
 * its own line and in no step, no key vouched for when none was sent, and a support message whose
 * lines fit a comment's width.
 */
import { describe, expect, it } from '@jest/globals'
import { makeFallbackReport } from '../../../__fixtures__/factories.js'
import { diagnose } from '../../../src/engine/words/diagnose.js'
import { keyHint, LOOPBACK_KEY } from '../../../src/engine/read/redact.js'

describe('diagnose, provider-access with a fallback that answers', () => {
  const report = makeFallbackReport()
  const diagnosis = diagnose(report, 'sk-aiml-…')

  it('names the fallback once, on the "Use now" line, and in no step nor the explanation', () => {
    expect(diagnosis.switchTo).toEqual({
      label: 'Use now',
      id: 'gpt-4o',
      why: 'it answers with this key'
    })
    expect(diagnosis.steps.join(' ')).not.toContain('gpt-4o')
    expect(diagnosis.explanation).not.toContain('gpt-4o')
    expect(diagnosis.explanation).toContain('Another model answers with the same key.')
  })

  it('vouches for the key and the balance when a key was sent', () => {
    expect(diagnosis.explanation).toContain('Your key and your balance work')
  })

  it('vouches for no key when none was sent (the CLI against a loopback server)', () => {
    const keyless = diagnose(report, keyHint(LOOPBACK_KEY))
    expect(keyless.explanation).not.toMatch(/your key/i)
    expect(keyless.explanation).toContain('No key was sent (a loopback server)')
    expect(keyless.switchTo?.why).toBe('it answers')
  })

  it('wraps the support message’s lines at 72 characters, headers whole, words intact', () => {
    const long = makeFallbackReport({ errorMessage: `${'credit balance too low '.repeat(12)}end` })
    const message = diagnose(long, 'sk-aiml-…').supportMessage!
    const lines = message.split('\n')
    expect(lines.filter(line => !/^(To|Subject):/.test(line)).every(l => l.length <= 72)).toBe(true)
    expect(lines.some(line => line.startsWith('Subject: '))).toBe(true)
    expect(message.replace(/\s+/g, ' ')).toContain(long.errorMessage)
  })
})
