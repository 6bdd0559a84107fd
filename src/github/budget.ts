/**
 * One budget for the step's part of GitHub: every call is bounded by `timeout-seconds`, the whole
 * by five times that, and the time GitHub took is counted, so that a warning can say where it
 * went ("answered 57 calls in 148 s") instead of blaming a GitHub that answered every call.
 *
 * A rate limit is waited out here, once a call, for as long as GitHub says (`retry-after`, or the
 * reset of a spent primary limit; a minute when it says nothing) when the wait fits in what is
 * left of the whole; otherwise the
 * error goes up with GitHub's words (failure.ts reads it as a rate limit, not as a permission).
 */
import { delay } from '../engine/send/waits.js'
import { readGitHubFailure } from './failure.js'
import type { Octokit } from './identity.js'

/** How many `timeout-seconds` the GitHub part of a step may take in all. */
export const WHOLE_BOUND_FACTOR = 5
/**
 * A rate limit that does not say how long: GitHub's documented advice for its secondary limits
 * is to wait at least a minute.
 */
const UNSAID_WAIT_MS = 60_000

export interface GitHubBudget {
  /** Aborts once the whole bound is spent. */
  readonly signal: AbortSignal
  readonly callMs: number
  readonly wholeMs: number
  /** Calls GitHub answered (with anything), and how long they took. */
  readonly answered: { count: number; totalMs: number; slowestMs: number }
  /** Time spent waiting out rate limits. */
  readonly waitedMs: number
  remainingMs(): number
}

export function githubBudget(timeoutMs: number, clock: () => number = Date.now): GitHubBudget {
  const start = clock()
  const wholeMs = WHOLE_BOUND_FACTOR * timeoutMs
  return {
    signal: AbortSignal.timeout(wholeMs),
    callMs: timeoutMs,
    wholeMs,
    answered: { count: 0, totalMs: 0, slowestMs: 0 },
    waitedMs: 0,
    remainingMs: () => Math.max(0, start + wholeMs - clock())
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/**
 * Every request `octokit` sends from now on runs under `budget`: its own bound, the whole's, one
 * wait for a rate limit that fits. A signal a caller passes is kept too.
 */
export function spendFrom(octokit: Octokit, budget: GitHubBudget): void {
  const spent = budget as Mutable<GitHubBudget>
  octokit.hook.wrap('request', async (request, options) => {
    const own = options.request?.signal
    const once = async () => {
      const bounds = [budget.signal, AbortSignal.timeout(budget.callMs), ...(own ? [own] : [])]
      const began = Date.now()
      let answered = true
      try {
        // In place: the hooks inside this one (the token's) are bound to this very `options`
        // and ignore what they are called with (before-after-hook), so a new object is dropped.
        options.request = { ...options.request, signal: AbortSignal.any(bounds) }
        return await request(options)
      } catch (error) {
        answered = readGitHubFailure(error).kind !== 'timeout'
        throw error
      } finally {
        if (answered) {
          const ms = Date.now() - began
          spent.answered.count++
          spent.answered.totalMs += ms
          spent.answered.slowestMs = Math.max(spent.answered.slowestMs, ms)
        }
      }
    }
    try {
      return await once()
    } catch (error) {
      const failure = readGitHubFailure(error)
      if (failure.kind !== 'rate-limit') throw error
      const wait = failure.retryAfterMs ?? UNSAID_WAIT_MS
      if (wait + budget.callMs > budget.remainingMs()) throw error
      await delay(wait, budget.signal)
      if (budget.signal.aborted) throw error
      spent.waitedMs += wait
      return await once()
    }
  })
}
