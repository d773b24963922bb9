/**
 * What a rule sees of a file: its text, its trees, its front matter, and the
 * conversions between nodes, offsets and lines a rule needs.
 */
import type { Paragraph, Root as NlcstRoot } from 'nlcst'
import type { Node as UnistNode } from 'unist'
import type { AnyNode, MarkupRoot, Range } from '../types.js'
import type { Comment, DocumentFormat, FrontMatter, Link, ParsedDocument } from './document.js'
import type { ParagraphData } from './prose.js'
import { LineIndex, lastAtMost, type Location } from './lines.js'
import { RangeIndex } from './ranges.js'
import { layoutOf, type Layout } from './layout.js'

/** A heading of the posting, from Markdown `#` or HTML `<h1>`–`<h6>`. */
export interface Heading {
  depth: number
  /** Its words, as a reader sees them. */
  text: string
  range: Range
  /** The heading's paragraph in the natural-language tree. */
  node: Paragraph
}

/** The prose text of a node, with a way back from any of its characters to the file. */
export interface ProseText {
  /** The node's words, spaces and punctuation as decoded text (entities resolved). */
  text: string
  /** The file offset where character `index` of `text` starts. */
  offsetAt(index: number): number
  /** The file range of `text.slice(start, end)`. */
  rangeOf(start: number, end: number): Range
}

interface Literal {
  value: string
  position?: UnistNode['position']
}

export class SourceCode {
  /** The file's text, without a byte-order mark. */
  readonly text: string
  /** Whether the file starts with a byte-order mark (kept when fixes are written). */
  readonly hasBOM: boolean
  /** The file's line ending, the first one found (`\n` when it has none). */
  readonly eol: '\n' | '\r\n' | '\r'
  readonly format: DocumentFormat
  /** The natural-language tree: one ParagraphNode per paragraph, heading, list item or table cell. */
  readonly nlcst: NlcstRoot
  #markup: MarkupRoot | null | (() => MarkupRoot)
  readonly frontMatter: FrontMatter | null
  readonly comments: readonly Comment[]
  readonly links: readonly Link[]
  /** For HTML, the posting part of the page; otherwise the whole text. */
  readonly postingRange: Range
  /** For Markdown, the raw HTML written in it (HTML blocks and inline tags), in document order; none for other formats. */
  readonly rawHtml: readonly Range[]
  readonly lineIndex: LineIndex
  #headings: Heading[] | undefined
  #headingStarts: Float64Array | null | undefined
  #paragraphs: { nodes: Paragraph[]; index: RangeIndex } | undefined
  #links: RangeIndex | undefined
  #linkTexts: RangeIndex | undefined
  #lines: string[] | undefined
  #layout: Layout | undefined
  readonly #prose = new WeakMap<object, ProseText>()
  #treeProse: ProseTable | undefined

  constructor(text: string, hasBOM: boolean, document: ParsedDocument, lineIndex: LineIndex = new LineIndex(text)) {
    this.text = text
    this.hasBOM = hasBOM
    const eol = /\r\n|\n|\r/.exec(text)
    this.eol = (eol?.[0] as SourceCode['eol'] | undefined) ?? '\n'
    this.format = document.format
    this.nlcst = document.nlcst
    this.#markup = document.markup
    this.frontMatter = document.frontMatter
    this.comments = document.comments
    this.links = document.links
    this.postingRange = document.postingRange ?? [0, text.length]
    this.rawHtml = document.rawHtml ?? []
    this.lineIndex = lineIndex
    if (document.layout) this.#layout = document.layout
  }

  /** mdast for Markdown, hast for HTML, null for plain text (built when first asked for, when the parser did not need it). */
  get markup(): MarkupRoot | null {
    if (typeof this.#markup === 'function') this.#markup = this.#markup()
    return this.#markup
  }

  /** The cells of each table, row by row, as file ranges (see layout.ts). */
  get tables(): readonly Range[][][] {
    this.#layout ??= layoutOf(this.markup)
    return this.#layout.tables
  }

  /** The file ranges of the outermost lists (see layout.ts). */
  get lists(): readonly Range[] {
    this.#layout ??= layoutOf(this.markup)
    return this.#layout.lists
  }

  /** The lines of the text, without their line endings. */
  get lines(): string[] {
    this.#lines ??= this.text.split(/\r\n|\r|\n/)
    return this.#lines
  }

  /** The headings, in order. */
  get headings(): readonly Heading[] {
    if (!this.#headings) {
      this.#headings = []
      for (const child of this.nlcst.children) {
        const data = child.data as ParagraphData | undefined
        if (child.type === 'ParagraphNode' && data?.block === 'heading') {
          this.#headings.push({ depth: data.depth ?? 1, text: this.getProse(child).text.trim(), range: this.getRange(child), node: child })
        }
      }
    }
    return this.#headings
  }

  /** The `[start, end)` offsets of a node of any tree. */
  getRange(node: AnyNode | UnistNode): Range {
    const position = node.position
    const start = position?.start.offset
    const end = position?.end.offset
    if (start === undefined || end === undefined) throw new TypeError(`The ${node.type} node has no position`)
    return [start, end]
  }

  /** The source text of a node or range (the whole text when given nothing). */
  getText(node?: AnyNode | UnistNode | Range): string {
    if (!node) return this.text
    const [start, end] = isRange(node) ? node : this.getRange(node)
    return this.text.slice(start, end)
  }

  /** 1-based line and 0-based column of an offset. */
  getLocFromIndex(offset: number): Location {
    return this.lineIndex.locationOf(offset)
  }

  /** The offset of a 1-based line and 0-based column. */
  getIndexFromLoc(location: Location): number {
    return this.lineIndex.offsetOf(location)
  }

  /** The heading whose section holds `offset`: the last heading that starts at or before it. */
  getSection(offset: number): Heading | undefined {
    const headings = this.headings
    if (this.#headingStarts === undefined) {
      const ordered = headings.every((heading, index) => index === 0 || headings[index - 1]!.range[0] <= heading.range[0])
      this.#headingStarts = ordered ? Float64Array.from(headings, (heading) => heading.range[0]) : null
    }
    if (this.#headingStarts === null) {
      let found: Heading | undefined
      for (const heading of headings) {
        if (heading.range[0] > offset) break
        found = heading
      }
      return found
    }
    if (headings.length === 0 || this.#headingStarts[0]! > offset) return undefined
    return headings[lastAtMost(this.#headingStarts, offset, headings.length)]
  }

  /** The paragraphs of the natural-language tree (paragraphs, headings, list items, table cells), in order. */
  get paragraphs(): readonly Paragraph[] {
    return this.#paragraphIndex().nodes
  }

  /** The paragraphs that overlap a range, with their places in `paragraphs`. */
  paragraphsIn(range: Readonly<Range>): Array<{ index: number; node: Paragraph }> {
    const { nodes, index } = this.#paragraphIndex()
    return index.overlapping(range[0], range[1]).map((at) => ({ index: at, node: nodes[at]! }))
  }

  #paragraphIndex(): { nodes: Paragraph[]; index: RangeIndex } {
    if (!this.#paragraphs) {
      const nodes = this.nlcst.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
      this.#paragraphs = { nodes, index: new RangeIndex(nodes.map((node) => this.getRange(node))) }
    }
    return this.#paragraphs
  }

  /** Whether a range lies inside (or overlaps) a link. */
  isInLink(range: Readonly<Range>): boolean {
    this.#links ??= new RangeIndex(this.links.map((link) => link.range))
    return this.#links.anyOverlapping(range[0], range[1])
  }

  /** The links that overlap a range, in document order. */
  linksIn(range: Readonly<Range>): Link[] {
    this.#links ??= new RangeIndex(this.links.map((link) => link.range))
    return this.#links.overlapping(range[0], range[1]).map((index) => this.links[index]!)
  }

  /** Whether a range lies within the text of a link. */
  isInLinkText(range: Readonly<Range>): boolean {
    this.#linkTexts ??= new RangeIndex(this.links.flatMap((link) => (link.textRange ? [link.textRange] : [])))
    return this.#linkTexts.anyContaining(range[0], range[1])
  }

  /**
   * A natural-language node's text (decoded, as a reader sees it) with a map
   * from each of its characters back to the file. Rules match patterns on
   * `text` and report `rangeOf(match)`.
   */
  getProse(node: AnyNode): ProseText {
    const cached = this.#prose.get(node)
    if (cached) return cached
    this.#treeProse ??= new ProseTable(this.nlcst)
    const prose = this.#treeProse.proseOf(node) ?? new ProseTable(node).proseOf(node)!
    this.#prose.set(node, prose)
    return prose
  }
}

/**
 * The prose text of a natural-language tree, read once: the text of each
 * of its parents but words is a slice of it. Rules ask for the text of the
 * whole tree (its language), of paragraphs and of sentences; read one by
 * one, every word was walked and joined again for each.
 */
class ProseTable {
  readonly #text: string
  readonly #literals: Literal[] = []
  /** Where each literal's text starts in the joined text, and the text's length last. */
  readonly #textStarts: Int32Array
  /** Each parent node's text, as a range of the joined text. */
  readonly #spans = new Map<object, Range>()

  constructor(root: AnyNode) {
    const values: string[] = []
    let length = 0
    const visit = (node: Literal & { children?: unknown[]; type?: string }): void => {
      if (node.type === 'SourceNode') {
        this.#literals.push({ value: SOURCE_PLACEHOLDER, position: node.position })
        values.push(SOURCE_PLACEHOLDER)
        length += SOURCE_PLACEHOLDER.length
      } else if (Array.isArray(node.children)) {
        const from = length
        for (const child of node.children) visit(child as Literal & { children?: unknown[] })
        // Words are seldom asked for, and most of the nodes.
        if (node.type !== 'WordNode') this.#spans.set(node, [from, length])
      } else if (typeof node.value === 'string') {
        this.#literals.push(node)
        values.push(node.value)
        length += node.value.length
      }
    }
    visit(root as unknown as Literal & { children?: unknown[] })
    if (!this.#spans.has(root)) this.#spans.set(root, [0, length])
    // Joined at once: a string built by `+=` is flattened again by every pattern run over it.
    this.#text = values.join('')
    const literals = this.#literals
    this.#textStarts = new Int32Array(literals.length + 1)
    let at = 0
    for (let index = 0; index < literals.length; index++) {
      this.#textStarts[index] = at
      at += literals[index]!.value.length
    }
    this.#textStarts[literals.length] = at
  }

  /** The file range of character `index` of the joined text: exact where the literal's source has its length, else spread over it. */
  #charRange(index: number): [number, number] {
    const at = lastAtMost(this.#textStarts, index, this.#literals.length)
    const literal = this.#literals[at]!
    const start = literal.position?.start.offset ?? 0
    const end = literal.position?.end.offset ?? start
    const k = index - this.#textStarts[at]!
    const length = literal.value.length
    if (end - start === length) return [start + k, start + k + 1]
    return [k === 0 ? start : Math.min(start + k, end - 1), k === length - 1 ? end : Math.min(start + k + 1, end)]
  }

  /** The prose of a parent node of the tree read (undefined for any other node). */
  proseOf(node: AnyNode): ProseText | undefined {
    const span = this.#spans.get(node)
    if (span === undefined) return undefined
    const [from, to] = span
    const text = this.#text.slice(from, to)
    const fallback = node.position?.end.offset ?? 0
    /** The file range of character `index` of the node's text. */
    const charRange = (index: number): [number, number] | undefined => (index < 0 || index >= text.length ? undefined : this.#charRange(from + index))
    return {
      text,
      offsetAt: (index) => charRange(index)?.[0] ?? (index >= text.length ? charRange(text.length - 1)?.[1] ?? fallback : fallback),
      rangeOf: (start, end) => {
        if (end <= start) {
          const at = charRange(start)?.[0] ?? charRange(start - 1)?.[1] ?? fallback
          return [at, at]
        }
        return [charRange(start)?.[0] ?? fallback, charRange(end - 1)?.[1] ?? fallback]
      },
    }
  }
}

function isRange(value: unknown): value is Range {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'number'
}

/** Stands in, in prose text, for code and template tags, so no pattern matches inside them. */
export const SOURCE_PLACEHOLDER = '\uFFFC'

/** The length of a node's prose text (`getProse(node).text.length`), without building it. */
export function proseLength(node: { type?: string; value?: unknown; children?: unknown[] }): number {
  if (node.type === 'SourceNode') return SOURCE_PLACEHOLDER.length
  if (Array.isArray(node.children)) {
    let length = 0
    for (const child of node.children) length += proseLength(child as { type?: string; value?: unknown; children?: unknown[] })
    return length
  }
  return typeof node.value === 'string' ? node.value.length : 0
}
