/**
 * The vocabulary of profane and vulgar words, read from the installed
 * package: cuss, the list retext-profanities uses. Each word has a sureness:
 * 0 — profane in some senses only ("period", "execute"), 1 — may be profane
 * ("damn", "screw"), 2 — profane in any sense. The data stays in the
 * package and is not copied here.
 *
 * retext-profanities also matches the plural of every word; so does this
 * module, with the plain English rule (-s, -es, -ies) for one-word entries
 * whose plural cuss does not list itself. A plural keeps its word's sureness
 * and its word as `base`, which is how senses and `allow` entries find it.
 * Source: cuss 2 (MIT), https://github.com/words/cuss
 */
import { cuss } from 'cuss'

export type Sureness = 0 | 1 | 2

export interface ProfaneWord {
  /** The word or phrase as cuss lists it, or its plural. */
  word: string
  /** The cuss entry it comes from (the singular of a plural). */
  base: string
  sureness: Sureness
}

function plural(word: string): string | undefined {
  if (!/^[a-z]{3,}$/.test(word) || /(?:s|ing|ed)$/.test(word)) return undefined
  if (/(?:x|z|ch|sh)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

function vocabulary(): ProfaneWord[] {
  const entries = Object.entries(cuss) as Array<[string, number]>
  const words: ProfaneWord[] = entries.map(([word, sureness]) => ({ word, base: word, sureness: sureness as Sureness }))
  for (const [word, sureness] of entries) {
    const form = plural(word)
    if (form && !Object.hasOwn(cuss, form)) words.push({ word: form, base: word, sureness: sureness as Sureness })
  }
  return words
}

/** Every word of cuss, with the plurals it does not list. */
export const PROFANE_WORDS: readonly ProfaneWord[] = vocabulary()
