import { describe, expect, it } from '@jest/globals'
import { CATEGORIES } from '../../src/engine/categories.js'
import { diagnose } from '../../src/engine/diagnose.js'
import {
  COMMENT_LIMIT,
  commentState,
  decideCommentAction,
  marker,
  renderComment,
  renderResolved
} from '../../src/github/comment.js'
import type { CommentMode } from '../../src/settings.js'
import {
  makeAttempt,
  makeFailedAttempt,
  makeFallbackReport,
  makeReport
} from '../../__fixtures__/factories.js'

const context = {
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  now: '2026-11-24T09:00:00.000Z'
}
const MARKER = marker('anthropic/claude-sonnet-4.5')

describe('renderComment, for each category', () => {
  it.each(CATEGORIES.map(c => [c.id, c] as const))('%s', (id, info) => {
    const accountWide = id === 'auth' || id === 'insufficient-credits'
    const report = makeFallbackReport({
      errorCategory: id,
      status: accountWide ? 'unavailable' : 'fallback',
      model: accountWide ? '' : 'gpt-4o',
      fallbackModel: accountWide ? '' : 'gpt-4o',
      fallbacksSkipped: accountWide ? 'account-wide' : null,
      // An empty account: the category's own advice (top up) is then the right one.
      balance: { amount: 0, currency: 'USD' },
      attempts: [
        makeFailedAttempt({ category: id }),
        ...(accountWide ? [] : [makeAttempt({ model: 'gpt-4o', role: 'fallback' })])
      ]
    })
    const body = renderComment(
      report,
      info.failsByDefault ? 'fail' : 'warn',
      diagnose(report, 'sk-aiml-…'),
      context
    )
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body.split(MARKER)).toHaveLength(2)
    expect(body).toContain(`**${info.title}** (\`${id}\`)`)
    if (id === 'provider-access') {
      expect(body).toContain('only AIML can fix it')
      expect(body).toContain('https://status.aimlapi.com')
    } else {
      expect(body).toContain(info.advice)
    }
    expect(body).toContain(info.failsByDefault ? '### ❌' : '### ⚠️')
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/1)')
    if (accountWide) {
      expect(body).not.toContain('Use now')
      expect(body).toContain('no fallback was asked')
    } else {
      expect(body).toContain('+ AIML_MODEL=gpt-4o')
    }
    expect(body.includes('Message for AIML support')).toBe(id === 'provider-access')
  })

  it('prefills the support message with request IDs and at most 8 key characters', () => {
    const report = makeFallbackReport({
      attempts: [
        makeFailedAttempt({ requestId: 'req_abc' }),
        makeFailedAttempt({ requestId: 'req_def', try: 2 })
      ]
    })
    const body = renderComment(report, 'fail', diagnose(report, 'sk-aiml-…'), context)
    expect(body).toContain('Request IDs: req_abc, req_def')
    expect(body).toContain('API key (first characters): sk-aiml-…')
  })

  it('names the alias to switch to', () => {
    const report = makeFallbackReport({
      status: 'alias',
      errorCategory: 'model-not-found',
      model: 'claude-sonnet-4-5',
      resolvedModel: 'claude-sonnet-4-5',
      fallbackModel: ''
    })
    const body = renderComment(report, 'fail', diagnose(report, ''), context)
    expect(body).toContain('**Use now:** `claude-sonnet-4-5`')
    expect(body).toContain('Change the model ID to `claude-sonnet-4-5`')
  })

  it('stays under 65,536 characters with one marker whatever the API sent', () => {
    const hostile = `${MARKER} <!-- aiml-model-probe:gpt-4o --> ${'x'.repeat(5000)}`
    const attempts = Array.from({ length: 400 }, (_, i) =>
      makeFailedAttempt({ try: i + 1, message: hostile })
    )
    const report = makeFallbackReport({ attempts, errorMessage: hostile })
    const body = renderComment(report, 'fail', diagnose(report, ''), context)
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(body).toContain('cut to fit')
  })
})

describe('renderResolved', () => {
  it('keeps the marker and says when', () => {
    const report = makeReport()
    const body = renderResolved(report, diagnose(report, ''), context)
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body).toContain('✅ Resolved: `anthropic/claude-sonnet-4.5` answers again')
    expect(body).toContain('Checked at 2026-11-24T09:00:00.000Z')
  })
})

describe('decideCommentAction', () => {
  const down = makeFallbackReport()
  const up = makeReport()
  it.each([
    ['never', down, 'problem', 'skip'],
    ['never', up, 'problem', 'skip'],
    ['on-problem', down, null, 'upsert'],
    ['on-problem', down, 'problem', 'upsert'],
    ['on-problem', down, 'ok', 'upsert'],
    ['on-problem', up, null, 'skip'],
    ['on-problem', up, 'problem', 'resolve'],
    ['on-problem', up, 'ok', 'skip'],
    ['always', up, null, 'upsert'],
    ['always', up, 'problem', 'resolve'],
    ['always', up, 'ok', 'skip'],
    ['always', down, null, 'upsert']
  ] as const)('%s, available=%#, earlier %s → %s', (mode, report, earlier, action) => {
    expect(decideCommentAction(mode as CommentMode, report, earlier)).toBe(action)
  })
})

describe('commentState', () => {
  it('reads our own headings: an alarm, or all is well', () => {
    const down = makeFallbackReport()
    const up = makeReport()
    expect(commentState(renderComment(down, 'fail', diagnose(down, ''), context))).toBe('problem')
    expect(commentState(renderComment(down, 'warn', diagnose(down, ''), context))).toBe('problem')
    expect(commentState(renderComment(up, 'pass', diagnose(up, ''), context))).toBe('ok')
    expect(commentState(renderResolved(up, diagnose(up, ''), context))).toBe('ok')
  })
})

describe('a deprecation in the PR comment', () => {
  const report = makeReport({
    deprecation: {
      status: 'deprecated',
      shutdownAt: '2026-12-06',
      replacedBy: 'anthropic/claude-sonnet-5',
      daysLeft: 10
    }
  })

  it('is a problem for on-problem: the comment is posted although the model answers', () => {
    expect(decideCommentAction('on-problem', report, null)).toBe('upsert')
    expect(decideCommentAction('on-problem', makeReport(), null)).toBe('skip')
    expect(decideCommentAction('never', report, null)).toBe('skip')
  })

  it('shows the date and the switch, and reads back as a problem to resolve later', () => {
    const body = renderComment(report, 'warn', diagnose(report, 'sk-aiml-'), context)
    expect(body).toContain('### ⚠️ AIML model probe: `anthropic/claude-sonnet-4.5` is deprecated')
    expect(body).toContain('shuts down on 2026-12-06 (10 days)')
    expect(body).toContain('+ AIML_MODEL=anthropic/claude-sonnet-5')
    expect(commentState(body)).toBe('problem')
    expect(decideCommentAction('on-problem', makeReport(), commentState(body))).toBe('resolve')
  })
})
