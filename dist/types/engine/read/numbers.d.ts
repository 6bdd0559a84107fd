/**
 * Numbers that servers send (a balance, a cost header) read strictly. `Number()` is too kind
 * for money: it reads `"  "` as 0, `"0x10"` as 16 and `"1e999"` as Infinity, so a broken
 * field would show as `$0.00`, `$16` or `$Infinity` instead of "unknown".
 */
/**
 * A finite number, or null for anything else: blank, hex, binary, octal, `Infinity`, `NaN`,
 * digit separators, booleans, null, a value too large to hold, and negative zero (a sign on
 * nothing is a broken field, not a balance).
 */
export declare function readNumber(value: unknown): number | null;
