/**
 * A loopback fake of the parts of the GitHub API the PR comment and the tracking issues use:
 * issue comments (list with `Link` pagination, create, update, delete), issues (list by state
 * and label with `Link` pagination, create, update with `state_reason`), labels (create) and
 * GraphQL `viewer`. For the tests and the demo;
 * binds 127.0.0.1 only. It serves requests concurrently, as GitHub does, and every change to its
 * state happens in one synchronous step, so concurrent runs see consistent lists; comment IDs
 * and `created_at` only ever increase.
 *
 * Tokens: one that starts with `ghs_` is the workflow's GITHUB_TOKEN, which writes as
 * `github-actions[bot]` and, like the real one, cannot query `viewer`. A token listed in `apps`
 * is a GitHub App's installation token: it writes as that app's bot and cannot query `viewer`
 * either. Any other token is a person's PAT with the login given in `users`. Only a comment's
 * author may edit or delete it: anyone else gets a 403.
 */
import { createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  created_at: string
  updated_at: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: { name: string }[]
  user: { login: string; type: string }
  created_at: string
  updated_at: string
  /** set on a pull request, which the issues list holds too */
  pull_request?: { url: string }
}

export interface Failure {
  method: string
  path: RegExp
  /** answered instead of the real thing; 0 never answers at all */
  status: number
  message: string
  /**
   * instead of an answer: `drop` closes the connection without a word, `stall` sends a 200's
   * headers and the start of its body, then nothing
   */
  fault?: 'drop' | 'stall'
  /** GitHub's `errors` list, as a 422 carries it */
  errors?: unknown[]
  /** only the first this many matching requests fail (default: every one) */
  times?: number
  /** headers sent with it, such as `retry-after` */
  headers?: Record<string, string>
  /** sent as the whole body instead of `{message}`: an answer that lacks a field */
  answer?: unknown
}

export interface Gate {
  method: string
  path: RegExp
  /**
   * matching requests are held until this many have arrived, then all go on together (and every
   * later one passes): a race made certain rather than likely
   */
  count: number
  /** held no longer than this (20 s), so a test cannot hang */
  timeoutMs?: number
}

export interface GitHubFakeOptions {
  /** PAT → login */
  users?: Record<string, string>
  /** installation token → the app's bot login */
  apps?: Record<string, string>
  failures?: Failure[]
}

export interface FakeRequest {
  method: string
  path: string
  query: string
  token: string
  body: SentBody
}

/** What the action sends when it writes (JSON), or null for a request without a body. */
export type SentBody = {
  body?: string
  title?: string
  state?: string
  state_reason?: string
  labels?: string[]
  name?: string
} | null

interface GateState {
  gate: Gate
  waiting: (() => void)[]
  open: boolean
  timer?: NodeJS.Timeout
}

export type GitHubFake = Awaited<ReturnType<typeof startGitHubFake>>

export async function startGitHubFake(options: GitHubFakeOptions = {}) {
  const comments = new Map<number, FakeComment[]>()
  const issues: FakeIssue[] = []
  const labels = new Set<string>()
  let nextNumber = 1
  const requests: FakeRequest[] = []
  let nextId = 1000
  let lastStamp = 0
  let failures = options.failures ?? []
  let gates: GateState[] = []
  /** every answer waits this long, as a slow GitHub's does */
  let latencyMs = 0
  let inFlight = 0
  /** the most requests it was answering at once */
  const peak = { inFlight: 0 }

  /** A `created_at` later than every earlier one, as GitHub's are for comments made in turn. */
  const stamp = () => {
    lastStamp = Math.max(Date.now(), lastStamp + 1)
    return new Date(lastStamp).toISOString()
  }

  const identity = (token: string) => {
    const app = options.apps?.[token]
    if (app) return { login: app, type: 'Bot' }
    return token.startsWith('ghs_')
      ? { login: 'github-actions[bot]', type: 'Bot' }
      : { login: options.users?.[token] ?? 'octocat', type: 'User' }
  }

  const openGate = (g: GateState) => {
    g.open = true
    clearTimeout(g.timer)
    for (const go of g.waiting.splice(0)) go()
  }
  const passGates = (method: string, path: string) =>
    Promise.all(
      gates
        .filter(g => !g.open && g.gate.method === method && g.gate.path.test(path))
        .map(
          g =>
            new Promise<void>(resolve => {
              g.waiting.push(resolve)
              if (g.waiting.length >= g.gate.count) openGate(g)
              else g.timer ??= setTimeout(() => openGate(g), g.gate.timeoutMs ?? 20_000).unref()
            })
        )
    )

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const body = (raw ? JSON.parse(raw) : null) as SentBody
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const token = String(req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
    const method = req.method ?? 'GET'
    requests.push({ method, path: url.pathname, query: url.search, token, body })
    inFlight++
    peak.inFlight = Math.max(peak.inFlight, inFlight)
    res.on('close', () => inFlight--)
    await passGates(method, url.pathname)
    if (latencyMs > 0) await new Promise(resolve => setTimeout(resolve, latencyMs))

    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      if (json === undefined) {
        res.writeHead(status, headers)
        return res.end()
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(json))
    }
    /** One page of `all`, with GitHub's `Link` header to the next and the last. */
    const sendPage = (all: unknown[]) => {
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const links = []
      const pageUrl = (p: number) => {
        const next = new URLSearchParams(url.searchParams)
        next.set('per_page', String(perPage))
        next.set('page', String(p))
        return `<http://${req.headers.host}${url.pathname}?${next}>`
      }
      if (page < last)
        links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`)
      return send(
        200,
        all.slice((page - 1) * perPage, page * perPage),
        links.length ? { link: links.join(', ') } : {}
      )
    }
    const failure = failures.find(
      f => f.method === method && f.path.test(url.pathname) && f.times !== 0
    )
    if (failure?.times !== undefined) failure.times -= 1
    if (failure?.fault === 'drop') return req.socket.destroy()
    if (failure?.fault === 'stall') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      return res.write('[')
    }
    if (failure?.status === 0) return // hangs: the client's clock must run out
    if (failure?.answer !== undefined) return send(failure.status, failure.answer, failure.headers)
    if (failure)
      return send(
        failure.status,
        {
          message: failure.message,
          ...(failure.errors?.length ? { errors: failure.errors } : {}),
          documentation_url: 'https://docs.github.com/rest'
        },
        failure.headers
      )
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
      if (method === 'GET') return sendPage(all)
      if (method === 'POST') {
        const now = stamp()
        const comment: FakeComment = {
          id: nextId++,
          body: body?.body ?? '',
          user: identity(token),
          created_at: now,
          updated_at: now
        }
        comments.set(number, [...all, comment])
        return send(201, comment)
      }
    }
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (one && (method === 'PATCH' || method === 'DELETE')) {
      const id = Number(one[1])
      for (const [number, list] of comments) {
        const comment = list.find(c => c.id === id)
        if (!comment) continue
        if (comment.user.login !== identity(token).login)
          return send(403, { message: 'Must have admin rights to Repository.' })
        if (method === 'DELETE') {
          comments.set(
            number,
            list.filter(c => c.id !== id)
          )
          return send(204, undefined)
        }
        comment.body = body?.body ?? ''
        comment.updated_at = new Date().toISOString()
        return send(200, comment)
      }
      return send(404, { message: 'Not Found' })
    }
    if (/^\/repos\/[^/]+\/[^/]+\/labels$/.test(url.pathname) && method === 'POST') {
      const name = body?.name ?? ''
      if (labels.has(name))
        return send(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
        })
      labels.add(name)
      return send(201, { name, color: 'd93f0b' })
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open'
        const wanted = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
        // GitHub lists the newest first by default.
        const listed = issues
          .filter(i => state === 'all' || i.state === state)
          .filter(i => wanted.every(w => i.labels.some(l => l.name === w)))
          .reverse()
        return sendPage(listed)
      }
      if (method === 'POST') {
        const now = stamp()
        // As GitHub does for a writer: a label that does not exist yet is created.
        for (const name of body?.labels ?? []) labels.add(name)
        const issue: FakeIssue = {
          number: nextNumber++,
          title: body?.title ?? '',
          body: body?.body ?? '',
          state: 'open',
          state_reason: null,
          labels: (body?.labels ?? []).map(name => ({ name })),
          user: identity(token),
          created_at: now,
          updated_at: now
        }
        issues.push(issue)
        return send(201, issue)
      }
    }
    const issue = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname)
    if (issue && method === 'PATCH') {
      const found = issues.find(i => i.number === Number(issue[1]))
      if (!found) return send(404, { message: 'Not Found' })
      if (found.user.login !== identity(token).login)
        return send(403, { message: 'Must have admin rights to Repository.' })
      if (body?.title !== undefined) found.title = body.title
      if (body?.body !== undefined) found.body = body.body
      if (body?.state === 'open' || body?.state === 'closed') {
        found.state = body.state
        found.state_reason = body.state === 'closed' ? (body.state_reason ?? 'completed') : null
      }
      found.updated_at = new Date().toISOString()
      return send(200, found)
    }
    send(404, { message: 'Not Found' })
  })
  const sockets = new Set<Socket>()
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    comments,
    issues,
    labels,
    /** Seeds an issue, as if opened earlier by `login`, with the given labels. */
    seedIssue(seed: {
      title: string
      body: string
      login: string
      type?: string
      labels?: string[]
      pullRequest?: boolean
    }) {
      const now = stamp()
      const added: FakeIssue = {
        number: nextNumber++,
        title: seed.title,
        body: seed.body,
        state: 'open',
        state_reason: null,
        labels: (seed.labels ?? []).map(name => ({ name })),
        user: { login: seed.login, type: seed.type ?? 'User' },
        created_at: now,
        updated_at: now,
        ...(seed.pullRequest ? { pull_request: { url: 'https://api.github.com/pulls/0' } } : {})
      }
      issues.push(added)
      return added
    },
    /** Seeds comments on a PR, as if written earlier, oldest first. */
    seed(number: number, seeds: { body: string; login: string; type?: string }[]) {
      const added = seeds.map(s => {
        const now = stamp()
        return {
          id: nextId++,
          body: s.body,
          user: { login: s.login, type: s.type ?? 'User' },
          created_at: now,
          updated_at: now
        }
      })
      comments.set(number, [...(comments.get(number) ?? []), ...added])
      return added
    },
    setFailures(next: Failure[]) {
      failures = next
    },
    setLatency(ms: number) {
      latencyMs = ms
    },
    peak,
    setGates(next: Gate[]) {
      for (const g of gates) openGate(g)
      gates = next.map(gate => ({ gate, waiting: [], open: false }))
    },
    reset() {
      comments.clear()
      issues.length = 0
      labels.clear()
      nextNumber = 1
      requests.length = 0
      failures = []
      latencyMs = 0
      peak.inFlight = 0
      for (const g of gates) openGate(g)
      gates = []
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const g of gates) openGate(g)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
