/**
 * The watch, told by `npm run demo -- --scenario watch`: the action as a scheduled workflow runs
 * it (`on: schedule`), against the loopback simulator and the loopback fake of GitHub, once per
 * state of the story. It prints what a team would read: the tracking issue's body, the comment
 * that closes it when the model answers again, the dashboard issue's body and the last run's job
 * summary; then checks each.
 */
import { say } from './demo-output.ts'
import { runAction, type RunResult } from '../__fixtures__/action-runner.ts'
import type { AimlSim } from './aiml-sim.ts'
import type { GitHubFake } from './github-fake.ts'
import { modelsInput, type NamedScenario, type Watch } from './stories/index.ts'

interface Check {
  name: string
  ok: boolean
}

const ISSUE_MARKER = '<!-- aiml-model-probe-issue:'
const DASHBOARD_MARKER = '<!-- aiml-model-probe-dashboard -->'

export async function tellWatch(
  story: NamedScenario & { watch: Watch },
  sim: AimlSim,
  github: GitHubFake,
  key: string,
  heading: (text: string) => void
): Promise<{ checks: Check[]; texts: string[] }> {
  const run = (): Promise<RunResult> =>
    runAction({
      inputs: { 'api-key': key, 'base-url': sim.baseUrl, models: modelsInput(story.probe) },
      event: { name: 'schedule', payload: { schedule: '17 * * * *' } },
      githubApiUrl: github.url,
      killAfterMs: 60_000
    })
  const out = (text: string) => say(text.endsWith('\n') ? text : `${text}\n`)
  const texts: string[] = []
  const checks: Check[] = []

  heading('1. A scheduled run (on: schedule, hourly): the model is refused')
  const first = await run()
  out(
    `exit code ${first.code}; outputs: status=${first.outputs.status} model=${first.outputs.model}`
  )
  const tracking = github.issues.filter(i => i.body.includes(ISSUE_MARKER))
  const [issue] = tracking
  heading(`2. The tracking issue it opens${issue ? ` (#${issue.number}: ${issue.title})` : ''}`)
  out(issue?.body ?? '(none)')
  checks.push({
    name: `one tracking issue, titled with the model and ${story.expected.category}`,
    ok:
      first.code === story.expected.exitCode &&
      tracking.length === 1 &&
      Boolean(issue?.title.includes(story.expected.category))
  })

  let last = first
  for (const next of story.watch.later) {
    sim.setScenario(next)
    last = await run()
  }
  const comments = issue ? (github.comments.get(issue.number) ?? []) : []
  heading(`3. The next run: the model answers again; the comment on #${issue?.number ?? '?'}`)
  out(`exit code ${last.code}; the issue is ${issue?.state ?? 'missing'}`)
  out(comments.map(c => c.body).join('\n\n---\n\n') || '(none)')
  checks.push({
    name: 'one "answered again" comment, and the issue is closed',
    ok:
      last.code === 0 &&
      comments.length === 1 &&
      /answered again/i.test(comments[0]?.body ?? '') &&
      issue?.state === 'closed'
  })

  const dashboards = github.issues.filter(i => i.body.includes(DASHBOARD_MARKER))
  const [dashboard] = dashboards
  heading(
    `4. The dashboard issue, edited in place by each run${dashboard ? ` (#${dashboard.number}: ${dashboard.title})` : ''}`
  )
  out(dashboard?.body ?? '(none)')
  checks.push({
    name: 'one dashboard issue, never commented on, with a row per model',
    ok:
      dashboards.length === 1 &&
      (github.comments.get(dashboard!.number) ?? []).length === 0 &&
      story.probe.models.every(m =>
        dashboard!.body.split('\n').some(row => row.startsWith('| ') && row.includes(`\`${m.id}\``))
      )
  })

  heading('5. The last run’s job summary')
  out(last.summary)
  texts.push(first.everything, last.everything, ...github.issues.map(i => i.body))
  texts.push(...comments.map(c => c.body))
  return { checks, texts }
}
