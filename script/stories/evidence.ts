/**
 * Two stories the reply alone would tell wrong, told right by what AIML says besides: the
 * balance (a relayed "insufficient balance" with money in the account) and the catalog (an ID
 * unknown today whose alias answers).
 */
import { DEEPSEEK_INSUFFICIENT_BALANCE } from '../aiml-api.ts'
import { GPT4O } from './cast.ts'
import type { NamedScenario } from './story.ts'

export const EVIDENCE_STORIES: readonly NamedScenario[] = [
  {
    name: 'relayed-billing-positive-balance',
    description:
      "provider-access by evidence: DeepSeek's 'Insufficient Balance' relayed while the account holds $19.50",
    scenario: {
      models: { 'deepseek/deepseek-chat': { replies: [DEEPSEEK_INSUFFICIENT_BALANCE] }, ...GPT4O },
      balance: 19.5
    },
    probe: { models: [{ id: 'deepseek/deepseek-chat', fallbacks: ['gpt-4o'] }] },
    expected: { exitCode: 1, status: 'fallback', category: 'provider-access', model: 'gpt-4o' }
  },
  {
    name: 'alias',
    description: 'alias: the configured ID is unknown today, the alias the catalog names answers',
    scenario: { models: { 'claude-sonnet-4-5': { ok: true }, ...GPT4O } },
    probe: { models: [{ id: 'claude-sonnet-4-5-20250929', fallbacks: ['gpt-4o'] }] },
    expected: {
      exitCode: 1,
      status: 'alias',
      category: 'model-not-found',
      model: 'claude-sonnet-4-5'
    }
  }
]
