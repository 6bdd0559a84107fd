/**
 * The recorded corpus of real error bodies (error-bodies.json): each entry names its public
 * source and the category the classifier must give it.
 */
import { readFileSync } from 'node:fs'
import type { Exchange } from '../src/engine/classify.js'

export interface CorpusEntry {
  name: string
  source: string
  status: number
  headers?: Record<string, string>
  body: unknown
  category: string
  note?: string
}

export const corpus = JSON.parse(
  readFileSync(new URL('./error-bodies.json', import.meta.url), 'utf8')
) as CorpusEntry[]

export function exchangeOf(entry: CorpusEntry): Exchange {
  const body = typeof entry.body === 'string' ? entry.body : JSON.stringify(entry.body)
  const headers = Object.fromEntries(
    Object.entries(entry.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])
  )
  return { status: entry.status, headers, body }
}

export function corpusEntry(name: string): CorpusEntry {
  const entry = corpus.find(e => e.name === name)
  if (!entry) throw new Error(`No corpus entry named ${name}`)
  return entry
}
