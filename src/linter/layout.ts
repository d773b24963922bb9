/**
 * The layout of a document that the facts read besides its prose: the cells
 * of its tables, row by row, and its outermost lists, as file ranges. A
 * parser may give them (ParsedDocument.layout); otherwise they are read once
 * from the markup tree, Markdown's mdast or HTML's hast alike. Raw HTML in
 * Markdown is not part of the mdast, so a table or list written in it is
 * not in the layout either.
 */
import type { MarkupRoot, Range } from '../types.js'

export interface Layout {
  /** The cells of each table, row by row, tables in document order (a table nested in a cell after the table around it). */
  tables: Range[][][]
  /** The outermost lists (Markdown lists, HTML `ul`, `ol` and `dl`), in document order. */
  lists: Range[]
}

/** What the walk reads of an mdast or hast node. */
interface MarkupNode {
  type: string
  tagName?: string
  children?: MarkupNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

function rangeOf(node: MarkupNode): Range | null {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? null : [start, end]
}

const isTable = (node: MarkupNode): boolean => node.type === 'table' || node.tagName === 'table'
const isRow = (node: MarkupNode): boolean => node.type === 'tableRow' || node.tagName === 'tr'
const isCell = (node: MarkupNode): boolean => node.type === 'tableCell' || node.tagName === 'td' || node.tagName === 'th'
const isList = (node: MarkupNode): boolean => node.type === 'list' || (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol' || node.tagName === 'dl'))

/** The rows of a table: its `tr`s and mdast rows, through `thead`/`tbody`, not those of tables inside it. */
function rowsOf(node: MarkupNode, rows: MarkupNode[]): void {
  for (const child of node.children ?? []) {
    if (isRow(child)) rows.push(child)
    else if (!isTable(child)) rowsOf(child, rows)
  }
}

/** The layout of a markup tree, in one walk (none for a document without one). */
export function layoutOf(markup: MarkupRoot | null): Layout {
  const layout: Layout = { tables: [], lists: [] }
  const visit = (node: MarkupNode, inList: boolean): void => {
    if (isTable(node)) {
      const rows: MarkupNode[] = []
      rowsOf(node, rows)
      layout.tables.push(rows.map((row) => (row.children ?? []).filter(isCell).map(rangeOf).filter((range): range is Range => range !== null)))
    }
    let listed = inList
    if (!inList && isList(node)) {
      const range = rangeOf(node)
      if (range) {
        layout.lists.push(range)
        listed = true
      }
    }
    for (const child of node.children ?? []) visit(child, listed)
  }
  if (markup) visit(markup as unknown as MarkupNode, false)
  return layout
}
