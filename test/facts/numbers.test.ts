import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NUMBER, numbersIn } from '../../src/facts/pay.js'

const spans = (matches: Iterable<RegExpMatchArray>): Array<[number, string]> => [...matches].map((match) => [match.index!, match[0]])

describe('numbersIn', () => {
  it('finds the numbers NUMBER finds, where it finds them', () => {
    const piece = fc.constantFrom('1', '12', '123', '1234', ',', '.', "'", '’', ' ', '\u00a0', '\u202f', '$', 'k', '٣', '²', '-', 'a', '000', ',00', '.5', '12345678901234')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('')
        expect(spans(numbersIn(text))).toEqual(spans(text.matchAll(NUMBER)))
        expect(spans(numbersIn(text, true))).toEqual(spans(text.matchAll(NUMBER)).slice(0, 1))
      }),
      { seed: 137, numRuns: 5000 },
    )
  })

  it('reads grouped figures and decimals whole', () => {
    expect(spans(numbersIn('$88,520 to $1,234,567.50 or 12 345 $ and 4٣5'))).toEqual([
      [1, '88,520'],
      [12, '1,234,567.50'],
      [28, '12 345'],
    ])
  })
})
