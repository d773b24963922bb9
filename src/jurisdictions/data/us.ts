/**
 * United States, federal level: what any US job posting may not say. No
 * federal law asks a posting to show pay, so these laws require nothing
 * (`requires: {}`); `forbids` names the wording they forbid (age, sex,
 * race, religion, national-origin and citizenship preferences, gendered
 * titles), and `notes` the phrases the regulators cite. Federal
 * contractors' extra duties live in the `US-FEDERAL-CONTRACTOR` profile.
 * Sources: jurisdictions.md section C and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US: Jurisdiction = {
  id: 'US',
  name: 'United States',
  kind: 'country',
  laws: [
    {
      id: 'US/title-vii-704b',
      name: 'Title VII of the Civil Rights Act of 1964, section 704(b)',
      citation: '42 U.S.C. § 2000e-3(b); 29 CFR § 1604.5',
      sources: [
        'https://lexbuild.dev/ecfr/title-29/chapter-XIV/part-1604/section-1604.5',
        'https://www.foley.com/en/insights/publications/2015/02/seek-recent-graduates-for-a-job-opening-risk-a-law',
      ],
      effective: '1965-07-02',
      confidence: 'confirmed',
      covers: 'Employers with 15 or more employees, employment agencies and labor organizations.',
      remoteReach: true,
      requires: {},
      forbids: { protectedPreference: ['race', 'color', 'religion', 'sex', 'pregnancy', 'nationalOrigin'], genderedTitles: true },
      notes:
        'A notice or advertisement may not indicate a preference, limitation, specification or discrimination based on race, color, religion, sex or national origin unless it is a bona fide occupational qualification ("salesman", "female only"). 29 CFR 1604.5 (EEOC, 37 FR 6836, 1972) states this for sex and was read in an eCFR copy; the statute text itself was not read. `forbids.protectedPreference` and `forbids.genderedTitles` model it. Effective date: Title VII took effect one year after enactment (1964-07-02); not checked against the statute here.',
    },
    {
      id: 'US/adea-1625-4',
      name: 'Age Discrimination in Employment Act: help wanted notices or advertisements',
      citation: '29 U.S.C. § 623(e); 29 CFR § 1625.4',
      sources: [
        'https://regulations.justia.com/regulations/fedreg/2007/07/06/E7-13051.html',
        'https://getpocketlaw.com/law/cfr_29/section-1625-4-help-wanted-notices-or-advertisements_2d88cc863437',
        'https://www.foley.com/en/insights/publications/2015/02/seek-recent-graduates-for-a-job-opening-risk-a-law',
      ],
      effective: '1968-06-12',
      confidence: 'confirmed',
      covers: 'Employers with 20 or more employees, employment agencies and labor organizations; protects people aged 40 and over.',
      remoteReach: true,
      requires: {},
      forbids: { agePreference: true },
      notes:
        'Notices may not contain terms that limit or deter older applicants: "age 25 to 35", "young", "college student", "recent college graduate", "boy", "girl" and the like violate the Act unless a statutory exception applies; preferences for older people ("over age 60", "retirees") are allowed (1625.4(a), wording of 72 FR 36875, 2007-07-06). Asking applicants to state their age is not itself a violation but is closely scrutinized (1625.4(b)), so `forbids.ageQuestions` is deliberately not set; Colorado\'s JAFA is the law that bans age questions. "Digital native" and graduation-year limits are risks named by secondary sources, not the rule. Effective date: the ADEA took effect 180 days after its enactment on 1967-12-15; not checked against the statute here.',
    },
    {
      id: 'US/ina-274b',
      name: 'Immigration and Nationality Act, section 274B (unfair immigration-related employment practices)',
      citation: '8 U.S.C. § 1324b',
      sources: [
        'https://www.justice.gov/sites/default/files/crt/legacy/2012/02/09/154.pdf',
        'https://www.justice.gov/sites/default/files/crt/legacy/2013/04/12/165.pdf',
        'https://careerservices.erau.edu/employers/department-justice/',
        'https://natlawreview.com/article/may-employers-require-job-applicants-to-be-only-us-citizens-or-lawf',
      ],
      effective: '1986-11-06',
      confidence: 'confirmed',
      covers: 'Employers with more than three employees (citizenship-status discrimination in hiring, firing, and recruitment or referral for a fee).',
      remoteReach: true,
      requires: {},
      forbids: { citizenshipRequirement: true },
      notes:
        'Citizenship-status discrimination in recruitment is unlawful unless citizenship is required by law, regulation, executive order or government contract (DOJ letters, 2012 and 2013). DOJ\'s best-practice list tells employers to avoid "Only U.S. Citizens", "Citizenship requirement", "Only U.S. Citizens or Green Card Holders", "H-1Bs Only", "Must have a U.S. Passport", "Must have a green card" in postings. Statements about visa sponsorship are a separate question. `forbids.citizenshipRequirement` models it. Effective date: enactment of the Immigration Reform and Control Act of 1986 (1986-11-06), which added section 274B; not checked against the statute here.',
    },
  ],
}
