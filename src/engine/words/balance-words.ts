/**
 * What the balance call did, in words. The summary, the PR comment, the terminal and the
 * diagnosis all say it with these, so none of them says "did not answer" of a call that
 * answered 401.
 */
import type { BalanceCheck } from '../evidence/evidence.js'
import { formatBalance } from './money.js'

/** The balance, or why it is unknown. `null`: the call had not answered when it was dropped. */
export function balanceWords(check: BalanceCheck | null): string {
  switch (check?.kind) {
    case 'read':
      return formatBalance(check.balance.amount, check.balance.currency)
    case 'answered':
      return 'unknown (the billing endpoint answered without a balance)'
    case 'refused':
      return `unknown (the billing endpoint refused the key: HTTP ${check.status})`
    case 'failed':
      if (check.status !== null)
        return `unknown (the billing endpoint answered HTTP ${check.status})`
      return 'unknown (the billing endpoint did not answer)'
    case undefined:
      return 'unknown (the billing endpoint did not answer)'
  }
}

/** For the evidence line, when the words decided: why the balance could not weigh them. */
export function noEvidenceWords(check: BalanceCheck | null): string {
  if (check?.kind === 'failed' && check.status !== null)
    return `the balance call answered HTTP ${check.status}, so there was nothing to weigh them against`
  return 'the balance call gave no answer to weigh them against'
}
