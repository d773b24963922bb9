/**
 * City of Los Angeles: the Fair Chance Initiative for Hiring Ordinance
 * (LAMC article 189), from 2017-01-22: postings must say applicants with
 * criminal histories will be considered and may not ask about them.
 * Parent is California, not Los Angeles County: the county ordinance covers
 * only unincorporated areas.
 * Sources: jurisdictions.md section D, bca.lacity.gov.
 */
import type { Jurisdiction } from '../types.js'

export const US_CA_LA: Jurisdiction = {
  id: 'US-CA-LA',
  name: 'Los Angeles',
  kind: 'city',
  parent: 'US-CA',
  laws: [
    {
      id: 'US-CA-LA/fciho',
      name: 'Fair Chance Initiative for Hiring Ordinance',
      citation: 'Los Angeles Municipal Code article 189',
      sources: [
        'https://bca.lacity.gov/index.php/fair-chance',
        'https://bca.lacity.org/fair-chance',
        'https://www.mondaq.com/unitedstates/x/557216/Discrimination+Disability+Sexual+Harassment/City+of+Los+Angeles+Adopts+Fair+Chance+Hiring+Ordinance',
        'https://roadmap.rootandrebound.org/employment/employment-appendix/la-fair-chance-initiative-for-hiring/',
      ],
      effective: '2017-01-22',
      confidence: 'unconfirmed',
      covers: 'Employers with 10 or more employees located or doing business in the city, for work of at least two hours a week on average in the city.',
      remoteReach: 'unclear',
      requires: { fairChanceStatement: true },
      forbids: { criminalHistory: 'exclusion' },
      notes:
        'Job applications and postings may not include inquiries into criminal history, which may be asked about only after a conditional offer (Bureau of Contract Administration). All solicitations and advertisements must state that the employer will consider qualified applicants with criminal histories in a manner consistent with the ordinance (research notes, backgroundchecks.com; the wording of LAMC 189 itself was not read, hence unconfirmed). Penalties up to $2,000 (research notes).',
    },
  ],
}
