/**
 * eeo-statement: an equal-opportunity statement, naming the protected
 * characteristics a law or the configuration requires.
 *
 * A posting without one is reported everywhere: most employers publish one,
 * federal contractors must. Where a law in force (the federal-contractor
 * profile: VEVRAA and Section 503) or the `categories` option requires
 * particular characteristics (protected veteran status, disability), a
 * statement that does not name them is reported at the statement, citing
 * only the laws that ask for what is missing.
 *
 * A Canadian employment-equity commitment ("we are committed to employment
 * equity and encourage women, Indigenous peoples, persons with disabilities
 * … to apply", "équité en matière d'emploi") is the Canadian form of the
 * statement: the posting facts file it as outreach, and it counts here.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { ProtectedCategory } from '../src/facts/types.js'
import { CATEGORY_NAMES, PROTECTED_CATEGORIES } from '../src/facts/categories.js'
import { categoriesIn, normalize } from '../src/facts/statements.js'
import { EMPLOYMENT_EQUITY } from '../src/facts/statement-data.js'
import { citeLaws, lawsRequiring } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence, missingRange } from '../src/facts/reporting.js'

/** "Employment equity", in English and French: what makes an outreach statement a Canadian equal-opportunity one. */
const EMPLOYMENT_EQUITY_PATTERN = new RegExp(`(?<![\\p{L}])(?:${EMPLOYMENT_EQUITY.map((entry) => entry.replaceAll(' ', ' +')).join('|')})(?![\\p{L}])`, 'u')

export default defineRule<'missing' | 'missingRequired' | 'missingCategories' | 'missingCategoriesConfigured', [{ categories?: ProtectedCategory[] }]>({
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require an equal-opportunity statement, naming the protected characteristics a law in force or the configuration requires',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('eeo-statement'),
    },
    messages: {
      missing: 'The posting has no equal-opportunity statement.',
      missingRequired: 'The posting has no equal-opportunity statement, which {{laws}} require(s).',
      missingCategories: 'The equal-opportunity statement does not name {{categories}}, which {{laws}} require(s).',
      missingCategoriesConfigured: 'The equal-opportunity statement does not name {{categories}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          categories: { type: 'array', items: { enum: PROTECTED_CATEGORIES }, uniqueItems: true, description: 'Characteristics the statement must name.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ categories: [] }],
  },
  create(context) {
    return {
      'Document:exit'() {
        const { posting, sourceCode } = context
        const laws = lawsRequiring(posting.laws, 'eeoCategories')
        const equity = posting
          .statementsOf('outreach')
          .filter((statement) => EMPLOYMENT_EQUITY_PATTERN.test(normalize(statement.text)))
          .map((statement) => ({ ...statement, categories: categoriesIn(statement.text) }))
        const statements = [...posting.statementsOf('eeo'), ...equity].sort((a, b) => a.range[0] - b.range[0])
        if (statements.length === 0) {
          if (laws.length > 0) {
            context.report({ range: missingRange(sourceCode), messageId: 'missingRequired', data: { laws: citeLaws(laws) }, related: jurisdictionEvidence(context, laws) })
          } else {
            context.report({ range: missingRange(sourceCode), messageId: 'missing' })
          }
          return
        }
        const named = new Set(statements.flatMap((statement) => statement.categories ?? []))
        const list = (categories: Iterable<string>): string => [...categories].map((c) => CATEGORY_NAMES[c as ProtectedCategory] ?? c).join(', ')
        const unmet = (categories: readonly string[] | undefined): string[] => (categories ?? []).filter((c) => !named.has(c as ProtectedCategory))
        // Only the laws that ask for a characteristic the statement leaves out are cited.
        const wanting = laws.filter(({ law }) => unmet(law.requires.eeoCategories).length > 0)
        const byLaw = new Set(wanting.flatMap(({ law }) => unmet(law.requires.eeoCategories)))
        const configured = (context.options[0]?.categories ?? []).filter((c) => !named.has(c) && !byLaw.has(c))
        const range = statements[0]!.range
        if (byLaw.size > 0) {
          context.report({ range, messageId: 'missingCategories', data: { categories: list(byLaw), laws: citeLaws(wanting) }, related: jurisdictionEvidence(context, wanting) })
        }
        if (configured.length > 0) context.report({ range, messageId: 'missingCategoriesConfigured', data: { categories: list(configured) } })
      },
    }
  },
})
