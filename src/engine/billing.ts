/**
 * The account balance, `GET /v2/billing` with the key: free, and it separates "your account is
 * empty" from "the provider refuses". Any failure of it is ignored by the caller.
 */
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
  if (typeof json !== 'object' || json === null) return null
  const record = json as Record<string, unknown>
  const raw = record.current_balance ?? record.balance
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN
  if (!Number.isFinite(amount)) return null
  const currency =
    typeof record.currency === 'string' && /^[A-Za-z]{3}$/.test(record.currency)
      ? record.currency.toUpperCase()
      : 'USD'
  return { amount, currency }
}
