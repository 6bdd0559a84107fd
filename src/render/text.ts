/**
 * Making text safe to print. API text is data: it is cut, flattened and escaped before it
 * reaches Markdown or HTML, so it cannot break a table, inject markup or forge our marker.
 */

/** Escapes for HTML and for Markdown inline text, on one line. */
export function escapeInline(text: string, maxLength = 300): string {
  return escapeMarkdown(escapeHtml(stripMarkers(cut(flatten(text), maxLength))))
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

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Characters that Markdown (GFM) would read as syntax, tables' pipes included. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|~>-]/g, m => `\\${m}`)
}

/** Removes anything that could pass for one of our hidden markers. */
export function stripMarkers(text: string): string {
  return text.replace(/<!--|-->|aiml-model-probe:/gi, '')
}

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g

export function flatten(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

export function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text
  return `${text.slice(0, Math.max(0, maxLength - 1))}…`
}

export function formatMs(ms: number | null): string {
  return ms === null ? '–' : `${ms.toLocaleString('en-US')} ms`
}
