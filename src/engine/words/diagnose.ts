/**
 * The diagnosis, in words a person can act on: what happened, what it means, what to do.
 * Pure: it reads the report and nothing else.
 */
import { noEvidenceWords } from './balance-words.js'
import { categoryInfo } from '../classify/categories.js'
import {
  deprecationStep,
  deprecationWords,
  liveStep,
  liveWords,
  withdrawnExplanation
} from './foresight-words.js'
import { keyFactsWords, keyFindingWords } from './key-words.js'
import { formatBalance } from './money.js'
import { LOOPBACK_HINT } from '../read/redact.js'
import type { Report } from '../decide/report.js'
import { moveWhy, type SwitchTo } from './switch-to.js'
import { wrapLines } from './wrap.js'

export interface Diagnosis {
  /** One line: the verdict in plain words. */
  headline: string
  /** What it means, a short paragraph. */
  explanation: string
  /** What decided the category: the words alone, or the balance or key as evidence. */
  evidence: string
  /**
   * The ID to use instead and why, said once: "Use now" (the model fails) or "Move to" (it is
   * retiring). Every writer shows this line; no step repeats it.
   */
  switchTo: SwitchTo | null
  /** What to do, in order. */
  steps: string[]
  /** For provider-access: a message to paste into a support request. */
  supportMessage: string | null
  /** What AIML's deprecation feed says of the model, with its date and replacement; or ''. */
  deprecation: string
  /** Whose problem it is, by AIML's live metrics; or ''. */
  live: string
}

/** Lines of the support message are wrapped to this width: a code block does not wrap. */
const SUPPORT_WIDTH = 72

const SUPPORT_EMAIL = 'help@aimlapi.com'
const STATUS_PAGE = 'https://status.aimlapi.com'

export function diagnose(report: Report, keyHint: string): Diagnosis {
  const model = report.configuredModel
  const foresight = {
    deprecation: report.deprecation ? deprecationWords(model, report.deprecation) : '',
    live: report.live ? liveWords(model, report.live) : ''
  }
  if (report.available) {
    const retiring = report.deprecation
    const replacement = retiring?.replacedBy ?? null
    return {
      // A retiring model's news is its retirement, not its latency.
      headline: retiring
        ? `\`${model}\` answers, but AIML is retiring it.`
        : `\`${model}\` answered in ${report.latencyMs ?? 0} ms.`,
      explanation: 'The model works with this key.',
      evidence: '',
      switchTo: replacement ? { label: 'Move to', id: replacement, why: moveWhy(retiring!) } : null,
      steps: [
        ...(retiring && !replacement ? [deprecationStep(retiring)] : []),
        ...(report.live ? [liveStep(report.live)] : [])
      ],
      supportMessage: null,
      ...foresight
    }
  }
  const category = report.errorCategory ?? 'unknown'
  const info = categoryInfo(category)
  const steps: string[] = []
  let switchTo: SwitchTo | null = null
  let explanation: string = info.meaning
  const balance = report.balance
  const positive = balance !== null && balance.amount > 0
  const withdrawn = category === 'model-not-found' && report.deprecation?.status === 'withdrawn'
  if (withdrawn) explanation = withdrawnExplanation(report)

  if (report.status === 'alias') {
    switchTo = {
      label: 'Use now',
      id: report.resolvedModel,
      why: `the same model answers to that name, but not to \`${model}\``
    }
  }
  if (category === 'model-not-found' && report.suggestions.length > 0) {
    steps.push(`Did you mean ${report.suggestions.map(s => `\`${s}\``).join(', ')}?`)
  }
  if (category === 'provider-access') {
    explanation = providerAccessExplanation(report, keyHint === LOOPBACK_HINT)
  }
  if (category === 'insufficient-credits' && balance) {
    explanation += positive
      ? ` The balance reads ${formatBalance(balance.amount, balance.currency)}, so it is a plan, quota or spending limit rather than an empty balance.`
      : ` The balance reads ${formatBalance(balance.amount, balance.currency)}.`
  }
  // The key's own facts, when they decided, say what it is in their words (key-words.ts).
  const key = keyFindingWords(report)
  if (key) explanation = key.explanation
  if (report.fallbacksSkipped === 'account-wide') {
    explanation += ' Every model bills and authenticates the same way, so no fallback was asked.'
  }
  if (report.status === 'fallback') {
    const named = report.fallbackModel === report.deprecation?.replacedBy
    const dated = report.fallbackDeprecation
      ? `; mind that ${deprecationWords(report.fallbackModel, report.fallbackDeprecation).replace(/\.$/, '')}`
      : ''
    switchTo = {
      label: 'Use now',
      id: report.fallbackModel,
      why: `${named ? 'AIML names it as the replacement, and ' : ''}it answers${keyHint === LOOPBACK_HINT ? '' : ' with this key'}${dated}`
    }
  } else if (report.status === 'unavailable' && report.fallbacksSkipped === null) {
    steps.push('No fallback answered either; see each attempt below.')
  } else if (report.fallbacksSkipped === 'none-configured') {
    steps.push('Set `fallback-models` to have a working alternative recommended.')
  }
  if (key) {
    steps.push(key.step)
  } else if (category === 'provider-access') {
    steps.push(
      `Check ${STATUS_PAGE} for an incident on this model.`,
      `Send the message below to ${SUPPORT_EMAIL}: only AIML can fix its account with the provider.`
    )
  } else if (category === 'insufficient-credits' && positive) {
    steps.push(
      'Check the plan and the spending limits in the AIML dashboard; topping up the balance alone may not help.'
    )
  } else if (!withdrawn) {
    steps.push(info.advice)
  }
  if (report.live) steps.push(liveStep(report.live))
  if (report.deprecation && !withdrawn) steps.push(deprecationStep(report.deprecation))
  const attempt = report.attempts.find(a => a.role === 'configured' && !a.ok)
  if (attempt?.httpStatus === 404 && category === 'bad-request') {
    steps.unshift('Check `base-url`: the server has no such endpoint (it should end in `/v1`).')
  }

  return {
    headline: withdrawn
      ? `\`${model}\` is not available: AIML withdrew it${report.deprecation?.shutdownAt ? ` on ${report.deprecation.shutdownAt}` : ''}.`
      : `\`${model}\` is not available: ${lowerFirst(info.title)}.`,
    explanation,
    evidence: evidenceWords(report),
    switchTo,
    steps,
    supportMessage: category === 'provider-access' ? supportMessage(report, keyHint) : null,
    ...foresight
  }
}

/** Who refuses, and why nothing in the user's own account fixes it. */
function providerAccessExplanation(report: Report, keyless: boolean): string {
  const balance = report.balance
  const shown = balance ? formatBalance(balance.amount, balance.currency) : null
  // Without a key (the CLI against a loopback server) there is no key of the user's to vouch for.
  const yours = keyless
    ? `No key was sent (a loopback server)${shown ? `; it reads a balance of ${shown}` : ''}.`
    : balance && balance.amount > 0
      ? `Your key and your balance work (${shown}).`
      : report.keyWorks
        ? 'Your key works: it read your balance.'
        : 'Your key is accepted by the gateway.'
  // The fallback is named once, on the "Use now" line.
  const others = report.fallbackModel
    ? keyless
      ? ' Another model answers.'
      : ' Another model answers with the same key.'
    : ''
  return (
    `${yours}${others} The refusal comes from the account AIML itself holds with the model's provider, not from yours, ` +
    'so nothing in your account fixes it: no top-up, no new key, no other spelling of the ID. ' +
    'It most likely affects every AIML customer of this model, and only AIML can fix it.'
  )
}

function evidenceWords(report: Report): string {
  const evidence = report.evidence
  if (!evidence) return ''
  const facts = report.keyFacts
  if (evidence.decidedBy === 'key-facts' && facts) {
    return `Decided by the key's own facts (GET /v1/key): ${keyFactsWords(facts)}.`
  }
  const line = decidedWords(report, evidence)
  return facts ? `${line} The key: ${keyFactsWords(facts)}.` : line
}

function decidedWords(report: Report, evidence: NonNullable<Report['evidence']>): string {
  const rule = evidence.rule ? ` (rule \`${evidence.rule}\`)` : ''
  const balance = report.balance
  switch (evidence.decidedBy) {
    case 'balance':
      return balance
        ? `Decided by the balance${rule}: the same key reads ${formatBalance(balance.amount, balance.currency)}.`
        : `Decided by the balance${rule}.`
    case 'key':
      return report.keyWorks
        ? `Decided by the key${rule}: the same key read the balance, so the refused key is not yours.`
        : `Decided by the key${rule}: the same key was refused by the balance call too.`
    case 'text':
      return `Decided by the error's words${rule}${report.keyWorks === null ? `; ${noEvidenceWords(report.balanceCheck)}` : ''}.`
    case 'key-facts':
      return `Decided by the key's own facts${rule}.`
  }
}

function supportMessage(report: Report, keyHint: string): string {
  const ids = report.attempts
    .filter(a => a.model === report.configuredModel && a.requestId)
    .map(a => a.requestId)
  const balance = report.balance
    ? formatBalance(report.balance.amount, report.balance.currency)
    : 'unknown'
  // The body's lines are wrapped (a code block does not wrap); the headers stay whole.
  const body = [
    `Requests to \`${report.configuredModel}\` fail for my account with: "${report.errorMessage}"`,
    `My key works and my balance is ${balance}${report.fallbackModel ? `; other models answer with the same key (for example \`${report.fallbackModel}\`)` : ''}.`,
    "The refusal seems to come from AIML's own account with the provider. Could you check it?"
  ].join('\n')
  return [
    `To: ${SUPPORT_EMAIL}`,
    `Subject: ${report.configuredModel} refused by the provider for my account`,
    '',
    'Hello AIML support,',
    '',
    wrapLines(body, SUPPORT_WIDTH),
    '',
    `Model: ${report.configuredModel}`,
    `API key (first characters): ${keyHint}`,
    `Request IDs: ${ids.length ? ids.join(', ') : 'none returned'}`,
    `Time (UTC): ${report.startedAt}`
  ].join('\n')
}

/** "Out of credits" → "out of credits", but "Provider refuses AIML" keeps its name. */
function lowerFirst(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1)
}
