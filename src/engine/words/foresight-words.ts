/**
 * Foresight in words: the deprecation feed's dates and the live metrics' reading, as the
 * diagnosis, the annotations and the comment say them. Pure.
 */
import type { Deprecation } from '../evidence/deprecations.js'
import type { Live } from '../decide/foresight.js'
import type { LiveReading } from '../evidence/metrics.js'
import type { Report } from '../decide/report.js'

/** "(10 days)", "(today)", "(3 days ago)". */
export function daysWords(daysLeft: number): string {
  if (daysLeft === 0) return 'today'
  const n = Math.abs(daysLeft)
  const days = `${n} day${n === 1 ? '' : 's'}`
  return daysLeft > 0 ? days : `${days} ago`
}

/**
 * The headline of a model that answers but fails the step: "`X` shuts down on D (10 days),
 * within `fail-before-shutdown-days` (30): the step fails."
 */
export function shutdownSoonHeadline(
  model: string,
  deprecation: Deprecation,
  window: number
): string {
  const { shutdownAt, daysLeft } = deprecation
  const when =
    shutdownAt !== null && daysLeft !== null ? ` on ${shutdownAt} (${daysWords(daysLeft)})` : ''
  return `\`${model}\` shuts down${when}, within \`fail-before-shutdown-days\` (${window}): the step fails.`
}

function replacementWords(deprecation: Deprecation): string {
  return deprecation.replacedBy
    ? `AIML names \`${deprecation.replacedBy}\` as its replacement`
    : 'AIML names no replacement'
}

/**
 * "`anthropic/claude-x` shuts down on 2026-12-01 (6 days); AIML names `Y` as its replacement."
 */
export function deprecationWords(model: string, deprecation: Deprecation): string {
  const { shutdownAt, daysLeft, unbelievedShutdown } = deprecation
  const on =
    shutdownAt !== null && daysLeft !== null ? `${shutdownAt} (${daysWords(daysLeft)})` : null
  // A date no one should act on is shown as given, with no day count.
  const unreadable = unbelievedShutdown
    ? ` (AIML's feed gives the unreadable shutdown date '${unbelievedShutdown}')`
    : ''
  switch (deprecation.status) {
    case 'withdrawn':
      return `\`${model}\` was withdrawn by AIML${on ? ` on ${on}` : unreadable}; ${replacementWords(deprecation)}.`
    case 'superseded':
      return `\`${model}\` is superseded: AIML folded it into ${deprecation.replacedBy ? `\`${deprecation.replacedBy}\`` : 'another model'}, and the old ID still resolves to it.`
    case 'deprecated':
      if (!on)
        return `\`${model}\` is deprecated: AIML has announced its shutdown${unreadable}; ${replacementWords(deprecation)}.`
      return daysLeft! < 0
        ? `\`${model}\` was to shut down on ${on}; ${replacementWords(deprecation)}.`
        : `\`${model}\` shuts down on ${on}; ${replacementWords(deprecation)}.`
  }
}

/** What to do about a deprecation, as the first step of the diagnosis. */
export function deprecationStep(deprecation: Deprecation): string {
  const to = deprecation.replacedBy ? `\`${deprecation.replacedBy}\`` : 'another model'
  if (deprecation.status === 'superseded') return `Switch to ${to} when convenient.`
  return deprecation.shutdownAt
    ? `Move to ${to} before ${deprecation.shutdownAt}.`
    : `Plan the move to ${to}.`
}

/** "the last 5 min", from the metrics' window. */
function windowWords(seconds: number | null): string {
  if (seconds === null) return 'in the current window'
  return seconds >= 60
    ? `over the last ${Math.round(seconds / 60)} min`
    : `over the last ${seconds} s`
}

function figures(reading: Extract<LiveReading, { p50: number }>): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`
  return `${reading.metric} p50 ${ms(reading.p50)}, p90 ${ms(reading.p90)}`
}

/** Whose problem it is, by AIML's live metrics: yours, or everyone's. */
export function liveWords(model: string, live: Live): string {
  const { reading, slowAnswer } = live
  if (reading.kind === 'silent') {
    return `AIML's live metrics show no successful request to \`${model}\` ${windowWords(reading.windowSeconds)}: it is silent for everyone right now: wait, or use the fallback.`
  }
  if (reading.kind === 'over-timeout') {
    const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`
    return `AIML's live metrics show others' p90 for \`${model}\` at ${seconds(reading.p90)}, above your \`timeout-seconds\` of ${seconds(reading.timeoutMs)}: one request in ten takes longer than you wait, so raise \`timeout-seconds\` (p50 ${seconds(reading.p50)}).`
  }
  if (reading.kind === 'slow') {
    return `AIML's live metrics show \`${model}\` slow for everyone right now (${figures(reading)}): wait, or use the fallback.`
  }
  if (slowAnswer) {
    return `\`${model}\` answered in ${slowAnswer.latencyMs.toLocaleString('en-US')} ms, slower than 90% of requests to it on AIML right now (p90 ${slowAnswer.p90Ms.toLocaleString('en-US')} ms): others are served faster, so look at your side: network, proxy, region.`
  }
  return `AIML's live metrics show \`${model}\` served normally for others right now (${figures(reading)}), so the problem is likely on your side: network, proxy, region or your account.`
}

/** What to do, by the live metrics. */
export function liveStep(live: Live): string {
  if (live.reading.kind === 'over-timeout') {
    return `Raise \`timeout-seconds\` above ${Math.ceil(live.reading.p90 / 1000)} (others' p90 for this model right now).`
  }
  return live.reading.kind === 'served'
    ? "Look at your side: the runner's network, proxy and region, and your account's limits."
    : 'Wait for AIML to recover and run again: the model is slow or silent for everyone, not only for you.'
}

/** A withdrawn ID explained: not a typo, a retirement. */
export function withdrawnExplanation(report: Report): string {
  const replacement = report.deprecation?.replacedBy
  // When the replacement answers, the "Use now" line names it; said once.
  const answers =
    replacement && report.fallbackModel === replacement
      ? ''
      : replacement && report.attempts.some(a => a.model === replacement)
        ? ` \`${replacement}\`, the replacement AIML names, did not answer.`
        : replacement
          ? ` AIML names \`${replacement}\` as its replacement.`
          : ''
  return (
    "AIML's deprecation feed lists this ID as withdrawn: requests to it get 404. It is not a " +
    `typo: the model existed, and AIML retired it.${answers}`
  )
}
