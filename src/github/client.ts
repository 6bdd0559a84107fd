/**
 * The octokit every GitHub call of a step goes through. What octokit logs goes to `say`, the
 * step's log, which redacts and defuses like every other line; nothing reaches the console.
 *
 * Two loggers need it: octokit's own (`log`), and the one @octokit/request words its warnings
 * on, `request.log`, which falls back to `console` (a `deprecation` header makes it print the
 * `sunset` and `link` GitHub sent, on stderr, where the runner reads `##[…]`). @octokit/core
 * never hands its `log` down, and a `request` option would replace @actions/github's proxy
 * agent (its defaults merge shallowly), so the logger joins each request in a hook.
 */
import { getOctokit } from '@actions/github'
import { githubBudget, spendFrom, type GitHubBudget } from './budget.js'
import { whoAmI, type Identity, type Octokit } from './identity.js'

export function githubClient(token: string, say: (line: string) => void): Octokit {
  const ignore = () => undefined
  const log = { debug: ignore, info: ignore, warn: say, error: say }
  const octokit = getOctokit(token, { log })
  octokit.hook.wrap('request', async (request, options) => {
    // In place, as budget.ts explains: the token's hook inside reads this `options`, not ours.
    options.request = { ...options.request, log }
    return request(options)
  })
  return octokit
}

/**
 * A client for a bounded part of the step (the tracking issues, the dashboard): every call
 * spends from `budget` (its own, unless one is shared), and who the token is.
 */
export async function budgetedClient(options: {
  token: string
  timeoutMs: number
  say: (line: string) => void
  budget?: GitHubBudget
}): Promise<{ octokit: Octokit; budget: GitHubBudget; identity: Identity }> {
  if (options.token === '') throw new Error('`github-token` is empty.')
  const budget = options.budget ?? githubBudget(options.timeoutMs)
  const octokit = githubClient(options.token, options.say)
  spendFrom(octokit, budget)
  return { octokit, budget, identity: await whoAmI(octokit, budget.signal) }
}
