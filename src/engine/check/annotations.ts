/**
 * The step's annotations: one per model that is not available, deprecated or skipped, never
 * one per attempt. GitHub shows at most 10 errors and 10 warnings a step, so past 9 of a kind one more
 * says how many the job summary holds besides.
 */
import type { Check } from './check.js'
import { switchWords } from '../words/switch-to.js'

export interface Annotation {
  level: 'error' | 'warning'
  message: string
}

const SHOWN_PER_LEVEL = 9

export function annotationsOf(check: Check): Annotation[] {
  const all: Annotation[] = []
  for (const { report, diagnosis, verdict, reason } of check.models) {
    if (verdict === 'pass') continue
    // The date and the replacement travel with the annotation; a withdrawn ID's message says
    // so, and a shutdown inside the window has them in its headline and its step.
    const dates =
      report.deprecation?.status === 'withdrawn' || reason === 'shutdown-soon'
        ? ''
        : diagnosis.deprecation
    // The ID to use, said once; else the first step. A did-you-mean is in the error message
    // already; the first step would say it again.
    const step = diagnosis.switchTo
      ? switchWords(diagnosis.switchTo)
      : report.suggestions.length > 0
        ? ''
        : (diagnosis.steps[0] ?? '')
    // A slow model's headline quotes its message already; a withdrawn ID's headline has the
    // date, and the "Use now" its replacement, which AIML's 404 would repeat.
    const said =
      diagnosis.headline.includes(report.errorMessage) || report.deprecation?.status === 'withdrawn'
        ? ''
        : report.errorMessage
    const message = [diagnosis.headline, said, dates, diagnosis.live, step]
      .filter(Boolean)
      .map(sentence)
      .join(' ')
    all.push({ level: verdict === 'fail' ? 'error' : 'warning', message })
  }
  for (const spec of check.skipped) {
    all.push({
      level: 'warning',
      message: `\`${spec.id}\` was not probed: the kind '${spec.kind}' has no probe (chat, image and embedding do).`
    })
  }
  return (['error', 'warning'] as const).flatMap(level => {
    const ofLevel = all.filter(a => a.level === level)
    if (ofLevel.length <= SHOWN_PER_LEVEL + 1) return ofLevel
    const rest = ofLevel.length - SHOWN_PER_LEVEL
    return [
      ...ofLevel.slice(0, SHOWN_PER_LEVEL),
      { level, message: `…and ${rest} more: see the job summary.` }
    ]
  })
}

/** Each part ends as a sentence, so that API text and our words do not run together. */
function sentence(text: string): string {
  return /[.!?:)`'"]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`
}
