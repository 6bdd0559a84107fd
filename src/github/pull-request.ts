/**
 * Posts, updates or resolves the PR comment for this run. Loaded only when a comment may be due,
 * so runs on other events never pay for the GitHub client.
 */
import { getOctokit, context } from '@actions/github'
import type { Diagnosis } from '../engine/diagnose.js'
import type { Redactor } from '../engine/redact.js'
import type { Report } from '../engine/report.js'
import type { Outcome } from '../engine/verdict.js'
import type { CommentMode } from '../settings.js'
import {
  commentState,
  createComment,
  decideCommentAction,
  findComment,
  renderComment,
  renderResolved,
  tokenLogin,
  updateComment,
  type CommentAction
} from './comment.js'

export interface CommentResult {
  action: CommentAction
  commentId: number | null
}

/**
 * @param timeoutMs bounds the whole exchange with GitHub (the identity, the pages, the write),
 *   so a GitHub that does not answer cannot hold the step.
 */
export async function commentOnPullRequest(
  mode: CommentMode,
  token: string,
  timeoutMs: number,
  report: Report,
  outcome: Outcome,
  diagnosis: Diagnosis,
  redact: Redactor
): Promise<CommentResult> {
  const number = context.payload.pull_request?.number
  if (typeof number !== 'number') return { action: 'skip', commentId: null }
  if (token === '') throw new Error('`github-token` is empty.')
  const signal = AbortSignal.timeout(timeoutMs)
  const pr = { ...context.repo, number }
  const octokit = getOctokit(token)
  const login = await tokenLogin(octokit, signal)
  const earlier = await findComment(octokit, pr, report.configuredModel, login, signal)
  const action = decideCommentAction(mode, report, earlier ? commentState(earlier.body) : null)
  const commentContext = {
    runUrl: `${context.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${context.runId}`,
    now: report.startedAt
  }
  if (action === 'skip') return { action, commentId: earlier?.id ?? null }
  const body = redact(
    action === 'resolve'
      ? renderResolved(report, diagnosis, commentContext)
      : renderComment(report, outcome, diagnosis, commentContext)
  )
  if (earlier) {
    await updateComment(octokit, pr, earlier.id, body, signal)
    return { action, commentId: earlier.id }
  }
  return { action, commentId: await createComment(octokit, pr, body, signal) }
}
