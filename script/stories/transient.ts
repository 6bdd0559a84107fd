/**
 * One story for each failure that may pass: a rate limit, a server error, a hang, a reset. Each
 * is retried, then the fallback answers; the step warns, it does not fail.
 */
import { aimlProblem } from '../aiml-api.ts'
import { CLAUDE_WITH_GPT4O, claudeFails, HANGS } from './cast.ts'
import type { NamedScenario } from './story.ts'

export const TRANSIENT_STORIES: readonly NamedScenario[] = [
  {
    name: 'rate-limited',
    description:
      'rate-limited: 429 per minute, retried after Retry-After, then gpt-4o: the step warns',
    scenario: claudeFails({
      status: 429,
      headers: { 'retry-after': '1' },
      json: {
        type: 'error',
        error: {
          type: 'rate_limit_error',
          message:
            'This request would exceed the rate limit for your organization of 50 requests per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits.'
        }
      }
    }),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'rate-limited', model: 'gpt-4o' }
  },
  {
    name: 'server-error',
    description:
      "server-error: AIML's 500 'under maintenance', retried, then gpt-4o: the step warns",
    scenario: claudeFails(
      aimlProblem(
        500,
        'Internal Server Error',
        'The model is under maintenance, please contact us at help@aimlapi.com.',
        'InternalServerErrorException'
      )
    ),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'server-error', model: 'gpt-4o' }
  },
  {
    name: 'timeout',
    description:
      'timeout: the model never answers within timeout-seconds; gpt-4o does: the step warns',
    scenario: claudeFails({ fault: 'hang' }),
    probe: { ...CLAUDE_WITH_GPT4O, ...HANGS },
    expected: { exitCode: 0, status: 'fallback', category: 'timeout', model: 'gpt-4o' }
  },
  {
    name: 'network',
    description:
      'network: the connection is reset before an answer; gpt-4o answers: the step warns',
    scenario: claudeFails({ fault: 'reset' }),
    probe: { ...CLAUDE_WITH_GPT4O, retries: 1 },
    expected: { exitCode: 0, status: 'fallback', category: 'network', model: 'gpt-4o' }
  }
]
