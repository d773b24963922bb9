/**
 * GitHub Flavored Markdown for the Markdown parser: the constructs and tree
 * handlers remark-gfm adds, less those that cannot match in the document at
 * hand. They were a third of the time micromark spent on a posting, and most
 * of what it allocated:
 *
 * - A table is tried at the start of every line of every paragraph, the
 *   line read as a row of cells until the next line shows it is not a
 *   table. A table's head row holds a `|`, and its delimiter row is a line
 *   of `-` with a `|` or a `:` (hasDelimiterRow): a document without both
 *   is parsed without the table construct.
 * - The autolink literals are tried at every word that could start one
 *   (every word for an email address), and each such word also ends a run
 *   of text. A `www.` literal needs `www.` in the source, an `http(s)://`
 *   one its protocol, an email address an `@`: each is left out of a
 *   document that lacks what it needs. Where there is an `@`, the email
 *   literal is tried only where the source shows one or more of
 *   `A-Z a-z 0-9 + - . _` and then `@`, before micromark builds tokens to
 *   throw away.
 *
 * The tree handlers' search of text nodes for addresses is given only the
 * blocks where it can find one.
 *
 * None of this changes a tree: the tests compare trees with remark-gfm's over the
 * corpus, hand-written cases and generated Markdown (test/linter/gfm.test.ts).
 */
import type { Construct, ConstructRecord, Extension, Tokenizer } from 'micromark-util-types'
import { combineExtensions } from 'micromark-util-combine-extensions'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown'
import type { Root as MdastRoot } from 'mdast'

/** The text being parsed, for the email look-ahead; null outside a parse (the construct then runs unguarded). */
let source: string | null = null

/** What must follow where an email autolink literal starts. */
const EMAIL_START = /[\w+.-]+@/y

function guardEmail(email: Construct): Construct {
  const tokenize: Tokenizer = function (effects, ok, nok) {
    if (source !== null) {
      EMAIL_START.lastIndex = this.now().offset
      if (!EMAIL_START.test(source)) return nok
    }
    return email.tokenize.call(this, effects, ok, nok)
  }
  return { ...email, tokenize }
}

const AUTOLINK = gfmAutolinkLiteral().text ?? {}
const EMAIL = AUTOLINK[48] as Construct
const GUARDED_EMAIL = guardEmail(EMAIL)

/** What the document holds that some of GFM's constructs need. */
interface Needs {
  table: boolean
  email: boolean
  www: boolean
  protocol: boolean
}

/** gfmAutolinkLiteral's constructs that can match, the email literal guarded. */
function autolinkLiteral(needs: Needs): Extension {
  const keep = (construct: Construct): Construct[] => {
    if (construct === EMAIL) return needs.email ? [GUARDED_EMAIL] : []
    if (construct.name === 'wwwAutolink') return needs.www ? [construct] : []
    if (construct.name === 'protocolAutolink') return needs.protocol ? [construct] : []
    return [construct]
  }
  const text: ConstructRecord = {}
  for (const [code, constructs] of Object.entries(AUTOLINK)) {
    const all: ReadonlyArray<Construct | undefined> = Array.isArray(constructs) ? constructs : [constructs]
    const kept = all.flatMap((construct) => (construct ? keep(construct) : []))
    if (kept.length > 0) text[code as unknown as number] = kept.length === 1 ? kept[0] : kept
  }
  return { text }
}

/** micromark's GFM extension as `micromark-extension-gfm` combines it, in its order, less what cannot match. */
function gfmSyntax(needs: Needs): Extension {
  return combineExtensions([autolinkLiteral(needs), gfmFootnote(), gfmStrikethrough(), ...(needs.table ? [gfmTable()] : []), gfmTaskListItem()])
}

/**
 * The tree handlers, their autolink transform given only the blocks it can
 * change: it searches every text node (decoded from character references,
 * for one) for addresses micromark did not link, a walk of the whole tree
 * that keeps each node's ancestors. An address needs an `@`, a `www` or an
 * `http` in the text, and text holds only what its block's source does,
 * decoded: a top-level block whose source has none of them, nor a `&`, is
 * left out. (The transform reads a node's ancestors only to skip links, and
 * no block lies inside a link.)
 */
const AUTOLINK_TEXT = /[@&]|www|http/i
export const GFM_FROM_MARKDOWN: FromMarkdownExtension[] = gfmFromMarkdown().map((extension) => {
  const transforms = extension.transforms
  if (!transforms || transforms.length === 0) return extension
  const gated = (tree: MdastRoot): MdastRoot | undefined => {
    const text = source
    if (text === null) {
      for (const transform of transforms) transform(tree)
      return undefined
    }
    for (const child of tree.children) {
      const start = child.position?.start.offset
      const end = child.position?.end.offset
      if (start !== undefined && end !== undefined && !AUTOLINK_TEXT.test(text.slice(start, end))) continue
      for (const transform of transforms) transform({ type: 'root', children: [child] })
    }
    return undefined
  }
  return { ...extension, transforms: [gated] }
})

/** Bits of a document's key: what it holds that GFM's constructs need. */
const TABLE = 1
const EMAIL_BIT = 2
const WWW = 4
const PROTOCOL = 8

/** A number that says which of GFM's constructs can match in `text`: documents with the same key parse with the same syntax. */
export function gfmKey(text: string): number {
  return (text.includes('|') && hasDelimiterRow(text) ? TABLE : 0) | (text.includes('@') ? EMAIL_BIT : 0) | (/www\./i.test(text) ? WWW : 0) | (/https?:\/\//i.test(text) ? PROTOCOL : 0)
}

/**
 * Whether some line of `text` could be a table's delimiter row: nothing but
 * `-`, `|`, `:`, spaces and tabs, after any container markers (`>`, list
 * bullets and numbers), with a `-` and a `|` or a `:`. A delimiter row with
 * neither is a setext underline or a thematic break, never a table (as
 * micromark reads it; the tests check tables against remark-gfm's). Most
 * of the `|` in postings are Liquid filters (`{{ page.opens | date }}`).
 */
export function hasDelimiterRow(text: string): boolean {
  let dash = false
  let bar = false
  let clean = true
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    if (code === 10 || code === 13) {
      if (clean && dash && bar) return true
      dash = false
      bar = false
      clean = true
    } else if (!clean) {
      continue
    } else if (code === 45 /* - */) {
      dash = true
    } else if (code === 124 /* | */ || code === 58 /* : */) {
      bar = true
    } else if (!(code === 32 || code === 9 || code === 62 /* > */ || code === 42 /* * */ || code === 43 /* + */ || code === 46 /* . */ || code === 41 /* ) */ || (code >= 48 && code <= 57))) {
      clean = false
    }
  }
  return false
}

/** The GFM syntax for documents of key `key`. */
export function gfmSyntaxFor(key: number): Extension {
  return gfmSyntax({ table: (key & TABLE) !== 0, email: (key & EMAIL_BIT) !== 0, www: (key & WWW) !== 0, protocol: (key & PROTOCOL) !== 0 })
}

/** Run a micromark parse of `text` with the email look-ahead reading it. */
export function parsingSource<T>(text: string, parse: () => T): T {
  // micromark drops a leading byte-order mark, which would shift its offsets against the text.
  source = text.charCodeAt(0) === 0xfeff ? null : text
  try {
    return parse()
  } finally {
    source = null
  }
}
