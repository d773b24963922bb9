/**
 * Hawaii: the salary-history ban (Act 108 of 2018, from 2019) and the job
 * listing disclosure of Act 203 of 2023 (HRS 378-2.8, from 2024-01-01).
 * Sources: jurisdictions.md section A and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US_HI: Jurisdiction = {
  id: 'US-HI',
  name: 'Hawaii',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-HI/salary-history',
      name: 'Salary history inquiries (Act 108)',
      citation: 'HRS chapter 378, part I (SB 2351, Act 108 of 2018)',
      sources: [
        'https://www.rcuh.com/2018/09/10/act-108-prohibits-employers-from-inquiring-about-job-applicants-salary-history-effective-january-1-2019/',
        'https://www.lawandtheworkplace.com/2018/07/hawaii-enacts-salary-history-inquiry-law/',
        'https://laborrelationscounsel.com/publication-press/publication/hawaii-joins-salary-history-ban-trend',
      ],
      effective: '2019-01-01',
      confidence: 'unconfirmed',
      covers: 'Employers with at least one employee in Hawaii, employment agencies and their agents.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not inquire about an applicant\'s salary history (current or prior wage, benefits or other compensation) or rely on it; expectations may be discussed. Unconfirmed: read in secondary sources; the HRS section number was not read.',
    },
    {
      id: 'US-HI/act-203',
      name: 'Job listing disclosures (Act 203)',
      citation: 'HRS § 378-2.8',
      sources: [
        'https://courtgpt.ai/laws/hawaii/title-21/chapter-378/section-378-2-8',
        'https://www.hecouncil.org/news/2023/08/29/main/preparing-for-2024-how-pay-transparency-and-equal-pay-will-impact-employers',
        'https://www.esandalaw.com/news-and-information/news/employment-earnings-advertising-requirement-signed-into-law/',
      ],
      effective: '2024-01-01',
      confidence: 'unconfirmed',
      covers: 'Employers with 50 or more employees; internal transfers and promotions, and public positions whose pay is set by collective bargaining, are exempt.',
      remoteReach: 'unclear',
      requires: { pay: 'range-or-fixed' },
      forbids: { vaguePay: true },
      notes:
        'Job listings must disclose an hourly rate or salary range that reasonably reflects the actual expected compensation (378-2.8(a), L 2023, c 203, s 2). Read on a third-party copy of the statute, hence unconfirmed; whether the 50 employees are counted in Hawaii only is not stated. Remote reach and penalties unconfirmed (research notes). A 2026 bill (SB 2150) would drop the 50-employee threshold from 2027-01-01; not enacted as far as the sources show.',
    },
  ],
}
