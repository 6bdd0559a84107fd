/**
 * An application's model table, as the `models` input (or `--models`) writes it: one model a
 * line, `ID` or `ID -> FALLBACK, FALLBACK`, with an optional kind prefix (`image:flux/schnell`).
 * Blank lines and `#` comments are ignored.
 */
import { type Capability } from '../probe/capabilities.js';
import { type ProbedKind } from '../read/kinds.js';
/**
 * Kinds a line may declare that have no cheap probe: listed, so that `audio:whisper-1` reads as
 * a declared kind rather than a model ID with a colon. They are skipped with a warning.
 */
declare const SKIPPED_KINDS: readonly ["audio", "speech", "tts", "stt", "video", "music", "rerank", "moderation", "ocr"];
export type Kind = ProbedKind | (typeof SKIPPED_KINDS)[number];
export interface ModelSpec {
    id: string;
    kind: Kind;
    /** The kind came from a prefix; otherwise it is chat by default and the catalog may correct it. */
    declared: boolean;
    fallbacks: string[];
    /** What the model must show besides answering (`+tools` on its line, or `require`); absent: none. */
    require?: Capability[];
    /** Written as a line of the `models` input; absent: the `model` input (or built in code). */
    line?: true;
    /** The `+NAME` tokens written on that line, which `require` does not include. */
    lineRequire?: Capability[];
}
export declare function isProbed(kind: Kind): kind is ProbedKind;
/** Splits a kind prefix off an ID; only the known kind words count, since IDs contain `:`. */
export declare function splitKind(text: string): {
    id: string;
    kind: Kind;
    declared: boolean;
};
/** Every chat model also needs what `require` names for all of them. */
export declare function withRequirements(specs: readonly ModelSpec[], everyChatModel: readonly Capability[]): ModelSpec[];
/** `fallback-models`: IDs separated by commas or new lines, duplicates dropped. */
export declare function parseModelList(value: string): string[] | string;
/** The table, or a sentence saying what is wrong with it (for the input's refusal). */
export declare function parseModelTable(text: string): ModelSpec[] | string;
/**
 * Every configured model: the table when there is one, else the one `model` with its
 * fallbacks. A table beside a `model` or `fallback-models` that differs from its default is
 * ambiguous: which did the user mean?
 */
export declare function configuredModels(table: readonly ModelSpec[] | null, single: {
    model: string;
    fallbacks: readonly string[];
}, defaults: {
    model: string;
    fallbacks: readonly string[];
}): readonly ModelSpec[] | 'ambiguous';
export {};
