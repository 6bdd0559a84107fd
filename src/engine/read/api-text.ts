/**
 * Text hygiene for what a server wrote. API text reaches a log line, an annotation, an output,
 * the summary and a PR comment; on the way it must lose whatever could act instead of read:
 * ANSI escape sequences (colour, cursor moves, OSC 8 links, window titles), the other C0 and C1
 * controls, and the bidirectional controls that reorder what a reader sees (Trojan Source,
 * CVE-2021-42574). Two entries: `cleanLine` where API text enters (one line: line breaks fold to
 * spaces, so the words keep their meaning), and `stripControls`, the safety net over every
 * outbound text, which is multi-line Markdown and keeps its newlines.
 */
/* eslint-disable no-control-regex -- control characters are what this module removes */

/** OSC, DCS, SOS, PM and APC: a string up to BEL or ST (ESC \ or U+009C). */
const ESC_STRING = String.raw`\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)`
/** CSI: ESC [ parameters, intermediates, one final byte. */
const ESC_CSI = String.raw`\u001b\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]`
/** Any other escape: ESC, intermediates, one final byte (ESC c, ESC ( B, ESC 7). */
const ESC_OTHER = String.raw`\u001b[\u0020-\u002f]*[\u0030-\u007e]`
/** The single-character C1 forms of CSI and of the string sequences. */
const C1_CSI = String.raw`\u009b[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]`
const C1_STRING = String.raw`[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)`
/** C0 (tab and newline aside), DEL, C1, and the bidirectional controls, one at a time. */
const CONTROL = String.raw`[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]`

/**
 * For outbound text: ESC-led sequences whole, other controls one by one. A C1 sequence is not
 * removed whole here: in JSON (the `report` output) its parameters could be a quote and a brace.
 */
const NET = new RegExp(`${ESC_STRING}|${ESC_CSI}|${ESC_OTHER}|${CONTROL}`, 'g')
/** For API text as it enters: the C1 sequences whole too. */
const LINE = new RegExp(`${C1_STRING}|${C1_CSI}|${NET.source}`, 'g')
const ANY = new RegExp(CONTROL)
/** Our own terminal colours (SGR), which the CLI's net keeps when it paints. */
const SGR = /^\u001b\[[0-9;]*m$/

/** Line breaks in any spelling, and tabs: in one line of text, each is a space. */
const BREAKS = /\r\n|[\t\n\r\u000b\u000c\u0085\u2028\u2029]/g

/**
 * One line of API text: escape sequences and controls removed, line breaks and tabs folded to
 * a space, runs of spaces collapsed.
 */
export function cleanLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(LINE, '').replace(/\s+/g, ' ').trim()
}

export interface NetOptions {
  /** Keep SGR colour sequences: the CLI paints its own headline and table. */
  keepColour?: boolean
}

/**
 * The safety net for text on its way out, Markdown and JSON included: newlines and tabs stay,
 * a carriage return becomes a newline (on a terminal it would let a line overwrite another),
 * the Unicode line separators a space, escape sequences and the other controls go. Valid JSON
 * stays valid: nothing here writes a raw newline where a raw one was not already.
 */
export function stripControls(text: string, options: NetOptions = {}): string {
  if (!ANY.test(text) && !/[\u2028\u2029]/.test(text)) return text
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0085\u2028\u2029]/g, ' ')
    .replace(NET, match => (options.keepColour && SGR.test(match) ? match : ''))
}
