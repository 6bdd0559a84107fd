/**
 * What a story is: what the simulator serves, how to probe it, what the probe should conclude.
 * The families of stories beside this module are data of these types; script/stories/index.ts
 * lists them in the order the demo tells them.
 */
import type { ModelKind, Scenario } from '../aiml-api.ts'

/** The action's `status` output. */
export type ProbeStatus = 'available' | 'alias' | 'fallback' | 'unavailable' | 'skipped'

/** One line of the `models` input: `[kind:]ID [-> FALLBACK, …]`. */
export interface ModelLine {
  id: string
  /** written as a prefix when not chat */
  kind?: ModelKind
  fallbacks?: readonly string[]
}

/** How to probe a story: the inputs it needs, the rest stay at their defaults. */
export interface ProbeSetup {
  /** the first line is the one a one-model engine probes (`model`, `fallback-models`) */
  models: readonly [ModelLine, ...ModelLine[]]
  /** bounds the stories that hang (default: the action's) */
  timeoutSeconds?: number
  /** fewer retries keep the transient stories short (default: the action's) */
  retries?: number
  /** other inputs the story needs (`require`, `max-latency-ms`) */
  inputs?: Readonly<Record<string, string>>
}

/** What the probe should conclude: the action's exit code, its outputs and its job summary. */
export interface Expected {
  exitCode: 0 | 1
  status: ProbeStatus
  /** the first model's `error-category`; empty when it answered */
  category: string
  /** the `model` output, the ID to use now; empty when none answers */
  model: string
  /** the `deprecated`, `shutdown-at` and `replaced-by` outputs, in a story about a retirement */
  deprecated?: boolean
  shutdownAt?: string
  replacedBy?: string
  /** the `results` output, per configured ID, in a story about a model table */
  results?: Record<string, { status: ProbeStatus; model: string }>
  /** words the job summary holds (the diagnosis of what the evidence showed) */
  says?: readonly string[]
  /** words it must not hold */
  saysNot?: readonly string[]
}

export interface NamedScenario {
  name: string
  /** one line: what the story shows */
  description: string
  /** what the simulator serves */
  scenario: Scenario
  probe: ProbeSetup
  expected: Expected
  /** a scheduled watch: told as runs of `on: schedule`, not as a pull request */
  watch?: Watch
}

/** What the simulator serves on each scheduled run, in order. */
export interface Watch {
  /** the runs after the first, each with what the simulator serves then */
  later: readonly Scenario[]
}

/** The `models` input for a story's table: one line each, kinds as prefixes. */
export function modelsInput(probe: ProbeSetup): string {
  return probe.models
    .map(line => {
      const id = line.kind && line.kind !== 'chat' ? `${line.kind}:${line.id}` : line.id
      return line.fallbacks?.length ? `${id} -> ${line.fallbacks.join(', ')}` : id
    })
    .join('\n')
}
