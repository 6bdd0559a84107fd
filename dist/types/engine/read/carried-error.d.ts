/** The error a 2xx body carries, as text to read, or `undefined` when it carries none. */
export declare function carriedError(body: string, contentType?: string): string | undefined;
