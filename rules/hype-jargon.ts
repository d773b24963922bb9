/**
 * hype-jargon: "rockstar", "ninja", "guru", "10x engineer", "work hard,
 * play hard", "we're a family", "hit the ground running".
 *
 * The terms (data/hype-jargon.ts) are matched by the shared phrase index.
 * What keeps it quiet:
 * - a word in a sense that is not hype: the setup wizard of an app, a
 *   "unicorn startup", names such as Ninja Van, Rockstar Games, Guru Nanak
 *   (data/hype-jargon.ts), and in the body any capitalised term next to
 *   another capitalised word (a name); a term in capitals among words that
 *   are not ("JEDI", an acronym);
 * - a posting that says it does not want one ("No rockstars required");
 * - "family" anywhere but the slogans ("family leave", "like a family
 *   member"); "10x" alone (a team's name);
 * - equal-opportunity, fair-chance, accommodation and outreach statements,
 *   and paragraphs that are not English.
 * Person words come with plain replacements (an "a" before them becomes
 * "an" where the replacement needs it); the family slogans with "we support
 * each other"; other slogans only with advice. `allow` takes phrases not to
 * report.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import { definePhrases, phraseKey, type PhraseMatch, byStartLongestFirst } from '../src/linter/phrases.js'
import { languageOf } from '../src/linter/language.js'
import { statementAround } from '../src/facts/context.js'
import type { ParagraphData } from '../src/linter/prose.js'
import { HYPE_TERMS, NEGATIONS, OTHER_SENSES, type HypeTerm } from './data/hype-jargon.js'

const TERMS = definePhrases<HypeTerm>('hype-jargon', HYPE_TERMS.flatMap((term) => term.phrases.map((phrase) => ({ phrase, data: term }))))

/** Words that, after a person word, show it is a noun ("a rockstar who", "a ninja at"), not a modifier ("ninja developer"). */
const NOT_A_NOUN = new Set(['who', 'that', 'which', 'with', 'and', 'or', 'to', 'for', 'in', 'at', 'on', 'of', 'like', 'as', 'is', 'are', 'will', 'can', "who's", 'but', 'by', 'from', 'when', 'if'])
/** How many words before a term a negation still governs it. */
const NEGATION_REACH = 5

function matchCase(text: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return text.toUpperCase()
  return /^\p{Lu}/u.test(original) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

export default defineRule<'hype' | 'replace', [{ allow?: string[] }]>({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report hype and jargon (rockstar, ninja, guru, "work hard, play hard", "we\'re a family") that says nothing about the job and puts people off',
      category: 'inclusive-language',
      recommended: true,
      url: ruleDocsUrl('hype-jargon'),
    },
    messages: {
      hype: "'{{text}}' {{why}}; {{advice}}.",
      replace: "Replace with '{{replacement}}'.",
    },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words or phrases not to report.' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    const allowed = new Set((context.options[0]?.allow ?? []).map(phraseKey))

    /** Whether the words around a match show it is not hype. */
    const otherSense = (match: PhraseMatch<HypeTerm>): boolean => {
      const count = match.count
      const first = match.words[match.index]!
      const previous = match.words[match.index - 1]
      const next = match.words[match.index + count]
      const sense = OTHER_SENSES[first.norm]
      if (sense?.before && previous && sense.before.includes(previous.norm)) return true
      if (sense?.after && next && sense.after.includes(next.norm)) return true
      if (match.entry.data.kind !== 'person') return false
      // An acronym: "JEDI" among words that are not in capitals.
      if (first.text.length > 1 && first.text === first.text.toUpperCase() && match.words.some((word) => /\p{Ll}/u.test(word.text))) return true
      // A name in running text: "Ninja Van", "Wizard Labs", "the Rockstar Academy".
      const heading = (match.paragraph.data as ParagraphData | undefined)?.block === 'heading'
      const capital = (word: { text: string } | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word.text)
      return !heading && capital(first) && ((match.index > 0 && capital(previous)) || capital(next))
    }

    const negated = (match: PhraseMatch<HypeTerm>): boolean =>
      match.words.slice(Math.max(0, match.index - NEGATION_REACH), match.index).some((word) => NEGATIONS.has(word.norm) || word.norm.endsWith("n't"))

    /** Plain replacements for a person word, with "a" turned into "an" before a vowel. */
    const replacements = (match: PhraseMatch<HypeTerm>): Array<{ replacement: string; range: Range }> => {
      const term = match.entry.data
      const count = match.count
      const next = match.words[match.index + count]
      const plural = term.plural !== undefined && term.phrases.indexOf(match.entry.phrase) % 2 === 1
      const modifier = next !== undefined && /^\p{Ll}/u.test(next.text) && !NOT_A_NOUN.has(next.norm) && /^\s+$/.test(sourceCode.text.slice(match.range[1], next.range[0]))
      // "We're a family" → "we support each other"; "feel like a family" has no drop-in replacement.
      if (term.replacement) return /^we\b/i.test(match.text) ? [{ replacement: matchCase(term.replacement, match.text), range: match.range }] : []
      const options = (plural ? term.plural : modifier ? term.modifier : term.noun) ?? []
      const article = match.words[match.index - 1]
      return options.map((option) => {
        const replacement = matchCase(option, match.text)
        if (article && (article.norm === 'a' || article.norm === 'an') && /^\s+$/.test(sourceCode.text.slice(article.range[1], match.range[0]))) {
          const wanted = /^[aeiou]/i.test(option) ? 'an' : 'a'
          if (wanted !== article.norm) return { replacement: `${matchCase(wanted, article.text)} ${replacement}`, range: [article.range[0], match.range[1]] as const }
        }
        return { replacement, range: match.range }
      })
    }

    return {
      'Document:exit'() {
        let covered: Range = [-1, -1]
        // Longest first at each place, so "we're like a family" is one finding, not two.
        const matches = [...posting.phrases(TERMS)].sort(byStartLongestFirst)
        for (const match of matches) {
          const term = match.entry.data
          if (match.range[0] >= covered[0] && match.range[1] <= covered[1]) continue
          if (allowed.has(phraseKey(match.entry.phrase)) || term.phrases.some((phrase) => allowed.has(phraseKey(phrase)))) continue
          if (otherSense(match)) continue
          if (negated(match) || statementAround(posting, match.range)) continue
          if (languageOf(sourceCode, sourceCode.getProse(match.paragraph).text) === 'fr') continue
          covered = match.range
          context.report({
            range: match.range,
            messageId: 'hype',
            data: { text: match.text, why: term.why, advice: term.advice },
            suggest: replacements(match).map(({ replacement, range }) => ({
              messageId: 'replace',
              data: { replacement },
              fix: (fixer) => fixer.replaceTextRange(range, replacement),
            })),
          })
        }
      },
    }
  },
})
