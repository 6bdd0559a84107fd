/**
 * One version everywhere: package.json's, the CHANGELOG's newest release, the major the README's
 * and SECURITY.md's `uses:` lines name, and the notes the release workflow would take for it.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const pkg = JSON.parse(read('package.json')) as { version: string }
const lock = JSON.parse(read('package-lock.json')) as {
  version: string
  packages: Record<string, { version?: string }>
}
const changelog = read('CHANGELOG.md')
const major = `v${pkg.version.split('.')[0]}`

interface ReleaseWorkflow {
  jobs: { release: { steps: { id?: string; run?: string }[] } }
}

describe('the version', () => {
  it('is a release, not a prerelease, and package-lock.json agrees', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(lock.version).toBe(pkg.version)
    expect(lock.packages['']?.version).toBe(pkg.version)
  })

  it("is the CHANGELOG's newest release, with its link, below an Unreleased section", () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map(m => m[1])
    expect(headings[0]).toBe('Unreleased')
    expect(headings[1]).toBe(pkg.version)
    expect(changelog).toMatch(
      new RegExp(`^\\[${pkg.version.replace(/\./g, '\\.')}\\]: https://github\\.com/`, 'm')
    )
    expect(changelog).toMatch(
      new RegExp(`compare/v${pkg.version.replace(/\./g, '\\.')}\\.\\.\\.HEAD`)
    )
  })

  it('names the major the README and SECURITY.md tell users to run', () => {
    const uses = [...read('README.md').matchAll(/model-probe@(v\d+)\b/g)].map(m => m[1])
    expect(uses.length).toBeGreaterThan(0)
    expect(new Set(uses)).toEqual(new Set([major]))
    expect(read('SECURITY.md')).toContain(`@${major}`)
    expect(read('SECURITY.md')).not.toMatch(new RegExp(`@v(?!${major.slice(1)}\\b)\\d+`))
  })

  it("is the version of the CLI's package the README tells users to install", () => {
    const named = [
      ...read('README.md').matchAll(
        /aiml-model-probe-(\d+\.\d+\.\d+)\.tgz|download\/v(\d+\.\d+\.\d+)\//g
      )
    ].map(m => m[1] ?? m[2])
    expect(named.length).toBeGreaterThan(0)
    expect(new Set(named)).toEqual(new Set([pkg.version]))
  })

  it("gives the release workflow notes for this version's tag, from its own script", () => {
    const workflow = parse(read('.github/workflows/release.yml')) as ReleaseWorkflow
    const script = workflow.jobs.release.steps.find(step => step.id === 'version')?.run ?? ''
    const awk = /awk -v v="\$version" '([^']+)'/.exec(script)?.[1]
    expect(awk).toBeDefined()
    const notes = execFileSync('awk', ['-v', `v=${pkg.version}`, awk!], {
      input: changelog,
      encoding: 'utf8'
    })
    expect(notes).toContain(`@${major}`)
    expect(notes).toContain('### Added')
    expect(notes).not.toContain('## [')
  })
})
