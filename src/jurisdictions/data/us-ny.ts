/**
 * New York State: Labor Law 194-a's salary-history ban (2020) and 194-b's
 * compensation disclosure in advertisements (2023-09-17).
 * Sources: jurisdictions.md section A, nysenate.gov, assembly.state.ny.us.
 */
import type { Jurisdiction } from '../types.js'

export const US_NY: Jurisdiction = {
  id: 'US-NY',
  name: 'New York',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-NY/labor-194-a',
      name: 'Salary history ban',
      citation: 'N.Y. Labor Law § 194-a',
      sources: [
        'https://assembly.state.ny.us/leg/?default_fld=&bn=S06549&term=2019&Summary=Y&Actions=Y&Text=Y&Committee%26nbspVotes=Y&Floor%26nbspVotes=Y',
        'https://ganfershore.com/perspectives/update-on-recent-employment-legislation/',
        'https://www.employmentlawyernewyork.com/news/latest/salary-history-inquiries.html/amp',
      ],
      effective: '2020-01-06',
      confidence: 'confirmed',
      covers: 'All employers in New York State, for applicants and current employees.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'S6549 (chapter 94 of 2019, signed 2019-07-10) adds 194-a: employers may not seek salary history (compensation and benefits) or rely on it, or retaliate against applicants who decline. Effective date 2020-01-06 per secondary sources.',
    },
    {
      id: 'US-NY/labor-194-b',
      name: 'Mandatory disclosure of compensation or range of compensation',
      citation: 'N.Y. Labor Law § 194-b',
      sources: [
        'https://nysenate.gov/legislation/laws/LAB/194-B',
        'https://nysenate.gov/legislation/bills/2023/S1326',
        'https://bxstier.com/reminder-pay-transparency-law-takes-effect/',
        'https://www.mondaq.com/unitedstates/employee-benefits-compensation/1202280/new-york-passes-bill-requiring-compensation-ranges-in-job-postings',
      ],
      effective: '2023-09-17',
      confidence: 'confirmed',
      covers: 'Employers with 4 or more employees, employment agencies and their agents (temporary help firms excluded), for jobs physically performed at least in part in New York or reporting to a supervisor, office or work site in New York.',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed' },
      forbids: { openEndedPay: true },
      notes:
        'An advertisement must disclose the compensation or a range of compensation (minimum and maximum annual salary or hourly range the employer in good faith believes it will pay) and the job description if one exists; jobs paid solely on commission need a general statement that pay is commission-based (194-b(1)). "Starting at", a midpoint alone or an open-ended figure do not comply (research notes). The 2023 amendment (S1326) narrowed coverage from work that "can or will be performed" in New York to work that "will physically be performed" there, so a fully remote job open to anyone is `unclear`. Enforced by the Department of Labor only: up to $1,000, $2,000, then $3,000 (Mondaq). Draft regulations lapsed (research notes). The job-description duty has no field.',
    },
  ],
}
