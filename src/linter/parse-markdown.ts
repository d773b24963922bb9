/**
 * Markdown (CommonMark, GFM, YAML front matter): read from markdown-it's
 * tokens when they read the text as remark does (parse-markdown-it.ts),
 * else through remark. Paragraphs, headings and table cells become prose
 * blocks; code is left out and inline code kept as source; raw HTML blocks
 * are read as HTML, so the text they show is linted too; front matter is
 * parsed and handed to rules as data.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import type { Extension } from 'micromark-util-types'
// Before the first parse: micromark's edits in linear time (see edit-map.ts).
import './edit-map.js'
import { parse as parseYaml } from 'yaml'
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml'
import { readFlatYaml } from './flat-yaml.js'
import type { Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast'
import type { Comment, FrontMatter, Link, ParsedDocument } from './document.js'
import { findComments, isOnlyComments } from './document.js'
import type { BlockKind, ProseBlock, Segment } from './prose.js'
import { alignToSource, buildNlcst } from './prose.js'
import { parseHtmlFragment } from './parse-html.js'
import { GFM_FROM_MARKDOWN, gfmKey, gfmSyntaxFor, parsingSource } from './gfm.js'
import type { LineIndex } from './lines.js'
import type { Range } from '../types.js'
import { readMarkdownIt, readsFast, UnreadableMarkdown } from './parse-markdown-it.js'

/** remark with front matter and GFM (see gfm.ts for how GFM is given). */
function markdownProcessor(gfm: Extension) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(function gfmPlugin() {
      const data = this.data()
      ;(data.micromarkExtensions ??= []).push(gfm)
      ;(data.fromMarkdownExtensions ??= []).push(GFM_FROM_MARKDOWN)
    })
    .freeze()
}

const processors = new Map<number, ReturnType<typeof markdownProcessor>>()

/** The mdast tree of a Markdown document. */
export function parseMarkdownTree(text: string): MdastRoot {
  const key = gfmKey(text)
  let processor = processors.get(key)
  if (!processor) {
    processor = markdownProcessor(gfmSyntaxFor(key))
    processors.set(key, processor)
  }
  return parsingSource(text, () => processor.parse(text))
}

const lineBreakTag = /^<br\s*\/?>$/i

function rangeOf(node: MdastNodes): [number, number] | undefined {
  const position = node.position
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined
  return [position.start.offset, position.end.offset]
}

/**
 * What js-yaml may read otherwise than yaml does, found by comparing the two
 * over generated front matter (test/linter/front-matter-yaml.test.ts):
 * tabs, document markers and directives, anchors, tags and aliases where a
 * node starts, block scalars with an indentation indicator or kept final
 * line breaks, and a backslash ending a line in a quoted string; merge keys
 * (`<<`) too, which a YAML 1.1 document reads otherwise.
 */
const YAML_ONLY = /[|>](?:[-+]?\d|\+)|\\\r?$|\t|^(?:---|\.\.\.|%)|(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)[&!*]|<</m

/** Whether a mapping in `value` has the key js-yaml spells otherwise: a null key (`~:`, `null:`), "null" to js-yaml and "" to yaml. */
function hasNullKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return value.some(hasNullKey)
  for (const [key, item] of Object.entries(value)) if (key === 'null' || hasNullKey(item)) return true
  return false
}

/**
 * Front matter as yaml (the YAML 1.2 core schema) reads it. Flat front
 * matter is read line by line (flat-yaml.ts); the rest by js-yaml, which
 * reads documents to the same values as yaml in a little over half its time
 * (the 544 front matters of the corpus and the fixtures: about 53 ms
 * against 90 ms), and a lint of the whole corpus ran about 4% faster, more
 * than that difference alone; yaml reads what js-yaml may read otherwise
 * (YAML_ONLY, a null key) and what js-yaml turns down, so its values and
 * its messages stay the answer.
 */
function parseFrontMatterYaml(value: string): unknown {
  const flat = readFlatYaml(value)
  if (flat !== undefined) return flat
  if (!YAML_ONLY.test(value)) {
    let data: unknown
    let read = true
    try {
      data = loadYaml(value, { schema: CORE_SCHEMA })
    } catch {
      read = false
    }
    if (read && !hasNullKey(data)) return data
  }
  // yaml would print its warnings (an unknown tag, say) as process warnings on standard error.
  return parseYaml(value, { prettyErrors: false, logLevel: 'error' })
}

/** Parse YAML front matter into a mapping, or say why it is not one. */
export function readFrontMatter(value: string, range: Range): FrontMatter {
  try {
    const data: unknown = parseFrontMatterYaml(value)
    if (data === null || data === undefined) return { data: {}, range }
    if (typeof data !== 'object' || Array.isArray(data)) return { data: null, range, error: 'front matter is not a YAML mapping' }
    return { data: data as Record<string, unknown>, range }
  } catch (error) {
    return { data: null, range, error: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
}

const keyLine = /^([A-Za-z_][\w-]{0,63})[ \t]*:(.*)$/

/**
 * Top-level `key: value` lines of front matter YAML cannot read, the way a
 * reader would take them: a trailing ` # comment` and enclosing quotes off.
 */
export function readKeyLines(value: string): Record<string, string> {
  const data: Record<string, string> = {}
  for (const line of value.split(/\r\n|\r|\n/)) {
    const match = keyLine.exec(line)
    if (!match || Object.hasOwn(data, match[1]!)) continue
    let raw = match[2]!.replace(/^[ \t]+/, '').replace(/(?<!\s)\s+#[\s\S]*$/, '').trim()
    if (raw.length >= 2 && (raw[0] === "'" || raw[0] === '"') && raw.endsWith(raw[0])) raw = raw.slice(1, -1)
    data[match[1]!] = raw
  }
  return data
}

/**
 * Parse a Markdown file: with markdown-it when it reads every construct of
 * the text as remark does (parse-markdown-it.ts), the mdast then built only
 * when asked for; else with remark.
 */
export function parseMarkdown(text: string, lines: LineIndex, templates: boolean): ParsedDocument {
  if (readsFast(text)) {
    try {
      return parseMarkdownFast(text, lines, templates)
    } catch (error) {
      if (!(error instanceof UnreadableMarkdown)) throw error
    }
  }
  return parseMarkdownRemark(text, lines, templates)
}

/** Parse a Markdown file that `readsFast` accepts with markdown-it (throws UnreadableMarkdown when it cannot). */
export function parseMarkdownFast(text: string, lines: LineIndex, templates: boolean): ParsedDocument {
  const fast = readMarkdownIt(text)
  return {
    format: 'markdown',
    nlcst: buildNlcst(text, lines, fast.blocks, templates),
    markup: () => parseMarkdownTree(text),
    frontMatter: fast.frontMatter && readFrontMatter(fast.frontMatter.value, fast.frontMatter.range),
    comments: fast.comments,
    links: fast.links.sort((a, b) => a.range[0] - b.range[0]),
    postingRange: null,
    rawHtml: fast.rawHtml,
    layout: fast.layout,
  }
}

/** Parse a Markdown file with remark. */
export function parseMarkdownRemark(text: string, lines: LineIndex, templates: boolean): ParsedDocument {
  const tree = parseMarkdownTree(text)
  const definitions = new Map<string, string>()
  const blocks: ProseBlock[] = []
  const links: Link[] = []
  const comments: Comment[] = []
  let frontMatter: FrontMatter | null = null

  const rawHtml: Array<[number, number]> = []
  const collectDefinitionsAndHtml = (nodes: readonly RootContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url)
      else if (node.type === 'html') {
        const range = rangeOf(node)
        if (range) rawHtml.push(range)
      } else if ('children' in node) collectDefinitionsAndHtml(node.children as RootContent[])
    }
  }
  collectDefinitionsAndHtml(tree.children)

  /**
   * GFM's autolink transform splits text nodes around the addresses it links
   * and leaves the new nodes without positions. Such a run of nodes still
   * covers the source between its neighbours: read it as one text, aligned
   * with that source, and place its links by the alignment.
   */
  const unpositioned = (run: readonly PhrasingContent[], start: number, end: number, segments: Segment[]): void => {
    let value = ''
    const pieces: Array<{ url: string; from: number; to: number }> = []
    for (const node of run) {
      const from = value.length
      value += plainText(node)
      if (node.type === 'link') pieces.push({ url: node.url, from, to: value.length })
    }
    if (value.length === 0 || end <= start) return
    segments.push({ type: 'text', value, start, end })
    const map = alignToSource(value, text, start, end)
    for (const piece of pieces) {
      if (piece.to > piece.from) {
        const range: [number, number] = [map.start[piece.from]!, map.end[piece.to - 1]!]
        links.push({ url: piece.url, range, textRange: range })
      }
    }
  }

  const inline = (nodes: readonly PhrasingContent[], segments: Segment[], parent: [number, number] | undefined): void => {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!
      const range = rangeOf(node)
      if (!range) {
        let last = index
        while (last + 1 < nodes.length && !rangeOf(nodes[last + 1]!)) last++
        const before = index > 0 ? rangeOf(nodes[index - 1]!)?.[1] : parent?.[0]
        const after = last + 1 < nodes.length ? rangeOf(nodes[last + 1]!)?.[0] : parent?.[1]
        if (before !== undefined && after !== undefined) unpositioned(nodes.slice(index, last + 1), before, after, segments)
        index = last
        continue
      }
      switch (node.type) {
        case 'text':
          if (range) segments.push({ type: 'text', value: node.value, start: range[0], end: range[1] })
          break
        case 'inlineCode':
          if (range) segments.push({ type: 'source', start: range[0], end: range[1] })
          break
        case 'break':
          if (range) segments.push({ type: 'break', start: range[0], end: range[1] })
          break
        case 'html':
          if (!range) break
          if (lineBreakTag.test(node.value)) segments.push({ type: 'break', start: range[0], end: range[1] })
          else for (const item of findComments(text.slice(range[0], range[1]), range[0])) comments.push(item)
          break
        case 'link':
        case 'linkReference': {
          const url = node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase())
          if (range && url !== undefined) links.push({ url, range, textRange: childrenRange(node.children) })
          inline(node.children, segments, childrenRange(node.children) ?? undefined)
          break
        }
        case 'emphasis':
        case 'strong':
          inline(node.children, segments, childrenRange(node.children) ?? undefined)
          break
        default:
          // delete (struck-out text), images and footnote references are not read as prose.
          break
      }
    }
  }

  const block = (nodes: readonly RootContent[], inListItem = false): void => {
    for (const node of nodes) {
      const range = rangeOf(node)
      if ((node.type as string) === 'toml') {
        if (range && frontMatter === null) frontMatter = { data: null, range, error: 'TOML front matter is not read' }
        continue
      }
      switch (node.type) {
        case 'yaml':
          if (range && frontMatter === null) frontMatter = readFrontMatter(node.value, range)
          break
        case 'paragraph':
        case 'heading':
        case 'tableCell': {
          const segments: Segment[] = []
          inline(node.children, segments, contentRange(node.children, range))
          const kind: BlockKind = node.type === 'paragraph' && inListItem ? 'listItem' : node.type
          const prose: ProseBlock = { kind, segments }
          if (node.type === 'heading') prose.depth = node.depth
          blocks.push(prose)
          break
        }
        case 'html': {
          if (!range) break
          const raw = text.slice(range[0], range[1])
          const own = findComments(raw, range[0])
          if (isOnlyComments(raw, own, range[0])) {
            for (const item of own) comments.push(item)
          } else {
            const fragment = parseHtmlFragment(text, range[0], range[1])
            for (const item of fragment.blocks) blocks.push(item)
            for (const item of fragment.links) links.push(item)
            for (const item of fragment.comments) comments.push(item)
          }
          break
        }
        case 'code':
        case 'definition':
        case 'thematicBreak':
          break
        case 'listItem':
          block(node.children, true)
          break
        default:
          if ('children' in node) block(node.children as RootContent[], inListItem)
      }
    }
  }
  block(tree.children)
  comments.sort((a, b) => a.range[0] - b.range[0])

  return {
    format: 'markdown',
    nlcst: buildNlcst(text, lines, blocks, templates),
    markup: tree,
    frontMatter,
    comments,
    links,
    postingRange: null,
    rawHtml,
  }
}

function childrenRange(children: readonly PhrasingContent[]): [number, number] | null {
  const first = children[0] && rangeOf(children[0])
  const last = children.length > 0 ? rangeOf(children[children.length - 1]!) : undefined
  return first && last ? [first[0], last[1]] : null
}

/** Where a block's inline content lies: from its first positioned child to its last, else the block itself. */
function contentRange(children: readonly PhrasingContent[], block: [number, number] | undefined): [number, number] | undefined {
  const positioned = children.map(rangeOf).filter((range) => range !== undefined)
  if (positioned.length === children.length || !block) return positioned.length > 0 ? [positioned[0]![0], positioned[positioned.length - 1]![1]] : block
  // Unpositioned children at the edges reach to the block's own edges (a heading's `#` marker is not prose, but
  // alignment skips what the text does not contain).
  return block
}

/** The text of an inline node as a reader sees it. */
function plainText(node: PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'inlineCode') return node.value
  if ('children' in node) return node.children.map(plainText).join('')
  return ''
}
