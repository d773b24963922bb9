/**
 * Canada, federal level: the Canadian Human Rights Act, which binds
 * federally regulated employers (the federal public service, banks,
 * airlines, telecoms, interprovincial transport). Section 8 makes it a
 * discriminatory practice to publish a job advertisement that expresses or
 * implies a limitation, specification or preference based on a prohibited
 * ground. No federal law asks a posting to show pay.
 * Sources: the Act (laws-lois.justice.gc.ca), secondary summaries.
 */
import type { Jurisdiction } from '../types.js'

export const CA: Jurisdiction = {
  id: 'CA',
  name: 'Canada',
  kind: 'country',
  laws: [
    {
      id: 'CA/chra-s8',
      name: 'Canadian Human Rights Act, section 8 (discriminatory advertisements and inquiries)',
      citation: 'Canadian Human Rights Act, R.S.C. 1985, c. H-6, ss. 3, 8',
      sources: [
        'https://laws-lois.justice.gc.ca/eng/acts/h-6/page-1.html',
        'https://thekolemangroupscreen.com/canada/canada_privacy',
      ],
      effective: '1985-12-12',
      confidence: 'unconfirmed',
      covers: 'Employers under federal jurisdiction: federal departments and agencies, Crown corporations, banks, airlines, railways, telecommunications and interprovincial transport. Provincially regulated employers answer to their province\'s human rights code instead.',
      remoteReach: 'unclear',
      binds: 'national-government',
      requires: {},
      forbids: {
        agePreference: true,
        protectedPreference: ['race', 'color', 'nationalOrigin', 'religion', 'sex', 'sexualOrientation', 'genderIdentity', 'maritalStatus', 'familyStatus', 'disability', 'pregnancy'],
      },
      notes:
        'Section 8: it is a discriminatory practice, in connection with employment or prospective employment, to publish an advertisement or make a written or oral inquiry that expresses or implies a limitation, specification or preference based on a prohibited ground (section 3: race, national or ethnic origin, colour, religion, age, sex, sexual orientation, gender identity or expression, marital status, family status, genetic characteristics, disability, pardoned conviction). A bona fide occupational requirement is a defence (s. 15). Unconfirmed: the statute text was not read here; the wording is from secondary summaries. The effective date is that of the Revised Statutes of Canada, 1985; the Act itself dates from 1977.',
    },
  ],
}
