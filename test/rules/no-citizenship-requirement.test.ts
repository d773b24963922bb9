import { RuleTester } from '../../src/rule-tester.js'
import type { Settings } from '../../src/types.js'
import rule from '../../rules/no-citizenship-requirement.js'

// The as-of date is always set, so the laws in force do not change with the calendar.
const AS_OF = '2026-11-27'
const at = (jurisdictions: string[], asOf = AS_OF): Settings => ({ jurisdictions, asOf })
const nowhere: Settings = { asOf: AS_OF }

const INA = 'United States: Immigration and Nationality Act, section 274B (unfair immigration-related employment practices) (8 U.S.C. § 1324b)'
const US_WORK = 'must be authorized to work in the United States'

new RuleTester({ settings: nowhere }).run('no-citizenship-requirement', rule, {
  valid: [
    // --- work authorization and sponsorship are not citizenship ---
    'Must be authorized to work in the United States.',
    'We cannot sponsor visas for this role.',
    'Applicants must be legally authorized to work in Canada without sponsorship.',
    'We are unable to provide H-1B sponsorship at this time.',
    'You must be eligible to work in the US; proof of citizenship or work authorization is required on your first day.',
    'Must be a U.S. citizen, permanent resident, or otherwise authorized to work in the U.S.',
    'The role is open to US citizens and visa holders alike.',
    'The fellowship is open to U.S. citizens, permanent residents, refugees and asylees.',
    // --- a stated legal reason ---
    'Must be a U.S. citizen to obtain a Secret security clearance.',
    'US citizenship is required because this role works with ITAR-controlled technical data.',
    'Due to export control regulations (EAR), applicants must be U.S. citizens or permanent residents.',
    'This position supports a government contract; U.S. citizens only.',
    'Must be a US citizen, as required by law for this position.',
    { name: 'a reason in the same paragraph', code: 'This role requires an active Top Secret clearance. You must be a U.S. citizen.' },
    { name: 'a reason in the same section', code: '## Requirements\n\n- Active TS/SCI clearance\n- Must be a US citizen\n\n## Benefits\n\nHealth insurance.' },
    { name: 'a security heading', code: '## Security\n\nApplicants must be U.S. Citizens.' },
    // --- a national government employer: citizenship set by law ---
    { name: 'US federal job', code: '# IT Specialist (GS-2210-13)\n\nApply on USAJOBS.\n\n## Who may apply\n\nOpen to U.S. citizens or nationals.' },
    { name: 'US federal job: "You must be a U.S. Citizen"', code: '# Designer\n\nThis is a GS-13 position in the competitive service.\n\n1. You must be a U.S. Citizen or National' },
    { name: 'Government of Canada: statutory preference', code: '# Developer\n\nJoin the Government of Canada. Apply to the Public Service Commission.\n\nPreference will be given to Canadian citizens.' },
    // --- preferences and other senses ---
    'Preference will be given to bilingual (French and English) candidates and to Canadian citizens.',
    'La préférence sera accordée aux candidats bilingues (français et anglais) et aux citoyens canadiens.',
    'Improving the citizenship process',
    'Nous plaçons les besoins et les préoccupations des citoyens au premier plan.',
    'We build services that US citizens use every day.',
    'Passionate about transforming government to better serve citizens and residents?',
    'You must be a good corporate citizen and a team player.',
    // --- inside an equal-opportunity statement ---
    'Acme is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex, national origin, citizenship status or disability.',
  ],
  invalid: [
    {
      name: '"US citizens only"',
      code: 'US citizens only.',
      errors: [{ messageId: 'unitedStates', data: { text: 'US citizens only', law: INA }, line: 1, column: 1, endColumn: 17, suggestions: [{ messageId: 'authorized', data: { rewrite: 'applicants authorized to work in the United States' }, output: 'Applicants authorized to work in the United States.' }] }],
    },
    {
      name: '"Must be a U.S. citizen"',
      code: 'Must be a U.S. citizen.',
      errors: [{ messageId: 'unitedStates', data: { text: 'Must be a U.S. citizen', law: INA }, suggestions: [{ messageId: 'authorized', data: { rewrite: US_WORK }, output: 'Must be authorized to work in the United States.' }] }],
    },
    { name: '"must be an American citizen"', code: 'Candidates must be an American citizen.', errors: [{ messageId: 'unitedStates', data: { text: 'must be an American citizen', law: INA }, suggestions: [{ messageId: 'authorized', output: `Candidates ${US_WORK}.` }] }] },
    { name: '"green card holders only"', code: 'Green card holders only, please.', errors: [{ messageId: 'unitedStates', data: { text: 'Green card holders only', law: INA } }] },
    { name: '"USC/GC only"', code: 'Contract role, USC/GC only.', errors: [{ messageId: 'unitedStates', data: { text: 'USC/GC only', law: INA } }] },
    { name: '"H-1B only"', code: 'H-1B only.', errors: [{ messageId: 'unitedStates', data: { text: 'H-1B only', law: INA } }] },
    { name: '"must have a U.S. passport"', code: 'You must have a valid U.S. passport.', errors: [{ messageId: 'unitedStates', data: { text: 'must have a valid U.S. passport', law: INA }, suggestions: [{ messageId: 'authorized', output: `You ${US_WORK}.` }] }] },
    { name: '"U.S. citizenship required"', code: 'U.S. citizenship required.', errors: [{ messageId: 'unitedStates', data: { text: 'U.S. citizenship required', law: INA }, suggestions: [{ messageId: 'authorized', output: 'Authorization to work in the United States required.' }] }] },
    { name: '"open to US citizens" (a private employer)', code: 'This role is open to US citizens.', errors: [{ messageId: 'unitedStates', data: { text: 'open to US citizens', law: INA }, suggestions: [{ messageId: 'authorized', output: 'This role is open to applicants authorized to work in the United States.' }] }] },
    {
      name: '"must be a citizen of the United States": the country after the match',
      code: 'Applicants must be a citizen of the United States.',
      errors: [{ messageId: 'unitedStates', data: { text: 'must be a citizen', law: INA }, suggestions: [{ messageId: 'authorized', output: `Applicants ${US_WORK}.` }] }],
    },
    { name: 'a work-authorization sentence elsewhere does not excuse it', code: 'Must be authorized to work in the US.\n\nUS citizens only.', errors: [{ messageId: 'unitedStates', line: 3, column: 1 }] },
    { name: 'a clearance in another section does not excuse it', code: '## About us\n\nWe once held government contracts.\n\n## Requirements\n\nMust be a US citizen.', errors: [{ messageId: 'unitedStates', line: 7 }] },
    // --- Canada ---
    {
      name: '"Canadian citizens only"',
      code: 'Canadian citizens only.',
      settings: at(['CA-ON']),
      errors: [{ messageId: 'canada', data: { text: 'Canadian citizens only' }, suggestions: [{ messageId: 'authorized', data: { rewrite: 'applicants authorized to work in Canada' }, output: 'Applicants authorized to work in Canada.' }] }],
    },
    { name: '"citizens only" in a Canadian posting', code: '# Analyst\n\nLocation: Toronto, ON\n\nCitizens only.', errors: [{ messageId: 'canada', data: { text: 'Citizens only' }, suggestions: [{ messageId: 'authorized', output: '# Analyst\n\nLocation: Toronto, ON\n\nApplicants authorized to work in Canada.' }] }] },
    {
      name: 'French: "doit être citoyen canadien"',
      code: 'Le candidat doit être citoyen canadien.',
      errors: [{ messageId: 'canada', data: { text: 'doit être citoyen canadien' }, suggestions: [{ messageId: 'authorized', output: 'Le candidat doit être autorisé(e) à travailler au Canada.' }] }],
    },
    // --- HTML ---
    { name: 'HTML: a list item', code: '<h2>Requirements</h2>\n<ul><li>5 years of Java</li><li>Must be a US citizen</li></ul>', filename: 'posting.html', errors: [{ messageId: 'unitedStates', line: 2, column: 33, endColumn: 53 }] },
  ],
})
