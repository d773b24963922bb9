/**
 * San Francisco: the Fair Chance Ordinance (Police Code article 49), which
 * requires job ads to say applicants with arrest and conviction records
 * will be considered: from 2014-08-13 for employers with 20 or more
 * employees, from 2018-10-01 for employers with 5 or more.
 * Sources: jurisdictions.md section D, sfgov.org OLSE.
 */
import type { Jurisdiction } from '../types.js'

const STATEMENT =
  'Employers must state in all job solicitations and ads that qualified applicants with arrest and conviction records will be considered in a manner consistent with the ordinance, may not ask about records on an application or before a conditional offer, and may not post blanket bans ("no felons"); they may never consider certain records (non-conviction arrests, diversion, dismissed or juvenile convictions, convictions over 7 years old). Covers work of at least eight hours a week in San Francisco.'

export const US_CA_SF: Jurisdiction = {
  id: 'US-CA-SF',
  name: 'San Francisco',
  kind: 'city',
  parent: 'US-CA',
  laws: [
    {
      id: 'US-CA-SF/fco-2014',
      name: 'Fair Chance Ordinance (2014 text)',
      citation: 'San Francisco Police Code article 49',
      sources: ['https://sfgov.org/olse/fair-chance-ordinance-fco', 'https://roadmap.rootandrebound.org/employment/employment-appendix/san-francisco-fair-chance-ordinance'],
      effective: '2014-08-13',
      ends: '2018-09-30',
      confidence: 'confirmed',
      covers: 'Employers with 20 or more employees worldwide, located or doing business in San Francisco, and City contractors.',
      remoteReach: 'unclear',
      requires: { fairChanceStatement: true },
      forbids: { criminalHistory: 'exclusion' },
      notes: `${STATEMENT} Replaced by the 2018 amendment (5 or more employees) on 2018-10-01.`,
    },
    {
      id: 'US-CA-SF/fco',
      name: 'Fair Chance Ordinance, as amended in 2018',
      citation: 'San Francisco Police Code article 49',
      sources: [
        'https://sfgov.org/olse/fair-chance-ordinance-fco',
        'https://sf.gov/node/5077',
        'https://employerschoicescreening.com/news/legal-alerts/san-francisco-fair-chance-ordinance/',
      ],
      effective: '2018-10-01',
      confidence: 'confirmed',
      covers: 'Employers with 5 or more employees worldwide, and City contractors, subcontractors and leaseholders.',
      remoteReach: 'unclear',
      requires: { fairChanceStatement: true },
      forbids: { criminalHistory: 'exclusion' },
      notes: `${STATEMENT} Enforced by the Office of Labor Standards Enforcement.`,
    },
  ],
}
