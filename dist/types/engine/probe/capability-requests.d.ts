/**
 * The one small request each capability is probed with, in the OpenAI chat-completions shapes
 * AIML accepts (platform.openai.com/docs/api-reference/chat/create: `tools` and a named
 * `tool_choice`, `response_format: {type: "json_schema", json_schema: {name, strict, schema}}`,
 * `stream_options: {include_usage: true}`, `image_url` content parts taking a data URL).
 */
import type { Capability } from './capabilities.js';
import type { TokenParameter } from '../read/kinds.js';
/** The function a `tools` probe forces, and the object a `json` probe asks for: `{ok: true}`. */
export declare const PROBE_FUNCTION = "report_status";
/** The request, with its token bound under `parameter` (reasoning models want the newer name). */
export declare function capabilityRequest(capability: Capability, model: string, maxTokens: number, parameter?: TokenParameter): Record<string, unknown>;
