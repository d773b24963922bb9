/**
 * no-missing-apostrophes: contractions that lost their apostrophe (`dont`,
 * `youll`, `theyre`).
 *
 * Each WordNode of an English paragraph is looked up, lower-cased, in an index
 * of contractions whose spelling without the apostrophe is not a word
 * (`rules/data/contractions.ts`; `cant`, `wont`, `were`, `well`, `its` and the
 * like are left out). Only whole words written in lower case, capitalised or
 * in capitals count, and only when they stand as prose: a word touching `#`,
 * `@`, `/`, `_`, `=`, code or a template tag, or inside a URL, an e-mail
 * address or a `{{ placeholder }}`, is part of something else. Paragraphs
 * whose language (guessed, or the document's when too short to tell) is
 * French are skipped, since `dont` is a French word; so is a French-looking
 * `dont` (`dont vous`) wherever it stands.
 *
 * The fix inserts the apostrophe, which keeps the case (`DONT` → `DON'T`), in
 * the style the English prose already uses: `’` when words such as `we’re`
 * are written with it more often than with `'`, otherwise `'`.
 */
import type { Paragraph } from 'nlcst'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { languageOf } from '../src/linter/language.js'
import { SOURCE_PLACEHOLDER, type ProseText } from '../src/linter/source-code.js'
import { findUrls } from '../src/linter/urls.js'
import { findEmails } from '../src/linter/emails.js'
import { APOSTROPHE_INDEX, FRENCH_AFTER_DONT } from './data/contractions.js'
import { matchesOf } from '../src/linter/matches.js'

/** Characters that, touching a word, make it part of a hashtag, mention, path, identifier or markup. */
const ATTACHED_BEFORE = new Set(['#', '@', '/', '\\', '_', '=', '~', '$', '%', '&', '+', '*', '^', '|', '<', '>', '{', '}', '[', ']', '.', '-', SOURCE_PLACEHOLDER])
const ATTACHED_AFTER = new Set(['#', '@', '/', '\\', '_', '=', '~', '$', '%', '&', '+', '*', '^', '|', '<', '>', '{', '}', '[', ']', '(', SOURCE_PLACEHOLDER])
const placeholder = /\{\{[^{}\n]{0,200}\}\}/g
const intraWordApostrophe = /\p{L}(['’])\p{L}/u
/** The lengths of the contractions' words without their apostrophe. */
const SHORTEST = Math.min(...[...APOSTROPHE_INDEX.keys()].map((word) => word.length))
const LONGEST = Math.max(...[...APOSTROPHE_INDEX.keys()].map((word) => word.length))

interface Finding {
  prose: ProseText
  start: number
  word: string
  apostrophe: number
}

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report contractions written without their apostrophe (dont, youll, theyre) and put it back',
      category: 'hygiene',
      recommended: true,
      url: ruleDocsUrl('no-missing-apostrophes'),
    },
    messages: {
      missingApostrophe: 'Missing apostrophe: "{{word}}" should be "{{fixed}}".',
    },
    schema: [],
    fixable: 'text',
  },
  create(context) {
    const { sourceCode } = context
    return {
      Document() {
        const findings: Finding[] = []
        let typographic = 0
        let straight = 0
        for (const paragraph of sourceCode.nlcst.children) {
          if (paragraph.type !== 'ParagraphNode') continue
          const prose = sourceCode.getProse(paragraph)
          let excluded: Array<readonly [number, number]> | undefined
          let paragraphTypographic = 0
          let paragraphStraight = 0
          const candidates: Finding[] = []
          const bounds = wordBounds(paragraph)
          const text = prose.text
          for (let index = 0; index < bounds.length; index += 2) {
            const start = bounds[index]!
            const end = bounds[index + 1]!
            // Most words are neither a contraction's length nor hold an apostrophe: read no further.
            const quoted = holdsApostrophe(text, start, end)
            const noContraction = end - start < SHORTEST || end - start > LONGEST
            if (!quoted && noContraction) continue
            const word = text.slice(start, end)
            const style = quoted ? intraWordApostrophe.exec(word)?.[1] : undefined
            if (style === '’') paragraphTypographic++
            else if (style === "'") paragraphStraight++
            if (noContraction) continue
            const apostrophe = APOSTROPHE_INDEX.get(word.toLowerCase())
            if (apostrophe === undefined || !isPlainCase(word)) continue
            if (isAttached(prose.text, start, end)) continue
            excluded ??= excludedSpans(prose.text)
            if (excluded.some(([from, to]) => start < to && from < end)) continue
            if (word.toLowerCase() === 'dont' && FRENCH_AFTER_DONT.has(nextWord(prose.text, end))) continue
            candidates.push({ prose, start, word, apostrophe })
          }
          // French paragraphs count for nothing: their language is asked only when they would count.
          if (candidates.length === 0 && paragraphTypographic === 0 && paragraphStraight === 0) continue
          if (languageOf(sourceCode, prose.text) === 'fr') continue
          typographic += paragraphTypographic
          straight += paragraphStraight
          for (const candidate of candidates) findings.push(candidate)
        }
        const mark = typographic > straight ? '’' : "'"
        for (const { prose, start, word, apostrophe } of findings) {
          const at = prose.offsetAt(start + apostrophe)
          context.report({
            range: prose.rangeOf(start, start + word.length),
            messageId: 'missingApostrophe',
            data: { word, fixed: word.slice(0, apostrophe) + mark + word.slice(apostrophe) },
            fix: (fixer) => fixer.insertTextBeforeRange([at, at], mark),
          })
        }
      },
    }
  },
})

/** Whether `text` holds a `'` or `’` between `start` and `end`. */
function holdsApostrophe(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x27 || code === 0x2019) return true
  }
  return false
}

/** The WordNodes of a paragraph as `[start, end)` offsets into its prose text (as `getProse` builds it), one pair after the other. */
function wordBounds(paragraph: Paragraph): number[] {
  const found: number[] = []
  let index = 0
  const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
    const start = index
    if (node.type === 'SourceNode') index += SOURCE_PLACEHOLDER.length
    else if (Array.isArray(node.children)) for (const child of node.children) walk(child as typeof node)
    else if (typeof node.value === 'string') index += node.value.length
    if (node.type === 'WordNode') found.push(start, index)
  }
  walk(paragraph)
  return found
}

/** `dont`, `Dont` and `DONT`, not `dOnt` (which is more likely a name or an identifier). */
function isPlainCase(word: string): boolean {
  const rest = word.slice(1)
  return rest === rest.toLowerCase() || word === word.toUpperCase()
}

function isAttached(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  if (before !== undefined && ATTACHED_BEFORE.has(before)) return true
  if (after === undefined) return false
  // A dot or colon followed by a letter, digit or slash: a file name, domain or scheme.
  if ((after === '.' || after === ':') && /[\p{L}\p{N}/]/u.test(text[end + 1] ?? '')) return true
  return ATTACHED_AFTER.has(after)
}

/** Spans of the prose that are addresses or placeholders, not words: URLs, e-mail addresses, `{{ name }}`. */
function excludedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [...findUrls(text, 0), ...findEmails(text, 0).map((email) => email.range)]
  if (text.includes('{{')) for (const match of matchesOf(text, placeholder)) spans.push([match.index, match.index + match[0].length])
  return spans
}

/** The next word after `end`, lower-cased, up to an elision (`l’équipe` → `l`). */
function nextWord(text: string, end: number): string {
  return /^\s+(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? ''
}
