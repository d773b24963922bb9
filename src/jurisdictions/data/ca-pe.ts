/**
 * Prince Edward Island: the Employment Standards Act pay transparency
 * amendments (ss. 5.8 to 5.10), in force 2022-06-01: no pay-history
 * questions, expected pay or range in publicly advertised jobs.
 * Sources: jurisdictions.md section B and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const CA_PE: Jurisdiction = {
  id: 'CA-PE',
  name: 'Prince Edward Island',
  kind: 'province',
  parent: 'CA',
  laws: [
    {
      id: 'CA-PE/esa-pay-transparency',
      name: 'Employment Standards Act: pay transparency',
      citation: 'Employment Standards Act (Prince Edward Island), ss. 5.8-5.10',
      sources: [
        'https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act',
        'https://cphrpei.ca/2022/05/17/employment-standards-act-pay-transparency/',
        'https://www.saltwire.com/prince-edward-island/news/local/green-party-bill-requiring-salary-transparency-on-pei-job-postings-will-come-into-effect-june-1-100733520/',
      ],
      effective: '2022-06-01',
      confidence: 'unconfirmed',
      covers: 'All employers, for publicly advertised external postings for a specific job (not recruitment campaigns, help-wanted signs or internal-only postings).',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed' },
      forbids: { salaryHistory: true },
      notes:
        'Section 5.9: a publicly advertised job posting must include the expected pay or the range of expected pay. Section 5.8: employers may not seek pay history, though applicants may volunteer it and employers may ask about expectations. Section 5.10 bars reprisals. Royal Assent 2021-11-17. Unconfirmed: read through Stewart McKelvey and CPHR PEI; the statute itself was not reached.',
    },
  ],
}
