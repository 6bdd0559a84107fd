import { describe, expect, it } from '@jest/globals'
import {
  isOurs,
  learnFrom,
  mayAdopt,
  UNKNOWN,
  whoAmI,
  type Author,
  type Identity,
  type Octokit
} from '../../src/github/identity.js'
import { httpError } from '../../__fixtures__/sticky-github.js'

const APP: Author = { login: 'probe-app[bot]', type: 'Bot' }
const OTHER_APP: Author = { login: 'other-app[bot]', type: 'Bot' }
const PERSON: Author = { login: 'mallory', type: 'User' }
const KNOWN: Identity = { login: APP.login }
const ME: Identity = { login: PERSON.login }

/** Just the GraphQL call whoAmI makes. */
const answering = (graphql: () => Promise<unknown>) => ({ graphql }) as unknown as Octokit

describe('isOurs and mayAdopt', () => {
  it.each([
    // author, identity, ours, adoptable
    [APP, KNOWN, true, true],
    [OTHER_APP, KNOWN, false, false],
    [PERSON, KNOWN, false, false],
    [PERSON, ME, true, true],
    [APP, ME, false, false],
    [APP, UNKNOWN, false, true],
    [OTHER_APP, UNKNOWN, false, true],
    [PERSON, UNKNOWN, false, false],
    [null, UNKNOWN, false, false],
    [null, KNOWN, false, false]
  ] as const)('%j with login %j: ours %s, adoptable %s', (author, identity, ours, adoptable) => {
    expect(isOurs(author, identity)).toBe(ours)
    expect(mayAdopt(author, identity)).toBe(adoptable)
  })

  it('learns the login from what GitHub created for us', () => {
    expect(learnFrom(UNKNOWN, APP)).toEqual(KNOWN)
    expect(learnFrom(KNOWN, null)).toBe(KNOWN)
  })
})

describe('whoAmI', () => {
  it('takes a person’s login as GraphQL gives it', async () => {
    const octokit = answering(async () => ({ viewer: { login: 'mallory', __typename: 'User' } }))
    await expect(whoAmI(octokit)).resolves.toEqual(ME)
  })

  it('gives an app the `[bot]` login its comments carry', async () => {
    for (const login of ['probe-app', 'probe-app[bot]']) {
      const octokit = answering(async () => ({ viewer: { login, __typename: 'Bot' } }))
      await expect(whoAmI(octokit)).resolves.toEqual(KNOWN)
    }
  })

  it('leaves the login unknown when GitHub refuses, with errors or an HTTP status', async () => {
    const graphqlErrors = Object.assign(new Error('Resource not accessible by integration'), {
      name: 'GraphqlResponseError'
    })
    for (const refusal of [graphqlErrors, httpError(403, 'Forbidden'), httpError(502, 'Bad')]) {
      const octokit = answering(async () => Promise.reject(refusal))
      await expect(whoAmI(octokit)).resolves.toBe(UNKNOWN)
    }
  })

  it('lets a GitHub it cannot reach fail the exchange, so the warning says so', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      status: 500,
      cause: Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
          code: 'ECONNREFUSED'
        })
      })
    })
    const octokit = answering(async () => Promise.reject(refused))
    await expect(whoAmI(octokit)).rejects.toBe(refused)
  })
})
