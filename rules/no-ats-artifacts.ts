/**
 * no-ats-artifacts: debris that applicant-tracking systems, job boards,
 * templates and scrapers leave in a posting.
 *
 * One pass of one pattern over each paragraph's prose finds candidates; each
 * is then judged in context: LinkedIn's job-wrapping tags (`#LI-Remote`,
 * `#LI-JS1`) by their documented shapes; bracketed placeholders
 * (`[Company Name]`, `<insert salary>`, `{Start Date}`) only when every word
 * is a template word, so `[sic]`, `[1]`, `[x]` and `jobs[at]example.com`
 * stay silent; `{{ name }}` is a placeholder because the parser already made
 * code-like template tags source; `TBD` only where a value belongs (after a
 * label's colon, alone on its line, or closing a `TBD to TBD` range);
 * `xxx`/`$XX,XXX` unless they are a format mask such as `XXX-XX-XXXX`;
 * template filler ("content goes here", "Describe the role here.", "This
 * is a test", "blah" alone on a line) and links left unfinished
 * (`https://example.org/apply/whatever`, `https://www.eventbrite.com/...`);
 * the same placeholders as a whole front-matter value (`closes: TBD`);
 * escaped markup, double-encoded entities and JSON escapes seen as text.
 * The markup tree is checked too: `<insert company name>` is an HTML tag to
 * the parsers, and a CDATA section hides its text from browsers.
 *
 * Tags are removed by `--fix` with what held them: the whole paragraph (and
 * its wrapping element or blank line) when it holds only tags, the line when
 * only tags stand on it, else the tag and one separator. Placeholders are
 * only reported; scraper debris comes with a suggestion.
 */
import type { Paragraph } from 'nlcst'
import type { Comment as HastComment, Element } from 'hast'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import type { ProseText, SourceCode } from '../src/linter/source-code.js'
import {
  ARTIFACT_GATE, ARTIFACT_PATTERN, DEBRIS_TAGS, HTML_ELEMENTS, INSTRUCTION_WORDS, PLACEHOLDER_NOUNS, PLACEHOLDER_WORDS,
} from './data/ats-artifacts.js'
import { matchesOf } from '../src/linter/matches.js'
import { forText } from '../src/linter/narrow.js'
import { TextMemo } from '../src/linter/text-memo.js'

type Kind = 'trackingTag' | 'placeholder' | 'fillerText' | 'scraperDebris'
interface Finding { kind: Kind; start: number; end: number; replacement?: string }
type Options = [{ tags?: boolean; placeholders?: boolean; scraperDebris?: boolean }]
type MessageId = Kind | 'cdataSection' | 'removeDebris' | 'replaceDebris' | 'unwrapCdata'

/** Where hidden HTML opens: a comment, a script, a style sheet. */
const HIDDEN_OPEN = /<!--|<(script|style)\b/gi
const HIDDEN_CLOSE: Record<string, RegExp> = { '': /-->/g, script: /<\/script\s*>/gi, style: /<\/style\s*>/gi }

/**
 * Raw HTML with its comments, scripts and style sheets blanked out (same
 * length), each from its opening to the first close. An opening never closed
 * stays, and so does every later one of its kind, since no close follows:
 * the text is read once, however many unclosed openings it has.
 */
function blankHidden(raw: string): string {
  let output = ''
  let copied = 0
  const unclosed = new Set<string>()
  HIDDEN_OPEN.lastIndex = 0
  for (let open = HIDDEN_OPEN.exec(raw); open; open = HIDDEN_OPEN.exec(raw)) {
    const kind = open[1]?.toLowerCase() ?? ''
    if (unclosed.has(kind)) continue
    const close = HIDDEN_CLOSE[kind]!
    close.lastIndex = open.index + open[0].length
    const found = close.exec(raw)
    if (!found) {
      unclosed.add(kind)
      continue
    }
    const end = found.index + found[0].length
    output += raw.slice(copied, open.index) + ' '.repeat(end - open.index)
    copied = end
    HIDDEN_OPEN.lastIndex = end
  }
  return output + raw.slice(copied)
}

export default defineRule<MessageId, Options>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report job-board tracking tags, unfilled template placeholders and scraper debris left in a posting, and remove the tags',
      category: 'hygiene',
      recommended: true,
      url: ruleDocsUrl('no-ats-artifacts'),
    },
    messages: {
      trackingTag: "Job-board tracking tag '{{text}}': it is read by LinkedIn's job import and means nothing to readers; remove it.",
      placeholder: "Unfilled placeholder '{{text}}': replace it with the real value.",
      fillerText: "Filler text '{{text}}': replace it with the posting's real text.",
      scraperDebris: "Scraper debris '{{text}}': an export left markup or escape codes that readers see as text.",
      cdataSection: "Scraper debris '{{text}}': in HTML a CDATA section is a comment, so browsers hide the text inside it.",
      removeDebris: "Remove '{{text}}'.",
      replaceDebris: "Replace '{{text}}' with '{{replacement}}'.",
      unwrapCdata: 'Remove the CDATA markers and keep the text.',
    },
    schema: [
      {
        type: 'object',
        properties: { tags: { type: 'boolean' }, placeholders: { type: 'boolean' }, scraperDebris: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ tags: true, placeholders: true, scraperDebris: true }],
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode } = context
    const { text, format } = sourceCode
    const { tags: checkTags = true, placeholders: checkPlaceholders = true, scraperDebris: checkDebris = true } = context.options[0] ?? {}
    const wanted = (kind: Kind): boolean => (kind === 'trackingTag' ? checkTags : kind === 'scraperDebris' ? checkDebris : checkPlaceholders)
    const [postingStart, postingEnd] = sourceCode.postingRange
    const inLinkTarget = (range: Range): boolean =>
      sourceCode.links.some((link) => link.range[0] < range[1] && range[0] < link.range[1] && !(link.textRange && link.textRange[0] <= range[0] && range[1] <= link.textRange[1]))
    // Raw HTML inside a Markdown `<script>` or `<style>` is split into several nodes: look back for the open element.
    const inScript = (offset: number): boolean => {
      const before = text.slice(Math.max(0, offset - 5000), offset).toLowerCase()
      return Math.max(before.lastIndexOf('<script'), before.lastIndexOf('<style')) > Math.max(before.lastIndexOf('</script'), before.lastIndexOf('</style'))
    }
    const reportCdata = (start: number, end: number): void => {
      const close = text.slice(end - 3, end) === ']]>' ? end - 3 : end
      context.report({
        range: [start, start + 9],
        messageId: 'cdataSection',
        data: { text: '<![CDATA[' },
        suggest: [{ messageId: 'unwrapCdata', fix: (fixer) => [fixer.removeRange([start, start + 9]), fixer.removeRange([close, end])] }],
      })
    }

    // Front matter is published too (titles, dates, links): its values are read line by line.
    const checkFrontMatter = (): void => {
      const block = sourceCode.frontMatter
      if (!block || !checkPlaceholders) return
      const [blockStart, blockEnd] = block.range
      const lines = /[^\r\n]+/g
      const body = text.slice(blockStart, blockEnd)
      for (let line = lines.exec(body); line; line = lines.exec(body)) {
        // `key: | value` and `- key: value` read as `key: value`; comments and fences are not values.
        if (/^\s*(?:#|---|\+\+\+)/.test(line[0])) continue
        const value = line[0].replace(/^(\s*(?:-\s+)?[^:#\s][^:#]{0,59}:\s*)([|>][-+]?\s*)/, (_, label: string, indicator: string) => label + ' '.repeat(indicator.length))
        for (const finding of findArtifacts(value)) {
          if (finding.kind !== 'placeholder' && finding.kind !== 'fillerText') continue
          const range: Range = [blockStart + line.index + finding.start, blockStart + line.index + finding.end]
          context.report({ range, messageId: finding.kind, data: { text: text.slice(range[0], range[1]) } })
        }
      }
    }
    // Markdown: `<insert company name>` and `<![CDATA[…]]>` are raw HTML to micromark, not prose.
    const checkRawHtml = ([start, end]: Readonly<Range>): void => {
      const raw = blankHidden(text.slice(start, end))
      for (const match of matchesOf(raw, /<!\[CDATA\[|<([a-z][^<>\n]{0,80})>/gi)) {
        const at = start + match.index
        if (match[1] === undefined) {
          if (!checkDebris || inScript(at)) continue
          const close = raw.indexOf(']]>', match.index)
          reportCdata(at, close === -1 ? at + 9 : start + close + 3)
        } else if (checkPlaceholders && isPlaceholderTag(match[1]) && !inScript(at)) {
          context.report({ range: [at, at + match[0].length], messageId: 'placeholder', data: { text: match[0] } })
        }
      }
    }

    return {
      Document() {
        checkFrontMatter()
        if (format === 'markdown') for (const range of sourceCode.rawHtml) checkRawHtml(range)
      },
      ParagraphNode(node: Paragraph) {
        const prose = sourceCode.getProse(node)
        const findings = artifactsIn.remember(prose.text, findArtifacts).filter((finding) => wanted(finding.kind))
        const tags = findings.filter((finding) => finding.kind === 'trackingTag')
        const removals = tags.length > 0 ? tagRemovals(prose, tags, sourceCode) : new Map<Finding, Range>()
        for (const finding of findings) {
          const found = prose.rangeOf(finding.start, finding.end)
          if (inLinkTarget(found)) continue
          // A Markdown backslash escape (`\<br>`) belongs to what it shows.
          const range: Range = finding.kind === 'scraperDebris' && format === 'markdown' && text[found[0] - 1] === '\\' ? [found[0] - 1, found[1]] : found
          const data = { text: prose.text.slice(finding.start, finding.end) }
          if (finding.kind === 'trackingTag') {
            const cut = removals.get(finding)!
            context.report({ range, messageId: 'trackingTag', data, fix: (fixer) => fixer.removeRange(cut) })
          } else if (finding.kind === 'scraperDebris') {
            const replacement = finding.replacement ?? ''
            const [edit, by] = replacement.trim() === '' ? removal(text, range) : [range, replacement]
            context.report({
              range,
              messageId: 'scraperDebris',
              data,
              suggest: [
                by === ''
                  ? { messageId: 'removeDebris', data, fix: (fixer) => fixer.removeRange(edit) }
                  : { messageId: 'replaceDebris', data: { ...data, replacement: by }, fix: (fixer) => fixer.replaceTextRange(edit, by) },
              ],
            })
          } else {
            context.report({ range, messageId: finding.kind, data })
          }
        }
      },
      // HTML: `<Company>` is an element of an unknown name; `<![CDATA[` is a bogus comment. Visited in HTML
      // only, so that a Markdown posting's markup tree is not walked (nor built) for them.
      ...(format === 'html'
        ? {
            element(node: Element) {
              const start = node.position?.start.offset
              if (!checkPlaceholders || start === undefined || start < postingStart || start >= postingEnd || HTML_ELEMENTS.has(node.tagName)) return
              const close = text.indexOf('>', start)
              if (close === -1 || close - start > 120 || !isPlaceholderTag(text.slice(start + 1, close))) return
              context.report({ range: [start, close + 1], messageId: 'placeholder', data: { text: text.slice(start, close + 1) } })
            },
            comment(node: HastComment) {
              const position = node.position
              if (!checkDebris || !position || !node.value.startsWith('[CDATA[')) return
              const start = position.start.offset!
              if (start >= postingStart && start < postingEnd) reportCdata(start, position.end.offset!)
            },
          }
        : {}),
    }
  },
})

const SEPARATORS = /^[\s|,;/·•*–—-]*$/u
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu
const words = (value: string): string[] => {
  const lower = value.toLowerCase()
  return lower.match(forText(WORD, lower)) ?? []
}

/** Whether a bracketed phrase is a template field: `Company Name`, `Insert salary`, `City, State`. */
function isPlaceholderPhrase(inner: string): boolean {
  const trimmed = inner.trim()
  if (trimmed.length > 60 || !/^[\p{L}\p{N}][\p{L}\p{N} '’/,&.-]*$/u.test(trimmed)) return false
  const list = words(trimmed)
  const all = (from: number): boolean => list.slice(from).every((word) => PLACEHOLDER_WORDS.has(word))
  if (list.length >= 2 && INSTRUCTION_WORDS.has(list[0]!)) return list[0] !== 'your' || all(1)
  return all(0) && list.some((word) => PLACEHOLDER_NOUNS.has(word))
}

/** A tag-like `<…>` that is a placeholder rather than an HTML element: `<Company>`, `<insert company name>`. */
function isPlaceholderTag(inner: string): boolean {
  const list = words(inner)
  return isPlaceholderPhrase(inner) && (list.length > 1 || !HTML_ELEMENTS.has(list[0]!))
}

function lineAround(value: string, start: number, end: number): [number, number] {
  const lineStart = start === 0 ? 0 : Math.max(value.lastIndexOf('\n', start - 1), value.lastIndexOf('\r', start - 1)) + 1
  const after = value.slice(end).search(/[\r\n]/)
  return [lineStart, after === -1 ? value.length : end + after]
}

const pattern = new RegExp(ARTIFACT_PATTERN)

/** The artifacts of a paragraph's prose, by text (only read): boilerplate paragraphs come back posting after posting. */
const artifactsIn = new TextMemo<Finding[]>(2048)

/** Every artifact in a paragraph's prose, in one pass of one pattern. */
function findArtifacts(value: string): Finding[] {
  const found: Finding[] = []
  if (!ARTIFACT_GATE.test(value)) return found
  const regex = forText(pattern, value)
  regex.lastIndex = 0
  let lastPending = -1
  let lorem = false
  for (let match = regex.exec(value); match; match = regex.exec(value)) {
    const finding = judge(value, match, lastPending, lorem)
    if (!finding) {
      regex.lastIndex = match.index + 1
      continue
    }
    if (match.groups!['pending']) lastPending = finding.end
    if (finding.kind === 'fillerText') lorem = true
    found.push(finding)
    regex.lastIndex = finding.end
  }
  regex.lastIndex = 0
  return found
}

function judge(value: string, match: RegExpExecArray, lastPending: number, lorem: boolean): Finding | undefined {
  const groups = match.groups!
  const found = match[0]
  const start = match.index
  const end = start + found.length
  const at = (kind: Kind, replacement?: string, to = end): Finding => (replacement === undefined ? { kind, start, end: to } : { kind, start, end: to, replacement })
  if (groups['cdata']) return at('scraperDebris', '')
  if (groups['object']) return at('placeholder')
  if (groups['angle']) {
    const name = /^<\/?([a-z][a-z0-9]*)(\s[^<>]*|\/)?>$/i.exec(found)
    if (name && DEBRIS_TAGS.has(name[1]!.toLowerCase())) return at('scraperDebris', '')
    return !found.startsWith('</') && isPlaceholderTag(found.slice(1, -1)) ? at('placeholder') : undefined
  }
  if (groups['square']) return isPlaceholderPhrase(found.slice(1, -1)) ? at('placeholder') : undefined
  if (groups['curly']) return (found.startsWith('{{') ? /^\{\{[\p{L}\p{N}_ '’-]*\}\}$/u.test(found) : isPlaceholderPhrase(found.slice(1, -1))) ? at('placeholder') : undefined
  if (groups['linkedin']) return found.startsWith('#') || /^LI-(?:[A-Z]{2,3}\d{1,2}|[A-Za-z-]+)$/.test(found) ? at('trackingTag') : undefined
  if (groups['caps']) {
    const caps = /^(?:ENTER|INSERT)(?:[ \t]+(?=[^ \t]*\p{Lu})[^\p{Ll} \t]+)+/u.exec(found)?.[0]
    return caps && words(caps).slice(1).some((word) => PLACEHOLDER_NOUNS.has(word) || word === 'here') ? at('placeholder', undefined, start + caps.length) : undefined
  }
  if (groups['xs']) {
    const around = value.slice(Math.max(0, start - 6), end + 6)
    return /x{2,4}[-/]x{2,4}|x{2}\.x{2}\.x{2,4}|\(x{3}\)/i.test(around) ? undefined : at('placeholder')
  }
  if (groups['pending']) {
    const [lineStart, lineEnd] = lineAround(value, start, end)
    const rest = words(value.slice(end, lineEnd).split(/[.;!?]/)[0]!).length
    const labelled = /:\s*(?:['"]\$?\s*|\$\s*)?$/.test(value.slice(Math.max(0, start - 40), start))
    if (found.includes(' ')) return labelled ? at('placeholder') : undefined
    const leading = /^[\s•*·–—-]*(?:\d{1,3}[.)][ \t]*)?$/.test(value.slice(lineStart, start)) && rest <= 6
    const ranged = lastPending >= lineStart && /^[^.;:\n]{0,20}?(?:\b(?:to|through|until)\b|[-–—])\s*$/i.test(value.slice(lastPending, start))
    return labelled || leading || ranged ? at('placeholder') : undefined
  }
  if (groups['lorem']) return lorem ? undefined : at('fillerText')
  if (groups['filler']) return at('fillerText')
  if (groups['blah']) {
    // "blah" alone on its line is filler; in a sentence it is a word ("no blah corporate speak").
    const [lineStart, lineEnd] = lineAround(value, start, end)
    return /^[\s•*·–—-]*$/u.test(value.slice(lineStart, start)) && /^[\s.!]*$/u.test(value.slice(end, lineEnd)) ? at('fillerText') : undefined
  }
  if (groups['url']) return at('placeholder')
  if (groups['entity']) {
    const reference = found.slice(1, -1)
    const code = reference.startsWith('#') ? Number.parseInt(reference.slice(1).replace(/^x/i, ''), /^#x/i.test(reference) ? 16 : 10) : 0
    const decoded = reference.startsWith('#') ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : false) : decodeNamedCharacterReference(reference)
    return decoded ? at('scraperDebris', decoded === '\u00A0' ? ' ' : decoded) : undefined
  }
  if (groups['escape']) {
    if (found.startsWith('\\u')) return at('scraperDebris', String.fromCharCode(Number.parseInt(found.slice(2), 16)))
    return /\p{Ll}/u.test(value[end] ?? '') ? undefined : at('scraperDebris', '')
  }
  return undefined
}

/** Where to cut so that nothing doubles: one space of two, or a space between words. */
function removal(text: string, [start, end]: Range): [Range, string] {
  const before = text[start - 1] ?? '\n'
  const after = text[end] ?? '\n'
  if (/[ \t]/.test(before) && /[ \t]/.test(after)) return [[start, end + 1], '']
  if (/[^\s([{]/.test(before) && /[^\s.,;:!?)\]}]/.test(after)) return [[start, end], ' ']
  return [[start, end], '']
}

/** The range each tracking tag's fix removes; tags removed together share one. */
function tagRemovals(prose: ProseText, tags: Finding[], sourceCode: SourceCode): Map<Finding, Range> {
  const value = prose.text
  const removals = new Map<Finding, Range>()
  let rest = value
  for (const tag of [...tags].reverse()) rest = rest.slice(0, tag.start) + rest.slice(tag.end)
  if (SEPARATORS.test(rest)) {
    const range = blockRemoval(prose, sourceCode)
    for (const tag of tags) removals.set(tag, range)
    return removals
  }
  const runs: Finding[][] = []
  for (const tag of tags) {
    const run = runs[runs.length - 1]
    if (run && /^[ \t\u00A0|,;/·•–—-]*$/u.test(value.slice(run[run.length - 1]!.end, tag.start))) run.push(tag)
    else runs.push([tag])
  }
  for (const run of runs) {
    const start = run[0]!.start
    const end = run[run.length - 1]!.end
    const [lineStart, lineEnd] = lineAround(value, start, end)
    const before = value.slice(lineStart, start)
    const after = value.slice(end, lineEnd)
    let range: Range
    if (SEPARATORS.test(before) && SEPARATORS.test(after)) {
      if (lineStart > 0) {
        const breakAt = value[lineStart - 1] === '\n' && value[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1
        range = prose.rangeOf(breakAt, lineEnd)
      } else {
        const next = lineEnd + Math.max(0, value.slice(lineEnd).search(/[^\r\n]/))
        range = [prose.offsetAt(0), prose.offsetAt(next)]
      }
    } else if (SEPARATORS.test(after) || /^[.!?…)]/.test(after)) {
      range = prose.rangeOf(start - /(?<![\s|,;/·•–—-])[\s|,;/·•–—-]*$/u.exec(before)![0].length, end)
    } else {
      range = prose.rangeOf(start, end + /^[\s|,;/·•–—-]*/u.exec(after)![0].length)
    }
    const [edit] = removal(sourceCode.text, range)
    for (const tag of run) removals.set(tag, edit)
  }
  return removals
}

/** Wrapping elements never removed with the tags inside them. */
const KEEP = new Set(['html', 'body', 'main', 'article', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'template'])

/** A paragraph of nothing but tags: remove it with its wrapping elements, its line and one blank line. */
function blockRemoval(prose: ProseText, sourceCode: SourceCode): Range {
  const { text, format } = sourceCode
  const trimmedEnd = prose.text.trimEnd().length
  let [start, end] = prose.rangeOf(prose.text.length - prose.text.trimStart().length, trimmedEnd)
  for (let depth = 0; depth < 8; depth++) {
    const from = Math.max(0, start - 300)
    const open = /<([a-z][a-z0-9]*)\b[^<>]*>\s*$/i.exec(text.slice(from, start))
    if (!open || KEEP.has(open[1]!.toLowerCase())) break
    const close = new RegExp(String.raw`^\s*</${open[1]}\s*>`, 'i').exec(text.slice(end, end + 200))
    if (!close) break
    start = from + open.index
    end += close[0].length
  }
  const startOfLine = (at: number): number => (at === 0 ? 0 : Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1)
  const eolAt = (at: number): number => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\r' || text[at] === '\n' ? 1 : 0)
  const lineStart = startOfLine(start)
  const found = text.slice(end).search(/[\r\n]/)
  const lineEnd = found === -1 ? text.length : end + found
  const prefix = format === 'markdown' ? /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:#{1,6}[ \t]+)?$/ : /^[ \t]*$/
  if (!prefix.test(text.slice(lineStart, start)) || !/^[ \t]*$/.test(text.slice(end, lineEnd))) return removal(text, [start, end])[0]
  // Back over blank lines (in Markdown, `>` alone is a blank line of a quote) to the end of the last line
  // with content (-1: none), and on to the first line with content.
  const blank = (line: string): boolean => (format === 'markdown' ? /^[\s>]*$/ : /^\s*$/).test(line)
  let previous = lineStart
  let blankBefore = 0
  let contentEnd = -1
  while (previous > 0) {
    const eol = text[previous - 1] === '\n' && text[previous - 2] === '\r' ? previous - 2 : previous - 1
    const begin = startOfLine(eol)
    if (!blank(text.slice(begin, eol))) {
      contentEnd = eol
      break
    }
    previous = begin
    blankBefore++
  }
  let next = lineEnd + eolAt(lineEnd)
  let blankAfter = 0
  while (next < text.length) {
    const breakAt = text.slice(next, next + 2000).search(/[\r\n]/)
    const stop = breakAt === -1 ? text.length : next + breakAt
    if (!blank(text.slice(next, stop))) break
    next = stop + eolAt(stop)
    blankAfter++
  }
  if (contentEnd === -1) return [lineStart, next]
  // Between blank lines the tag's lines go with the blank lines after them, unless a quote's `>` would be left hanging.
  const quoted = text.slice(contentEnd, lineStart).includes('>')
  if (next >= text.length || (blankBefore > 0 && blankAfter > 0 && quoted)) return [contentEnd, lineEnd]
  return blankBefore > 0 && blankAfter > 0 ? [lineStart, next] : [lineStart, lineEnd + eolAt(lineEnd)]
}
