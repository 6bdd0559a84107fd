/**
 * Text hygiene for what a server wrote. API text reaches a log line, an annotation, an output,
 * the summary and a PR comment; on the way it must lose whatever could act instead of read:
 * ANSI escape sequences (colour, cursor moves, OSC 8 links, window titles), the other C0 and C1
 * controls, and the bidirectional controls that reorder what a reader sees (Trojan Source,
 * CVE-2021-42574). Two entries: `cleanLine` where API text enters (one line: line breaks fold to
 * spaces, so the words keep their meaning), and `stripControls`, the safety net over every
 * outbound text, which is multi-line Markdown and keeps its newlines.
 */
/**
 * One line of API text: escape sequences and controls removed, line breaks and tabs folded to
 * a space, runs of spaces collapsed.
 */
export declare function cleanLine(text: string): string;
export interface NetOptions {
    /** Keep SGR colour sequences: the CLI paints its own headline and table. */
    keepColour?: boolean;
}
/**
 * The safety net for text on its way out, Markdown and JSON included: newlines and tabs stay,
 * a carriage return becomes a newline (on a terminal it would let a line overwrite another),
 * the Unicode line separators a space, escape sequences and the other controls go. Valid JSON
 * stays valid: nothing here writes a raw newline where a raw one was not already.
 */
export declare function stripControls(text: string, options?: NetOptions): string;
