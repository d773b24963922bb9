/**
 * Cleveland, Ohio: Ordinance 104-2025 (Codified Ordinances chapter 669),
 * salary range or scale in postings and a salary-history ban, from
 * 2025-10-27.
 * Sources: jurisdictions.md section A and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const US_OH_CLEVELAND: Jurisdiction = {
  id: 'US-OH-CLEVELAND',
  name: 'Cleveland',
  kind: 'city',
  parent: 'US-OH',
  laws: [
    {
      id: 'US-OH-CLEVELAND/ord-104-2025',
      name: 'Unlawful Discriminatory Salary Practices (Ordinance 104-2025)',
      citation: 'Cleveland Codified Ordinances chapter 669 (Ord. 104-2025)',
      sources: [
        'https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html',
        'https://www.shrm.org/in/topics-tools/employment-law-compliance/cleveland-to-prohibit-salary-inquiries-require-salary-ranges',
        'https://www.jdsupra.com/legalnews/what-employers-need-to-know-about-5883433',
        'https://employmentlawquarterly.blogspot.com/2025/04/leveling-paying-field-cleveland.html',
      ],
      effective: '2025-10-27',
      confidence: 'unconfirmed',
      covers: 'Private employers with 15 or more employees in Cleveland (and the City itself) and agencies acting for them, for jobs performed within the city whose applications are solicited, received, processed or considered there.',
      remoteReach: false,
      requires: { pay: 'range' },
      forbids: { vaguePay: true, salaryHistory: true },
      notes:
        'Every notification, advertisement or formal posting must include the salary range or scale; "salary" includes wages, commissions, hourly earnings, other monetary earnings and benefits. Employers may not ask about, screen on, or rely solely on salary history; expectations may be discussed. Exempt: internal transfers and promotions, rehires, positions under collective agreements. Fair Employment Wage Board enforcement; $1,000 to $5,000 (third violation in five years). One source gives 2025-10-25 as the effective date; most give 2025-10-27. Unconfirmed: the ordinance was read only through summaries.',
    },
  ],
}
