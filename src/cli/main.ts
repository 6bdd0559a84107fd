/**
 * The CLI: the same engine from a terminal. Flags mirror the action's inputs (see flags.ts);
 * the key comes from `AIML_API_KEY` only. It speaks a terminal's words: flags and environment
 * variables (see words.ts). Exit 0 healthy or warned, 1 failed by policy, 2 usage error.
 */
import { parseArgs } from 'node:util'
import { reportDocument, runCheck, type Check } from '../engine/check/check.js'
import type { ProbeIO } from '../engine/probe/probe.js'
import { createRedactor, LOOPBACK_KEY } from '../engine/read/redact.js'
import { defaultIO } from '../engine/check/run.js'
import { renderTerminal } from '../render/terminal.js'
import { defuseCommands, defuseJson } from '../render/workflow-commands.js'
import { isLoopbackUrl } from '../settings/secret-inputs.js'
import { parseSettings, SettingsError } from '../settings/settings.js'
import { INPUT_FLAGS, inputsFromFlags, KEY_VARIABLE, renderHelp, type FlagValues } from './flags.js'
import { inTerminalWords, terminalDiagnosis } from './words.js'

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
      defuseCommands(
        redact(
          `aiml-model-probe: ${inTerminalWords(message)}\nRun 'aiml-model-probe --help' for usage.\n`
        )
      )
    )
    return 2
  }

  let values: FlagValues & { json?: boolean; 'no-color'?: boolean; help?: boolean }
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(
          INPUT_FLAGS.map(name => [name, { type: 'string' as const, multiple: name === 'model' }])
        ),
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
    cli.stdout.write(`${renderHelp()}\n`)
    return 0
  }

  const raw = inputsFromFlags(values)
  if ('problem' in raw) return usageError(raw.problem)
  let key = cli.env[KEY_VARIABLE] ?? ''
  if (key.trim() === '') {
    if (!isLoopbackUrl(raw['base-url'] ?? '')) {
      return usageError(
        `${KEY_VARIABLE} is not set: export your AIML API key in it (a loopback --base-url, such as the simulator's, needs none).`
      )
    }
    key = LOOPBACK_KEY
  }
  let settings
  try {
    settings = parseSettings({ ...raw, 'api-key': key, 'comment-on-pr': 'never', issue: 'never' })
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    return usageError(error.message)
  }

  const check = await runCheck(settings, cli.io ?? defaultIO)
  const color = Boolean(cli.stdout.isTTY) && !values['no-color'] && cli.env.NO_COLOR === undefined
  // The net keeps our own colours when we paint; API text lost its escapes where it entered.
  const redactOut = color ? createRedactor(key, { keepColour: true }) : redact
  // The CLI runs in `run:` steps too: what it prints is read for workflow commands.
  const text = values.json
    ? defuseJson(redactOut(JSON.stringify(jsonDocument(check), null, 2)))
    : defuseCommands(redactOut(terminalText(check, color)))
  cli.stdout.write(`${text}\n`)
  return check.verdict === 'fail' ? 1 : 0
}

function terminalText(check: Check, color: boolean): string {
  return [
    ...check.models.map(model =>
      renderTerminal(model.report, model.verdict, terminalDiagnosis(model.diagnosis), { color })
    ),
    ...check.skipped.map(
      spec =>
        `SKIP ${spec.id}: the kind '${spec.kind}' has no probe (chat, image and embedding do).`
    ),
    // A model the catalog re-kinded: the line to write, so that the first round asks it right.
    ...check.models
      .filter(m => m.report.kindFromCatalog)
      .map(
        ({ report }) =>
          `NOTE ${report.configuredModel} is an ${report.kind} model by AIML's catalog, so it was asked again as one: write it ${report.kind}:${report.configuredModel} in --models.`
      )
  ].join('\n\n')
}

/**
 * One JSON document: a model's report as the action's `report` output holds it, or, for several
 * models, the step's verdict and status with each model's report.
 */
function jsonDocument(check: Check) {
  const models = check.models.map(model =>
    reportDocument({ ...model, diagnosis: terminalDiagnosis(model.diagnosis) })
  )
  if (models.length === 1 && check.skipped.length === 0) return models[0]
  return {
    verdict: check.verdict,
    status: check.status,
    models,
    skipped: check.skipped.map(spec => ({ model: spec.id, kind: spec.kind }))
  }
}
