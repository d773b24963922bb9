/**
 * Great Britain (United Kingdom): no law asks a job advertisement to show
 * pay (the government declined in 2024 and paused its voluntary pilot).
 * The Equality Act 2010 forbids advertisements that discriminate on a
 * protected characteristic: preferences by age, sex, race, religion and the
 * other characteristics, and gendered titles ("waitress").
 * Sources: jurisdictions.md section B and the pages cited.
 */
import type { Jurisdiction } from '../types.js'

export const GB: Jurisdiction = {
  id: 'GB',
  name: 'United Kingdom',
  kind: 'country',
  laws: [
    {
      id: 'GB/equality-act-2010',
      name: 'Equality Act 2010',
      citation: 'Equality Act 2010, c. 15',
      sources: [
        'https://committees.parliament.uk/committee/328/women-and-equalities-committee/news/201631/government-abandons-pay-transparency-pilot/',
        'https://www.parallelparliament.co.uk/question/10863/recruitment-advertising',
        'https://www.mishcon.com/news/publications/quick_guide_to_the_equality_act_2010_download',
        'https://www.eoc.org.uk/the-equality-act/embed/',
      ],
      effective: '2010-10-01',
      confidence: 'unconfirmed',
      covers: 'Employers in England, Wales and Scotland.',
      remoteReach: 'unclear',
      requires: {},
      forbids: {
        agePreference: true,
        protectedPreference: ['sex', 'race', 'color', 'religion', 'nationalOrigin', 'pregnancy', 'maritalStatus', 'disability', 'sexualOrientation', 'genderIdentity'],
        genderedTitles: true,
      },
      notes:
        'No pay-in-advertisement duty: on 2024-02-01 the Minister for Women answered that a legal requirement to publish salary information was not the right course, and in May 2024 the voluntary pay transparency pilot (salary in adverts, no salary-history questions) was paused (Women and Equalities Committee; Parallel Parliament). Advertisements may still discriminate directly or indirectly on age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex or sexual orientation: "young", "waitress", "new graduates" are the research notes\' examples; the EHRC recommends an equal-opportunity statement. Main provisions in force 2010-10-01 (secondary sources). Unconfirmed: legislation.gov.uk was not reached.',
    },
  ],
}
