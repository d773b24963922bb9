/**
 * The fast way to read Markdown: markdown-it's tokens rather than micromark's
 * mdast, for the documents whose every construct both read alike. micromark
 * builds a positioned node for every piece of every line, which was most of
 * the time a lint of a Markdown posting took; markdown-it tokenises the same
 * posting about ten times faster but positions only its blocks, by line.
 *
 * What the document model needs is recovered from the source: a block's
 * inline text is aligned with its lines (alignToSource), and the markers
 * between the tokens (emphasis, code spans, links, breaks, raw HTML) are
 * found after the last aligned character. Literal GFM autolinks are found
 * by mdast-util-gfm-autolink-literal's own transform, run over the text of
 * each block. The mdast is built, by remark, only when something asks for
 * it (a rule that visits Markdown nodes); the facts read tables, lists and
 * raw HTML from what this parser gives.
 *
 * Where micromark and markdown-it (or micromark and the autolink transform)
 * read a construct differently, remark reads the document instead:
 * `readsFast` turns away, from the text alone, GFM tables, footnotes, link
 * reference definitions (anything with `]:`), task list items, TOML front
 * matter, a front matter fence left open, NUL characters, and emphasis
 * markers next to symbols outside ASCII or emoji; `readMarkdownIt` gives up
 * (UnreadableMarkdown) on what only the tokens show: tildes that may strike
 * through (two runs in one block, or a run next to an emphasis marker), an
 * empty list item after text or code, links in links, nesting near
 * markdown-it's limit, code fences left open, lazy lines in containers, HTML
 * indented in a container, a backtick left as text, a tab before a hard
 * break, and addresses whose start or end the two may place differently
 * (next to markup, quotes or an `_`, after a `/` or an emoji, after
 * `mailto:`, in a block with a bracket that opens no link). The corpus keeps
 * to markdown-it for 467 of its 474 Markdown postings. The tests compare,
 * over the corpus, the fixtures, the corpus with CRLF line endings,
 * hand-written cases and generated text, every natural-language node (type,
 * value, offsets, lines and columns), the links, comments, front matter,
 * lists and raw HTML this parser gives with what the remark path gives.
 */
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import type { Link as MdastLink, Paragraph as MdastParagraph, Root as MdastRoot, Text as MdastText } from 'mdast'
import type { Range } from '../types.js'
import type { Comment, Link } from './document.js'
import { findComments, isOnlyComments } from './document.js'
import type { Layout } from './layout.js'
import type { BlockKind, ProseBlock, Segment, TextSegment } from './prose.js'
import { alignToSource } from './prose.js'
import { parseHtmlFragment } from './parse-html.js'
import { hasDelimiterRow } from './gfm.js'

/**
 * CommonMark, raw HTML kept. Link destinations and autolink texts are kept
 * as written (decoded from escapes and references), as mdast keeps them,
 * and no destination is refused (mdast links `javascript:` too).
 */
const md = new MarkdownIt('commonmark', { html: true })
md.normalizeLink = (url) => url
md.normalizeLinkText = (text) => text
md.validateLink = () => true

/**
 * Block nesting near markdown-it's limit (its CommonMark preset's
 * `maxNesting`, 20), past which it stops reading blocks; micromark reads on.
 */
const NESTING_LIMIT = 18

/** GFM's literal autolinks, as remark-gfm finds them in text it did not link while tokenising. */
const [findLiteralLinks] = gfmAutolinkLiteralFromMarkdown().transforms as [(tree: MdastRoot) => void]

/** A list item that starts with a task checkbox (`- [ ] …`, `1. [x] …`). */
const TASK_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ \txX]\]/m
/** A symbol outside ASCII. */
const NON_ASCII_SYMBOL = /^\p{S}$/u

/**
 * Whether an emphasis marker (`*`, `_`) stands next to a symbol outside
 * ASCII or a character outside the Basic Multilingual Plane (an emoji):
 * micromark counts such a character as punctuation when it decides whether
 * the marker opens or closes emphasis, markdown-it does not. Looked for at
 * the markers, not with a pattern tried at every character of the text.
 */
function markerBySymbol(text: string): boolean {
  for (const marker of ['*', '_']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      if (symbolOrAstral(text.codePointAt(at + 1))) return true
      const before = text.charCodeAt(at - 1)
      // The character before: a whole surrogate pair, or one unit.
      const pair = before >= 0xdc00 && before <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff
      if (symbolOrAstral(pair ? text.codePointAt(at - 2) : Number.isNaN(before) ? undefined : before)) return true
    }
  }
  return false
}

/** Whether a code point is a symbol outside ASCII or lies outside the Basic Multilingual Plane. */
function symbolOrAstral(code: number | undefined): boolean {
  if (code === undefined || code <= 0x7f) return false
  if (code >= 0x10000) return true
  // Lone surrogates are neither symbols nor characters of their own.
  if (code >= 0xd800 && code <= 0xdfff) return false
  return NON_ASCII_SYMBOL.test(String.fromCharCode(code))
}

/** An ATX heading's line (`# Title`). */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
/** A front matter fence as the first line (`---` YAML, `+++` TOML). */
const OPENING_FENCE = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n|$)/
/** What every literal autolink holds (the transform's patterns: `http://`, `https://`, `www.`, an `@`). */
const LITERAL_LINK = /@|www\.|https?:\/\//i
/** Characters in or right after a literal autolink (in its text or its source) where micromark may end it otherwise than the transform. */
const LITERAL_EDGE = /[[\]<>*`\\&]/
/** How far past the last aligned character a marker is looked for (alignToSource's own window). */
const LOOKAHEAD = 64

/** Whether a Markdown text can be read by this parser (else remark reads it). */
export function readsFast(text: string): boolean {
  // `]:` ends every link reference definition's label; markdown-it misses some definitions micromark reads ("[r]: /u" over "''We").
  if (text.includes('[^') || text.includes(']:') || text.includes('\0')) return false
  if (text.includes('|') && hasDelimiterRow(text)) return false
  if (TASK_ITEM.test(text) || markerBySymbol(text)) return false
  const fence = OPENING_FENCE.exec(text)
  if (fence && (fence[1] === '+++' || frontMatterEnd(text, fence[0].length) === -1)) return false
  return true
}

/** The end of the closing `---` line of front matter whose content starts at `from`, or -1 when it is not closed. */
function frontMatterEnd(text: string, from: number): number {
  const fence = /---[ \t]*(?=\r\n|\r|\n|$)/y
  fence.lastIndex = from
  // No content: the closing fence is the next line.
  if (fence.test(text)) return fence.lastIndex
  const closing = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/g
  closing.lastIndex = from
  const match = closing.exec(text)
  return match ? match.index + match[0].length : -1
}

/** What this parser reads of a Markdown text, every range the text's own. */
export interface FastMarkdown {
  blocks: ProseBlock[]
  links: Link[]
  comments: Comment[]
  rawHtml: Range[]
  layout: Layout
  /** The YAML front matter's text and range, when there is some. */
  frontMatter: { value: string; range: Range } | null
}

/** The text holds something this parser does not read as remark does (or a marker the tokens show is not in the source): remark reads it. */
export class UnreadableMarkdown extends Error {}

/**
 * Offsets of a text with its line endings made `\n` (what markdown-it reads)
 * back to the text's own: each `\r\n` was one character longer.
 */
function lineEndingMap(text: string): (offset: number) => number {
  if (!text.includes('\r')) return (offset) => offset
  const removed: number[] = []
  for (let index = text.indexOf('\r\n'); index !== -1; index = text.indexOf('\r\n', index + 2)) removed.push(index - removed.length)
  return (offset) => {
    let low = 0
    let high = removed.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (removed[mid]! < offset) low = mid + 1
      else high = mid
    }
    return offset + low
  }
}

/** The end of a link's destination (`(…)`) or reference (`[…]`) that starts at `at`, else `at`. */
function pastDestination(src: string, at: number): number {
  if (src[at] === '(') {
    let depth = 0
    for (let index = at; index < src.length; index++) {
      const char = src[index]
      if (char === '\\') index++
      else if (char === '(') depth++
      else if (char === ')' && --depth === 0) return index + 1
    }
    return at
  }
  if (src[at] === '[') {
    for (let index = at + 1; index < src.length; index++) {
      if (src[index] === '\\') index++
      else if (src[index] === ']') return index + 1
    }
  }
  return at
}

/** The `]` that closes the bracket opened at `open`, escapes and nested brackets skipped. */
function closingBracket(src: string, open: number): number {
  let depth = 0
  for (let index = open; index < src.length; index++) {
    const char = src[index]
    if (char === '\\') index++
    else if (char === '[') depth++
    else if (char === ']' && --depth === 0) return index
  }
  throw new UnreadableMarkdown('no closing bracket')
}

/** The end of the code span whose opening run of `width` backticks ends at `from`: past the next run of that width. */
function codeSpanEnd(src: string, from: number, width: number): number {
  for (let index = src.indexOf('`', from); index !== -1; ) {
    let end = index
    while (src[end] === '`') end++
    if (end - index === width) return end
    index = src.indexOf('`', end)
  }
  throw new UnreadableMarkdown('no closing backticks')
}

/** Where a block's first line starts its content: past indentation and `>` markers. */
function contentStart(src: string, from: number): number {
  let index = from
  while (index < src.length && (src[index] === ' ' || src[index] === '\t' || src[index] === '>')) index++
  return index
}

/** Container markers at the start of a block's first line: `>`, list markers, indentation. */
const CONTAINER_PREFIX = /[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)?/y
/** An ATX heading's opening `#`s. */
const ATX_PREFIX = /#{1,6}(?=[ \t]|$)[ \t]*/y

/**
 * Where a block's inline content can start: past the markers of its first
 * line (`>`, list markers, then an ATX heading's `#`s), so that text opening
 * with a character reference aligns with it rather than with a marker.
 */
function inlineStart(src: string, from: number, atx: boolean): number {
  let at = from
  for (;;) {
    CONTAINER_PREFIX.lastIndex = at
    if (!CONTAINER_PREFIX.test(src) || CONTAINER_PREFIX.lastIndex === at) break
    at = CONTAINER_PREFIX.lastIndex
  }
  ATX_PREFIX.lastIndex = at
  return atx && ATX_PREFIX.test(src) ? ATX_PREFIX.lastIndex : at
}

/** A value without the spaces and tabs that end it. */
function withoutTrailingBlanks(value: string): string {
  let end = value.length
  while (end > 0 && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--
  return value.slice(0, end)
}

/**
 * Whether what stands before a tag on its line is the prefix of the container
 * a block in it starts after: a `>` and at most one space, or a list marker
 * and its spaces (with the markers of containers around it before them).
 */
function followsContainerMarker(prefix: string): boolean {
  if (!/^[ \t>*+\-.)\d]*$/.test(prefix)) return false
  let end = prefix.length
  while (end > 0 && (prefix[end - 1] === ' ' || prefix[end - 1] === '\t')) end--
  const spaces = prefix.slice(end)
  const marked = prefix.slice(0, end)
  if (marked.endsWith('>')) return spaces === '' || spaces === ' '
  return spaces !== '' && /(?:^|[ \t>])(?:[-*+]|\d{1,9}[.)])$/.test(marked)
}

/** The end of the last line of `[from, to)` that is not blank, its trailing spaces and tabs included (as micromark ends a block). */
function lastContentEnd(src: string, from: number, to: number): number {
  let end = to
  // Markdown's white space only: a no-break space is content.
  while (end > from && ' \t\n'.includes(src[end - 1]!)) end--
  while (end < to && (src[end] === ' ' || src[end] === '\t')) end++
  return end
}

/** The text's own offsets of ranges found in its `\n`-only copy. */
interface Placer {
  /** Whether the copy is the text itself (no `\r`). */
  exact: boolean
  offset(at: number): number
  range(range: Range): Range
  /** A comment found in the copy, its value read from the text. */
  comment(range: Range, value: string): Comment
  /** Text read in the copy with the text's own line endings (`\r\n`, `\r`), as micromark keeps them. */
  value(value: string, starts: Int32Array): string
}

function placer(text: string, src: string): Placer {
  if (text === src) return { exact: true, offset: (at) => at, range: (range) => range, comment: (range, value) => ({ value, range }), value: (value) => value }
  const original = lineEndingMap(text)
  const range = (found: Range): Range => [original(found[0]), original(found[1])]
  return {
    exact: false,
    offset: original,
    range,
    comment: (found, value) => {
      const placed = range(found)
      return { value: value.includes('\n') ? text.slice(placed[0] + 4, placed[1] - 3) : value, range: placed }
    },
    value: (value, starts) => {
      if (!value.includes('\n')) return value
      let own = ''
      for (let index = 0; index < value.length; index++) {
        const at = starts[index]!
        own += value[index] === '\n' && src[at] === '\n' ? text.slice(original(at), original(at + 1)) : value[index]
      }
      return own
    },
  }
}

/**
 * Read a Markdown text that `readsFast` accepts; throws UnreadableMarkdown
 * when the tokens and the source do not agree (the caller then uses remark).
 */
export function readMarkdownIt(text: string): FastMarkdown {
  const src = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  const place = placer(text, src)
  const out: FastMarkdown = { blocks: [], links: [], comments: [], rawHtml: [], layout: { tables: [], lists: [] }, frontMatter: null }

  let input = src
  const fence = OPENING_FENCE.exec(src)
  if (fence) {
    const end = frontMatterEnd(src, fence[0].length)
    const contentEnd = src.lastIndexOf('\n', end - 4)
    const value = contentEnd < fence[0].length ? '' : src.slice(fence[0].length, contentEnd)
    const range = place.range([0, end])
    out.frontMatter = { value: text === src ? value : text.slice(place.offset(fence[0].length), place.offset(fence[0].length + value.length)), range }
    // Blanked, line endings kept, so that markdown-it's lines and offsets stay the copy's.
    // (Line by line: a replace of every character made a piece for each.)
    input = src.slice(0, end).split('\n').map((line) => ' '.repeat(line.length)).join('\n') + src.slice(end)
  }

  const starts: number[] = [0]
  for (let index = src.indexOf('\n'); index !== -1; index = src.indexOf('\n', index + 1)) starts.push(index + 1)
  const lineStart = (line: number): number => starts[line] ?? src.length
  const lineEnd = (line: number): number => (line + 1 < starts.length ? starts[line + 1]! - 1 : src.length)

  const tokens = md.parse(input, {})
  const runs: Run[] = []
  let listDepth = 0
  let quoteDepth = 0
  const emptyItemLines = new Set<number>()
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // Past its nesting limit markdown-it stops reading blocks; micromark reads on.
    if (token.level >= NESTING_LIMIT) throw new UnreadableMarkdown('nesting past markdown-it’s limit')
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (listDepth === 0 && token.map) {
          const start = contentStart(src, lineStart(token.map[0]))
          out.layout.lists.push(place.range([start, lastContentEnd(src, start, lineEnd(token.map[1] - 1))]))
        }
        break
      case 'list_item_open':
        listDepth++
        // An empty item after text or code: whether it starts a list there, micromark and markdown-it read
        // differently (and so which lines are paragraphs). After a heading or another empty item (blank lines
        // between or not), or first in the text, the two agree.
        if (tokens[index + 1]?.type === 'list_item_close' && token.map) {
          const line = token.map[0]
          let above = line - 1
          while (above >= 0 && /^[ \t]*$/.test(src.slice(lineStart(above), lineEnd(above)))) above--
          if (above >= 0 && !ATX_HEADING.test(src.slice(lineStart(above), lineEnd(above))) && !emptyItemLines.has(above)) {
            throw new UnreadableMarkdown('an empty list item after text or code')
          }
          emptyItemLines.add(line)
        }
        break
      case 'fence': {
        // A fence left open runs to the end of the text; where micromark ends it (and its container) differs.
        const last = src.slice(lineStart(token.map![1] - 1), lineEnd(token.map![1] - 1)).replace(/^[ \t>]*/, '').trimEnd()
        if (token.map![1] - token.map![0] < 2 || !last.startsWith(token.markup) || last.replaceAll(token.markup[0]!, '') !== '') {
          throw new UnreadableMarkdown('a code fence left open')
        }
        break
      }
      case 'blockquote_open':
        quoteDepth++
        break
      case 'blockquote_close':
        quoteDepth--
        break
      case 'list_item_close':
        listDepth--
        break
      case 'html_block': {
        // At the top level micromark starts the node at the line, indentation included; in a container, after the
        // container's own prefix: at the `<` when it follows a `>` (and one space) or a list marker, else left to remark.
        const first = lineStart(token.map![0])
        const tag = src.indexOf('<', first)
        if (token.level > 0 && !followsContainerMarker(src.slice(first, tag))) throw new UnreadableMarkdown('HTML indented in a container')
        const [start, end] = place.range([token.level === 0 ? first : tag, lastContentEnd(src, first, lineEnd(token.map![1] - 1))])
        out.rawHtml.push([start, end])
        // Read from the text itself, as the remark path does.
        const raw = text.slice(start, end)
        const own = findComments(raw, start)
        if (isOnlyComments(raw, own, start)) {
          for (const comment of own) out.comments.push(comment)
        } else {
          const fragment = parseHtmlFragment(text, start, end)
          for (const block of fragment.blocks) out.blocks.push(block)
          for (const link of fragment.links) out.links.push(link)
          for (const comment of fragment.comments) out.comments.push(comment)
        }
        break
      }
      case 'inline': {
        // One run of tildes away from emphasis markers is text to both parsers.
        if (tildesMayMatter(token.content)) throw new UnreadableMarkdown('tildes that may strike through')
        const open = tokens[index - 1]!
        const kind: BlockKind = open.type === 'heading_open' ? 'heading' : listDepth > 0 ? 'listItem' : 'paragraph'
        const map = token.map ?? open.map!
        // A lazy line (one without its `>`) of a quoted paragraph, or a line of a paragraph in a container that
        // starts with a tag: micromark and markdown-it end the container differently.
        for (let line = map[0] + 1; (quoteDepth > 0 || listDepth > 0) && line < map[1]; line++) {
          const head = src.slice(lineStart(line), lineStart(line) + 16)
          if ((quoteDepth > 0 && !/^[ \t]*>/.test(head)) || /^[ \t>]*</.test(head)) throw new UnreadableMarkdown('a lazy line in a container')
        }
        const block: ProseBlock = { kind, segments: [] }
        if (kind === 'heading') block.depth = Number(open.tag.slice(1))
        readInline(src, token.children ?? [], inlineStart(src, lineStart(map[0]), open.markup.startsWith('#')), lineEnd(map[1] - 1), block.segments, out, place, runs)
        out.blocks.push(block)
        break
      }
      default:
        break
    }
  }
  literalLinks(src, runs, out.links, place)
  out.comments.sort((a, b) => a.range[0] - b.range[0])
  out.rawHtml.sort((a, b) => a[0] - b[0])
  return out
}

/**
 * Whether micromark may read the tildes of a block's inline content otherwise
 * than as text: two runs may pair as strikethrough, and a run next to an
 * emphasis marker is, to micromark, a sequence of its own, which changes
 * whether the marker opens or closes emphasis.
 */
function tildesMayMatter(content: string): boolean {
  let runs = 0
  for (let at = content.indexOf('~'); at !== -1; at = content.indexOf('~', at)) {
    if (++runs > 1) return true
    const before = content.charCodeAt(at - 1)
    while (content.charCodeAt(at) === 0x7e) at++
    const after = content.charCodeAt(at)
    if (before === 0x2a || before === 0x5f || after === 0x2a || after === 0x5f) return true
  }
  return false
}

/** A run of text between two markers, as the mdast holds it in one text node, with its alignment to the copy. */
interface Run {
  value: string
  starts: Int32Array
  ends: Int32Array
  /** The block's segments, and the run's own among them. */
  segments: Segment[]
  segment: TextSegment
}

/** The segments of one block's inline tokens, with the links, comments and raw HTML among them; `from`–`to` is the block's source. */
function readInline(src: string, children: readonly Token[], from: number, to: number, segments: Segment[], out: FastMarkdown, place: Placer, runs: Run[]): void {
  let cursor = from
  let value = ''
  /** The links open at this point, with the extent of what they hold so far (their text range is that of their children). */
  const open: Array<{ url: string; start: number; first: number; last: number }> = []
  const touch = (start: number, end: number): void => {
    const link = open[open.length - 1]
    if (!link) return
    if (link.first === -1) link.first = start
    link.last = end
  }

  let literal = false
  let bracket = false
  const flush = (): void => {
    if (value.length === 0) return
    // A backtick left as text: markdown-it reads code spans inside a bracket that opens no link as text, micromark not.
    if (value.includes('`')) throw new UnreadableMarkdown('a backtick in text')
    // Indentation and `>` markers after a break are not text: a value opening with a character reference aligns past them.
    if (!/^[ \t>]/.test(value)) while (src[cursor] === ' ' || src[cursor] === '\t' || src[cursor] === '>') cursor++
    const map = alignToSource(value, src, cursor, to)
    // A text node starts where its source does: at an escape's backslash, not at the character it escapes.
    const skipped = src.slice(cursor, map.start[0]!)
    const start = skipped.trim() === '' ? map.start[0]! : cursor
    const segment: TextSegment = { type: 'text', value: place.value(value, map.start), start: place.offset(start), end: place.offset(map.end[value.length - 1]!) }
    // The alignment is the text's own when the text has no `\r`: buildNlcst need not align the segment again.
    if (place.exact) segment.map = map
    segments.push(segment)
    touch(start, map.end[value.length - 1]!)
    // Literal autolinks are not looked for inside links, nor in text that cannot hold one.
    if (open.length === 0 && LITERAL_LINK.test(value)) {
      runs.push({ value, starts: map.start, ends: map.end, segments, segment })
      literal = true
    }
    if (value.includes('[')) bracket = true
    cursor = map.end[value.length - 1]!
    value = ''
  }
  const find = (marker: string): number => {
    const at = src.indexOf(marker, cursor)
    if (at === -1 || at >= to) throw new UnreadableMarkdown(`no ${marker}`)
    return at
  }

  for (const child of children) {
    switch (child.type) {
      case 'text':
        value += child.content
        break
      case 'softbreak':
        // micromark drops the spaces and tabs that end a line; markdown-it only the spaces.
        value = withoutTrailingBlanks(value) + '\n'
        break
      case 'hardbreak': {
        // markdown-it leaves out the spaces of a break of spaces, not a tab before them, which micromark leaves out too.
        const tabbed = /[ \t]$/.test(value)
        flush()
        const newline = find('\n')
        const backslash = src[newline - 1] === '\\'
        if (tabbed && !backslash) throw new UnreadableMarkdown('a tab before a hard break')
        let start = backslash ? newline - 1 : newline
        while (!backslash && start > cursor && src[start - 1] === ' ') start--
        const after = newline + 1
        segments.push({ type: 'break', start: place.offset(start), end: place.offset(after) })
        touch(start, after)
        cursor = after
        break
      }
      case 'code_inline': {
        flush()
        const start = find(child.markup)
        cursor = codeSpanEnd(src, start + child.markup.length, child.markup.length)
        segments.push({ type: 'source', start: place.offset(start), end: place.offset(cursor) })
        touch(start, cursor)
        break
      }
      case 'html_inline': {
        flush()
        const start = find(child.content)
        const end = start + child.content.length
        out.rawHtml.push(place.range([start, end]))
        touch(start, end)
        if (/^<br\s*\/?>$/i.test(child.content)) segments.push({ type: 'break', start: place.offset(start), end: place.offset(end) })
        else for (const comment of findComments(child.content, start)) out.comments.push(place.comment(comment.range, comment.value))
        cursor = end
        break
      }
      case 'image': {
        // An image's description is not prose.
        flush()
        const start = find('![')
        cursor = pastDestination(src, closingBracket(src, start + 1) + 1)
        touch(start, cursor)
        break
      }
      case 'em_open':
      case 'em_close':
      case 'strong_open':
      case 'strong_close': {
        flush()
        const at = src.indexOf(child.markup, cursor)
        if (at !== -1 && at - cursor <= LOOKAHEAD) {
          cursor = at + child.markup.length
          touch(at, cursor)
        }
        break
      }
      case 'link_open': {
        // A link in a link (an autolink in link text): each parser keeps a different one.
        if (open.length > 0) throw new UnreadableMarkdown('a link in a link')
        flush()
        const start = find(child.markup === 'autolink' ? '<' : '[')
        open.push({ url: child.attrGet('href') ?? '', start, first: -1, last: -1 })
        cursor = start + 1
        break
      }
      case 'link_close': {
        flush()
        const link = open.pop()!
        if (child.markup === 'autolink') {
          cursor = find('>') + 1
          out.links.push({ url: link.url, range: place.range([link.start, cursor]), textRange: place.range([link.start + 1, cursor - 1]) })
          break
        }
        const bracket = find(']')
        const textRange: Range | null = link.first === -1 ? null : place.range([link.first, link.last])
        cursor = pastDestination(src, bracket + 1)
        out.links.push({ url: link.url, range: place.range([link.start, cursor]), textRange })
        break
      }
      default:
        flush()
        break
    }
  }
  flush()
  // A `[` that opens no link still opens a label to micromark, which then links no address until it closes.
  if (literal && bracket) throw new UnreadableMarkdown('an address in a block with a bracket in its text')
}

/**
 * GFM's literal autolinks in the text outside links, found by remark's own
 * transform over text nodes like those of the mdast (one per run), and placed
 * by each run's alignment. An address written plainly in the source is one
 * micromark links as it reads: its text node then ends before it and starts
 * again after it, so the run's segment is cut there too. One written with a
 * character reference or an escape is linked by the transform after the
 * parse, and its text stays one node.
 */
function literalLinks(src: string, candidates: readonly Run[], links: Link[], place: Placer): void {
  if (candidates.length === 0) return
  // micromark links the address after `mailto:` or `xmpp:` as it reads the text; the transform would link both.
  if (candidates.some((run) => /mailto:|xmpp:/i.test(run.value))) throw new UnreadableMarkdown('mailto: or xmpp: in text')
  for (const run of candidates) guardLiteralStarts(src, run)
  const paragraphs: MdastParagraph[] = candidates.map((run) => ({ type: 'paragraph', children: [{ type: 'text', value: run.value }] }))
  findLiteralLinks({ type: 'root', children: paragraphs })
  paragraphs.forEach((paragraph, index) => {
    const run = candidates[index]!
    const cuts: number[] = []
    let plain = 0
    let offset = 0
    for (const node of paragraph.children) {
      const length = plainLength(node as MdastText | MdastLink)
      if (node.type === 'link' && length > 0) {
        // micromark and the transform end some addresses at different places near brackets, markers and references.
        const from = run.starts[offset]!
        const to = run.ends[offset + length - 1]!
        const edges = src.slice(to - 1, to + 1)
        if (LITERAL_EDGE.test(run.value.slice(offset, offset + length + 1)) || LITERAL_EDGE.test(src.slice(from, to + 1)) || edges.includes('_')) {
          throw new UnreadableMarkdown('an address next to markup')
        }
        const range = place.range([from, to])
        links.push({ url: node.url, range, textRange: range })
        if (to - from === length && src.startsWith(run.value.slice(offset, offset + length), from)) cuts.push(offset, offset + length)
        else plain++
      }
      offset += length
    }
    if (cuts.length > 0 && plain > 0) throw new UnreadableMarkdown('addresses linked both while reading and after')
    if (cuts.length > 0) cutRun(run, cuts, place)
  })
}

/** Where a web address may start. */
const WEB_START = /https?:\/\/|www\./gi
/** A character of an email address's local part. */
const LOCAL_PART = /[\w+.-]/
/** A letter or a digit. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Characters in an address's word (up to white space) that end the address differently for micromark and the transform. */
const ADDRESS_WORD_EDGE = /[[\]<>*`\\&"']/
/** What may stand before an address for micromark and the transform to agree on it: nothing, white space, `(`. */
const AGREED_BEFORE = /^(?:|\s|\()$/u
/** What may stand in the source before a run that starts with an address (emphasis markers besides). */
const AGREED_BEFORE_RUN = /^(?:|\s|[(*_])$/u

/**
 * micromark decides whether an address starts where it reads it by the
 * character before, with rules of its own for each kind; the transform
 * decides by the character before in the text node (a surrogate half for an
 * emoji, nothing at a node's start). They agree after white space and `(`,
 * and at a run's start after white space, `(` and emphasis markers: an
 * address anywhere else leaves the text to remark.
 */
function guardLiteralStarts(src: string, run: Run): void {
  const value = run.value
  for (let from = 0; from < value.length; ) {
    WEB_START.lastIndex = from
    const web = WEB_START.exec(value)
    const at = value.indexOf('@', from)
    let local = at
    while (local > from && LOCAL_PART.test(value[local - 1]!)) local--
    const start = web && (at === -1 || web.index <= local) ? web.index : at === -1 ? -1 : local
    if (start === -1) return
    const before = start === 0 ? src.slice(Math.max(0, run.starts[0]! - 1), run.starts[0]!) : value[start - 1]!
    if (!(start === 0 ? AGREED_BEFORE_RUN : AGREED_BEFORE).test(before)) throw new UnreadableMarkdown('an address after a character micromark may read otherwise')
    // The rest of the word (a `www.` after `https://`, an `@` in a path) starts nothing; but a web address
    // with an `@` is an email address to micromark and a web address to the transform.
    const space = value.slice(start).search(/\s/)
    const end = space === -1 ? value.length : start + space
    const word = value.slice(start, end)
    const isWeb = web !== null && start === web.index
    if (word.includes('@') && (isWeb || /www\.|https?:\/\//i.test(word))) throw new UnreadableMarkdown('an address both web and email')
    // An `_` in a web address's domain or at an address's end: where each ends the address differs.
    if (isWeb && word.slice(web[0].length).split(/[/?#]/)[0]!.includes('_')) throw new UnreadableMarkdown('an underscore micromark may read otherwise')
    let last = word.length
    while (last > 0 && !LETTER_OR_DIGIT.test(word[last - 1]!)) {
      if (word[last - 1] === '_') throw new UnreadableMarkdown('an underscore micromark may read otherwise')
      last--
    }
    // Quotes, brackets and markers in the word: micromark and the transform take different trailing punctuation.
    if (ADDRESS_WORD_EDGE.test(word)) throw new UnreadableMarkdown('an address next to quotes or markup')
    // An address that ends (before sentence punctuation) in anything but a letter, a digit or `/`: the two validate domains differently.
    let kept = word.length
    while (kept > 0 && '.,:;!?)'.includes(word[kept - 1]!)) kept--
    if (kept === 0 || !(LETTER_OR_DIGIT.test(word[kept - 1]!) || word[kept - 1] === '/')) throw new UnreadableMarkdown('an address with an odd end')
    // An address that ends the run with markup right after it (an image, a tag, a code span): micromark may read on.
    const after = end === value.length ? (src[run.ends[end - 1]!] ?? '') : ''
    if (after !== '' && !/\s/.test(after)) throw new UnreadableMarkdown('an address with markup right after it')
    from = Math.max(end, start + 1)
  }
}

/** Replace a run's segment with its pieces between `cuts` (value offsets, ascending). */
function cutRun(run: Run, cuts: readonly number[], place: Placer): void {
  const pieces: TextSegment[] = []
  const bounds = [0, ...cuts, run.value.length]
  for (let index = 0; index + 1 < bounds.length; index++) {
    const from = bounds[index]!
    const to = bounds[index + 1]!
    if (to <= from) continue
    const starts = run.starts.subarray(from, to)
    const ends = run.ends.subarray(from, to)
    const piece: TextSegment = { type: 'text', value: place.value(run.value.slice(from, to), starts), start: place.offset(starts[0]!), end: place.offset(ends[to - from - 1]!) }
    if (place.exact) piece.map = { start: starts, end: ends }
    pieces.push(piece)
  }
  run.segments.splice(run.segments.indexOf(run.segment), 1, ...pieces)
}

/** The length of a text node's value, or of a literal link's text. */
function plainLength(node: MdastText | MdastLink): number {
  if (node.type === 'text') return node.value.length
  let length = 0
  for (const child of node.children) length += child.type === 'text' ? child.value.length : 0
  return length
}
