/**
 * How each kind of model is asked, as cheaply as its documented schema allows, and what a 2xx
 * must carry to count as an answer. Errors of every kind go through the same classifier.
 */
import type OpenAI from 'openai';
import { type CompletionCheck } from './completion.js';
/** Kinds the probe knows how to ask, each through its own endpoint. */
export declare const PROBED_KINDS: readonly ["chat", "image", "embedding"];
export type ProbedKind = (typeof PROBED_KINDS)[number];
export type TokenParameter = 'max_tokens' | 'max_completion_tokens';
export interface ProbeText {
    prompt: string;
    maxTokens: number;
    parameter: TokenParameter;
}
/** Sends the probe; the transport under the client records what came back. */
export declare function sendProbe(client: OpenAI, kind: ProbedKind, model: string, text: ProbeText): Promise<void>;
/** The 2xx check for each kind. */
export declare function checkAnswer(kind: ProbedKind, status: number, body: string, json: unknown): CompletionCheck;
