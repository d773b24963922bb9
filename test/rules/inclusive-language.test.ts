import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/inclusive-language.js'

/** Line 1 columns of the first `text` in `code`. */
function at(code: string, text: string): { line: number; column: number; endColumn: number } {
  const start = code.indexOf(text)
  if (start < 0) throw new Error(`'${text}' is not in the test code`)
  return { line: 1, column: start + 1, endColumn: start + text.length + 1 }
}

const hisHer = 'The incumbent leverages his/her experience deploying platforms.'
const heOrShe = 'He or she will lead the data team.'
const eeo =
  'Acme is an equal opportunity employer and does not discriminate against any applicant because of his or her race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, or status as a disabled veteran.'

new RuleTester().run('inclusive-language', rule, {
  valid: [
    // Statements the law asks for, and invitations, name groups on purpose.
    'We encourage women and people of color to apply.',
    'Women, minorities, and individuals with disabilities are encouraged to apply.',
    eeo,
    'We welcome all applicants regardless of race, ethnicity, religion, sexual orientation, gender identity or expression, national origin, disability, age, or status as a disabled veteran.',
    'We will consider for employment qualified applicants with criminal histories in a manner consistent with the law; he or she will not be asked about convictions before an offer.',
    'If he or she needs a reasonable accommodation to apply, the applicant should contact jobs@example.com.',
    // Senses that are not the insensitive one (data/inclusive-senses).
    'You will be challenged to grow every day.',
    'We are challenged by hard problems.',
    "A Master's degree in public policy is preferred.",
    'Masters in Computer Science or equivalent experience.',
    'Our Scrum Master facilitates the ceremonies.',
    'Negotiate Master Services Agreements and own master data management.',
    'You will quickly master our tooling.',
    'Typical duties for the Presidential Innovation Fellow include the following.',
    'Fellow Experience Supervisors support each cohort.',
    'Lead special projects for the chief of staff.',
    'Return an error on invalid input.',
    'Preference for disabled veterans applies to this position.',
    'A spouse, widow or widower, or parent of a deceased or disabled veteran may claim derived preference.',
    'Promote mental health and wellbeing; study the mental models people use.',
    'Physical and mental demands of the job include sitting.',
    // A gendered job title heading is gender-neutral-title's finding, with a neutral title to write.
    '# Salesman\n\nJoin our team.',
    // Hyphenated and closed compounds are one word; inside an outreach statement they stay silent.
    'Female candidates are encouraged to apply.',
    'Serve as data steward and steward the product vision.',
    'Understand how threat actors and suspicious actors compromise accounts.',
    'Grow the alumni network and plan alumni reunions.',
    'Build BI dashboards in Power BI.',
    'Pay is bi-weekly.',
    'You know the nuts and bolts of Kubernetes.',
    'Experience treating OCD and bipolar disorder is required.',
    'Serve economically depressed communities.',
    'We partner with our sister agencies across government.',
    'Experience with Girls Who Code or Women in Engineering is a plus.',
    'Residents of Prince Edward Island are eligible.',
    'Employed by His Majesty the King in right of Canada.',
    'Enrolled members of a federally recognized tribe receive Indian preference.',
    'Add your pronouns (for example she/her, he/him, they/them) to your profile.',
    'Hang out with the team on Fridays and groom the backlog together.',
    'Serve asylum seekers at the border.',
    'Primitive types and generics in Java.',
    'We hire janitors and midwives.',
    'Maternal and child health programs.',
    'Coverage for a son-in-law or daughter-in-law.',
    // "ADD" is case-sensitive: the verb is not the diagnosis.
    'Add tests to every pull request; add value every day.',
    // Tone words are off by default.
    "Simply click apply; it's easy, and we just need your resume.",
    // French paragraphs are not read ("son" is French for "his").
    'Le candidat doit démontrer son expérience en gestion de projets et sa capacité à travailler avec les équipes.',
    '# Product manager\n\nWe ship accessible services.\n\nLa personne retenue mettra son expérience au service des équipes et de la population.',
    // binary accepts both forms together.
    { code: heOrShe, options: [{ binary: true }] },
    { code: hisHer, options: [{ binary: true }] },
    // allow by word, by phrase and by pattern id.
    { code: 'Our guys are great.', options: [{ allow: ['guys'] }] },
    { code: 'Estimate man-hours for each project.', options: [{ allow: ['man hours'] }] },
    { code: hisHer, options: [{ allow: ['her-him'] }] },
    { code: 'Candidates should be fluent in their mother tongue.', options: [{ allow: ['father-tongue-mother-tongue'] }] },
    // deny is silent inside the statements too.
    { code: 'We encourage rockstar women and people of color to apply.', options: [{ deny: ['rockstar'] }] },
  ],
  invalid: [
    {
      // The same word in a sentence is still reported.
      code: '# Sales\n\nOur salesman visits clients.',
      errors: [{ messageId: 'insensitive', line: 3, column: 5, endColumn: 13 }],
    },
    {
      // A hyphenated word is read whole, as the closed compound retext-equality lists.
      code: 'Applicants must be able-bodied.',
      errors: [{ messageId: 'insensitive', ...at('Applicants must be able-bodied.', 'able-bodied') }],
    },
    {
      name: 'basic pattern, with its alternatives as suggestions',
      code: 'Manage the blacklist of domains.',
      errors: [
        {
          messageId: 'insensitive',
          message: "'blacklist' may be insensitive: Replace racially-charged language with more accurate and inclusive words. Consider 'blocklist', 'wronglist', 'banlist' or 'deny list'.",
          ...at('Manage the blacklist of domains.', 'blacklist'),
          suggestions: [
            { messageId: 'replace', data: { alternative: 'blocklist' }, output: 'Manage the blocklist of domains.' },
            { messageId: 'replace', data: { alternative: 'wronglist' }, output: 'Manage the wronglist of domains.' },
            { messageId: 'replace', data: { alternative: 'banlist' }, output: 'Manage the banlist of domains.' },
            { messageId: 'replace', data: { alternative: 'deny list' }, output: 'Manage the deny list of domains.' },
          ],
        },
      ],
    },
    {
      name: 'a suggestion keeps the capital',
      code: 'Blacklist abusive domains.',
      errors: [{ messageId: 'insensitive', column: 1, endColumn: 10, suggestions: [{ output: 'Blocklist abusive domains.' }, { output: 'Wronglist abusive domains.' }, { output: 'Banlist abusive domains.' }, { output: 'Deny list abusive domains.' }] }],
    },
    {
      name: "an 'or' pattern: one form alone",
      code: 'The successful candidate will use his judgment.',
      errors: [
        {
          messageId: 'insensitive',
          message: "'his' may be insensitive. Consider 'their', 'theirs' or 'them'.",
          ...at('The successful candidate will use his judgment.', 'his'),
          suggestions: [
            { output: 'The successful candidate will use their judgment.' },
            { output: 'The successful candidate will use theirs judgment.' },
            { output: 'The successful candidate will use them judgment.' },
          ],
        },
      ],
    },
    {
      name: 'the pair his/her is reported once',
      code: hisHer,
      errors: [{ messageId: 'insensitive', data: { text: 'his/her', note: '.', instead: " Consider 'their', 'theirs' or 'them'." }, ...at(hisHer, 'his/her'), suggestions: [{ output: 'The incumbent leverages their experience deploying platforms.' }, { output: 'The incumbent leverages theirs experience deploying platforms.' }, { output: 'The incumbent leverages them experience deploying platforms.' }] }],
    },
    {
      name: '"he or she" is one finding, and "they" keeps the capital',
      code: heOrShe,
      errors: [{ messageId: 'insensitive', message: "'He or she' may be insensitive. Consider 'they'.", column: 1, endColumn: 10, suggestions: [{ messageId: 'replace', data: { alternative: 'they' }, output: 'They will lead the data team.' }] }],
    },
    {
      name: 'binary keeps a lone form reported',
      code: 'He will lead the data team.',
      options: [{ binary: true }],
      errors: [{ messageId: 'insensitive', column: 1, endColumn: 3 }],
    },
    {
      name: 'a multi-word phrase is one finding, not one for a word inside it',
      code: 'Estimate man-hours for each project.',
      errors: [{ messageId: 'insensitive', data: { text: 'man-hours', note: '.', instead: " Consider 'staff hours', 'hours of work', 'hours of labor' or 'hours'." }, ...at('Estimate man-hours for each project.', 'man-hours'), suggestions: [{ output: 'Estimate staff hours for each project.' }, { output: 'Estimate hours of work for each project.' }, { output: 'Estimate hours of labor for each project.' }, { output: 'Estimate hours for each project.' }] }],
    },
    {
      code: 'Candidates should be fluent in their mother tongue.',
      errors: [{ messageId: 'insensitive', ...at('Candidates should be fluent in their mother tongue.', 'mother tongue'), suggestions: [{ output: 'Candidates should be fluent in their native tongue.' }, { output: 'Candidates should be fluent in their native language.' }] }],
    },
    {
      name: 'the wildcard pattern "father of *": the alternative replaces the words before the wildcard',
      code: 'Ada is the father of computing.',
      errors: [{ messageId: 'insensitive', message: "'father of computing' may be insensitive. Consider 'founder of'.", ...at('Ada is the father of computing.', 'father of computing'), suggestions: [{ output: 'Ada is the founder of computing.' }] }],
    },
    {
      name: 'the case-sensitive pattern "ADD"',
      code: 'This role is not suitable for someone with ADD.',
      errors: [{ messageId: 'insensitive', data: { text: 'ADD', note: '.', instead: " Consider 'disorganized', 'distracted', 'energetic' or 'hyperactive'." }, ...at('This role is not suitable for someone with ADD.', 'ADD') }],
    },
    {
      code: 'Our guys are crazy about open source.',
      errors: [
        { messageId: 'insensitive', data: { text: 'guys', note: '.', instead: " Consider 'people', 'persons' or 'folks'." }, suggestions: [{ output: 'Our people are crazy about open source.' }, { output: 'Our persons are crazy about open source.' }, { output: 'Our folks are crazy about open source.' }] },
        { messageId: 'insensitive', message: /^'crazy' may be insensitive: Describe the behavior or illness without derogatory words\. Consider 'rude', 'malicious', 'mean' or 'disgusting'\.$/ },
      ],
    },
    {
      name: 'senses do not hide the insensitive use',
      code: 'Disabled applicants and special needs students are welcome; our team likes to go nuts.',
      errors: [
        { messageId: 'insensitive', data: { text: 'Disabled', note: ': Refer to the person, rather than the disability, first.', instead: " Consider 'turned off', 'has a disability', 'person with a disability' or 'people with disabilities'." } },
        { messageId: 'insensitive', message: /^'special needs' may be insensitive/ },
        { messageId: 'insensitive', message: /^'nuts' may be insensitive/ },
      ],
    },
    {
      code: 'Merge to the master branch after review.',
      errors: [{ messageId: 'insensitive', message: /^'master' may be insensitive: Avoid using the term `master`; these suggestions are for the computer term, but there are better alternatives for other cases too\. Consider 'primary', 'lead', 'hub' or 'reference'\.$/ }],
    },
    {
      name: 'a note that is only a source is left out',
      code: 'Coverage for your wife.',
      errors: [{ messageId: 'insensitive', message: "'wife' may be insensitive. Consider 'partner', 'significant other' or 'spouse'." }],
    },
    {
      name: 'only the English paragraph of a bilingual posting is read',
      code: 'Our guys ship fast, and we are proud of the work that they do for the public.\n\nLa personne retenue mettra son expérience au service des équipes.',
      errors: [{ messageId: 'insensitive', line: 1, column: 5 }],
    },
    {
      name: 'outside the EEO statement the same words are reported',
      code: `${eeo}\n\nThe manager will support his team.`,
      errors: [{ messageId: 'insensitive', line: 3, column: 26, endColumn: 29 }],
    },
    {
      code: '<p>Our guys ship fast.</p>',
      filename: 'posting.html',
      errors: [{ messageId: 'insensitive', column: 8, endColumn: 12 }],
    },
    {
      name: 'tone: easy, just and simply with the option',
      code: "Simply click apply; it's easy, and we just need your resume.",
      options: [{ tone: true }],
      errors: [
        { messageId: 'insensitive', message: /^'Simply' may be insensitive: It’s probably not that simple\./, suggestions: [] },
        { messageId: 'insensitive', message: /^'easy' may be insensitive/ },
        { messageId: 'insensitive', message: /^'just' may be insensitive/ },
      ],
    },
    {
      name: 'allow by word leaves the other words reported',
      code: 'Our guys are crazy about open source.',
      options: [{ allow: ['guys'] }],
      errors: [{ messageId: 'insensitive', message: /^'crazy'/ }],
    },
    {
      name: 'an unknown allow entry is reported',
      code: 'Our guys are great.',
      options: [{ allow: ['gusy'] }],
      errors: [
        { messageId: 'unknownAllow', data: { entry: 'gusy' }, line: 1, column: 1 },
        { messageId: 'insensitive', column: 5 },
      ],
    },
    {
      name: 'deny adds words and phrases',
      code: 'You are a Python ninja who can hit the ground running.',
      options: [{ deny: ['ninja', 'hit the ground running'] }],
      errors: [
        { messageId: 'denied', data: { text: 'ninja' }, ...at('You are a Python ninja who can hit the ground running.', 'ninja'), suggestions: null },
        { messageId: 'denied', data: { text: 'hit the ground running' }, ...at('You are a Python ninja who can hit the ground running.', 'hit the ground running') },
      ],
    },
  ],
})
