import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../../__fixtures__/action-runner.js'
import { readAsRunner } from '../../__fixtures__/runner-commands.ts'
import { defuseCommands, defuseJson } from '../../src/render/workflow-commands.js'

/** Lines the runner executes, one per form it reads (ActionCommand.cs). */
const ATTACKS = [
  '::error::forged',
  '   ::warning title=x::indented forged',
  '\t::add-mask::secret',
  '\u00a0::error::after a no-break space',
  '::ERROR::upper case',
  'text ##[error]anywhere in a line',
  '##[error title=Deploy blocked]forged',
  '##[stop-commands]TOKEN',
  '##[add-mask]true',
  'a ##[set-output name=x]y ##[error]second',
  'line one\n::error::on the next line',
  'line one\r\n  ::error::after CRLF',
  'line one\r::error::after a lone CR'
]

describe('defuseCommands', () => {
  it('leaves nothing the runner would execute, in every form it reads', () => {
    for (const attack of ATTACKS) {
      expect(readAsRunner(attack).commands.length).toBeGreaterThan(0)
      expect(readAsRunner(defuseCommands(attack)).commands).toEqual([])
    }
  })

  it('changes nothing else a reader sees', () => {
    for (const attack of ATTACKS) {
      expect(defuseCommands(attack).replace(/\u200b/g, '')).toBe(attack)
    }
    const plain = 'gpt-4o answered in 312 ms: https://aimlapi.com/app/keys a::b [x]'
    expect(defuseCommands(plain)).toBe(plain)
  })

  it('holds over random mixes of the pieces', () => {
    const pieces = [
      '#',
      '##[',
      '[',
      ']',
      ':',
      '::',
      ' ',
      '\n',
      '\r',
      'error',
      'add-mask',
      'x',
      '\t'
    ]
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 12 }, () => pieces[next() % pieces.length]).join('')
      expect(readAsRunner(defuseCommands(text)).commands).toEqual([])
    }
  })
})

describe('defuseJson', () => {
  it('keeps every value exact, and the runner reads no command', () => {
    const value = { message: 'a ##[error]b ##[stop-commands]t', list: ['::error::x'] }
    const json = defuseJson(JSON.stringify(value, null, 2))
    expect(JSON.parse(json)).toEqual(value)
    expect(readAsRunner(json).commands).toEqual([])
  })
})

describe('one guard for every writer', () => {
  /** The only modules that may write to a step's output, each through defuseCommands. */
  const WRITERS = ['src/log/step-log.ts', 'src/cli/main.ts', 'src/cli/index.ts']
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap(e =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
    )

  it('no other module of src/ prints, logs or annotates', () => {
    const writes =
      /\bcore\.(info|warning|error|notice|debug|setFailed)\(|\bconsole\.(log|info|warn|error|debug)\(|\b(stdout|stderr)\.write\(/
    const offenders = files(join(ROOT, 'src'))
      .map(f => relative(ROOT, f))
      .filter(f => !WRITERS.includes(f) && writes.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(offenders).toEqual([])
  })

  it('every octokit is made by github/client.ts, which routes both of its loggers to the log', () => {
    const makers = files(join(ROOT, 'src'))
      .map(f => relative(ROOT, f))
      .filter(f => /\bgetOctokit\(|new Octokit\b/.test(readFileSync(join(ROOT, f), 'utf8')))
    expect(makers).toEqual(['src/github/client.ts'])
  })

  it('each writer defuses what it writes', () => {
    for (const file of WRITERS) {
      expect(readFileSync(join(ROOT, file), 'utf8')).toContain('defuseCommands(')
    }
  })
})
