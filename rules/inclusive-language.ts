/**
 * inclusive-language: wording that may be insensitive or exclusionary, with
 * every pattern of retext-equality and the alternatives it suggests.
 *
 * The patterns join postlint's single pass over the words (no extra parse,
 * no pass per list). What makes this rule quieter than a word list:
 * - inside an equal-opportunity, fair-chance, accommodation or outreach
 *   statement nothing is reported: those must name "disability", "sexual
 *   orientation", "criminal histories", and invite "women and people of
 *   color";
 * - a word in a sense that is not the insensitive one stays silent
 *   ("challenged to grow", "Master's degree", "Scrum Master", "Fellow" as a
 *   title, "special projects", "invalid input", "bi-weekly"; see
 *   data/inclusive-senses), and so do pronoun sets ("she/her, he/him");
 * - a phrase is reported once, not also for the words inside it ("man-hours"
 *   is one finding, not two), and a pair ("his/her") once;
 * - only English paragraphs are read;
 * - a gendered job title in a heading ("# Salesman") is left to
 *   gender-neutral-title, which suggests the neutral title.
 * `allow` takes words, phrases or pattern ids not to report (an entry that
 * matches nothing postlint knows is reported, so typos do not pass quietly);
 * `deny` adds words or phrases to report; `binary: true` accepts "he or she"
 * where both forms stand together, as retext-equality's option does; the
 * patterns that judge tone ("easy", "just", "simply") need `tone: true`.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import { definePhrases, phraseWords, type PhraseMatch, type WordToken, byStartLongestFirst } from '../src/linter/phrases.js'
import { languageOf } from '../src/linter/language.js'
import { statementAround } from '../src/facts/context.js'
import { EQUALITY_PATTERNS, type EqualityPattern } from './data/equality.js'
import { DROPPED_ALTERNATIVES, otherSense, SENSES, TONE_PATTERNS } from './data/inclusive-senses.js'
import { inTitleHeading, isGenderedTitleWord } from './data/gendered-titles.js'

interface Term {
  pattern: EqualityPattern
  category: string
}

const TERMS = definePhrases<Term>(
  'inclusive-language',
  EQUALITY_PATTERNS.flatMap((pattern) => Object.entries(pattern.inconsiderate).map(([phrase, category]) => ({ phrase, data: { pattern, category } }))),
)

/** Every word, phrase and pattern id the rule knows, normalised, for checking `allow` entries. */
const KNOWN = new Set<string>(EQUALITY_PATTERNS.flatMap((pattern) => [pattern.id, ...Object.keys(pattern.inconsiderate).map((phrase) => key(phrase))]))

/** A phrase as allow entries and senses are compared: its words run together ("man hours", "man-hours" and "manhours" are one). */
function key(phrase: string): string {
  return phraseWords(phrase).join('').toLowerCase()
}

const SENSE_BY_KEY = new Map(Object.entries(SENSES).map(([phrase, sense]) => [key(phrase), sense]))

interface Options {
  allow?: string[]
  deny?: string[]
  binary?: boolean
  tone?: boolean
}

/** Pronoun sets people state ("she/her", "he/him/his"): a courtesy, not a gendered default. */
const PRONOUN_SETS = new Set(['she her', 'her hers', 'he him', 'him his', 'he his'])

/** A note of retext-equality without its sources, ending with a period; empty when it is only a source. */
function cleanNote(note: string | undefined): string {
  const text = (note ?? '').replace(/(?<!\s)\s*\(source:[^()]*\)/gi, '').replace(/^source:.*$/i, '').trim()
  return text === '' || /[.!?]$/.test(text) ? text : `${text}.`
}

/** "'a', 'b' or 'c'", at most four. */
function listAlternatives(alternatives: readonly string[]): string {
  const quoted = alternatives.slice(0, 4).map((alternative) => `'${alternative}'`)
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : (quoted[0] ?? '')
}

/** What joins the two forms of a pair: "his/her", "he or she", "him and her". */
const PAIR_JOINER = /^\s{0,2}(?:\/|or|and|&)\s{0,2}$/i

/** An alternative spelled with the capital the original has. */
function matchCase(alternative: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? alternative.charAt(0).toUpperCase() + alternative.slice(1) : alternative
}

export default defineRule<'insensitive' | 'denied' | 'replace' | 'unknownAllow', [Options]>({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report wording that may be insensitive or exclusionary (every retext-equality pattern), with alternatives, but not inside the statements the law asks for',
      category: 'inclusive-language',
      recommended: true,
      url: ruleDocsUrl('inclusive-language'),
    },
    messages: {
      insensitive: "'{{text}}' may be insensitive{{note}}{{instead}}",
      denied: "'{{text}}' is on this project's list of words to avoid.",
      replace: "Replace with '{{alternative}}'.",
      unknownAllow: "The allow entry '{{entry}}' matches no word, phrase or pattern this rule knows.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words, phrases or pattern ids not to report.' },
          deny: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words or phrases to report as well.' },
          binary: { type: 'boolean', description: 'Accept paired forms used together ("he or she").' },
          tone: { type: 'boolean', description: 'Also report words that judge tone ("easy", "just", "simply", "clearly").' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [], deny: [], binary: false, tone: false }],
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    const options = context.options[0] ?? {}
    // Words and phrases compared as the matcher reads them; pattern ids ("her-him") as written.
    const allowed = new Set((options.allow ?? []).flatMap((entry) => [key(entry), entry]))
    const denied = definePhrases<null>(`inclusive-language/deny:${(options.deny ?? []).join('|')}`, (options.deny ?? []).map((phrase) => ({ phrase, data: null })))
    const english = (match: PhraseMatch<unknown>): boolean => languageOf(sourceCode, sourceCode.getProse(match.paragraph).text) !== 'fr'
    const slashBetween = (a: WordToken | undefined, b: WordToken | undefined): boolean =>
      a !== undefined && b !== undefined && PRONOUN_SETS.has(`${a.norm} ${b.norm}`) && /^\s{0,2}\/\s{0,2}$/.test(sourceCode.text.slice(a.range[1], b.range[0]))
    /** "she/her", "he/him": the word is part of a stated pronoun set. */
    const pronounSet = (match: PhraseMatch<Term>): boolean => slashBetween(match.words[match.index], match.words[match.index + 1]) || slashBetween(match.words[match.index - 1], match.words[match.index])
    const silenced = (match: PhraseMatch<Term>): boolean => {
      const count = match.count
      return otherSense(SENSE_BY_KEY.get(key(match.entry.phrase)), match.words, match.index, count) || pronounSet(match)
    }

    return {
      'Document:exit'() {
        for (const entry of options.allow ?? []) {
          if (!KNOWN.has(key(entry)) && !KNOWN.has(entry)) {
            context.report({ range: [0, 0], messageId: 'unknownAllow', data: { entry } })
          }
        }
        const matches = posting.phrases(TERMS)
        // Paired forms ("he or she") used together in one sentence, with `binary`.
        const paired = new Set<string>()
        if (options.binary) {
          const bySentence = new Map<unknown, Set<string>>()
          for (const match of matches) {
            if (match.entry.data.pattern.type !== 'or') continue
            const categories = bySentence.get(match.sentence) ?? new Set<string>()
            categories.add(`${match.entry.data.pattern.id}:${match.entry.data.category}`)
            bySentence.set(match.sentence, categories)
          }
          for (const match of matches) {
            const { pattern } = match.entry.data
            const categories = bySentence.get(match.sentence)
            if (pattern.type === 'or' && pattern.categories.every((category) => categories?.has(`${pattern.id}:${category}`))) paired.add(`${match.range[0]}`)
          }
        }
        // A phrase is judged, and reported, for itself, not also for a word inside it ("mother tongue", not "mother").
        const longest = [...matches].sort(byStartLongestFirst)
        let end = -1
        const kept = longest.filter((match) => {
          if (match.range[1] <= end) return false
          end = match.range[1]
          const { pattern } = match.entry.data
          if (allowed.has(key(match.entry.phrase)) || allowed.has(pattern.id) || paired.has(`${match.range[0]}`)) return false
          if (TONE_PATTERNS.has(pattern.id) && !options.tone) return false
          // A job title in a heading ("# Chairman") is gender-neutral-title's to report, with neutral titles to write.
          if (isGenderedTitleWord(match.text.toLowerCase()) && inTitleHeading(sourceCode, match)) return false
          return !silenced(match) && english(match) && !statementAround(posting, match.range)
        })
        for (let i = 0; i < kept.length; i++) {
          const match = kept[i]!
          const { pattern } = match.entry.data
          // "his/her", "he or she": one finding for the pair.
          let range = match.range
          const next = kept[i + 1]
          if (next && next.entry.data.pattern.id === pattern.id && next.sentence === match.sentence && PAIR_JOINER.test(sourceCode.text.slice(match.range[1], next.range[0]))) {
            range = [match.range[0], next.range[1]]
            i++
          }
          // "father of *": the alternative ("founder of") stands for the words before the wildcard.
          const literal = phraseWords(match.entry.phrase).findIndex((word) => word === '*')
          const fixRange: Range = literal > 0 && range === match.range ? [range[0], match.words[match.index + literal - 1]!.range[1]] : range
          const text = sourceCode.getText(range)
          const alternatives = Object.keys(pattern.considerate ?? {}).filter((alternative) => !DROPPED_ALTERNATIVES[pattern.id]?.includes(alternative))
          const note = cleanNote(pattern.note)
          context.report({
            range,
            messageId: 'insensitive',
            data: { text, note: note ? `: ${note}` : '.', instead: alternatives.length > 0 ? ` Consider ${listAlternatives(alternatives)}.` : '' },
            suggest: alternatives.map((alternative) => ({
              messageId: 'replace',
              data: { alternative },
              fix: (fixer) => fixer.replaceTextRange(fixRange, matchCase(alternative, text)),
            })),
          })
        }
        for (const match of posting.phrases(denied)) {
          if (statementAround(posting, match.range)) continue
          context.report({ range: match.range, messageId: 'denied', data: { text: match.text } })
        }
      },
    }
  },
})
