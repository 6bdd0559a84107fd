/**
 * Plain text wrapped at a width, by words, for text shown in a code block (which does not wrap)
 * and pasted into an e-mail. A word longer than the width stays whole. Pure.
 */
export declare function wrapLines(text: string, width: number): string;
