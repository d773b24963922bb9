/**
 * Illinois: the Equal Pay Act of 2003's salary-history ban (P.A. 101-177,
 * 2019) and its pay scale and benefits rule for job postings (P.A.
 * 103-539, 2025-01-01).
 * Sources: jurisdictions.md section A, labor.illinois.gov, ilga.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_IL: Jurisdiction = {
  id: 'US-IL',
  name: 'Illinois',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-IL/salary-history',
      name: 'Equal Pay Act of 2003: wage or salary history',
      citation: '820 ILCS 112/10(b-5) (P.A. 101-177)',
      sources: ['https://www.ilga.gov/legislation/publicacts/101/101-0177.htm', 'https://blogs.luc.edu/compliance/?p=2561'],
      effective: '2019-09-29',
      confidence: 'confirmed',
      covers: 'Employers with employees in Illinois, employment agencies and their agents.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not screen applicants on wage or salary history, require prior wages to meet criteria, or ask for them as a condition of an interview or offer; they may discuss expectations. Effective date per Loyola\'s summary of HB 834.',
    },
    {
      id: 'US-IL/pay-scale-and-benefits',
      name: 'Equal Pay Act of 2003: pay scale and benefits in job postings',
      citation: '820 ILCS 112/10(b-25) (P.A. 103-539)',
      sources: [
        'https://labor.illinois.gov/pay',
        'https://www.navigantlaw.com/illinois-equal-pay-act/',
        'https://www.ktjlaw.com/blog/job-postings-will-need-to-include-pay-scales-benefits/',
        'https://kthsolutionsllc.com/illinois-job-posting-requirements-and-pay-scale-disclosure-law-3',
      ],
      effective: '2025-01-01',
      confidence: 'confirmed',
      covers: 'Employers with 15 or more employees, for positions performed at least in part in Illinois or reporting to a supervisor, office or work site in Illinois.',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: { vaguePay: true },
      notes:
        '"Pay scale and benefits" is the wage or salary or its range, and a general description of benefits and other compensation (bonuses, stock options, other incentives) the employer reasonably expects in good faith to offer. A hyperlink to a publicly viewable page with the pay scale and benefits satisfies the rule; third parties posting for the employer must include it. Applies to internal and external postings, including temporary, part-time, seasonal and union positions (IDOL). Whether a fully remote role open to Illinois residents is covered is not stated in the sources read. Active postings get a 14-day cure; fines reported from $250 to $10,000, schedule unconfirmed (research notes).',
    },
  ],
}
