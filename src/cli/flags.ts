/**
 * The CLI's flags: named as the action's inputs, so documentation and habits carry over, and
 * described here once for `--help`. Each flag's default is read from the settings schema, so
 * the help cannot drift from what the action does.
 */
import { CATEGORIES } from '../engine/classify/categories.js'
import { MODEL_ID } from '../engine/evidence/catalog.js'
import { splitKind } from '../engine/check/model-table.js'
import { quote } from '../engine/read/redact.js'
import { INPUT_NAMES, inputDefault, type InputName, type RawInputs } from '../settings/settings.js'

export const KEY_VARIABLE = 'AIML_API_KEY'

/**
 * Inputs with no flag: the key comes from the environment (a flag would leak it into shell
 * history and process lists), and the rest are about pull requests and issues.
 */
const WORKFLOW_ONLY: readonly string[] = [
  'api-key',
  'comment-on-pr',
  'comment-key',
  'github-token',
  'issue',
  'dashboard'
]

export const INPUT_FLAGS: readonly InputName[] = INPUT_NAMES.filter(
  name => !WORKFLOW_ONLY.includes(name)
)

/** What each flag takes and does. A flag without a line here is a defect the tests catch. */
export const FLAG_HELP: Readonly<Record<string, { value: string; text: string }>> = {
  model: { value: 'ID', text: 'model to probe; repeat the flag for several models' },
  'fallback-models': {
    value: 'IDS',
    text: "tried when a model fails, comma-separated, in order of preference; '' for none (with several --model, each model gets them)"
  },
  models: {
    value: 'TABLE',
    text: "a model table instead of --model: entries 'ID' or 'ID -> FALLBACK, FALLBACK' separated by ';' or new lines; a prefix image: or embedding: declares the kind"
  },
  'base-url': {
    value: 'URL',
    text: 'OpenAI-compatible base URL; http:// only on loopback, where no key is needed'
  },
  'fail-on': {
    value: 'CATEGORIES',
    text: "categories (below) that exit 1, comma-separated; or 'all' or 'none'"
  },
  retries: { value: 'N', text: 'extra tries for transient failures, 0 to 10' },
  'timeout-seconds': { value: 'S', text: 'bound on each request in seconds, up to 600' },
  'fail-before-shutdown-days': {
    value: 'DAYS',
    text: "exit 1 when a model's announced shutdown is this many days away or fewer; 0: off"
  },
  prompt: { value: 'TEXT', text: "the probe's prompt" },
  'max-tokens': { value: 'N', text: "the probe's token limit, 1 to 4096" },
  require: {
    value: 'CAPS',
    text: "capabilities every chat model must show: tools, json, stream, vision; or '+tools' after an ID in --models"
  },
  'max-latency-ms': { value: 'MS', text: 'slower answers are slow (warn); 0: off' },
  'max-ttft-ms': {
    value: 'MS',
    text: 'a later first streamed token is slow (warn); implies stream; 0: off'
  }
}

const OTHER_FLAGS = [
  ['--json', 'print the report as JSON'],
  ['--no-color', 'no colour (also when NO_COLOR is set or the output is not a terminal)'],
  ['-h, --help', 'show this help']
] as const

const COLUMN = 30

export function renderHelp(): string {
  const flagLines = INPUT_FLAGS.flatMap(name => {
    const help = FLAG_HELP[name]
    const fallback = inputDefault(name)
    return [
      row(`--${name} ${help?.value ?? 'VALUE'}`, help?.text ?? ''),
      ...(fallback === undefined || fallback === '' ? [] : [row('', `default: ${fallback}`)])
    ]
  })
  const width = Math.max(...CATEGORIES.map(c => c.id.length)) + 2
  const categories = CATEGORIES.map(
    c => `  ${c.id.padEnd(width)}${(c.failsByDefault ? 'exit 1' : 'warn').padEnd(8)}${c.title}`
  )
  return [
    'Usage: aiml-model-probe [flags]',
    '',
    'Probes models on the AIML API, says why one fails, and which model works now.',
    '',
    'Flags:',
    ...flagLines,
    ...OTHER_FLAGS.map(([flag, text]) => row(flag, text)),
    '',
    'Categories (the names --fail-on takes, and what each does by default):',
    ...categories,
    '',
    'Environment variables:',
    row(KEY_VARIABLE, 'the AIML API key; not needed with a loopback --base-url'),
    row('NO_COLOR', 'no colour when set'),
    row('HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'honoured by every request (lower case too)'),
    '',
    'Exit status: 0 available or warned; 1 failed by --fail-on or --fail-before-shutdown-days;',
    '2 usage error (unknown flag, bad value, no key).'
  ].join('\n')
}

function row(left: string, text: string): string {
  const lines = wrap(text, 100 - COLUMN)
  const first = `  ${left}`.padEnd(COLUMN)
  const gap = first.length > COLUMN ? `\n${' '.repeat(COLUMN)}` : ''
  return [`${first}${gap}${lines[0] ?? ''}`, ...lines.slice(1).map(l => ' '.repeat(COLUMN) + l)]
    .join('\n')
    .trimEnd()
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return line ? [...lines, line] : lines
}

export type FlagValues = Partial<Record<InputName, string | readonly string[]>>

/**
 * The flags as the action's inputs, or what is wrong with them in a terminal's words. A repeated
 * `--model` (or one with a kind prefix, `image:flux/schnell`) becomes a model table, each model
 * with the `--fallback-models`; `--models` takes the table itself, `;` standing for a new line
 * (a shell makes new lines awkward; no model ID holds a `;`).
 */
export function inputsFromFlags(values: FlagValues): RawInputs | { problem: string } {
  const raw: RawInputs = {}
  for (const name of INPUT_FLAGS) {
    const value = values[name]
    if (typeof value === 'string') raw[name] = value
  }
  const models = [values.model ?? []].flat()
  if (raw.models !== undefined) {
    if (models.length > 0 || raw['fallback-models'] !== undefined) {
      return {
        problem:
          "--models replaces --model and --fallback-models: give each model's fallbacks in its entry ('ID -> FALLBACK'), or use --model."
      }
    }
    raw.models = raw.models.replace(/;/g, '\n')
  }
  for (const model of models) {
    if (model.trim() === '') {
      return {
        problem: `--model is empty: give a model ID, or leave the flag out to probe ${inputDefault('model')}.`
      }
    }
  }
  // One plain --model is the `model` input; several, or one with a kind, make a table.
  if (models.length === 1 && !splitKind(models[0]!).declared) raw.model = models[0]
  else if (models.length > 0) {
    const problem = repeatedModelProblem(models)
    if (problem) return { problem }
    const fallbacks = (raw['fallback-models'] ?? inputDefault('fallback-models') ?? '')
      .split(/[,\n]/)
      .map(s => s.trim())
      .filter(Boolean)
      .join(', ')
    raw.models = models.map(m => (fallbacks ? `${m.trim()} -> ${fallbacks}` : m.trim())).join('\n')
    delete raw['fallback-models']
  }
  return raw
}

function repeatedModelProblem(models: readonly string[]): string | null {
  const ids = models.map(m => splitKind(m).id)
  const bad = ids.find(id => !MODEL_ID.test(id))
  if (bad !== undefined) {
    return `--model must be a model ID such as 'gpt-4o' or 'anthropic/claude-sonnet-4.5'; got ${quote(bad)}.`
  }
  const twice = ids.find((id, i) => ids.indexOf(id) !== i)
  return twice === undefined ? null : `--model names '${twice}' twice; give each model once.`
}
