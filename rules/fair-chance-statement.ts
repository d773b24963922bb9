/**
 * fair-chance-statement: a statement that qualified applicants with arrest
 * or conviction records will be considered, where a local law in force
 * requires one in the posting (Los Angeles City, Los Angeles County, San
 * Francisco).
 *
 * What counts is a statement of consideration ("we will consider qualified
 * applicants with criminal histories in a manner consistent with …"), not a
 * background-check notice.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a fair-chance statement (applicants with records will be considered) where a local law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('fair-chance-statement'),
    },
    messages: {
      missing:
        'The posting does not state that qualified applicants with arrest or conviction records will be considered, which {{laws}} require(s).',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'fairChanceStatement', 'fairChance', 'missing')
      },
    }
  },
})
