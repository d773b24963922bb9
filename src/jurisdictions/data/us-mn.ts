/**
 * Minnesota: the Human Rights Act's pay-history ban (2024-01-01) and the
 * 2024 labor policy law's starting salary range and benefits rule for job
 * postings (Minn. Stat. 181.173, 2025-01-01).
 * Sources: jurisdictions.md section A, revisor.mn.gov, house.mn.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_MN: Jurisdiction = {
  id: 'US-MN',
  name: 'Minnesota',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-MN/pay-history',
      name: 'Minnesota Human Rights Act: pay history',
      citation: 'Minn. Stat. § 363A.08, subd. 8',
      sources: [
        'https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1476156/inquiries-into-pay-history-prohibited',
        'https://www.bassford.com/news/legal-foundations-dont-show-me-the-money',
      ],
      effective: '2024-01-01',
      confidence: 'unconfirmed',
      covers: 'Employers, employment agencies and labor organizations in Minnesota.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not inquire into, consider or require disclosure of an applicant\'s pay history to set pay; voluntarily disclosed history may support a higher offer. Unconfirmed: read in secondary summaries quoting the statute.',
    },
    {
      id: 'US-MN/pay-transparency',
      name: 'Pay transparency in job postings',
      citation: 'Minn. Stat. § 181.173 (Laws 2024, ch. 110)',
      sources: [
        'https://www.revisor.mn.gov/laws/2024/0/Session+Law/Chapter/110/',
        'https://house.mn.gov/NewLaws/story/2024/5581',
        'https://stinson.com/newsroom-publications-minnesota-pay-transparency-signed-into-law',
        'https://gtlaw.com/en/insights/2024/6/minnesota-passes-new-job-posting-transparency-law',
      ],
      effective: '2025-01-01',
      confidence: 'confirmed',
      covers: 'Employers with 30 or more employees at one or more sites in Minnesota.',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: { openEndedPay: true },
      notes:
        'From 2025-01-01 each posting must disclose the starting salary range or a fixed pay rate and a general description of all benefits and other compensation, including health and retirement benefits (chapter 110 as summarised by the House; the section text was read through secondary sources). A salary range is the employer\'s good-faith minimum and maximum annual salary or hourly range and may not be open-ended; the 30-employee threshold and the open-ended ban come from Stinson and Greenberg Traurig. Remote reach and penalties are unconfirmed (research notes).',
    },
  ],
}
