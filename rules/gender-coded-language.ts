/**
 * gender-coded-language: a posting whose wording leans strongly masculine
 * (or feminine), counted with the word lists of Gaucher, Friesen & Kay
 * (2011), whose studies found that masculine-coded job advertisements made
 * women feel they would belong less and find the job less appealing.
 *
 * Every word of the lists (data/gender-coded-words.ts: the published stems,
 * each written out as the words it reaches) is found by the shared phrase
 * index, once per document. A word is not counted:
 * - in an equal-opportunity, fair-chance, accommodation, outreach or
 *   benefits statement ("committed to diversity", "child care");
 * - in a sense that is not the coded one: "tech support", "support ticket",
 *   "lead paint", "sales leads", "Air Force", "sensitive data", "competitive
 *   service", "will be determined", "understanding of" (see CODED_SENSES),
 *   and inside names such as "Leading Change";
 * - in a paragraph that is not English.
 * The posting is reported once, at its title, when one kind outnumbers the
 * other by at least `minDifference` words and `ratio` times (defaults 4 and
 * 2): a few coded words are normal, a lopsided posting is the signal the
 * study measured. Every counted word is a related location.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range, RelatedLocationDescriptor } from '../src/types.js'
import { definePhrases, type PhraseMatch, byStartLongestFirst } from '../src/linter/phrases.js'
import { languageOf } from '../src/linter/language.js'
import { RangeIndex } from '../src/linter/ranges.js'
import { PROTECTED_STATEMENTS } from '../src/facts/context.js'
import type { ParagraphData } from '../src/linter/prose.js'
import { frontMatterKeyRange } from '../src/facts/index.js'
import { missingRange } from '../src/facts/reporting.js'
import type { StatementType } from '../src/facts/types.js'
import { CODED_NAMES, CODED_SENSES, FEMININE_CODED, MASCULINE_CODED, type Coding } from './data/gender-coded-words.js'

interface Coded {
  coding: Coding | null
  stem: string
}

const WORDS = definePhrases<Coded>('gender-coded-language', [
  ...MASCULINE_CODED.flatMap(({ stem, forms }) => forms.map((phrase) => ({ phrase, data: { coding: 'masculine' as const, stem } }))),
  ...FEMININE_CODED.flatMap(({ stem, forms }) => forms.map((phrase) => ({ phrase, data: { coding: 'feminine' as const, stem } }))),
  ...CODED_NAMES.map((phrase) => ({ phrase, data: { coding: null, stem: phrase } })),
])

const SKIPPED_STATEMENTS: readonly StatementType[] = [...PROTECTED_STATEMENTS, 'benefits']
/** Headings of the sections that hold the statements: diversity, inclusion, equal opportunity, accommodation. */
const STATEMENT_HEADING = /\b(?:divers|inclusi|equal (?:employment )?opportunit|equity|accommodat|belonging|EEO\b|non-?discrimination|accessibility statement)/i
const DIVERSITY = /\b(?:divers(?:e|ity)|inclusi(?:ve|on)|equity|equal opportunit|belonging|under-?represented|marginali[sz]ed)\b/i
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s"])

interface Options {
  minDifference?: number
  ratio?: number
}

/** Whether the words around a match show a sense that is not the coded one. */
function otherSense(match: PhraseMatch<Coded>): boolean {
  const count = match.count
  const sense = CODED_SENSES[match.entry.phrase]
  if (!sense) return false
  const previous = match.words[match.index - 1]?.norm
  const next = match.words[match.index + count]?.norm
  if (sense.before && previous !== undefined && sense.before.includes(previous)) return true
  if (sense.after && next !== undefined && sense.after.includes(next)) return true
  return Boolean(sense.notAfterBe && previous !== undefined && (BE.has(previous) || BE.has(match.words[match.index - 2]?.norm ?? '')))
}

/** A capitalised word mid-sentence, outside headings, is part of a name or title ("Millennium Challenge Corporation", "Head of Security and Support"). */
function inName(match: PhraseMatch<Coded>): boolean {
  if ((match.paragraph.data as ParagraphData | undefined)?.block === 'heading' || match.index === 0) return false
  return /^\p{Lu}/u.test(match.words[match.index]!.text)
}

/** "lead (6), analytical (2), competitive": the most frequent first, then in order of appearance. */
function tally(matches: ReadonlyArray<PhraseMatch<Coded>>, limit = 5): string {
  const counts = new Map<string, number>()
  for (const match of matches) counts.set(match.text.toLowerCase(), (counts.get(match.text.toLowerCase()) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word, count]) => (count > 1 ? `${word} (${count})` : word))
    .join(', ')
}

export default defineRule<'leansMasculine' | 'leansFeminine', [Options]>({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report a posting whose wording leans strongly masculine or feminine (Gaucher, Friesen & Kay 2011 word lists), outside the statements the law asks for',
      category: 'inclusive-language',
      recommended: true,
      url: ruleDocsUrl('gender-coded-language'),
    },
    messages: {
      leansMasculine:
        'The wording leans masculine: {{masculine}} masculine-coded words ({{words}}) against {{feminine}} feminine-coded. Women find masculine-coded job ads less appealing and expect to belong less (Gaucher, Friesen & Kay 2011): describe the work plainly and say how the team works together.',
      leansFeminine:
        'The wording leans feminine: {{feminine}} feminine-coded words ({{words}}) against {{masculine}} masculine-coded. Gendered wording either way signals who is expected to apply (Gaucher, Friesen & Kay 2011): describe the work and what it takes plainly.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minDifference: { type: 'integer', minimum: 1, description: 'How many more coded words of one kind than the other it takes to report.' },
          ratio: { type: 'number', minimum: 1, description: 'How many times as many coded words of one kind as the other it takes to report.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minDifference: 4, ratio: 2 }],
  },
  create(context) {
    const { sourceCode, posting } = context
    const options = context.options[0] ?? {}
    const minDifference = options.minDifference ?? 4
    const ratio = options.ratio ?? 2

    // A paragraph holding a statement is the statement's: "CDS welcomes all applicants … We are committed to helping diverse talent thrive."
    const statements = new RangeIndex(posting.statements.filter((statement) => SKIPPED_STATEMENTS.includes(statement.type)).map((statement) => statement.range))
    // So is a section titled "Diversity & Inclusion", "Equal opportunity" or the like.
    const inStatement = (match: PhraseMatch<Coded>): boolean => {
      const [start, end] = sourceCode.getRange(match.paragraph)
      if (statements.anyOverlapping(start, end)) return true
      const section = sourceCode.getSection(start)
      return section !== undefined && STATEMENT_HEADING.test(section.text)
    }

    // A sentence about diversity and inclusion is the employer's commitment, not the job: "We are committed to helping diverse talent thrive."
    const diversity = new Map<unknown, boolean>()
    const aboutDiversity = (match: PhraseMatch<Coded>): boolean => {
      if (!diversity.has(match.sentence)) diversity.set(match.sentence, DIVERSITY.test(sourceCode.getProse(match.sentence).text))
      return diversity.get(match.sentence)!
    }

    return {
      'Document:exit'() {
        const all = [...posting.phrases(WORDS)].sort(byStartLongestFirst)
        const english = new Map<unknown, boolean>()
        const counted: Array<PhraseMatch<Coded>> = []
        let covered: Range = [-1, -1]
        for (const match of all) {
          // The longest match at a place wins ("self-confident" over "confident"); names cover their words.
          if (match.range[0] >= covered[0] && match.range[1] <= covered[1]) continue
          covered = match.range
          if (match.entry.data.coding === null || otherSense(match) || inName(match) || inStatement(match) || aboutDiversity(match)) continue
          if (!english.has(match.paragraph)) english.set(match.paragraph, languageOf(sourceCode, sourceCode.getProse(match.paragraph).text) !== 'fr')
          if (english.get(match.paragraph)) counted.push(match)
        }
        const masculine = counted.filter((match) => match.entry.data.coding === 'masculine')
        const feminine = counted.filter((match) => match.entry.data.coding === 'feminine')
        // Entries of the lists, each counted once: "lead", "leading" and "leadership" are one (lead*).
        const stems = (matches: ReadonlyArray<PhraseMatch<Coded>>): number => new Set(matches.map((match) => match.entry.data.stem)).size
        const [m, f] = [stems(masculine), stems(feminine)]
        const leans = (more: number, fewer: number): boolean => more - fewer >= minDifference && more >= fewer * ratio
        // Both the breadth (entries) and the weight (occurrences) must lean the same way: a leadership role that says "lead"
        // thirty times and "empathy" in one section does not lean feminine; one that repeats its own title does not lean masculine.
        const kind = leans(m, f) && leans(masculine.length, feminine.length) ? 'masculine' : leans(f, m) && leans(feminine.length, masculine.length) ? 'feminine' : null
        if (!kind) return
        const related: RelatedLocationDescriptor[] = counted.map((match) => ({ range: match.range, message: `${match.entry.data.coding}-coded: '${match.text}' (${match.entry.data.stem})` }))
        context.report({
          range: frontMatterKeyRange(sourceCode, ['title']) ?? missingRange(sourceCode),
          messageId: kind === 'masculine' ? 'leansMasculine' : 'leansFeminine',
          data: { masculine: masculine.length, feminine: feminine.length, words: tally(kind === 'masculine' ? masculine : feminine) },
          related,
        })
      },
    }
  },
})
