/**
 * The one small request each capability is probed with, in the OpenAI chat-completions shapes
 * AIML accepts (platform.openai.com/docs/api-reference/chat/create: `tools` and a named
 * `tool_choice`, `response_format: {type: "json_schema", json_schema: {name, strict, schema}}`,
 * `stream_options: {include_usage: true}`, `image_url` content parts taking a data URL).
 */
import type { Capability } from './capabilities.js';
/** The function a `tools` probe forces, and the object a `json` probe asks for: `{ok: true}`. */
export declare const PROBE_FUNCTION = "report_status";
export declare function capabilityRequest(capability: Capability, model: string, maxTokens: number): Record<string, unknown>;
