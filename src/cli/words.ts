/**
 * A workflow's words, for a terminal. The engine speaks of inputs (`retries`), secrets and forks,
 * as a workflow's author needs; a person at a terminal has flags (`--retries`) and environment
 * variables (AIML_API_KEY). Each phrase that differs is one row here.
 */
import type { Diagnosis } from '../engine/words/diagnose.js'
import { INPUT_FLAGS, KEY_VARIABLE } from './flags.js'

const FLAGS: ReadonlySet<string> = new Set(INPUT_FLAGS)

type Rewrite = readonly [RegExp, string | ((match: string, name: string) => string)]

const PHRASES: readonly Rewrite[] = [
  [/the secret behind `api-key`/g, `the key in ${KEY_VARIABLE}`],
  [/ ?Pull requests from forks receive no secrets\./g, ''],
  [/(re-create the key in the AIML dashboard and )store it again/g, '$1export it again'],
  [/Input 'api-key'/g, KEY_VARIABLE],
  [/`api-key`/g, KEY_VARIABLE],
  // A refusal names its input first: `Input 'retries' must be…` → `--retries must be…`.
  [/Input '([a-z-]+)'/g, (_match, name) => `--${name}`],
  // Any other setting our text names in backticks (`timeout-seconds`) is a flag here.
  [/`([a-z][a-z-]*)`/g, (match, name) => (FLAGS.has(name) ? `--${name}` : match)],
  [/\bleave the input out\b/g, 'leave the flag out']
]

/** One text in a terminal's words. */
export function inTerminalWords(text: string): string {
  let out = text
  for (const [pattern, replacement] of PHRASES) {
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, replacement)
  }
  return out
}

/** The diagnosis in a terminal's words; the support message is for AIML and stays as it is. */
export function terminalDiagnosis(diagnosis: Diagnosis): Diagnosis {
  return {
    ...diagnosis,
    headline: inTerminalWords(diagnosis.headline),
    explanation: inTerminalWords(diagnosis.explanation),
    evidence: inTerminalWords(diagnosis.evidence),
    switchTo: diagnosis.switchTo && {
      ...diagnosis.switchTo,
      why: inTerminalWords(diagnosis.switchTo.why)
    },
    steps: diagnosis.steps.map(inTerminalWords)
  }
}
