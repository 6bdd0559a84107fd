import type { Capability } from './capabilities.js';
import { type Category } from '../classify/categories.js';
import { type Usage } from '../classify/classify.js';
import { type ProbedKind, type TokenParameter } from '../read/kinds.js';
import type { Redactor } from '../read/redact.js';
import type { Concern } from '../classify/rules.js';
import type { FetchLike } from '../send/exchange.js';
export type Role = 'configured' | 'alias' | 'fallback';
export interface Attempt {
    model: string;
    kind: ProbedKind;
    role: Role;
    /** 1 for the first request to this model, 2 for the next, and so on. */
    try: number;
    parameter: TokenParameter;
    ok: boolean;
    category: Category | null;
    /** The rule that classified a failure (rules.ts), else null. */
    rule: string | null;
    concern: Concern | null;
    relayed: boolean;
    httpStatus: number | null;
    latencyMs: number;
    /** One line, redacted. */
    message: string;
    code: string;
    requestId: string;
    usage: Usage | null;
    /** From `x-aimlapi-usd-spent`. */
    usd: number | null;
    /** From `x-aimlapi-credits-used`. */
    credits: number | null;
    /** A capability probe's (capability-probes.ts): which, and a stream's first token in ms. */
    capability?: Capability;
    ttftMs?: number | null;
}
export interface ModelResult {
    model: string;
    role: Role;
    ok: boolean;
    attempts: Attempt[];
    /** The last attempt: the one that answered, or the failure that counts. */
    final: Attempt;
}
/** The I/O a probe needs, passed in so tests can run the real logic against fakes. */
export interface ProbeIO {
    fetch: FetchLike;
    now: () => number;
    sleep: (ms: number) => Promise<void>;
    random: () => number;
}
export interface ProbeRequest {
    baseUrl: string;
    apiKey: string;
    prompt: string;
    maxTokens: number;
    retries: number;
    timeoutMs: number;
    redact: Redactor;
}
/** Cap on any wait between tries, Retry-After included. */
export declare const MAX_WAIT_MS = 30000;
/**
 * The longest one model's probe can take: `retries + 2` requests (one more for the switch to
 * `max_completion_tokens`) of at most `timeout` each, and `retries` waits of at most
 * min(30 s, timeout) each.
 */
export declare function modelBoundMs(retries: number, timeoutMs: number): number;
export declare function probeModel(model: string, role: Role, request: ProbeRequest, io: ProbeIO, kind?: ProbedKind): Promise<ModelResult>;
/** Exponential backoff with jitter, or the server's Retry-After, never over the cap. */
export declare function waitBeforeRetry(retryIndex: number, retryAfterMs: number | null, timeoutMs: number, random: () => number): number;
/** API text as it enters the report: one line, cut, without controls, redacted. */
export declare function fromApi(text: string, redact: Redactor): string;
/**
 * The probe's headers: the SDK's own, less anything the environment added, and our key as the
 * only credential (OPENAI_CUSTOM_HEADERS could otherwise replace it with another secret).
 */
export declare function probeHeaders(headers: HeadersInit | undefined, apiKey: string): Headers;
/** A cost header: a strict decimal, never below zero. */
export declare function headerNumber(value: string | undefined): number | null;
