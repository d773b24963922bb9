import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-canadian-experience.js'
import { OHRC_POLICY } from '../../rules/data/canadian-experience.js'

// Ontario's ban is in force from 2026-01-01; the tests pin the as-of date either side of it.
const AFTER = '2026-03-01'
const BEFORE = '2025-12-31'
const ON = 'Ontario: Employment Standards Act, 2000, Part III.1 (job postings) (Employment Standards Act, 2000, S.O. 2000, c. 41, Part III.1 (s. 8.1 ff.); O. Reg. 476/24)'
const TORONTO = 'Location: Toronto, ON\n\n'

new RuleTester({ settings: { asOf: AFTER } }).run('no-canadian-experience', rule, {
  valid: [
    // --- knowledge of Canada, not experience gained there ---
    `${TORONTO}Experience with Canadian regulations is required.`,
    `${TORONTO}Knowledge of the Canadian market is required.`,
    `${TORONTO}You must know Canadian tax law and payroll rules.`,
    `${TORONTO}Experience in Canada's public service is an asset.`,
    `${TORONTO}Experience with Canadian Armed Forces systems is an asset.`,
    // --- no requirement at all ---
    `${TORONTO}Canadian experience is not required.`,
    `${TORONTO}No Canadian experience required: we value experience wherever you gained it.`,
    `${TORONTO}We do not require Canadian work experience.`,
    `${TORONTO}L’expérience canadienne n’est pas requise.`,
    `${TORONTO}We value all experience, Canadian or international.`,
    `${TORONTO}Newcomers to Canada with international experience are welcome.`,
    // --- "Canadian experience" as a description ---
    `${TORONTO}We deliver a uniquely Canadian experience to users.`,
    `${TORONTO}We want to deliver a better Canadian experience for travellers.`,
    `${TORONTO}Join a Canadian experience design agency.`,
    `${TORONTO}Our team has experience in Canada and the US.`,
    `${TORONTO}Research the Canadian experience of newcomers in the labour market.`,
    `${TORONTO}You will prepare Canadian Experience Class applications; Express Entry knowledge is required.`,
    // --- outreach statements ---
    `${TORONTO}We encourage newcomers to Canada to apply; Canadian experience is not required.`,
    // --- a posting located outside Canada ---
    'Location: Denver, CO\n\nCanadian experience required.',
  ],
  invalid: [
    {
      code: `${TORONTO}Canadian experience required.`,
      errors: [{ messageId: 'forbidden', data: { text: 'Canadian experience', laws: ON }, line: 3, column: 1, endColumn: 20 }],
    },
    { code: `${TORONTO}Canadian work experience is a must.`, errors: [{ messageId: 'forbidden', data: { text: 'Canadian work experience', laws: ON } }] },
    { code: `${TORONTO}You have 3+ years of Canadian work experience in accounting.`, errors: [{ messageId: 'forbidden' }] },
    { code: `${TORONTO}## Requirements\n\n- Canadian work experience\n- A degree in finance`, errors: [{ messageId: 'forbidden', line: 5 }] },
    { code: `${TORONTO}Minimum 2 years of work experience in Canada.`, errors: [{ messageId: 'forbidden', data: { text: 'work experience in Canada', laws: ON } }] },
    { code: `${TORONTO}Une expérience canadienne est requise.`, errors: [{ messageId: 'forbidden' }] },
    { code: `${TORONTO}Expérience de travail canadienne obligatoire.`, errors: [{ messageId: 'forbidden' }] },
    { code: `${TORONTO}Vous avez au moins 3 ans d’expérience canadienne en comptabilité.`, errors: [{ messageId: 'forbidden', data: { text: 'expérience canadienne', laws: ON } }] },
    {
      name: 'an asset is still a screen',
      code: `${TORONTO}Canadian experience is an asset.`,
      errors: [{ messageId: 'forbiddenAsset', data: { text: 'Canadian experience', laws: ON } }],
    },
    { code: `${TORONTO}Prior Canadian experience preferred.`, errors: [{ messageId: 'forbiddenAsset' }] },
    { code: `${TORONTO}L’expérience canadienne est un atout.`, errors: [{ messageId: 'forbiddenAsset' }] },
    { name: 'under an assets heading', code: `${TORONTO}## Assets

- Canadian work experience
- A forklift licence`, errors: [{ messageId: 'forbiddenAsset', line: 5 }] },
    {
      name: 'Ontario before the ban: the human-rights policy',
      code: `${TORONTO}Canadian experience required.`,
      settings: { asOf: BEFORE },
      errors: [{ messageId: 'discouraged', data: { text: 'Canadian experience', policy: OHRC_POLICY } }],
    },
    { name: 'elsewhere in Canada', code: 'Location: Vancouver, BC\n\nYou have 3 years of Canadian work experience.', errors: [{ messageId: 'discouraged' }] },
    { name: 'an unknown place', code: 'Canadian experience is a must.', errors: [{ messageId: 'discouraged' }] },
    { name: 'an explicit jurisdiction setting', code: 'Canadian experience is a must.', settings: { jurisdictions: ['CA-ON'] }, errors: [{ messageId: 'forbidden' }] },
  ],
})
