/**
 * A scripted `fetch` for unit tests of the engine: answers each request from a list (the last
 * answer repeats) and records what was asked. No socket is opened.
 */
import type { FetchLike } from '../src/engine/send/exchange.js'
import type { ProbeIO } from '../src/engine/probe/probe.js'
import { completion } from '../script/aiml-sim.ts'

export interface ScriptedAnswer {
  status?: number
  json?: unknown
  text?: string
  headers?: Record<string, string>
  /** Throw like undici does for a refused connection. */
  refuse?: boolean
  /** Answer only after this long (a large catalog, a slow server). */
  delayMs?: number
}

export interface SeenRequest {
  url: string
  method: string
  body: Record<string, unknown> | null
}

export function scriptedFetch(byModel: Record<string, ScriptedAnswer[]>): {
  fetch: FetchLike
  seen: SeenRequest[]
} {
  const seen: SeenRequest[] = []
  const turns = new Map<string, number>()
  const fetch: FetchLike = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    const body =
      typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : null
    seen.push({ url, method: init?.method ?? 'GET', body })
    const path = new URL(url).pathname
    const key = path.endsWith('/models')
      ? '#catalog'
      : path.endsWith('/billing')
        ? '#billing'
        : path.endsWith('/models/deprecations')
          ? '#deprecations'
          : path === '/models/metrics'
            ? '#metrics'
            : path === '/v1/key'
              ? '#key'
              : String(body?.model)
    const answers = byModel[key] ?? [{ status: 404, json: { message: 'not scripted' } }]
    const turn = turns.get(key) ?? 0
    turns.set(key, turn + 1)
    const answer = answers[Math.min(turn, answers.length - 1)]!
    if (answer.delayMs) {
      // A late answer that the caller gives up on leaves no timer behind.
      const signal = init?.signal
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, answer.delayMs)
        signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), {
          once: true
        })
      })
    }
    if (answer.refuse) {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
          code: 'ECONNREFUSED'
        })
      })
    }
    const text = answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? '')
    return new Response(text, {
      status: answer.status ?? 200,
      headers: {
        'content-type': answer.json !== undefined ? 'application/json' : 'text/plain',
        ...answer.headers
      }
    })
  }
  return { fetch, seen }
}

/** A healthy completion, as the simulator answers one. */
export function completionJson(content = 'ok', finishReason = 'stop') {
  return completion('served-model', content, finishReason)
}

/** IO with a recorded, instant sleep and a fixed random. */
export function testIO(fetch: FetchLike): ProbeIO & { waits: number[] } {
  const waits: number[] = []
  return {
    fetch,
    now: () => performance.now(),
    sleep: async ms => {
      waits.push(ms)
    },
    random: () => 0.5,
    waits
  }
}
