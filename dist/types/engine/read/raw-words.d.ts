/**
 * The words of a body the reader could not walk: nested deeper or larger than its bounds, or
 * without any key it knows. Classified from these and the status, never called empty.
 */
export declare function rawWords(raw: string): string;
