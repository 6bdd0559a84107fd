/**
 * The `fail-on` input: the categories that fail the step, as a list of their names, or `all` or
 * `none` alone.
 */
import { CATEGORY_IDS, isCategory, type Category } from '../engine/classify/categories.js'
import { quote } from '../engine/read/redact.js'

export function parseFailOn(value: string): Category[] | string {
  const names = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  if (names.length === 1 && names[0] === 'all') return [...CATEGORY_IDS]
  if (names.length === 1 && names[0] === 'none') return []
  const valid = `valid names: ${CATEGORY_IDS.join(', ')}; or 'all' or 'none' alone`
  if (names.includes('all') || names.includes('none')) {
    return `takes 'all' or 'none' alone, not in a list (${valid}).`
  }
  const unknown = names.filter(n => !isCategory(n))
  if (unknown.length > 0)
    return `has unknown ${unknown.length > 1 ? 'categories' : 'category'} ${unknown.map(quote).join(', ')} (${valid}).`
  return [...new Set(names)] as Category[]
}
