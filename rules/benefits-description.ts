/**
 * benefits-description: a general description of benefits, where a law in
 * force for the posting's jurisdictions requires one (Colorado, Washington,
 * Illinois, Maryland, Minnesota, New Jersey, Jersey City, Delaware …).
 *
 * It reads the statements the posting facts found: a "Benefits" section with
 * its list, or sentences naming benefits (health insurance, retirement plans,
 * paid leave). "You will benefit from mentoring" is not one. When no law in
 * force asks for benefits, the rule is silent.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a general description of benefits where a pay-transparency law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('benefits-description'),
    },
    messages: {
      missing: 'The posting does not describe its benefits (health insurance, retirement, paid leave…), which {{laws}} require(s).',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'benefits', 'benefits', 'missing')
      },
    }
  },
})
