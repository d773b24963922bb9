/**
 * Columbus, Ohio: Chapter 2335 of the City Code: the salary-history ban
 * (from 2024-03-01) and, from Ordinance 2898-2025, a reasonable salary
 * range or scale in postings (in effect 2025-12-03, enforced from
 * 2027-01-01; recorded from the enforcement date).
 * Sources: jurisdictions.md section A, columbus.legistar.com.
 */
import type { Jurisdiction } from '../types.js'

const COVERS = 'Employers with 15 or more employees within the City of Columbus and agencies acting for them, for positions performed in the city.'

export const US_OH_COLUMBUS: Jurisdiction = {
  id: 'US-OH-COLUMBUS',
  name: 'Columbus',
  kind: 'city',
  parent: 'US-OH',
  laws: [
    {
      id: 'US-OH-COLUMBUS/salary-history',
      name: 'Salary history ban',
      citation: 'Columbus City Code chapter 2335',
      sources: [
        'https://www.constructionlawinsights.com/2026/01/columbus-joins-other-ohio-cities-in-adopting-pay-transparency-ordinance',
        'https://baileycav.com/insight/columbus-passes-pay-transparency-ordinance',
      ],
      effective: '2024-03-01',
      confidence: 'unconfirmed',
      covers: COVERS,
      remoteReach: false,
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not ask applicants or former employers about salary history, search public records for it, screen on it or rely on it. In place since 2024-03-01 per a law-firm summary; unconfirmed.',
    },
    {
      id: 'US-OH-COLUMBUS/ord-2898-2025',
      name: 'Salary transparency in employment postings (Ordinance 2898-2025)',
      citation: 'Columbus City Code chapter 2335 (Ord. 2898-2025)',
      sources: [
        'https://columbus.legistar.com/LegislationDetail.aspx?FullText=1&GUID=777663C2-9A2F-4964-B349-F65508E3A3E3&ID=7781881',
        'https://ogletree.com/insights-resources/blog-posts/columbus-ohio-enacts-new-pay-transparency-ordinance-requiring-salary-ranges-in-job-postings',
        'https://www.workforcebulletin.com/expanded-pay-transparency-requirements-coming-to-columbus-ohio',
      ],
      effective: '2027-01-01',
      confidence: 'confirmed',
      covers: COVERS,
      remoteReach: false,
      requires: { pay: 'range' },
      forbids: {},
      notes:
        'Postings must give a reasonable salary range or scale (wages, commissions, hourly earnings and other monetary earnings); reasonableness weighs budget flexibility, applicants\' experience, variation in duties, growth, cost of living and market research. Postings replicated without the employer\'s consent are excluded. Adopted 2025-11-03 and in effect 2025-12-03, but enforced only from 2027-01-01 (City Council ordinance on the awareness campaign), which is the date recorded here. An unreasonably wide range is the flag; no numeric cap.',
    },
  ],
}
