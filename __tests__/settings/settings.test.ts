import { describe, expect, it } from '@jest/globals'
import { DEFAULT_FAIL_ON } from '../../src/engine/classify/categories.js'
import { parseFailOn } from '../../src/settings/fail-on.js'
import { parseSettings, SettingsError } from '../../src/settings/settings.js'

const KEY = 'sk-aiml-0123456789abcdef'

describe('parseSettings', () => {
  it('fills defaults from the schema and freezes the result', () => {
    const settings = parseSettings({ 'api-key': KEY })
    expect(settings).toEqual({
      apiKey: KEY,
      models: [
        { id: 'anthropic/claude-sonnet-4.5', kind: 'chat', declared: false, fallbacks: ['gpt-4o'] }
      ],
      model: 'anthropic/claude-sonnet-4.5',
      fallbackModels: ['gpt-4o'],
      baseUrl: 'https://api.aimlapi.com/v1',
      failOn: DEFAULT_FAIL_ON,
      retries: 2,
      timeoutMs: 30_000,
      failBeforeShutdownDays: 0,
      commentOnPr: 'on-problem',
      issue: 'auto',
      dashboard: 'auto',
      commentKey: '',
      githubToken: '',
      prompt: 'Reply with the single word: ok',
      maxTokens: 16,
      maxLatencyMs: 0,
      maxTtftMs: 0
    })
    expect(Object.isFrozen(settings)).toBe(true)
    expect(Object.isFrozen(settings.fallbackModels)).toBe(true)
  })

  it('reads `issue` in any case, and refuses another word naming the three', () => {
    expect(parseSettings({ 'api-key': KEY, issue: ' On-Problem ' }).issue).toBe('on-problem')
    expect(parseSettings({ 'api-key': KEY, issue: 'never' }).issue).toBe('never')
    expect(() => parseSettings({ 'api-key': KEY, issue: 'always' })).toThrow(
      "Input 'issue' must be one of auto, on-problem, never; got 'always'."
    )
  })

  it('reads `dashboard` in any case, and refuses another word naming the three', () => {
    expect(parseSettings({ 'api-key': KEY, dashboard: ' ON ' }).dashboard).toBe('on')
    expect(parseSettings({ 'api-key': KEY, dashboard: 'never' }).dashboard).toBe('never')
    expect(() => parseSettings({ 'api-key': KEY, dashboard: 'always' })).toThrow(
      "Input 'dashboard' must be one of auto, on, never; got 'always'."
    )
  })

  it('reads a model table: kinds, fallbacks, comments', () => {
    const settings = parseSettings({
      'api-key': KEY,
      models: [
        '# the app’s models',
        'anthropic/claude-sonnet-4.5 -> gpt-4o, openai/gpt-4o-mini',
        '',
        'image:flux/schnell -> flux/dev  # images',
        'embedding:text-embedding-3-small',
        'audio:whisper-1',
        'mistralai/mistral:7b'
      ].join('\n')
    })
    expect(settings.models).toEqual([
      {
        id: 'anthropic/claude-sonnet-4.5',
        kind: 'chat',
        declared: false,
        fallbacks: ['gpt-4o', 'openai/gpt-4o-mini'],
        line: true
      },
      { id: 'flux/schnell', kind: 'image', declared: true, fallbacks: ['flux/dev'], line: true },
      {
        id: 'text-embedding-3-small',
        kind: 'embedding',
        declared: true,
        fallbacks: [],
        line: true
      },
      { id: 'whisper-1', kind: 'audio', declared: true, fallbacks: [], line: true },
      // Only the kind words are prefixes: IDs contain colons.
      { id: 'mistralai/mistral:7b', kind: 'chat', declared: false, fallbacks: [], line: true }
    ])
  })

  it('tells a model given as `model` from one written as a line of `models`', () => {
    expect(parseSettings({ 'api-key': KEY, model: 'gpt-4o' }).models[0]?.line).toBeUndefined()
    expect(parseSettings({ 'api-key': KEY, models: 'gpt-4o' }).models[0]?.line).toBe(true)
  })

  it.each([
    ['a duplicate', 'gpt-4o\ngpt-4o', /lists 'gpt-4o' twice/],
    ['too many', Array.from({ length: 21 }, (_, i) => `m-${i}`).join('\n'), /at most 20 models/],
    ['a bad ID', 'gpt 4o', /line 1 is not a model ID/],
    ['two arrows', 'a -> b -> c', /more than one '->'/],
    ['only a kind', 'gpt-4o\nchat:', /only a kind on line 2, no model ID: 'chat:'/],
    ['only a kind and spaces', 'image:  -> flux/schnell', /only a kind on line 1/]
  ])('refuses a model table with %s', (_name, models, message) => {
    expect(() => parseSettings({ 'api-key': KEY, models })).toThrow(message)
  })

  it('refuses models beside a model or fallback-models that differs from its default', () => {
    expect(() => parseSettings({ 'api-key': KEY, models: 'gpt-4o', model: 'o3-mini' })).toThrow(
      /'models' replaces 'model' and 'fallback-models'/
    )
    expect(() =>
      parseSettings({ 'api-key': KEY, models: 'gpt-4o', 'fallback-models': 'o3-mini' })
    ).toThrow(/'models' replaces/)
    expect(
      parseSettings({ 'api-key': KEY, models: 'o3-mini', 'fallback-models': 'gpt-4o' }).models
    ).toHaveLength(1)
  })

  it('reads lists, decimals and loopback http', () => {
    const settings = parseSettings({
      'api-key': ` ${KEY}\n`,
      model: 'o3-mini',
      'fallback-models': 'gpt-4o,\n openai/gpt-4o-mini ,, gpt-4o\no3-mini',
      'base-url': 'http://127.0.0.1:8080/v1/',
      'timeout-seconds': '2.5',
      retries: '0',
      'fail-on': 'Auth\nrate-limited  server-error'
    })
    expect(settings.apiKey).toBe(KEY)
    // Duplicates and the configured model itself are dropped.
    expect(settings.fallbackModels).toEqual(['gpt-4o', 'openai/gpt-4o-mini'])
    expect(settings.baseUrl).toBe('http://127.0.0.1:8080/v1')
    expect(settings.timeoutMs).toBe(2500)
    expect(settings.retries).toBe(0)
    expect(settings.failOn).toEqual(['auth', 'rate-limited', 'server-error'])
  })

  it.each([
    ['', ''],
    ['  ', ''],
    [' chat models ', 'chat models'],
    ['nightly+images/v2', 'nightly+images/v2']
  ])('reads comment-key %j as %j (empty: the default)', (value, key) => {
    expect(parseSettings({ 'api-key': KEY, 'comment-key': value }).commentKey).toBe(key)
  })

  it('reads fail-before-shutdown-days as whole days, blank as the default 0', () => {
    expect(
      parseSettings({ 'api-key': KEY, 'fail-before-shutdown-days': ' 14 ' }).failBeforeShutdownDays
    ).toBe(14)
    expect(
      parseSettings({ 'api-key': KEY, 'fail-before-shutdown-days': '' }).failBeforeShutdownDays
    ).toBe(0)
  })

  it('accepts an empty fallback list as "no fallback"', () => {
    expect(parseSettings({ 'api-key': KEY, 'fallback-models': '' }).fallbackModels).toEqual([])
  })

  it.each(['http://localhost:1/v1', 'http://[::1]:1/v1', 'http://127.5.6.7/v1'])(
    'accepts loopback %s over http',
    url => {
      expect(parseSettings({ 'api-key': KEY, 'base-url': url }).baseUrl).toBe(url)
    }
  )

  it.each([
    ['base-url', 'http://10.0.0.1/v1', /must use https/],
    ['base-url', 'http://localhost.evil.com/v1', /must use https/],
    ['base-url', 'https://user:pw@api.aimlapi.com/v1', /must not carry credentials/],
    ['base-url', 'ftp://api.aimlapi.com/v1', /must be an https:\/\/ URL/],
    ['retries', '-1', /whole number from 0 to 10/],
    ['fail-before-shutdown-days', '-1', /whole number from 0 to 3650/],
    ['fail-before-shutdown-days', '1.5', /whole number from 0 to 3650; got '1\.5'/],
    ['fail-before-shutdown-days', 'two weeks', /whole number from 0 to 3650/],
    ['timeout-seconds', 'abc', /above 0 and at most 600/],
    ['max-tokens', '4097', /from 1 to 4096/],
    ['prompt', 'long'.repeat(501), /at most 2000 characters/],
    ['comment-key', 'x --> <img>', /must be a short name/],
    ['comment-key', '-leading-dash', /must be a short name/],
    ['comment-key', 'k'.repeat(201), /must be a short name/]
  ])('refuses %s = %j', (name, value, message) => {
    expect(() => parseSettings({ 'api-key': KEY, [name]: value })).toThrow(SettingsError)
    expect(() => parseSettings({ 'api-key': KEY, [name]: value })).toThrow(
      new RegExp(`Input '${name}' .*${message.source}`)
    )
  })

  it('tells a blank key from a missing secret, and names forks', () => {
    expect(() => parseSettings({ 'api-key': '  ' })).toThrow(
      /secret it names is not set.*forks receive no secrets/s
    )
  })

  it('cuts a long value it quotes, so a pasted secret cannot fill the log', () => {
    const pasted = `sk-${'x'.repeat(80)}`
    expect(() => parseSettings({ 'api-key': KEY, retries: pasted })).toThrow(/got 'sk-x{54}\.\.\.'/)
  })

  it('never rounds a tiny timeout down to nothing', () => {
    expect(parseSettings({ 'api-key': KEY, 'timeout-seconds': '0.0001' }).timeoutMs).toBe(1)
  })
})

describe('a pasted key', () => {
  // SPEC: whitespace inside, quotes of any kind, control or non-ASCII characters mean the key
  // was pasted wrong; it is refused before any request, and the refusal never shows it.
  it.each([
    ['a space inside', 'sk-aiml-0123 456789abcdef', /whitespace inside it/],
    ['a line break inside', 'sk-aiml-012345\n6789abcdef', /whitespace inside it/],
    ['a no-break space inside', 'sk-aiml-012345\u00a06789abcdef', /whitespace inside it/],
    ['double quotes', '"sk-aiml-0123456789abcdef"', /quotes/],
    ['single quotes', "'sk-aiml-0123456789abcdef'", /quotes/],
    ['curly double quotes', '\u201csk-aiml-0123456789abcdef\u201d', /quotes/],
    ['curly single quotes', '\u2018sk-aiml-0123456789abcdef\u2019', /quotes/],
    ['a backtick', '`sk-aiml-0123456789abcdef`', /quotes/],
    ['a control character', 'sk-aiml-0123\u00076789abcdef', /control character/],
    ['an escape sequence', 'sk-aiml-0123\u001b[0m6789abcdef', /control character/],
    ['a zero-width space', 'sk-aiml-0123\u200b456789abcdef', /non-ASCII.*U\+200B/],
    ['a byte-order mark', '\ufeffsk-aiml-0123456789abcdef', /non-ASCII.*U\+FEFF/],
    ['a Cyrillic look-alike', 'sk-aiml-0123456789\u0430bcdef', /non-ASCII.*U\+0430/]
  ])('refuses a key with %s, naming api-key and never showing the key', (_name, key, why) => {
    let message = ''
    try {
      parseSettings({ 'api-key': key })
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError)
      message = (error as Error).message
    }
    expect(message).toMatch(/^Input 'api-key' /)
    expect(message).toMatch(why)
    expect(message).toMatch(/pasted/)
    expect(message).not.toContain('0123')
    expect(message).not.toContain('6789')
    expect(message).not.toContain('sk-aiml')
  })

  it('still trims the whitespace around a key', () => {
    expect(parseSettings({ 'api-key': `  ${KEY}\n` }).apiKey).toBe(KEY)
  })
})

describe('base-url refusals never quote a secret', () => {
  it.each([
    ['user info', 'https://user:hunter2secret@api.aimlapi.com/v1', /must not carry credentials/],
    ['a user name alone', 'https://hunter2secret@api.aimlapi.com/v1', /must not carry credentials/],
    ['a query', 'https://api.aimlapi.com/v1?api_key=hunter2secret', /query or fragment/],
    ['a fragment', 'https://api.aimlapi.com/v1#hunter2secret', /query or fragment/],
    ['an empty query', 'https://api.aimlapi.com/v1?', /query or fragment/],
    ['spaces in the user info', 'https://user:p@ss word@host', /credentials/],
    ['an unparsable URL with a query', 'https://exa mple.com/v1?key=hunter2secret', /absolute URL/],
    ['an unparsable URL with user info', 'https://us er:hunter2secret@ho st/v1', /absolute URL/],
    ['a password holding a slash', 'https://user:hunter2/secret@host/v1', /absolute URL/],
    [
      'a password holding a question mark',
      'https://user:hunter2?secret@host/v1',
      /absolute URL|credentials/
    ],
    ['a URL without scheme, with user info', 'user:hunter2secret@api.aimlapi.com/v1', /https/],
    ['http to a remote host with a query', 'http://10.0.0.1/v1?key=hunter2secret', /https/],
    ['another scheme with a query', 'ftp://api.aimlapi.com/v1?key=hunter2secret', /https/]
  ])('refuses %s without quoting it', (_name, url, why) => {
    let message = ''
    try {
      parseSettings({ 'api-key': KEY, 'base-url': url })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^Input 'base-url' /)
    expect(message).toMatch(why)
    expect(message).not.toContain('hunter2')
    expect(message).not.toContain('p@ss')
    expect(message).not.toContain('secret')
  })

  it('still shows the harmless part of what it refuses', () => {
    expect(() => parseSettings({ 'api-key': KEY, 'base-url': 'http://10.0.0.1/v1?x=1' })).toThrow(
      /got 'http:\/\/10\.0\.0\.1\/v1\?…'/
    )
    expect(() => parseSettings({ 'api-key': KEY, 'base-url': 'api.aimlapi.com/v1' })).toThrow(
      /got 'api\.aimlapi\.com\/v1'/
    )
  })
})

describe('parseFailOn', () => {
  it.each([
    ['all', 14],
    ['ALL', 14],
    ['none', 0],
    ['auth auth', 1]
  ])('%j → %d categories', (value, count) => {
    const parsed = parseFailOn(value)
    expect(Array.isArray(parsed) && parsed.length).toBe(count)
  })

  it('lists the valid names when one is unknown', () => {
    expect(parseFailOn('auth, teapot')).toMatch(
      /unknown category 'teapot' \(valid names: auth, .*unknown; or 'all' or 'none' alone\)/
    )
  })
})
