import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../../src/engine/words/diagnose.js'
import { weighEvidence } from '../../../src/engine/evidence/evidence.js'
import {
  keyUrl,
  parseKeyFacts,
  shownPrefix,
  weighKey,
  type KeyFacts
} from '../../../src/engine/evidence/key-facts.js'
import { makeReport } from '../../../__fixtures__/factories.js'

const KEY = {
  disabled: false,
  prefix: 'sk-aiml-7f3c',
  scopes: [],
  limit: { retention: 'no_reset', threshold: null },
  monthly_usage: 0.42
}
const facts = (overrides: Record<string, unknown> = {}): KeyFacts =>
  parseKeyFacts({ ...KEY, ...overrides })!

describe('the key’s own facts, read strictly', () => {
  it('asks the origin, whatever path the base URL has', () => {
    expect(keyUrl('https://api.aimlapi.com/v1')).toBe('https://api.aimlapi.com/v1/key')
    expect(keyUrl('http://127.0.0.1:8080/proxy/v1/')).toBe('http://127.0.0.1:8080/v1/key')
  })

  it('reads the documented fields', () => {
    expect(facts({ scopes: ['model:chat'] })).toMatchObject({
      prefix: 'sk-aiml-7f3c',
      scopes: ['model:chat']
    })
  })

  it.each([
    ['a string disabled', { disabled: 'false' }],
    ['an unknown retention', { limit: { retention: 'year', threshold: 5 } }],
    ['a negative threshold', { limit: { retention: 'month', threshold: -1 } }],
    ['a prefix that is not a key', { prefix: '<img src=x>' }],
    ['a scope that is not a model scope', { scopes: ['admin'] }],
    ['usage as text', { monthly_usage: '5' }]
  ])('leaves the whole answer unread for %s', (_what, overrides) => {
    expect(parseKeyFacts({ ...KEY, ...overrides })).toBeNull()
  })

  it('shows at most the key’s first 8 characters when the prefix is the key’s own start', () => {
    const read = facts()
    expect(shownPrefix(read, `sk-aiml-7f3c${'0'.repeat(28)}`).prefix).toBe('sk-aiml-')
    expect(shownPrefix(read, ` sk-aiml-7f3c${'0'.repeat(28)}\n`).prefix).toBe('sk-aiml-')
    // A prefix that is not the key's start, or 8 characters or fewer, is shown as AIML sent it.
    expect(shownPrefix(read, 'sk-aiml-3f9c2b7e1a4d8c6b5e0f2a9d7c3b1e8f').prefix).toBe(
      'sk-aiml-7f3c'
    )
    expect(shownPrefix({ ...read, prefix: 'sk-aiml-' }, 'sk-aiml-7f3c00').prefix).toBe('sk-aiml-')
  })

  it('leaves anything but an object unread', () => {
    expect(parseKeyFacts(null)).toBeNull()
    expect(parseKeyFacts([KEY])).toBeNull()
  })
})

describe('weighKey: the key’s evidence, first match wins', () => {
  const auth = { category: 'auth' as const, concern: 'key' as const }
  const billing = { category: 'insufficient-credits' as const, concern: 'billing' as const }
  const used = { limit: { retention: 'month', threshold: 5 }, monthly_usage: 5.02 }

  it.each([
    ['a disabled key, any refusal', auth, { disabled: true }, 'chat', 'disabled', 'auth'],
    [
      'a disabled key before its scopes',
      auth,
      { disabled: true, scopes: ['model:image'] },
      'chat',
      'disabled',
      'auth'
    ],
    [
      'scopes without the kind',
      { category: 'provider-access' as const, concern: null },
      { scopes: ['model:chat'] },
      'image',
      'scopes',
      'auth'
    ],
    ['the monthly limit used up', billing, used, 'chat', 'limit', 'insufficient-credits'],
    [
      'the limit reached exactly',
      billing,
      { ...used, monthly_usage: 5 },
      'chat',
      'limit',
      'insufficient-credits'
    ]
  ] as const)('%s', (_what, refusal, overrides, kind, finding, category) => {
    expect(weighKey(refusal, facts(overrides), kind)).toEqual({ finding, category })
  })

  it.each([
    ['no facts', { category: 'auth' as const, concern: null }, null, 'chat'],
    [
      'scopes that hold the kind',
      { category: 'auth' as const, concern: null },
      facts({ scopes: ['model:image'] }),
      'image'
    ],
    ['unlimited scopes', { category: 'auth' as const, concern: null }, facts(), 'embedding'],
    ['a limit not yet reached', billing, facts({ ...used, monthly_usage: 4.99 }), 'chat'],
    [
      'a daily limit: the text decides',
      billing,
      facts({ ...used, limit: { retention: 'day', threshold: 5 } }),
      'chat'
    ],
    [
      'no threshold',
      billing,
      facts({ limit: { retention: 'month', threshold: null }, monthly_usage: 9 }),
      'chat'
    ],
    [
      'server trouble, even with a disabled key',
      { category: 'server-error' as const, concern: null },
      facts({ disabled: true }),
      'chat'
    ],
    [
      'a rate limit',
      { category: 'rate-limited' as const, concern: null },
      facts({ scopes: ['model:image'] }),
      'chat'
    ]
  ] as const)('finds nothing for %s', (_what, refusal, found, kind) => {
    expect(weighKey(refusal, found, kind)).toBeNull()
  })

  it('outweighs the balance: a used-up key limit is not the provider’s', () => {
    const relayed = {
      category: 'insufficient-credits' as const,
      rule: 'billing-words',
      concern: 'billing' as const,
      relayed: true
    }
    const balance = { kind: 'read' as const, balance: { amount: 19.5, currency: 'USD' } }
    expect(weighEvidence(relayed, balance)).toMatchObject({ category: 'provider-access' })
    expect(weighEvidence(relayed, balance, { facts: facts(used), kind: 'chat' })).toEqual({
      category: 'insufficient-credits',
      decidedBy: 'key-facts',
      accountWide: true,
      keyFinding: 'limit'
    })
  })
})

describe('the key’s facts in the diagnosis', () => {
  const failed = (
    keyFinding: 'disabled' | 'scopes' | 'limit',
    overrides: Record<string, unknown>,
    more = {}
  ) =>
    diagnose(
      makeReport({
        available: false,
        status: 'unavailable',
        errorCategory: keyFinding === 'limit' ? 'insufficient-credits' : 'auth',
        evidence: { rule: 'forbidden', decidedBy: 'key-facts', keyFinding },
        keyFacts: facts(overrides),
        balance: { amount: 19.5, currency: 'USD' },
        ...more
      }),
      'sk-aiml-…'
    )

  it('says a disabled key is disabled, by its prefix', () => {
    const d = failed('disabled', { disabled: true })
    expect(d.explanation).toContain(
      'This key (sk-aiml-7f3c…) is disabled: enable it or make a new one.'
    )
    expect(d.evidence).toBe(
      "Decided by the key's own facts (GET /v1/key): sk-aiml-7f3c… is disabled; no spending limit, $0.42 used this month."
    )
  })

  it('names the scopes a key has when it may not call the kind', () => {
    const d = failed('scopes', { scopes: ['model:chat', 'model:embeddings'] }, { kind: 'image' })
    expect(d.explanation).toContain(
      'may not call image models: its scopes are model:chat, model:embeddings'
    )
    expect(d.steps.join(' ')).toContain('`model:image`')
  })

  it('words a used-up key limit as the key’s, not an empty account', () => {
    const d = failed('limit', { limit: { retention: 'month', threshold: 5 }, monthly_usage: 5.02 })
    expect(d.explanation).toContain(
      "This key's limit of $5.00 a month is used up ($5.02); the account holds $19.50: raise the limit on the key's page."
    )
    expect(d.steps.join(' ')).not.toMatch(/top up the/i)
    expect(d.evidence).toContain('a limit of $5.00 a month, $5.02 used this month')
  })

  it('shows the key’s facts beside another decision', () => {
    const d = diagnose(
      makeReport({
        available: false,
        status: 'unavailable',
        errorCategory: 'server-error',
        evidence: { rule: 'server-status', decidedBy: 'text' },
        keyFacts: facts()
      }),
      'sk-aiml-…'
    )
    expect(d.evidence).toBe(
      "Decided by the error's words (rule `server-status`). The key: sk-aiml-7f3c… is enabled; no spending limit, $0.42 used this month."
    )
  })
})
