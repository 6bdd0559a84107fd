/**
 * The model tables (the `models` input): chat, image and embedding lines in one step, and five
 * lines where a retired ID's alias answers. The benchmark measures `five-models`.
 */
import { ANTHROPIC_CREDIT_BALANCE } from '../aiml-api.ts'
import { CLAUDE, claudeAnswers, GPT4O } from './cast.ts'
import type { NamedScenario } from './story.ts'

export const TABLE_STORIES: readonly NamedScenario[] = [
  {
    name: 'model-table',
    description:
      'a model table: chat Claude refused upstream (gpt-4o answers), image:flux/schnell and embedding:text-embedding-3-small answer',
    scenario: {
      models: {
        ...claudeAnswers({ replies: [ANTHROPIC_CREDIT_BALANCE] }),
        ...GPT4O,
        'flux/schnell': { ok: true, kind: 'image' },
        'flux/dev': { ok: true, kind: 'image' },
        'text-embedding-3-small': { ok: true, kind: 'embedding' }
      }
    },
    probe: {
      models: [
        { id: CLAUDE, fallbacks: ['gpt-4o'] },
        { id: 'flux/schnell', kind: 'image', fallbacks: ['flux/dev'] },
        { id: 'text-embedding-3-small', kind: 'embedding' }
      ]
    },
    expected: {
      exitCode: 1,
      status: 'fallback',
      category: 'provider-access',
      model: 'gpt-4o',
      results: {
        [CLAUDE]: { status: 'fallback', model: 'gpt-4o' },
        'flux/schnell': { status: 'available', model: 'flux/schnell' },
        'text-embedding-3-small': { status: 'available', model: 'text-embedding-3-small' }
      }
    }
  },
  {
    name: 'five-models',
    description:
      'five models: Claude refused upstream (gpt-4o answers), a retired ID whose alias answers; gpt-4o, an image and an embedding answer',
    scenario: {
      models: {
        [CLAUDE]: { replies: [ANTHROPIC_CREDIT_BALANCE] },
        'claude-sonnet-4-5': { ok: true },
        ...GPT4O,
        'flux/schnell': { ok: true, kind: 'image' },
        'text-embedding-3-small': { ok: true, kind: 'embedding' }
      }
    },
    probe: {
      models: [
        { id: CLAUDE, fallbacks: ['gpt-4o'] },
        { id: 'claude-sonnet-4-5-20250929', fallbacks: ['gpt-4o'] },
        { id: 'gpt-4o' },
        { id: 'flux/schnell', kind: 'image' },
        { id: 'text-embedding-3-small', kind: 'embedding' }
      ]
    },
    expected: {
      exitCode: 1,
      status: 'fallback',
      category: 'provider-access',
      model: 'gpt-4o',
      results: {
        [CLAUDE]: { status: 'fallback', model: 'gpt-4o' },
        'claude-sonnet-4-5-20250929': { status: 'alias', model: 'claude-sonnet-4-5' },
        'gpt-4o': { status: 'available', model: 'gpt-4o' },
        'flux/schnell': { status: 'available', model: 'flux/schnell' },
        'text-embedding-3-small': { status: 'available', model: 'text-embedding-3-small' }
      }
    }
  }
]
