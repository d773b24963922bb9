/**
 * other-compensation: bonuses, commissions, equity and other pay beyond the
 * base rate, described where a law in force requires it (Colorado,
 * Washington, Illinois, Maryland, Minnesota, New Jersey, Delaware …).
 *
 * A statement about bonus, commission, equity or profit sharing satisfies
 * it, and so does a signing or retention bonus among the posting's figures.
 * A job with no such pay should say so ("This role is not eligible for a
 * bonus"), which counts too.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a description of bonuses, commissions and other compensation where a law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('other-compensation'),
    },
    messages: {
      missing:
        'The posting does not describe other compensation (bonus, commission, equity), which {{laws}} require(s); if there is none, say so.',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'otherCompensation', 'otherCompensation', 'missing', () =>
          context.posting.otherMoney.some((money) => money.kind === 'bonus'),
        )
      },
    }
  },
})
