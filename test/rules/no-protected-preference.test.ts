import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/no-protected-preference.js'

// The as-of date is fixed so the laws in force do not change with the calendar.
const AS_OF = '2026-03-01'
const TITLE_VII = 'United States: Title VII of the Civil Rights Act of 1964, section 704(b) (42 U.S.C. § 2000e-3(b); 29 CFR § 1604.5)'
const UK = 'United Kingdom: Equality Act 2010 (Equality Act 2010, c. 15) [unconfirmed]'
/** Ontario: the federal Act and the province's code, from the jurisdiction data. */
const ONTARIO =
  'Ontario: Human Rights Code, section 23 (employment advertisements) (Human Rights Code, R.S.O. 1990, c. H.19, ss. 5, 23(1)) [unconfirmed]'
/** The federal public service answers to the Canadian Human Rights Act, not to the province's code. */
const FEDERAL =
  'Canada: Canadian Human Rights Act, section 8 (discriminatory advertisements and inquiries) (Canadian Human Rights Act, R.S.C. 1985, c. H-6, ss. 3, 8) [unconfirmed]'
const US_STATES = 'many state and local human-rights laws'
const ANYWHERE = 'equal-treatment law in most places (Title VII in the US, the Equality Act 2010 in the UK, human-rights codes in Canada)'
const SEX = { what: 'states a preference by sex', advice: 'Describe the work; if sex is a genuine occupational requirement, say why.' }
const LANGUAGE = {
  what: 'ties the language requirement to being a native speaker, which is national origin, not skill',
  advice: "Ask for the level of the language the work needs: 'fluent in English', 'full professional proficiency in Spanish'.",
}

new RuleTester({ settings: { asOf: AS_OF } }).run('no-protected-preference', rule, {
  valid: [
    // --- outreach and equal-opportunity statements ---
    'We encourage women and people of color to apply.',
    'We strongly encourage women, Indigenous people and people with disabilities to apply.',
    'The United States Government does not discriminate in employment on the basis of race, color, religion, sex (including pregnancy and gender identity), national origin, political affiliation, sexual orientation, marital status, disability, genetic information, age or membership in an employee organization.',
    'CDS welcomes all applicants regardless of race, ethnicity, religion, sexual orientation, gender identity or expression, national origin, disability, age, veteran status, marital status, pregnancy or family commitments.',
    'Equal opportunity employer: race, color, religion, sex, national origin, Native American, Alaska Native, Native Hawaiian.',
    // --- lawful employment equity (Canada) and legal preferences (US) ---
    'Employment equity: this process is limited to women, Aboriginal peoples, persons with disabilities and members of visible minorities who self-declare.',
    'For this process we will only be considering candidates who choose to self declare as an Indigenous person or as a member of a racialized group.',
    'Preference will be given to Aboriginal peoples, persons with disabilities, members of visible minorities, and women.',
    'Under the Veterans Preference Act, veterans will receive selection priority over non-veterans.',
    'Male applicants born after December 31, 1959 must complete a certification of Selective Service registration.',
    'Register with Selective Service, if you are a male born after 12/31/1959.',
    'All employees must be fully vaccinated unless accommodated based on a medical contraindication, religion, or another prohibited ground for discrimination.',
    // --- "native" in technology and in names of peoples ---
    'Experience with cloud-native architecture and Kubernetes.',
    'Capable of building and migrating apps with a cloud native mindset.',
    'Build native apps for iOS and Android.',
    'Leverage native cloud capabilities such as data storage.',
    'Near-native performance with WebAssembly.',
    'We partner with Native American tribal governments.',
    'Content for native and non-native speakers of English.',
    // --- fluency is fine ---
    'Fluent in English and French.',
    'Full professional proficiency in Spanish is required.',
    'Translators must translate into their mother tongue.',
    'We support clients whose first language is not English.',
    'Services are offered in your mother tongue.',
    // --- sex words that are not a preference ---
    'We are the only women-owned firm in the region.',
    'She was the only female engineer on the team until 2019.',
    'Join our women-only mentorship circle after hours.',
    'We prefer female-led startups as clients.',
    'Seeking male and female participants for a usability study.',
    'We are looking for a man or woman who loves logistics.',
    'Must be a man of his word.',
    'Women in Tech is our largest employee resource group.',
    'Front desk attendant for our women-only gym.',
    'Girls only coding club instructor.',
    'You will serve native Spanish speakers in our clinics.',
    // --- religion, marriage, looks in other senses ---
    'Must be a believer in our mission.',
    'Report to Christian Okafor, Head of Design.',
    'We are married to the mission.',
    'You must be married to the mission and the work.',
    'We offer housing for married couples.',
    'Must be single-sourced.',
    'Single sign-on preferred.',
    'Attractive salary and benefits.',
    'Build good-looking, accessible user interfaces.',
    'Parental leave after the birth or adoption of a child.',
    'We offer coverage for pregnant employees and new parents.',
    'Les anciens combattants, les personnes à faible revenu ou à revenu fixe utilisent nos services.',
    'Trouver et attirer les talents des groupes sous-représentés.',
  ],
  invalid: [
    {
      code: 'Location: Denver, CO\n\nFemale candidates preferred.',
      errors: [{ messageId: 'preference', data: { text: 'Female candidates preferred', laws: TITLE_VII, ...SEX }, line: 3, column: 1, endColumn: 28, suggestions: null }],
    },
    { code: 'Male only.', errors: [{ messageId: 'preference', data: { text: 'Male only', laws: ANYWHERE, ...SEX } }] },
    { code: 'Location: London, UK\n\nWomen preferred for this role.', errors: [{ messageId: 'preference', data: { text: 'Women preferred', laws: UK, ...SEX } }] },
    { code: 'We are looking for a female receptionist.', errors: [{ messageId: 'preference' }] },
    { code: 'The successful applicant must be a man.', errors: [{ messageId: 'preference' }] },
    { code: 'Only men need apply.', errors: [{ messageId: 'preference' }] },
    { code: 'Women only for this role.', errors: [{ messageId: 'preference' }] },
    { code: 'We are looking for native English speakers.', errors: [{ messageId: 'preference', suggestions: [{ messageId: 'replace', output: 'We are looking for fluent English speakers.' }] }] },
    // --- native speakers ---
    {
      code: 'Location: Washington, DC\n\nMust be a native English speaker.',
      errors: [{ messageId: 'preference', data: { text: 'native English speaker', laws: TITLE_VII, ...LANGUAGE }, suggestions: [{ messageId: 'replace', data: { replacement: 'fluent English speaker' }, output: 'Location: Washington, DC\n\nMust be a fluent English speaker.' }] }],
    },
    {
      name: 'the labelled corpus case',
      code: 'Native level proficiency in the Spanish language is required as well as experience designing for Spanish speakers.',
      errors: [{ messageId: 'preference', data: { text: 'Native level proficiency', laws: ANYWHERE, ...LANGUAGE }, suggestions: [{ messageId: 'replace', output: 'Full professional proficiency in the Spanish language is required as well as experience designing for Spanish speakers.' }] }],
    },
    { code: 'Native speaker of French.', errors: [{ messageId: 'preference', suggestions: [{ messageId: 'replace', output: 'Fluent speaker of French.' }] }] },
    { code: 'English native speakers only.', errors: [{ messageId: 'preference', suggestions: [{ messageId: 'replace', output: 'Fluent English speakers only.' }] }] },
    { code: 'English mother tongue required.', errors: [{ messageId: 'preference', suggestions: null }] },
    { code: 'Candidates must have native or near-native fluency in German.', errors: [{ messageId: 'preference' }] },
    { code: 'English must be your first language.', errors: [{ messageId: 'preference' }] },
    { code: 'Candidats de langue maternelle française.', errors: [{ messageId: 'preference' }] },
    // --- national origin ---
    { code: 'Location: Ottawa, ON\n\nMust be a citizen of Canada by birth.', errors: [{ messageId: 'preference', data: { text: 'by birth', laws: ONTARIO, what: 'states a preference by national origin', advice: 'State the work authorization the job needs, not where applicants were born.' } }] },
    { code: 'Location: Ottawa, ON\n\nMust be a citizen of Canada by birth.', settings: { employer: 'national-government' }, errors: [{ messageId: 'preference', data: { text: 'by birth', laws: FEDERAL, what: 'states a preference by national origin', advice: 'State the work authorization the job needs, not where applicants were born.' } }] },
    { code: 'Canadian-born candidates preferred.', errors: [{ messageId: 'preference' }] },
    { code: 'No foreigners.', errors: [{ messageId: 'preference' }] },
    // --- religion ---
    { code: 'Location: Austin, TX\n\nChristian environment.', errors: [{ messageId: 'preference', data: { text: 'Christian environment', laws: TITLE_VII, what: 'states a preference by religion', advice: 'Describe the work; a religious employer relying on its exemption should say so.' } }] },
    { code: 'Must be a practicing Christian.', errors: [{ messageId: 'preference' }] },
    { code: 'Muslim candidates preferred.', errors: [{ messageId: 'preference' }] },
    // --- marital and family status, pregnancy ---
    {
      code: 'Location: Austin, TX\n\nMarried couple preferred for this live-in position.',
      errors: [{ messageId: 'preference', data: { text: 'Married couple preferred', laws: US_STATES, what: 'states a preference by marital status', advice: 'Describe the work and its hours, not the household applicants live in.' } }],
    },
    { code: 'Must be married.', errors: [{ messageId: 'preference' }] },
    { code: 'A married couple preferred, to share the caretaking.', errors: [{ messageId: 'preference' }] },
    { code: 'Applicants with no children preferred.', errors: [{ messageId: 'preference' }] },
    { code: 'No pregnant applicants.', errors: [{ messageId: 'preference' }] },
    // --- race and looks ---
    { code: 'Fair skinned candidates only.', errors: [{ messageId: 'preference' }] },
    { code: 'Attractive appearance required.', errors: [{ messageId: 'preference' }] },
    { code: 'We need attractive female staff for our front desk.', errors: [{ messageId: 'preference' }] },
  ],
})
