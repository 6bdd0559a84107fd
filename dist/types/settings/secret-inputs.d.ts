/** A checked input: the value to use, or what is wrong with it (a sentence after its name). */
export type Checked<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    problem: string;
};
/**
 * The key, trimmed of what copying adds around it (spaces, a final newline) and of nothing
 * else, or refused when it was pasted wrong.
 */
export declare function readApiKey(value: string): Checked<string>;
/**
 * `base-url`: absolute, https (http only for loopback hosts, so the key never crosses a network
 * in clear), no user info, query or fragment. Only `shownUrl` of the value is ever quoted.
 */
export declare function readBaseUrl(value: string, example: string): Checked<string>;
/** Whether `value` is a URL on this machine (localhost, 127.0.0.0/8, ::1): the key stays here. */
export declare function isLoopbackUrl(value: string): boolean;
