/**
 * Massachusetts: the Equal Pay Act's salary-history ban (2018) and the Act
 * relative to salary range transparency (St. 2024, c. 141), whose posting
 * rule applies from 2025-10-29.
 * Sources: jurisdictions.md section A and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US_MA: Jurisdiction = {
  id: 'US-MA',
  name: 'Massachusetts',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-MA/salary-history',
      name: 'An Act to Establish Pay Equity: salary history',
      citation: 'M.G.L. c. 149, § 105A(c)(2)',
      sources: [
        'https://vdocument.in/office-of-the-attorney-general-massgov-equal-pay-act-last-updated-march.html',
        'https://chambers.com/articles/legal-alert-updated-equal-pay-act-effective-july-1',
        'https://dcdclaw.com/2018/06/06/part-iv-restrictions-on-inquiries-by-employers-and-other-important-provisions-of-the-act/',
      ],
      effective: '2018-07-01',
      confidence: 'unconfirmed',
      covers: 'All employers, for employees whose primary place of work is Massachusetts.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not seek or require an applicant\'s wage or salary history before an offer with compensation (Attorney General FAQ, section 7, as copied by a third party). The subsection letter in the citation is unconfirmed.',
    },
    {
      id: 'US-MA/salary-range-transparency',
      name: 'An Act relative to salary range transparency',
      citation: 'M.G.L. c. 149, § 105F (St. 2024, c. 141)',
      sources: [
        'https://www.gtlaw.com/pl/insights/2025/10/massachusetts-pay-transparency-law-takes-effect-on-oct-29-2025',
        'https://www.jacksonlewis.com/insights/massachusetts-pay-transparency-law-takes-effect-october-heres-what-employers-need-do-now',
        'https://www.repjoshcutler.com/post/faqs-on-an-act-relative-to-salary-range-transparency',
        'https://www.content.seyfarth.com/publications/Mass-Peculiarities-2025/164',
      ],
      effective: '2025-10-29',
      confidence: 'unconfirmed',
      covers: 'Public and private employers with 25 or more employees whose primary place of work is Massachusetts (including employees telecommuting to a Massachusetts worksite).',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed' },
      forbids: { vaguePay: true },
      notes:
        'Every posting for a particular and specific position must include the pay range: the annual salary or hourly wage range the employer reasonably and in good faith expects to pay; a fixed salary with no range may be posted as such (sponsor\'s FAQ). Bonuses, commissions and benefits are not required. Absurdly wide ranges fail the good-faith test. Attorney General enforcement only: warning, then up to $500, up to $1,000, then $7,500 to $25,000; postings in a 48-hour batch count as one offense; two-day cure until 2027-10-29 (research notes). Unconfirmed: the Act and the Attorney General\'s FAQ were read only through law-firm summaries.',
    },
  ],
}
