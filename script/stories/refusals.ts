/**
 * Every model answers, then one story for each refusal that lasts: the provider's account, the
 * key, the credits, the ID, the request itself. None is retried; the step fails by policy.
 */
import { AIML_OUT_OF_CREDITS, ANTHROPIC_CREDIT_BALANCE } from '../aiml-api.ts'
import { CLAUDE, CLAUDE_WITH_GPT4O, claudeAnswers, claudeFails, GPT4O } from './cast.ts'
import type { NamedScenario } from './story.ts'

export const REFUSAL_STORIES: readonly NamedScenario[] = [
  {
    name: 'healthy',
    description: 'every model answers: the step passes, nothing is posted',
    scenario: { models: { ...claudeAnswers({ ok: true }), ...GPT4O } },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 0, status: 'available', category: '', model: CLAUDE }
  },
  {
    name: 'claude-story',
    description:
      "provider-access: Anthropic's 'credit balance is too low' relayed by AIML with $20 in the account; gpt-4o answers",
    scenario: claudeFails(ANTHROPIC_CREDIT_BALANCE),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'provider-access', model: 'gpt-4o' }
  },
  {
    name: 'auth',
    description: 'auth: AIML does not know the key; no fallback is asked, every model would fail',
    // The gateway holds another key than the one the probe sends.
    scenario: {
      ...claudeFails(ANTHROPIC_CREDIT_BALANCE),
      apiKey: 'sk-aiml-a-key-nobody-sends-0000'
    },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'unavailable', category: 'auth', model: '' }
  },
  {
    name: 'insufficient-credits',
    description:
      "insufficient-credits: AIML's own 403 'run out of credits' at a $0 balance; no fallback is asked",
    scenario: {
      models: {
        ...claudeAnswers({ replies: [AIML_OUT_OF_CREDITS] }),
        'gpt-4o': { replies: [AIML_OUT_OF_CREDITS] }
      },
      balance: 0
    },
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'unavailable', category: 'insufficient-credits', model: '' }
  },
  {
    name: 'model-not-found',
    description:
      "model-not-found: a typo in the ID, with 'did you mean' from the catalog; gpt-4o answers",
    scenario: claudeFails(ANTHROPIC_CREDIT_BALANCE),
    probe: { models: [{ id: 'anthropic/claude-sonet-4.5', fallbacks: ['gpt-4o'] }] },
    expected: { exitCode: 1, status: 'fallback', category: 'model-not-found', model: 'gpt-4o' }
  },
  {
    name: 'bad-request',
    description:
      'bad-request: the provider refuses the probe request itself (a validation list); gpt-4o answers',
    scenario: claudeFails({
      status: 422,
      json: {
        detail: [
          {
            type: 'less_than_equal',
            loc: ['body', 'max_tokens'],
            msg: 'Input should be less than or equal to 8',
            input: 16,
            ctx: { le: 8 }
          }
        ]
      }
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'bad-request', model: 'gpt-4o' }
  }
]
