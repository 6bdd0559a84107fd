/**
 * The pull-request comment: one per step, named by `comment-key`, with a section per model that
 * is not available. What it says and when it is due; pure. Finding it again (by its hidden
 * marker *and* its author) is sticky.ts's, the GitHub calls are comment-store.ts's.
 */
import { stepAttempts, type Check } from '../engine/check/check.js'
import type { ModelSpec } from '../engine/check/model-table.js'
import type { CommentMode } from '../settings/settings.js'
import { attemptsMarkdown, balanceLine } from '../render/attempts.js'
import { diagnosisMarkdown, needsDiagnosis } from '../render/diagnosis.js'
import { modelsMarkdown, prefixNotes, stepHeadline, VERDICT_ICON } from '../render/models-table.js'
import { switchSnippet } from '../render/snippet.js'
import { code } from '../render/text.js'

/** GitHub refuses comment bodies of 65,536 characters or more. */
export const COMMENT_LIMIT = 65_536

export interface CommentContext {
  runUrl: string
  /** ISO time, for the resolved note. */
  now: string
}

export type CommentAction = 'upsert' | 'resolve' | 'skip'

/** What an earlier comment of ours said: an alarm, or that all is well (healthy or resolved). */
export type CommentState = 'problem' | 'ok'

/** The hidden marker that names the step's comment; it opens the body. */
export function marker(key: string): string {
  return `<!-- aiml-model-probe:${key} -->`
}

/**
 * The comment's state, in a second hidden marker right after the first, so reading it back
 * never depends on the heading's words.
 */
export function stateMarker(state: CommentState): string {
  return `<!-- aiml-model-probe-state:${state} -->`
}

const STATE = /^<!-- aiml-model-probe-state:(problem|ok) -->$/m
/** How comments written before the state marker said it: an alarm's heading. */
const LEGACY_PROBLEM = /^### (❌|⚠️) AIML model probe:/m

export function commentState(body: string): CommentState {
  const carried = STATE.exec(body)?.[1]
  if (carried === 'problem' || carried === 'ok') return carried
  return LEGACY_PROBLEM.test(body) ? 'problem' : 'ok'
}

/**
 * The step's comment key when `comment-key` is empty: the model ID for one model (the marker a
 * one-model step always had), else the configured IDs, sorted, joined by `+`.
 */
export function commentKey(configured: readonly ModelSpec[], given: string): string {
  if (given !== '') return given
  return configured
    .map(spec => spec.id)
    .sort()
    .join('+')
}

/**
 * What to do with the PR comment. `on-problem` posts while a model is not available or is
 * announced for shutdown (news before the outage) and, once all is well again, turns an earlier
 * alarm into a resolved note rather than leaving it stale; a comment that already says all is
 * well is left alone. `always` also keeps a healthy note.
 */
export function decideCommentAction(
  mode: CommentMode,
  allWell: boolean,
  earlier: CommentState | null
): CommentAction {
  if (mode === 'never') return 'skip'
  if (!allWell) return 'upsert'
  if (earlier === 'problem') return 'resolve'
  return mode === 'always' && earlier === null ? 'upsert' : 'skip'
}

/**
 * Every probed model answered and none is in AIML's deprecation feed (skipped kinds count
 * neither way).
 */
export function allWell(check: Check): boolean {
  return check.models.every(m => m.report.available && !m.report.deprecation)
}

export function renderComment(check: Check, key: string, context: CommentContext): string {
  const state: CommentState = allWell(check) ? 'ok' : 'problem'
  const full = body(check, key, context, state, 'full')
  if (full.length < COMMENT_LIMIT) return full
  return fitComment(body(check, key, context, state, 'compact'), key, state, context)
}

/** The earlier alarm, turned into a resolved note. */
export function renderResolved(check: Check, key: string, context: CommentContext): string {
  const [only] = check.models
  const what =
    check.configured.length === 1 && only
      ? `${code(only.report.configuredModel)} answers again`
      : 'every model answers again'
  const lines = [marker(key), stateMarker('ok'), `### ✅ Resolved: ${what}`, '']
  lines.push(`Checked at ${context.now}.`, '')
  if (showsTable(check)) lines.push(modelsMarkdown(check), '')
  lines.push(footer(context))
  return fitComment(lines.join('\n'), key, 'ok', context)
}

function body(
  check: Check,
  key: string,
  context: CommentContext,
  state: CommentState,
  size: 'full' | 'compact'
): string {
  const lines = [marker(key), stateMarker(state)]
  lines.push(`### ${VERDICT_ICON[check.verdict]} AIML model probe: ${stepHeadline(check)}`, '')
  // Each thing once: one diff for the step, under the one model's "Use now" line or under the
  // table; one model's section needs no heading under the comment's own, which names it.
  const snippet = switchSnippet(check)
  const one = check.configured.length === 1
  if (showsTable(check)) lines.push(modelsMarkdown(check), '')
  if (!one && snippet.length > 0) lines.push('**The change to make**', '', ...snippet, '')
  for (const note of prefixNotes(check)) lines.push(`> ${note}`, '')
  for (const model of check.models.filter(needsDiagnosis)) {
    lines.push(
      diagnosisMarkdown(model, {
        level: 4,
        snippet: one ? snippet : [],
        heading: !one,
        compact: size === 'compact'
      })
    )
  }
  const attempts = stepAttempts(check)
  const [first] = check.models
  if (size === 'full' && first) {
    lines.push('<details><summary>Attempts</summary>', '')
    lines.push(attemptsMarkdown(attempts), '')
    lines.push(`Balance: ${balanceLine(first.report)}`, '', '</details>', '')
  }
  if (size === 'compact') {
    lines.push(
      `_(shortened to fit GitHub's comment size; the full report is in the [job summary](${context.runUrl}))_`,
      ''
    )
  }
  lines.push(footer(context))
  return lines.join('\n')
}

function footer(context: CommentContext): string {
  return `<sub>[Workflow run](${context.runUrl}) · AIML model probe</sub>`
}

/** Under GitHub's limit whatever the API said; the markers that open the body always stay. */
function fitComment(
  text: string,
  key: string,
  state: CommentState,
  context: CommentContext
): string {
  if (text.length < COMMENT_LIMIT) return text
  const note = `\n\n_(cut to fit GitHub's comment size; the full report is in the [job summary](${context.runUrl}))_\n`
  const head = text.slice(0, COMMENT_LIMIT - note.length - 1000)
  const cut = head.slice(0, head.lastIndexOf('\n'))
  const opening = `${marker(key)}\n${stateMarker(state)}`
  return (cut.startsWith(opening) ? cut : `${opening}\n${cut}`) + note
}

/**
 * The model table, for a table of models or for one asked for capabilities: its Needs column is
 * where a reader sees which capability failed at a glance.
 */
function showsTable(check: Check): boolean {
  return check.configured.length > 1 || check.models.some(m => m.report.capabilities !== null)
}
