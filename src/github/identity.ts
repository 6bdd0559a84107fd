/**
 * Who the token writes as, and which marked items are therefore ours. The marker alone proves
 * nothing (anyone can paste it); the author does. GraphQL `viewer` names the token where it
 * answers; some installation tokens (the workflow's own among them) are refused it, and then the
 * login is learnt only from something we post ourselves. The decisions are pure; only `whoAmI`
 * calls GitHub, and it takes `octokit` first.
 */
import type { getOctokit } from '@actions/github'
import { isGitHubRefusal } from './failure.js'

export type Octokit = ReturnType<typeof getOctokit>

/** The `user` GitHub gives a comment or an issue; `null` for a deleted account. */
export interface Author {
  login: string
  /** `Bot` for apps, the workflow token included; `User` for people. */
  type: string
}

export interface Identity {
  /** Our login, or `null` while GitHub has not said. */
  readonly login: string | null
}

export const UNKNOWN: Identity = Object.freeze({ login: null })

/**
 * Asks GraphQL `viewer`. A refusal (an HTTP error, or errors instead of data) leaves the login
 * unknown; a GitHub that cannot be reached at all is an error, so the warning says so.
 */
export async function whoAmI(octokit: Octokit, signal?: AbortSignal): Promise<Identity> {
  try {
    const { viewer } = await octokit.graphql<{ viewer: { login: string; __typename: string } }>(
      'query { viewer { login __typename } }',
      { request: { signal } }
    )
    // An app's `viewer` is its slug; what its comments carry is the slug with `[bot]`.
    const login =
      viewer.__typename === 'Bot' && !viewer.login.endsWith('[bot]')
        ? `${viewer.login}[bot]`
        : viewer.login
    return Object.freeze({ login })
  } catch (error) {
    if (isGitHubRefusal(error)) return UNKNOWN
    throw error
  }
}

/** The author we learn from an item GitHub just created for us. */
export function learnFrom(identity: Identity, posted: Author | null): Identity {
  return posted ? Object.freeze({ login: posted.login }) : identity
}

/** Certainly ours: only such items are ever deleted or closed as duplicates. */
export function isOurs(author: Author | null, identity: Identity): boolean {
  return identity.login !== null && author?.login === identity.login
}

/**
 * May be updated as ours. With the login known, only ours; without it, any bot's, since a bot
 * is what writes with a token (GitHub refuses the update with a 403 if it is another app's). A
 * person's item never is.
 */
export function mayAdopt(author: Author | null, identity: Identity): boolean {
  if (identity.login !== null) return isOurs(author, identity)
  return author?.type === 'Bot'
}
