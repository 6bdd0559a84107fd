/**
 * One capability, one request: sent beside the plain probe under the same in-flight cap and
 * request bound, read by the same transport and classifier, and judged by capability-checks.ts.
 * One try: a capability that fails is reported as it failed, and the bound stays the probe's.
 */
import type { Capability } from './capabilities.js';
import type { Attempt, ProbeIO, ProbeRequest, Role } from './probe.js';
/**
 * The capability's request, asked again once with `max_completion_tokens` when the model refuses
 * `max_tokens` (reasoning models do), as the plain probe asks: every request is an attempt.
 */
export declare function probeCapability(model: string, role: Role, capability: Capability, request: ProbeRequest, io: ProbeIO): Promise<Attempt[]>;
