/** At most `size` tasks at once; the rest wait their turn in order. */
export declare function createLimiter(size: number): <T>(task: () => Promise<T>) => Promise<T>;
