/**
 * The house, held (SPEC "The house"): src/ is rooms in pipeline order, and imports flow one way.
 * Every module under src/ is read and its imports parsed by TypeScript itself (static imports,
 * `import type`, re-exports, dynamic `import()` and `typeof import()`: a type import counts);
 * the check fails on an import circle, a folder of more than 15 modules, a module of more than
 * 250 lines, a module in no declared room, a room without its README.md, and an import of a
 * room declared later than the importer's.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import ts from 'typescript'

/**
 * The rooms of src/, earliest first. A module may import its own room and the rooms before it,
 * never one after: the engine's stages in the order a probe runs through them, then the faces
 * around the engine, then the entry points (`.`: index.ts, main.ts, lib.ts).
 */
const ROOMS = [
  'engine/send',
  'engine/read',
  'engine/classify',
  'engine/evidence',
  'engine/probe',
  'engine/decide',
  'engine/words',
  'engine/check',
  'settings',
  'render',
  'log',
  'github',
  'dashboard',
  'cli',
  '.'
] as const

const MAX_MODULES = 15
const MAX_LINES = 250

const repo = join(dirname(new URL(import.meta.url).pathname), '..')
const src = join(repo, 'src')

interface Module {
  /** Relative to src/, with `/`: `engine/send/transport.ts`. */
  path: string
  lines: number
  /** The modules of ours it imports, as paths relative to src/. */
  imports: string[]
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return walk(path)
    return entry.name.endsWith('.ts') ? [relative(src, path).split('\\').join('/')] : []
  })
}

/** Every specifier the file names, as TypeScript's own pre-parser finds them. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(f => f.fileName)
}

/** A relative specifier as the module it names (`./x.js` is `x.ts`); null for a package. */
function resolveImport(from: string, specifier: string, known: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null
  const base = posix.normalize(posix.join(posix.dirname(from), specifier))
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, `${base}/index.ts`]
  return candidates.find(c => known.has(c)) ?? base
}

function readModules(): Module[] {
  const paths = walk(src)
  const known = new Set(paths)
  return paths.map(path => {
    const text = readFileSync(join(src, path), 'utf8')
    const imports = specifiers(text)
      .map(s => resolveImport(path, s, known))
      .filter((p): p is string => p !== null)
    return { path, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), imports }
  })
}

const roomOf = (path: string): string => posix.dirname(path)
const shown = (path: string): string => `src/${path}`

/** One circle of each strongly connected group of modules (Tarjan), each as a path back to its start. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []
  const visit = (v: string): void => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      group.push(w)
    } while (w !== v)
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group)
  }
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v)
  // Within a group, the shortest way from its first module back to itself.
  return groups.map(group => {
    const inGroup = new Set(group)
    const start = [...group].sort()[0]!
    const from = new Map<string, string>()
    const queue = [start]
    while (queue.length > 0) {
      const v = queue.shift()!
      for (const w of graph.get(v) ?? []) {
        if (!inGroup.has(w)) continue
        if (w === start) {
          const path = [v]
          while (path[0] !== start) path.unshift(from.get(path[0]!)!)
          return [...path, start]
        }
        if (!from.has(w)) {
          from.set(w, v)
          queue.push(w)
        }
      }
    }
    return [start, start]
  })
}

/** Everything wrong with the house, one sentence each; empty when it is in order. */
function problems(modules: readonly Module[], rooms: readonly string[]): string[] {
  const found: string[] = []
  const graph = new Map(modules.map(m => [m.path, m.imports]))
  for (const circle of circles(graph)) {
    found.push(`import circle: ${circle.map(shown).join(' → ')}`)
  }
  const byFolder = new Map<string, Module[]>()
  for (const m of modules)
    byFolder.set(roomOf(m.path), [...(byFolder.get(roomOf(m.path)) ?? []), m])
  for (const [folder, held] of byFolder) {
    if (held.length > MAX_MODULES) {
      found.push(
        `src/${folder}/ holds ${held.length} modules (at most ${MAX_MODULES}): split it into rooms`
      )
    }
  }
  for (const m of modules) {
    if (m.lines > MAX_LINES) {
      found.push(`${shown(m.path)} is ${m.lines} lines long (at most ${MAX_LINES})`)
    }
  }
  for (const folder of byFolder.keys()) {
    if (!rooms.includes(folder)) {
      found.push(`src/${folder}/ is in no declared room: add it to ROOMS in its place`)
    }
  }
  for (const room of rooms) {
    if (!existsSync(join(src, room, 'README.md'))) {
      found.push(`src/${room}/ opens with no README.md (what it holds, what it may import)`)
    }
  }
  for (const m of modules) {
    const mine = rooms.indexOf(roomOf(m.path))
    for (const target of m.imports) {
      const theirs = rooms.indexOf(roomOf(target))
      if (mine >= 0 && theirs > mine) {
        found.push(
          `${shown(m.path)} (${roomOf(m.path)}) imports ${shown(target)} (${roomOf(target)}), a room declared after its own`
        )
      }
    }
  }
  return found
}

describe('the house', () => {
  const modules = readModules()

  it('reads every module under src/ and every kind of import', () => {
    expect(modules.length).toBeGreaterThan(90)
    const text = [
      "import { a } from './a.js'",
      "import type { B } from './b.js'",
      "export { c } from './c.js'",
      "export type * from './d.js'",
      "const e = await import('./e.js')",
      "type F = typeof import('./f.js')"
    ].join('\n')
    expect(specifiers(text)).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js'])
  })

  it('finds a circle and prints it', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []]
    ])
    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']])
    expect(circles(new Map([['a.ts', ['d.ts']]]))).toEqual([])
  })

  it('holds src/ to its rooms: no circle, no crowded folder, no long module, one direction', () => {
    expect(problems(modules, ROOMS)).toEqual([])
  })

  it('draws the rooms in the README as they are: each room, its count of modules', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8')
    const drawn = [...readme.matchAll(/^src\/([\w/]+)\/ +(\d+) {2}/gm)].map(m => [
      m[1],
      Number(m[2])
    ])
    const counted = ROOMS.filter(room => room !== '.').map(room => [
      room,
      modules.filter(m => posix.dirname(m.path) === room).length
    ])
    expect(drawn).toEqual(counted)
  })
})
