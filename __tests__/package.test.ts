/**
 * What the package holds and what it needs: `npm pack` ships what a terminal or a script runs
 * (the CLI's bundle, the engine's bundle and its types, the documents), never the action's bundle
 * (the action runs from the repository, by `uses:`) nor the tests; installed from the packed
 * file into a temporary prefix, the command works and `import` runs nothing; and Node 24 is
 * required with a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

interface Packed {
  size: number
  unpackedSize: number
  files: { path: string; size: number }[]
}

describe('npm pack', () => {
  // npm is next to the node that runs the tests (npm test puts it first in PATH).
  let cached: Packed | undefined
  const packed = (): Packed =>
    (cached ??= (
      JSON.parse(
        execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore']
        })
      ) as Packed[]
    )[0]!)

  it('holds what users run and the documents, and no tests, fixtures or sources', () => {
    const { files, size, unpackedSize } = packed()
    const paths = files.map(f => f.path)
    for (const needed of [
      'dist/cli/index.js',
      'dist/lib/index.js',
      'dist/types/lib.d.ts',
      'README.md',
      'LICENSE',
      'SECURITY.md',
      'CHANGELOG.md',
      'package.json'
    ]) {
      expect(paths).toContain(needed)
    }
    expect(
      paths.filter(p => /^(__tests__|__fixtures__|src|script|\.github|\.ci)\//.test(p))
    ).toEqual([])
    // The CLI needs nothing of the action's bundle.
    expect(paths.filter(p => /^dist\/[^/]+\.js$/.test(p) || p === 'action.yml')).toEqual([])
    // The bundles are most of it: about 1.2 MB packed, 6 MB unpacked today.
    expect(size).toBeLessThan(2_000_000)
    expect(unpackedSize).toBeLessThan(10_000_000)
  })

  it('names the bin that the package holds', () => {
    const { files } = packed()
    const bins = Object.values(pkg.bin as Record<string, string>)
    for (const bin of bins) expect(files.map(f => f.path)).toContain(bin)
  })
})

describe('installed from the packed file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aiml-probe-install-'))
  let tarball = ''
  beforeAll(() => {
    const out = execFileSync(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', dir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }
    )
    tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename)
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const npm = (args: string[], cwd: string) =>
    execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })

  it('gives the command `aiml-model-probe` with npm install -g, needing nothing from a registry', () => {
    const prefix = join(dir, 'global')
    npm(['install', '--global', '--prefix', prefix, tarball], dir)
    const bin = join(prefix, 'bin', 'aiml-model-probe')
    expect(existsSync(bin)).toBe(true)
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: aiml-model-probe/)
    const noKey = spawnSync(bin, ['--model', 'gpt-4o'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    })
    expect(noKey.status).toBe(2)
    expect(noKey.stderr).toContain('AIML_API_KEY is not set')
  }, 60_000)

  it('lets a script import the engine, typed, and importing it runs nothing', () => {
    const project = join(dir, 'project')
    mkdirSync(project)
    writeFileSync(
      join(project, 'package.json'),
      '{"name":"uses-probe","private":true,"type":"module"}'
    )
    npm(['install', tarball], project)
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('aiml-model-probe'); console.log(Object.keys(m).sort().join(' '))"
      ],
      { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } }
    )
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe(
      'INPUT_NAMES SettingsError parseSettings reportDocument runCheck'
    )
    expect(existsSync(join(project, 'node_modules/aiml-model-probe/dist/types/lib.d.ts'))).toBe(
      true
    )
  }, 60_000)
})

describe('Node 24', () => {
  it('is required by engines, and npm ci refuses another (engine-strict)', () => {
    expect(pkg.engines.node).toBe('>=24')
    expect(readFileSync(new URL('../.npmrc', import.meta.url), 'utf8')).toMatch(
      /^engine-strict=true$/m
    )
    expect(readFileSync(new URL('../.node-version', import.meta.url), 'utf8').trim()).toBe('24')
  })

  it.each(['pretest', 'predemo', 'prebench'])('%s checks the version first', script => {
    expect(pkg.scripts[script]).toBe('node script/check-node.mjs')
  })

  const check = (version: string | null) => {
    const pretend =
      version === null
        ? []
        : [
            '--import',
            `data:text/javascript,Object.defineProperty(process,'version',{value:'v${version}'});Object.defineProperty(process,'versions',{value:{...process.versions,node:'${version}'}})`
          ]
    return spawnSync(process.execPath, [...pretend, 'script/check-node.mjs'], {
      cwd: ROOT,
      encoding: 'utf8'
    })
  }

  it('passes on this Node', () => {
    expect(check(null).status).toBe(0)
  })

  it('stops Node 20 with one clear message', () => {
    const result = check('20.20.2')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(
      'aiml-model-probe needs Node 24 or newer; this is Node v20.20.2.'
    )
  })
})
