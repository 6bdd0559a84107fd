/**
 * One story for each reply that is neither an answer nor an ordinary refusal: a moderation
 * filter, a 200 that is a CDN's page, a status and words no rule knows.
 */
import { CLAUDE_WITH_GPT4O, claudeFails } from './cast.ts'
import type { NamedScenario } from './story.ts'

export const ODD_REPLY_STORIES: readonly NamedScenario[] = [
  {
    name: 'content-filter',
    description:
      "content-filter: a provider's moderation refuses the probe prompt; gpt-4o-mini answers: warns",
    scenario: {
      models: {
        'gpt-4o': {
          replies: [
            {
              status: 400,
              json: {
                error: {
                  message:
                    "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
                  type: null,
                  param: 'prompt',
                  code: 'content_filter',
                  status: 400,
                  innererror: { code: 'ResponsibleAIPolicyViolation' }
                }
              }
            }
          ]
        },
        'gpt-4o-mini': { ok: true }
      }
    },
    probe: { models: [{ id: 'gpt-4o', fallbacks: ['gpt-4o-mini'] }] },
    expected: { exitCode: 0, status: 'fallback', category: 'content-filter', model: 'gpt-4o-mini' }
  },
  {
    name: 'invalid-response',
    description:
      "invalid-response: a 200 that is a CDN's HTML page, not a completion; gpt-4o answers",
    scenario: claudeFails({
      status: 200,
      headers: { 'content-type': 'text/html; charset=UTF-8' },
      text: '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>'
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'invalid-response', model: 'gpt-4o' }
  },
  {
    name: 'unknown',
    description:
      'unknown: a status and words no rule knows, kept raw in the report; gpt-4o answers',
    scenario: claudeFails({
      status: 418,
      text: 'Upstream returned an unexpected state (code 7F3).'
    }),
    probe: CLAUDE_WITH_GPT4O,
    expected: { exitCode: 1, status: 'fallback', category: 'unknown', model: 'gpt-4o' }
  }
]
