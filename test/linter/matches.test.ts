import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { escapeRegExp, matchesOf } from '../../src/linter/matches.js'

/** What matchAll gives, in the shape compared: each match's groups, index and named groups. */
function shape(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((match) => ({ values: [...match], index: match.index, groups: match.groups }))
}

describe('matchesOf', () => {
  it('gives the matches matchAll gives, groups and indices included', () => {
    const pattern = /(?<word>[a-z]+)(\d)?/g
    const text = 'ab1 cd ef9 — gh'
    expect(shape(matchesOf(text, pattern))).toEqual(shape(text.matchAll(pattern)))
    expect(matchesOf(text, pattern).map((match) => match.groups?.['word'])).toEqual(['ab', 'cd', 'ef', 'gh'])
  })

  it('steps over empty matches as matchAll does: a unit, or a whole code point in Unicode mode', () => {
    const text = 'a😀b'
    expect(shape(matchesOf(text, /x*/g))).toEqual(shape(text.matchAll(/x*/g)))
    expect(shape(matchesOf(text, /x*/gu))).toEqual(shape(text.matchAll(/x*/gu)))
    expect(matchesOf(text, /x*/g).map((match) => match.index)).toEqual([0, 1, 2, 3, 4])
    expect(matchesOf(text, /x*/gu).map((match) => match.index)).toEqual([0, 1, 3, 4])
    // The v flag (ES2024), built at run time: the project targets ES2022.
    const sets = new RegExp('(?:)', 'gv')
    expect(shape(matchesOf(text, sets))).toEqual(shape(text.matchAll(new RegExp('(?:)', 'gv'))))
    expect(matchesOf(text, sets).map((match) => match.index)).toEqual([0, 1, 3, 4])
  })

  it('leaves lastIndex at 0, and lets code run for a match use the same expression', () => {
    const pattern = /\d+/g
    const outer = matchesOf('1 22 333', pattern)
    expect(pattern.lastIndex).toBe(0)
    const inner = outer.map((match) => matchesOf(match[0], pattern).length)
    expect(inner).toEqual([1, 1, 1])
    expect(outer.map((match) => match[0])).toEqual(['1', '22', '333'])
    expect(pattern.lastIndex).toBe(0)
  })

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => matchesOf('a', /a/)).toThrow(TypeError)
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError)
  })

  it('agrees with matchAll on any text, with and without Unicode mode', () => {
    const patterns = [/[a-c]*/g, /[a-c]*/gu, /b|(?=c)/g, /(?<=a)|😀/gu, /\p{L}+|/gu, /.?/g]
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '😀', '\ud800', '\udc00', 'é') }), fc.nat(patterns.length - 1), (text, which) => {
        const pattern = patterns[which]!
        expect(shape(matchesOf(text, pattern))).toEqual(shape(text.matchAll(pattern)))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself and nothing else, with or without the u flag', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'.*+?^${}()|[]\\/-ab é'.split('')) }), (text) => {
        for (const flags of ['', 'u']) {
          const pattern = new RegExp(`^${escapeRegExp(text)}$`, flags)
          expect(pattern.test(text)).toBe(true)
          expect(pattern.test(`${text}x`)).toBe(false)
        }
      }),
    )
  })
})
