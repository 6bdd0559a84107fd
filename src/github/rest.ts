/**
 * What we need of GitHub's REST answers, read strictly: a comment, an issue, and the sentence
 * that names the field an answer lacks, instead of "could not be read".
 */
import { z } from 'zod'

const USER = z.object({ login: z.string(), type: z.string() }).nullish()

export const REST_COMMENT = z.object({
  id: z.number(),
  body: z.string().nullish(),
  user: USER,
  created_at: z.string()
})

export const REST_ISSUE = z.object({
  number: z.number(),
  body: z.string().nullish(),
  user: USER,
  created_at: z.string(),
  /** Set on a pull request, which the issues list holds too. */
  pull_request: z.unknown().optional()
})

export type RestComment = z.infer<typeof REST_COMMENT>
export type RestIssue = z.infer<typeof REST_ISSUE>

/**
 * The answer as `schema` reads it, or an error saying what it lacks. octokit hands back `''` as
 * the data of a 2xx whose body could not be read (its getResponseData swallows the error): most
 * often our own clock ran out mid-body, and then the abort is what happened.
 */
export function readable<T>(data: unknown, schema: z.ZodType<T>, signal?: AbortSignal): T {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  if (signal?.aborted) throw signal.reason
  if (data === '' || data === undefined || data === null) {
    throw new Error('GitHub answered with a body that could not be read.')
  }
  throw new Error(`GitHub's answer ${lack(parsed.error.issues[0])}.`)
}

function lack(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'could not be read'
  const field = issue.path.filter(p => typeof p === 'string').join('.')
  const item = issue.path.find(p => typeof p === 'number')
  const where = typeof item === 'number' ? ` (item ${item + 1} of the list)` : ''
  if (field === '')
    return `is not the ${issue.code === 'invalid_type' ? issue.expected : 'shape'} we asked for${where}`
  const expected = issue.code === 'invalid_type' ? `: expected ${issue.expected}` : ''
  return `lacks a usable \`${field}\`${expected}${where}`
}
