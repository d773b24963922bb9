/**
 * pay-range: pay disclosed the way every law in force for the posting asks.
 *
 * It reads the pay expressions the posting facts found (in the text and in
 * front matter) and the laws in force for the posting's jurisdictions on
 * the as-of date. Missing or vague pay is reported when a law requires pay;
 * open-ended pay ("up to", "$X+") when a law requires pay or forbids it; a
 * single figure where a law requires a minimum and a maximum. Some things
 * are wrong everywhere: a minimum above the maximum, no currency, no period,
 * a text that says "range" and gives one figure. A range wider than a law
 * allows (Ontario: CAD 50,000) or than the `maxSpreadRatio` option allows
 * is reported too. With no jurisdiction known, missing or vague pay is
 * still reported (option `baseline`), since most pay-transparency laws
 * require a range; not for a national government employer, which none of
 * them binds.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import type { ApplicableLaw } from '../src/jurisdictions/index.js'
import { citeLaws, lawsForbidding, lawsRequiring } from '../src/jurisdictions/requirements.js'
import { jurisdictionEvidence, missingRange } from '../src/facts/reporting.js'
import type { PayFact } from '../src/facts/index.js'

type MessageId =
  | 'missing'
  | 'missingBaseline'
  | 'vague'
  | 'vagueBaseline'
  | 'openEnded'
  | 'singleFigure'
  | 'announcedRange'
  | 'minAboveMax'
  | 'noCurrency'
  | 'noPeriod'
  | 'spreadTooWide'
  | 'spreadRatio'

interface Options {
  baseline?: boolean
  maxSpreadRatio?: number
}

/** Words that make a figure yearly pay. */
const SALARY = /\b(?:salar(?:y|ies)|salaire|traitement|annual(?:ly)?|annuel(?:le)?|yearly)\b/i
/** A period named in a heading or a lead-in ("Pay by zone (per hour):"), for the figures under it. */
const PERIOD = /(?:\b(?:per|an?|par)\s+(?:year|annum|hour|month|week|day|an|année|heure|mois|semaine|jour)|\b(?:hourly|monthly|weekly|daily|horaire|mensuel(?:le)?)|\/\s?(?:hr|hour|yr|year|h|an))\b/i

/** Amounts in messages (made on first use: setting up a number format costs a start-up some milliseconds). */
let money: Intl.NumberFormat | undefined
const formatMoney = (amount: number): string => (money ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(amount)

function unique(laws: readonly ApplicableLaw[]): ApplicableLaw[] {
  return [...new Map(laws.map((entry) => [entry.law.id, entry])).values()]
}

export default defineRule<MessageId, [Options]>({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require pay disclosed as every pay-transparency law in force asks: a range with currency and period, not vague or open-ended',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('pay-range'),
    },
    messages: {
      missing: 'The posting gives no pay, which {{laws}} require(s).',
      missingBaseline: 'The posting gives no pay; most pay-transparency laws require a range, and postlint could not tell where this job is.',
      vague: "'{{text}}' is not a pay range: {{laws}} require(s) figures.",
      vagueBaseline: "'{{text}}' gives no figures; most pay-transparency laws require a range.",
      openEnded: "'{{text}}' is open-ended; {{laws}} require(s) a minimum and a maximum.",
      singleFigure: "'{{text}}' is a single figure; {{laws}} require(s) a range with a minimum and a maximum.",
      announcedRange: "'{{text}}' is announced as a range but gives one figure.",
      minAboveMax: "The minimum of '{{text}}' is above its maximum.",
      noCurrency: "'{{text}}' gives no currency: write $, USD, CA$, € or the like.",
      noPeriod: "'{{text}}' does not say what period it pays for: add per hour, per year or the like.",
      spreadTooWide: "The range '{{text}}' spans {{spread}}, more than the {{limit}} that {{laws}} allow(s).",
      spreadRatio: "The range '{{text}}' spans {{percent}}% of its minimum, more than the {{limit}}% this configuration allows.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          baseline: { type: 'boolean', description: 'Report missing or vague pay when no jurisdiction is known.' },
          maxSpreadRatio: { type: 'number', exclusiveMinimum: 0, description: 'The widest range allowed anywhere, as a share of the minimum (0.5 = max at most 150% of min).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ baseline: true }],
  },
  create(context) {
    const { sourceCode, posting } = context
    const options = context.options[0] ?? {}

    /**
     * The last `reach` characters of prose before `offset`, read across paragraphs (a table's cells, a
     * lead-in line): what a reader sees, without the markup between them.
     */
    const proseBefore = (offset: number, reach: number): string => {
      let text = ''
      const blocks = sourceCode.nlcst.children
      for (let i = blocks.length - 1; i >= 0 && text.length < reach; i--) {
        const block = blocks[i]!
        if (block.type !== 'ParagraphNode') continue
        const [start, end] = sourceCode.getRange(block)
        if (start >= offset) continue
        const prose = sourceCode.getProse(block)
        let stop = prose.text.length
        if (end > offset) while (stop > 0 && prose.offsetAt(stop - 1) >= offset) stop--
        text = `${prose.text.slice(0, stop)}\n${text}`
      }
      return text.slice(-reach)
    }

    /**
     * Whether the words before a figure call it a salary (yearly pay), or its section's heading or the
     * lead-in that introduces it (the last clause of a line ending in a colon) names a period.
     */
    const periodBefore = (range: Range): boolean => {
      const before = sourceCode.text.slice(Math.max(0, range[0] - 160), range[0])
      const prose = proseBefore(range[0], 160)
      const heading = sourceCode.getSection(range[0])?.text ?? ''
      if (SALARY.test(before) || SALARY.test(prose) || SALARY.test(heading) || PERIOD.test(heading)) return true
      return prose.split('\n').some((line) => /:\s*$/.test(line) && PERIOD.test(line.split(/[.!?]\s/).at(-1)!))
    }

    const where = (pay: PayFact): Range => pay.range ?? sourceCode.frontMatter?.range ?? missingRange(sourceCode)

    const checkSpread = (pay: PayFact, laws: readonly ApplicableLaw[]): void => {
      if (pay.kind !== 'range' || pay.min === null || pay.max === null || pay.min <= 0) return
      const spread = pay.max - pay.min
      for (const entry of laws) {
        const cap = entry.law.requires.maxSpread
        if (!cap || (pay.currency && pay.currency !== cap.currency)) continue
        if ((pay.period ?? 'year') !== cap.period) continue
        if (cap.exemptAbove !== undefined && pay.max > cap.exemptAbove) continue
        if (spread > cap.amount) {
          context.report({
            range: where(pay),
            messageId: 'spreadTooWide',
            data: { text: pay.text, spread: `${cap.currency} ${formatMoney(spread)}`, limit: `${cap.currency} ${formatMoney(cap.amount)}`, laws: citeLaws([entry]) },
            related: jurisdictionEvidence(context, [entry]),
          })
          return
        }
      }
      for (const entry of laws) {
        const ratio = entry.law.requires.maxSpreadRatio
        if (ratio !== undefined && spread / pay.min > ratio) {
          context.report({
            range: where(pay),
            messageId: 'spreadTooWide',
            data: { text: pay.text, spread: `${Math.round((spread / pay.min) * 100)}% of the minimum`, limit: `${Math.round(ratio * 100)}%`, laws: citeLaws([entry]) },
            related: jurisdictionEvidence(context, [entry]),
          })
          return
        }
      }
      if (options.maxSpreadRatio !== undefined && spread / pay.min > options.maxSpreadRatio) {
        context.report({
          range: where(pay),
          messageId: 'spreadRatio',
          data: { text: pay.text, percent: Math.round((spread / pay.min) * 100), limit: Math.round(options.maxSpreadRatio * 100) },
        })
      }
    }

    return {
      'Document:exit'() {
        const laws = posting.laws
        const payLaws = lawsRequiring(laws, 'pay')
        const rangeLaws = payLaws.filter(({ law }) => law.requires.pay === 'range')
        const openEndedLaws = unique([...lawsForbidding(laws, 'openEndedPay'), ...payLaws])
        const vagueLaws = unique([...lawsForbidding(laws, 'vaguePay'), ...payLaws])
        // The baseline stands in for laws postlint cannot place; none of them binds a national government.
        const baseline = options.baseline !== false && posting.jurisdictions.length === 0 && posting.employer.kind !== 'national-government'
        const figures = posting.pay.filter((pay) => pay.kind !== 'vague')

        if (posting.pay.length === 0) {
          if (payLaws.length > 0) {
            context.report({ range: missingRange(sourceCode), messageId: 'missing', data: { laws: citeLaws(payLaws) }, related: jurisdictionEvidence(context, payLaws) })
          } else if (baseline) {
            context.report({ range: missingRange(sourceCode), messageId: 'missingBaseline' })
          }
          return
        }
        if (figures.length === 0) {
          const vague = posting.pay[0]!
          if (vagueLaws.length > 0) {
            context.report({ range: where(vague), messageId: 'vague', data: { text: vague.text, laws: citeLaws(vagueLaws) }, related: jurisdictionEvidence(context, vagueLaws) })
          } else if (baseline) {
            context.report({ range: where(vague), messageId: 'vagueBaseline', data: { text: vague.text } })
          }
          return
        }

        // A period stated anywhere is read as the period of the figures around it (a list of grade steps
        // under "Salary (per year)", zones under "Pay by zone (per hour):"), and "salary" means yearly pay;
        // only a posting that says neither is told to add a period, once.
        const statesPeriod = figures.some((pay) => pay.period !== null || (pay.range !== null && periodBefore(pay.range)))
        let periodReported = false
        for (const pay of figures) {
          const range = where(pay)
          const text = pay.text
          if (pay.kind === 'open-ended' && openEndedLaws.length > 0) {
            context.report({ range, messageId: 'openEnded', data: { text, laws: citeLaws(openEndedLaws) }, related: jurisdictionEvidence(context, openEndedLaws) })
          }
          if (pay.kind === 'single' && rangeLaws.length > 0) {
            context.report({ range, messageId: 'singleFigure', data: { text, laws: citeLaws(rangeLaws) }, related: jurisdictionEvidence(context, rangeLaws) })
          } else if (pay.kind === 'single' && pay.announcedRange) {
            context.report({ range, messageId: 'announcedRange', data: { text } })
          }
          if (pay.min !== null && pay.max !== null && pay.min > pay.max) context.report({ range, messageId: 'minAboveMax', data: { text } })
          if (!pay.currency) context.report({ range, messageId: 'noCurrency', data: { text } })
          // Front matter is data a site template presents (with its period); only written pay must state it.
          if (!statesPeriod && !periodReported && pay.origin === 'text') {
            periodReported = true
            context.report({ range, messageId: 'noPeriod', data: { text } })
          }
          checkSpread(pay, laws)
        }
      },
    }
  },
})
