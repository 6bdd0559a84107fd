/** Money as people read it: dollars with enough digits to be non-zero, AIML credits beside. */
/** AIML bills in credits: $1 = 2,000,000 credits. */
export declare const CREDITS_PER_USD = 2000000;
/** `$20.00`, `$0.0021`, `$0.000045`. */
export declare function formatUsd(usd: number): string;
export declare function formatCredits(credits: number): string;
/** A balance in words: dollars and credits for USD, the amount and code otherwise. */
export declare function formatBalance(amount: number, currency: string): string;
