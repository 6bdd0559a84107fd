/**
 * The octokit every GitHub call of a step goes through. Its own log (a `deprecation` or `sunset`
 * header GitHub sent, worded by @octokit/request) would go to the console untouched: it goes to
 * `say`, the step's log, which redacts and defuses like every other line.
 */
import { getOctokit } from '@actions/github'
import type { Octokit } from './identity.js'

export function githubClient(token: string, say: (line: string) => void): Octokit {
  const ignore = () => undefined
  return getOctokit(token, { log: { debug: ignore, info: ignore, warn: say, error: say } })
}
