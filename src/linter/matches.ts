import { forText, type LazyPattern } from './narrow.js'

/** `value` as a pattern that matches it literally (its syntax characters and `/` escaped, valid with or without the u flag). */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * Every match of a global regular expression, as `text.matchAll(pattern)`
 * gives them, without the copy of the expression `matchAll` makes on each
 * call (about a microsecond: the facts run several per sentence, tens of
 * thousands of sentences per corpus). The matches are read into an array
 * before any is handed back, so code run for one match may use the same
 * expression again. The expression run is the pattern's narrow twin where
 * the text allows (narrow.ts), which finds the same matches; its
 * `lastIndex` is 0 before and after.
 */
export function matchesOf(text: string, given: RegExp | LazyPattern): RegExpExecArray[] {
  const pattern = given instanceof RegExp ? forText(given, text) : given.for(text)
  if (!pattern.global) throw new TypeError(`matchesOf: ${String(pattern)} is not global`)
  const unicode = pattern.unicode || pattern.flags.includes('v')
  const found: RegExpExecArray[] = []
  pattern.lastIndex = 0
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match)
      // An empty match: step over one character (a whole code point in Unicode mode), as matchAll does.
      if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode)
    }
  } finally {
    pattern.lastIndex = 0
  }
  return found
}

/** The index after the character at `index`: a whole code point in Unicode mode, as matchAll steps over an empty match. */
export function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1
  const unit = text.charCodeAt(index)
  if (unit < 0xd800 || unit > 0xdbff) return index + 1
  const next = text.charCodeAt(index + 1)
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1
}
