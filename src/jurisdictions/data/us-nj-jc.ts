/**
 * Jersey City, New Jersey: the pay transparency ordinance (Municipal Code
 * 148-4.1), first as Ordinance 22-026 for employers based in the city, then
 * as amended by Ordinance 22-045 for any employer in the city.
 * Sources: jurisdictions.md section A, jerseycitynj.gov.
 */
import type { Jurisdiction } from '../types.js'

const REQUIREMENT =
  'Job postings and advertisements, print or digital, must list the minimum and maximum base salary or hourly wage and the job benefits offered (city page). The range runs from the lowest to the highest salary the employer in good faith believes it would pay. Fine up to $2,000. Whether min = max passes and whether fully remote roles are covered are not stated (research notes; Vensure).'

export const US_NJ_JC: Jurisdiction = {
  id: 'US-NJ-JC',
  name: 'Jersey City',
  kind: 'city',
  parent: 'US-NJ',
  laws: [
    {
      id: 'US-NJ-JC/ord-22-026',
      name: 'Pay transparency ordinance (Ordinance 22-026)',
      citation: 'Jersey City Municipal Code § 148-4.1 (Ord. 22-026)',
      sources: [
        'https://jcitytimes.com/city-council-passes-pay-transparency-ordinance-and-revamps-outdoor-dining-rules-fees/',
        'https://www.vensure.com/employment-law-updates/new-jersey/july-2022-jersey-city-amends-pay-disclosure-requirements/',
      ],
      effective: '2022-04-13',
      ends: '2022-06-14',
      confidence: 'unconfirmed',
      covers: 'Employers with 5 or more employees whose principal place of business is in Jersey City and who advertise in media circulating in the city.',
      remoteReach: 'unclear',
      requires: { pay: 'range', benefits: true },
      forbids: { vaguePay: true },
      notes: `${REQUIREMENT} Dates from Vensure (in effect 2022-04-13; replaced when Ordinance 22-045 passed on 2022-06-15), unconfirmed.`,
    },
    {
      id: 'US-NJ-JC/ord-22-045',
      name: 'Pay transparency ordinance, as amended by Ordinance 22-045',
      citation: 'Jersey City Municipal Code § 148-4.1 (Ord. 22-045)',
      sources: [
        'https://jerseycitynj.gov/cms/One.aspx?pageId=19762610&portalId=6189744',
        'https://www.jerseycitynj.gov/news/paytransparencycampaignlaunched',
        'https://www.vensure.com/employment-law-updates/new-jersey/july-2022-jersey-city-amends-pay-disclosure-requirements/',
      ],
      effective: '2022-06-15',
      confidence: 'confirmed',
      covers: 'Employers, employment agencies and agents with 5 or more employees in Jersey City, independent contractors included.',
      remoteReach: 'unclear',
      requires: { pay: 'range', benefits: true },
      forbids: { vaguePay: true },
      notes: `${REQUIREMENT} Ordinance 22-045 dropped the principal-place-of-business condition; its passage date (2022-06-15, "effective immediately") is from Vensure, not the city.`,
    },
  ],
}
