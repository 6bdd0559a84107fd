import type { Exchange, TransportFailure } from '../send/exchange.js';
import type { Category } from './categories.js';
import type { Usage } from '../read/completion.js';
import { type ProbedKind } from '../read/kinds.js';
import { type Concern, type Hint } from './rules.js';
export type { Usage } from '../read/completion.js';
interface Success {
    ok: true;
    text: string;
    finishReason: string;
    usage: Usage | null;
}
export interface Failure {
    ok: false;
    category: Category;
    /** One line, the most specific message found. Raw API text: redact and escape before use. */
    message: string;
    code: string;
    type: string;
    requestId: string;
    /** The server asked to wait this long before retrying (Retry-After), in milliseconds. */
    retryAfterMs: number | null;
    /** The rule that decided (rules.ts), for the report. */
    rule: string;
    hint: Hint | null;
    /** A refusal about the account, which the balance or the key may settle (evidence.ts). */
    concern: Concern | null;
    /** The deciding words came from a provider the gateway relays, not the gateway's own envelope. */
    relayed: boolean;
}
export type Classification = Success | Failure;
export declare function classifyExchange(exchange: Exchange, kind?: ProbedKind): Classification;
export declare function classifyTransportFailure(failure: TransportFailure): Failure;
/**
 * The ID support can find a request by. AIML sends `x-inference-id` on every inference response
 * (docs.aimlapi.com, capabilities/request-tracing-and-cost.md); others `x-request-id`.
 */
export declare function requestIdOf(h: Readonly<Record<string, string>>): string;
/** Retry-After as seconds or an HTTP date; also the `retry-after-ms` some gateways send. */
export declare function parseRetryAfter(headers: Readonly<Record<string, string>>, now?: number): number | null;
export declare function oneLine(text: string): string;
