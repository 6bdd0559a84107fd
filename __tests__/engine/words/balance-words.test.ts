import { describe, expect, it } from '@jest/globals'
import { balanceWords, noEvidenceWords } from '../../../src/engine/words/balance-words.js'
import { diagnose } from '../../../src/engine/words/diagnose.js'
import type { BalanceCheck } from '../../../src/engine/evidence/evidence.js'
import { balanceLine } from '../../../src/render/attempts.js'
import { makeFailedAttempt, makeReport } from '../../../__fixtures__/factories.js'

describe('what the balance call did, in words', () => {
  it.each<[string, BalanceCheck | null, string]>([
    ['read', { kind: 'read', balance: { amount: 20, currency: 'USD' } }, '$20.00'],
    ['answered', { kind: 'answered' }, 'unknown (the billing endpoint answered without a balance)'],
    [
      'refused 401',
      { kind: 'refused', status: 401 },
      'unknown (the billing endpoint refused the key: HTTP 401)'
    ],
    [
      'refused 403',
      { kind: 'refused', status: 403 },
      'unknown (the billing endpoint refused the key: HTTP 403)'
    ],
    [
      'failed 503',
      { kind: 'failed', status: 503 },
      'unknown (the billing endpoint answered HTTP 503)'
    ],
    [
      'failed, no answer',
      { kind: 'failed', status: null },
      'unknown (the billing endpoint did not answer)'
    ],
    ['dropped after the grace', null, 'unknown (the billing endpoint did not answer)']
  ])('%s', (_name, check, words) => {
    expect(balanceWords(check)).toContain(words)
    const balance = check?.kind === 'read' ? check.balance : null
    expect(balanceLine(makeReport({ balance, balanceCheck: check }))).toContain(words)
  })

  it('when the words decided, says why the balance could not weigh them', () => {
    expect(noEvidenceWords({ kind: 'failed', status: 502 })).toContain('answered HTTP 502')
    expect(noEvidenceWords(null)).toContain('gave no answer')
    const report = makeReport({
      status: 'unavailable',
      available: false,
      errorCategory: 'insufficient-credits',
      balance: null,
      keyWorks: null,
      balanceCheck: { kind: 'failed', status: 503 },
      evidence: { rule: 'out-of-credits', decidedBy: 'text' },
      attempts: [makeFailedAttempt({ category: 'insufficient-credits', httpStatus: 403 })]
    })
    expect(diagnose(report, 'sk-…').evidence).toContain('the balance call answered HTTP 503')
  })
})
