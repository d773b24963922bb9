/**
 * A paragraph whose text was read before is built from the shape of its
 * tree (src/linter/prose.ts) rather than tokenised again: it must be the
 * tree a first reading gives, node for node and point for point, positioned
 * in its own file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Paragraph, Word } from 'nlcst'
import { afterEach, describe, expect, it } from 'vitest'
import { LineIndex } from '../../src/linter/lines.js'
import { parseDocument } from '../../src/linter/parse.js'
import type { DocumentFormat } from '../../src/linter/document.js'
import { useParagraphShapes } from '../../src/linter/prose.js'
import { TextMemo } from '../../src/linter/text-memo.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures')

function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return fixtureFiles(full)
    return /\.(md|html)$/.test(name) ? [full] : []
  })
}

const formatOf = (file: string): DocumentFormat => (file.endsWith('.html') ? 'html' : 'markdown')
const nlcstOf = (text: string, format: DocumentFormat) => parseDocument(text, format, new LineIndex(text)).nlcst
/** The tree as JSON: every property, in its order. */
const treeOf = (text: string, format: DocumentFormat): string => JSON.stringify(nlcstOf(text, format))

/** Every word of a paragraph with its file offsets. */
function words(paragraph: Paragraph): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue
      const word = node as Word
      found.push([word.children.map((child) => ('value' in child ? child.value : '')).join(''), word.position!.start.offset!, word.position!.end.offset!])
    }
  }
  return found
}

afterEach(() => useParagraphShapes(true))

describe('paragraphs built from their shapes', () => {
  it('gives each file of the corpus and the fixtures the tree a first reading gives', () => {
    const files = [...corpusFiles().map((file) => path.join(CORPUS, file)), ...fixtureFiles()]
    const differ: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      useParagraphShapes(false)
      const first = treeOf(text, formatOf(file))
      useParagraphShapes(true)
      // Read twice: the second reading builds every paragraph whose shape the first one kept.
      treeOf(text, formatOf(file))
      if (treeOf(text, formatOf(file)) !== first) differ.push(file)
    }
    expect(files.length).toBeGreaterThan(600)
    expect(differ).toEqual([])
  })

  it('positions a paragraph read again by its own source: its entities, its line, its indentation', () => {
    TextMemo.forgetAll()
    const doc = [
      '# Apply',
      '',
      'We hire at AT&T in Reno; apply by May 5.',
      '',
      '> We hire at AT&amp;T in Reno; apply by May 5.',
      '',
      '- We hire at AT&#38;T in Reno; apply by May 5.',
      '',
    ].join('\n')
    const paragraphs = nlcstOf(doc, 'markdown').children.filter((node): node is Paragraph => node.type === 'ParagraphNode').slice(1)
    expect(paragraphs).toHaveLength(3)
    const lines = new LineIndex(doc)
    for (const [index, paragraph] of paragraphs.entries()) {
      const found = words(paragraph)
      expect(found.map(([word]) => word)).toEqual(['We', 'hire', 'at', 'AT&T', 'in', 'Reno', 'apply', 'by', 'May', '5.'])
      // Each word on its paragraph's own line, over its own source: the entity's whole reference under "AT&T".
      const entity = ['AT&T', 'AT&amp;T', 'AT&#38;T'][index]
      for (const [word, start, end] of found) {
        expect(lines.lineIndexOf(start) + 1).toBe(paragraph.position!.start.line)
        expect(doc.slice(start, end)).toBe(word === 'AT&T' ? entity : word)
      }
    }
    // Against a first reading of each.
    useParagraphShapes(false)
    const fresh = nlcstOf(doc, 'markdown')
    useParagraphShapes(true)
    expect(JSON.stringify(nlcstOf(doc, 'markdown'))).toBe(JSON.stringify(fresh))
  })

  it('reads again a paragraph whose tree holds code or a template tag', () => {
    const doc = 'Email `jobs@example.com` by {{ deadline }}.\n\nEmail `jobs@example.com` by {{ deadline }}.\n'
    useParagraphShapes(false)
    const fresh = treeOf(doc, 'markdown')
    useParagraphShapes(true)
    expect(treeOf(doc, 'markdown')).toBe(fresh)
    expect(treeOf(doc, 'markdown')).toBe(fresh)
  })
})
