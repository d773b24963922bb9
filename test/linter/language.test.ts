import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FUNCTION_WORDS, guessLanguage } from '../../src/linter/language.js'

describe('guessLanguage', () => {
  it.each([
    ['en', 'You will work with our team on the data platform and the tools we use.'],
    ['fr', 'Vous travaillerez avec notre équipe sur la plateforme de données et les outils.'],
    ['fr', "L'équipe d'analyse où vous travaillerez est à Ottawa, dans la région de la capitale."],
    ['unknown', 'Senior Data Engineer'],
    ['unknown', 'Data and données, the team et la équipe.'],
    ['en', 'THE TEAM AND THE ROLE: YOU WILL WORK WITH US.'],
  ])('reads %s in “%s”', (language, text) => {
    expect(guessLanguage(text)).toBe(language)
  })

  it('counts the same words as a search for runs of letters does', () => {
    const reference = (text: string): string => {
      let english = 0
      let french = 0
      for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
        if (FUNCTION_WORDS.en.has(word)) english++
        if (FUNCTION_WORDS.fr.has(word)) french++
      }
      return `${english}/${french}`
    }
    const piece = fc.constantFrom(...FUNCTION_WORDS.en, ...FUNCTION_WORDS.fr, 'information', 'dans', 'À', 'OÙ', 'The', ' ', "'", '’', '-', '😀', 'é', 'x', '1', '\n', 'İ', '𝐀', 'ǅ')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        const [english, french] = reference(text).split('/').map(Number) as [number, number]
        const expected = english + french < 3 ? 'unknown' : french > english * 1.5 ? 'fr' : english > french * 1.5 ? 'en' : 'unknown'
        expect(guessLanguage(text)).toBe(expected)
      }),
      { seed: 4, numRuns: 3000 },
    )
  })
})
