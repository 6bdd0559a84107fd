/**
 * How an input's text meets its default: left out, blank, or given. Each default travels with
 * its zod schema as metadata, so that whoever needs it as text (the CLI's help, the test that
 * holds action.yml to the schema) reads the very value the schema applies: written once.
 */
import { z } from 'zod';
/** A value left blank (or unset) takes the default; whitespace counts as blank. */
export declare const withDefault: (fallback: string) => z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>;
/** A value left out takes the default; a blank one stays blank (it means "none"). */
export declare const blankAllowed: (fallback: string) => z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>;
/**
 * A value that must not be blank. Left out entirely (the CLI without the flag) it takes the
 * default; given but blank, it is refused: in a workflow that almost always means an unset
 * `${{ secrets.X }}` or `${{ vars.X }}`, which a default would hide.
 */
export declare const required: (blankMessage: string, fallback: string) => z.ZodPipe<z.ZodOptional<z.ZodString>, z.ZodTransform<string, string | undefined>>;
/** The default a field's schema carries, looking through its transforms; `undefined` if none. */
export declare function defaultOf(field: unknown): string | undefined;
