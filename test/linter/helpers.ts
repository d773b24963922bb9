/**
 * Helpers for engine tests: parse a text into a SourceCode, and list its words with their source.
 */
import { toString } from 'nlcst-to-string'
import type { Nodes } from 'nlcst'
import { LineIndex } from '../../src/linter/lines.js'
import { parseDocument } from '../../src/linter/parse.js'
import { SourceCode } from '../../src/linter/source-code.js'
import { formatOf } from '../../src/linter/document.js'
import { stripBOM } from '../../src/linter/decode.js'

export function sourceFor(text: string, filename = 'posting.md'): SourceCode {
  const { text: body, hasBOM } = stripBOM(text)
  const lines = new LineIndex(body)
  return new SourceCode(body, hasBOM, parseDocument(body, formatOf(filename), lines), lines)
}

export interface WordInfo {
  text: string
  source: string
  start: number
  end: number
  line: number
  column: number
}

/** Every node of a type in document order. */
export function nodesOf(root: Nodes, type: string): Nodes[] {
  const found: Nodes[] = []
  const visit = (node: Nodes): void => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(root)
  return found
}

export function words(sourceCode: SourceCode): WordInfo[] {
  return nodesOf(sourceCode.nlcst, 'WordNode').map((node) => ({
    text: toString(node),
    source: sourceCode.text.slice(node.position!.start.offset, node.position!.end.offset),
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
    line: node.position!.start.line,
    column: node.position!.start.column,
  }))
}
