/**
 * `npm run demo`, as a newcomer runs it: offline, exit 0, the Claude story told; every other
 * story too, and from any path (a space and a symbolic link in it), as the README promises.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../__fixtures__/action-runner.js'
import { readAsRunner } from '../../__fixtures__/runner-commands.js'
import { CATEGORIES } from '../../src/engine/classify/categories.js'
import { SCENARIOS } from '../../script/stories/index.ts'

/** Runs the demo with only PATH from this environment, bounded. */
function demo(args: string[], script = join(ROOT, 'script', 'demo.ts'), cwd = ROOT) {
  return spawnSync(process.execPath, [script, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 30_000
  })
}

describe('npm run demo', () => {
  it('prints the provider-access diagnosis and the gpt-4o fallback, and exits 0', () => {
    const result = demo([])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('category: provider-access')
    expect(result.stdout).toContain('Use now: gpt-4o')
    // Whose account refuses, and who can fix it.
    expect(result.stdout).toContain('The refusal comes from the account AIML itself holds')
    expect(result.stdout).toContain('only AIML can fix it')
    expect(result.stdout).toContain('To: help@aimlapi.com')
    // The annotation as the action wrote it, shown to a person but inert for a runner: the demo
    // may itself run in a `run:` step.
    expect(result.stdout).toContain(':\u200b:error::')
    expect(readAsRunner(result.stdout).commands).toEqual([])
    expect(result.stdout).toContain('## ❌ AIML model probe')
    expect(result.stdout).toContain('<!-- aiml-model-probe:anthropic/claude-sonnet-4.5 -->')
    expect(result.stdout).not.toContain('✗')
  })

  it('lists the stories one a line, the name first, then what it shows', () => {
    const result = demo(['--list'])
    expect(result.status).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map(line => line.split(/\s+/)[0])).toEqual(SCENARIOS.map(s => s.name))
    for (const [i, line] of lines.entries()) expect(line).toContain(SCENARIOS[i]!.description)
  })

  it.each(CATEGORIES.map(c => [c.id]))('has a story that ends in the category %s', id => {
    expect(SCENARIOS.map(s => s.expected.category)).toContain(id)
  })

  it('refuses an unknown story with exit 2, naming the stories there are', () => {
    const result = demo(['--scenario', 'claude-stroy'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("no story is called 'claude-stroy'")
    for (const { name } of SCENARIOS) expect(result.stderr).toContain(name)
    expect(result.stdout).toBe('')
  })

  it('refuses an unknown flag with exit 2 and the usage', () => {
    const result = demo(['--senario', 'healthy'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Usage: npm run demo')
  })
})

/** The text under a demo heading (`━━━ 4. …`), up to the next one. */
function section(stdout: string, number: string): string {
  return stdout.split(/^━━━ /m).find(part => part.startsWith(`${number}.`)) ?? ''
}

/** What a reader sees at first: folded `<details>` and code blocks left out. */
function unfolded(markdown: string): string {
  return markdown.replace(/<details>[\s\S]*?<\/details>/g, '').replace(/```[\s\S]*?```/g, '')
}

const count = (text: string, word: string) => text.split(word).length - 1

describe('each thing once, in the stories as told', () => {
  it('the default comment names gpt-4o once to use, and once in its one diff', () => {
    const result = demo([])
    const comment = section(result.stdout, '4')
    expect(count(unfolded(comment), 'gpt-4o')).toBe(1)
    expect(unfolded(comment)).toContain('**Use now:** `gpt-4o` — it answers with this key.')
    expect(
      comment.match(/```diff\n- model: anthropic\/claude-sonnet-4\.5\n\+ model: gpt-4o\n```/g)
    ).toHaveLength(1)
    expect(comment).not.toContain('AIML_MODEL')
    // The model is named by one heading, not two.
    expect(comment.match(/^#{3,4} /gm)).toHaveLength(1)
    // The summary: the table's "Use now" cell and the "Use now" line.
    expect(count(unfolded(section(result.stdout, '3')).split('### Attempts')[0]!, 'gpt-4o')).toBe(2)
  })

  it('the five-model table’s rows add up to the step’s cost, one diff for the step', () => {
    const result = demo(['--scenario', 'five-models'])
    const summary = section(result.stdout, '3')
    const rows = summary
      .split('\n')
      .filter(line => /^\| `/.test(line))
      .slice(0, 5)
      .map(row => row.split('|').at(-2)!.trim())
      .map(cell => (cell === '–' ? 0 : Number(cell.replace('$', ''))))
    const credits = Number(
      /\$[\d.]+ \(([\d,]+) credits\) · \*\*Took/.exec(summary)![1]!.replace(/,/g, '')
    )
    expect(rows.reduce((a, b) => a + b, 0)).toBeCloseTo(credits / 2_000_000, 9)
    const comment = section(result.stdout, '4')
    expect(comment.match(/```diff/g)).toHaveLength(1)
    expect(comment).toContain('| `claude-sonnet-4-5-20250929` | ⚠️ alias |')
    // The alias's section quotes the retired ID's own 404, not Claude's credit balance.
    const alias = comment.split('#### ')[2] ?? ''
    expect(alias).toContain('not found')
    expect(alias).not.toContain('credit balance')
  })

  it('the watch story shows the tracking issue, the comment that closes it and the dashboard', () => {
    const result = demo(['--scenario', 'watch'])
    expect(result.status).toBe(0)
    expect(section(result.stdout, '2')).toContain(
      '<!-- aiml-model-probe-issue:anthropic/claude-sonnet-4.5 -->'
    )
    expect(section(result.stdout, '3')).toMatch(/answered again .*, 1 check\. Closing\./)
    expect(section(result.stdout, '4')).toContain('<!-- aiml-model-probe-dashboard -->')
    expect(section(result.stdout, '4')).toMatch(
      /^\| ✅ `gpt-4o` \| 100% \| 100% \| .* \| – \| 2 \|$/m
    )
    expect(result.stdout).not.toContain('✗')
    expect(readAsRunner(result.stdout + result.stderr).commands).toEqual([])
  })
})

describe('from a path with a space and a symbolic link in it', () => {
  let dir = ''
  let link = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aiml probe demo '))
    link = join(dir, 'the repo')
    symlinkSync(ROOT, link, 'dir')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists the stories', () => {
    const result = demo(['--list'], join(link, 'script', 'demo.ts'), dir)
    expect(result.status).toBe(0)
    expect(result.stdout.split('\n')).toHaveLength(SCENARIOS.length + 1)
  })

  it.each(SCENARIOS.map(s => [s.name]))('tells %s end to end, and exits 0', name => {
    const result = demo(['--scenario', name], join(link, 'script', 'demo.ts'), dir)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`Story '${name}'`)
    expect(result.stdout).toContain('━━━ Checks')
    expect(result.stdout).not.toContain('✗')
    expect(readAsRunner(result.stdout + result.stderr).commands).toEqual([])
  })

  it('serves the simulator alone, with the URL to pass as --base-url', async () => {
    const child = spawn(process.execPath, [join(link, 'script', 'aiml-sim.ts'), 'claude-story'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = ''
        const timer = setTimeout(() => reject(new Error(`no URL in 10 s: ${out}`)), 10_000)
        child.stdout.on('data', chunk => {
          out += chunk
          if (out.includes('\n')) {
            clearTimeout(timer)
            resolve(out)
          }
        })
        child.on('exit', code => reject(new Error(`exited ${code}: ${out}`)))
      })
      const baseUrl = /at (http:\/\/127\.0\.0\.1:\d+\/v1)$/m.exec(line)?.[1]
      expect(baseUrl).toBeDefined()
      const catalog = (await (await fetch(`${baseUrl}/models`)).json()) as { data: unknown[] }
      expect(catalog.data.length).toBeGreaterThan(0)
    } finally {
      child.kill()
    }
  })
})
