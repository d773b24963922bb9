/**
 * vacancy-status: whether the posting is for an existing vacancy, stated
 * where a law in force requires it (Ontario's Employment Standards Act,
 * from January 1, 2026).
 *
 * "This posting is for an existing vacancy" and "we are building a pool
 * for future opportunities" both disclose it.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a statement of whether the posting is for an existing vacancy where a law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('vacancy-status'),
    },
    messages: {
      missing: 'The posting does not say whether it is for an existing vacancy, which {{laws}} require(s).',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'vacancyStatus', 'vacancyStatus', 'missing')
      },
    }
  },
})
