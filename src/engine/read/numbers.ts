/**
 * Numbers that servers send (a balance, a cost header) read strictly. `Number()` is too kind
 * for money: it reads `"  "` as 0, `"0x10"` as 16 and `"1e999"` as Infinity, so a broken
 * field would show as `$0.00`, `$16` or `$Infinity` instead of "unknown".
 */

/** Plain decimal notation, an exponent allowed (`4.5e-05` is how some servers print $0.000045). */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/

/**
 * A finite number, or null for anything else: blank, hex, binary, octal, `Infinity`, `NaN`,
 * digit separators, booleans, null, a value too large to hold, and negative zero (a sign on
 * nothing is a broken field, not a balance).
 */
export function readNumber(value: unknown): number | null {
  let number: number
  if (typeof value === 'number') number = value
  else if (typeof value === 'string') {
    const text = value.trim()
    if (!DECIMAL.test(text)) return null
    number = Number(text)
  } else return null
  if (!Number.isFinite(number) || Object.is(number, -0)) return null
  return number
}
