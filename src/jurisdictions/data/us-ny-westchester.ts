/**
 * Westchester County, New York: the Human Rights Law amendment requiring
 * minimum and maximum salary in job postings (County Laws 700.03), from
 * 2022-11-06.
 * Sources: jurisdictions.md section A, humanrights.westchestergov.com.
 */
import type { Jurisdiction } from '../types.js'

export const US_NY_WESTCHESTER: Jurisdiction = {
  id: 'US-NY-WESTCHESTER',
  name: 'Westchester County',
  kind: 'county',
  parent: 'US-NY',
  laws: [
    {
      id: 'US-NY-WESTCHESTER/salary-transparency',
      name: 'Westchester County Human Rights Law: salary transparency',
      citation: 'Laws of Westchester County § 700.03',
      sources: [
        'https://humanrights.westchestergov.com/salary-transparency-amendment',
        'https://www.workforcebulletin.com/fall-back-westchesters-pay-transparency-law-takes-effect-on-november-6-2022',
        'https://www.pmphr.com/post/westchester-county-requires-pay-information-in-job-postings',
      ],
      effective: '2022-11-06',
      confidence: 'confirmed',
      covers: 'Employers with 4 or more employees, labor organizations and employment agencies, for positions performed in whole or in part in Westchester County, in an office, in the field or remotely; temporary help firms recruiting for their pool are exempt.',
      remoteReach: true,
      requires: { pay: 'range' },
      forbids: {},
      notes:
        'Postings for a job, promotion or transfer must include the minimum and maximum salary (base annual salary or hourly rate) the employer in good faith believes it would pay; other compensation and benefits are optional; general "help wanted" signs are excluded (County Human Rights Commission). The four-employee threshold excludes independent contractors and owners (Epstein Becker). Remedies under the county Human Rights Law, civil penalties up to $250,000 if willful. Whether min = max passes is unconfirmed (research notes).',
    },
  ],
}
