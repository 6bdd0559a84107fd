/**
 * The stories, told once: what the simulator serves for each, how the demo and the benchmark
 * probe it, and what the probe should conclude. `npm run demo -- --list` prints them in this
 * order; the tests run each through the demo; `node script/aiml-sim.ts NAME` serves one for a
 * try by hand. Each family lives in its own module beside this one; story.ts says what a story is.
 */
import { CAPABILITY_STORIES } from './capabilities.ts'
import { EVIDENCE_STORIES } from './evidence.ts'
import { FORESIGHT_STORIES } from './foresight.ts'
import { KEY_STORIES } from './key-facts.ts'
import { ODD_REPLY_STORIES } from './odd-replies.ts'
import { REFUSAL_STORIES } from './refusals.ts'
import type { NamedScenario } from './story.ts'
import { TABLE_STORIES } from './tables.ts'
import { TRANSIENT_STORIES } from './transient.ts'
import { WATCH_STORIES } from './watch.ts'

export {
  modelsInput,
  type Expected,
  type ModelLine,
  type NamedScenario,
  type ProbeSetup,
  type ProbeStatus,
  type Watch
} from './story.ts'

export const SCENARIOS: readonly NamedScenario[] = [
  ...REFUSAL_STORIES,
  ...TRANSIENT_STORIES,
  ...ODD_REPLY_STORIES,
  ...EVIDENCE_STORIES,
  ...TABLE_STORIES,
  ...FORESIGHT_STORIES,
  ...CAPABILITY_STORIES,
  ...KEY_STORIES,
  ...WATCH_STORIES
]

/** The story with this name, if there is one. */
export function scenarioNamed(name: string): NamedScenario | undefined {
  return SCENARIOS.find(s => s.name === name)
}

/** The stories, one a line: the name, then what it shows. */
export function scenarioListing(): string {
  const width = Math.max(...SCENARIOS.map(s => s.name.length))
  return SCENARIOS.map(s => `${s.name.padEnd(width)}  ${s.description}\n`).join('')
}
