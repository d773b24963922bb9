/**
 * New York City: Human Rights Law rules for job advertisements: the Fair
 * Chance Act (2015, no criminal-history mention before an offer), the
 * salary-history ban (2017) and the minimum-and-maximum salary rule
 * (Local Laws 32 and 59 of 2022, from 2022-11-01).
 * Sources: jurisdictions.md sections A and D, legistar.council.nyc.gov, nyc.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_NY_NYC: Jurisdiction = {
  id: 'US-NY-NYC',
  name: 'New York City',
  kind: 'city',
  parent: 'US-NY',
  laws: [
    {
      id: 'US-NY-NYC/fair-chance-act',
      name: 'Fair Chance Act',
      citation: 'N.Y.C. Admin. Code § 8-107 (Local Law 63 of 2015)',
      sources: [
        'https://www.nyc.gov/FairChanceNYC',
        'https://readkong.com/page/nyc-commission-on-human-rights-legal-enforcement-guidance-1236695',
        'https://pospislaw.com/blog/2017/11/16/nyc-commission-on-human-rights-files-complaints-against-several-companies-for-violating-the-fair-chance-act',
      ],
      effective: '2015-10-27',
      confidence: 'confirmed',
      covers: 'Public and private employers with 4 or more employees, employment agencies and labor organizations.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { criminalHistory: 'any' },
      notes:
        'Job postings, applications and interviews may not include inquiries into or statements about criminal history before a conditional offer (nyc.gov). The Commission\'s guidance heading is "Solicitations, Advertisements, and Publications for Employment Cannot Mention Criminal History", which the research notes read as covering even "background check required". Penalties under the Human Rights Law.',
    },
    {
      id: 'US-NY-NYC/salary-history',
      name: 'Salary history ban',
      citation: 'N.Y.C. Admin. Code § 8-107(25) (Local Law 67 of 2017)',
      sources: [
        'https://legistar.council.nyc.gov/LegislationDetail.aspx?GUID=938399E5-6608-42F5-9C83-9D2665D9496F&ID=2813507',
        'https://www.lexology.com/library/detail.aspx?g=8b7c5db3-7512-4e5c-a16d-1795fe8b95d7',
        'https://www.jacksonlewis.com/publication/nyc-enacts-new-law-limiting-prospective-employers-ability-obtain-and-use-salary-history',
      ],
      effective: '2017-10-31',
      confidence: 'confirmed',
      covers: 'All employers and employment agencies in New York City, of any size.',
      remoteReach: 'unclear',
      requires: {},
      forbids: { salaryHistory: true },
      notes: 'Int. 1253-A adds subdivision 25: it is unlawful to inquire about an applicant\'s salary history (current or prior wage, benefits or other compensation) or rely on it; discussing salary expectations and stating the position\'s range remain allowed. Effective 180 days after signing on 2017-05-04 (secondary sources).',
    },
    {
      id: 'US-NY-NYC/salary-transparency',
      name: 'Salary transparency in job advertisements (Local Laws 32 and 59 of 2022)',
      citation: 'N.Y.C. Admin. Code § 8-107(32)',
      sources: [
        'https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=5528005&GUID=4544EE38-4659-44F6-9092-19D965A680AE&Options=ID%7CText%7C&Search=',
        'https://pospislaw.com/blog/2022/02/28/new-nyc-law-to-require-disclosure-of-minimum-maximum-salary-range',
        'https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1247510/new-york-city-pay-transparency-law-now-in-effect',
        'https://www.theemployerreport.com/2022/03/more-transparency-on-pay-transparency-for-new-york-city-employers/',
      ],
      effective: '2022-11-01',
      confidence: 'confirmed',
      covers: 'Employers with 4 or more employees (or one domestic worker), at least one working in New York City, and employment agencies of any size; temporary help firms recruiting for their pool are exempt.',
      remoteReach: true,
      requires: { pay: 'range' },
      forbids: { openEndedPay: true },
      notes:
        'Advertising a job, promotion or transfer opportunity without stating the minimum and maximum salary is an unlawful discriminatory practice; the range runs from the lowest to the highest salary the employer in good faith believes it would pay (8-107(32)). Local Law 59 (Int. 134-A) limits it to positions performed at least in part in the City, covers hourly and annual pay, sets a first-violation penalty of $0 if cured within 30 days and moved the effective date to 2022-11-01; later violations up to $125,000 ($250,000 if willful, research notes). Fully remote roles that could be done from the City are covered (Commission fact sheet per The Employer Report). Open-ended ranges ("$15 per hour and up", "maximum $50,000 per year") do not comply. Note: the Commission\'s fact sheet, as reported by Mondaq, says minimum and maximum may be identical when there is no flexibility ("$20 per hour"); the research notes keep that unconfirmed, so `pay` is `range`. Benefits and other compensation are not required.',
    },
  ],
}
