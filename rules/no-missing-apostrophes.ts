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
          if (languageOf(sourceCode, prose.text) === 'fr') continue
          let excluded: Array<readonly [number, number]> | undefined
          for (const { start, end } of words(paragraph)) {
            const word = prose.text.slice(start, end)
            const style = intraWordApostrophe.exec(word)?.[1]
            if (style === '’') typographic++
            else if (style === "'") straight++
            const apostrophe = APOSTROPHE_INDEX.get(word.toLowerCase())
            if (apostrophe === undefined || !isPlainCase(word)) continue
            if (isAttached(prose.text, start, end)) continue
            excluded ??= excludedSpans(prose.text)
            if (excluded.some(([from, to]) => start < to && from < end)) continue
            if (word.toLowerCase() === 'dont' && FRENCH_AFTER_DONT.has(nextWord(prose.text, end))) continue
            findings.push({ prose, start, word, apostrophe })
          }
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

/** The WordNodes of a paragraph as `[start, end)` offsets into its prose text (as `getProse` builds it). */
function words(paragraph: Paragraph): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = []
  let index = 0
  const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
    const start = index
    if (node.type === 'SourceNode') index += SOURCE_PLACEHOLDER.length
    else if (Array.isArray(node.children)) for (const child of node.children) walk(child as typeof node)
    else if (typeof node.value === 'string') index += node.value.length
    if (node.type === 'WordNode') found.push({ start, end: index })
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
