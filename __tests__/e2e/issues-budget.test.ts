/**
 * Tracking issues under real conditions: two monitors of one model, a slow GitHub, its rate
 * limits, and answers that lack a field. `node dist/index.js` on scheduled runs against the
 * loopback simulator and fake GitHub.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { ANTHROPIC_CREDIT_BALANCE, CATALOG } from '../../script/aiml-sim.ts'
import { startGitHubFake } from '../../script/github-fake.ts'

const MODEL = 'anthropic/claude-sonnet-4.5'
const sim = useAimlSim()
let github: Awaited<ReturnType<typeof startGitHubFake>>

beforeAll(async () => {
  github = await startGitHubFake()
})
afterAll(async () => {
  await github.close()
})
beforeEach(() => github.reset())

/** `count` models that all fail as the seed's Claude does. */
function failing(count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => (i === 0 ? MODEL : `acme/model-${i}`))
  sim.setScenario({
    apiKey: TEST_KEY,
    models: Object.fromEntries(ids.map(id => [id, { replies: [ANTHROPIC_CREDIT_BALANCE] }])),
    catalog: CATALOG,
    balance: 20
  })
  return ids
}

function run(inputs: Record<string, string>, killAfterMs = 45_000): Promise<RunResult> {
  return runAction({
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      retries: '0',
      dashboard: 'never',
      ...inputs
    },
    event: { name: 'schedule', payload: {} },
    githubApiUrl: github.url,
    killAfterMs
  })
}

const warnings = (result: RunResult) =>
  result.annotations.filter(a => a.level === 'warning').map(a => a.message)

describe('two monitors of one model with different comment-keys', () => {
  it('keep one issue each: a failing prod key never closes or reopens on a healthy staging run', async () => {
    for (let hour = 0; hour < 3; hour++) {
      failing(1)
      await run({ model: MODEL, 'comment-key': 'prod' })
      sim.setScenario({ apiKey: TEST_KEY, models: { [MODEL]: { ok: true } }, catalog: CATALOG })
      await run({ model: MODEL, 'comment-key': 'staging' })
    }
    expect(github.issues).toHaveLength(1)
    const [issue] = github.issues
    expect(issue!.state).toBe('open')
    expect(issue!.title).toBe(`${MODEL} is not available: provider-access [prod]`)
    expect(issue!.body).toContain(`<!-- aiml-model-probe-issue:prod:${MODEL} -->`)
    expect(issue!.body).toMatch(/ · 3 checks$/)
    expect(github.comments.get(issue!.number) ?? []).toEqual([])
  })

  it('without a key, adopts the issue an earlier version opened (the unkeyed marker)', async () => {
    failing(1)
    const earlier = github.seedIssue({
      title: `${MODEL} is not available: provider-access`,
      body: `<!-- aiml-model-probe-issue:${MODEL} -->\nopened by 2.x`,
      login: 'github-actions[bot]',
      type: 'Bot',
      labels: ['aiml-model-probe']
    })
    const result = await run({ model: MODEL })
    expect(github.issues).toHaveLength(1)
    expect(result.outputs['issue-number']).toBe(String(earlier.number))
  })
})

describe('one budget for all of GitHub', () => {
  it('writes 20 models’ issues against a GitHub that takes 0.3 s a call, at most 4 at once', async () => {
    const ids = failing(20)
    github.setLatency(300)
    // timeout-seconds 3: one call at a time would need more than its 15 s whole bound.
    const result = await run({ models: ids.join('\n'), 'timeout-seconds': '3' }, 60_000)
    const opened = github.issues.filter(i => i.state === 'open')
    expect(opened).toHaveLength(20)
    for (const id of ids) expect(opened.some(i => i.body.includes(`issue:${id} -->`))).toBe(true)
    expect(github.peak.inFlight).toBeGreaterThan(1)
    expect(github.peak.inFlight).toBeLessThanOrEqual(4)
    expect(warnings(result).filter(w => /issue/i.test(w))).toEqual([])
  })

  it('names the models left out when the whole bound is spent, and what took the time', async () => {
    const ids = failing(12)
    github.setLatency(1500)
    const result = await run({ models: ids.join('\n'), 'timeout-seconds': '2' }, 60_000)
    const written = github.issues.filter(i => i.state === 'open').length
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(12)
    const [warning] = warnings(result).filter(w => w.startsWith('Tracking issues were not'))
    expect(warning).toMatch(
      /^Tracking issues were not written for .*: GitHub's part of this step is bounded by 10 s \(5 × `timeout-seconds`\), and it was spent: GitHub answered \d+ calls taking \d+(\.\d)? s in all \(the slowest 1\.\d s\)\.$/
    )
    // Each model has its issue, or is named (one opened as the bound ran out may be both).
    for (const id of ids) {
      const has = github.issues.some(i => i.state === 'open' && i.body.includes(`issue:${id} -->`))
      expect(has || warning!.includes(`\`${id}\``)).toBe(true)
    }
    expect(warning).not.toContain('did not answer within')
  })

  it('bounds each call by timeout-seconds: a call GitHub never answers costs 2 s, not the whole 10 s', async () => {
    const ids = failing(3)
    github.setFailures([{ method: 'POST', path: /\/issues$/, status: 0, message: '', times: 1 }])
    const result = await run({ models: ids.join('\n'), 'timeout-seconds': '2' }, 30_000)
    expect(result.durationMs).toBeLessThan(8_000)
    expect(github.issues.filter(i => i.state === 'open')).toHaveLength(2)
    const [left] = ids.filter(id => !github.issues.some(i => i.body.includes(`issue:${id} -->`)))
    expect(warnings(result)).toEqual([
      `The tracking issue of \`${left}\` could not be written: GitHub did not answer within 2 s (the step's \`timeout-seconds\`).`
    ])
  })

  it('gives the dashboard what the issues left, not a bound of its own', async () => {
    const ids = failing(12)
    github.setLatency(1500)
    const result = await run(
      { models: ids.join('\n'), 'timeout-seconds': '2', dashboard: 'on' },
      60_000
    )
    // The probe takes well under a second here; GitHub's part is bounded by 10 s in all.
    expect(result.durationMs).toBeLessThan(13_000)
    const dashboard = warnings(result).filter(w => w.startsWith('The model dashboard'))
    expect(dashboard).toHaveLength(1)
    expect(dashboard[0]).toMatch(/bounded by 10 s \(5 × `timeout-seconds`\), and it was spent/)
    expect(dashboard[0]).not.toContain('did not answer within')
    expect(result.code).toBe(1)
  })
})

describe('rate limits are not permissions', () => {
  const SECONDARY =
    'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.'

  it('waits out a secondary rate limit that says retry-after, and writes the issue', async () => {
    failing(1)
    github.setFailures([
      {
        method: 'POST',
        path: /\/issues$/,
        status: 403,
        message: SECONDARY,
        headers: { 'retry-after': '1' },
        times: 1
      }
    ])
    const result = await run({ model: MODEL })
    expect(github.issues.filter(i => i.state === 'open')).toHaveLength(1)
    expect(warnings(result).filter(w => /issue/i.test(w))).toEqual([])
  })

  it('warns with GitHub’s words when the wait does not fit, never naming a permission', async () => {
    const ids = failing(3)
    github.setFailures([
      {
        method: 'POST',
        path: /\/issues$/,
        status: 403,
        message: SECONDARY,
        headers: { 'retry-after': '600' }
      }
    ])
    const result = await run({ models: ids.join('\n') })
    const said = warnings(result).filter(w => /issue/i.test(w))
    expect(said).toHaveLength(1)
    expect(said[0]).toContain("GitHub's rate limit stopped them: You have exceeded a secondary")
    for (const id of ids) expect(said[0]).toContain(`\`${id}\``)
    expect(said.join('\n')).not.toContain('issues: write')
  })
})

describe('a GitHub answer that lacks a field', () => {
  it('says which field', async () => {
    failing(1)
    github.setFailures([
      { method: 'POST', path: /\/issues$/, status: 201, message: '', answer: { number: 7 } }
    ])
    const result = await run({ model: MODEL })
    expect(warnings(result)).toContain(
      `The tracking issue of \`${MODEL}\` could not be written (GitHub's answer lacks a usable \`created_at\`: expected string).`
    )
  })
})
