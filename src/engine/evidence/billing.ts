/**
 * The account balance, `GET /v2/billing` with the key: free, and it separates "your account is
 * empty" from "the provider refuses". Any failure of it is ignored by the caller.
 */
import { isRecord } from '../read/json.js'
import { readNumber } from '../read/numbers.js'

export interface Balance {
  amount: number
  currency: string
}

/**
 * The billing endpoint lives beside the API version: a trailing `/v1` of the base URL becomes
 * `/v2/billing`; any other base URL uses its origin.
 */
export function billingUrl(baseUrl: string): string {
  const url = new URL(baseUrl)
  const path = url.pathname.replace(/\/+$/, '')
  url.pathname = /\/v1$/.test(path) ? `${path.slice(0, -3)}/v2/billing` : '/v2/billing'
  url.search = ''
  url.hash = ''
  return url.toString()
}

export function parseBalance(json: unknown): Balance | null {
  if (!isRecord(json)) return null
  // Below zero is an account in arrears, a real balance; `-0`, `"0x10"` or `"  "` is not one.
  const amount = readNumber(json.current_balance ?? json.balance)
  if (amount === null) return null
  const currency =
    typeof json.currency === 'string' && /^[A-Za-z]{3}$/.test(json.currency)
      ? json.currency.toUpperCase()
      : 'USD'
  return { amount, currency }
}
