/**
 * Los Angeles County (unincorporated areas): the Fair Chance Ordinance for
 * Employers, from 2024-09-03: postings state that applicants with records
 * will be considered, may not demand a clean background, and must list
 * any law that bars applicants with certain records.
 * Sources: jurisdictions.md section D, dcba.lacounty.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_CA_LA_COUNTY: Jurisdiction = {
  id: 'US-CA-LA-COUNTY',
  name: 'Los Angeles County',
  kind: 'county',
  parent: 'US-CA',
  laws: [
    {
      id: 'US-CA-LA-COUNTY/fair-chance',
      name: 'Fair Chance Ordinance for Employers',
      citation: 'Los Angeles County Code chapter 8.300 (Ord. 2024-0012)',
      sources: [
        'https://dcba.lacounty.gov/fairchance/',
        'https://careers.bankofamerica.com/en-us/la-fco-for-employers',
        'https://ep.com/legal-and-compliance/los-angeles-county-imposes-fair-chance-ordinance',
        'https://knowledge.dlapiper.com/dlapiperknowledge/globalemploymentlatestdevelopments/2024/Los-Angeles-county-enacts-Fair-Chance-Ordinance-for-unincorporated-areas',
      ],
      effective: '2024-09-03',
      confidence: 'unconfirmed',
      covers: 'Employers with 5 or more employees anywhere, for people working at least two hours a week on average in unincorporated Los Angeles County, including remotely from there.',
      remoteReach: true,
      requires: { fairChanceStatement: true },
      forbids: { criminalHistory: 'exclusion' },
      notes:
        'Postings must state that qualified applicants with arrest or conviction records will be considered in accordance with the County ordinance and the California Fair Chance Act; "No Felons", "No Convictions", "Must Have Clean Background" or "Must Pass Background Check" are barred, while "Background Check Required" is allowed; if a law restricts hiring people with certain records, the posting must name that law. Penalties per aggrieved person up to $5,000, $10,000, then $20,000; private action allowed. The effective date and coverage are confirmed by the County (DCBA); the posting rules come from employer and law-firm summaries, hence unconfirmed. Chapter 8.300 is cited as the poster vendor gives it.',
    },
  ],
}
