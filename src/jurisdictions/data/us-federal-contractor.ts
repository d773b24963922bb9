/**
 * The US federal contractor profile: duties that follow from holding a
 * covered federal contract, not from where the job is. Applied when a
 * configuration names the profile (`settings.profiles`). Each law asks the
 * posting's equal-opportunity statement to name a protected category
 * (`requires.eeoCategories`). The laws' `remoteReach` is false on purpose:
 * a remote posting does not make its employer a contractor, and
 * `remoteReach()` does not skip profiles.
 * Sources: jurisdictions.md section C and the pages cited per law.
 */
import type { Jurisdiction } from '../types.js'

export const US_FEDERAL_CONTRACTOR: Jurisdiction = {
  id: 'US-FEDERAL-CONTRACTOR',
  name: 'US federal contractor',
  kind: 'profile',
  parent: 'US',
  laws: [
    {
      id: 'US-FEDERAL-CONTRACTOR/vevraa',
      name: 'Vietnam Era Veterans\' Readjustment Assistance Act equal opportunity clause',
      citation: '38 U.S.C. § 4212; 41 CFR § 60-300.5(a)(13)',
      sources: [
        'https://circaworks.com/ask-the-expert/eeo-disclaimer-statement/',
        'https://legalclarity.org/41-cfr-60-300-5-equal-opportunity-for-protected-veterans',
        'https://www.lexblog.com/2025/04/21/the-executive-order-11246-grace-period-ends-today-april-21-2/',
      ],
      effective: '2014-03-24',
      confidence: 'unconfirmed',
      covers: 'Federal contractors and subcontractors with a covered contract of $150,000 or more.',
      remoteReach: false,
      requires: { eeoCategories: ['protectedVeteran'] },
      forbids: {},
      notes:
        'In all solicitations or advertisements for employees the contractor must state that all qualified applicants will receive consideration for employment without regard to their protected veteran status (wording as quoted by CircaWorks; the eCFR text was not reached). An abbreviation such as "V" is too short (OFCCP FAQ via calginc.org, research notes); at least "veteran" or "vet". Unaffected by EO 14173, which revoked EO 11246 but not this statute (Lexblog, 2025-04-21). Unconfirmed: the effective date recorded is the date commonly given for the current part 60-300 rule (2014-03-24); the clause existed in earlier wording before it; the threshold is from a secondary summary.',
    },
    {
      id: 'US-FEDERAL-CONTRACTOR/section-503',
      name: 'Rehabilitation Act section 503 equal opportunity clause',
      citation: '29 U.S.C. § 793; 41 CFR § 60-741.5',
      sources: [
        'https://www.law.cornell.edu/cfr/text/41/60-741.1',
        'https://circaworks.com/ask-the-expert/eeo-disclaimer-statement/',
        'https://www.mondaq.com/unitedstates/government-contracts-procurement-ppp/1575092/president-trump-ends-affirmative-action-for-government-contractors-under-executive-order-11246',
      ],
      effective: '2014-03-24',
      confidence: 'unconfirmed',
      covers: 'Federal contractors and subcontractors with a covered contract above $10,000 (41 CFR 60-741.1; about $15,000 after inflation adjustment per the research notes).',
      remoteReach: false,
      requires: { eeoCategories: ['disability'] },
      forbids: {},
      notes:
        'Solicitations and advertisements must state that qualified applicants are considered without discrimination on the basis of disability (research notes, from the OFCCP FAQ via calginc.org; the paragraph of 60-741.5 was not read). "D" alone is too short; at least "disability". EO 14173 does not touch section 503 (Mondaq, 2025-01-28). Unconfirmed: exact paragraph wording and the effective date of the current rule (2014-03-24, the date commonly given for the 2013 final rules).',
    },
    {
      id: 'US-FEDERAL-CONTRACTOR/eo-11246',
      name: 'Executive Order 11246 equal opportunity tagline',
      citation: 'Executive Order 11246 § 202(2); 41 CFR § 60-1.41; FAR 52.222-26',
      sources: [
        'https://jjkellercompliancenetwork.com/regsense/subpart-c-ancillary-matters-2670302651',
        'https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-b-other-provisions-relating-to-public-contracts/chapter-60-office-of-federal-contract-compliance-programs-equal-employment-opportunity-department-of-labor/part-60-1-obligations-of-contractors-and-subcontractors/subpart-c-ancillary-matters/section-60-142-notices-to-be-posted',
        'https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1575550/president-trump-signs-executive-order-revoking-equal-employment-opportunity',
        'https://usregs.ai/regulations/2025-02097-ending-illegal-discrimination-and-restoring-merit-based-opportunity',
        'https://www.lexblog.com/2025/04/21/the-executive-order-11246-grace-period-ends-today-april-21-2/',
      ],
      effective: '2015-04-08',
      ends: '2025-01-20',
      confidence: 'unconfirmed',
      covers: 'Federal contractors and subcontractors with contracts over $10,000 (until the revocation).',
      remoteReach: false,
      requires: { eeoCategories: ['race', 'color', 'religion', 'sex', 'sexualOrientation', 'genderIdentity', 'nationalOrigin'] },
      forbids: {},
      notes:
        'Advertisements had to state that all qualified applicants will receive consideration without regard to race, color, religion, sex, sexual orientation, gender identity, or national origin (60-1.41(a); sexual orientation and gender identity added by the rule at 79 FR 72985, 2014-12-09, implementing EO 13672; 2015-04-08 is that rule\'s effective date, not checked here). Revoked by EO 14173 (signed 2025-01-21, 90 FR 8633, FR Doc. 2025-02097). Why `ends` is 2025-01-20: the order revoked EO 11246 on signing and told OFCCP to cease enforcement immediately; its section 3(b)(i) only let contractors "continue to comply with the regulatory scheme in effect on Jan. 20, 2025" for 90 days (to 2025-04-21). That window made compliance optional, not required, so the last day the tagline was required is 2025-01-20, the last day of that regime. From 2025-04-21 contractors were to cease EO 11246 activities altogether; the tagline is optional now, and OFCCP proposed rescinding part 60-1 (2025-07-01, research notes). EO 14173 is in litigation. Unconfirmed: the order\'s text was read as quoted by Mondaq, not in the Federal Register.',
    },
  ],
}
