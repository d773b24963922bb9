/**
 * Ontario: Part III.1 of the Employment Standards Act, 2000 (Working for
 * Workers Four and Five Acts, 2024) with O. Reg. 476/24, from 2026-01-01:
 * expected pay or a range of at most CAD 50,000 (none needed above
 * CAD 200,000), AI-use and existing-vacancy disclosures, and no
 * Canadian-experience requirement.
 * Sources: jurisdictions.md section B, ontario.ca/laws O. Reg. 476/24.
 */
import type { Jurisdiction } from '../types.js'

export const CA_ON: Jurisdiction = {
  id: 'CA-ON',
  name: 'Ontario',
  kind: 'province',
  parent: 'CA',
  laws: [
    {
      id: 'CA-ON/human-rights-code-s23',
      name: 'Human Rights Code, section 23 (employment advertisements)',
      citation: 'Human Rights Code, R.S.O. 1990, c. H.19, ss. 5, 23(1)',
      sources: [
        'https://www.ontario.ca/laws/statute/90h19',
        'https://www3.ohrc.on.ca/en/iii-principles-and-concepts/3-grounds-discrimination-definitions-and-scope-protection',
      ],
      effective: '1990-12-31',
      confidence: 'unconfirmed',
      covers: 'Provincially regulated employers in Ontario.',
      remoteReach: 'unclear',
      requires: {},
      forbids: {
        agePreference: true,
        protectedPreference: ['race', 'color', 'nationalOrigin', 'religion', 'sex', 'sexualOrientation', 'genderIdentity', 'maritalStatus', 'familyStatus', 'disability', 'pregnancy'],
        citizenshipRequirement: true,
      },
      notes:
        'Section 23(1): equal treatment in employment is infringed by an invitation to apply or an advertisement that directly or indirectly classifies or indicates qualifications by a prohibited ground: race, ancestry, place of origin, colour, ethnic origin, citizenship, creed, sex, sexual orientation, gender identity, gender expression, age, record of offences, marital status, family status or disability (s. 5). Citizenship requirements are allowed where the law requires them (s. 16). Unconfirmed: the statute text was not read here (secondary sources); the effective date is that of the Revised Statutes of Ontario, 1990.',
    },
    {
      id: 'CA-ON/esa-part-iii-1',
      name: 'Employment Standards Act, 2000, Part III.1 (job postings)',
      citation: 'Employment Standards Act, 2000, S.O. 2000, c. 41, Part III.1 (s. 8.1 ff.); O. Reg. 476/24',
      sources: [
        'https://www.ontario.ca/laws/regulation/240476',
        'https://sherrardkuzz.com/newsblast/job-posting-rules-for-ontario-employers-in-force-january-1-2026',
        'https://www.hrpa.ca/hr-insights/navigating-ontarios-new-employment-regulations-key-insights-for-hr-professionals/',
        'https://nortonrosefulbright.com/en-ca/knowledge/publications/f3b6cad0/ontario-updates-rules-on-job-postings-and-more',
      ],
      effective: '2026-01-01',
      confidence: 'confirmed',
      covers: 'Employers with 25 or more employees on the day of posting, for external postings advertised to the general public for work in Ontario (not general recruitment campaigns, help-wanted signs, internal-only postings, or work outside Ontario).',
      remoteReach: 'unclear',
      requires: {
        pay: 'range-or-fixed',
        maxSpread: { amount: 50000, currency: 'CAD', period: 'year', exemptAbove: 200000 },
        aiDisclosure: true,
        vacancyStatus: true,
      },
      forbids: { canadianExperience: true },
      notes:
        'A publicly advertised job posting must include the expected compensation or its range, and a range may not exceed CAD 50,000 a year; postings whose expected pay, or the top of whose range, is above CAD 200,000 a year need not include pay. "Compensation" means wages (salary, bonus, commission and other non-discretionary pay). The posting must say whether artificial intelligence is used to screen, assess or select applicants (AI defined in O. Reg. 476/24 s. 2(1)) and whether it is for an existing vacancy. No Canadian-experience requirement in the posting or any application form. Keep postings for three years; tell interviewed applicants within 45 days whether a hiring decision was made. The exemption below 25 employees and the definitions were read in O. Reg. 476/24; the CAD 50,000 and 200,000 figures were read in Sherrard Kuzz and HRPA summaries of the regulation. Whether a remote job done from Ontario for an out-of-province employer is covered is not stated.',
    },
  ],
}
