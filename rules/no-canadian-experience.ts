/**
 * no-canadian-experience: "Canadian experience required", "Canadian work
 * experience is a must", "expérience canadienne requise" — and "Canadian
 * experience is an asset", which screens newcomers out just the same.
 *
 * How it decides. The phrases (data/canadian-experience) name experience
 * gained in Canada, never knowledge of Canada ("experience with Canadian
 * regulations", "knowledge of the Canadian market" do not match). A match
 * counts when its sentence makes it a condition of the job — a requirement
 * word ("required", "must", "minimum", "requise"), a weaker one ("years",
 * "prior", "with") in a sentence that speaks to the applicant or in a short
 * list item, a qualifications heading above it — or a preference ("asset",
 * "preferred", "a plus", "atout"). It does not count when negated nearby
 * ("Canadian experience is not required", "regardless of where"), when a
 * determiner makes it a description ("a uniquely Canadian experience"), or
 * inside an equal-opportunity, accommodation, fair-chance or outreach statement.
 *
 * Where a law in force forbids it (`forbids.canadianExperience`: Ontario's
 * Employment Standards Act, Part III.1, from 2026-01-01) the message names
 * that law. Elsewhere in Canada, and where the place is unknown, a softer
 * message cites the Ontario Human Rights Commission's policy; for a
 * posting located outside Canada the rule stays silent.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { definePhrases, type PhraseMatch } from '../src/linter/phrases.js'
import { statementAround } from '../src/facts/context.js'
import { citeLaws, lawsForbidding } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence } from '../src/facts/reporting.js'
import * as data from './data/canadian-experience.js'

type MessageId = 'forbidden' | 'forbiddenAsset' | 'discouraged'

const PHRASES = definePhrases<data.CanadianExperiencePhrase>('no-canadian-experience', data.CANADIAN_EXPERIENCE_PHRASES)

function hasWord(words: PhraseMatch<unknown>['words'], set: ReadonlySet<string>, from = 0, to = words.length): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) if (set.has(words[i]!.norm)) return true
  return false
}

export default defineRule<MessageId, []>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report "Canadian experience" required or preferred in a posting: forbidden in Ontario from 2026, and a barrier to newcomers everywhere in Canada',
      category: 'discrimination',
      recommended: true,
      url: ruleDocsUrl('no-canadian-experience'),
    },
    messages: {
      forbidden: "'{{text}}': {{laws}} forbid(s) requirements related to Canadian experience in a publicly advertised job posting. Ask for the experience itself, wherever it was gained.",
      forbiddenAsset: "'{{text}}' ranks applicants by where they gained experience; {{laws}} forbid(s) requirements related to Canadian experience, and an asset qualification screens newcomers out the same way. Ask for the experience itself, wherever it was gained.",
      discouraged: "'{{text}}' screens out newcomers: {{policy}}. Ask for the experience itself, wherever it was gained.",
    },
    schema: false,
  },
  create(context) {
    const { sourceCode, posting } = context

    /** 'requirement', 'asset', or null when the match is not a condition of the job. */
    const kindOf = (match: PhraseMatch<data.CanadianExperiencePhrase>): 'requirement' | 'asset' | null => {
      const { words, index } = match
      const count = match.text.split(/[\s\-‐–/]+/u).filter(Boolean).length
      const before = words[index - 1]?.norm
      const after = words[index + count]?.norm
      if (before !== undefined && (match.entry.data.french ? data.DESCRIPTIVE_BEFORE_FR : data.DESCRIPTIVE_BEFORE).has(before)) return null
      if (after !== undefined && data.DESCRIPTIVE_AFTER.has(after)) return null
      if (hasWord(words, data.NEGATIONS, index - 4, index + count + 6)) return null
      const joined = ` ${words.map((word) => word.norm).join(' ')} `
      const heading = sourceCode.getSection(match.range[0])
      const above = heading !== undefined && heading.range[1] <= match.range[0] ? heading.text : ''
      const underQualifications = data.QUALIFICATION_HEADING.test(above)
      const asset = hasWord(words, data.ASSET_CUES) || joined.includes(' a plus ') || joined.includes(' nice to have ') || data.ASSET_HEADING.test(above)
      const requirement =
        hasWord(words, data.REQUIREMENT_CUES) ||
        (hasWord(words, data.WEAK_CUES) && (hasWord(words, data.APPLICANT_WORDS) || words.length <= data.LIST_ITEM_WORDS)) ||
        underQualifications
      if (asset && !hasWord(words, data.REQUIREMENT_CUES)) return 'asset'
      return requirement ? 'requirement' : null
    }

    return {
      'Document:exit'() {
        if (posting.phrases(PHRASES).length === 0) return
        const forbidding = lawsForbidding(posting.laws, 'canadianExperience')
        const country = posting.location.country ?? posting.jurisdictions[0]?.id.slice(0, 2)
        if (forbidding.length === 0 && country !== undefined && country !== 'CA') return
        let last: readonly [number, number] = [-1, -1]
        // The longest phrase at a place ("work experience in Canada", not also "experience in Canada").
        const matches = [...posting.phrases(PHRASES)].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
        for (const match of matches) {
          if (match.range[0] >= last[0] && match.range[1] <= last[1]) continue
          last = match.range
          if (statementAround(posting, match.range)) continue
          const kind = kindOf(match)
          if (!kind) continue
          const text = match.text.replace(/\s+/g, ' ')
          if (forbidding.length > 0) {
            context.report({
              range: match.range,
              messageId: kind === 'asset' ? 'forbiddenAsset' : 'forbidden',
              data: { text, laws: citeLaws(forbidding) },
              related: jurisdictionEvidence(context, forbidding),
            })
          } else {
            context.report({ range: match.range, messageId: 'discouraged', data: { text, policy: data.OHRC_POLICY } })
          }
        }
      },
    }
  },
})
