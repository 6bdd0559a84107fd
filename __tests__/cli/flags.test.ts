import { describe, expect, it } from '@jest/globals'
import { CATEGORIES } from '../../src/engine/classify/categories.js'
import { FLAG_HELP, INPUT_FLAGS, inputsFromFlags, renderHelp } from '../../src/cli/flags.js'
import { inputDefault, parseSettings } from '../../src/settings/settings.js'

/** The help with its wrapped lines joined, so a long default reads as one line. */
const help = renderHelp().replace(/\n {20,}/g, ' ')

describe('--help', () => {
  it.each(INPUT_FLAGS)('lists --%s with what it takes and its default from the schema', name => {
    expect(FLAG_HELP[name]).toBeDefined()
    const line = help.split('\n').find(l => l.startsWith(`  --${name} `))
    expect(line).toBeDefined()
    const fallback = inputDefault(name)
    if (fallback) expect(line).toContain(`default: ${fallback}`)
  })

  it.each(CATEGORIES.map(c => [c.id, c.failsByDefault] as const))(
    'names the category %s with its default verdict (exit 1: %p)',
    (id, fails) => {
      expect(help).toMatch(new RegExp(`^  ${id} +${fails ? 'exit 1' : 'warn'} `, 'm'))
    }
  )

  it('names the key variable, the other flags and the exit codes', () => {
    for (const text of ['AIML_API_KEY', '--json', '--no-color', '--help', 'Exit status: 0'])
      expect(help).toContain(text)
  })

  it('keeps every line within 100 columns', () => {
    for (const line of renderHelp().split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })
})

describe('inputsFromFlags', () => {
  const settingsOf = (values: Parameters<typeof inputsFromFlags>[0]) => {
    const raw = inputsFromFlags(values)
    if ('problem' in raw) throw new Error(raw.problem)
    return parseSettings({ ...raw, 'api-key': 'sk-test-0123456789' })
  }
  const table = (values: Parameters<typeof inputsFromFlags>[0]) =>
    settingsOf(values).models.map(m => [m.kind, m.id, m.fallbacks.join(',')])

  it('takes one --model as the model input, with the default fallback', () => {
    expect(table({ model: ['gpt-4o-mini'] })).toEqual([['chat', 'gpt-4o-mini', 'gpt-4o']])
  })

  it('gives each repeated --model the --fallback-models', () => {
    expect(
      table({
        model: ['anthropic/claude-sonnet-4.5', 'google/gemini-2.5-pro'],
        'fallback-models': 'gpt-4o, x/y'
      })
    ).toEqual([
      ['chat', 'anthropic/claude-sonnet-4.5', 'gpt-4o,x/y'],
      ['chat', 'google/gemini-2.5-pro', 'gpt-4o,x/y']
    ])
  })

  it("gives repeated --model no fallback with --fallback-models ''", () => {
    expect(table({ model: ['a/b', 'image:flux/schnell'], 'fallback-models': '' })).toEqual([
      ['chat', 'a/b', ''],
      ['image', 'flux/schnell', '']
    ])
  })

  it('reads a kind prefix on a single --model', () => {
    expect(table({ model: ['embedding:text-embedding-3-small'], 'fallback-models': '' })).toEqual([
      ['embedding', 'text-embedding-3-small', '']
    ])
  })

  it("takes --models with ';' or new lines between entries", () => {
    const expected = [
      ['chat', 'anthropic/claude-sonnet-4.5', 'gpt-4o'],
      ['image', 'flux/schnell', 'flux/dev']
    ]
    expect(
      table({ models: 'anthropic/claude-sonnet-4.5 -> gpt-4o; image:flux/schnell -> flux/dev' })
    ).toEqual(expected)
    expect(
      table({ models: 'anthropic/claude-sonnet-4.5 -> gpt-4o\nimage:flux/schnell -> flux/dev' })
    ).toEqual(expected)
  })

  it.each([
    [{ models: 'a', model: ['b'] }, /--models replaces --model and --fallback-models/],
    [{ models: 'a', 'fallback-models': 'b' }, /--models replaces/],
    [
      { model: [' '] },
      /--model is empty: give a model ID, or leave the flag out to probe anthropic/
    ],
    [{ model: ['a', 'b c'] }, /--model must be a model ID .*got 'b c'/],
    [{ model: ['a', 'image:a'] }, /--model names 'a' twice/]
  ] as const)('refuses %j', (values, problem) => {
    const raw = inputsFromFlags(values)
    expect('problem' in raw && raw.problem).toMatch(problem)
  })
})
