/**
 * British Columbia: the Pay Transparency Act (S.B.C. 2023, c. 18): the ban
 * on seeking pay history (in force 2023-05-11) and the expected pay or pay
 * range in publicly advertised jobs (section 2, from 2023-11-01).
 * Sources: jurisdictions.md section B and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const CA_BC: Jurisdiction = {
  id: 'CA-BC',
  name: 'British Columbia',
  kind: 'province',
  parent: 'CA',
  laws: [
    {
      id: 'CA-BC/pay-history',
      name: 'Pay Transparency Act: pay history information',
      citation: 'Pay Transparency Act, S.B.C. 2023, c. 18 (pay history provision)',
      sources: [
        'https://www.lexology.com/library/detail.aspx?g=85ad4def-f794-4fa2-9006-9d5d98b90bdd',
        'https://bctrucking.com/bulletin/2023/10/26/pay-transparency-act-bc-employers-must-include-pay-job-postings-nov-1',
        'https://mathewsdinsdale.com/the-bc-government-introduces-a-new-legislation-to-help-close-the-gender-wage-gap',
      ],
      effective: '2023-05-11',
      confidence: 'unconfirmed',
      covers: 'All employers in British Columbia, public and private.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not seek pay history information about an applicant, directly or through a third party, unless it is publicly accessible; pay already known from earlier employment with the same employer may be used. In force on Royal Assent, 2023-05-11 (Lexology). Its section number (possibly s. 3) was not confirmed; bclaws.gov.bc.ca was not reached.',
    },
    {
      id: 'CA-BC/pay-transparency-act-s2',
      name: 'Pay Transparency Act: wage or salary information in job postings',
      citation: 'Pay Transparency Act, S.B.C. 2023, c. 18, s. 2',
      sources: [
        'https://laborrelationscounsel.com/es/node/613831',
        'https://www.labourandemploymentlaw.com/tag/pay-transparency-act/',
        'https://cassels.com/insights/bc-employers-must-include-pay-in-job-postings-from-november-1-2023/',
        'https://mltaikins.com/labour-employment/british-columbia-announces-pay-transparency-requirements',
      ],
      effective: '2023-11-01',
      confidence: 'unconfirmed',
      covers: 'All employers, for publicly advertised specific job opportunities open to British Columbia residents, in person or remote, including jobs advertised elsewhere and postings by third parties.',
      remoteReach: true,
      requires: { pay: 'range-or-fixed' },
      forbids: { openEndedPay: true },
      notes:
        'Publicly advertised jobs must state the expected wage or salary or the expected range: "$20 per hour", "$20-$30 per hour", "$40,000 - $60,000 per year" comply; "$20 per hour and up" and "up to $30 per hour" do not. Only base pay is required; bonuses, overtime, tips and benefits are optional. The range width is at the employer\'s discretion (no cap). General recruitment campaigns and "help wanted" signs are excluded. Source: the Province\'s Guidance on wage or salary information on job postings (October 2023) as reported by Ogletree and Cassels; the Act and guidance were not read directly, hence unconfirmed.',
    },
  ],
}
