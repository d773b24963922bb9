import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/facts/statements.js'

describe('normalize', () => {
  it('folds quotes, dashes and spaces and lower-cases each unit, keeping the length', () => {
    expect(normalize('We’re an “Equal\u00a0Opportunity” Employer — İstanbul\tΣΑΣ')).toBe('we\'re an "equal opportunity" employer - İstanbul σασ')
  })

  it('maps every UTF-16 unit on its own, as lower-casing it alone does', () => {
    const FOLDS: Record<string, string> = { '’': "'", '`': "'", '“': '"', '—': '-', '\u00a0': ' ', '\n': ' ', '\uFFFC': ' ' }
    const reference = (text: string): string =>
      [...Array(text.length).keys()]
        .map((index) => {
          const unit = text[index]!
          if (FOLDS[unit]) return FOLDS[unit]
          const lower = unit.toLowerCase()
          return lower.length === 1 ? lower : unit
        })
        .join('')
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'é', 'É', 'İ', 'Σ', '𐐀', '\ud801', 'ß', '’', '`', '“', '—', '\u00a0', '\n', '\uFFFC', 'x', ' ') }), (text) => {
        expect(normalize(text)).toBe(reference(text))
        expect(normalize(text).length).toBe(text.length)
      }),
      { seed: 165, numRuns: 2000 },
    )
    expect(normalize('x'.repeat(20_000) + 'Y')).toBe('x'.repeat(20_000) + 'y')
  })
})
