/**
 * The inputs that ask more of a chat model than an answer: `require` (capabilities every chat
 * model must show) and the two speed limits. Kept apart from settings.ts, which spreads these
 * fields into its schema, so the capability contract reads in one place.
 */
import { z } from 'zod';
import { type Capability } from '../engine/probe/capabilities.js';
import { type ModelSpec } from '../engine/check/model-table.js';
export declare const REQUIREMENT_INPUTS: readonly ["require", "max-latency-ms", "max-ttft-ms"];
export declare const requirementSchema: {
    require: z.ZodPipe<z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>, z.ZodTransform<("tools" | "json" | "stream" | "vision")[], string>>;
    'max-latency-ms': z.ZodPipe<z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>, z.ZodTransform<number, string>>;
    'max-ttft-ms': z.ZodPipe<z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>, z.ZodTransform<number, string>>;
};
export interface SpeedLimits {
    /** 0: off. Over it, an answering model is `slow`. */
    maxLatencyMs: number;
    /** 0: off. Over it (first streamed token), an answering model is `slow`. */
    maxTtftMs: number;
}
/**
 * Every chat model gains what `require` names; `max-ttft-ms` needs a stream to time, so it
 * implies `stream` (SPEC, action.yml section).
 */
export declare function requirementSettings(models: readonly ModelSpec[], v: {
    require: Capability[];
    'max-latency-ms': number;
    'max-ttft-ms': number;
}): SpeedLimits & {
    models: ModelSpec[];
};
