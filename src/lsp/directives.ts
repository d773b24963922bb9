/**
 * The edits behind "disable this rule for this line" and "for this file",
 * written as the inline directives postlint already reads (HTML comments in
 * Markdown and HTML; plain text has no comments, so it has none):
 *
 *   text <!-- postlint-disable-line rule -->     at the end of the line
 *   <!-- postlint-disable rule -->               at the top of the file
 *
 * How it decides where: a line directive goes at the end of the line, before
 * trailing spaces, a hard-break backslash or a heading's closing hashes, so
 * the rendered text is unchanged; where the end of the line lies inside a
 * comment or (in HTML) inside a tag, a `postlint-disable-next-line` comment
 * goes on its own line above instead. The file directive goes after the
 * front matter of a Markdown file and after the doctype of an HTML file. A
 * directive of the same kind already there gets the rule added to its list.
 * Problems inside front matter get neither: a comment there would change the
 * YAML, and one after it would not cover them.
 */
import type { Fix } from '../types.js'
import { LineIndex } from '../linter/lines.js'
import type { DocumentLayout } from './protocol.js'

const LINE_DIRECTIVE = /^(\s*postlint-disable-line)(?=\s|$)/
const FILE_DIRECTIVE = /^(\s*postlint-disable)(?=\s|$)/

function eolOf(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n'
}

function inFrontMatter(layout: DocumentLayout, offset: number): boolean {
  return layout.frontMatter !== null && offset < layout.frontMatter[1]
}

function insideComment(layout: DocumentLayout, offset: number): boolean {
  return layout.comments.some(([start, end]) => start < offset && offset < end)
}

/**
 * An edit adding `ruleId` to the rule list of the directive comment at
 * `range` (whose text after `<!--` matches `keyword`), or null when its list
 * is empty (it already covers every rule) or names the rule.
 */
function addToDirective(text: string, range: [number, number], keyword: RegExp, ruleId: string): Fix | null | 'no-directive' {
  const valueStart = range[0] + 4
  const value = text.slice(valueStart, range[1] - 3)
  const match = keyword.exec(value)
  if (!match) return 'no-directive'
  const afterKeyword = match[1]!.length
  const body = value.slice(afterKeyword)
  const reason = /\s--(\s|$)/.exec(body)
  const list = (reason ? body.slice(0, reason.index) : body).trimEnd()
  const rules = list
    .split(',')
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '')
  if (rules.length === 0 || rules.includes(ruleId)) return null
  const at = valueStart + afterKeyword + list.length
  return { range: [at, at], text: `, ${ruleId}` }
}

/** The edit that disables `ruleId` on 1-based `line`, or null when no directive can go there. */
export function disableLineFix(text: string, line: number, ruleId: string, layout: DocumentLayout): Fix | null {
  if (layout.format === 'text') return null
  const lines = new LineIndex(text)
  if (line < 1 || line > lines.lineCount) return null
  const lineStart = lines.lineStarts[line - 1]!
  const lineEnd = lines.lineEnd(line)
  if (inFrontMatter(layout, lineStart)) return null

  for (const comment of layout.comments) {
    if (comment[0] < lineStart || comment[1] > lineEnd) continue
    const added = addToDirective(text, comment, LINE_DIRECTIVE, ruleId)
    if (added !== 'no-directive') return added
  }

  const lineText = text.slice(lineStart, lineEnd)
  let at = lineStart + lineText.trimEnd().length
  if (layout.format === 'markdown') {
    const closing = closingSequenceStart(lineText)
    if (closing !== -1) at = lineStart + closing
    else if (at > lineStart && text[at - 1] === '\\' && text[at - 2] !== '\\') at--
  }
  const before = text.slice(lineStart, at)
  const inTag = layout.format === 'html' && before.lastIndexOf('<') > before.lastIndexOf('>')
  if (!inTag && !insideComment(layout, at)) {
    const space = at === lineStart || /\s$/.test(before) ? '' : ' '
    return { range: [at, at], text: `${space}<!-- postlint-disable-line ${ruleId} -->` }
  }
  // The end of the line is inside a comment or a tag: a comment on its own line above.
  if (insideComment(layout, lineStart) || (layout.format === 'html' && tagOpenAt(text, lineStart))) return null
  const indent = /^[ \t]*/.exec(lineText)![0]
  return { range: [lineStart, lineStart], text: `${indent}<!-- postlint-disable-next-line ${ruleId} -->${eolOf(text)}` }
}

/**
 * Where an ATX heading's closing sequence (the blanks, the `#`s and any
 * blanks after them) starts in `line`, or -1 when the line has none. Read
 * in code: as one pattern, the runs of blanks on either side backtrack.
 */
function closingSequenceStart(line: string): number {
  const opening = /^ {0,3}#{1,6}[ \t]/.exec(line)
  if (!opening) return -1
  const isBlank = (at: number): boolean => line[at] === ' ' || line[at] === '\t'
  let end = line.length
  while (end > 0 && isBlank(end - 1)) end--
  let hashes = end
  while (hashes > 0 && line[hashes - 1] === '#') hashes--
  let blanks = hashes
  while (blanks > 0 && isBlank(blanks - 1)) blanks--
  const start = Math.max(blanks, opening[0].length)
  return hashes < end && start < hashes ? start : -1
}

/** Whether an HTML tag opened before `offset` is still open there. */
function tagOpenAt(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4096), offset)
  return before.lastIndexOf('<') > before.lastIndexOf('>')
}

/** The offset where a file-wide directive goes: after front matter, or after an HTML doctype. */
function fileDirectiveOffset(text: string, layout: DocumentLayout): number {
  if (layout.format === 'markdown' && layout.frontMatter) {
    const end = layout.frontMatter[1]
    const eol = /^(\r\n|\n|\r)/.exec(text.slice(end))
    return end + (eol ? eol[0].length : 0)
  }
  if (layout.format === 'html') {
    const doctype = /^\s*<!doctype[^>]*>[ \t]*(\r\n|\n|\r)?/i.exec(text)
    if (doctype) return doctype[0].length
  }
  return 0
}

/** The edit that disables `ruleId` in the whole file (from the top), or null when no directive can do it. */
export function disableFileFix(text: string, ruleId: string, layout: DocumentLayout, problemOffset: number): Fix | null {
  if (layout.format === 'text' || inFrontMatter(layout, problemOffset)) return null
  const at = fileDirectiveOffset(text, layout)
  const existing = layout.comments.find((comment) => comment[0] >= at && text.slice(at, comment[0]).trim() === '')
  if (existing) {
    const added = addToDirective(text, existing, FILE_DIRECTIVE, ruleId)
    if (added !== 'no-directive') return added
  }
  const eol = eolOf(text)
  // Text that ends at the front matter (or is empty) needs a line ending before the comment.
  const lead = at > 0 && at === text.length && !/[\r\n]$/.test(text) ? eol : ''
  return { range: [at, at], text: `${lead}<!-- postlint-disable ${ruleId} -->${eol}` }
}
