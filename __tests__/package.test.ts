/**
 * What the package holds and what it needs: `npm pack` ships what users run (the bundle,
 * action.yml and the documents), never the tests; and Node 24 is required with a clear message.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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
      'action.yml',
      'dist/index.js',
      'dist/cli/index.js',
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
    // The bundle is most of it: about 1.2 MB packed, 6 MB unpacked today.
    expect(size).toBeLessThan(2_000_000)
    expect(unpackedSize).toBeLessThan(10_000_000)
  })

  it('names the bin that the package holds', () => {
    const { files } = packed()
    const bins = Object.values(pkg.bin as Record<string, string>)
    for (const bin of bins) expect(files.map(f => f.path)).toContain(bin)
  })
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
