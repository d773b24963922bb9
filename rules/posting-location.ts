/**
 * posting-location: where the job is, so the laws that apply can be known.
 *
 * Pay-transparency and fair-chance laws depend on where the work is done
 * and, for remote jobs, where applicants may live. When neither the
 * configuration (`settings.jurisdictions`), nor the front matter, nor the
 * text says, postlint checks only what applies everywhere; this rule says
 * so once per posting.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import { missingRange } from '../src/facts/reporting.js'

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Report a posting whose location (or remote area) cannot be told, so the laws that apply to it cannot be checked',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('posting-location'),
    },
    messages: {
      unknown:
        "postlint could not tell where this job is, so only rules that apply everywhere were checked: add a location line ('Location: Denver, CO', 'Location: Remote – US') or set settings.jurisdictions.",
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        if (context.posting.jurisdictions.length === 0) context.report({ range: missingRange(context.sourceCode), messageId: 'unknown' })
      },
    }
  },
})
