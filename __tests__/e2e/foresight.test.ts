/**
 * Foresight, end to end: `node dist/index.js` as the runner starts it, against the loopback
 * simulator serving AIML's deprecation feed and live metrics. The action reads the real clock,
 * so the stories date their entries from today (`dayFromToday`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, TEST_KEY, type RunResult } from '../../__fixtures__/action-runner.js'
import { useAimlSim } from '../../__fixtures__/loopback.js'
import { dayFromToday, scenarioNamed, type NamedScenario } from '../../script/aiml-sim.ts'
import { startGitHubFake } from '../../script/github-fake.ts'

const sim = useAimlSim()

function story(name: string): NamedScenario {
  const found = scenarioNamed(name)
  if (!found) throw new Error(`no story ${name}`)
  return found
}

/** Serves the story and runs the step on its first model, with `inputs` added. */
async function runStory(
  name: string,
  inputs: Record<string, string> = {},
  extra: Parameters<typeof runAction>[0] = {}
): Promise<RunResult> {
  const { scenario, probe } = story(name)
  sim.setScenario({ ...scenario, apiKey: TEST_KEY })
  const [first] = probe.models
  return runAction({
    ...extra,
    inputs: {
      'api-key': TEST_KEY,
      'base-url': sim.baseUrl,
      model: first.id,
      'fallback-models': (first.fallbacks ?? []).join(','),
      ...(probe.timeoutSeconds ? { 'timeout-seconds': String(probe.timeoutSeconds) } : {}),
      ...(probe.retries !== undefined ? { retries: String(probe.retries) } : {}),
      ...inputs
    }
  })
}

const warnings = (r: RunResult) => r.annotations.filter(a => a.level === 'warning')
const errors = (r: RunResult) => r.annotations.filter(a => a.level === 'error')

describe('a model shutting down in 10 days', () => {
  const shutdown = dayFromToday(10)
  const replacement = 'anthropic/claude-sonnet-4.5'

  it('passes with one warning naming the date, the days left and the replacement', async () => {
    const result = await runStory('deprecation')
    expect(result.code).toBe(0)
    expect(errors(result)).toEqual([])
    expect(warnings(result)).toHaveLength(1)
    expect(warnings(result)[0]!.message).toContain(
      `\`anthropic/claude-sonnet-4\` shuts down on ${shutdown} (10 days); AIML names \`${replacement}\` as its replacement.`
    )
    expect(result.outputs).toMatchObject({
      available: 'true',
      status: 'available',
      deprecated: 'true',
      'shutdown-at': shutdown,
      'replaced-by': replacement
    })
    expect(JSON.parse(result.outputs.results ?? '')).toMatchObject({
      'anthropic/claude-sonnet-4': {
        status: 'available',
        shutdownAt: shutdown,
        replacedBy: replacement
      }
    })
    expect(result.summary).toContain(`shuts down on ${shutdown} (10 days)`)
    // The feed was asked once, beside the catalog.
    expect(sim.requests.filter(r => r.path === '/v1/models/deprecations')).toHaveLength(1)
  })

  it('fails with fail-before-shutdown-days: 14, and passes with 7', async () => {
    const inside = await runStory('deprecation', { 'fail-before-shutdown-days': '14' })
    expect(inside.code).toBe(1)
    expect(errors(inside)).toHaveLength(1)
    expect(errors(inside)[0]!.message).toContain(`shuts down on ${shutdown} (10 days)`)
    expect(inside.outputs.available).toBe('true')

    const outside = await runStory('deprecation', { 'fail-before-shutdown-days': '7' })
    expect(outside.code).toBe(0)
    expect(errors(outside)).toEqual([])
    expect(warnings(outside)).toHaveLength(1)
  })

  it('refuses a fail-before-shutdown-days that is no whole number, naming the input', async () => {
    const result = await runStory('deprecation', { 'fail-before-shutdown-days': '2 weeks' })
    expect(result.code).toBe(1)
    expect(result.everything).toContain(
      "Input 'fail-before-shutdown-days' must be a whole number from 0 to 3650; got '2 weeks'."
    )
    expect(sim.requests).toEqual([])
  })

  describe('on a pull request', () => {
    let github: Awaited<ReturnType<typeof startGitHubFake>>
    beforeAll(async () => {
      github = await startGitHubFake()
    })
    afterAll(async () => {
      await github.close()
    })

    it('comments with the date and the switch: a deprecation is a problem for on-problem', async () => {
      const result = await runStory(
        'deprecation',
        {},
        {
          event: { name: 'pull_request', payload: { number: 5, pull_request: { number: 5 } } },
          githubApiUrl: github.url
        }
      )
      expect(result.code).toBe(0)
      const bodies = (github.comments.get(5) ?? []).map(c => c.body)
      expect(bodies).toHaveLength(1)
      expect(bodies[0]).toContain(`— available, shuts down on ${shutdown}`)
      expect(bodies[0]).toContain(`shuts down on ${shutdown} (10 days)`)
      expect(bodies[0]).toContain(`+ model: ${replacement}`)
    })
  })
})

describe('a withdrawn model', () => {
  it('is explained as withdrawn on its date; its replacement is asked and recommended', async () => {
    const result = await runStory('withdrawn')
    const withdrawnOn = dayFromToday(-3)
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({
      status: 'fallback',
      'error-category': 'model-not-found',
      model: 'mistralai/ministral-8b-2512',
      'fallback-model': 'mistralai/ministral-8b-2512',
      // Gone, not deprecated: the status and the category say so.
      deprecated: 'false',
      'shutdown-at': withdrawnOn,
      'replaced-by': 'mistralai/ministral-8b-2512'
    })
    expect(result.outputs['error-message']).toContain(
      `AIML withdrew this model on ${withdrawnOn}; its replacement is 'mistralai/ministral-8b-2512'.`
    )
    expect(result.outputs['error-message']).not.toContain('Did you mean')
    expect(errors(result)[0]!.message).toContain(`AIML withdrew it on ${withdrawnOn}`)
    expect(result.summary).toContain('It is not a typo')
    expect(result.summary).not.toContain('Did you mean')
    expect(sim.completions().map(r => r.body.model)).toContain('mistralai/ministral-8b-2512')
  })
})

describe('a feed that hangs', () => {
  /** The deprecation story's models with no feed at all, and with feeds that never answer. */
  async function healthy(feeds: 'answer' | 'hang'): Promise<RunResult> {
    const { scenario } = story('healthy')
    sim.setScenario({
      ...scenario,
      apiKey: TEST_KEY,
      ...(feeds === 'hang' ? { deprecations: { fault: 'hang' }, metrics: { fault: 'hang' } } : {})
    })
    return runAction({ inputs: { 'api-key': TEST_KEY, 'base-url': sim.baseUrl } })
  }

  it('adds under a second and changes nothing', async () => {
    // Alternate, and take the fastest of each: start-up noise on a busy machine is larger than
    // what is measured.
    const answer: RunResult[] = []
    const hang: RunResult[] = []
    for (let i = 0; i < 2; i++) {
      answer.push(await healthy('answer'))
      hang.push(await healthy('hang'))
    }
    // Each run asked both feeds: the hang was met, not avoided.
    expect(sim.requests.filter(r => r.path === '/v1/models/deprecations')).toHaveLength(4)
    expect(sim.requests.filter(r => r.path === '/models/metrics')).toHaveLength(4)
    const fastest = (runs: RunResult[]) => Math.min(...runs.map(r => r.durationMs))
    const probeMs = (r: RunResult) => JSON.parse(r.outputs.report ?? '{}').durationMs as number
    expect(fastest(hang) - fastest(answer)).toBeLessThan(1000)
    expect(Math.min(...hang.map(probeMs)) - Math.min(...answer.map(probeMs))).toBeLessThan(1000)
    // Everything but the timings is the same.
    const untimed = (r: RunResult) => {
      const { report: _report, results, ...rest } = r.outputs
      const byModel = JSON.parse(results ?? '{}') as Record<string, { latencyMs?: number }>
      for (const entry of Object.values(byModel)) delete entry.latencyMs
      return { ...rest, 'latency-ms': '', results: byModel }
    }
    const withHang = untimed(hang[0]!)
    expect(withHang).toEqual(untimed(answer[0]!))
    process.stderr.write(
      `hanging feeds: +${fastest(hang) - fastest(answer)} ms over the step, +${Math.min(...hang.map(probeMs)) - Math.min(...answer.map(probeMs))} ms over the probe\n`
    )
    expect(hang[0]!.code).toBe(0)
    expect(hang[0]!.annotations.filter(a => a.level !== 'notice')).toEqual([])
    expect(withHang).toMatchObject({ deprecated: 'false', 'shutdown-at': '', 'replaced-by': '' })
  })
})

describe('is it just me?', () => {
  it('just you: the live metrics show others served normally', async () => {
    const result = await runStory('just-me')
    expect(result.outputs['error-category']).toBe('timeout')
    const words =
      "AIML's live metrics show `anthropic/claude-sonnet-4.5` served normally for others right now (first token p50 610 ms, p90 1,150 ms), so the problem is likely on your side: network, proxy, region or your account."
    expect(result.summary).toContain(words)
    expect(warnings(result)[0]!.message).toContain(words)
    expect(result.summary).not.toContain('for everyone')
    expect(sim.requests.filter(r => r.path === '/models/metrics').map(r => r.query)).toEqual([
      '?aliases=anthropic%2Fclaude-sonnet-4.5'
    ])
  })

  it('everyone: the live metrics show the model slow for everyone', async () => {
    const result = await runStory('everyone')
    expect(result.outputs['error-category']).toBe('timeout')
    const words =
      "AIML's live metrics show `anthropic/claude-sonnet-4.5` slow for everyone right now (first token p50 21,500 ms, p90 52,000 ms): wait, or use the fallback."
    expect(result.summary).toContain(words)
    expect(warnings(result)[0]!.message).toContain(words)
    expect(result.summary).not.toContain('on your side')
  })

  it('silent for everyone: a model missing from the metrics served no one', async () => {
    const { scenario } = story('everyone')
    sim.setScenario({ ...scenario, apiKey: TEST_KEY, metrics: [] })
    const silent = await runAction({
      inputs: {
        'api-key': TEST_KEY,
        'base-url': sim.baseUrl,
        'fallback-models': 'gpt-4o',
        'timeout-seconds': '1',
        retries: '0'
      }
    })
    expect(silent.summary).toContain(
      "AIML's live metrics show no successful request to `anthropic/claude-sonnet-4.5` over the last 5 min: it is silent for everyone right now"
    )
  })
})
