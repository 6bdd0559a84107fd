/**
 * Posts, updates or resolves the PR comment for this run. Loaded only when a comment may be due,
 * so runs on other events never pay for the GitHub client.
 */
import { context } from '@actions/github'
import type { Check } from '../engine/check/check.js'
import type { Redactor } from '../engine/read/redact.js'
import type { CommentMode } from '../settings/settings.js'
import {
  allWell,
  commentState,
  decideCommentAction,
  marker,
  renderComment,
  renderResolved,
  type CommentAction
} from './comment.js'
import { commentStore } from './comment-store.js'
import { githubClient } from './client.js'
import { whoAmI } from './identity.js'
import { upsertSticky } from './sticky.js'

export interface CommentResult {
  action: CommentAction
  commentId: number | null
}

export interface CommentRequest {
  mode: CommentMode
  token: string
  /**
   * Bounds the whole exchange with GitHub (the identity, the pages, the writes), so a GitHub
   * that does not answer cannot hold the step.
   */
  timeoutMs: number
  check: Check
  /** The step's comment key: the marker names it. */
  key: string
  redact: Redactor
  /** Where octokit's own words go: the step's log. */
  say: (line: string) => void
}

/** The step's one comment, whatever the number of models. */
export async function commentOnPullRequest(request: CommentRequest): Promise<CommentResult> {
  const { mode, token, timeoutMs, check, key, redact } = request
  const number = context.payload.pull_request?.number
  if (typeof number !== 'number') return { action: 'skip', commentId: null }
  if (token === '') throw new Error('`github-token` is empty.')
  const signal = AbortSignal.timeout(timeoutMs)
  const pr = { ...context.repo, number }
  const octokit = githubClient(token, request.say)
  const commentContext = {
    runUrl: `${context.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${context.runId}`,
    now: check.models[0]?.report.startedAt ?? new Date().toISOString()
  }
  const result = await upsertSticky(commentStore(octokit, pr, signal), {
    marker: marker(key),
    identity: await whoAmI(octokit, signal),
    decide: earlier => {
      const state = earlier ? commentState(earlier.body) : null
      const action = decideCommentAction(mode, allWell(check), state)
      if (action === 'skip') return null
      const body =
        action === 'resolve'
          ? renderResolved(check, key, commentContext)
          : renderComment(check, key, commentContext)
      return { action, body: redact(body) }
    }
  })
  return { action: result.decision?.action ?? 'skip', commentId: result.id }
}
