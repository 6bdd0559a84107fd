/**
 * What an application may need of a chat model besides an answer, as data: the names the
 * `require` input and a `models` line's `+NAME` tokens take, and the word AIML's catalog uses
 * for each when asked with `?include=capabilities` (docs.aimlapi.com,
 * api-references/service-endpoints/complete-model-list.md: `tools`, `structured_output`,
 * `streaming`, `vision`).
 */
export declare const CAPABILITIES: readonly [{
    readonly id: "tools";
    readonly catalogWord: "tools";
    readonly words: "tools (a forced function call)";
    readonly asked: "a forced function call";
}, {
    readonly id: "json";
    readonly catalogWord: "structured_output";
    readonly words: "JSON (a strict `json_schema`)";
    readonly asked: "a strict `json_schema` answer";
}, {
    readonly id: "stream";
    readonly catalogWord: "streaming";
    readonly words: "a stream that carries content";
    readonly asked: "a streamed answer with content";
}, {
    readonly id: "vision";
    readonly catalogWord: "vision";
    readonly words: "image input";
    readonly asked: "a tiny PNG as a data URL";
}];
export type Capability = (typeof CAPABILITIES)[number]['id'];
export declare const CAPABILITY_IDS: readonly Capability[];
/** How one capability came out: `ok`, `missing` (the model answers without it), or a category. */
export type CapabilityState = 'ok' | 'missing' | string;
export declare function isCapability(value: string): value is Capability;
export declare function capabilityInfo(id: Capability): (typeof CAPABILITIES)[number];
/** In the order of CAPABILITIES, each once, so that a report reads the same every run. */
export declare function inOrder(names: Iterable<Capability>): Capability[];
/**
 * `require`: names separated by commas, spaces or new lines, in any case; or a sentence saying
 * which are unknown, with the list of valid ones.
 */
export declare function parseRequirements(value: string): Capability[] | string;
