import { describe, expect, it } from '@jest/globals'
import {
  wantsEvidence,
  weighEvidence,
  type BalanceCheck,
  type Refusal
} from '../../../src/engine/evidence/evidence.js'

const refusal = (overrides: Partial<Refusal>): Refusal => ({
  category: 'insufficient-credits',
  rule: 'billing-words',
  concern: 'billing',
  relayed: true,
  ...overrides
})
const read = (amount: number): BalanceCheck => ({
  kind: 'read',
  balance: { amount, currency: 'USD' }
})
const refused: BalanceCheck = { kind: 'refused', status: 401 }
const failed: BalanceCheck = { kind: 'failed', status: null }
const answered: BalanceCheck = { kind: 'answered' }

describe('weighEvidence', () => {
  it.each([
    // relayed billing text
    [
      'relayed billing, positive balance',
      refusal({}),
      read(19.5),
      'provider-access',
      'balance',
      false
    ],
    [
      'relayed billing, empty balance',
      refusal({}),
      read(0),
      'insufficient-credits',
      'balance',
      true
    ],
    ['relayed billing, no balance', refusal({}), failed, 'insufficient-credits', 'text', false],
    [
      'relayed billing, balance not back in time',
      refusal({}),
      null,
      'insufficient-credits',
      'text',
      false
    ],
    [
      'relayed billing, balance unreadable',
      refusal({}),
      answered,
      'insufficient-credits',
      'text',
      false
    ],
    // the gateway's own envelope keeps its word
    [
      'own billing, positive balance',
      refusal({ relayed: false }),
      read(19.5),
      'insufficient-credits',
      'text',
      true
    ],
    // relayed key refusals
    [
      'relayed key, key works',
      refusal({ category: 'auth', rule: 'auth-code', concern: 'key' }),
      read(3),
      'provider-access',
      'key',
      false
    ],
    [
      'relayed key, key reads an unknown balance',
      refusal({ category: 'auth', rule: 'auth-code', concern: 'key' }),
      answered,
      'provider-access',
      'key',
      false
    ],
    [
      'relayed key, key refused',
      refusal({ category: 'auth', rule: 'auth-code', concern: 'key' }),
      refused,
      'auth',
      'key',
      true
    ],
    [
      'relayed key, no answer',
      refusal({ category: 'auth', rule: 'auth-code', concern: 'key' }),
      failed,
      'auth',
      'text',
      false
    ],
    [
      'own 401',
      refusal({ category: 'auth', rule: 'unauthorized', concern: 'key', relayed: false }),
      read(3),
      'auth',
      'text',
      true
    ],
    // a gateway that says its provider refused a key
    [
      'upstream key, our key refused',
      refusal({ category: 'provider-access', rule: 'upstream-key', concern: null }),
      refused,
      'auth',
      'key',
      true
    ],
    [
      'upstream key, no answer',
      refusal({ category: 'provider-access', rule: 'upstream-key', concern: null }),
      failed,
      'provider-access',
      'text',
      false
    ],
    // anything else is left as the words say
    [
      'rate limit',
      refusal({ category: 'rate-limited', rule: 'too-many-requests', concern: null }),
      read(5),
      'rate-limited',
      'text',
      false
    ]
  ] as const)('%s', (_name, given, check, category, decidedBy, accountWide) => {
    expect(weighEvidence(given, check)).toEqual({ category, decidedBy, accountWide })
  })
})

describe('wantsEvidence', () => {
  it('waits for the balance only where it can change the reading', () => {
    expect(wantsEvidence(refusal({}))).toBe(true)
    expect(wantsEvidence(refusal({ relayed: false }))).toBe(false)
    expect(wantsEvidence(refusal({ concern: null, category: 'rate-limited' }))).toBe(false)
    expect(wantsEvidence(refusal({ rule: 'upstream-key', concern: null, relayed: false }))).toBe(
      true
    )
  })
})
