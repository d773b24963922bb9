/**
 * no-dangling-link-text: wording that promises a link where there is none.
 *
 * Every paragraph (heading, list item and table cell included) is searched
 * once for the phrases of `data/link-phrases.ts` ("click
 * here", "can be found here", "follow this link", "the link below", "visit
 * our careers page", "apply on our website", and French equivalents). Each
 * phrase says where its link should be:
 *
 * - in the same sentence, for "here" phrases and named web pages;
 * - anywhere up to the end of the next block, for "this link", "the
 *   following link" and "the link below"; back to the previous block for
 *   "the link above". A phrase followed by a colon in its sentence, or
 *   standing in a heading, may also find its link in the next block.
 *
 * The promise is kept by a link (Markdown link or autolink, HTML `<a href>`,
 * bare URL in plain text) overlapping that stretch of the file, or by a URL,
 * a bare domain (`acme.com/careers`), an email address or a template tag
 * (which fills in the address when the page is built) in its source text,
 * outside HTML comments.
 *
 * A phrase right after an opening quotation mark is a mention (the label of
 * a button, a word being discussed), not a promise, and is left alone.
 *
 * Links whose target is empty or a placeholder (`#`, `javascript:void(0)`)
 * are reported too, once, with their visible text; a phrase inside such a
 * link is not reported again. So is a Markdown reference link
 * (`[here][apply]`) whose label has no definition: remark leaves it as text.
 * Nothing is fixable: only the author knows the address.
 */
import type { Paragraph, Root } from 'nlcst'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import type { Link } from '../src/linter/document.js'
import type { ParagraphData } from '../src/linter/prose.js'
import type { ProseText } from '../src/linter/source-code.js'
import { gateText, type AlternativeMatch } from '../src/linter/word-patterns.js'
import { RangeIndex } from '../src/linter/ranges.js'
import { TextMemo } from '../src/linter/text-memo.js'
import { firstWhere } from '../src/linter/lines.js'
import { findEmails, isValidDomain } from '../src/linter/emails.js'
import { COMMON_TLDS, LINK_PHRASE_PATTERN, PLACEHOLDER_TARGET, type LinkPhraseScope } from './data/link-phrases.js'
import { matchesOf } from '../src/linter/matches.js'

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report link wording ("click here", "follow the link below", "visit our careers page") with no link, and links whose target is empty or a placeholder',
      category: 'hygiene',
      recommended: true,
      url: ruleDocsUrl('no-dangling-link-text'),
    },
    messages: {
      missingLink: "'{{phrase}}' promises a link, but no link or web address goes with it.",
      missingLinkBelow: "'{{phrase}}' promises a link, but no link or web address follows it.",
      missingLinkAbove: "'{{phrase}}' points to a link above, but no link or web address comes before it.",
      missingPageLink: "'{{phrase}}' sends readers to a web page, but gives no link or web address for it.",
      emptyTarget: "The link '{{text}}' leads nowhere: its target is empty.",
      placeholderTarget: "The link '{{text}}' leads nowhere: its target '{{target}}' is a placeholder.",
      undefinedReference: "The link '{{text}}' leads nowhere: its reference '[{{label}}]' is not defined.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context
    const real: Link[] = []
    const dead: Link[] = []
    for (const link of sourceCode.links) (deadTarget(link.url) ? dead : real).push(link)

    /** Whether a link or an address stands in `[from, to)` of the file (remembered: phrases often share a sentence). */
    const targets = new Map<string, boolean>()
    const hasTarget = (from: number, to: number): boolean => {
      const key = `${from}:${to}`
      let found = targets.get(key)
      if (found === undefined) {
        // A commented-out list of links is not there for the reader.
        found = real.some((link) => link.range[0] < to && from < link.range[1]) || containsAddress(sourceCode.text.slice(from, to).replace(COMMENT, ' '))
        targets.set(key, found)
      }
      return found
    }

    // Dead links by the range of their text: a paragraph reads only those whose text it overlaps.
    const deadWithText = dead.filter((link) => link.textRange !== null)
    const deadTexts = new RangeIndex(deadWithText.map((link) => link.textRange!))
    const deadRanges = dead.map((link) => link.range)

    const reportDeadLinks = (prose: ProseText, [blockStart, blockEnd]: Range, reported: Set<Link>): void => {
      for (const index of deadTexts.overlapping(blockStart, blockEnd)) {
        const link = deadWithText[index]!
        if (reported.has(link) || !link.textRange) continue
        const text = visibleText(prose, link.textRange)
        if (!text) continue
        reported.add(link)
        const target = link.url.trim()
        if (target === '') context.report({ range: link.range, messageId: 'emptyTarget', data: { text } })
        else context.report({ range: link.range, messageId: 'placeholderTarget', data: { text, target } })
      }
    }

    /** Markdown `[text][label]` with no `[label]: url` stays text: a link that was meant and lost its target. */
    const reportUndefinedReferences = (prose: ProseText): Range[] => {
      const ranges: Range[] = []
      if (sourceCode.format !== 'markdown' || !prose.text.includes('][')) return ranges
      for (const match of matchesOf(prose.text, UNDEFINED_REFERENCE)) {
        const [, text, label] = match
        const range = prose.rangeOf(match.index, match.index + match[0].length)
        if (sourceCode.text[range[0]] !== '[' || sourceCode.text[range[0] - 1] === '\\') continue
        ranges.push(range)
        context.report({ range, messageId: 'undefinedReference', data: { text: text!.trim(), label: (label || text)!.trim() } })
      }
      return ranges
    }

    return {
      Document(root: Root) {
        const blocks = root.children.filter((child): child is Paragraph => child.type === 'ParagraphNode')
        const reported = new Set<Link>()
        blocks.forEach((block, index) => {
          const prose = sourceCode.getProse(block)
          const { text } = prose
          reportDeadLinks(prose, sourceCode.getRange(block), reported)
          const undefinedReferences = reportUndefinedReferences(prose)
          const lost = undefinedReferences.length > 0 ? [...deadRanges, ...undefinedReferences] : deadRanges
          const heading = (block.data as ParagraphData | undefined)?.block === 'heading'
          const previous = blocks[index - 1]
          const next = blocks[index + 1]
          if (!TRIGGER.test(text)) return
          let ends: Array<[number, number]> | undefined
          for (const match of phrasesIn.remember(text, (value) => LINK_PHRASE_PATTERN.matches(value, gateText(value)))) {
            const scope = match.tag
            const start = match.index
            const end = start + match.text.length
            if (QUOTED.test(text.slice(Math.max(0, start - 3), start))) continue
            const range = prose.rangeOf(start, end)
            if (lost.some(([from, to]) => from < range[1] && range[0] < to)) continue
            ends ??= sentenceEnds(text)
            const [sentenceStart, sentenceEnd] = sentenceAround(ends, text.length, start, end)
            let [from, to] = prose.rangeOf(sentenceStart, sentenceEnd)
            const below = scope === 'ahead' || heading || text.slice(end, sentenceEnd).includes(':')
            if (below) to = Math.max(to, sourceCode.getRange(next ?? block)[1])
            if (scope === 'behind') from = Math.min(from, sourceCode.getRange(previous ?? block)[0])
            if (hasTarget(from, to)) continue
            const messageId = scope === 'page' ? 'missingPageLink' : scope === 'ahead' ? 'missingLinkBelow' : scope === 'behind' ? 'missingLinkAbove' : 'missingLink'
            context.report({ range, messageId, data: { phrase: match.text.replace(/\s+/g, ' ') } })
          }
        })
      },
    }
  },
})

/** The phrases' matches in a paragraph's text, by text (only read): boilerplate paragraphs come back posting after posting. */
const phrasesIn = new TextMemo<Array<AlternativeMatch<LinkPhraseScope>>>(2048)

/** A word every phrase holds: paragraphs without one are not searched further. */
const TRIGGER = /here|ici|link|lien|url|web|site|page|portal|board/i

/** `[text][label]` or `[text][]` left in prose: remark turns every defined one into a link. */
const UNDEFINED_REFERENCE = /\[([^[\]\n\uFFFC]{1,200})\]\[([^[\]\n\uFFFC]{0,100})\]/g

/** An opening quotation mark right before a phrase: it is mentioned (a button's label), not used. */
const QUOTED = /(?:["“‘„«]|(?:^|\s)')\s?$/

/** Sentence ends: terminal punctuation before white space, or a line that starts a list item in plain text. */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'’”)\]]{0,3}(?=\s)|\n(?=[ \t]{0,8}(?:[-*•+]|\d{1,3}[.)])[ \t])/g

/** The ends of the sentences of `text`: where each boundary starts and where the next sentence may start. */
function sentenceEnds(text: string): Array<[number, number]> {
  return matchesOf(text, SENTENCE_END).map((boundary) => [boundary.index, boundary.index + boundary[0].length])
}

/** The `[start, end)` of the sentence holding `[start, end)`, given the text's sentence ends. */
function sentenceAround(ends: ReadonlyArray<[number, number]>, length: number, start: number, end: number): [number, number] {
  const low = firstWhere(ends.length, (index) => ends[index]![1] > start)
  const from = low > 0 ? ends[low - 1]![1] : 0
  let index = low
  while (index < ends.length && ends[index]![0] < end) index++
  return [from, index < ends.length ? ends[index]![1] : length]
}

/** An HTML comment (in Markdown too), or the start of one cut off at the end of the text. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g

/** A URL, the start of a template tag, or a candidate bare domain (with an optional path). */
const ADDRESS = /(?:https?:\/\/|\bwww\.)[^\s<>"'`]|\{\{|\{%|(?<![\w@.\-/])((?:[a-z0-9-]{1,63}\.){1,6}([a-z]{2,24}))(?![\w-])(\/)?/gi

/** Whether source text holds something a reader can follow or write to. */
function containsAddress(source: string): boolean {
  for (const match of matchesOf(source, ADDRESS)) {
    const [, domain, tld, path] = match
    if (domain === undefined) return true
    if (isValidDomain(domain) && (path !== undefined || COMMON_TLDS.has(tld!.toLowerCase()))) return true
  }
  return source.includes('@') && findEmails(source, 0).length > 0
}

/** Whether a link target leads nowhere: empty or a placeholder. */
function deadTarget(url: string): boolean {
  const target = url.trim()
  return target === '' || PLACEHOLDER_TARGET.test(target)
}

/** A link's text as the reader sees it in this paragraph (shortened), or '' when none of it is here. */
function visibleText(prose: ProseText, [start, end]: Range): string {
  let first = -1
  let last = -1
  for (let i = 0; i < prose.text.length; i++) {
    const offset = prose.offsetAt(i)
    if (offset >= end) break
    if (offset < start) continue
    if (first === -1) first = i
    last = i
  }
  if (first === -1) return ''
  const text = prose.text.slice(first, last + 1).replace(/\s+/g, ' ').trim()
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}
