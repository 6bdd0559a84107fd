/**
 * The one transport every AIML request goes through. A `fetch` that bounds the whole exchange
 * (headers and body) by a deadline, caps the body it reads, never follows a redirect, and
 * records what it saw, so that the classifier sees exactly what the server sent, whatever the
 * SDK on top makes of it. (The openai SDK's own timeout stops at the response headers; a server
 * that trickles its body would hold the step.) Its default fetch is `networkFetch`, which
 * honours the runner's proxy.
 */
import type { Exchange, FetchLike, TransportFailure } from './exchange.js';
/** What one request produced: a response, or a failure before any response. */
export type Recorded = {
    kind: 'response';
    exchange: Exchange;
    latencyMs: number;
    truncated: boolean;
} | {
    kind: 'failure';
    failure: TransportFailure;
    latencyMs: number;
};
export interface TransportOptions {
    timeoutMs: number;
    /** Bodies longer than this are cut; a probe never needs more. */
    maxBodyBytes?: number;
    fetch?: FetchLike;
    now?: () => number;
    /** Told of each piece of the body as it arrives (a stream's time to first token). */
    onChunk?: (bytes: Uint8Array) => void;
}
/**
 * Returns a fetch for one request and the record it fills. The record is complete when the
 * returned fetch settles.
 */
export declare function recordingFetch(options: TransportOptions): {
    fetch: FetchLike;
    record: () => Recorded | undefined;
};
