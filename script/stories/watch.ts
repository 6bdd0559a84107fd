/**
 * The watch's story (SPEC.md, "Tracking issues" and "The model dashboard"): a scheduled run, not
 * a pull request. Claude is refused upstream, so the step opens the model's tracking issue and
 * starts the dashboard; on the next run Claude answers again, so the issue gets one "answered
 * again" comment and closes, and the dashboard is edited in place. Listed in SCENARIOS by
 * script/stories/index.ts; told by script/watch-demo.ts. Data only.
 */
import { ANTHROPIC_CREDIT_BALANCE, type ModelScript } from '../aiml-api.ts'
import { CLAUDE, claudeAnswers } from './cast.ts'
import type { NamedScenario } from './story.ts'

/** gpt-4o by its short name only (the cast's GPT4O answers as openai/gpt-4o too). */
const GPT4O: Record<string, ModelScript> = { 'gpt-4o': { ok: true } }

export const WATCH_STORIES: readonly NamedScenario[] = [
  {
    name: 'watch',
    description:
      'a scheduled watch: Claude refused opens a tracking issue and the dashboard; the next run it answers: one comment, the issue closes',
    scenario: { models: { ...claudeAnswers({ replies: [ANTHROPIC_CREDIT_BALANCE] }), ...GPT4O } },
    probe: { models: [{ id: CLAUDE, fallbacks: ['gpt-4o'] }, { id: 'gpt-4o' }] },
    expected: { exitCode: 1, status: 'fallback', category: 'provider-access', model: 'gpt-4o' },
    watch: { later: [{ models: { ...claudeAnswers({ ok: true }), ...GPT4O } }] }
  }
]
