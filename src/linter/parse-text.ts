/**
 * Plain text through parse-english: paragraphs are separated by blank lines,
 * and bare URLs are the document's links.
 */
import type { Link, ParsedDocument } from './document.js'
import type { ProseBlock } from './prose.js'
import { buildNlcst } from './prose.js'
import type { LineIndex } from './lines.js'
import { findUrls } from './urls.js'

const blankLine = /\r?\n[ \t]*(?:\r?\n|$)|\r[ \t]*(?:\r|$)/g

/** Parse a plain-text file. */
export function parseText(text: string, lines: LineIndex, templates: boolean): ParsedDocument {
  const blocks: ProseBlock[] = []
  let from = 0
  const addBlock = (start: number, end: number): void => {
    if (text.slice(start, end).trim() !== '') {
      blocks.push({ kind: 'text', segments: [{ type: 'text', value: text.slice(start, end), start, end }] })
    }
  }
  blankLine.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLine.exec(text))) {
    addBlock(from, match.index)
    from = match.index + match[0].length
    if (match[0].length === 0) blankLine.lastIndex++
  }
  addBlock(from, text.length)
  const links: Link[] = findUrls(text, 0).map((range) => ({ url: text.slice(range[0], range[1]), range, textRange: null }))
  return {
    format: 'text',
    nlcst: buildNlcst(text, lines, blocks, templates),
    markup: null,
    frontMatter: null,
    comments: [],
    links,
    postingRange: null,
  }
}
