import { RuleTester } from '../../src/rule-tester.js'
import { expect, test } from 'vitest'
import rule from '../../rules/no-age-preference.js'
import { AGE_PATTERNS } from '../../rules/data/age-preference.js'

// The as-of date is fixed so the laws in force do not change with the calendar.
const AS_OF = '2026-03-01'
const ADEA = 'United States: Age Discrimination in Employment Act: help wanted notices or advertisements (29 U.S.C. § 623(e); 29 CFR § 1625.4)'
const UK = 'United Kingdom: Equality Act 2010 (Equality Act 2010, c. 15) [unconfirmed]'
const JAFA = 'Colorado: Job Application Fairness Act (C.R.S. § 8-2-131 (SB23-058); 7 CCR 1103-18)'
/** Ontario: the federal Act and the province's code, from the jurisdiction data. */
const ONTARIO =
  'Ontario: Human Rights Code, section 23 (employment advertisements) (Human Rights Code, R.S.O. 1990, c. H.19, ss. 5, 23(1)) [unconfirmed]'
/** The federal public service answers to the Canadian Human Rights Act, not to the province's code. */
const FEDERAL =
  'Canada: Canadian Human Rights Act, section 8 (discriminatory advertisements and inquiries) (Canadian Human Rights Act, R.S.C. 1985, c. H-6, ss. 3, 8) [unconfirmed]'
const ANYWHERE = 'age-discrimination law in most places (the ADEA in the US, the Equality Act 2010 in the UK, human-rights codes in Canada)'
const GRADUATE = { what: 'asks for recent graduates, a stand-in for youth', advice: "Describe the level instead: 'entry-level', 'no experience required'." }
const TEAM = { what: 'sells the job as one for the young', advice: 'Describe the work and the team, not their age.' }

new RuleTester({ settings: { asOf: AS_OF } }).run('no-age-preference', rule, {
  valid: [
    // --- "young" about the people served, a company, or a name ---
    'We offer benefits for young families, including child care.',
    'We serve young people across Ontario through our employment programs.',
    'Our platform helps young people find their first jobs.',
    'Report to Sarah Young, Director of Engineering.',
    'Young Harris College is one of our partners.',
    'We have offices in Young, NSW, and Sydney.',
    'We are a young company with an old-fashioned commitment to service.',
    'We are a young and growing company.',
    'You will work with youthful offenders in the community.',
    'Young at heart? So is our mascot.',
    // --- early-career and student programs that do not exclude ---
    'Our early-career program welcomes people at any stage.',
    'You will mentor early-career engineers on the platform team.',
    'The U.S. Digital Corps is a two-year fellowship for early-career technologists.',
    'We are looking to hire a student to join our Outreach team as a Communications Assistant.',
    'Nous souhaitons embaucher un étudiant pour occuper un poste d’analyste des politiques.',
    'Students must be enrolled in a recognized post-secondary program.',
    // --- an age range's words inside other words ---
    'The kit ships in packages 25-35 to a pallet.',
    'Each cage 21 to 30 years old is replaced.',
    // --- every age invited ---
    'Whether you are a recent graduate or a seasoned professional, we want to hear from you.',
    'This role is a great fit for career changers and new grads alike.',
    "You'll join a team of seasoned engineers and recent graduates.",
    "You don't need to be a recent graduate to apply.",
    // --- other people: colleagues, alumni, customers ---
    'You will mentor new grads and interns on the platform team.',
    'Our recent graduates have gone on to work at hospitals across the province.',
    'Most of our customers are digital natives who shop on their phones.',
    'You will coach young talent in our academy.',
    // --- legal minimum ages and experience floors ---
    'Minimum age 18 (required by law).',
    'You must be 18 years of age or older.',
    'Applicants must be at least 21 years old to serve alcohol.',
    'Applicants under 18 need a work permit.',
    'Applicants under the age of 18 must provide a work permit.',
    'Years of experience: 5+.',
    'At least 3 years of experience with Python is required.',
    'Employees aged 50 and over get an extra week of leave.',
    // --- numbers that are not ages ---
    'Named to Forbes 30 Under 30 in 2024.',
    'We work in teams of under 30 people.',
    'Our founders graduated from MIT in 2010 and 2012.',
    'We have hired graduates since 2015 and love it.',
    'Graduated from an accredited university in 2015.',
    'We were best-in-class in 2022 and 2023.',
    'Most of our users are aged 25-35 and live in cities.',
    'Program for ages 16-24.',
    'We are looking for an editor for our young adult fiction list.',
    'Seeking young adult fiction editor.',
    'The program serves youth aged 15 to 24.',
    'Free admission for visitors under 25 years old on Fridays and weekends with a student card.',
    'Entre 10 et 15 ans d’expérience en gestion de projets.',
    // --- the federal Pathways Programs, a legal hiring authority ---
    'This role is eligible under the Pathways Recent Graduates Program.',
    '- Ensure U.S. Digital Corps adheres to all Pathways Recent College Graduate requirements.\n- Facilitate conversion to career service upon completion of the Recent Graduates portion of the fellowship.',
    'USDC is a fellowship for recently graduated technologists. Fellows are hired under the Pathways Recent Graduates authority.',
    'The Recent Graduates Program is one of the Pathways Programs.',
    // --- statements the law asks for ---
    'We do not discriminate on the basis of race, religion, age, sex or disability.',
    'CDS welcomes all applicants regardless of race, ethnicity, religion, sexual orientation, gender identity or expression, national origin, disability, age, veteran status, marital status, pregnancy or family commitments.',
    'Register with Selective Service, if you are a male born after 12/31/1959.',
    // --- age questions that are not asked ---
    'Please do not include your date of birth or a photo.',
    'Proof of your age may be requested if the job has a legal minimum age.',
    'Birth date of dependants is required for benefits enrolment.',
    'Your transcript may have your graduation date redacted.',
  ],
  invalid: [
    {
      code: 'Location: Denver, CO\n\nWe are looking for recent graduates to join our team.',
      errors: [
        {
          messageId: 'preference',
          data: { text: 'recent graduates', laws: ADEA, ...GRADUATE },
          line: 3,
          column: 20,
          endColumn: 36,
          suggestions: [{ messageId: 'replace', data: { replacement: 'entry-level candidates' }, output: 'Location: Denver, CO\n\nWe are looking for entry-level candidates to join our team.' }],
        },
      ],
    },
    {
      name: 'a recent graduate becomes an entry-level candidate',
      code: 'Ideal for a recent graduate with a passion for data.',
      errors: [{ messageId: 'preference', data: { text: 'recent graduate', laws: ANYWHERE, ...GRADUATE }, suggestions: [{ messageId: 'replace', output: 'Ideal for an entry-level candidate with a passion for data.' }] }],
    },
    { name: "a company's own Pathways Program is not the federal one", code: 'Our Pathways Program is built for recent graduates.', errors: [{ messageId: 'preference' }] },
    { code: 'New grads welcome!', errors: [{ messageId: 'preference', suggestions: [{ messageId: 'replace', output: 'Entry-level candidates welcome!' }] }] },
    { code: 'We hire fresh graduates every spring.', errors: [{ messageId: 'preference' }] },
    { name: 'a heading', code: '# Recent College Graduate Software Engineer\n\nBuild things.', errors: [{ messageId: 'preference', line: 1, column: 3 }] },
    {
      name: 'young and energetic team',
      code: 'Location: London, UK\n\nJoin our young and energetic team!',
      errors: [{ messageId: 'preference', data: { text: 'young', laws: UK, ...TEAM }, suggestions: [{ messageId: 'remove', data: { word: 'young' }, output: 'Location: London, UK\n\nJoin our energetic team!' }] }],
    },
    {
      code: 'Location: Toronto, ON\n\nWe are a young, dynamic team.',
      errors: [{ messageId: 'preference', data: { text: 'young', laws: ONTARIO, ...TEAM }, suggestions: [{ messageId: 'remove', output: 'Location: Toronto, ON\n\nWe are a dynamic team.' }] }],
    },
    {
      code: 'Location: Toronto, ON\n\nWe are a young and dynamic team.',
      settings: { employer: 'national-government' },
      errors: [{ messageId: 'preference', data: { text: 'young', laws: FEDERAL, ...TEAM }, suggestions: [{ messageId: 'remove', output: 'Location: Toronto, ON\n\nWe are a dynamic team.' }] }],
    },
    { code: 'Young candidates are encouraged to apply.', errors: [{ messageId: 'preference', suggestions: [{ messageId: 'remove', output: 'Candidates are encouraged to apply.' }] }] },
    { code: "We're looking for young professionals who love code.", errors: [{ messageId: 'preference' }] },
    { code: 'Bring your youthful energy to our stores.', errors: [{ messageId: 'preference' }] },
    { code: 'Digital natives thrive here.', errors: [{ messageId: 'preference', suggestions: null }] },
    { code: 'College students only.', errors: [{ messageId: 'preference' }] },
    { code: 'Rejoignez notre jeune équipe dynamique!', errors: [{ messageId: 'preference' }] },
    { code: 'Nous recherchons de jeunes diplômés.', errors: [{ messageId: 'preference' }] },
    // --- age ranges and ceilings ---
    { code: 'Applicants must be aged 25-35.', errors: [{ messageId: 'ageRange', data: { text: 'aged 25-35', laws: ANYWHERE } }] },
    { code: 'Age: 25-35', errors: [{ messageId: 'ageRange' }] },
    { code: 'Candidates between the ages of 21 and 30 are preferred.', errors: [{ messageId: 'ageRange', data: { text: 'between the ages of 21 and 30', laws: ANYWHERE } }] },
    { code: 'Applicants should be between 21 and 30 years old.', errors: [{ messageId: 'ageRange', data: { text: '21 and 30 years old', laws: ANYWHERE } }] },
    { code: 'Must be under 30 years old.', errors: [{ messageId: 'ageRange' }] },
    { code: 'Applicants under the age of 35 only.', errors: [{ messageId: 'ageRange', data: { text: 'under the age of 35', laws: ANYWHERE } }] },
    { code: 'Maximum age 40 for this apprenticeship.', errors: [{ messageId: 'ageRange' }] },
    { code: 'Candidats âgés de 25 à 35 ans.', errors: [{ messageId: 'ageRange' }] },
    { code: 'Vous devez avoir moins de 30 ans.', errors: [{ messageId: 'ageRange' }] },
    // --- graduation years ---
    { code: 'You must have graduated in 2020 or later.', errors: [{ messageId: 'graduationYear', data: { text: 'graduated in 2020 or later', laws: ANYWHERE } }] },
    { code: 'Open to the class of 2023 or after.', errors: [{ messageId: 'graduationYear' }] },
    { code: 'Graduation after 2018 is required.', errors: [{ messageId: 'graduationYear' }] },
    { code: 'Candidates must have graduated between 2019 and 2022.', errors: [{ messageId: 'graduationYear' }] },
    { code: 'You graduated within the last two years.', errors: [{ messageId: 'graduationYear' }] },
    // --- experience caps ---
    { code: 'No more than 3 years of experience.', errors: [{ messageId: 'experienceCap', data: { text: 'No more than 3 years of experience', laws: ANYWHERE } }] },
    { code: 'We want someone with no more than two years of professional experience.', errors: [{ messageId: 'experienceCap' }] },
    { code: 'A maximum of 5 years experience in sales.', errors: [{ messageId: 'experienceCap' }] },
    { code: 'Two years of experience or less.', errors: [{ messageId: 'experienceCap' }] },
    // --- age questions ---
    { code: 'Please include your date of birth on your résumé.', errors: [{ messageId: 'ageQuestion', data: { text: 'date of birth', laws: ANYWHERE } }] },
    { code: 'Location: Austin, TX\n\nPlease state your date of birth.', errors: [{ messageId: 'ageQuestion', data: { text: 'date of birth', laws: ADEA } }] },
    {
      name: "Colorado's Job Application Fairness Act forbids age questions",
      code: 'Location: Denver, CO\n\nPlease state your date of birth and graduation date in the application.',
      errors: [
        { messageId: 'ageQuestionForbidden', data: { text: 'date of birth', laws: JAFA } },
        { messageId: 'ageQuestionForbidden', data: { text: 'graduation date', laws: JAFA } },
      ],
    },
    {
      name: 'before the Job Application Fairness Act (2024-07-01), only the softer message',
      code: 'Location: Denver, CO\n\nPlease state your date of birth.',
      settings: { asOf: '2024-06-30' },
      errors: [{ messageId: 'ageQuestion', data: { text: 'date of birth', laws: ADEA } }],
    },
    { code: 'Veuillez indiquer votre date de naissance.', errors: [{ messageId: 'ageQuestion' }] },
  ],
})

// V8 reads \b under the i and u flags together through a slow path: the age pattern took about eight times as long over a
// posting. Next to a word character, (?<!\w) and (?!\w) say the same there (\w then also holds ſ and the Kelvin sign).
test('the age patterns spell their word boundaries out', () => {
  for (const { source } of AGE_PATTERNS) expect(source).not.toContain('\\b')
})
