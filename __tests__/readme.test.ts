/** The README documents what the code does: every input, output and category, with its default. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CATEGORIES } from '../src/engine/categories.js'
import { OUTPUT_NAMES } from '../src/github/outputs.js'
import { INPUT_NAMES } from '../src/settings.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const rows = readme.split('\n').filter(line => line.startsWith('| `'))
const row = (name: string) => rows.find(line => line.startsWith(`| \`${name}\` `))

describe('README', () => {
  it.each([...INPUT_NAMES, ...OUTPUT_NAMES])('has a table row for %s', name => {
    expect(row(name)).toBeDefined()
  })

  it.each(CATEGORIES.map(c => [c.id, c.failsByDefault] as const))(
    'gives %s its default verdict (fails: %p)',
    (id, fails) => {
      expect(row(id)).toMatch(new RegExp(`^\\| \`${id}\` +\\| ${fails ? 'fail' : 'warn'} +\\|`))
    }
  )

  it('gives the two local commands', () => {
    expect(readme).toContain('npm ci && npm test')
    expect(readme).toContain('npm ci && npm run demo')
  })
})
