/**
 * Inputs → one frozen, typed `Settings`. The action and the CLI both come through here, so a
 * value is accepted or refused the same way in CI and in a terminal. The schema owns defaults.
 */
import { z } from 'zod'
import { DEFAULT_FAIL_ON, type Category } from '../engine/classify/categories.js'
import { MODEL_ID } from '../engine/evidence/catalog.js'
import type { ProbeConfig } from '../engine/check/shared.js'
import {
  configuredModels,
  parseModelList,
  parseModelTable,
  type ModelSpec
} from '../engine/check/model-table.js'
import { blankAllowed, defaultOf, required, withDefault } from './input-defaults.js'
import { ISSUE_MODES, type IssueMode } from './issue-mode.js'
import { DASHBOARD_MODES, type DashboardMode } from './dashboard-mode.js'
import { parseCommentKey } from './comment-key.js'
import { parseFailOn } from './fail-on.js'
import { REQUIREMENT_INPUTS, requirementSchema, requirementSettings } from './requirement-inputs.js'
import type { SpeedLimits } from './requirement-inputs.js'
import { quote } from '../engine/read/redact.js'
import { readApiKey, readBaseUrl, type Checked } from './secret-inputs.js'

const COMMENT_MODES = ['never', 'on-problem', 'always'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]

export interface Settings extends Omit<ProbeConfig, keyof SpeedLimits>, SpeedLimits {
  /** Every configured model: the `models` table, or `model` with `fallback-models`. */
  models: readonly ModelSpec[]
  failOn: readonly Category[]
  failBeforeShutdownDays: number
  commentOnPr: CommentMode
  issue: IssueMode
  dashboard: DashboardMode
  /** Names the step's PR comment; '' for the default (comment.ts's `commentKey`). */
  commentKey: string
  githubToken: string
}

const DEFAULTS = {
  model: 'anthropic/claude-sonnet-4.5',
  fallbackModels: 'gpt-4o',
  baseUrl: 'https://api.aimlapi.com/v1',
  retries: '2',
  timeoutSeconds: '30',
  failBeforeShutdownDays: '0',
  commentOnPr: 'on-problem',
  issue: 'auto',
  dashboard: 'auto',
  prompt: 'Reply with the single word: ok',
  maxTokens: '16'
} as const

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/** Each input by its action.yml name; `undefined` means "not given, use the default". */
export type RawInputs = Partial<Record<InputName, string>>
export const INPUT_NAMES = [
  'api-key',
  'model',
  'fallback-models',
  'models',
  'base-url',
  'fail-on',
  'retries',
  'timeout-seconds',
  'fail-before-shutdown-days',
  'comment-on-pr',
  'issue',
  'dashboard',
  'comment-key',
  'github-token',
  'prompt',
  'max-tokens',
  ...REQUIREMENT_INPUTS
] as const
export type InputName = (typeof INPUT_NAMES)[number]

type Ctx = z.RefinementCtx

function refuse(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message })
  return z.NEVER
}

function modelId(value: string, ctx: Ctx): string {
  if (!MODEL_ID.test(value)) {
    return refuse(
      ctx,
      `must be a model ID such as 'gpt-4o' or 'anthropic/claude-sonnet-4.5' (letters, digits and . _ : / @ + -); got ${quote(value)}.`
    )
  }
  return value
}

/** A transform from a parser that returns the value, or what is wrong in words. */
function orRefuse<T>(parse: (value: string) => T | string) {
  return (value: string, ctx: Ctx): T => {
    const parsed = parse(value)
    return typeof parsed === 'string' ? refuse(ctx, parsed) : parsed
  }
}

/** A transform from a check that says what is wrong in words. */
function checked<T>(check: (value: string) => Checked<T>) {
  return (value: string, ctx: Ctx): T => {
    const result = check(value)
    return result.ok ? result.value : refuse(ctx, result.problem)
  }
}

/** One word of `words`, in any case. */
const oneOf =
  <W extends string>(words: readonly W[]) =>
  (value: string, ctx: Ctx): W =>
    words.find(w => w === value.toLowerCase()) ??
    refuse(ctx, `must be one of ${words.join(', ')}; got ${quote(value)}.`)

function wholeNumber(min: number, max: number) {
  return (value: string, ctx: Ctx): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      return refuse(ctx, `must be a whole number from ${min} to ${max}; got ${quote(value)}.`)
    }
    return Number(value)
  }
}

function timeoutMs(value: string, ctx: Ctx): number {
  const seconds = /^\d+(\.\d+)?$|^\.\d+$/.test(value) ? Number(value) : NaN
  if (!(seconds > 0 && seconds <= 600)) {
    return refuse(
      ctx,
      `must be a number of seconds above 0 and at most 600 (decimals allowed); got ${quote(value)}.`
    )
  }
  // At least 1 ms: a value that rounds to nothing would time out every request at once.
  return Math.max(1, Math.round(seconds * 1000))
}

const schema = z.object({
  'api-key': z
    .string()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v.trim() === ''
        ? refuse(
            ctx,
            'is empty. It usually means the secret it names is not set (for example `${{ secrets.AIML_API_KEY }}`). Pull requests from forks receive no secrets: gate the step with `if: github.event.pull_request.head.repo.full_name == github.repository`.'
          )
        : v
    )
    // Untrimmed: a no-break space or a byte-order mark around the key is a paste gone wrong.
    .transform(checked(readApiKey)),
  model: required(
    'is empty. It usually means the variable it names is not set (for example `${{ vars.AIML_MODEL }}`); leave the input out to probe the default model.',
    DEFAULTS.model
  ).transform(modelId),
  'fallback-models': blankAllowed(DEFAULTS.fallbackModels).transform(orRefuse(parseModelList)),
  models: z
    .string()
    .optional()
    .transform((v, ctx) =>
      v === undefined || v.trim() === '' ? null : orRefuse(parseModelTable)(v, ctx)
    ),
  'base-url': withDefault(DEFAULTS.baseUrl).transform(
    checked(value => readBaseUrl(value, DEFAULTS.baseUrl))
  ),
  'fail-on': withDefault(DEFAULT_FAIL_ON.join(', ')).transform(orRefuse(parseFailOn)),
  retries: withDefault(DEFAULTS.retries).transform(wholeNumber(0, 10)),
  'timeout-seconds': withDefault(DEFAULTS.timeoutSeconds).transform(timeoutMs),
  'fail-before-shutdown-days': withDefault(DEFAULTS.failBeforeShutdownDays).transform(
    wholeNumber(0, 3650)
  ),
  'comment-on-pr': withDefault(DEFAULTS.commentOnPr).transform(oneOf(COMMENT_MODES)),
  issue: withDefault(DEFAULTS.issue).transform(oneOf(ISSUE_MODES)),
  dashboard: withDefault(DEFAULTS.dashboard).transform(oneOf(DASHBOARD_MODES)),
  'comment-key': withDefault('').transform(orRefuse(parseCommentKey)),
  'github-token': z
    .string()
    .optional()
    .transform(v => v?.trim() ?? ''),
  prompt: withDefault(DEFAULTS.prompt).transform((v, ctx) =>
    v.length > 2000 ? refuse(ctx, `must be at most 2000 characters; got ${v.length}.`) : v
  ),
  'max-tokens': withDefault(DEFAULTS.maxTokens).transform(wholeNumber(1, 4096)),
  ...requirementSchema
})

/** An input's default as a person would write it, from the schema; `undefined` if none. */
export const inputDefault = (name: InputName): string | undefined => defaultOf(schema.shape[name])

/**
 * Validates every input at once and reports every problem, each naming its input. Throws
 * `SettingsError`; nothing is sent before this returns.
 */
export function parseSettings(raw: RawInputs): Settings {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map(
      issue => `Input '${String(issue.path[0])}' ${issue.message}`
    )
    throw new SettingsError(problems.join('\n'))
  }
  const v = result.data
  const fallbackModels = v['fallback-models'].filter(m => m !== v.model)
  const models = configuredModels(
    v.models,
    { model: v.model, fallbacks: v['fallback-models'] },
    { model: DEFAULTS.model, fallbacks: DEFAULTS.fallbackModels.split(',') }
  )
  if (models === 'ambiguous') {
    throw new SettingsError(
      "Input 'models' replaces 'model' and 'fallback-models', which are set too: give each model's fallbacks in its line ('ID -> FALLBACK') and leave the other two out."
    )
  }
  const needs = requirementSettings(models, v)
  return Object.freeze({
    ...needs,
    models: Object.freeze(needs.models),
    apiKey: v['api-key'],
    model: v.model,
    fallbackModels: Object.freeze(fallbackModels),
    baseUrl: v['base-url'],
    failOn: Object.freeze(v['fail-on']),
    retries: v.retries,
    timeoutMs: v['timeout-seconds'],
    failBeforeShutdownDays: v['fail-before-shutdown-days'],
    commentOnPr: v['comment-on-pr'],
    issue: v.issue,
    dashboard: v.dashboard,
    commentKey: v['comment-key'].key,
    githubToken: v['github-token'],
    prompt: v.prompt,
    maxTokens: v['max-tokens']
  })
}
