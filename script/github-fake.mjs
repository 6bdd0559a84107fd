// @ts-check
/**
 * A loopback fake of the parts of the GitHub API the PR comment uses: issue comments (list with
 * `Link` pagination, create, update) and GraphQL `viewer`. For the tests and the demo; binds
 * 127.0.0.1 only.
 *
 * Tokens: one that starts with `ghs_` is the workflow's GITHUB_TOKEN, which writes as
 * `github-actions[bot]` and, like the real one, cannot query `viewer`. Any other token is a
 * person's PAT with the login given in `users`.
 */
import { createServer } from 'node:http'

/**
 * @typedef {object} FakeComment
 * @property {number} id
 * @property {string} body
 * @property {{ login: string, type: string }} user
 * @property {string} created_at
 * @property {string} updated_at
 */

/**
 * @typedef {object} GitHubFakeOptions
 * @property {Record<string, string>} [users]    PAT → login
 * @property {{ method: string, path: RegExp, status: number, message: string }[]} [failures]
 *   answered instead of the real thing; status 0 never answers at all
 */

/** @param {GitHubFakeOptions} [options] */
export async function startGitHubFake(options = {}) {
  /** @type {Map<number, FakeComment[]>} */
  const comments = new Map()
  /** @type {{ method: string, path: string, query: string, token: string, body: any }[]} */
  const requests = []
  let nextId = 1000
  let failures = options.failures ?? []

  /** @param {string} token */
  const identity = token =>
    token.startsWith('ghs_')
      ? { login: 'github-actions[bot]', type: 'Bot' }
      : { login: options.users?.[token] ?? 'octocat', type: 'User' }

  const server = createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const raw = Buffer.concat(chunks).toString('utf8')
    const body = raw ? JSON.parse(raw) : null
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
    const method = req.method ?? 'GET'
    requests.push({ method, path: url.pathname, query: url.search, token, body })

    /** @param {number} status @param {unknown} json @param {Record<string, string>} [headers] */
    const send = (status, json, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(json))
    }
    const failure = failures.find(f => f.method === method && f.path.test(url.pathname))
    if (failure?.status === 0) return // hangs: the client's clock must run out
    if (failure)
      return send(failure.status, {
        message: failure.message,
        documentation_url: 'https://docs.github.com/rest'
      })
    if (!token) return send(401, { message: 'Requires authentication' })

    if (method === 'POST' && url.pathname === '/graphql') {
      const who = identity(token)
      if (who.type === 'Bot') {
        return send(200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]
        })
      }
      return send(200, { data: { viewer: { login: who.login, __typename: 'User' } } })
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (list) {
      const number = Number(list[1])
      const all = comments.get(number) ?? []
      if (method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links = []
        const pageUrl = (/** @type {number} */ p) =>
          `<http://${req.headers.host}${url.pathname}?per_page=${perPage}&page=${p}>`
        if (page < last)
          links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`)
        return send(
          200,
          all.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {}
        )
      }
      if (method === 'POST') {
        const now = new Date().toISOString()
        const comment = {
          id: nextId++,
          body: body.body,
          user: identity(token),
          created_at: now,
          updated_at: now
        }
        comments.set(number, [...all, comment])
        return send(201, comment)
      }
    }
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (one && method === 'PATCH') {
      const id = Number(one[1])
      for (const list of comments.values()) {
        const comment = list.find(c => c.id === id)
        if (!comment) continue
        if (comment.user.login !== identity(token).login)
          return send(403, { message: 'Must have admin rights to Repository.' })
        comment.body = body.body
        comment.updated_at = new Date().toISOString()
        return send(200, comment)
      }
      return send(404, { message: 'Not Found' })
    }
    send(404, { message: 'Not Found' })
  })
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    comments,
    /**
     * Seeds comments on a PR, as if written earlier.
     * @param {number} number @param {{ body: string, login: string, type?: string }[]} seeds
     */
    seed(number, seeds) {
      const now = new Date().toISOString()
      const added = seeds.map(s => ({
        id: nextId++,
        body: s.body,
        user: { login: s.login, type: s.type ?? 'User' },
        created_at: now,
        updated_at: now
      }))
      comments.set(number, [...(comments.get(number) ?? []), ...added])
      return added
    },
    /** @param {{ method: string, path: RegExp, status: number, message: string }[]} next */
    setFailures(next) {
      failures = next
    },
    reset() {
      comments.clear()
      requests.length = 0
      failures = []
    },
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve(undefined))
      })
  }
}
