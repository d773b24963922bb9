/**
 * profanity: profane or vulgar words, with the vocabulary of cuss (the list
 * retext-profanities uses) and its sureness levels: 0, profane in some
 * senses only; 1, may be profane; 2, profane in any sense. Words at least as
 * sure as the `sureness` option (default 1) are reported.
 *
 * The words join postlint's single pass over the words (no extra parse, no
 * pass per list), and the rule stays quiet where inclusive-language does:
 * - inside an equal-opportunity, fair-chance, accommodation or outreach
 *   statement nothing is reported ("sex", "sexual orientation", "criminal
 *   histories" are the law's words);
 * - a word a posting uses plainly is not reported ("sick leave", "oral
 *   communication", "gross pay", "penetration testing", "child welfare"),
 *   nor a word in a plain sense its neighbours show ("execute the plan",
 *   "kill a process", "shoot photos", "screws and bolts", "Hell's
 *   Kitchen"); see data/profanity-senses;
 * - words retext-equality also lists ("idiot", "retarded", "slave") are left
 *   to inclusive-language, which offers alternatives: one finding, not two;
 * - only English paragraphs are read.
 * `allow` takes words not to report; an entry that is not in the vocabulary
 * is reported, so a typo does not pass quietly.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { definePhrases, phraseKey, type PhraseMatch, byStartLongestFirst } from '../src/linter/phrases.js'
import { languageOf } from '../src/linter/language.js'
import { statementAround } from '../src/facts/context.js'
import { PROFANE_WORDS, type ProfaneWord, type Sureness } from './data/profanity-words.js'
import { NOT_PROFANE, PROFANITY_SENSES } from './data/profanity-senses.js'
import { otherSense } from './data/inclusive-senses.js'
import { EQUALITY_PATTERNS } from './data/equality.js'

/** What inclusive-language reports already. */
const EQUALITY_WORDS = new Set(EQUALITY_PATTERNS.flatMap((pattern) => Object.keys(pattern.inconsiderate).map(phraseKey)))

const WORDS = definePhrases<ProfaneWord>(
  'profanity',
  PROFANE_WORDS.filter((entry) => !NOT_PROFANE.has(entry.base) && !EQUALITY_WORDS.has(phraseKey(entry.word)) && !EQUALITY_WORDS.has(phraseKey(entry.base))).map((entry) => ({ phrase: entry.word, data: entry })),
)

let known: Set<string> | undefined

/** Every word the rule may report, for checking `allow` entries (made when an `allow` option is first read). */
function knownWords(): Set<string> {
  known ??= new Set(WORDS.entries.flatMap((entry) => [phraseKey(entry.data.word), phraseKey(entry.data.base)]))
  return known
}

const MESSAGES = { 0: 'profaneInSomeSenses', 1: 'mayBeProfane', 2: 'profane' } as const

interface Options {
  sureness?: Sureness
  allow?: string[]
}

export default defineRule<'profane' | 'mayBeProfane' | 'profaneInSomeSenses' | 'unknownAllow', [Options]>({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report profane or vulgar words (the vocabulary of cuss, by sureness), but not words a posting uses plainly or the statements the law asks for',
      category: 'inclusive-language',
      recommended: true,
      url: ruleDocsUrl('profanity'),
    },
    messages: {
      profane: "'{{text}}' is profane: a posting has no place for it; take it out or say plainly what you mean.",
      mayBeProfane: "'{{text}}' may be profane or vulgar: reword it in plain terms unless the job needs the word.",
      profaneInSomeSenses: "'{{text}}' is profane in some senses: make sure the sentence reads as you mean it.",
      unknownAllow: "The allow entry '{{entry}}' is not a word this rule reports.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          sureness: { enum: [0, 1, 2], description: 'Report words at least this sure to be profane: 0 (profane in some senses), 1 (may be profane), 2 (profane in any sense).' },
          allow: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Words not to report.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ sureness: 1, allow: [] }],
  },
  create(context) {
    const { sourceCode, posting } = context
    const options = context.options[0] ?? {}
    const sureness = options.sureness ?? 1
    const allowed = new Set((options.allow ?? []).map(phraseKey))
    const english = (match: PhraseMatch<unknown>): boolean => languageOf(sourceCode, sourceCode.getProse(match.paragraph).text) !== 'fr'
    const plain = (match: PhraseMatch<ProfaneWord>): boolean =>
      otherSense(PROFANITY_SENSES[match.entry.data.base], match.words, match.index, match.count)

    return {
      'Document:exit'() {
        for (const entry of options.allow ?? []) {
          if (!knownWords().has(phraseKey(entry))) context.report({ range: [0, 0], messageId: 'unknownAllow', data: { entry } })
        }
        // The longest match wins: "bum chum" once, not also "bum".
        const matches = [...posting.phrases(WORDS)].sort(byStartLongestFirst)
        let end = -1
        for (const match of matches) {
          if (match.range[1] <= end) continue
          end = match.range[1]
          const { data } = match.entry
          if (data.sureness < sureness || allowed.has(phraseKey(data.word)) || allowed.has(phraseKey(data.base))) continue
          if (plain(match) || !english(match) || statementAround(posting, match.range)) continue
          context.report({ range: match.range, messageId: MESSAGES[data.sureness], data: { text: match.text } })
        }
      },
    }
  },
})
