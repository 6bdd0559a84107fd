/**
 * The inputs that may carry a secret, `api-key` and `base-url`, and how a refusal may speak of
 * what the user typed. Refusals go to the log, the summary and the outputs, so: the key is never
 * shown, a URL loses its user info, query and fragment (even one that cannot be parsed), and
 * anything else is cut so that a pasted secret cannot fill the log.
 */
import { quote } from '../engine/read/redact.js'

/** A checked input: the value to use, or what is wrong with it (a sentence after its name). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string }

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

// ASCII and typographic quotes, and the backtick: all come from copying a key out of prose.
const QUOTES = /["'`\u00ab\u00bb\u2018-\u201f\u2039\u203a\uff02\uff07]/
const ASCII_SPACE = /[ \t\n\r\f\v]/
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/

const NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'a no-break space',
  '\u00ad': 'a soft hyphen',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark'
}

/**
 * The key, trimmed of what copying adds around it (spaces, a final newline) and of nothing
 * else, or refused when it was pasted wrong.
 */
export function readApiKey(value: string): Checked<string> {
  const key = value.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '')
  const problem = keyProblem(key)
  if (problem === null) return { ok: true, value: key }
  return {
    ok: false,
    problem: `${problem}: the key was pasted wrong. Copy it again from https://aimlapi.com/app/keys, with nothing around or inside it. (The key is not shown.)`
  }
}

/**
 * `base-url`: absolute, https (http only for loopback hosts, so the key never crosses a network
 * in clear), no user info, query or fragment. Only `shownUrl` of the value is ever quoted.
 */
export function readBaseUrl(value: string, example: string): Checked<string> {
  const shown = quote(shownUrl(value))
  const refuse = (problem: string): Checked<string> => ({ ok: false, problem })
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return refuse(`must be an absolute URL such as '${example}'; got ${shown}.`)
  }
  if (url.username || url.password) {
    return refuse('must not carry credentials; pass the key in `api-key`.')
  }
  if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
    return refuse(
      `must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and ::1, so the key never crosses a network in clear); got ${shown}.`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(`must be an https:// URL; got ${shown}.`)
  }
  // The raw text too: `new URL` forgets an empty `?` or `#`.
  if (url.search || url.hash || /[?#]/.test(value)) {
    return refuse(`must not have a query or fragment; got ${shown}.`)
  }
  return { ok: true, value: url.toString().replace(/\/+$/, '') }
}

/** Whether `value` is a URL on this machine (localhost, 127.0.0.0/8, ::1): the key stays here. */
export function isLoopbackUrl(value: string): boolean {
  try {
    return LOOPBACK.test(new URL(value).hostname)
  } catch {
    return false
  }
}

/**
 * What is wrong with a key that was pasted wrong, or null. AIML keys are printable ASCII
 * without spaces; anything else would be refused by the gateway as a wrong key (or by
 * `fetch` as a bad header), and the log would blame the account instead of the paste.
 * The description names the character, never the key.
 */
function keyProblem(key: string): string | null {
  if (ASCII_SPACE.test(key)) return 'holds whitespace inside it (a space or a line break)'
  if (QUOTES.test(key)) return 'holds quotes (" \' ` “ ” ‘ ’)'
  if (CONTROL.test(key)) return 'holds a control character'
  const other = NOT_PRINTABLE_ASCII.exec(key)?.[0]
  if (other === undefined) return null
  const code = `U+${other.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  if (/\s/.test(other) && other !== '\ufeff') {
    return `holds whitespace inside it (${code}, ${NAMES[other] ?? 'a non-ASCII space'})`
  }
  const what =
    NAMES[other] ?? (/[\u0400-\u04ff]/.test(other) ? 'a Cyrillic letter' : 'a non-ASCII character')
  return `holds a non-ASCII character (${code}, ${what}; a look-alike of a Latin letter or an invisible one)`
}

/**
 * The part of a URL a message may show: scheme, host and path. Everything up to the last `@`
 * (user info, even where a password holds `/`, `?` or spaces and the URL cannot be parsed) and
 * everything from the first `?` or `#` on are replaced by `…`.
 */
function shownUrl(value: string): string {
  const at = value.lastIndexOf('@')
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? ''
  let shown = at >= 0 ? `${scheme}…@${value.slice(at + 1)}` : value
  const cut = shown.search(/[?#]/)
  if (cut >= 0) shown = `${shown.slice(0, cut + 1)}…`
  return shown
}
