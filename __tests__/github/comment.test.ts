import { describe, expect, it } from '@jest/globals'
import { CATEGORIES } from '../../src/engine/classify/categories.js'
import { parseModelTable } from '../../src/engine/check/model-table.js'
import type { Report } from '../../src/engine/decide/report.js'
import {
  allWell,
  COMMENT_LIMIT,
  commentKey,
  commentState,
  decideCommentAction,
  marker,
  renderComment as renderStepComment,
  renderResolved as renderStepResolved,
  stateMarker
} from '../../src/github/comment.js'
import type { CommentMode } from '../../src/settings/settings.js'
import {
  makeAttempt,
  makeCheck,
  makeFailedAttempt,
  makeFallbackReport,
  makeReport
} from '../../__fixtures__/factories.js'

const context = {
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  now: '2026-11-24T09:00:00.000Z'
}
const KEY = 'anthropic/claude-sonnet-4.5'
const MARKER = marker(KEY)
/** One model's step, as a one-model action run sees it. */
const renderComment = (report: Report) => renderStepComment(makeCheck([report]), KEY, context)
const renderResolved = (report: Report) => renderStepResolved(makeCheck([report]), KEY, context)

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
    const body = renderComment(report)
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
      // The user's own input, not a variable they never named.
      expect(body).toContain('- model: anthropic/claude-sonnet-4.5\n+ model: gpt-4o')
      expect(body).not.toContain('AIML_MODEL')
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
    const body = renderComment(report)
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
    const body = renderComment(report)
    expect(body).toContain(
      '**Use now:** `claude-sonnet-4-5` — the same model answers to that name, but not to `anthropic/claude-sonnet-4.5`.'
    )
    expect(body.match(/claude-sonnet-4-5\b/g)).toHaveLength(2) // the line, and the diff
  })

  it('stays under 65,536 characters with one marker whatever the API sent', () => {
    const hostile = `${MARKER} <!-- aiml-model-probe:gpt-4o --> ${'x'.repeat(5000)}`
    const attempts = Array.from({ length: 1000 }, (_, i) =>
      makeFailedAttempt({ try: i + 1, message: hostile })
    )
    const report = makeFallbackReport({ attempts, errorMessage: hostile })
    const body = renderComment(report)
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body.startsWith(MARKER)).toBe(true)
    // Ours only: the marker and the state.
    expect(body.match(/<!--/g)).toHaveLength(2)
    expect(body.split('\n')[1]).toBe(stateMarker('problem'))
    expect(body).toContain('the full report is in the [job summary]')
  })
})

describe('renderResolved', () => {
  it('keeps the marker and says when', () => {
    const report = makeReport()
    const body = renderResolved(report)
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body).toContain('✅ Resolved: `anthropic/claude-sonnet-4.5` answers again')
    expect(body).toContain('Checked at 2026-11-24T09:00:00.000Z')
  })
})

describe('decideCommentAction', () => {
  it.each([
    ['never', false, 'problem', 'skip'],
    ['never', true, 'problem', 'skip'],
    ['on-problem', false, null, 'upsert'],
    ['on-problem', false, 'problem', 'upsert'],
    ['on-problem', false, 'ok', 'upsert'],
    ['on-problem', true, null, 'skip'],
    ['on-problem', true, 'problem', 'resolve'],
    ['on-problem', true, 'ok', 'skip'],
    ['always', true, null, 'upsert'],
    ['always', true, 'problem', 'resolve'],
    ['always', true, 'ok', 'skip'],
    ['always', false, null, 'upsert']
  ] as const)('%s, every model available: %s, earlier %s → %s', (mode, all, earlier, action) => {
    expect(decideCommentAction(mode as CommentMode, all, earlier)).toBe(action)
  })
})

describe('commentState', () => {
  it('reads the state the comment carries in its hidden marker', () => {
    const down = makeFallbackReport()
    const up = makeReport()
    expect(commentState(renderComment(down))).toBe('problem')
    expect(commentState(renderComment(makeFallbackReport({ errorCategory: 'timeout' })))).toBe(
      'problem'
    )
    expect(commentState(renderComment(up))).toBe('ok')
    expect(commentState(renderResolved(up))).toBe('ok')
  })

  it('believes the marker over the heading', () => {
    const body = `${MARKER}\n${stateMarker('ok')}\n### ❌ AIML model probe: a heading a person edited`
    expect(commentState(body)).toBe('ok')
  })

  it('reads comments written before the state marker by their heading, as then', () => {
    const alarm = `${MARKER}\n### ❌ AIML model probe: \`${KEY}\` is not available`
    const warning = `${MARKER}\n### ⚠️ AIML model probe: \`${KEY}\` is not available`
    const resolved = `${MARKER}\n### ✅ Resolved: \`${KEY}\` answers again`
    expect([alarm, warning, resolved].map(commentState)).toEqual(['problem', 'problem', 'ok'])
  })
})

describe('commentKey', () => {
  const specs = (text: string) => {
    const parsed = parseModelTable(text)
    if (typeof parsed === 'string') throw new Error(parsed)
    return parsed
  }

  it('is the model ID for one model, so a one-model step keeps the marker it always had', () => {
    expect(commentKey(specs('anthropic/claude-sonnet-4.5 -> gpt-4o'), '')).toBe(KEY)
    expect(marker(commentKey(specs(KEY), ''))).toBe(
      '<!-- aiml-model-probe:anthropic/claude-sonnet-4.5 -->'
    )
  })

  it('is the IDs, prefix stripped, sorted and joined by +, for several; whatever their order', () => {
    const key = 'anthropic/claude-sonnet-4.5+flux/schnell+text-embedding-3-small'
    expect(
      commentKey(
        specs(
          'image:flux/schnell -> flux/dev\nembedding:text-embedding-3-small\nanthropic/claude-sonnet-4.5 -> gpt-4o'
        ),
        ''
      )
    ).toBe(key)
    expect(
      commentKey(
        specs('embedding:text-embedding-3-small\nanthropic/claude-sonnet-4.5\nimage:flux/schnell'),
        ''
      )
    ).toBe(key)
  })

  it('is comment-key when one is given', () => {
    expect(commentKey(specs('gpt-4o\nimage:flux/schnell'), 'nightly')).toBe('nightly')
  })
})

describe('the comment of a step with several models', () => {
  const claude = makeFallbackReport()
  const flux = makeReport({
    configuredModel: 'flux/schnell',
    model: 'flux/schnell',
    resolvedModel: 'flux/schnell',
    kind: 'image',
    attempts: [makeAttempt({ model: 'flux/schnell', kind: 'image' })]
  })
  const embedding = makeFallbackReport({
    configuredModel: 'text-embedding-3-small',
    kind: 'embedding',
    status: 'unavailable',
    model: '',
    fallbackModel: '',
    errorCategory: 'server-error',
    errorMessage: 'The model is under maintenance',
    attempts: [
      makeFailedAttempt({
        model: 'text-embedding-3-small',
        category: 'server-error',
        httpStatus: 500,
        message: 'The model is under maintenance'
      })
    ]
  })
  const KEY3 = 'anthropic/claude-sonnet-4.5+flux/schnell+text-embedding-3-small'

  it('has one table of every model and a section for each model that is not available', () => {
    const body = renderStepComment(
      makeCheck([claude, flux, embedding], {
        skipped: [{ id: 'whisper-1', kind: 'audio', declared: true, fallbacks: [] }]
      }),
      KEY3,
      context
    )
    expect(body.split('\n').slice(0, 2)).toEqual([marker(KEY3), stateMarker('problem')])
    expect(body).toContain('### ❌ AIML model probe: 2 of 3 models not available, 1 skipped')
    expect(body).toContain('| `image:flux/schnell` | ✅ available |')
    expect(body).toContain('| `audio:whisper-1` | ⏭️ skipped |')
    const sections = body.split('\n').filter(line => line.startsWith('#### '))
    expect(sections).toEqual([
      '#### ❌ `anthropic/claude-sonnet-4.5` is not available: provider refuses AIML',
      '#### ⚠️ `text-embedding-3-small` is not available: server error'
    ])
    // One diff for the step, in the terms of its `models` input.
    expect(body).toContain('```diff\n  models: |\n-   anthropic/claude-sonnet-4.5\n+   gpt-4o\n```')
    expect(body.match(/```diff/g)).toHaveLength(1)
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/1)')
  })

  it('is resolved once every model answers again, with the table', () => {
    const body = renderStepResolved(makeCheck([makeReport(), flux]), KEY3, context)
    expect(body.split('\n').slice(0, 2)).toEqual([marker(KEY3), stateMarker('ok')])
    expect(body).toContain('### ✅ Resolved: every model answers again')
    expect(body).toContain('| `image:flux/schnell` | ✅ available |')
  })

  it('stays under 65,536 characters with 20 failing models and long API text, a section each', () => {
    const long = `Upstream said: ${'very long words '.repeat(400)}`
    const reports = Array.from({ length: 20 }, (_, i) =>
      makeFallbackReport({
        configuredModel: `provider-${i}/a-model-with-a-rather-long-name-${'x'.repeat(120)}`,
        errorMessage: long,
        attempts: Array.from({ length: 6 }, (_, t) =>
          makeFailedAttempt({ try: t + 1, message: `${long} ${t}`, requestId: `req_${i}_${t}` })
        )
      })
    )
    const key = reports.map(r => r.configuredModel).join('+')
    const body = renderStepComment(makeCheck(reports), key, context)
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body.startsWith(`${marker(key)}\n${stateMarker('problem')}`)).toBe(true)
    expect(body.split('\n').filter(line => line.startsWith('#### '))).toHaveLength(20)
    expect(body).toContain('the full report is in the [job summary]')
    expect(body).toContain('[Workflow run](https://github.com/acme/shop/actions/runs/1)')
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
  const well = (r: Report) => allWell(makeCheck([r]))

  it('is a problem for on-problem: the comment is posted although the model answers', () => {
    expect(decideCommentAction('on-problem', well(report), null)).toBe('upsert')
    expect(decideCommentAction('on-problem', well(makeReport()), null)).toBe('skip')
    expect(decideCommentAction('never', well(report), null)).toBe('skip')
  })

  it('shows the date and the switch, and reads back as a problem to resolve later', () => {
    const body = renderComment(report)
    expect(body).toContain(
      '### ⚠️ AIML model probe: `anthropic/claude-sonnet-4.5` — available, shuts down on 2026-12-06'
    )
    expect(body).toContain('shuts down on 2026-12-06 (10 days)')
    expect(body).toContain('**Move to:** `anthropic/claude-sonnet-5` — before the shutdown.')
    expect(body).toContain('+ model: anthropic/claude-sonnet-5')
    expect(body).not.toContain('answered in')
    expect(commentState(body)).toBe('problem')
    expect(decideCommentAction('on-problem', well(makeReport()), commentState(body))).toBe(
      'resolve'
    )
  })
})

describe('renderComment, with requirements', () => {
  it('shows one model’s capabilities in the table’s Needs column', () => {
    const report = makeFallbackReport({
      errorCategory: 'missing-capability',
      capabilities: { tools: 'missing', stream: 'ok' },
      ttftMs: 420
    })
    const body = renderComment(report)
    expect(body).toMatch(/\| Model \| Status \| Needs \|/)
    expect(body).toContain('| tools missing, stream ✓ (first token 420 ms) |')
  })

  it('keeps one model without requirements free of the table', () => {
    const body = renderComment(makeFallbackReport({ capabilities: null }))
    expect(body).not.toContain('| Model | Kind |')
  })
})
