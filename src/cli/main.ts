/**
 * The CLI: the same engine from a terminal. Flags mirror the action's inputs; the key comes from
 * `AIML_API_KEY` only (a flag would leak it into shell history and process lists).
 * Exit 0 healthy or warned, 1 failed by policy, 2 usage error.
 */
import { parseArgs } from 'node:util'
import { reportDocument, runCheck } from '../engine/check.js'
import type { ProbeIO } from '../engine/probe.js'
import { createRedactor } from '../engine/redact.js'
import { defaultIO } from '../engine/run.js'
import { renderTerminal } from '../render/terminal.js'
import { INPUT_NAMES, parseSettings, SettingsError, type RawInputs } from '../settings.js'

export const KEY_VARIABLE = 'AIML_API_KEY'

/**
 * Flags named as the action's inputs, so documentation and habits carry over. Not the key (it
 * comes from the environment) and nothing about pull requests.
 */
const INPUT_FLAGS = INPUT_NAMES.filter(
  name => name !== 'api-key' && name !== 'comment-on-pr' && name !== 'github-token'
)

export const USAGE = `Usage: aiml-model-probe [options]

Probes a model on the AIML API, says why it fails, and which model works now.
The API key is read from the ${KEY_VARIABLE} environment variable.

Options:
  --model ID               model to probe (default: anthropic/claude-sonnet-4.5)
  --fallback-models IDS    comma-separated, in order of preference (default: gpt-4o; '' for none)
  --base-url URL           OpenAI-compatible base URL (default: https://api.aimlapi.com/v1)
  --fail-on CATEGORIES     categories that exit 1; or 'all', 'none' (default: as the action)
  --retries N              extra tries for transient failures, 0-10 (default: 2)
  --timeout-seconds S      bound on each request, up to 600 (default: 30)
  --fail-before-shutdown-days N
                           exit 1 when a model's announced shutdown is N days away or fewer
                           (default: 0, deprecations only warn)
  --prompt TEXT            the probe's prompt
  --max-tokens N           the probe's token limit, 1-4096 (default: 16)
  --json                   print the report as JSON
  --no-color               no colour (also when NO_COLOR is set or output is not a terminal)
  -h, --help               show this help

Exit status: 0 available or warned, 1 failed by policy, 2 usage error.`

export interface CliEnvironment {
  env: Readonly<Record<string, string | undefined>>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  io?: ProbeIO
}

export async function main(argv: readonly string[], cli: CliEnvironment): Promise<number> {
  // Whatever the CLI prints passes through this, usage errors included (a flag's value may
  // quote the key).
  const redact = createRedactor(cli.env[KEY_VARIABLE] ?? '')
  const usageError = (message: string): number => {
    cli.stderr.write(
      redact(`aiml-model-probe: ${message}\nRun 'aiml-model-probe --help' for usage.\n`)
    )
    return 2
  }

  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(INPUT_FLAGS.map(name => [name, { type: 'string' as const }])),
        json: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/--api-key|--key/.test(message)) {
      return usageError(
        `there is no key flag: set ${KEY_VARIABLE} instead, so the key stays out of shell history.`
      )
    }
    return usageError(message.split('\n')[0] ?? message)
  }
  if (values.help) {
    cli.stdout.write(`${USAGE}\n`)
    return 0
  }

  const key = cli.env[KEY_VARIABLE] ?? ''
  if (key.trim() === '')
    return usageError(`${KEY_VARIABLE} is not set: export your AIML API key in it.`)
  const raw: RawInputs = { 'api-key': key, 'comment-on-pr': 'never' }
  for (const name of INPUT_FLAGS) {
    const value = values[name]
    if (typeof value === 'string') raw[name] = value
  }
  let settings
  try {
    settings = parseSettings(raw)
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    // Name the flag, not the input: this is a terminal.
    return usageError(
      error.message.replace(/Input '([a-z-]+)'/g, '--$1').replace(/^--api-key/m, KEY_VARIABLE)
    )
  }

  const check = await runCheck(settings, cli.io ?? defaultIO)
  const color = Boolean(cli.stdout.isTTY) && !values['no-color'] && cli.env.NO_COLOR === undefined
  const text = check.models
    .map(model =>
      values.json
        ? JSON.stringify(reportDocument(model), null, 2)
        : renderTerminal(model.report, model.verdict, model.diagnosis, { color })
    )
    .join('\n')
  // The net keeps our own colours when we paint; API text lost its escapes where it entered.
  const redactOut = color ? createRedactor(key, { keepColour: true }) : redact
  cli.stdout.write(`${redactOut(text)}\n`)
  return check.verdict === 'fail' ? 1 : 0
}
