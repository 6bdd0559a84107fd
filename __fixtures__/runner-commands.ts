/**
 * A step's output read as the Actions runner reads it, for the end-to-end tests: which lines it
 * would execute as workflow commands. Written from the runner's own rules (actions/runner,
 * src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs):
 *
 * - lines end at `\n`, `\r\n` or a lone `\r`, as .NET's `StreamReader.ReadLine` ends them;
 * - a line is looked at when it holds `##[` or `::` anywhere;
 * - the new syntax first: after trimming leading white space the line starts with `::`, the
 *   command info runs to the next `::`, its name to the first space (then `k=v,k=v`);
 * - else the old syntax: from the first `##[` to the next `]`, name to the first space (then
 *   `k=v;k=v`), the data after the `]`;
 * - only registered names count (case-insensitive); `stop-commands` with a token stops every
 *   command until a line that is the token as a command (`::TOKEN::` or `##[TOKEN]`).
 *
 * The demo runs this file under Node's type stripping: `node:` imports only, erasable syntax.
 */

export interface RunnerCommand {
  name: string
  syntax: 'new' | 'old'
  properties: Record<string, string>
  data: string
  /** The output line it was read from. */
  line: string
}

export interface RunnerReading {
  /** What the runner executes, in order (`stop-commands` and its resume token included). */
  commands: RunnerCommand[]
  /** Lines that held a command but were not executed because commands were stopped. */
  swallowed: string[]
}

/** The runner's extensions, and the stop command it registers itself. */
const REGISTERED = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'echo'
]

/** The commands our action itself writes through @actions/core: anything else is forged. */
const OUR_COMMANDS: readonly string[] = ['add-mask', 'error', 'warning', 'notice', 'debug']

export function readAsRunner(output: string): RunnerReading {
  const registered = new Set(REGISTERED)
  const commands: RunnerCommand[] = []
  const swallowed: string[] = []
  let stopToken: string | null = null
  for (const line of output.split(/\r\n|\r|\n/)) {
    if (!line.includes('##[') && !line.includes('::')) continue
    const command = parseNew(line, registered) ?? parseOld(line, registered)
    if (!command) continue
    if (stopToken !== null) {
      if (command.name === stopToken) {
        registered.delete(stopToken)
        stopToken = null
        commands.push(command)
      } else swallowed.push(line)
      continue
    }
    commands.push(command)
    if (command.name === 'stop-commands' && command.data !== '') {
      stopToken = command.data.toLowerCase()
      registered.add(stopToken)
    }
  }
  return { commands, swallowed }
}

/** Every command the runner would execute that our own code never writes. */
export function forgedCommands(reading: RunnerReading): RunnerCommand[] {
  return reading.commands.filter(c => c.syntax === 'old' || !OUR_COMMANDS.includes(c.name))
}

function parseNew(line: string, registered: Set<string>): RunnerCommand | null {
  const message = line.replace(/^[\s\u0085]+/, '')
  if (!message.startsWith('::')) return null
  const end = message.indexOf('::', 2)
  if (end < 0) return null
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1)
        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
  }
  return { name, syntax: 'new', properties, data: unescape(message.slice(end + 2)), line }
}

function parseOld(line: string, registered: Set<string>): RunnerCommand | null {
  const start = line.indexOf('##[')
  if (start < 0) return null
  const close = line.indexOf(']', start)
  if (close < 0) return null
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1)
        properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
  }
  return { name, syntax: 'old', properties, data: unescape(line.slice(close + 1)), line }
}

/** The runner's escapes, undone (`%25` last, so that `%250A` stays `%0A`). */
function unescape(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}
