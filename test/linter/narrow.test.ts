/**
 * Narrow twins (src/linter/narrow.ts): a pattern's Unicode property
 * escapes replaced by their ranges below U+0250, run on the texts whose
 * every character the two read alike. Checked character by character over
 * all of the BMP, on patterns and texts made at random, and by linting the
 * whole corpus with and without them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  computeNarrowTables,
  forText,
  isNarrowText,
  lazyPattern,
  NARROW_LIMIT,
  NARROW_PROPERTIES,
  narrowSource,
  tablesFor,
  testText,
  execText,
  setNarrowing,
} from '../../src/linter/narrow.js'
import { NARROW_TABLES } from '../../src/linter/narrow-classes.generated.js'
import { WORD_END, WORD_START, wordPatternRegexes } from '../../src/linter/word-patterns.js'
import { TextMemo } from '../../src/linter/text-memo.js'
import { lintText } from '../../src/index.js'
import { ADDRESS_CONTEXT } from '../../rules/data/email-forms.js'
import '../../rules/index.js'
// @ts-expect-error: a build script, in JavaScript.
import { GENERATED, generate } from '../../scripts/generate-narrow-classes.mjs'
import { CORPUS, corpusFiles } from '../corpus-files.js'

afterEach(() => {
  setNarrowing(true)
})

describe('the tables', () => {
  it('in use are the running Node’s', () => {
    expect(tablesFor(process.versions.unicode)).toEqual(computeNarrowTables())
    // ASCII is never asked about: no ASCII character folds beyond the ranges.
    const folded = new RegExp(`[${computeNarrowTables().folded}]`, 'u')
    expect(Array.from({ length: 0x80 }, (_, unit) => String.fromCharCode(unit)).filter((character) => folded.test(character))).toEqual([])
  })

  it.runIf(NARROW_TABLES.unicode === process.versions.unicode)('are up to date in the generated file, made under this Node’s Unicode version (run `npm run build && node scripts/generate-narrow-classes.mjs && npm run build` when not)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await generate())
  })

  it('are worked out from V8’s classes under another Unicode version', () => {
    const worked = tablesFor('0.0')
    expect(worked).not.toBe(NARROW_TABLES)
    expect(worked).toEqual({ ...NARROW_TABLES, unicode: process.versions.unicode })
    expect(tablesFor(NARROW_TABLES.unicode)).toBe(NARROW_TABLES)
  })
})

describe('a narrow text', () => {
  it('holds no letter, digit or mark beyond Latin Extended-B, nothing that folds to one, no surrogate', () => {
    // A circled letter is a symbol, and folds to one.
    expect(isNarrowText('Café crème – 5 € • “déjà vu” ’ Łódź ǅ ſ k 12½ ⓐ')).toBe(true)
    expect(isNarrowText('')).toBe(true)
    // µ is a lower-case letter to \p{Lu} under case folding (its capital is the Greek Μ); ß is (ẞ, U+1E9E).
    for (const wide of ['5 µm', 'Straße', 'Ω', '\u212a', 'e\u0301', 'ɐ', '½ 😀', '\ud800', 'Ⅳ', 'ﬁ']) expect(isNarrowText(`a ${wide} b`), wide).toBe(false)
  })

  it('is read alike by each property and its narrow ranges, character by character over the BMP, in a class and out, with and without case folding', () => {
    const narrow: string[] = []
    for (let unit = 0; unit < 0x10000; unit++) {
      const character = String.fromCharCode(unit)
      if (isNarrowText(character)) narrow.push(character)
    }
    // Every character below the limit but the few that fold beyond it, and most punctuation and symbols above.
    expect(narrow.length).toBeGreaterThan(NARROW_LIMIT - 40)
    expect(narrow).toContain('’')
    const all = narrow.join('')
    for (const name of NARROW_PROPERTIES) {
      for (const flags of ['gu', 'giu']) {
        for (const source of [`\\p{${name}}`, `[\\p{${name}}]`, `[^\\p{${name}}]`, `[\\p{${name}}_-]`, `[^\\p{${name}}\\p{N}*']`]) {
          const full = new RegExp(source, flags)
          const twin = new RegExp(narrowSource(source, flags)!, flags)
          expect([...all.matchAll(twin)].map((match) => match.index), `${source} /${flags}`).toEqual([...all.matchAll(full)].map((match) => match.index))
        }
      }
    }
  }, 60_000)

  it('keeps its answer for the last text only, and gives none while narrowing is off', () => {
    expect(isNarrowText('plain')).toBe(true)
    setNarrowing(false)
    expect(isNarrowText('plain')).toBe(false)
    setNarrowing(true)
    expect(isNarrowText('plain')).toBe(true)
  })
})

describe('narrowSource', () => {
  const L = NARROW_TABLES.ranges.L
  const N = NARROW_TABLES.ranges.N

  it('puts the ranges in a class of their own outside one, and into the class inside one', () => {
    expect(narrowSource('\\p{L}+', 'u')).toBe(`[${L}]+`)
    expect(narrowSource('(?<![\\p{L}\\p{N}])x(?![\\p{L}_-])', 'iu')).toBe(`(?<![${L}${N}])x(?![${L}_-])`)
    expect(narrowSource('[^\\p{L}\\p{N}*\']+', 'gu')).toBe(`[^${L}${N}*']+`)
    // No mark below U+0250: an empty class, which matches nothing (and negated, anything).
    expect(narrowSource('\\p{M}|[^\\p{M}]', 'u')).toBe('[]|[^]')
  })

  it('reads escapes as escapes', () => {
    expect(narrowSource('\\\\p{L}', 'u')).toBeUndefined()
    expect(narrowSource('[\\]\\p{L}]\\p{N}', 'u')).toBe(`[\\]${L}][${N}]`)
    expect(narrowSource('\\[\\p{L}', 'u')).toBe(`\\[[${L}]`)
    expect(narrowSource('\\u{1F600}\\p{Lu}', 'u')).toBe(`\\u{1F600}[${NARROW_TABLES.ranges.Lu}]`)
  })

  it('gives nothing to narrow for what the twin could not answer for', () => {
    expect(narrowSource('abc', 'u')).toBeUndefined()
    expect(narrowSource('\\p{L}\\P{L}', 'u')).toBeUndefined()
    expect(narrowSource('\\p{Script=Latin}', 'u')).toBeUndefined()
    expect(narrowSource('\\p{S}', 'u')).toBeUndefined()
    expect(narrowSource('\\p{L}', 'v')).toBeUndefined()
    expect(narrowSource('p{L}', '')).toBeUndefined()
  })
})

describe('forText and lazyPattern', () => {
  it('run the twin on a narrow text, the pattern itself on a wide one, with the same flags and a lastIndex of its own', () => {
    const pattern = /(?<![\p{L}])(\p{Lu}\p{L}+)/gu
    const twin = forText(pattern, 'Hello World')
    expect(twin).not.toBe(pattern)
    expect(twin.flags).toBe(pattern.flags)
    expect(forText(pattern, 'Hello World')).toBe(twin)
    expect(forText(pattern, 'Hello Ωmega')).toBe(pattern)
    twin.lastIndex = 3
    expect(pattern.lastIndex).toBe(0)
    twin.lastIndex = 0
    // Nothing to narrow, or no u flag: the pattern itself.
    expect(forText(/hello/giu, 'Hello')).toEqual(/hello/giu)
    const plain = /[a-z]+/g
    expect(forText(plain, 'Hello')).toBe(plain)
  })

  it('builds each expression when first needed', () => {
    const lazy = lazyPattern(() => '\\p{L}+', 'u')
    expect(lazy.for('abc').source).toBe(narrowSource('\\p{L}+', 'u'))
    expect(lazy.for('αβγ').source).toBe('\\p{L}+')
    expect(lazy.full()).toBe(lazy.for('αβγ'))
  })

  it('testText and execText answer as the pattern, and refuse one that keeps a position', () => {
    expect(testText(ADDRESS_CONTEXT, 'Please email us at')).toBe(true)
    expect(execText(/(\p{L}+)$/u, 'write to Zoë')?.[1]).toBe('Zoë')
    expect(execText(/(\p{L}+)$/u, 'write to Ζωή')?.[1]).toBe('Ζωή')
    expect(() => testText(/\p{L}/gu, 'a')).toThrow(/keeps a position/)
    expect(() => execText(/\p{L}/uy, 'a')).toThrow(/keeps a position/)
  })
})

/** Characters a posting holds, narrow and wide, weighted toward the boundaries the patterns look at. */
const CHARACTERS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'       ',
  ...'.,;:!?-–—’\'"“”()[]/&%$€£•…*_#@+\n\t\u00a0',
  ...'éèêàâçôûîïœæÉÀÇŒßµĳſǅŁłŠšŽžƒ²³½',
  ...'ΩαβКкɐɛʃ\u212a\u0301\u0308ﬁⅣⓐ😀𝐀',
]

describe('every built-in word pattern', () => {
  const patterns = wordPatternRegexes().map((regex) => (regex.global ? regex : new RegExp(regex.source, `g${regex.flags}`)))

  it('finds the same matches with its twin on random narrow texts', () => {
    expect(patterns.length).toBeGreaterThan(100)
    const words = ['remote', 'hybrid', 'equal', 'opportunity', 'employer', 'salary', 'apply', 'by', 'accommodation', 'disability', 'must', 'be', 'authorized', 'to', 'work', 'in', 'Canada', 'U.S.', 'citizens', 'only', 'résumé', 'poste', 'télétravail', 'Zoë', 'Ωmega', '😀', 'µm']
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...CHARACTERS)), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (sample) => {
        for (const pattern of patterns) {
          const twin = forText(pattern, sample)
          expect([...sample.matchAll(twin)].map((match) => [match.index, match[0]])).toEqual([...sample.matchAll(pattern)].map((match) => [match.index, match[0]]))
        }
      }),
      { numRuns: 150 },
    )
  }, 120_000)

  it('is written with the word boundaries narrowed too', () => {
    expect(narrowSource(`${WORD_START}(?:a)${WORD_END}`, 'u')).not.toContain('\\p{')
  })
})

describe('a lint of the corpus', () => {
  it('reports the same with the twins as with the expressions alone', { timeout: 300_000 }, async () => {
    const config = { extends: ['postlint:recommended'] }
    const lintAll = async (): Promise<unknown[]> => {
      TextMemo.forgetAll()
      const results: unknown[] = []
      for (const file of corpusFiles()) {
        const result = await lintText(readFileSync(path.join(CORPUS, file), 'utf8'), { filePath: file, config })
        results.push(result.messages)
      }
      return results
    }
    setNarrowing(false)
    const alone = await lintAll()
    // No twin was made while no text was narrow; they are made as the narrowed lint runs them.
    const probe = /(?<![\p{L}])probe(?![\p{L}])/u
    expect(forText(probe, 'a probe')).toBe(probe)
    setNarrowing(true)
    const narrowed = await lintAll()
    expect(forText(probe, 'a probe')).not.toBe(probe)
    expect(narrowed.length).toBeGreaterThan(500)
    expect(narrowed).toEqual(alone)
  })
})
