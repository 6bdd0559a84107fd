/**
 * A repository's open tracking issues as sticky stores, one per issue's subject: listed on every
 * page (all open issues, with or without our label: people remove labels), created with the label, updated (title, body, and closed on recovery),
 * commented on, and a duplicate of ours closed as not planned with a link to the one kept.
 * Every call takes `octokit` first and the step's abort signal.
 *
 * The first look is shared: every subject's first `list()` reads the same pages, so a table of
 * twenty models costs one listing, not twenty. Every later look (after opening an issue, to find
 * a racing run's duplicate) reads afresh.
 */
import { httpStatusOf } from './failure.js'
import type { Octokit } from './identity.js'
import { ISSUE_LABEL } from './issue.js'
import { duplicateComment } from './issue-text.js'
import { readable, REST_ISSUE, type RestIssue } from './rest.js'
import { stickyItem, type StickyItem, type StickyStore } from './sticky.js'

export interface RepoRef {
  owner: string
  repo: string
}

/** One write of an issue: what sticky.ts hands the store. */
export interface IssueWrite {
  /** Left as it is when absent. */
  title?: string
  body: string
  /** Closed as completed with this write: the model answers again. */
  close?: boolean
}

export type IssueStore = StickyStore<IssueWrite>

/** A bound on the pages read: 3,000 open issues, labelled or not. */
const MAX_PAGES = 30
const PER_PAGE = 100
const LABEL_COLOR = 'd93f0b'

/** The issue number is the item's ID: every call names an issue by it. */
function toItem(issue: RestIssue): StickyItem {
  return stickyItem(issue.number, issue)
}

export function issueTracker(octokit: Octokit, repo: RepoRef, signal?: AbortSignal) {
  const where = { owner: repo.owner, repo: repo.repo }
  let firstLook: Promise<StickyItem[]> | null = null
  let label: Promise<void> | null = null

  async function listOpen(): Promise<StickyItem[]> {
    const items: StickyItem[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await octokit.rest.issues.listForRepo({
        ...where,
        state: 'open',
        per_page: PER_PAGE,
        page,
        request: { signal }
      })
      const issues = readable(data, REST_ISSUE.array(), signal)
      // The issues list holds pull requests too.
      items.push(...issues.filter(i => i.pull_request === undefined).map(toItem))
      if (issues.length < PER_PAGE) break
    }
    return items
  }

  /** Created once per step; GitHub's refusal (it exists, or no permission) is no failure. */
  function ensureLabel(): Promise<void> {
    label ??= octokit.rest.issues
      .createLabel({
        ...where,
        name: ISSUE_LABEL,
        color: LABEL_COLOR,
        description: 'A model the AIML model probe watches has stopped answering',
        request: { signal }
      })
      .then(
        () => undefined,
        () => undefined
      )
    return label
  }

  async function comment(number: number, body: string): Promise<void> {
    await octokit.rest.issues.createComment({
      ...where,
      issue_number: number,
      body,
      request: { signal }
    })
  }

  /** `labelled: false` for an issue that is no outage (the model dashboard). */
  function store({ labelled = true } = {}): IssueStore {
    let looked = false
    return {
      async list() {
        if (looked) return listOpen()
        looked = true
        firstLook ??= listOpen()
        return (await firstLook).map(i => ({ ...i }))
      },
      async create({ title, body }) {
        if (labelled) await ensureLabel()
        const { data } = await octokit.rest.issues.create({
          ...where,
          title: title ?? 'AIML model probe',
          body,
          labels: labelled ? [ISSUE_LABEL] : [],
          request: { signal }
        })
        return toItem(readable(data, REST_ISSUE, signal))
      },
      async update(number, { title, body, close }) {
        await octokit.rest.issues.update({
          ...where,
          issue_number: number,
          ...(title === undefined ? {} : { title }),
          body,
          ...(close ? { state: 'closed' as const, state_reason: 'completed' as const } : {}),
          request: { signal }
        })
      },
      async retire(duplicate, survivor) {
        try {
          await comment(duplicate.id, duplicateComment(survivor.id))
          await octokit.rest.issues.update({
            ...where,
            issue_number: duplicate.id,
            state: 'closed',
            state_reason: 'not_planned',
            request: { signal }
          })
        } catch (error) {
          // Gone since it was listed.
          if (httpStatusOf(error) !== 404) throw error
        }
      }
    }
  }

  return { store, comment }
}

export type IssueTracker = ReturnType<typeof issueTracker>
