/**
 * The natural-language tree's tokens are made by postlint's own pass
 * (tokenizeInto in src/linter/prose.ts), which must give parse-latin's
 * tokens exactly: the same types, values and offsets, over the corpus,
 * hand-written cases and generated text. parse-latin's plugin that breaks
 * sentences at blank lines runs only where there is one to break at.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { ParseEnglish } from 'parse-english'
import type { SentenceContent } from 'nlcst'
import { describe, expect, it } from 'vitest'
import { toString } from 'nlcst-to-string'
import { LineIndex } from '../../src/linter/lines.js'
import { alignToSource, breakImplicitSentences, MARK_PLUGINS, tokenizeInto } from '../../src/linter/prose.js'
import { sourceFor } from './helpers.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

const parser = new ParseEnglish()

interface Plain {
  type: string
  value?: string
  start: number
  end: number
  children?: Plain[]
}

const plain = (node: SentenceContent): Plain => ({
  type: node.type,
  ...('value' in node ? { value: node.value } : {}),
  start: node.position!.start.offset!,
  end: node.position!.end.offset!,
  ...('children' in node ? { children: (node.children as SentenceContent[]).map(plain) } : {}),
})

/** Tokens of `value` with each character at its own offset. */
const ours = (value: string, from = 0, to = value.length): Plain[] => {
  const units = new Int32Array(value.length)
  for (let index = 0; index < value.length; index++) units[index] = index
  const out: SentenceContent[] = []
  tokenizeInto(value, from, to, { start: units, end: units.map((index) => index + 1) }, out, new LineIndex(value))
  return out.map(plain)
}

const theirs = (value: string, from = 0, to = value.length): Plain[] =>
  parser.tokenize(value.slice(from, to)).map((node) => shift(plain(node), from))

const shift = (node: Plain, by: number): Plain => ({
  ...node,
  start: node.start + by,
  end: node.end + by,
  ...(node.children ? { children: node.children.map((child) => shift(child, by)) } : {}),
})

describe('tokenizeInto', () => {
  it('splits words, white space, punctuation and symbols as parse-latin does', () => {
    expect(ours('Hi, world!  $5')).toEqual([
      { type: 'WordNode', start: 0, end: 2, children: [{ type: 'TextNode', value: 'Hi', start: 0, end: 2 }] },
      { type: 'PunctuationNode', value: ',', start: 2, end: 3 },
      { type: 'WhiteSpaceNode', value: ' ', start: 3, end: 4 },
      { type: 'WordNode', start: 4, end: 9, children: [{ type: 'TextNode', value: 'world', start: 4, end: 9 }] },
      { type: 'PunctuationNode', value: '!', start: 9, end: 10 },
      { type: 'WhiteSpaceNode', value: '  ', start: 10, end: 12 },
      { type: 'SymbolNode', value: '$', start: 12, end: 13 },
      { type: 'WordNode', start: 13, end: 14, children: [{ type: 'TextNode', value: '5', start: 13, end: 14 }] },
    ])
  })

  it('keeps repeated punctuation, surrogate pairs and lone surrogates together as parse-latin does', () => {
    for (const value of ['Wait... what?!', 'a -- b --- c', 'ok 👍👍 fine', '😀x😀', '\uD83D', 'a\uDE00b', '\uD83D\uD83D\uDE00', '“quoted” — dash', 'tab\there\r\nline']) {
      expect(ours(value)).toEqual(theirs(value))
    }
  })

  it('reads only the given part of the value, at its offsets', () => {
    const value = 'Skip this. Read this part only.'
    expect(ours(value, 11, 25)).toEqual(theirs(value, 11, 25))
    expect(ours(value, 5, 5)).toEqual([])
  })

  it('gives parse-latin’s tokens for every posting of the corpus', () => {
    const files = corpusFiles()
    expect(files.length).toBeGreaterThan(500)
    for (const file of files) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8')
      const got = ours(text)
      const expected = theirs(text)
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ file, tokens: got }).toEqual({ file, tokens: expected })
    }
  })

  it('gives parse-latin’s tokens for generated text', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', 'é', 'ß', '9', '٣', ' ', '\t', '\n', '\r', '\u00A0', '\u2003', '.', ',', '!', '?', '…', '-', '—', "'", '’', '"', '(', ')', '$', '€', '%', '&', '@', '#', '/', '\\', '+', '=', '©', '™', '😀', '\uD83D', '\uDE00', '\u0301', '\u200B', '中', 'ا'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.nat(), fc.nat(), (units, a, b) => {
        const value = units.join('')
        const from = value.length === 0 ? 0 : a % (value.length + 1)
        const to = from + (value.length === from ? 0 : b % (value.length - from + 1))
        expect(ours(value, from, to)).toEqual(theirs(value, from, to))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('sentences broken at blank lines', () => {
  it('finds parse-latin’s plugin that breaks them, which runs only where a sentence holds such a space', () => {
    expect(breakImplicitSentences).toBeInstanceOf(Function)
    expect(parser.tokenizeParagraphPlugins).toContain(breakImplicitSentences)
  })

  it('still breaks a sentence at white space with two line breaks, and only there', () => {
    const sentences = (text: string) =>
      sourceFor(text, 'p.html').paragraphs.flatMap((paragraph) => paragraph.children.filter((child) => child.type === 'SentenceNode').map((sentence) => toString(sentence)))
    expect(sentences('<p>We hire\n\nengineers now</p>')).toEqual(['We hire', 'engineers now'])
    expect(sentences('<p>We hire\r\n \r\nengineers now</p>')).toEqual(['We hire', 'engineers now'])
    expect(sentences('<p>We hire\nengineers now</p>')).toEqual(['We hire\nengineers now'])
    expect(sentences('<p>We hire\r\nengineers now</p>')).toEqual(['We hire\nengineers now'])
  })
})

describe('sentence plugins of one mark', () => {
  it('finds the plugins that merge `&`, `-`, `/` and English elisions into words, which run only where a paragraph holds their marks', () => {
    expect([...MARK_PLUGINS.values()].sort()).toEqual(['&', '-', '/', "/'\u2019"])
    for (const plugin of MARK_PLUGINS.keys()) expect(parser.tokenizeSentencePlugins).toContain(plugin)
  })

  it('reads the words of paragraphs with and without those marks as parse-english does', () => {
    const words = (nodes: ReadonlyArray<{ type: string; children?: unknown[] }>): string[] =>
      nodes.flatMap((node) => (node.type === 'WordNode' ? [toString(node as SentenceContent)] : node.children ? words(node.children as Array<{ type: string; children?: unknown[] }>) : []))
    for (const text of ['We hire &co engineers.', 'Self- and team-led work.', 'Read and/or write a/b or ab/cd files.', 'R&D at AT&T, &more - and -so.', 'Coffee w/ milk.', "'Tis rock 'n' roll, ol' times.", '\u2019Tis rock \u2019n\u2019 roll, ol\u2019 times.', "We're hiring, aren't we?", 'No marks here at all.']) {
      const ours = sourceFor(text, 'p.txt').paragraphs.flatMap((paragraph) => words(paragraph.children))
      expect(ours, text).toEqual(words(parser.parse(text).children))
    }
  })
})

describe('source maps', () => {
  it('each keep their own alignment, however many are made after them and however long', () => {
    const doc = 'Fish &amp; chips, then ' + 'x'.repeat(40_000) + ' and more text: '.repeat(3000)
    const made: Array<[value: string, start: number, map: ReturnType<typeof alignToSource>]> = []
    // Short and long values, plain and with a character reference, until several blocks have been cut.
    for (let round = 0; round < 40; round++) {
      made.push(['Fish & chips', 0, alignToSource('Fish & chips', doc, 0, 16)])
      made.push(['x'.repeat(40_000), 23, alignToSource('x'.repeat(40_000), doc, 23, 40_023)])
      const plain = ' and more text: '.repeat(round + 1)
      made.push([plain, 40_023, alignToSource(plain, doc, 40_023, 40_023 + plain.length)])
    }
    // Every length up to 700, so that some map meets the end of a block with room for one of its halves only.
    for (let length = 1; length <= 700; length++) made.push([doc.slice(40_023, 40_023 + length), 40_023, alignToSource(doc.slice(40_023, 40_023 + length), doc, 40_023, 40_023 + length)])
    for (const [value, start, map] of made) {
      expect(map.start.length).toBe(value.length)
      if (value.startsWith('Fish')) {
        expect([...map.start.slice(0, 6)]).toEqual([0, 1, 2, 3, 4, 5])
        expect([map.start[5], map.end[5], map.start[6]]).toEqual([5, 10, 10])
        continue
      }
      expect([...map.start]).toEqual(Array.from(value, (_, i) => start + i))
      expect([...map.end]).toEqual(Array.from(value, (_, i) => start + i + 1))
    }
  })
})
