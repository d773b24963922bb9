/**
 * no-citizenship-requirement: a job limited to citizens or to one
 * immigration status ("US citizens only", "must be a U.S. citizen", "green
 * card holders only", "H-1B only", "must have a US passport", "Canadian
 * citizens only") with no legal reason given.
 *
 * How it decides: the wordings of `data/citizenship` and the legal reasons
 * that make them lawful are matched in postlint's single pass over the
 * words. A requirement is silent when its sentence, its paragraph or its
 * section gives a reason (a security clearance, export control under
 * ITAR/EAR, a government contract, a statute or executive order), when its
 * section's heading is about security, when the employer is a national
 * government (citizenship for government jobs is set by law: the US
 * competitive service, Canada's Public Service Employment Act), and inside
 * equal-opportunity, fair-chance, accommodation and outreach statements.
 * A sentence that opens the job to others too ("citizens, permanent
 * residents or others authorized to work") is no limit. Work-authorization
 * and sponsorship statements are not matched at all.
 * The message names 8 U.S.C. § 1324b for the United States (from the
 * jurisdiction data) or Canadian human rights law, by the country the
 * wording names, else the posting's; the suggestion asks for authorization
 * to work in that country instead.
 */
import type { Paragraph, Sentence } from 'nlcst'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range, RuleFixer } from '../src/types.js'
import { definePhrases, longestMatches, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { getJurisdiction, inForce } from '../src/jurisdictions/index.js'
import { citeLaws, lawsForbidding } from '../src/jurisdictions/requirements.js'
import { ALTERNATIVES, CITIZENSHIP_TERMS, LEGAL_HEADING, LEGAL_REASONS, type CitizenshipTerm, type Country } from './data/citizenship.js'

const TERMS = definePhrases<CitizenshipTerm>('no-citizenship-requirement', CITIZENSHIP_TERMS)
const REASONS = definePhrases<null>('no-citizenship-requirement/reasons', LEGAL_REASONS)
const OPEN = definePhrases<null>('no-citizenship-requirement/alternatives', ALTERNATIVES)

/** The US laws on citizenship-status discrimination, from the jurisdiction data, for postings whose place is unknown. */
function usLaws(asOf: string): string {
  const us = getJurisdiction('US')
  const laws = us ? lawsForbidding(us.laws.filter((law) => inForce(law, asOf)).map((law) => ({ jurisdiction: us, law })), 'citizenshipRequirement') : []
  return laws.length > 0 ? citeLaws(laws) : '8 U.S.C. § 1324b'
}

const WHERE: Readonly<Record<Country, string>> = { US: 'the United States', CA: 'Canada' }


/** "must be a citizen of the United States": the country named after a match that names none, and the range up to it. */
function countryAfter(match: PhraseMatch<CitizenshipTerm>): [Country | null, Range] {
  const next = match.index + match.count
  const words = match.words.slice(next, next + 4)
  if (words[0]?.norm !== 'of') return [null, match.range]
  const rest = words[1]?.norm === 'the' ? words.slice(2) : words.slice(1)
  if (rest[0]?.norm === 'canada') return ['CA', [match.range[0], rest[0].range[1]]]
  if (rest[0]?.norm === 'u.s' || rest[0]?.norm === 'usa') return ['US', [match.range[0], rest[0].range[1]]]
  if (rest[0]?.norm === 'united' && rest[1]?.norm === 'states') return ['US', [match.range[0], rest[1].range[1]]]
  return [null, match.range]
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

export default defineRule<'unitedStates' | 'canada' | 'authorized'>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report jobs limited to citizens or to one immigration status ("US citizens only", "green card holders only") without a stated legal reason',
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-citizenship-requirement'),
    },
    messages: {
      unitedStates:
        "'{{text}}' limits the job to citizens or to one immigration status without a stated legal reason; {{law}} forbids that unless a law, regulation, executive order or government contract requires it. Ask for authorization to work in the United States, or state the reason (security clearance, export control, government contract).",
      canada:
        "'{{text}}' limits the job to citizens or to one immigration status without a stated legal reason; Canadian human rights law (provincial codes such as Ontario's Human Rights Code, s. 16, and the national-origin ground of the Canadian Human Rights Act) allows that only where a law requires it. Ask for authorization to work in Canada, or state the reason (security clearance, a statute).",
      authorized: "Write '{{rewrite}}'.",
    },
    schema: [],
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode, posting } = context

    return {
      'Document:exit'() {
        const terms = longestMatches(posting.phrases(TERMS))
        if (terms.length === 0 || posting.employer.kind === 'national-government') return
        const reasons = posting.phrases(REASONS)
        const reasonSentences = new Set<Sentence>(reasons.map((reason) => reason.sentence))
        const reasonParagraphs = new Set<Paragraph>(reasons.map((reason) => reason.paragraph))
        const openSentences = new Set<Sentence>(posting.phrases(OPEN).map((alternative) => alternative.sentence))
        const headings = sourceCode.headings
        /** The range of the section an offset lies in: from its heading to the next (the whole text when there are none). */
        const section = (offset: number): Range => {
          let start = 0
          let end = sourceCode.text.length
          for (const heading of headings) {
            if (heading.range[0] <= offset) start = heading.range[0]
            else {
              end = heading.range[0]
              break
            }
          }
          return [start, end]
        }
        const explained = (match: PhraseMatch<CitizenshipTerm>): boolean => {
          if (reasonSentences.has(match.sentence) || reasonParagraphs.has(match.paragraph)) return true
          if (LEGAL_HEADING.test(sourceCode.getSection(match.range[0])?.text ?? '')) return true
          const [start, end] = section(match.range[0])
          return reasons.some((reason) => reason.range[0] >= start && reason.range[1] <= end)
        }
        for (const match of terms) {
          if (openSentences.has(match.sentence) || explained(match) || statementAround(posting, match.range)) continue
          const { rewrite } = match.entry.data
          const [named, range] = match.entry.data.country ? [match.entry.data.country, match.range] : countryAfter(match)
          const country: Country = named ?? (posting.location.country === 'CA' || posting.language === 'fr' ? 'CA' : 'US')
          const text = rewrite.replace('{where}', WHERE[country])
          const suggest = [{ messageId: 'authorized' as const, data: { rewrite: text }, fix: (fixer: RuleFixer) => fixer.replaceTextRange(range, matchCase(text, match.text)) }]
          if (country === 'US') {
            const laws = lawsForbidding(posting.laws, 'citizenshipRequirement').filter(({ jurisdiction }) => jurisdiction.id.startsWith('US'))
            context.report({ range: match.range, messageId: 'unitedStates', data: { text: match.text, law: laws.length > 0 ? citeLaws(laws) : usLaws(posting.asOf) }, suggest })
          } else {
            context.report({ range: match.range, messageId: 'canada', data: { text: match.text }, suggest })
          }
        }
      },
    }
  },
})
