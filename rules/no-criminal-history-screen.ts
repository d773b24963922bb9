/**
 * no-criminal-history-screen: wording that shuts out people with criminal
 * records ("no felons", "clean criminal record", "must pass a background
 * check"), and, where a law in force bans any mention before an offer
 * (`forbids.criminalHistory === 'any'`: New York City, Philadelphia), any
 * mention of criminal history or background checks.
 *
 * How it decides: the terms of `data/criminal-history` and the cues that
 * qualify them are matched in postlint's single pass over the words; each
 * term is judged by the cues of its own sentence.
 * - "no felons", "clean record": an exclusion by itself (words other
 *   requirements use too, such as "clean record", only in a sentence that
 *   requires and is not about driving; "no criminal history questions" is
 *   about the process);
 * - "must pass a background check" (a check noun within four words): an
 *   exclusion, unless the sentence makes it a step after the offer ("offers
 *   are contingent on…") or the employer is a national government (its
 *   investigations are required by law): then it is only a mention;
 * - "felony convictions", "criminal record": an exclusion when the sentence
 *   excludes ("will not be considered", "disqualify"), else a mention;
 * - "background check": a mention, unless it is the job's work or subject
 *   ("coordinate background checks for new hires", "criminal history data");
 *   a mention of records only when the sentence is about the applicant.
 * A check the sentence, paragraph or section ties to a requirement of law
 * (a security clearance, a suitability investigation, a licensing board)
 * is neither: the fair-chance laws exempt checks the law requires.
 * A negation just before ("we do not require a clean record"), a sentence
 * that invites ("will be considered", "case by case", "not automatically"),
 * and equal-opportunity, fair-chance, accommodation and outreach statements
 * keep it silent. Exclusions are reported everywhere, naming the laws in
 * force that forbid them or else where they are banned; mentions only where
 * a law in force bans any mention, naming it.
 */
import type { Sentence } from 'nlcst'
import type { Range } from '../src/types.js'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { definePhrases, longestMatches, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { allJurisdictions } from '../src/jurisdictions/index.js'
import { citeLaws, lawsForbidding, placesForbidding } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import {
  APPLICANT_WORDS,
  CHECK_NOUNS,
  DUTY_VERBS,
  LEGAL_HEADING,
  NEGATIONS,
  NOT_ABOUT_APPLICANT_AFTER,
  PROCESS_AFTER,
  RECORD_CUES,
  RECORD_TERMS,
  REQUIREMENT_WORDS,
  type RecordCue,
  type RecordTerm,
} from './data/criminal-history.js'

const TERMS = definePhrases<RecordTerm>('no-criminal-history-screen', RECORD_TERMS)
const CUES = definePhrases<RecordCue>('no-criminal-history-screen/cues', RECORD_CUES)

/** Whether any national law bans every mention: if none does, a national government's mentions need no look at where the job is. */
const NATIONAL_MENTION_BAN = allJurisdictions().some((jurisdiction) => (jurisdiction.kind === 'country' || jurisdiction.kind === 'profile') && jurisdiction.laws.some((law) => law.forbids.criminalHistory === 'any'))

/** How many words before a term or cue a negation turns it around. */
const NEGATION_REACH = 4
/** How many words before a mention a duty verb makes it the job's work. */
const DUTY_REACH = 3
/** How many words after "pass a background" a check noun must come ("pass a background and drug screen"). */
const PASS_REACH = 4

function negatedBefore(match: PhraseMatch<unknown>): boolean {
  return match.words.slice(Math.max(0, match.index - NEGATION_REACH), match.index).some((word) => NEGATIONS.has(word.norm) || word.norm.endsWith("n't"))
}


export default defineRule<'exclusion' | 'exclusionBanned' | 'mention'>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report blanket exclusions of people with criminal records ("no felons", "clean record"), and any criminal-history mention where a law bans it before an offer',
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-criminal-history-screen'),
    },
    messages: {
      exclusion: "'{{text}}' shuts out people with criminal records, which {{laws}} forbid(s). Say that qualified applicants with arrest or conviction records will be considered, and leave any check until after a conditional offer.",
      exclusionBanned: "'{{text}}' shuts out people with criminal records; blanket exclusions are banned in {{places}}. Say that qualified applicants with arrest or conviction records will be considered, and leave any check until after a conditional offer.",
      mention: "'{{text}}' mentions criminal history or a background check before an offer, which {{laws}} forbid(s) in job postings. Leave it out, or say that qualified applicants with criminal histories will be considered.",
    },
    schema: [],
  },
  create(context) {
    const { sourceCode, posting } = context

    return {
      'Document:exit'() {
        const terms = longestMatches(posting.phrases(TERMS))
        if (terms.length === 0) return
        // The cues of each sentence and paragraph; a negated exclusion cue ("does not disqualify") invites.
        const sentenceCues = new Map<Sentence, Set<RecordCue>>()
        const paragraphLegal = new Set<unknown>()
        for (const cue of posting.phrases(CUES)) {
          const kind: RecordCue = cue.entry.data === 'exclusion' && negatedBefore(cue) ? 'fair' : cue.entry.data
          if (kind === 'fair' && cue.entry.data === 'fair' && negatedBefore(cue)) continue
          let set = sentenceCues.get(cue.sentence)
          if (!set) sentenceCues.set(cue.sentence, (set = new Set()))
          set.add(kind)
          if (kind === 'legal') paragraphLegal.add(cue.paragraph)
        }
        const judge = (match: PhraseMatch<RecordTerm>): 'exclusion' | 'mention' | null => {
          const cues = sentenceCues.get(match.sentence) ?? new Set<RecordCue>()
          if (cues.has('fair')) return null
          const { kind, generic } = match.entry.data
          const next = match.words.slice(match.index + match.count)
          if (kind === 'exclusion') {
            // "No criminal record checks", "no criminal history questions": a statement about the process.
            if (negatedBefore(match) || (match.words[match.index]!.norm === 'no' && next[0] && PROCESS_AFTER.has(next[0].norm))) return null
            if (generic && (cues.has('driving') || !match.words.some((word) => REQUIREMENT_WORDS.has(word.norm)))) return null
            return 'exclusion'
          }
          // "pass background information to the team" is no check: a check noun must follow within a few words.
          if (kind === 'pass' && !next.slice(0, PASS_REACH).some((word) => CHECK_NOUNS.has(word.norm))) return null
          if (kind === 'record' && cues.has('exclusion')) return 'exclusion'
          // A check the law requires (a clearance, a suitability investigation, a licensing board) is neither.
          if (cues.has('legal') || paragraphLegal.has(match.paragraph) || LEGAL_HEADING.test(sourceCode.getSection(match.range[0])?.text ?? '')) return null
          if (kind === 'pass') {
            if (negatedBefore(match)) return null
            return posting.employer.kind === 'national-government' || cues.has('soft') ? 'mention' : 'exclusion'
          }
          // The job's work or subject, not the applicant's record: "coordinate background checks", "criminal history data".
          if (next[0] && NOT_ABOUT_APPLICANT_AFTER.has(next[0].norm)) return null
          if (match.words.slice(Math.max(0, match.index - DUTY_REACH), match.index).some((word) => DUTY_VERBS.has(word.norm))) return null
          // Records may be the work's subject ("our clients are people with criminal records"); a check is the hiring process's.
          if (kind === 'record' && !match.words.some((word) => APPLICANT_WORDS.has(word.norm))) return null
          return 'mention'
        }

        /** The range to report: "pass a background" grows to "pass a background check". */
        const extent = (match: PhraseMatch<RecordTerm>): Range => {
          if (match.entry.data.kind !== 'pass') return match.range
          let end = match.range[1]
          for (let i = match.index + match.count; i < match.words.length && CHECK_NOUNS.has(match.words[i]!.norm); i++) end = match.words[i]!.range[1]
          return [match.range[0], end]
        }
        // One mention per sentence: "a criminal background check and fingerprinting" is one thing to leave out.
        const mentioned = new Set<Sentence>()
        for (const match of terms) {
          const verdict = judge(match)
          if (verdict === null || (verdict === 'mention' && (mentioned.has(match.sentence) || (!NATIONAL_MENTION_BAN && posting.employer.kind === 'national-government')))) continue
          // The laws (and where the job is) are read only when something may be reported.
          const laws = lawsForbidding(posting.laws, 'criminalHistory').filter(({ law }) => verdict === 'exclusion' || law.forbids.criminalHistory === 'any')
          if ((verdict === 'mention' && laws.length === 0) || statementAround(posting, match.range)) continue
          const range = extent(match)
          const text = sourceCode.getText(range)
          if (verdict === 'mention') {
            mentioned.add(match.sentence)
            context.report({ range, messageId: 'mention', data: { text, laws: citeLaws(laws) }, related: jurisdictionEvidence(context, laws) })
          } else if (laws.length > 0) {
            context.report({ range, messageId: 'exclusion', data: { text, laws: citeLaws(laws) }, related: jurisdictionEvidence(context, laws) })
          } else {
            context.report({ range, messageId: 'exclusionBanned', data: { text, places: placesForbidding('criminalHistory', posting.asOf, posting.location.country) } })
          }
        }
      },
    }
  },
})
