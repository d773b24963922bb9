/**
 * no-protected-preference: wording that prefers applicants by sex, national
 * origin, religion, marital or family status, pregnancy, race or looks —
 * "female candidates preferred", "must be a man", "native English speaker",
 * "Christian environment", "married couple preferred", "no pregnant".
 *
 * How it decides. The phrase lists (data/protected-preference) spell out the
 * shapes that make a word a preference, so sex and religion words alone
 * ("women in tech", "Christian" as a name) never match, and "native" counts
 * only before a language or "speaker", "level", "fluency" ("cloud-native",
 * "native apps", "Native American" stay silent). Then:
 * - nothing inside an equal-opportunity, accommodation, fair-chance or
 *   outreach statement is reported ("we encourage women to apply");
 * - a paragraph about employment equity or a special program (designated
 *   groups, self-declaration: lawful in Canada) is not reported;
 * - a sentence restating a legal duty (Selective Service for men born after
 *   1959) is not reported;
 * - the sex shapes skip "the only female engineer", "women-owned", "a man of
 *   his word", "male or female"; "married to the mission" is not marriage;
 * - "mother tongue", "married couple", "fair skin" need a requirement cue in
 *   the sentence; "near-native" needs a language word ("near-native
 *   performance" is about software).
 * Messages name the laws in force for the posting that reach the ground
 * (Title VII, Equality Act 2010), else a short description of the law
 * there. "Native speaker" wording comes with a rewrite ("fluent English
 * speaker", "full professional proficiency").
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import { definePhrases, longestMatches, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { citeLaws, lawsForbiddingPreference } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import * as data from './data/protected-preference.js'

type MessageId = 'preference' | 'replace'

const PHRASES = definePhrases<data.PreferencePhrase>('no-protected-preference', data.PREFERENCE_PHRASES)
const LANGUAGE_SET: ReadonlySet<string> = new Set(data.LANGUAGES)

/** The sentence's words, lower-cased and joined, with a space on each side, for multi-word cue lookups. */
function joined(words: readonly { norm: string }[]): string {
  return ` ${words.map((word) => word.norm.replace(/['’]/g, ' ')).join(' ')} `
}


export default defineRule<MessageId, []>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report wording that prefers applicants by sex, national origin (native speaker), religion, marital or family status, pregnancy, race or looks, outside equal-opportunity, outreach and employment-equity statements',
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-protected-preference'),
    },
    messages: {
      preference: "'{{text}}' {{what}}; {{laws}} forbid(s) that in a job advertisement unless it is a genuine occupational requirement. {{advice}}",
      replace: "Replace with '{{replacement}}'.",
    },
    schema: false,
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    const country = (): string => posting.location.country ?? posting.jurisdictions[0]?.id.slice(0, 2) ?? ''

    const keep = (match: PhraseMatch<data.PreferencePhrase>): boolean => {
      const { ground, needsCue, needsLanguage, needsWords } = match.entry.data
      const { words, index } = match
      const count = match.text.split(/[\s\-‐–/]+/u).filter(Boolean).length
      const before = words[index - 1]?.norm
      const after = words[index + count]?.norm
      const sentence = joined(words)
      if (data.LEGAL_DUTY_CUES.some((cue) => sentence.includes(` ${cue} `))) return false
      if (needsWords && !words.some((word) => needsWords.includes(word.norm))) return false
      if (needsCue && !words.some((word) => data.PREFERENCE_CUES.has(word.norm))) return false
      if (needsLanguage && !words.some((word, k) => (k < index || k >= index + count) && data.LANGUAGE_WORDS.has(word.norm))) return false
      if (ground === 'sex') {
        if (after !== undefined && data.SEX_AFTER_SKIP.has(after)) return false
        if (before === 'or' || before === 'and') return false
        if (words[index]!.norm === 'only' && before !== undefined && data.SEX_BEFORE_SKIP.has(before)) return false
        if (words[index + count - 1]!.norm === 'only' && after !== undefined && !data.ONLY_FOLLOWERS.has(after)) return false
      }
      // "must be married to the mission"
      if (ground === 'maritalStatus' && words[index + count - 1]?.norm === 'married' && after === 'to') return false
      if (ground === 'language') {
        // "non-native speakers", "translate into their mother tongue"
        if ([before, words[index - 2]?.norm].some((word) => word !== undefined && data.LANGUAGE_BEFORE_SKIP.has(word))) return false
        if (before === 'for' && !data.SEARCH_WORDS.has(words[index - 2]?.norm ?? '')) return false
        if (words.some((word) => data.CLIENT_WORDS.has(word.norm)) && !words.some((word) => data.APPLICANT_WORDS.has(word.norm))) return false
      }
      const paragraph = joined(sourceCode.getProse(match.paragraph).text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((norm) => ({ norm })))
      if (data.EQUITY_CUES.some((cue) => paragraph.includes(` ${cue} `))) return false
      return !statementAround(posting, match.range)
    }

    return {
      'Document:exit'() {
        for (const match of longestMatches(posting.phrases(PHRASES))) {
          if (!keep(match)) continue
          const { ground, replacement } = match.entry.data
          const legal = data.GROUND_IN_LAW[ground]
          const laws = legal ? lawsForbiddingPreference(posting.laws, legal) : []
          const where = country()
          const lawText = laws.length > 0 ? citeLaws(laws) : (data.PREFERENCE_FALLBACK[where] ?? data.PREFERENCE_FALLBACK['default']!)
          const range: Range = match.range
          const text = sourceCode.getText(range).replace(/\s+/g, ' ')
          const language = match.words.slice(match.index).find((word) => LANGUAGE_SET.has(word.norm))
          const rewrite = replacement?.replace('$L', language?.text ?? '')
          const written = rewrite && /^\p{Lu}/u.test(text) ? rewrite.charAt(0).toUpperCase() + rewrite.slice(1) : rewrite
          context.report({
            range,
            messageId: 'preference',
            data: { text, what: data.GROUND_WHAT[ground], laws: lawText, advice: data.GROUND_ADVICE[ground] },
            related: jurisdictionEvidence(context, laws),
            ...(written ? { suggest: [{ messageId: 'replace' as const, data: { replacement: written }, fix: (fixer) => fixer.replaceTextRange(range, written) }] } : {}),
          })
        }
      },
    }
  },
})
