/** Bounded waits: a side request may be waited for, never without an end. */
/** A wait that ends early, and leaves no timer behind, once `signal` aborts. */
export declare function delay(ms: number, signal: AbortSignal): Promise<void>;
/** The promise's value if it settles within `ms`, else null. Never rejects. */
export declare function settledWithin<T>(promise: Promise<T | null>, ms: number): Promise<T | null>;
