/**
 * Which language a piece of posting text is in, told apart by its most
 * common short words. Canadian postings are often bilingual, so rules that
 * only make sense in English ask paragraph by paragraph; a paragraph too
 * short to tell falls back to the document's language (front matter `lang`,
 * the HTML `lang` attribute, or the words of the whole text).
 */
import type { SourceCode } from './source-code.js'
import { TextMemo } from './text-memo.js'

export type Language = 'en' | 'fr' | 'unknown'

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'you', 'we', 'with', 'for', 'is', 'are', 'our', 'will', 'your', 'in', 'a', 'an', 'be', 'this', 'that', 'on', 'as', 'or', 'have', 'it'])
const FRENCH = new Set(['le', 'la', 'les', 'des', 'et', 'vous', 'nous', 'est', 'pour', 'une', 'un', 'dans', 'du', 'au', 'aux', 'qui', 'que', 'sur', 'avec', 'votre', 'notre', 'sont', 'par', 'en', 'ou', 'pas', 'ce', 'cette', 'de', 'à', 'd', 'l', 'où'])

/** The function words that tell the languages apart. */
export const FUNCTION_WORDS: { readonly en: ReadonlySet<string>; readonly fr: ReadonlySet<string> } = { en: ENGLISH, fr: FRENCH }

const LETTER = /\p{L}/u
/** The longest function word of either list: longer words need not be looked up. */
const LONGEST = Math.max(...[...ENGLISH, ...FRENCH].map((word) => word.length))

/** Whether the code point at `index` is a letter, and how many code units it takes (0 when it is not a letter). */
function letterAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0
  const point = text.codePointAt(index)!
  const width = point > 0xffff ? 2 : 1
  return LETTER.test(String.fromCodePoint(point)) ? width : 0
}

/** Guesses already made: paragraphs of boilerplate come back posting after posting. */
const guessed = new TextMemo<Language>(2048)

/** Guess the language of `text` from its function words; `unknown` when there are too few to tell. */
export function guessLanguage(text: string): Language {
  return guessed.remember(text, countFunctionWords)
}

function countFunctionWords(text: string): Language {
  let english = 0
  let french = 0
  const lower = text.toLowerCase()
  // Runs of letters, as /\p{L}+/gu finds them, without a match object for each.
  let index = 0
  while (index < lower.length) {
    let width = letterAt(lower, index)
    if (width === 0) {
      index++
      continue
    }
    const start = index
    while (width > 0) {
      index += width
      width = index < lower.length ? letterAt(lower, index) : 0
    }
    if (index - start > LONGEST) continue
    const word = lower.slice(start, index)
    if (ENGLISH.has(word)) english++
    if (FRENCH.has(word)) french++
  }
  if (english + french < 3) return 'unknown'
  if (french > english * 1.5) return 'fr'
  if (english > french * 1.5) return 'en'
  return 'unknown'
}

function declared(sourceCode: SourceCode): Language | undefined {
  const data = sourceCode.frontMatter?.data
  const fromFrontMatter = data?.['lang'] ?? data?.['language'] ?? data?.['locale']
  let value = typeof fromFrontMatter === 'string' ? fromFrontMatter : undefined
  if (!value && sourceCode.format === 'html') value = /<html\b[^<>]*?\blang\s*=\s*["']?([A-Za-z-]+)/i.exec(sourceCode.text.slice(0, 4000))?.[1]
  if (!value) return undefined
  const code = value.toLowerCase().slice(0, 2)
  return code === 'en' ? 'en' : code === 'fr' ? 'fr' : 'unknown'
}

const documentLanguages = new WeakMap<SourceCode, Language>()

/** The document's main language: declared, or guessed from all its prose. */
export function documentLanguage(sourceCode: SourceCode): Language {
  let language = documentLanguages.get(sourceCode)
  if (!language) {
    language = declared(sourceCode) ?? guessLanguage(sourceCode.getProse(sourceCode.nlcst).text)
    documentLanguages.set(sourceCode, language)
  }
  return language
}

const guesses = new WeakMap<SourceCode, Map<string, Language>>()

/** The language of one paragraph (or sentence), falling back to the document's when it is too short to tell; each text is read once per file. */
export function languageOf(sourceCode: SourceCode, text: string): Language {
  let cache = guesses.get(sourceCode)
  if (!cache) guesses.set(sourceCode, (cache = new Map()))
  let language = cache.get(text)
  if (language === undefined) {
    const guess = guessLanguage(text)
    language = guess === 'unknown' ? documentLanguage(sourceCode) : guess
    cache.set(text, language)
  }
  return language
}
