/**
 * Each default is written once, in the settings schema; action.yml, the CLI's help and the
 * README's inputs table must say the same. Generic over action.yml: an input added there is
 * held to this without a line here.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT_FLAGS, renderHelp } from '../src/cli/flags.js'
import {
  INPUT_NAMES,
  inputDefault,
  parseSettings,
  type InputName
} from '../src/settings/settings.js'

interface ActionInput {
  required?: boolean
  default?: string
}
const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, ActionInput>
}
const inputs = Object.entries(action.inputs)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const help = renderHelp().replace(/\n {20,}/g, ' ')
const KEY = { 'api-key': 'sk-test-0123456789abcdef' }

/** A default the runner fills in (`${{ github.token }}`): the schema never sees it as text. */
const isExpression = (value: string) => /^\$\{\{.*\}\}$/.test(value.trim())

describe('action.yml and the settings schema', () => {
  it('declare the same inputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  it.each(inputs)('%s: the schema applies the default action.yml declares', (name, input) => {
    if (input.required) {
      expect(input.default).toBeUndefined()
      expect(inputDefault(name as InputName)).toBeUndefined()
      return
    }
    const declared = String(input.default ?? '')
    if (isExpression(declared)) return
    expect(inputDefault(name as InputName) ?? '').toBe(declared)
    // And it behaves as the default: given it, or leaving the input out, is the same.
    expect(parseSettings({ ...KEY, [name]: declared })).toEqual(parseSettings(KEY))
  })
})

describe('the CLI help', () => {
  it.each(inputs.filter(([name]) => (INPUT_FLAGS as readonly string[]).includes(name)))(
    '--%s shows the default action.yml declares',
    (name, input) => {
      const declared = String(input.default ?? '')
      const line = help.split('\n').find(l => l.startsWith(`  --${name} `))
      expect(line).toBeDefined()
      if (declared === '') expect(line).not.toContain('default:')
      else expect(line).toContain(`default: ${declared}`)
    }
  )
})

describe('the README inputs table', () => {
  it.each(inputs)('%s: its default column says what action.yml declares', (name, input) => {
    const row = readme.split('\n').find(l => l.startsWith(`| \`${name}\` `))
    expect(row).toBeDefined()
    const cell = row!.split('|')[2]!.trim()
    const declared = String(input.default ?? '')
    if (input.required) expect(cell).toBe('required')
    else if (declared === '') expect(cell).toMatch(/^(empty|none)$/)
    else expect(cell).toBe(`\`${declared}\``)
  })
})
