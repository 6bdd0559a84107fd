/**
 * The words for a model that answers but lacks a required capability, or answers too slowly:
 * which capability, what the route did instead, whether AIML's catalog declares it (and so
 * whose problem it is), and the message for AIML support. Pure: report in, diagnosis out.
 */
import { capabilityInfo, CAPABILITY_IDS, type Capability } from '../probe/capabilities.js'
import type { Diagnosis } from './diagnose.js'
import type { Report } from '../decide/report.js'
import { wrapLines } from './wrap.js'

const SUPPORT_EMAIL = 'help@aimlapi.com'

/** The first required capability that did not come out `ok`, in the fixed order. */
function failedCapability(report: Report): Capability | null {
  const states = report.capabilities ?? {}
  return CAPABILITY_IDS.find(c => states[c] !== undefined && states[c] !== 'ok') ?? null
}

export function withCapabilityWords(
  report: Report,
  diagnosis: Diagnosis,
  keyHint: string
): Diagnosis {
  const model = report.configuredModel
  if (report.available && report.errorCategory === 'slow') {
    return { ...diagnosis, headline: `\`${model}\` answers, but slowly: ${report.errorMessage}` }
  }
  const capability = failedCapability(report)
  if (report.errorCategory !== 'missing-capability' || capability === null) return diagnosis
  const info = capabilityInfo(capability)
  const attempt = report.attempts.find(
    a => a.model === model && a.capability === capability && !a.ok
  )
  const declared = report.declared[capability]
  const what = attempt?.message ? ` ${sentence(attempt.message)}` : ''
  const whose =
    declared?.declared === true
      ? ` AIML's catalog declares \`${info.catalogWord}\` for \`${model}\`: declared, but failed through the gateway: only AIML can fix it.`
      : declared?.declared === false
        ? ` AIML's catalog does not declare \`${info.catalogWord}\` for \`${model}\`: not declared: pick a model that declares it${declared.others.length ? ` (these declare it: ${declared.others.map(o => `\`${o}\``).join(', ')})` : ''}.`
        : ''
  return {
    ...diagnosis,
    headline: `\`${model}\` is not available: it answers, but without ${info.words}.`,
    explanation: `${diagnosis.explanation}${what}${whose}`,
    supportMessage:
      declared?.declared === true
        ? supportMessage(report, capability, attempt?.requestId ?? '', keyHint)
        : diagnosis.supportMessage
  }
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}

function supportMessage(
  report: Report,
  capability: Capability,
  requestId: string,
  keyHint: string
): string {
  const info = capabilityInfo(capability)
  return [
    `To: ${SUPPORT_EMAIL}`,
    `Subject: ${report.configuredModel}: ${info.catalogWord} declared, but it fails through the gateway`,
    '',
    'Hello AIML support,',
    '',
    // A code block does not wrap: the body's lines are wrapped here.
    wrapLines(
      `Your catalog declares \`${info.catalogWord}\` for \`${report.configuredModel}\`, but a request using it fails: "${report.errorMessage}"\nCould you check the route the gateway picks for this model?`,
      72
    ),
    '',
    `Model: ${report.configuredModel}`,
    `Capability: ${capability} (${info.asked})`,
    `API key (first characters): ${keyHint}`,
    `Request ID: ${requestId || 'none returned'}`,
    `Time (UTC): ${report.startedAt}`
  ].join('\n')
}
