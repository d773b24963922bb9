/**
 * New Jersey: the salary-history ban (P.L.2019, c.199, 2020) and the pay
 * transparency law (P.L.2024, c.91, 2025-06-01). The Department of Labor's
 * proposed rules (published 2025-09-15, not adopted) are described in notes
 * and deliberately not recorded as a law, so no rule enforces them.
 * Sources: jurisdictions.md section A and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US_NJ: Jurisdiction = {
  id: 'US-NJ',
  name: 'New Jersey',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-NJ/salary-history',
      name: 'Salary history ban',
      citation: 'N.J.S.A. 34:6B-20; N.J.S.A. 10:5-12.12 (P.L.2019, c.199)',
      sources: [
        'https://kyzerlex.com/law/njsa/10/5-12-12',
        'https://gtlaw.com/en/insights/2019/12/new-jersey-joins-jurisdictions-in-banning-salary-history-inquiries-for-applicants',
        'https://www.fordharrison.com/new-jersey-joins-jurisdictions-banning-salary-history-inquiries',
      ],
      effective: '2020-01-01',
      confidence: 'unconfirmed',
      covers: 'Employers in New Jersey.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not screen applicants on salary history (prior wages, salaries or benefits) or require it to meet criteria. Penalties up to $1,000, $5,000, then $10,000. Unconfirmed: statute text on a third-party copy; one source gives 2020-02-01 instead of 2020-01-01.',
    },
    {
      id: 'US-NJ/pay-transparency',
      name: 'Pay Transparency Act',
      citation: 'N.J.S.A. 34:6B-23 (P.L.2024, c.91)',
      sources: [
        'https://www.capaldireynolds.com/new-in-new-jersey-pay-transparency/',
        'https://natlawreview.com/node/281712/printable/print',
        'https://www.saiber.com/insights/publications/2025-11-20-new-jersey-proposes-regulations-to-implement-pay-transparency-law-what-employers-should-do-now',
        'https://hrcenter.us.brightmine.com/news/new-jersey-issues-proposed-pay-transparency-rules/54606/',
        'https://www.theemployerhandbook.com/coming-soon-new-jerseys-pay-transparency-rules-get-specific/',
      ],
      effective: '2025-06-01',
      confidence: 'unconfirmed',
      covers: 'Employers (public employers and employment agencies included) with 10 or more employees over 20 calendar weeks that do business, employ persons or take applications in New Jersey; registered temporary help and consulting firms give the information at interview or hire instead.',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: {},
      notes:
        'Each internal or external posting for a new job or transfer must state the hourly wage or salary, or a range, and a general description of benefits and other compensation programs the hire would be eligible for in the first 12 months; higher pay may be offered later. Department of Labor enforcement, no private right of action: up to $300, then up to $600 per violation (one source reports $1,000 / $5,000 / $10,000, which was the bill before amendment). PROPOSED rules (published 2025-09-15, not adopted, not recorded as a law): employees counted everywhere; "takes applications in New Jersey" means the job is wholly or substantially in New Jersey; ranges need both a minimum and a maximum ("and up" fails); the spread may not exceed 60% of the minimum (e.g. $100,000 to $160,000), except ranges set by collective agreement or law. Unconfirmed: the statute and the proposal were read only through secondary sources.',
    },
  ],
}
