/**
 * no-salary-history: a posting that asks applicants for their current or
 * past pay ("include your salary history", "current CTC", "last drawn
 * salary", "pay stubs from your last job", "salaire actuel").
 *
 * How it decides: the phrases of `data/salary-history` are matched in
 * postlint's single pass over the words. A match counts only when the
 * sentence asks it of the applicant: a pay word with "current", "previous",
 * "last drawn"… is reported when "your"/"their" comes right before it, when
 * the sentence is a request ("include", "provide", "must", "please"…) or
 * when it stands under a heading about applying; "salary history" likewise;
 * proof of pay (pay stubs, a W-2, an SF-50's "rate of basic pay") only when
 * the sentence asks for it and ties it to the applicant or a past job.
 * Silent: the employer's own pay ("our current salary range", "the last pay
 * period"), expectations ("desired salary", "expected CTC"), a negation
 * near the match ("we do not ask for salary history", "salary history is
 * not required"), and anything inside an equal-opportunity, fair-chance,
 * accommodation or outreach statement.
 * The message names the laws in force for the posting's jurisdictions that
 * forbid the question (`forbids.salaryHistory`); with none, it says where
 * the question is banned, without claiming that it applies here.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { RuleFixer } from '../src/types.js'
import { definePhrases, longestMatches, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { citeLaws, lawsForbidding, placesForbidding } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import {
  DOCUMENT_AFTER,
  DOCUMENT_NOT_ASKED_AFTER,
  EMPLOYER_WORDS,
  NEGATIONS,
  NOT_ASKED_AFTER,
  PAST_JOB_WORDS,
  POSSESSIVES,
  QUESTION_WORDS,
  REQUEST_HEADING,
  REQUEST_WORDS,
  SALARY_ASKS,
  VERB_BEFORE,
  type SalaryAsk,
} from './data/salary-history.js'

const ASKS = definePhrases<SalaryAsk>('no-salary-history', SALARY_ASKS)

/** How far before and after a match a negation cancels it, in words. */
const NEGATION_BEFORE = 8
const NEGATION_AFTER = 4

/** The match's words end at this index of the sentence's words. */
function lastIndex(match: PhraseMatch<SalaryAsk>): number {
  return match.index + match.count - 1
}


function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

export default defineRule<'forbidden' | 'banned' | 'askExpectations'>({
  meta: {
    type: 'problem',
    docs: {
      description: "Report questions about an applicant's current or past pay (salary history), which many jurisdictions ban",
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-salary-history'),
    },
    messages: {
      forbidden: "'{{text}}' asks for the applicant's current or past pay, which {{laws}} forbid(s). Ask for salary expectations, or state the pay range, instead.",
      banned: "'{{text}}' asks for the applicant's current or past pay; such questions are banned in {{places}}. Ask for salary expectations, or state the pay range, instead.",
      askExpectations: "Ask for '{{replacement}}' instead.",
    },
    schema: [],
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context

    const asked = (match: PhraseMatch<SalaryAsk>): boolean => {
      const { words, index } = match
      const last = lastIndex(match)
      const { kind } = match.entry.data
      const norms = words.map((word) => word.norm)
      const negated = (norm: string): boolean => NEGATIONS.has(norm) || norm.endsWith("n't") || /^n'/.test(norm)
      const before = norms.slice(Math.max(0, index - NEGATION_BEFORE), index).filter(negated)
      const rest = norms.slice(last + 1)
      // "Applications without your current salary will not be reviewed": two negations make a requirement.
      const doubled = before.length > 0 && before.every((norm) => norm === 'without') && rest.some(negated)
      if (!doubled && (before.length > 0 || rest.slice(0, NEGATION_AFTER).some(negated))) return false
      const previous = norms[index - 1]
      const after = norms[last + 1]
      const question = norms.some((norm) => QUESTION_WORDS.has(norm)) && sourceCode.getText(match.sentence).includes('?')
      const request = question || norms.some((norm) => REQUEST_WORDS.has(norm))
      const possessive = norms.slice(Math.max(0, index - 3), index).some((norm) => POSSESSIVES.has(norm))
      if (kind === 'document') {
        if (after !== undefined && DOCUMENT_NOT_ASKED_AFTER.has(after)) return false
        return request && (possessive || norms.some((norm) => PAST_JOB_WORDS.has(norm)))
      }
      if (kind === 'federal') return request && norms.some((norm) => POSSESSIVES.has(norm))
      // "current salary range"; "current wage and hour laws", "current pay and benefits data": the word may come after a joiner.
      const following = after === 'and' || after === 'or' || after === '&' ? norms.slice(last + 2, last + 5) : after !== undefined ? [after] : []
      if (following.some((norm) => NOT_ASKED_AFTER.has(norm))) return false
      if (kind === 'current' && previous !== undefined && EMPLOYER_WORDS.has(previous)) return false
      if (norms[index] === 'present' && previous !== undefined && VERB_BEFORE.has(previous)) return false
      if (possessive || request) return true
      return REQUEST_HEADING.test(sourceCode.getSection(match.range[0])?.text ?? '')
    }

    return {
      'Document:exit'() {
        const found = longestMatches(posting.phrases(ASKS)).filter((match) => asked(match) && !statementAround(posting, match.range))
        if (found.length === 0) return
        const laws = lawsForbidding(posting.laws, 'salaryHistory')
        const related = laws.length > 0 ? jurisdictionEvidence(context, laws) : []
        for (const match of found) {
          const next = match.words[lastIndex(match) + 1]?.norm
          const replacement = next !== undefined && DOCUMENT_AFTER.has(next) ? undefined : match.entry.data.replacement
          const suggest = replacement
            ? [{ messageId: 'askExpectations' as const, data: { replacement }, fix: (fixer: RuleFixer) => fixer.replaceTextRange(match.range, matchCase(replacement, match.text)) }]
            : []
          if (laws.length > 0) {
            context.report({ range: match.range, messageId: 'forbidden', data: { text: match.text, laws: citeLaws(laws) }, related, suggest })
          } else {
            context.report({ range: match.range, messageId: 'banned', data: { text: match.text, places: placesForbidding('salaryHistory', posting.asOf, posting.location.country) }, suggest })
          }
        }
      },
    }
  },
})
