/**
 * Text that reaches a step's output, made inert for the runner. The runner reads every line a
 * step writes (stdout and stderr) for workflow commands (actions/runner, ActionCommand.cs and
 * ActionCommandManager.cs): `::NAME …::` at the start of a line once leading white space is
 * trimmed, and the old syntax `##[NAME …]` anywhere in a line. A server's words that held
 * `##[error]`, `##[add-mask]…` or `##[stop-commands]TOKEN` would be executed as ours: forged
 * annotations, masked outputs, or our own verdict annotation swallowed.
 *
 * A zero-width space after the first character breaks both forms (it is no white space to
 * .NET's TrimStart, so `:\u200b:` stays unparsed) and is invisible to a reader. JSON keeps its
 * exact value instead: `#` inside a string may be written `\u0023`.
 */

const ZWSP = '\u200b'
/** White space as .NET's `TrimStart()` removes it (JavaScript's `\s` and U+0085), then `::`. */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/gm
const OLD_COMMAND = /##\[/g

/** Every line of `text` with no command the runner would execute. */
export function defuseCommands(text: string): string {
  return text.replace(OLD_COMMAND, `#${ZWSP}#[`).replace(LEADING_COMMAND, `$1:${ZWSP}`)
}

/**
 * The same for JSON (the CLI's `--json`): `##[` can only stand inside a string there, and a
 * pretty-printed line never starts with `::`, so the escape changes no value a parser reads.
 */
export function defuseJson(json: string): string {
  return json.replace(OLD_COMMAND, '#\\u0023[')
}
