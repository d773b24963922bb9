/**
 * Washington: the Equal Pay and Opportunities Act's posting rule in two
 * versions (ESSB 5761 from 2023; SSB 5408 from 2025-07-27, which allows a
 * fixed wage and adds a cure period), its salary-history ban (2019) and
 * the Fair Chance Act's ban on excluding applicants with records (2018).
 * Sources: jurisdictions.md sections A and D, leg.wa.gov, dfi.wa.gov.
 */
import type { Jurisdiction } from '../types.js'

const COVERS = 'Employers with 15 or more employees (L&I: at least one based in Washington), for postings a Washington worker could fill, including remote roles.'

export const US_WA: Jurisdiction = {
  id: 'US-WA',
  name: 'Washington',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-WA/fair-chance-act',
      name: 'Washington Fair Chance Act',
      citation: 'RCW 49.94.010',
      sources: [
        'https://dfi.wa.gov/cs-newsletter/2018/issue3/fair-chance-act.html',
        'https://www.littler.com/publication-press/publication/washington-state-enacts-fair-chance-act',
      ],
      effective: '2018-06-07',
      confidence: 'confirmed',
      covers: 'All employers, public and private, regardless of size.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { criminalHistory: 'exclusion' },
      notes:
        'Employers may not advertise openings in a way that excludes people with criminal records: ads saying "no felons", "no criminal background" or similar are prohibited; no criminal-record questions until the applicant is found otherwise qualified. Attorney General enforcement: notice, then up to $750, then up to $1,000 (2018 text per Littler). A 2025-26 bill amending chapter 49.94 (conditional-offer timing, higher penalties, effective 2026-07-01 / 2027-01-01 per a bill summary) was seen but not confirmed as enacted; the advertising ban is unchanged in it.',
    },
    {
      id: 'US-WA/salary-history',
      name: 'Equal Pay and Opportunities Act: wage or salary history',
      citation: 'RCW 49.58.100 (ESHB 1696, 2019)',
      sources: [
        'https://lawfilesext.leg.wa.gov/biennium/2019-20/htm/Bills/House%20Bills/1696-S.E.htm',
        'https://www.thinkhr.com/blog/washington-employment-law-update-may-2019/',
        'https://mrsc.org/Home/Stay-Informed/MRSC-Insight/July-2019/New-Workplace-Protections-for-Washington-State.aspx',
      ],
      effective: '2019-07-28',
      confidence: 'confirmed',
      covers: 'All employers in Washington, public and private.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'An employer may not seek an applicant\'s wage or salary history or require it to meet criteria; it may confirm history the applicant volunteered or after an offer with compensation. Effective date per secondary sources.',
    },
    {
      id: 'US-WA/epoa-posting-2023',
      name: 'Equal Pay and Opportunities Act: wage scale or salary range in postings (ESSB 5761)',
      citation: 'RCW 49.58.110(1)',
      sources: [
        'https://lawfilesext.leg.wa.gov/biennium/2021-22/Htm/Bills/Session%20Laws/Senate/5761-S.SL.htm',
        'https://fullerpllc.com/2022/05/16/new-requirement-in-wa-include-wage-with-job-posting',
        'https://www.iplawtrends.com/industry-news/comp-and-benefits-info-must-be-included-in-washington-state-job-postings-starting-january-2023',
      ],
      effective: '2023-01-01',
      ends: '2025-07-26',
      confidence: 'confirmed',
      covers: COVERS,
      remoteReach: true,
      requires: { pay: 'range', benefits: true, otherCompensation: true },
      forbids: { openEndedPay: true, vaguePay: true },
      notes:
        'Each posting for each job opening must disclose the wage scale or salary range and a general description of all benefits and other compensation (ESSB 5761). "Posting" covers solicitations for a specific position, direct or through a third party, electronic or printed, that include qualifications. L&I counts employers with 15 or more employees and expects the most reasonable, genuinely expected range; a "no Washington applicants" disclaimer does not remove coverage (research notes). Remedy: actual damages or $5,000, whichever is greater, plus interest (RCW 49.58.060, per Fuller). The text read as requiring a range even for fixed pay until SSB 5408.',
    },
    {
      id: 'US-WA/epoa-posting-2025',
      name: 'Equal Pay and Opportunities Act: wage scale or salary range in postings, as amended by SSB 5408',
      citation: 'RCW 49.58.110(1)',
      sources: [
        'https://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/Bill%20Reports/House/5408-S%20HBR%20APH%2025.htm',
        'https://ogletree.com/insights-resources/blog-posts/washington-governor-signs-bill-making-key-changes-to-equal-pay-and-opportunities-act',
        'https://ogletree.com/insights-resources/blog-posts/washington-state-makes-key-changes-to-amend-equal-pay-and-opportunities-act',
      ],
      effective: '2025-07-27',
      confidence: 'confirmed',
      covers: COVERS,
      remoteReach: true,
      requires: { pay: 'range-or-fixed', benefits: true, otherCompensation: true },
      forbids: { openEndedPay: true, vaguePay: true },
      notes:
        'SSB 5408 (effective 2025-07-27): a fixed pay amount may be listed when only one amount is offered; postings digitally replicated and published without the employer\'s consent are excluded; statutory damages limited to $100 to $5,000 per violation; until 2027-07-27 an employer gets five business days after written notice to correct a posting before penalties (House bill report; Ogletree). Commission or piece-rate pay is stated as such (research notes).',
    },
  ],
}
