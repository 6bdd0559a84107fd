import { describe, expect, it } from '@jest/globals'
import { capabilityFacts, slowness } from '../../../src/engine/probe/capability-report.js'
import { parseCatalog } from '../../../src/engine/evidence/catalog.js'
import type { ModelResult } from '../../../src/engine/probe/probe.js'
import { makeAttempt, makeFailedAttempt } from '../../../__fixtures__/factories.js'

const MODEL = 'acme/chat-1'
const chat = (id: string, capabilities?: string[]) => ({
  id,
  type: 'chat-completion',
  ...(capabilities ? { capabilities } : {})
})
/** AIML's catalog asked with `?include=capabilities`: five chat models declare tools, one image. */
const catalog = parseCatalog([
  chat(MODEL, ['streaming']),
  ...['a', 'b', 'c', 'd', 'e'].map(x => chat(`acme/tools-${x}`, ['tools', 'streaming'])),
  { id: 'acme/image-1', type: 'image', capabilities: ['tools'] },
  chat('acme/declares-all', ['tools', 'structured_output', 'streaming', 'vision'])
])!

function result(attempts: ModelResult['attempts']): ModelResult {
  return { model: MODEL, role: 'configured', ok: false, attempts, final: attempts.at(-1)! }
}
const failed = (capability: 'tools' | 'stream') =>
  makeFailedAttempt({ model: MODEL, capability, category: 'missing-capability' })

describe('capabilityFacts', () => {
  it('says what the catalog declares, and names at most three chat models that declare it', () => {
    const facts = capabilityFacts(
      result([makeAttempt({ model: MODEL }), failed('tools'), failed('stream')]),
      ['tools', 'stream'],
      catalog
    )
    expect(facts.capabilities).toEqual({ tools: 'missing', stream: 'missing' })
    expect(facts.declared.tools).toEqual({
      declared: false,
      others: ['acme/tools-a', 'acme/tools-b', 'acme/tools-c']
    })
    expect(facts.declared.stream).toEqual({ declared: true, others: [] })
  })

  it('cannot say when the catalog carries no capabilities', () => {
    const plain = parseCatalog([chat(MODEL)])
    const facts = capabilityFacts(result([failed('tools')]), ['tools'], plain)
    expect(facts.declared.tools).toEqual({ declared: null, others: [] })
  })

  it('keeps a failure’s own category, and the stream’s first token', () => {
    const facts = capabilityFacts(
      result([
        makeAttempt({ model: MODEL, capability: 'stream', ttftMs: 312 }),
        makeFailedAttempt({ model: MODEL, capability: 'tools', category: 'server-error' })
      ]),
      ['tools', 'stream'],
      catalog
    )
    expect(facts).toMatchObject({
      capabilities: { stream: 'ok', tools: 'server-error' },
      ttftMs: 312
    })
  })
})

describe('slowness', () => {
  it.each([
    [900, null, { maxLatencyMs: 500 }, /Answered in 900 ms, over max-latency-ms of 500 ms/],
    [400, 700, { maxTtftMs: 600 }, /First streamed token after 700 ms, over max-ttft-ms of 600/],
    [400, 500, { maxLatencyMs: 500, maxTtftMs: 600 }, null],
    [900, null, {}, null]
  ] as const)('%d ms, first token %p, limits %p', (latency, ttft, limits, words) => {
    const slow = slowness(latency, ttft, limits)
    if (words === null) expect(slow).toBeNull()
    else expect(slow?.message).toMatch(words)
  })
})
