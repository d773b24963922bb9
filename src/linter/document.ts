/**
 * The document model every format is turned into: the natural-language tree,
 * the markup tree, and what rules look up often (front matter, comments,
 * links), all positioned by offsets into the original text.
 */
import type { Root as NlcstRoot } from 'nlcst'
import type { MarkupRoot, Range } from '../types.js'
import type { Layout } from './layout.js'

export type DocumentFormat = 'markdown' | 'html' | 'text'

/** An HTML comment, in Markdown or HTML: where inline directives live. */
export interface Comment {
  /** The text between `<!--` and `-->`. */
  value: string
  /** The whole comment, `<!--` to `-->`. */
  range: Range
}

/** A link a reader can follow. */
export interface Link {
  url: string
  /** The whole link. */
  range: Range
  /** The link's visible text, when it has any. */
  textRange: Range | null
}

/** YAML front matter of a Markdown file. */
export interface FrontMatter {
  /** The parsed mapping, or null when it is not a YAML mapping. */
  data: Record<string, unknown> | null
  /** The whole block, fences included. */
  range: Range
  /** Why `data` is null, when the YAML could not be read. */
  error?: string
}

export interface ParsedDocument {
  format: DocumentFormat
  nlcst: NlcstRoot
  /** The markup tree, or a function that builds it, called when the tree is first asked for. */
  markup: MarkupRoot | null | (() => MarkupRoot)
  frontMatter: FrontMatter | null
  comments: Comment[]
  links: Link[]
  /** For HTML: the part of the page that is the posting (`<main>`, `<article>` or `<body>`). */
  postingRange: Range | null
  /** Tables and lists, when the parser gives them; otherwise they are read from `markup` when first asked for. */
  layout?: Layout
  /** For Markdown: the raw HTML written in it (HTML blocks and inline tags), in document order. */
  rawHtml?: Range[]
}

/** Which format a file name is parsed as: by extension, plain text when unknown. */
export function formatOf(filePath: string): DocumentFormat {
  const dot = filePath.lastIndexOf('.')
  const extension = dot === -1 ? '' : filePath.slice(dot + 1).toLowerCase()
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown' || extension === 'mkd') return 'markdown'
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html'
  return 'text'
}

/** Extensions a directory is searched for. */
export const SUPPORTED_EXTENSIONS = ['md', 'markdown', 'html', 'htm', 'txt'] as const

/** Every closed `<!-- … -->` in `text`, with offsets shifted by `base`. */
export function findComments(text: string, base: number): Comment[] {
  const comments: Comment[] = []
  let open = text.indexOf('<!--')
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break
    comments.push({ value: text.slice(open + 4, close), range: [base + open, base + close + 3] })
    open = text.indexOf('<!--', close + 3)
  }
  return comments
}

/** Whether `text` holds nothing but comments and white space. */
export function isOnlyComments(text: string, comments: readonly Comment[], base: number): boolean {
  let from = 0
  for (const comment of comments) {
    if (text.slice(from, comment.range[0] - base).trim() !== '') return false
    from = comment.range[1] - base
  }
  return text.slice(from).trim() === ''
}
