/**
 * The shapes of one HTTP exchange, which every stage after the sending reads: the fetch the
 * transport takes and wraps, what came back, and a request that got no response at all.
 */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
/** One HTTP exchange as the transport saw it. Header names are lower-case. */
export interface Exchange {
    status: number;
    headers: Readonly<Record<string, string>>;
    body: string;
}
/** A request that produced no HTTP response at all. */
export type TransportFailure = {
    kind: 'timeout';
    message: string;
} | {
    kind: 'network';
    code: string;
    message: string;
};
