/** The key ('' for the default), or what is wrong with it in words. */
export declare function parseCommentKey(value: string): {
    key: string;
} | string;
