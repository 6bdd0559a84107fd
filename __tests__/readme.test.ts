/**
 * The README documents what the code does and works as pasted: every input, output and
 * category with its default; every workflow complete, with the permissions it needs, using the
 * repository package.json names; the figures computed from the code's own constants.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { CATEGORIES } from '../src/engine/classify/categories.js'
import { BALANCE_WAIT_MS } from '../src/engine/evidence/evidence.js'
import { MAX_WAIT_MS } from '../src/engine/probe/probe.js'
import { probeBoundMs, SIDE_GRACE_MS } from '../src/engine/check/run.js'
import { OUTPUT_NAMES } from '../src/github/outputs.js'
import { INPUT_NAMES, inputDefault } from '../src/settings/settings.js'
import { corpus, familyOf, holdout, v3 } from '../__fixtures__/corpus.js'
import { yamlBlocks } from '../script/readme-blocks.ts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const rows = readme.split('\n').filter(line => line.startsWith('| `'))
const row = (name: string) => rows.find(line => line.startsWith(`| \`${name}\` `))

describe('README tables', () => {
  it.each([...INPUT_NAMES, ...OUTPUT_NAMES])('has a table row for %s', name => {
    expect(row(name)).toBeDefined()
  })

  it.each(CATEGORIES.map(c => [c.id, c.failsByDefault] as const))(
    'gives %s its default verdict (fails: %p)',
    (id, fails) => {
      expect(row(id)).toMatch(new RegExp(`^\\| \`${id}\` +\\| ${fails ? 'fail' : 'warn'} +\\|`))
    }
  )

  it('lists exactly the categories the code has, in its order', () => {
    const table = rows.filter(r => /^\| `[a-z-]+` +\| (fail|warn) +\|/.test(r))
    expect(table.map(r => /^\| `([a-z-]+)`/.exec(r)![1])).toEqual(CATEGORIES.map(c => c.id))
  })

  it('gives the two local commands', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readme).toContain('npm ci && npm run demo')
  })
})

// --- Every workflow, as pasted --------------------------------------------------------------

/** `owner/name` from package.json's `repository`: the one place that names it. */
const REPOSITORY = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(
  typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url
)![1]!
const MAJOR = `v${String(pkg.version).split('.')[0]}`

type Permissions = string | Record<string, string> | undefined
interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  'runs-on'?: unknown
  uses?: string
  steps?: Step[]
  permissions?: Permissions
}
interface Workflow {
  on?: unknown
  permissions?: Permissions
  jobs?: Record<string, Job>
}

function events(on: unknown): string[] {
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return on && typeof on === 'object' ? Object.keys(on) : []
}

/** Whether `permissions` grants `scope` at `level` (read is implied by write). */
function grants(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  if (permissions === 'write-all') return true
  if (permissions === 'read-all') return level === 'read'
  const given = typeof permissions === 'object' ? permissions[scope] : undefined
  return given === 'write' || (level === 'read' && given === 'read')
}

/**
 * What a job needs, by rule, from what its steps do and what starts the workflow: a checkout
 * reads contents; our step comments on a pull request (unless `comment-on-pr: never`) and
 * writes tracking issues (`issue: on-problem`, or `auto` on schedule and workflow_dispatch).
 */
function needs(workflow: Workflow, job: Job): [string, 'read' | 'write'][] {
  const on = events(workflow.on)
  const needed: [string, 'read' | 'write'][] = []
  for (const step of job.steps ?? []) {
    if (step.uses?.startsWith('actions/checkout@')) needed.push(['contents', 'read'])
    if (!step.uses?.startsWith(`${REPOSITORY}@`)) continue
    const comment = String(step.with?.['comment-on-pr'] ?? inputDefault('comment-on-pr'))
    if (comment !== 'never' && on.some(e => e === 'pull_request' || e === 'pull_request_target'))
      needed.push(['pull-requests', 'write'])
    const issue = String(step.with?.issue ?? 'auto')
    if (
      issue === 'on-problem' ||
      (issue === 'auto' && on.some(e => e === 'schedule' || e === 'workflow_dispatch'))
    )
      needed.push(['issues', 'write'])
  }
  return needed
}

const blocks = yamlBlocks(readme)

describe('README workflows', () => {
  it('are there to test', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
  })

  describe.each(blocks.map(b => [`line ${b.line}`, b] as const))(
    'the block at %s',
    (_at, block) => {
      const workflow = parse(block.text) as Workflow

      it('is a complete workflow: on, jobs, each with runs-on and steps', () => {
        expect(events(workflow.on).length).toBeGreaterThan(0)
        expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0)
        for (const job of Object.values(workflow.jobs ?? {})) {
          if (job.uses) continue
          expect(job['runs-on']).toBeDefined()
          expect(Array.isArray(job.steps) && job.steps.length > 0).toBe(true)
        }
      })

      it('sets its permissions, and grants each job what its steps need', () => {
        for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
          const permissions = job.permissions ?? workflow.permissions
          expect({ job: name, permissions }).toEqual({ job: name, permissions: expect.anything() })
          for (const [scope, level] of needs(workflow, job)) {
            expect({ job: name, scope, level, granted: grants(permissions, scope, level) }).toEqual(
              {
                job: name,
                scope,
                level,
                granted: true
              }
            )
          }
        }
      })

      it(`uses this action as ${REPOSITORY}@${MAJOR}`, () => {
        const ours = Object.values(workflow.jobs ?? {})
          .flatMap(job => job.steps ?? [])
          .map(step => step.uses ?? '')
          .filter(uses => /model-probe/.test(uses))
        for (const uses of ours) expect(uses).toBe(`${REPOSITORY}@${MAJOR}`)
      })
    }
  )

  it('says `uses:` with the repository package.json names, and no other', () => {
    const uses = [...readme.matchAll(/uses: ([^\s#]*model-probe[^\s#]*)/g)].map(m => m[1])
    expect(uses.length).toBeGreaterThan(0)
    expect(new Set(uses)).toEqual(new Set([`${REPOSITORY}@${MAJOR}`]))
  })
})

// --- Figures ---------------------------------------------------------------------------------

describe('README figures', () => {
  const seconds = (ms: number) => `${ms / 1000} s`

  it('states the time bound with the code’s constants', () => {
    expect(readme).toContain(`min(${seconds(MAX_WAIT_MS)}, timeout)`)
    expect(readme).toContain(
      `max(timeout, ${seconds(BALANCE_WAIT_MS)}) + ${seconds(SIDE_GRACE_MS)}`
    )
  })

  it('gives the bound for the defaults and for retries 0, timeout 1 s as the code computes it', () => {
    const defaults = probeBoundMs({
      retries: Number(inputDefault('retries')),
      timeoutMs: Number(inputDefault('timeout-seconds')) * 1000
    })
    const clock = `${Math.floor(defaults / 60_000)} min ${Math.round((defaults % 60_000) / 1000)} s`
    expect(readme).toContain(`${seconds(defaults)} (${clock}) with the defaults`)
    expect(readme).toContain(
      `${seconds(probeBoundMs({ retries: 0, timeoutMs: 1000 }))} with \`retries: 0\` and \`timeout-seconds: 1\``
    )
  })

  it('counts the corpus as the fixtures hold it', () => {
    const all = [...corpus, ...holdout]
    const families = new Set(all.map(familyOf)).size
    expect(readme).toContain(`${all.length} real error bodies from ${families} provider families`)
    const text = readme.replace(/\s+/g, ' ')
    expect(text).toContain(`${holdout.length} of them were set aside`)
    const [, v2, kinds, v3Held, v3All] =
      /(\d+) gathered for Diagnosis v2.*?, (\d+) image and embedding.*?and (\d+) of the (\d+) v3 bodies/.exec(
        text
      )!
    expect(Number(v2) + Number(kinds) + Number(v3Held)).toBe(holdout.length)
    expect(Number(v3Held)).toBe(v3.heldOut.length)
    expect(Number(v3All)).toBe(v3.heldOut.length + v3.trained.length)
  })
})

describe('.env.example', () => {
  const env = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')

  it('names only inputs action.yml has, as the runner spells them', () => {
    const names = [...env.matchAll(/^#? ?INPUT_([A-Z-]+)=/gm)].map(m => m[1]!.toLowerCase())
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) expect(INPUT_NAMES).toContain(name)
    expect(names).toContain('api-key')
  })
})
