/**
 * The diagnosis, in words a person can act on: what happened, what it means, what to do.
 * Pure: it reads the report and nothing else.
 */
import { categoryInfo } from './categories.js'
import { formatBalance } from './money.js'
import type { Report } from './report.js'

export interface Diagnosis {
  /** One line: the verdict in plain words. */
  headline: string
  /** What it means, a short paragraph. */
  explanation: string
  /** What to do, in order. */
  steps: string[]
  /** For provider-access: a message to paste into a support request. */
  supportMessage: string | null
}

export function diagnose(report: Report, keyHint: string): Diagnosis {
  const model = report.configuredModel
  if (report.available) {
    return {
      headline: `\`${model}\` answered in ${report.latencyMs ?? 0} ms.`,
      explanation: 'The model works with this key.',
      steps: [],
      supportMessage: null
    }
  }
  const category = report.errorCategory || 'unknown'
  const info = categoryInfo(category)
  const steps: string[] = []
  let explanation: string = info.meaning

  if (report.status === 'alias') {
    steps.push(
      `Change the model ID to \`${report.resolvedModel}\`: the same model answers to that name, but not to \`${model}\`.`
    )
  }
  if (category === 'model-not-found' && report.suggestions.length > 0) {
    steps.push(`Did you mean ${report.suggestions.map(s => `\`${s}\``).join(', ')}?`)
  }
  if (category === 'provider-access') {
    explanation = providerAccessExplanation(report)
  }
  if (category === 'insufficient-credits' && report.balance) {
    explanation += ` The balance reads ${formatBalance(report.balance.amount, report.balance.currency)}.`
  }
  if (report.fallbacksSkipped === 'account-wide') {
    explanation += ' Every model bills and authenticates the same way, so no fallback was asked.'
  }
  if (report.status === 'fallback') {
    steps.push(`Switch to \`${report.fallbackModel}\` now: it answers with this key.`)
  } else if (report.status === 'unavailable' && report.fallbacksSkipped === null) {
    steps.push('No fallback answered either; see each attempt below.')
  } else if (report.fallbacksSkipped === 'none-configured') {
    steps.push('Set `fallback-models` to have a working alternative recommended.')
  }
  steps.push(info.advice)

  return {
    headline: `\`${model}\` is not available: ${info.title.toLowerCase()}.`,
    explanation,
    steps,
    supportMessage: category === 'provider-access' ? supportMessage(report, keyHint) : null
  }
}

function providerAccessExplanation(report: Report): string {
  const balance = report.balance
  const wallet =
    balance && balance.amount > 0
      ? `Your AIML balance is ${formatBalance(balance.amount, balance.currency)}, so this is not your wallet: `
      : 'The key works, so this is not a key problem: '
  const others = report.fallbackModel
    ? ` \`${report.fallbackModel}\` answers with the same key.`
    : ''
  return `${wallet}the provider behind the gateway refuses requests for this model from your account (its billing, enablement, tier or region).${others}`
}

function supportMessage(report: Report, keyHint: string): string {
  const ids = report.attempts
    .filter(a => a.model === report.configuredModel && a.requestId)
    .map(a => a.requestId)
  const balance = report.balance
    ? formatBalance(report.balance.amount, report.balance.currency)
    : 'unknown'
  return [
    'Hello AIML support,',
    '',
    `Requests to \`${report.configuredModel}\` fail for my account with: "${report.errorMessage}"`,
    `Other models work with the same key${report.fallbackModel ? ` (for example \`${report.fallbackModel}\`)` : ''}, and my balance is ${balance}.`,
    'Please enable this model for my account or tell me what is missing.',
    '',
    `API key (first characters): ${keyHint}`,
    `Request IDs: ${ids.length ? ids.join(', ') : 'none returned'}`,
    `Time (UTC): ${report.startedAt}`
  ].join('\n')
}
