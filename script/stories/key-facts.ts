/**
 * The key's own stories (SPEC.md, Version 3, "The key's own facts"): the gateway's words alone
 * would tell each one wrong; `GET /v1/key` tells it right. Listed in SCENARIOS by
 * script/stories/index.ts; data only.
 */
import { AIML_OUT_OF_CREDITS, aimlProblem, type Reply } from '../aiml-api.ts'
import { CLAUDE_NAMES, CLAUDE_WITH_GPT4O as PROBE } from './cast.ts'
import type { NamedScenario } from './story.ts'

/** A refusal with no reason given, as a gateway sends one for a key it will not serve. */
const ACCESS_DENIED: Reply = aimlProblem(403, 'Forbidden', 'Access denied.', 'ForbiddenException')

/** Every model, Claude's names and gpt-4o, refused alike: a key's refusal is not a model's. */
function allRefuse(reply: Reply) {
  return Object.fromEntries([...CLAUDE_NAMES, 'gpt-4o'].map(name => [name, { replies: [reply] }]))
}

export const KEY_STORIES: readonly NamedScenario[] = [
  {
    name: 'key-disabled',
    description:
      "auth, by the key's facts: a bare 403 'Access denied' reads as the provider's; /v1/key says the key is disabled",
    scenario: { models: allRefuse(ACCESS_DENIED), key: { disabled: true } },
    probe: PROBE,
    expected: {
      exitCode: 1,
      status: 'unavailable',
      category: 'auth',
      model: '',
      says: ['This key (sk-aiml-7f3c…) is disabled: enable it or make a new one.'],
      saysNot: ['help@aimlapi.com']
    }
  },
  {
    name: 'key-scopes',
    description:
      "auth, by the key's facts: the key may call images and embeddings only, so chat is refused",
    scenario: {
      models: allRefuse(ACCESS_DENIED),
      key: { scopes: ['model:image', 'model:embeddings'] }
    },
    probe: PROBE,
    expected: {
      exitCode: 1,
      status: 'unavailable',
      category: 'auth',
      model: '',
      says: ['may not call chat models: its scopes are model:image, model:embeddings']
    }
  },
  {
    name: 'key-limit',
    description:
      "insufficient-credits, worded as the key's own limit: 'run out of credits' while the account holds $19.50",
    scenario: {
      models: allRefuse(AIML_OUT_OF_CREDITS),
      balance: 19.5,
      key: { limit: { retention: 'month', threshold: 5 }, monthly_usage: 5.02 }
    },
    probe: PROBE,
    expected: {
      exitCode: 1,
      status: 'unavailable',
      category: 'insufficient-credits',
      model: '',
      says: [
        "This key's limit of $5.00 a month is used up ($5.02); the account holds $19.50: raise the limit on the key's page."
      ]
    }
  }
]
