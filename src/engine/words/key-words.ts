/**
 * The key's own facts in words: what the evidence line shows of the key, and what a finding
 * (key-facts.ts) tells the user to do. Pure: it reads the report.
 */
import { limitUsedUp, SCOPE_OF, scopesLimited, type KeyFacts } from '../evidence/key-facts.js'
import { formatUsd } from './money.js'
import type { Report } from '../decide/report.js'

const KIND_WORDS = { chat: 'chat', image: 'image', embedding: 'embedding' } as const

/** `sk-aiml-7f3c…`: the prefix AIML shows, never more of the key. */
function keyName(facts: KeyFacts): string {
  return `${facts.prefix}…`
}

/** For the evidence line: prefix, enabled, scopes when limited, the limit and its use. */
export function keyFactsWords(facts: KeyFacts): string {
  const parts = [`${keyName(facts)} is ${facts.disabled ? 'disabled' : 'enabled'}`]
  if (scopesLimited(facts)) parts.push(`may call only ${facts.scopes.join(', ')}`)
  parts.push(`${limitWords(facts)}, ${formatUsd(facts.monthly_usage)} used this month`)
  return parts.join('; ')
}

function limitWords(facts: KeyFacts): string {
  const { retention, threshold } = facts.limit
  if (threshold === null) return 'no spending limit'
  const per = { no_reset: 'in all', day: 'a day', week: 'a week', month: 'a month' }[retention]
  return `a limit of ${formatUsd(threshold)} ${per}`
}

/** What the finding means and the one thing to do; null when the key's facts did not decide. */
export function keyFindingWords(report: Report): { explanation: string; step: string } | null {
  const facts = report.keyFacts
  const finding = report.evidence?.keyFinding
  if (!facts || !finding) return null
  const key = `This key (${keyName(facts)})`
  switch (finding) {
    case 'disabled':
      return {
        explanation: `${key} is disabled: enable it or make a new one.`,
        step: 'Enable the key on its page in the AIML dashboard, or make a new one and store it in the secret behind `api-key`.'
      }
    case 'scopes': {
      const scope = SCOPE_OF[report.kind]
      return {
        explanation: `${key} may not call ${KIND_WORDS[report.kind]} models: its scopes are ${facts.scopes.join(', ')}.`,
        step: `Add \`${scope}\` to the key's scopes on its page in the AIML dashboard, or use a key that has it.`
      }
    }
    case 'limit':
      return limitUsedUp(facts)
        ? {
            explanation: `This key's ${limitWords(facts).replace(/^a /, '')} is used up (${formatUsd(facts.monthly_usage)})${holds(report)}: raise the limit on the key's page.`,
            step: "Raise the key's monthly limit on its page in the AIML dashboard, or wait for the month to turn: topping up the balance does not lift it."
          }
        : null
  }
}

/** `; the account holds $19.50`, when the balance is known in dollars. */
function holds(report: Report): string {
  const balance = report.balance
  return balance && balance.currency === 'USD'
    ? `; the account holds ${formatUsd(balance.amount)}`
    : ''
}
