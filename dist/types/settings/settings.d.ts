import { type Category } from '../engine/classify/categories.js';
import type { ProbeConfig } from '../engine/check/shared.js';
import { type ModelSpec } from '../engine/check/model-table.js';
import { type IssueMode } from './issue-mode.js';
import { type DashboardMode } from './dashboard-mode.js';
import type { SpeedLimits } from './requirement-inputs.js';
declare const COMMENT_MODES: readonly ["never", "on-problem", "always"];
export type CommentMode = (typeof COMMENT_MODES)[number];
export interface Settings extends Omit<ProbeConfig, keyof SpeedLimits>, SpeedLimits {
    /** Every configured model: the `models` table, or `model` with `fallback-models`. */
    models: readonly ModelSpec[];
    failOn: readonly Category[];
    failBeforeShutdownDays: number;
    commentOnPr: CommentMode;
    issue: IssueMode;
    dashboard: DashboardMode;
    /** Names the step's PR comment; '' for the default (comment.ts's `commentKey`). */
    commentKey: string;
    githubToken: string;
}
export declare class SettingsError extends Error {
    name: string;
}
/** Each input by its action.yml name; `undefined` means "not given, use the default". */
export type RawInputs = Partial<Record<InputName, string>>;
export declare const INPUT_NAMES: readonly ["api-key", "model", "fallback-models", "models", "base-url", "fail-on", "retries", "timeout-seconds", "fail-before-shutdown-days", "comment-on-pr", "issue", "dashboard", "comment-key", "github-token", "prompt", "max-tokens", "require", "max-latency-ms", "max-ttft-ms"];
export type InputName = (typeof INPUT_NAMES)[number];
/** An input's default as a person would write it, from the schema; `undefined` if none. */
export declare const inputDefault: (name: InputName) => string | undefined;
/**
 * Validates every input at once and reports every problem, each naming its input. Throws
 * `SettingsError`; nothing is sent before this returns.
 */
export declare function parseSettings(raw: RawInputs): Settings;
export {};
