/** Money as people read it: dollars with enough digits to be non-zero, AIML credits beside. */

/** AIML bills in credits: $1 = 2,000,000 credits. */
export const CREDITS_PER_USD = 2_000_000

/** `$20.00`, `$0.0021`, `$0.000045`. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0'
  if (Math.abs(usd) >= 0.01) return `$${usd.toFixed(2)}`
  const digits = Math.max(2, -Math.floor(Math.log10(Math.abs(usd))) + 1)
  return `$${usd.toFixed(Math.min(digits, 12))}`
}

export function formatCredits(credits: number): string {
  return `${Math.round(credits).toLocaleString('en-US')} credits`
}

/** A balance in words: dollars and credits for USD, the amount and code otherwise. */
export function formatBalance(amount: number, currency: string): string {
  return currency === 'USD'
    ? `${formatUsd(amount)} (${formatCredits(amount * CREDITS_PER_USD)})`
    : `${amount} ${currency}`
}
