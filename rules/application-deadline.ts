/**
 * application-deadline: the date applications close, or a statement that
 * they are accepted on an ongoing basis, where a law in force requires it
 * (Colorado since 2024).
 *
 * A closing date in the text or in front matter (`closes`, `validThrough`)
 * counts, and so does "applications accepted on an ongoing basis" or "open
 * until filled". With `reportPast: true`, a deadline already past on the
 * as-of date is reported too.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { checkRequiredStatement } from '../src/facts/reporting.js'

export default defineRule<'missing' | 'past', [{ reportPast?: boolean }]>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an application deadline (or "accepting applications on an ongoing basis") where a law in force asks for one',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('application-deadline'),
    },
    messages: {
      missing: 'The posting gives no application deadline and does not say applications are accepted on an ongoing basis, which {{laws}} require(s).',
      past: 'The application deadline {{date}} has passed (as of {{asOf}}): update it or take the posting down.',
    },
    schema: [
      {
        type: 'object',
        properties: { reportPast: { type: 'boolean', description: 'Also report a deadline that has passed on the as-of date.' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ reportPast: false }],
  },
  create(context) {
    return {
      'Document:exit'() {
        checkRequiredStatement(context, 'applicationDeadline', 'applicationDeadline', 'missing')
        if (!context.options[0]?.reportPast) return
        const { asOf } = context.posting
        for (const statement of context.posting.statementsOf('applicationDeadline')) {
          const date = statement.deadline?.date
          if (date && date < asOf && !statement.deadline?.ongoing) {
            context.report({ range: statement.range, messageId: 'past', data: { date, asOf } })
          }
        }
      },
    }
  },
})
