/**
 * How statements.ts trims a sentence: bullets, dashes and blanks off its
 * start, blanks off its end, read unit by unit rather than by two patterns
 * over a slice.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBlankUnit, trim } from '../../src/facts/statements.js'

/** The patterns the trimming stands for. */
const LEADING = /^[\s\uFFFC•◦▪‣*–-]+/u
const TRAILING = /(?<![\s\uFFFC])[\s\uFFFC]+$/u

function byPatterns(text: string, start: number, end: number): [number, number] | undefined {
  if (end <= start) return undefined
  const slice = text.slice(start, end)
  const lead = LEADING.exec(slice)?.[0].length ?? 0
  const tail = TRAILING.exec(slice)?.[0].length ?? 0
  return lead + tail >= slice.length ? undefined : [start + lead, end - tail]
}

describe('trim', () => {
  it('reads every UTF-16 unit as white space or the object replacement character exactly as \\s does', () => {
    const differing: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (isBlankUnit(code) !== /^[\s\uFFFC]$/u.test(String.fromCharCode(code))) differing.push(code.toString(16))
    }
    expect(differing).toEqual([])
  })

  it('gives what the patterns give, on texts of blanks, bullets, letters and surrogates', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\ufffc', '•', '◦', '▪', '‣', '*', '–', '-', 'a', 'É', '1', '.', '😀', '\ud800', '\u2014')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(16), fc.nat(16), (parts, a, b) => {
        const text = parts.join('')
        const start = Math.min(a, text.length)
        const end = Math.min(b, text.length)
        expect(trim(text, start, end)).toEqual(byPatterns(text, start, end))
      }),
      { seed: 3011, numRuns: 30_000 },
    )
  })
})
