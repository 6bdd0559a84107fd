/**
 * Making text safe to print. API text is data: it is cut, flattened and escaped before it
 * reaches Markdown or HTML, so it cannot break a table, inject markup or forge our marker.
 */
import { cleanLine } from '../engine/read/api-text.js'

/** Escapes for HTML and for Markdown inline text, on one line. */
export function escapeInline(text: string, maxLength = 300): string {
  return defuseLinks(escapeMarkdown(escapeHtml(stripMarkers(cut(flatten(text), maxLength)))))
}

/** For text inside a fenced code block: the fence cannot be closed from inside. */
export function escapeCodeBlock(text: string, maxLength = 4000): string {
  return stripMarkers(cut(text, maxLength)).replace(/`{3,}/g, m => m.split('').join('\u200b'))
}

/** A model ID or other short value shown as inline code. */
export function code(text: string, maxLength = 120): string {
  const clean = stripMarkers(cut(flatten(text), maxLength)).replace(/`/g, "'")
  return clean === '' ? '' : `\`${clean}\``
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Characters that Markdown (GFM) would read as syntax, tables' pipes included. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|~>-]/g, m => `\\${m}`)
}

/**
 * API text must not notify people (`@org/team`) or become a link GitHub makes clickable: a
 * zero-width space after `@` and inside `://` and `www.` keeps the text and drops the effect.
 * AIML's own addresses (its site, docs and status page) stay links: a user is sent there, and
 * a zero-width space inside a URL breaks it for whoever copies it.
 */
function defuseLinks(text: string): string {
  return text
    .replace(/@/g, '@\u200b')
    .replace(/:\/\/(?!(?:docs\.|status\.)?aimlapi\.com(?:[/?#\s),]|$))/g, ':\u200b//')
    .replace(/\bwww\./gi, m => `${m.slice(0, 3)}\u200b.`)
}

/**
 * Removes anything that could pass for one of our hidden markers, until none is left: one pass
 * could join the pieces around a removed one into a new marker.
 */
export function stripMarkers(text: string): string {
  let previous
  let current = text
  do {
    previous = current
    current = current.replace(/<!--|-->|aiml-model-probe:/gi, '')
  } while (current !== previous)
  return current
}

/** One line: escape sequences and controls out, line breaks folded (api-text.ts owns the rule). */
export const flatten = cleanLine

export function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  return `${text.slice(0, Math.max(0, maxLength - 1))}…`
}

export function formatMs(ms: number | null): string {
  return ms === null ? '–' : `${ms.toLocaleString('en-US')} ms`
}

/** `99.4%`; a whole share without decimals; never 100% unless every check was up. */
export function formatShare(share: number | null): string {
  if (share === null) return '–'
  if (share === 1 || share === 0) return `${share * 100}%`
  const tenths = Math.min(999, Math.max(1, Math.floor(share * 1000)))
  return `${(tenths / 10).toFixed(1)}%`
}
