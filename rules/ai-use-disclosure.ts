/**
 * ai-use-disclosure: whether artificial intelligence is used to screen,
 * assess or select applicants, stated where a law in force requires it
 * (Ontario's Employment Standards Act, from January 1, 2026).
 *
 * A statement either way counts: "we use AI to screen applications" and
 * "no artificial intelligence is used to assess applicants" both disclose.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a statement on whether AI screens, assesses or selects applicants where a law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('ai-use-disclosure'),
    },
    messages: {
      missing: 'The posting does not say whether artificial intelligence is used to screen, assess or select applicants, which {{laws}} require(s).',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'aiDisclosure', 'aiUse', 'missing')
      },
    }
  },
})
