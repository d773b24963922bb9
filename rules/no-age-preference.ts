/**
 * no-age-preference: wording that prefers younger applicants — "recent
 * graduates", "young and energetic", "digital natives", "aged 25-35",
 * "graduated in 2020 or later", "no more than 3 years of experience" — and
 * requests for date of birth, age or graduation dates.
 *
 * How it decides. Word lists (data/age-preference) go through the shared
 * phrase pass; age ranges, ceilings, graduation years and experience caps
 * are one expression run once per sentence. Nothing is reported inside an
 * equal-opportunity, accommodation, fair-chance or outreach statement ("regardless of
 * age"). "Young" counts only beside applicant or team words ("young
 * candidates", "young and energetic team"), or beside people words after a
 * hiring cue ("looking for young professionals"): "we serve young people",
 * "benefits for young families" and "Young" as a name stay silent. A
 * sentence that reaches every age ("whether you are a recent graduate or a
 * seasoned professional") is not a preference. A posting that names the
 * federal Pathways Programs describes a legal hiring authority: its
 * recent-graduate wording and graduation windows stay silent. Age ranges
 * about the people served ("youth aged 15 to 24") and legal minimum ages
 * ("18 or older", "under 18 need a work permit") are not reported. Messages
 * name the laws in force for the posting (ADEA, Equality Act 2010;
 * Colorado's Job Application Fairness Act for age questions).
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range, SuggestionDescriptor } from '../src/types.js'
import { definePhrases, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { citeLaws, lawsForbidding } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import type { ApplicableLaw } from '../src/jurisdictions/index.js'
import * as data from './data/age-preference.js'
import { matchesOf } from '../src/linter/matches.js'
import { TextMemo } from '../src/linter/text-memo.js'

type MessageId = 'preference' | 'ageRange' | 'graduationYear' | 'experienceCap' | 'ageQuestion' | 'ageQuestionForbidden' | 'replace' | 'remove'
type Cited = { laws: ApplicableLaw[]; text: string }

const PHRASES = definePhrases<data.AgePhrase>('no-age-preference', data.AGE_PHRASES)

/** One expression for every structural pattern; each alternative's groups get its index as a suffix. */
const PATTERN = new RegExp(data.AGE_PATTERNS.map(({ source }, i) => `(?<m${i}>${source.replace(/\(\?<(\w+)>/g, `(?<$1_${i}>`)})`).join('|'), 'giu')
/** PATTERN's matches in a sentence's text, by text (only read): sentences come back posting after posting. */
const patternsIn = new TextMemo<RegExpExecArray[]>(4096)
const WORD_SPLIT = /[^\p{L}\p{N}'’]+/u

function has(words: readonly { norm: string }[], set: ReadonlySet<string>, from = 0, to = words.length): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (set.has(words[i]!.norm)) return true
  return false
}

function capitalise(text: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** Whether "young"/"youthful" at the match describes people sought: the word after it to keep, and whether it describes the team. */
function youngSought(match: PhraseMatch<data.AgePhrase>): { keep: number; team: boolean } | null {
  const { words, index } = match
  const word = words[index]!
  const next = words[index + 1]
  // "Sarah Young", "Young Harris College": a name.
  if ((index > 0 && /^\p{Lu}/u.test(word.text)) || !next || (index === 0 && /^\p{Lu}/u.test(next.text))) return null
  const after = next.norm === 'and' ? words[index + 2] : next
  if (after && data.YOUNG_TRAITS.has(after.norm)) return { keep: index + (next.norm === 'and' ? 2 : 1), team: true }
  if (word.norm === 'youthful' && data.YOUTHFUL_TRAITS.has(next.norm)) return { keep: index + 1, team: true }
  if (data.YOUNG_ALWAYS.has(next.norm)) return { keep: index + 1, team: data.TEAM_WORDS.has(next.norm) }
  if (data.YOUNG_PEOPLE.has(next.norm) && has(words, data.HIRING_CUES, index - 3, index)) return { keep: index + 1, team: false }
  return null
}

/** The message a structural match deserves, or null (a legal minimum age, a year that is not a limit). */
function patternMessage(kind: data.AgePatternKind, group: (name: string) => string | undefined, pathways: boolean): MessageId | null {
  switch (kind) {
    case 'range':
      return Number(group('lo')) < Number(group('hi')) && Number(group('hi')) >= data.MIN_CEILING ? 'ageRange' : null
    case 'ceiling': {
      const aboutAge = data.CEILING_AGE_KEY.test(group('key') ?? '') || group('the') !== undefined || group('qual') !== undefined
      return aboutAge && Number(group('n')) >= data.MIN_CEILING ? 'ageRange' : null
    }
    case 'graduation':
      return data.GRADUATION_LIMIT_KEY.test(group('key') ?? '') || group('qual') !== undefined ? 'graduationYear' : null
    case 'graduationWindow':
      return pathways ? null : 'graduationYear'
    case 'experienceCap':
      return 'experienceCap'
  }
}

export default defineRule<MessageId, []>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report wording that prefers younger applicants (recent graduates, young, digital natives, age ranges, graduation years, experience caps) and requests for age or graduation dates',
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-age-preference'),
    },
    messages: {
      preference: "'{{text}}' {{what}}; {{laws}} forbid(s) job advertisements that deter older applicants. {{advice}}",
      ageRange: "'{{text}}' sets an age limit; {{laws}} forbid(s) it unless a law sets the limit. State only a minimum age the law requires.",
      graduationYear: "'{{text}}' limits when applicants graduated, a stand-in for age; {{laws}} forbid(s) job advertisements that deter older applicants. Ask for the degree, not the year.",
      experienceCap: "'{{text}}' caps experience, which screens out older applicants; {{laws}} forbid(s) job advertisements that deter them. Describe the level ('entry-level role') instead of a ceiling.",
      ageQuestion: "Asking for '{{text}}' lets age decide who is screened, and regulators scrutinise such requests ({{laws}}). Ask only whether applicants meet a minimum age the law sets.",
      ageQuestionForbidden: "'{{text}}': {{laws}} forbid(s) asking for age, date of birth or graduation dates on a first application.",
      replace: "Replace with '{{replacement}}'.",
      remove: "Remove '{{word}}'.",
    },
    schema: false,
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context
    let cited: Cited | undefined
    const ageLaws = (): Cited => {
      if (cited) return cited
      const laws = lawsForbidding(posting.laws, 'agePreference')
      const country = posting.location.country ?? posting.jurisdictions[0]?.id.slice(0, 2) ?? ''
      cited = { laws, text: laws.length > 0 ? citeLaws(laws) : (data.AGE_FALLBACK[country] ?? data.AGE_FALLBACK['default']!) }
      return cited
    }
    const reported = new Set<string>()
    const report = (range: Range, messageId: MessageId, extra: Record<string, string> = {}, suggest?: SuggestionDescriptor<MessageId>, laws: Cited = ageLaws()): void => {
      const key = `${range[0]}:${range[1]}`
      if (reported.has(key) || statementAround(posting, range)) return
      reported.add(key)
      const text = sourceCode.getText(range).replace(/\s+/g, ' ')
      context.report({ range, messageId, data: { text, laws: laws.text, ...extra }, related: jurisdictionEvidence(context, laws.laws), ...(suggest ? { suggest: [suggest] } : {}) })
    }

    const checkQuestion = (match: PhraseMatch<data.AgePhrase>): void => {
      const { words } = match
      if (!has(words, data.REQUEST_CUES) || has(words, data.NEGATIONS) || has(words, data.OTHER_PEOPLE) || has(words, data.MINIMUM_AGE_CHECK)) return
      const forbidding = lawsForbidding(posting.laws, 'ageQuestions')
      if (forbidding.length > 0) report(match.range, 'ageQuestionForbidden', {}, undefined, { laws: forbidding, text: citeLaws(forbidding) })
      else report(match.range, 'ageQuestion')
    }

    const checkPhrase = (match: PhraseMatch<data.AgePhrase>, pathways: boolean): void => {
      const { kind, replacement } = match.entry.data
      const { words, index, range } = match
      if (kind === 'question') return checkQuestion(match)
      const joined = ` ${words.map((word) => word.norm).join(' ')} `
      if (has(words, data.NEGATIONS, index - 6, index) || data.INCLUSIVE_CUES.some((cue) => joined.includes(` ${cue} `))) return
      // People the hire works with, the employer's alumni, or its customers: not the applicants.
      const previous = words[index - 1]?.norm ?? ''
      if (data.OTHERS_BEFORE.has(previous) && !(kind === 'young' && data.POSSESSIVES.has(previous))) return
      if (has(words, data.CLIENT_WORDS, 0, index) && !has(words, data.APPLICANT_WORDS)) return
      if (kind === 'young') {
        const sought = youngSought(match)
        if (!sought) return
        const keep = words[sought.keep]!
        const kept = capitalise(keep.text, match.text)
        const remove: SuggestionDescriptor<MessageId> = { messageId: 'remove', data: { word: match.text }, fix: (fixer) => fixer.replaceTextRange([range[0], keep.range[1]], kept) }
        return report(range, 'preference', sought.team ? { what: data.WHAT.youngTeam, advice: data.ADVICE.youngTeam } : { what: data.WHAT.young, advice: data.ADVICE.young }, remove)
      }
      const following = words[index + match.text.split(/[\s\-‐–/]+/u).filter(Boolean).length]?.norm ?? ''
      if (kind === 'graduate' && (pathways || (/^\p{Lu}/u.test(match.text) && data.NAMED_PROGRAM.has(following)))) return
      const extra = { what: data.WHAT[kind], advice: data.ADVICE[kind] }
      if (!replacement) return report(range, 'preference', extra)
      // "a recent graduate" becomes "an entry-level candidate".
      const article = previous === 'a' && sourceCode.text.slice(words[index - 1]!.range[1], range[0]).trim() === '' ? words[index - 1]! : undefined
      const target: Range = article ? [article.range[0], range[1]] : range
      const rewrite = article ? `${capitalise('an', article.text)} ${replacement}` : capitalise(replacement, match.text)
      report(range, 'preference', extra, { messageId: 'replace', data: { replacement: rewrite }, fix: (fixer) => fixer.replaceTextRange(target, rewrite) })
    }

    /** The structural patterns: one pass of one expression over each sentence's text. */
    const scanSentences = (pathways: boolean): void => {
      for (const paragraph of sourceCode.nlcst.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const sentence of paragraph.children) {
          if (sentence.type !== 'SentenceNode' || !data.MAY_MATCH.test(sourceCode.getText(sentence))) continue
          const prose = sourceCode.getProse(sentence)
          if (!data.mayHoldAgePattern(prose.text)) continue
          // The sentence's words, split only when a pattern matches (in few of the sentences read).
          let tokens: string[] | undefined
          for (const found of patternsIn.remember(prose.text, (value) => matchesOf(value, PATTERN))) {
            const i = data.AGE_PATTERNS.findIndex((_, k) => found.groups?.[`m${k}`] !== undefined)
            const pattern = data.AGE_PATTERNS[i]
            if (!pattern) continue
            const before = prose.text.slice(0, found.index)
            tokens ??= prose.text.toLowerCase().split(WORD_SPLIT).filter(Boolean)
            // A condition of the job: a cue word, or a list item or form field that starts with the pattern ("Age: 25-35").
            const condition = tokens.some((token) => data.CONDITION_CUES.has(token)) || (tokens.length <= data.SHORT_SENTENCE && before.trim() === '')
            const aboutClients = before.toLowerCase().split(WORD_SPLIT).some((token) => data.CLIENT_NOUNS.has(token)) && !data.APPLICANT_IN_SENTENCE.test(prose.text)
            if (aboutClients || (!condition && pattern.kind !== 'experienceCap')) continue
            const messageId = patternMessage(pattern.kind, (name) => found.groups?.[`${name}_${i}`], pathways)
            if (messageId) report(prose.rangeOf(found.index, found.index + found[0].trimEnd().length), messageId)
          }
        }
      }
    }

    return {
      'Document:exit'() {
        const pathways = data.PATHWAYS.test(sourceCode.text)
        for (const match of posting.phrases(PHRASES)) checkPhrase(match, pathways)
        scanSentences(pathways)
      },
    }
  },
})
