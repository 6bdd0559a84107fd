/**
 * Posts, updates or resolves the PR comment for this run. Loaded only when a comment may be due,
 * so runs on other events never pay for the GitHub client.
 */
import { getOctokit, context } from '@actions/github'
import type { Diagnosis } from '../engine/diagnose.js'
import type { Redactor } from '../engine/redact.js'
import type { Report } from '../engine/report.js'
import type { Verdict } from '../engine/verdict.js'
import type { CommentMode } from '../settings.js'
import {
  commentState,
  decideCommentAction,
  marker,
  renderComment,
  renderResolved,
  type CommentAction
} from './comment.js'
import { commentStore } from './comment-store.js'
import { whoAmI } from './identity.js'
import { upsertSticky } from './sticky.js'

export interface CommentResult {
  action: CommentAction
  commentId: number | null
}

/**
 * @param timeoutMs bounds the whole exchange with GitHub (the identity, the pages, the writes),
 *   so a GitHub that does not answer cannot hold the step.
 */
export async function commentOnPullRequest(
  mode: CommentMode,
  token: string,
  timeoutMs: number,
  report: Report,
  outcome: Verdict,
  diagnosis: Diagnosis,
  redact: Redactor
): Promise<CommentResult> {
  const number = context.payload.pull_request?.number
  if (typeof number !== 'number') return { action: 'skip', commentId: null }
  if (token === '') throw new Error('`github-token` is empty.')
  const signal = AbortSignal.timeout(timeoutMs)
  const pr = { ...context.repo, number }
  const octokit = getOctokit(token)
  const commentContext = {
    runUrl: `${context.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${context.runId}`,
    now: report.startedAt
  }
  const result = await upsertSticky(commentStore(octokit, pr, signal), {
    marker: marker(report.configuredModel),
    identity: await whoAmI(octokit, signal),
    decide: earlier => {
      const action = decideCommentAction(mode, report, earlier ? commentState(earlier.body) : null)
      if (action === 'skip') return null
      const body =
        action === 'resolve'
          ? renderResolved(report, diagnosis, commentContext)
          : renderComment(report, outcome, diagnosis, commentContext)
      return { action, body: redact(body) }
    }
  })
  return { action: result.decision?.action ?? 'skip', commentId: result.id }
}
