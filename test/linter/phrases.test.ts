import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { definePhrases, phraseKey, phraseWords, scanPhrases, type PhraseMatch } from '../../src/linter/phrases.js'
import { sourceFor } from './helpers.js'

const WORDS = definePhrases<string>('test/phrases', [
  { phrase: 'hit the ground running', data: 'idiom' },
  { phrase: 'man-hours', data: 'hours' },
  { phrase: 'manhours', data: 'hours' },
  { phrase: 'ablebodied', data: 'able' },
  { phrase: 'father of *', data: 'wildcard' },
  { phrase: 'ADD', data: 'acronym' },
  { phrase: "l'ingénieur", data: 'elided' },
])

function matches(text: string, filename = 'posting.md'): Array<{ data: string; text: string; range: readonly [number, number]; count: number }> {
  const found = (scanPhrases(sourceFor(text, filename)).get(WORDS.id) ?? []) as Array<PhraseMatch<string>>
  return found.map((match) => ({ data: match.entry.data, text: match.text, range: match.range, count: match.count }))
}

describe('phraseWords', () => {
  it('splits at spaces, hyphens and slashes and trims punctuation', () => {
    expect(phraseWords('man-hours')).toEqual(['man', 'hours'])
    expect(phraseWords('work hard, play hard')).toEqual(['work', 'hard', 'play', 'hard'])
    expect(phraseWords('he/she')).toEqual(['he', 'she'])
  })

  it('drops French elisions from the word they lean on', () => {
    expect(phraseWords("l'ingénieur")).toEqual(['ingénieur'])
    expect(phraseWords('d’expérience canadienne')).toEqual(['expérience', 'canadienne'])
    expect(phraseWords("jusqu'à")).toEqual(['à'])
    expect(phraseWords("don't")).toEqual(["don't"])
  })

  it('gives what trimming every word with the Unicode patterns gives', () => {
    // The reference: each word trimmed of non-letters, non-digits (but * and ') and its elision dropped.
    const reference = (phrase: string): string[] =>
      phrase
        .replace(/[’‘]/g, "'")
        .split(/[\s\-‐–/]+/u)
        .map((word) => word.replace(/^[^\p{L}\p{N}*']+|(?<![^\p{L}\p{N}*'])[^\p{L}\p{N}*']+$/gu, '').replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/iu, ''))
        .filter((word) => word !== '')
    const piece = fc.constantFrom('a', 'Z', 'é', '9', '*', "'", '’', ' ', '-', '/', '.', ',', '(', '!', 'l', 'qu', 'Ü', '٣', '🙂')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const phrase = pieces.join('')
        expect(phraseWords(phrase)).toEqual(reference(phrase))
      }),
      { seed: 3, numRuns: 3000 },
    )
  })
})

describe('scanPhrases', () => {
  it('finds a phrase across spaces, hyphens and slashes, with its range and word count', () => {
    expect(matches('New hires hit the ground running.')).toEqual([{ data: 'idiom', text: 'hit the ground running', range: [10, 32], count: 4 }])
    expect(matches('It takes man/hours.')).toEqual([{ data: 'hours', text: 'man/hours', range: [9, 18], count: 2 }])
  })

  it('reports a hyphenated word once when both of its spellings are listed', () => {
    expect(matches('It takes many man-hours.')).toEqual([{ data: 'hours', text: 'man-hours', range: [14, 23], count: 2 }])
    expect(matches('It takes many manhours.')).toEqual([{ data: 'hours', text: 'manhours', range: [14, 22], count: 1 }])
  })

  it('reads a hyphenated word whole, as a closed compound', () => {
    expect(matches('We want able-bodied people.')).toEqual([{ data: 'able', text: 'able-bodied', range: [8, 19], count: 2 }])
    // Two words with a space are not the compound.
    expect(matches('We are able bodied.')).toEqual([])
  })

  it('matches a wildcard word and never crosses a sentence', () => {
    expect(matches('He is the father of modern hiring.')).toEqual([{ data: 'wildcard', text: 'father of modern', range: [10, 26], count: 3 }])
    expect(matches('Ask my father. Of course.')).toEqual([])
  })

  it('keeps capitals when the phrase has them', () => {
    expect(matches('We ADD value.').map((match) => match.data)).toEqual(['acronym'])
    expect(matches('We add value.')).toEqual([])
  })

  it('reads a word after a French elision without the elision', () => {
    expect(matches("Le poste d'ingénieur est ouvert.")).toEqual([{ data: 'elided', text: 'ingénieur', range: [11, 20], count: 1 }])
    expect(matches('Le poste d’ingénieur est ouvert.')).toEqual([{ data: 'elided', text: 'ingénieur', range: [11, 20], count: 1 }])
  })
})

describe('phraseKey', () => {
  it('is the phrase’s words, lower-cased, one space apart, for any phrase', () => {
    expect(phraseKey('Man-hours')).toBe('man hours')
    expect(phraseKey('Hit the Ground Running')).toBe('hit the ground running')
    const piece = fc.constantFrom('a', 'B', 'man', 'Hours', '9', '*', ' ', '  ', '-', '–', '/', '’', "'", 'é', '.', '')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const phrase = pieces.join('')
        expect(phraseKey(phrase)).toBe(phraseWords(phrase).join(' ').toLowerCase())
      }),
      { numRuns: 3000 },
    )
  })
})
