/**
 * A pull request's comments as a sticky store: listed on every page, created, updated, and a
 * duplicate of ours deleted. Every call takes `octokit` first and the step's abort signal, so a
 * GitHub that does not answer cannot hold the step.
 */
import { httpStatusOf } from './failure.js'
import type { Octokit } from './identity.js'
import { readable, REST_COMMENT, type RestComment } from './rest.js'
import { stickyItem, type StickyItem, type StickyStore } from './sticky.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
}

/** A bound on the pages read: 5,000 comments. */
const MAX_PAGES = 50
const PER_PAGE = 100

function toItem(comment: RestComment): StickyItem {
  return stickyItem(comment.id, comment)
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
        items.push(...readable(data, REST_COMMENT.array(), signal).map(toItem))
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
      return toItem(readable(data, REST_COMMENT, signal))
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
