import { RuleTester } from '../../src/rule-tester.js'
import type { Settings } from '../../src/types.js'
import rule from '../../rules/no-criminal-history-screen.js'

// The as-of date is always set, so the laws in force do not change with the calendar.
const AS_OF = '2026-11-27'
const at = (jurisdictions: string[], asOf = AS_OF): Settings => ({ jurisdictions, asOf })
const nowhere: Settings = { asOf: AS_OF }

// How the messages cite each law (jurisdiction: name (citation)).
const NYC = 'New York City: Fair Chance Act (N.Y.C. Admin. Code § 8-107 (Local Law 63 of 2015))'
const PHL = 'Philadelphia: Fair Criminal Record Screening Standards (Philadelphia Code chapter 9-3500 (Bill 150815)) [unconfirmed]'
const CA = 'California: California Fair Chance Act: job advertisements (Cal. Gov. Code § 12952; Cal. Code Regs. tit. 2, § 11017.1(a)(2))'
const WA = 'Washington: Washington Fair Chance Act (RCW 49.94.010)'
const PLACES = 'California, Washington, Los Angeles and 4 other places'

const FEDERAL = '# IT Specialist (GS-2210-13)\n\nApply on USAJOBS. Open to U.S. citizens or nationals.\n\n'

new RuleTester({ settings: nowhere }).run('no-criminal-history-screen', rule, {
  valid: [
    // --- softer wording, where no law bans every mention ---
    'Offers are contingent on a background check.',
    'A background investigation is part of the hiring process.',
    'Employment is contingent upon successfully passing a background check.',
    'Background check required.',
    'This position is subject to a background check after a conditional offer.',
    { name: 'California allows a check after the offer', code: 'Any offer is conditional on a background check.', settings: at(['US-CA']) },
    // --- fair-chance and equal-opportunity statements ---
    { name: 'NYC: a fair-chance statement', code: 'We will consider qualified applicants with criminal histories in a manner consistent with the NYC Fair Chance Act.', settings: at(['US-NY-NYC']) },
    { name: 'LA: an ordinance statement', code: 'Qualified applicants with arrest and conviction records will be considered for employment in accordance with the Los Angeles Fair Chance Initiative for Hiring Ordinance.', settings: at(['US-CA-LA']) },
    { name: 'NYC: arrest or conviction record in an EEO statement', code: 'Acme is an equal opportunity employer and does not discriminate based on race, color, religion, sex, national origin, disability, arrest or conviction record.', settings: at(['US-NY-NYC']) },
    'A criminal record does not automatically disqualify you.',
    'Felony convictions will not automatically disqualify an applicant.',
    'Applicants with criminal records are encouraged to apply.',
    'A conviction is not an automatic bar to employment; we review each case individually and case by case.',
    // --- negations ---
    'We do not require a clean criminal record.',
    "You don't need to pass a background check for this role.",
    'We never ask for a clean record.',
    'No criminal history questions appear on our application.',
    { name: 'a statement about the process', code: 'We run no criminal record checks.', settings: at(['US-CA']) },
    'You will pass background information to the hiring manager.',
    'Candidates with a clear background in accounting are preferred.',
    'Shoot product photos on a clean background.',
    'We keep a clean git history.',
    // --- driving records ---
    "Valid driver's license with a clean record required.",
    'Must have a clean driving record and a valid license.',
    'No convictions for DUI in the last five years; a valid CDL is required.',
    // --- checks required by law ---
    'Must be able to pass a background investigation for a Secret security clearance.',
    'Must pass a background check as required by state law for work with children.',
    { name: 'a legal requirement keeps even an "any" jurisdiction quiet', code: 'Must pass a fingerprint-based background check required by state law for licensing.', settings: at(['US-NY-NYC']) },
    { name: 'a security section', code: '## Security clearance\n\nYou must pass a background investigation.', settings: nowhere },
    // --- federal jobs: investigations required by law ---
    { name: 'federal: public trust', code: `${FEDERAL}Public trust. Background investigation required.` },
    { name: 'federal: subject to background check', code: `${FEDERAL}Subject to background check.` },
    { name: 'federal: undergo and pass', code: `${FEDERAL}- Undergo and pass a background investigation.\n- Suitable for federal employment, determined by a background investigation.` },
    { name: 'federal in NYC: national law only', code: `${FEDERAL}Location: New York, NY\n\nSubject to background check. Must pass a background investigation.` },
    // --- other senses ---
    'We bring strong convictions about design and a criminal lack of meetings to our work.',
    'Nous avons la conviction que les services fédéraux devraient être faciles à utiliser.',
    'You will analyze criminal history data for the state court system.',
    'The background of this role: we are rebuilding our checkout.',
    { name: 'NYC: an HR duty', code: '- Coordinate background checks and onboarding for new hires', settings: at(['US-NY-NYC']) },
    { name: 'NYC: a duty with the applicant as the doer', code: 'You will conduct background checks on vendors.', settings: at(['US-NY-NYC']) },
    { name: 'Philadelphia: a subject of the work', code: 'You will build our background check software and maintain criminal records systems.', settings: at(['US-PA-PHL']) },
    { name: 'Philadelphia: criminal justice work', code: 'Our clients are people with criminal records who need legal help.', settings: at(['US-PA-PHL']) },
  ],
  invalid: [
    // --- blanket exclusions: the laws in force are named ---
    { name: 'California: "No felons"', code: 'No felons.', settings: at(['US-CA']), errors: [{ messageId: 'exclusion', data: { text: 'No felons', laws: CA }, line: 1, column: 1, endColumn: 10 }] },
    { name: 'California: "Must have clean record"', code: 'Must have clean record.', settings: at(['US-CA']), errors: [{ messageId: 'exclusion', data: { text: 'clean record', laws: CA } }] },
    { name: 'Washington: "no criminal background"', code: 'Applicants must have no criminal background.', settings: at(['US-WA']), errors: [{ messageId: 'exclusion', data: { text: 'must have no criminal', laws: WA } }] },
    { name: 'NYC: an exclusion names the Fair Chance Act', code: 'Clean criminal record required.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'exclusion', data: { text: 'Clean criminal record', laws: NYC } }] },
    { name: 'the location line brings the law in', code: '# Driver\n\nLocation: Seattle, WA\n\nNo felony convictions.', errors: [{ messageId: 'exclusion', data: { text: 'No felony convictions', laws: WA }, line: 5, column: 1 }] },
    // --- no law known: where exclusions are banned ---
    { name: 'no jurisdiction: "must pass a background check"', code: 'Candidates must pass a background check.', errors: [{ messageId: 'exclusionBanned', data: { text: 'pass a background check', places: PLACES } }] },
    { name: '"must be able to pass a criminal background check"', code: 'Must be able to pass a criminal background check.', errors: [{ messageId: 'exclusionBanned', data: { text: 'pass a criminal background check', places: PLACES } }] },
    { name: '"Must have a clean background"', code: 'Must have a clean background.', errors: [{ messageId: 'exclusionBanned', data: { text: 'clean background', places: PLACES } }] },
    { name: '"no criminal history"', code: 'Requirements: no criminal history.', errors: [{ messageId: 'exclusionBanned', data: { text: 'no criminal history', places: PLACES } }] },
    { name: 'a record with an exclusion in the sentence', code: 'Applicants with felony convictions will not be considered.', errors: [{ messageId: 'exclusionBanned', data: { text: 'felony convictions', places: PLACES } }] },
    { name: '"any conviction will disqualify you"', code: 'Any conviction will disqualify you.', errors: [{ messageId: 'exclusionBanned', data: { text: 'Any conviction', places: PLACES } }] },
    { name: 'Texas: "never been convicted of a felony"', code: 'You must have never been convicted of a felony.', settings: at(['US-TX']), errors: [{ messageId: 'exclusionBanned', data: { text: 'never been convicted', places: PLACES } }] },
    { name: 'French: "casier judiciaire vierge"', code: 'Casier judiciaire vierge exigé.', settings: at(['CA']), errors: [{ messageId: 'exclusionBanned', data: { text: 'Casier judiciaire vierge', places: PLACES } }] },
    { name: 'a federal job is not spared a blanket exclusion', code: `${FEDERAL}No felons.`, errors: [{ messageId: 'exclusionBanned', data: { text: 'No felons', places: PLACES } }] },
    { name: 'a driving word does not excuse "no felony convictions"', code: "Valid driver's license and no felony convictions.", errors: [{ messageId: 'exclusionBanned', data: { text: 'no felony convictions', places: PLACES } }] },
    // --- where any mention is banned (NYC, Philadelphia) ---
    { name: 'NYC: "Background check required."', code: 'Background check required.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'mention', data: { text: 'Background check', laws: NYC }, line: 1, column: 1, endColumn: 17 }] },
    { name: 'NYC: "subject to a background check"', code: 'This role is subject to a background check.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'mention', data: { text: 'background check', laws: NYC } }] },
    { name: 'Philadelphia: "contingent on passing a background check"', code: 'Offers are contingent on passing a background check.', settings: at(['US-PA-PHL']), errors: [{ messageId: 'mention', data: { text: 'passing a background check', laws: PHL } }] },
    { name: 'Philadelphia: a criminal history question', code: 'Have you ever been convicted of a crime?', settings: at(['US-PA-PHL']), errors: [{ messageId: 'mention', data: { text: 'been convicted', laws: PHL } }] },
    { name: 'NYC: one mention per sentence', code: 'Every hire undergoes a criminal background check and fingerprinting.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'mention', data: { text: 'criminal background check', laws: NYC } }] },
    { name: 'NYC: "must pass" is an exclusion', code: 'You must pass a background check.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'exclusion', data: { text: 'pass a background check', laws: NYC } }] },
    {
      name: 'HTML: a list item',
      code: '<h2>Requirements</h2>\n<ul><li>Must pass a drug test and background check</li><li>No felonies</li></ul>',
      filename: 'posting.html',
      settings: at(['US-NY-NYC']),
      errors: [
        { messageId: 'exclusion', data: { text: 'pass a drug test and background check', laws: NYC }, line: 2, column: 14 },
        { messageId: 'exclusion', data: { text: 'No felonies', laws: NYC }, line: 2, column: 60, endColumn: 71 },
      ],
    },
  ],
})
