import { describe, expect, it } from '@jest/globals'
import { classifyExchange } from '../../../src/engine/classify/classify.js'

// SPEC: a redirect (any 3xx) is never followed: the key would travel to a host nobody
// configured. It is `bad-request`, and the message names the target's origin and says to
// check `base-url`.
describe('a redirect', () => {
  const redirect = (status: number, location?: string) =>
    classifyExchange({
      status,
      headers: location === undefined ? {} : { location },
      body: '<html><body>Moved</body></html>'
    })

  it.each([300, 301, 302, 303, 304, 307, 308, 399])(
    'HTTP %d is a bad request naming the origin only',
    status => {
      const outcome = redirect(status, 'https://evil.example:8443/v1/chat?api_key=sk-secret#frag')
      expect(outcome).toMatchObject({ ok: false, category: 'bad-request' })
      const message = outcome.ok ? '' : outcome.message
      expect(message).toContain(`HTTP ${status}`)
      expect(message).toContain('https://evil.example:8443')
      expect(message).toContain('`base-url`')
      expect(message).not.toMatch(/\/v1\/chat|api_key|sk-secret|frag/)
    }
  )

  it.each([
    ['no location', undefined, 'an address it does not name'],
    ['a location that is not a URL', 'not a url', 'an address that is not a URL'],
    ['user info in the location', 'https://user:pw@evil.example/x', 'https://evil.example'],
    ['a scheme without an origin', 'javascript:alert(1)', 'a javascript: address']
  ])('with %s', (_name, location, target) => {
    const outcome = redirect(302, location)
    expect(outcome.ok ? '' : outcome.message).toContain(target)
    expect(outcome.ok ? '' : outcome.message).not.toMatch(/user|pw@|alert/)
  })

  it('counts an opaque redirect (status 0, target hidden) as one too', () => {
    const outcome = redirect(0)
    expect(outcome).toMatchObject({ ok: false, category: 'bad-request' })
    expect(outcome.ok ? '' : outcome.message).toContain('`base-url`')
  })
})
