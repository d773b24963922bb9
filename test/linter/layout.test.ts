/**
 * The layout the facts read besides the prose: table cells row by row and
 * the outermost lists, as file ranges, the same for Markdown and HTML.
 */
import { describe, expect, it } from 'vitest'
import { sourceFor } from './helpers.js'
import { SourceCode } from '../../src/linter/source-code.js'
import { parseDocument } from '../../src/linter/parse.js'
import { LineIndex } from '../../src/linter/lines.js'
import { parseMarkdownRemark } from '../../src/linter/parse-markdown.js'
import type { MarkupRoot, Range } from '../../src/types.js'

const texts = (source: SourceCode, ranges: readonly Range[]): string[] => ranges.map((range) => source.getText(range))

describe('layout', () => {
  it('gives a Markdown table cell by cell, header row first (a cell from its leading pipe, the last one to its closing pipe)', () => {
    const source = sourceFor('# Role\n\n| Location | Pay |\n| --- | --- |\n| Denver, CO | $90,000 |\n')
    expect(source.tables).toHaveLength(1)
    expect(source.tables[0]!.map((row) => texts(source, row))).toEqual([
      ['| Location ', '| Pay |'],
      ['| Denver, CO ', '| $90,000 |'],
    ])
  })

  it('gives only the outermost lists of Markdown, in order', () => {
    const source = sourceFor('Duties:\n\n- Plan\n  - Budget\n- Lead\n\nPerks:\n\n1. Pension\n')
    expect(texts(source, source.lists)).toEqual(['- Plan\n  - Budget\n- Lead', '1. Pension'])
  })

  it('gives HTML tables through thead and tbody, a table in a cell after the one around it', () => {
    const html = '<main><table><thead><tr><th>Location</th></tr></thead><tbody><tr><td>Austin<table><tr><td>TX</td></tr></table></td></tr></tbody></table></main>'
    const source = sourceFor(html, 'posting.html')
    expect(source.tables.map((table) => table.map((row) => texts(source, row)))).toEqual([
      [['<th>Location</th>'], ['<td>Austin<table><tr><td>TX</td></tr></table></td>']],
      [['<td>TX</td>']],
    ])
  })

  it('gives HTML ul, ol and dl lists, not the lists inside them', () => {
    const source = sourceFor('<main><ul><li>A<ol><li>B</li></ol></li></ul><p>x</p><dl><dt>Pay</dt><dd>$1</dd></dl></main>', 'posting.html')
    expect(texts(source, source.lists)).toEqual(['<ul><li>A<ol><li>B</li></ol></li></ul>', '<dl><dt>Pay</dt><dd>$1</dd></dl>'])
  })

  it('leaves out tables and lists written as raw HTML in Markdown (not in the mdast), and plain text has none', () => {
    const markdown = sourceFor('Intro.\n\n<table><tr><td>Remote</td></tr></table>\n\n<ul><li>A</li></ul>\n')
    expect(markdown.tables).toEqual([])
    expect(markdown.lists).toEqual([])
    const text = sourceFor('- one\n- two\n', 'posting.txt')
    expect(text.tables).toEqual([])
    expect(text.lists).toEqual([])
  })

  it('takes the layout a parser gives instead of reading the markup', () => {
    const body = '- a\n- b\n'
    const lines = new LineIndex(body)
    const document = { ...parseDocument(body, 'markdown', lines), layout: { tables: [[[[0, 3] as Range]]], lists: [[4, 7] as Range] } }
    const source = new SourceCode(body, false, document, lines)
    expect(source.tables).toEqual([[[[0, 3]]]])
    expect(source.lists).toEqual([[4, 7]])
  })
})

describe('the markup tree on demand', () => {
  it('builds the tree a parser left for later once, when first asked for', () => {
    const body = '# Pay\n\n<b>[Company]</b> pays well.\n'
    const lines = new LineIndex(body)
    const parsed = parseMarkdownRemark(body, lines, true)
    let built = 0
    const tree = parsed.markup as MarkupRoot
    const source = new SourceCode(body, false, { ...parsed, markup: () => (built++, tree) }, lines)
    expect(built).toBe(0)
    expect(source.tables).toEqual([])
    expect(built).toBe(1)
    expect(source.markup?.type).toBe('root')
    expect(built).toBe(1)
  })

  it('gives the raw HTML of Markdown, blocks and inline tags, in order', () => {
    const source = sourceFor('<div>\nHi\n</div>\n\nPay <b>well</b>.\n')
    expect(source.rawHtml.map((range) => source.getText(range))).toEqual(['<div>\nHi\n</div>', '<b>', '</b>'])
    expect(sourceFor('<p>Pay</p>', 'posting.html').rawHtml).toEqual([])
  })
})
