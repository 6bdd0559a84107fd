import type { Capability } from './capabilities.js';
import type { Usage } from '../read/completion.js';
export type CapabilityCheck = {
    ok: true;
    usage: Usage | null;
    usd: number | null;
    credits: number | null;
} | {
    ok: false;
    message: string;
};
export declare function checkCapabilityAnswer(capability: Capability, body: string): CapabilityCheck;
/** Whether the stream so far holds a non-empty content delta: the first token has come. */
export declare function hasContentDelta(body: string): boolean;
export declare function namesFeature(capability: Capability, status: number, message: string): boolean;
