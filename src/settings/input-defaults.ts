/**
 * How an input's text meets its default: left out, blank, or given. Each default travels with
 * its zod schema as metadata, so that whoever needs it as text (the CLI's help, the test that
 * holds action.yml to the schema) reads the very value the schema applies: written once.
 */
import { z } from 'zod'

const KEY = 'inputDefault'

function carrying<T extends z.ZodType>(schema: T, fallback: string): T {
  return schema.meta({ [KEY]: fallback })
}

/** A value left blank (or unset) takes the default; whitespace counts as blank. */
export const withDefault = (fallback: string) =>
  carrying(
    z
      .string()
      .optional()
      .transform(v => (v === undefined || v.trim() === '' ? fallback : v.trim())),
    fallback
  )

/** A value left out takes the default; a blank one stays blank (it means "none"). */
export const blankAllowed = (fallback: string) =>
  carrying(
    z
      .string()
      .optional()
      .transform(v => v ?? fallback),
    fallback
  )

/**
 * A value that must not be blank. Left out entirely (the CLI without the flag) it takes the
 * default; given but blank, it is refused: in a workflow that almost always means an unset
 * `${{ secrets.X }}` or `${{ vars.X }}`, which a default would hide.
 */
export const required = (blankMessage: string, fallback: string) =>
  carrying(
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return fallback
        if (v.trim() !== '') return v.trim()
        ctx.addIssue({ code: 'custom', message: blankMessage })
        return z.NEVER
      }),
    fallback
  )

/** The default a field's schema carries, looking through its transforms; `undefined` if none. */
export function defaultOf(field: unknown): string | undefined {
  let node = field
  while (node instanceof z.ZodType) {
    const value = node.meta()?.[KEY]
    if (typeof value === 'string') return value
    node = node instanceof z.ZodPipe ? node.in : undefined
  }
  return undefined
}
