import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyse, beginnings, WORD_END, WORD_START, requirements, topLevelAlternatives, WordAlternatives, wordPattern, wordPatternAlternations, wordPatternRegexes, type WordPattern } from '../../src/linter/word-patterns.js'
import { matchesOf } from '../../src/linter/matches.js'
import { narrowSource } from '../../src/linter/narrow.js'
import { PRECOMPUTED } from '../../src/linter/word-patterns.generated.js'
// @ts-expect-error: a build script, in JavaScript.
import { GENERATED, generate } from '../../scripts/generate-word-patterns.mjs'
import * as cues from '../../src/facts/statement-data.js'
import { normalize } from '../../src/facts/statements.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

/** Every statement cue list, as statements.ts joins it (a space stands for a run of spaces). */
const CUE_LISTS: Array<[string, string]> = Object.entries(cues)
  .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && typeof entry[1][0] === 'string')
  .map(([name, list]) => [name, list.map((item) => item.replaceAll(' ', ' +')).join('|')])

const PATTERNS: Array<[string, WordPattern]> = CUE_LISTS.map(([name, source]) => [name, wordPattern(source)])

const WHOLE = '\u0000'
const sorted = (source: string, endsWord?: boolean): string[] | undefined => {
  const found = beginnings(source, endsWord)
  return found && [...found].map((item) => item.replace(WHOLE, '$')).sort()
}

/** The pattern's answers are its regular expression's, whether or not it was run. */
function expectSameAnswers(pattern: WordPattern, text: string): void {
  expect(pattern.test(text)).toBe(pattern.regex.test(text))
  const match = pattern.exec(text)
  const expected = pattern.regex.exec(text)
  expect(match && { index: match.index, text: match[0], groups: match.groups }).toEqual(expected && { index: expected.index, text: expected[0], groups: expected.groups })
}

describe('beginnings', () => {
  it('reads the words every match begins with, whole where a word end follows', () => {
    expect(sorted('must|only|open +to')).toEqual(['must$', 'only$', 'open$'])
    expect(sorted('(?:legally +)?(?:eligible|entitled) +to +work')).toEqual(['eligible$', 'entitled$', 'legally$'])
    expect(sorted('(?:fe)?male +candidates')).toEqual(['fe', 'male$'])
    expect(sorted('(?<!not )will +go')).toEqual(['will$'])
    expect(sorted('\\d{1,3} +positions?')).toEqual([...'0123456789'])
    expect(sorted('foo\\.bar|x-ray')).toEqual(['foo$', 'x$'])
  })

  it('keeps only the certain part of a word that may go on or lose letters', () => {
    expect(sorted('colou?r')).toEqual(['colo'])
    expect(sorted('cooperat+e')).toEqual(['cooperat'])
    expect(sorted('h-?1b')).toEqual(['h'])
    expect(sorted('(?:ab)+c')).toEqual(['ab'])
    expect(sorted('x{1,3}')).toEqual(['x'])
    // A whole cue list ends at a word end; a part of one may be followed by more letters.
    expect(sorted('ai', true)).toEqual(['ai$'])
    expect(sorted('ai', false)).toEqual(['ai'])
    expect(sorted('(?:ai)s')).toEqual(['ai'])
  })

  it('gives up on what it cannot read for certain', () => {
    expect(sorted('[\\p{L}.]{2,20}[- +]based')).toBeUndefined()
    expect(sorted('a?b')).toBeUndefined()
    expect(sorted('.{0,40}employer')).toBeUndefined()
    expect(sorted('(?:|foo)bar')).toBeUndefined()
    expect(sorted('\\+ +bonus')).toBeUndefined()
    expect(sorted('equal|(?=x)?y')).toBeUndefined()
  })

  it('splits at top-level bars only', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f'])
  })
})

describe('word-patterns.generated.ts', () => {
  it('is up to date with the built-in patterns (run `npm run build && node scripts/generate-word-patterns.mjs && npm run build` when not)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await generate())
  })

  it('holds what reading each pattern gives', async () => {
    expect(PRECOMPUTED.size).toBeGreaterThan(60)
    for (const [alternation, analysis] of PRECOMPUTED) expect(analysis).toEqual(analyse(alternation))
    // The modules that make word patterns (statements.ts above, the rules' below) made them of these very alternations, and found them read ahead.
    await import('../../rules/index.js')
    const made = new Set(wordPatternAlternations())
    expect([...PRECOMPUTED.keys()].filter((alternation) => !made.has(alternation))).toEqual([])
  })
})

describe('requirements', () => {
  const read = (alternative: string, endsWord?: boolean): string[] => [...new Set(requirements(alternative, endsWord).map((set) => [...set].map((item) => item.replace(WHOLE, '$')).sort().join(',')))]

  it('reads every word a match must hold where a word starts', () => {
    expect(read('employment +authori[sz]ation')).toEqual(['employment$', 'authori'])
    expect(read('(?:legally +)?(?:eligible|entitled) +to +work')).toEqual(['eligible$,entitled$,legally$', 'eligible$,entitled$', 'to$', 'work$'])
    expect(read('(?:this|the) +(?:job +)?(?:posting|position)')).toEqual(['the$,this$', 'position$,posting$'])
    expect(read('\\+ +bonus')).toEqual(['bonus$'])
    expect(read('(?<![\\p{L}.])[\\p{L}.]{2,20}[- +]based +only')).toEqual(['based$', 'only$'])
    expect(read('\\d{1,3} +positions? +to +be +filled')).toEqual(['0,1,2,3,4,5,6,7,8,9', 'position', 'to$', 'be$', 'filled$'])
  })

  it('reads no word inside another, after a part that may be absent, or past a repeated letter', () => {
    // "verify" may follow "e" directly; "ation" follows letters.
    expect(read('e-?verify')).toEqual(['e'])
    expect(read('(?:fe)?male +candidates')).toEqual(['fe,male$', 'candidates$'])
    // Without the group, "d" goes on the word "ab".
    expect(read('ab(?:c +)?d')).toEqual(['ab'])
    expect(read('ab(?:-| )?d')).toEqual(['ab'])
    expect(read('co+l +x')).toEqual(['co', 'x$'])
    expect(read('a.{0,40}bonus')).toEqual(['a'])
    expect(read('(?:[\\p{L}-]{1,20}){0,2}only')).toEqual([])
    // Words that may stand before it end in spaces, so "only" still starts a word.
    expect(read('(?:[\\p{L}-]{1,20} +){0,2}only')).toEqual(['only$'])
  })
})

describe('wordPattern', () => {
  it('refuses flags that would keep a position between calls or fold case', () => {
    expect(() => wordPattern('a', 'gu')).toThrow(/flags gu/)
    expect(() => wordPattern('a', 'iu')).toThrow(/flags iu/)
  })

  it('answers as its regular expression on texts made of cue words, parts of them and neighbours', () => {
    const words = [...new Set(CUE_LISTS.flatMap(([, source]) => source.match(/\p{L}{1,}/gu) ?? []))]
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((item) => item.slice(0, 3)),
      fc.constantFrom(...words).map((item) => `${item}s`),
      fc.constantFrom(...words).map((item) => item.toUpperCase()),
      fc.constantFrom('the', 'to', 'a', 'é', 'ai', 'h1b', '2', '10', 'e', 'x', '𝒜i', '\ud835', 'e\u0301', 'İ', 'ß'),
    )
    const gap = fc.constantFrom(' ', '  ', '-', "'", '.', ', ', '/', '', ' + ', '\ud835', '\u0301')
    const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((parts) => parts.map(([item, space]) => item + space).join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: PATTERNS.length - 1 }), (sample, which) => {
        expectSameAnswers(PATTERNS[which]![1], sample)
      }),
      { seed: 2611, numRuns: 20_000 },
    )
  })

  it('answers as its regular expression on every line of real postings', () => {
    const files = corpusFiles().filter((_, index) => index % 4 === 0)
    let lines = 0
    let matched = 0
    const differing: string[] = []
    for (const file of files) {
      for (const line of normalize(readFileSync(path.join(CORPUS, file), 'utf8')).split(/(?<=[.!?:]) /u)) {
        lines++
        for (const [name, pattern] of PATTERNS) {
          const answer = pattern.regex.exec(line)
          if (answer) matched++
          if (pattern.test(line) !== (answer !== null) || pattern.exec(line)?.index !== answer?.index) differing.push(`${name}: ${line}`)
        }
      }
    }
    expect(differing).toEqual([])
    expect(lines).toBeGreaterThan(10_000)
    expect(matched).toBeGreaterThan(1_000)
  })

  it('builds its expressions when first run, and on demand', () => {
    const pattern = wordPattern('zebra +crossing')
    expect(pattern.test('no zebra here')).toBe(false)
    const sources = wordPatternRegexes().map((regex) => regex.source)
    expect(sources).toContain(`${WORD_START}(?:zebra +crossing)${WORD_END}`)
    expect(pattern.regex.test('a zebra  crossing')).toBe(true)
  })

  it('does not run on a text that lacks a word each entry needs', () => {
    // Count the expressions built: a pattern builds its own the first time it runs.
    const Original = globalThis.RegExp
    let built = 0
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        built++
        return Reflect.construct(target, args, newTarget) as object
      },
    })
    try {
      const pattern = wordPattern('pedestrian +crossing|crossing +guard')
      expect(pattern.test('a pedestrian walks by the guard')).toBe(false)
      // Words are indexed by their first four letters: "crossings" may be "crossing", and "guarded" "guard"; "closed" is neither.
      expect(pattern.test('crossings are closed')).toBe(false)
      expect(pattern.exec('cross the street')).toBeNull()
      expect(built).toBe(0)
      expect(pattern.test('a crossing guard')).toBe(true)
      expect(built).toBe(1)
    } finally {
      globalThis.RegExp = Original
    }
  })

  it('answers for patterns registered after texts were read', () => {
    const early = wordPattern('sponsorship')
    expect(early.test('no visa sponsorship')).toBe(true)
    const late = wordPattern('visa')
    expect(late.test('no visa sponsorship')).toBe(true)
    expect(late.test('no sponsorship')).toBe(false)
  })
})

describe('WordAlternatives', () => {
  /** Alternatives that overlap, start together, share words, and one that may match nothing. */
  const ALTERNATIVES = [
    ['one', 'crossing +guard'],
    ['two', 'crossing(?: +guards?)?'],
    ['three', 'guard +(?:on +)?duty'],
    ['four', 'on +duty'],
    ['five', '(?:the +)?crossing +guard +on'],
    ['six', 'zebras?'],
    ['seven', 'x?'],
  ] as const
  /** The one pattern they stand for, each alternative a named group. */
  const one = (alternatives: ReadonlyArray<readonly [string, string]>, flags: string): RegExp =>
    new RegExp(`${WORD_START}(?:${alternatives.map(([tag, source]) => `(?<${tag}>${source})`).join('|')})${WORD_END}`, `g${flags}`)
  const asOne = (pattern: RegExp, text: string) =>
    matchesOf(text, pattern).map((match) => ({ index: match.index, text: match[0], tag: Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined)?.[0] }))

  it('finds the matches the one pattern finds, in its order, with the alternative that wins there', () => {
    const word = fc.constantFrom('crossing', 'Crossing', 'guard', 'guards', 'GUARD', 'on', 'duty', 'the', 'zebra', 'zebras', 'x', 'ſ', 'crossings', 'ons', '😀', '𝒜')
    const gap = fc.constantFrom(' ', '  ', '', '-', '.', '\u0301')
    const text = fc.array(fc.tuple(word, gap), { maxLength: 10 }).map((parts) => parts.map(([item, space]) => item + space).join(''))
    for (const flags of ['u', 'iu']) {
      const alternatives = new WordAlternatives(ALTERNATIVES, flags)
      const pattern = one(ALTERNATIVES, flags)
      fc.assert(
        fc.property(text, (sample) => {
          const words = flags === 'iu' ? sample.toLowerCase().replaceAll('ſ', 's') : sample
          expect(alternatives.matches(sample, words)).toEqual(asOne(pattern, sample))
        }),
        { seed: 3011, numRuns: 5_000 },
      )
    }
    const alternatives = new WordAlternatives(ALTERNATIVES, 'u')
    // Two alternatives start together: the first listed wins, as in the one pattern; a later one overlapping a match is passed over.
    expect(alternatives.matches('a crossing guard on duty', 'a crossing guard on duty')).toEqual([
      { index: 2, text: 'crossing guard', tag: 'one' },
      { index: 17, text: 'on duty', tag: 'four' },
    ])
    // An empty match, between two spaces: the next is looked for one character on.
    expect(alternatives.matches('x  zebra', 'x  zebra')).toEqual([
      { index: 0, text: 'x', tag: 'seven' },
      { index: 2, text: '', tag: 'seven' },
      { index: 3, text: 'zebra', tag: 'six' },
    ])
    expect(asOne(one(ALTERNATIVES, 'u'), 'x  zebra')).toEqual(alternatives.matches('x  zebra', 'x  zebra'))
  })

  it('builds and runs only the alternatives the words allow', () => {
    const Original = globalThis.RegExp
    const built: string[] = []
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args, newTarget) {
        built.push(String(args[0]))
        return Reflect.construct(target, args, newTarget) as object
      },
    })
    try {
      const alternatives = new WordAlternatives([['a', 'pedestrian +crossing'], ['b', 'crossing +guard'], ['c', 'school +zone']], 'iu')
      expect(alternatives.matches('A school bus', 'a school bus')).toEqual([])
      expect(built).toEqual([])
      expect(alternatives.matches('Near the School Zone', 'near the school zone')).toEqual([{ index: 9, text: 'School Zone', tag: 'c' }])
      // Its narrow twin (narrow.ts): the text holds no letter beyond Latin.
      const source = `${WORD_START}(?:school +zone)${WORD_END}`
      expect(built).toEqual([narrowSource(source, 'giu')])
      // An emoji makes the text wide: the expression itself is built and run.
      expect(alternatives.matches('Near the School Zone 🚸', 'near the school zone 🚸')).toEqual([{ index: 9, text: 'School Zone', tag: 'c' }])
      expect(built).toEqual([narrowSource(source, 'giu'), source])
      // All of them for the checks that must see every expression.
      expect(wordPatternRegexes().map((regex) => regex.source)).toContain(`${WORD_START}(?:crossing +guard)${WORD_END}`)
    } finally {
      globalThis.RegExp = Original
    }
  })

  it('refuses flags that keep a position', () => {
    expect(() => new WordAlternatives([['a', 'b']], 'gu')).toThrow(/flags gu/)
  })
})

describe('WORD_START', () => {
  it('finds the same word starts as the Unicode look-behind alone, with or without the i flag', () => {
    const chars = ['a', 'Z', '0', '9', '_', ' ', '-', "'", 'é', 'ſ', '\u212a', 'ß', 'Σ', '٣', 'Ⅻ', '😀', '\u0301', '.', 'x']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), fc.constantFrom('u', 'iu'), (parts, flags) => {
        const text = parts.join('')
        const starts = (pattern: string): number[] => [...text.matchAll(new RegExp(`${pattern}[a-z\\d]`, `g${flags}`))].map((match) => match.index)
        return JSON.stringify(starts(WORD_START)) === JSON.stringify(starts('(?<![\\p{L}\\p{N}])'))
      }),
      { numRuns: 20_000 },
    )
  })
})
