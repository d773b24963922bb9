/**
 * HTML through rehype-parse (parse5): only the text a reader sees becomes
 * prose. Scripts, styles, forms, hidden elements, struck-out and
 * preformatted text are left out; inline code is kept as source. When the
 * page has a `<main>` (or a single `<article>`), that is the posting and the
 * site around it (navigation, footers) is not linted as prose.
 *
 * Block elements start new paragraphs; runs of phrasing content between them
 * form implicit paragraphs, as in the HTML standard's definition of a
 * paragraph.
 */
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast'
import type { Comment, Link, ParsedDocument } from './document.js'
import type { BlockKind, ProseBlock, Segment } from './prose.js'
import { buildNlcst } from './prose.js'
import type { LineIndex } from './lines.js'

const documentParser = unified().use(rehypeParse).freeze()
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze()

/** Phrasing content: continues the current paragraph. */
const PHRASING = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'button', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'label',
  'mark', 'nobr', 'q', 'ruby', 'rb', 'rp', 'rt', 'rtc', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'output',
  'meter', 'progress', 'slot', 'wbr',
])

/** Elements whose content is not prose a reader sees. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'object',
  'embed', 'video', 'audio', 'canvas', 'img', 'picture', 'source', 'track', 'input', 'select', 'option', 'optgroup',
  'datalist', 'textarea', 'del', 's', 'strike', 'pre', 'map', 'area', 'dialog',
])

/** Skipped elements that sit inside a line of text, so skipping them does not end the paragraph. */
const INLINE_SKIP = new Set(['img', 'picture', 'input', 'select', 'textarea', 'del', 's', 'strike', 'svg', 'math', 'map', 'object', 'embed', 'canvas', 'audio', 'video', 'iframe', 'script', 'noscript', 'template'])

/** Inline elements whose text is code, not prose. */
const SOURCE = new Set(['code', 'kbd', 'samp', 'var', 'tt'])

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i

function blockKind(tagName: string): { kind: BlockKind; depth?: number } | undefined {
  switch (tagName) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return { kind: 'heading', depth: Number(tagName[1]) }
    case 'li': case 'dt': case 'dd':
      return { kind: 'listItem' }
    case 'td': case 'th':
      return { kind: 'tableCell' }
    case 'p':
      return { kind: 'paragraph' }
    default:
      return undefined
  }
}

function isHidden(element: Element): boolean {
  const properties = element.properties
  if (properties['hidden'] !== undefined && properties['hidden'] !== false) return true
  const style = properties['style']
  return typeof style === 'string' && hiddenStyle.test(style)
}

export interface HtmlContent {
  blocks: ProseBlock[]
  links: Link[]
  comments: Comment[]
}

/**
 * Collect prose blocks, links and comments of an HTML tree whose positions
 * are relative to `base` in the document.
 */
export function collectHtml(root: HastRoot | Element, base: number): HtmlContent {
  const blocks: ProseBlock[] = []
  const links: Link[] = []
  let run: Segment[] = []
  let runBlock: { kind: BlockKind; depth?: number } = { kind: 'paragraph' }

  const flush = (): void => {
    if (run.length > 0) {
      const block: ProseBlock = { kind: runBlock.kind, segments: run }
      if (runBlock.depth !== undefined) block.depth = runBlock.depth
      blocks.push(block)
    }
    run = []
  }
  const add = (segment: Segment, block: { kind: BlockKind; depth?: number }): void => {
    if (run.length === 0) runBlock = block
    run.push(segment)
  }

  const visit = (children: ReadonlyArray<RootContent | ElementContent>, block: { kind: BlockKind; depth?: number }): void => {
    for (const child of children) {
      const position = child.position
      if (child.type === 'text') {
        if (position) add({ type: 'text', value: child.value, start: base + position.start.offset!, end: base + position.end.offset! }, block)
        continue
      }
      if (child.type !== 'element') continue
      const tag = child.tagName
      const phrasing = PHRASING.has(tag) || SOURCE.has(tag) || tag === 'br'
      if (SKIP.has(tag) || isHidden(child)) {
        if (!phrasing && !INLINE_SKIP.has(tag)) flush()
        continue
      }
      if (tag === 'br') {
        if (position) add({ type: 'break', start: base + position.start.offset!, end: base + position.end.offset! }, block)
        continue
      }
      if (SOURCE.has(tag)) {
        if (position) add({ type: 'source', start: base + position.start.offset!, end: base + position.end.offset! }, block)
        continue
      }
      if (tag === 'a' && position) {
        const href = child.properties['href']
        if (typeof href === 'string') {
          links.push({ url: href.trim(), range: [base + position.start.offset!, base + position.end.offset!], textRange: childrenRange(child, base) })
        }
      }
      if (phrasing) {
        visit(child.children, block)
      } else {
        flush()
        visit(child.children, blockKind(tag) ?? block)
        flush()
      }
    }
  }

  visit(root.children, { kind: 'paragraph' })
  flush()
  return { blocks, links, comments: collectComments(root, base) }
}

function childrenRange(element: Element, base: number): Link['textRange'] {
  const first = element.children[0]?.position
  const last = element.children[element.children.length - 1]?.position
  if (!first || !last) return null
  return [base + first.start.offset!, base + last.end.offset!]
}

/** Every comment node in the tree, with its range. */
function collectComments(root: HastRoot | Element, base: number): Comment[] {
  const comments: Comment[] = []
  const stack: Array<RootContent | ElementContent | HastRoot | Element> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'comment' && node.position) {
      comments.push({ value: node.value, range: [base + node.position.start.offset!, base + node.position.end.offset!] })
    }
    if (node.type === 'element' && node.tagName === 'template' && node.content) stack.push(node.content)
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
    }
  }
  return comments.sort((a, b) => a.range[0] - b.range[0])
}

/** The element holding the posting: the first `<main>`, else a lone `<article>`, else `<body>`. */
export function findPostingRoot(tree: HastRoot): HastRoot | Element {
  let main: Element | undefined
  const articles: Element[] = []
  let body: Element | undefined
  const stack: Array<HastRoot | Element> = [tree]
  while (stack.length > 0 && !main) {
    const node = stack.pop()!
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!
      if (child.type !== 'element') continue
      if (child.tagName === 'main' && !isHidden(child)) {
        main = child
        break
      }
      if (child.tagName === 'article') articles.push(child)
      if (child.tagName === 'body') body = child
      if (!SKIP.has(child.tagName)) stack.push(child)
    }
  }
  if (main) return main
  if (articles.length === 1) return articles[0]!
  return body ?? tree
}

/** Parse a whole HTML page. */
export function parseHtml(text: string, lines: LineIndex, templates: boolean): ParsedDocument {
  const tree = documentParser.parse(text) as HastRoot
  const postingRoot = findPostingRoot(tree)
  const content = collectHtml(postingRoot, 0)
  const comments = withinText(postingRoot === tree ? content.comments : collectComments(tree, 0), text.length)
  const position = postingRoot.position
  return {
    format: 'html',
    nlcst: buildNlcst(text, lines, content.blocks, templates),
    markup: tree,
    frontMatter: null,
    comments,
    links: content.links,
    postingRange: position ? [position.start.offset!, position.end.offset!] : [0, text.length],
  }
}

/** Parse raw HTML embedded in Markdown, `doc.slice(start, end)`. */
export function parseHtmlFragment(doc: string, start: number, end: number): HtmlContent {
  const tree = fragmentParser.parse(doc.slice(start, end)) as HastRoot
  const content = collectHtml(tree, start)
  return { ...content, comments: withinText(content.comments, end) }
}

/** parse5 ends a comment left open at the end of the input one character past that end (`<!-- a`): keep it within the text. */
function withinText(comments: Comment[], end: number): Comment[] {
  return comments.map((comment) => (comment.range[1] > end ? { ...comment, range: [comment.range[0], end] } : comment))
}
