/**
 * California: Labor Code 432.3 in three versions (AB 168's salary-history
 * ban from 2018; SB 1162's pay scale in postings from 2023; SB 642's
 * good-faith definition from 2026) and the Fair Chance Act regulation on
 * job advertisements from 2023-10-01.
 * Sources: jurisdictions.md sections A and D, leginfo, 2 CCR 11017.1.
 */
import type { Jurisdiction } from '../types.js'

const LAB_432_3 = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=432.3'
const PAY_SCALE_COVERS = 'Employers with 15 or more employees, at least one in California, for any job that could be filled by a California resident, including remotely.'
const PAY_SCALE_NOTES =
  'Any job posting must include the pay scale: the salary or hourly wage range the employer reasonably expects to pay; piece-rate or commission jobs show that range. Bonuses, tips and benefits need not be posted, and the scale must be in the posting itself, not behind a link or QR code (Labor Commissioner FAQ per Hunton and Ogletree). A third party posting for the employer must include it. Penalty $100 to $10,000 per violation; none for a first violation if all postings are corrected (432.3). Whether a single exact figure satisfies the law when the rate is fixed is unconfirmed (research notes), so `pay` is `range`. The salary-history ban of AB 168 continues in the same section.'

export const US_CA: Jurisdiction = {
  id: 'US-CA',
  name: 'California',
  kind: 'state',
  parent: 'US',
  laws: [
    {
      id: 'US-CA/lab-432.3-ab168',
      name: 'Salary history ban (AB 168)',
      citation: 'Cal. Lab. Code § 432.3(a)–(b)',
      sources: [LAB_432_3, 'https://nationallawforum.com/2018/02/13/california-ups-the-ante-on-businesses-many-new-labor-and-employment-laws', 'https://www.californiaemploymentlawreport.com/2023/03/californias-requirement-to-publish-pay-scale-in-job-postings/'],
      effective: '2018-01-01',
      confidence: 'confirmed',
      covers: 'All public and private employers.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Employers may not seek an applicant\'s salary history (compensation and benefits) or rely on it; they must give the pay scale on reasonable request. The ban stays in force; SB 1162 (2023) and SB 642 (2026) added the pay-scale duty to the same section, recorded as separate laws here, so a salary-history finding cites this one.',
    },
    {
      id: 'US-CA/sb1162',
      name: 'Pay scale in job postings (SB 1162)',
      citation: 'Cal. Lab. Code § 432.3(c)(3)',
      sources: [
        LAB_432_3,
        'https://ogletree.com/insights-resources/blog-posts/california-labor-agency-posts-faqs-relating-to-new-pay-scale-posting-requirements',
        'https://hunton.sitepilot11.firmseek.com/hunton-employment-labor-perspectives/california-pay-transparency-law-recent-dlse-guidance',
        'https://www.californiaemploymentlawreport.com/2023/03/californias-requirement-to-publish-pay-scale-in-job-postings/',
      ],
      effective: '2023-01-01',
      ends: '2025-12-31',
      confidence: 'confirmed',
      covers: PAY_SCALE_COVERS,
      remoteReach: true,
      requires: { pay: 'range' },
      forbids: { openEndedPay: true, vaguePay: true },
      notes: PAY_SCALE_NOTES,
    },
    {
      id: 'US-CA/fair-chance-act',
      name: 'California Fair Chance Act: job advertisements',
      citation: 'Cal. Gov. Code § 12952; Cal. Code Regs. tit. 2, § 11017.1(a)(2)',
      sources: [
        'https://www.law.cornell.edu/regulations/california/2-CCR-11017.1',
        'https://www.littler.com/publication-press/publication/changes-californias-regulations-regarding-criminal-records-approved',
      ],
      effective: '2023-10-01',
      confidence: 'confirmed',
      covers: 'Employers with 5 or more employees.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { criminalHistory: 'exclusion' },
      notes:
        'Employers may not put statements in job advertisements, postings or applications that no persons with criminal history will be considered, such as "No Felons" or "Must Have Clean Record" (11017.1(a)(2), effective 2023-10-01). Criminal history may not be asked about until a conditional offer, with exceptions for positions where law requires a check. The Fair Chance Act itself (Gov. Code 12952) dates from 2018-01-01.',
    },
    {
      id: 'US-CA/sb642',
      name: 'Pay scale in job postings, as amended by SB 642',
      citation: 'Cal. Lab. Code § 432.3(c)(3)',
      sources: [
        LAB_432_3,
        'https://www.lcwlegal.com/news/sb-642-pay-scale-and-wage-ranges',
        'https://adpinsightsandsolutionsbulletin.com/federal-updates-detail/ArtMID/542/ArticleID/6848/California-Clarifies-Definition-of-Pay-Scale-for-Disclosure-Requirement',
      ],
      effective: '2026-01-01',
      confidence: 'confirmed',
      covers: PAY_SCALE_COVERS,
      remoteReach: true,
      requires: { pay: 'range' },
      forbids: { openEndedPay: true, vaguePay: true },
      notes: `From 2026-01-01 "pay scale" means a good-faith estimate of the salary or hourly wage range the employer reasonably expects to pay upon hire (SB 642, as summarised by LCW and ADP; the amended text itself was read only through these summaries). SB 642 also lengthens the limitation period to three years. ${PAY_SCALE_NOTES}`,
    },
  ],
}
