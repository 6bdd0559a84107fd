/**
 * The `comment-key` input: a name for the step's PR comment, so that two probe steps on one PR
 * keep two comments. It goes inside an HTML comment, so nothing that could close one is taken.
 */
import { quote } from '../engine/read/redact.js'

const COMMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/@+ -]{0,199}$/

/** The key ('' for the default), or what is wrong with it in words. */
export function parseCommentKey(value: string): { key: string } | string {
  if (value === '' || COMMENT_KEY.test(value)) return { key: value }
  return `must be a short name (letters, digits, spaces and . _ : / @ + -, at most 200 characters), such as 'chat-models'; got ${quote(value)}.`
}
