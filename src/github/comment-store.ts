/**
 * A pull request's comments as a sticky store: listed on every page, created, updated, and a
 * duplicate of ours deleted. Every call takes `octokit` first and the step's abort signal, so a
 * GitHub that does not answer cannot hold the step.
 */
import { isRecord } from '../engine/json.js'
import { httpStatusOf } from './failure.js'
import type { Octokit } from './identity.js'
import { stickyItem, type RestItem, type StickyItem, type StickyStore } from './sticky.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** A bound on the pages read: 5,000 comments. */
const MAX_PAGES = 50
const PER_PAGE = 100

interface RestComment extends RestItem {
  id: number
}

function toItem(comment: RestComment): StickyItem {
  return stickyItem(comment.id, comment)
}

function isComment(data: unknown): data is RestComment {
  return isRecord(data) && typeof data.id === 'number' && typeof data.created_at === 'string'
}

function isCommentList(data: unknown): data is RestComment[] {
  return Array.isArray(data) && data.every(isComment)
}

/**
 * octokit hands back `''` as the data of a 2xx whose body could not be read (its
 * getResponseData swallows the error): most often our own clock ran out mid-body. Say that,
 * rather than fail later on the shape.
 */
export function readable<T>(
  data: unknown,
  is: (data: unknown) => data is T,
  signal?: AbortSignal
): T {
  if (is(data)) return data
  if (signal?.aborted) throw signal.reason
  throw new Error('GitHub answered with a body that could not be read.')
}

export function commentStore(
  octokit: Octokit,
  pr: PullRequestRef,
  signal?: AbortSignal
): StickyStore {
  const where = { owner: pr.owner, repo: pr.repo }
  return {
    async list() {
      const items: StickyItem[] = []
      // Page by page rather than octokit.paginate, whose iterator drops the request's signal.
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.rest.issues.listComments({
          ...where,
          issue_number: pr.number,
          per_page: PER_PAGE,
          page,
          request: { signal }
        })
        items.push(...readable(data, isCommentList, signal).map(toItem))
        if (data.length < PER_PAGE) break
      }
      return items
    },
    async create({ body }) {
      const { data } = await octokit.rest.issues.createComment({
        ...where,
        issue_number: pr.number,
        body,
        request: { signal }
      })
      return toItem(readable(data, isComment, signal))
    },
    async update(id, { body }) {
      await octokit.rest.issues.updateComment({
        ...where,
        comment_id: id,
        body,
        request: { signal }
      })
    },
    async retire(duplicate) {
      try {
        await octokit.rest.issues.deleteComment({
          ...where,
          comment_id: duplicate.id,
          request: { signal }
        })
      } catch (error) {
        // Another run deleted it first.
        if (httpStatusOf(error) !== 404) throw error
      }
    }
  }
}
