/**
 * retext-equality's vocabulary, read from the installed package: every
 * pattern of insensitive wording with the words it flags, the alternatives
 * it suggests, its categories and note. postlint matches these patterns
 * itself (in its single pass over the tree), so the data is all it takes
 * from the package; the data stays in the package and is not copied here.
 *
 * retext-equality exports only its plugin, so the data module is found next
 * to the plugin's entry point; the test suite checks it loads.
 * Source: retext-equality 7 (MIT), https://github.com/retextjs/retext-equality
 */

export interface EqualityPattern {
  id: string
  type: 'basic' | 'or'
  categories: string[]
  /** Words or phrases flagged, each with its category (`a`, `female`, `male` …). */
  inconsiderate: Record<string, string>
  /** Suggested alternatives. */
  considerate?: Record<string, string>
  note?: string
  condition?: string
  apostrophe?: boolean
}

const entry = import.meta.resolve('retext-equality')
const module = (await import(new URL('./patterns-en.js', entry).href)) as { patterns: EqualityPattern[] }

/** Every English pattern of retext-equality. */
export const EQUALITY_PATTERNS: readonly EqualityPattern[] = module.patterns
