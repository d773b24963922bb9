/**
 * work-eligibility: a statement of who may apply — work authorization,
 * visa sponsorship, citizenship or clearance requirements, or where
 * applicants must live.
 *
 * Without it, applicants who cannot take the job apply, and those who could
 * (with sponsorship, from another province) hold back. The rule reports a
 * posting with no such statement; whether a stated requirement is lawful is
 * `no-citizenship-requirement`'s concern.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { missingRange } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a statement of who may apply: work authorization, sponsorship, citizenship or location requirements',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('work-eligibility'),
    },
    messages: {
      missing: 'The posting does not say who may apply (work authorization, visa sponsorship, citizenship or where applicants must live).',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        if (context.posting.statementsOf('workEligibility').length === 0) {
          context.report({ range: missingRange(context.sourceCode), messageId: 'missing' })
        }
      },
    }
  },
})
