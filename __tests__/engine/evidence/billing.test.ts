import { describe, expect, it } from '@jest/globals'
import { billingUrl, parseBalance } from '../../../src/engine/evidence/billing.js'

describe('billingUrl', () => {
  it.each([
    ['https://api.aimlapi.com/v1', 'https://api.aimlapi.com/v2/billing'],
    ['https://api.aimlapi.com/v1/', 'https://api.aimlapi.com/v2/billing'],
    ['http://127.0.0.1:8080/proxy/v1', 'http://127.0.0.1:8080/proxy/v2/billing'],
    ['https://gateway.example.com/openai', 'https://gateway.example.com/v2/billing']
  ])('%s → %s', (base, url) => {
    expect(billingUrl(base)).toBe(url)
  })
})

describe('parseBalance', () => {
  it.each([
    [
      { current_balance: 20, currency: 'usd' },
      { amount: 20, currency: 'USD' }
    ],
    [{ current_balance: '12.5' }, { amount: 12.5, currency: 'USD' }],
    [
      { current_balance: 0, currency: 'EUR' },
      { amount: 0, currency: 'EUR' }
    ],
    [{ current_balance: 'lots' }, null],
    [{ message: 'Unauthorized' }, null],
    [null, null]
  ])('%j → %j', (json, balance) => {
    expect(parseBalance(json)).toEqual(balance)
  })

  // SPEC: a balance of "  ", "0x10", "1e999", null or a negative zero is unknown, not $0.00,
  // $16 or $Infinity.
  it.each([
    ['  '],
    ['0x10'],
    ['1e999'],
    [null],
    [-0],
    ['-0'],
    ['Infinity'],
    ['1_000'],
    [true],
    [false]
  ])('current_balance %j is unknown', value => {
    expect(parseBalance({ current_balance: value, currency: 'usd' })).toBeNull()
  })

  it('keeps a negative balance: an account in arrears is not unknown', () => {
    expect(parseBalance({ current_balance: '-3.5' })).toEqual({ amount: -3.5, currency: 'USD' })
  })
})
