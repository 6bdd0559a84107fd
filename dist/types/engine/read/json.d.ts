/** Reading JSON that servers send: anything may arrive, so nothing here throws. */
/** The parsed object or array, or `undefined` for anything else (text, HTML, broken JSON). */
export declare function parseJson(text: string): unknown;
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** A list as feeds send one: a bare array, or an array under one of `keys` (`{data: [...]}`). */
export declare function listIn(json: unknown, keys: readonly string[]): unknown[] | null;
