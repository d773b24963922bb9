import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/hype-jargon.js'

new RuleTester().run('hype-jargon', rule, {
  valid: [
    'We are looking for an experienced JavaScript developer.',
    // Names of companies, products and people.
    'You will manage carrier partnerships with Ninja Van and J&T Express.',
    'Before joining us, she led QA at Rockstar Games.',
    'Ninja Van is expanding its Singapore hub.',
    'Our Sikh employee resource group celebrates the birthday of Guru Nanak.',
    'We use Guru, Notion and Slack for internal documentation.',
    // The user-interface wizard.
    'You will rebuild the setup wizard of our tax-filing app.',
    'Design the onboarding wizard and its wizard steps.',
    // A unicorn start-up.
    'We became a fintech unicorn in 2021.',
    'Join a unicorn startup with offices in three countries.',
    // An acronym.
    'Experience with JEDI cloud contracts is an asset.',
    'Our JEDI (justice, equity, diversity and inclusion) council meets monthly.',
    // Family benefits and family in other senses.
    'We offer 16 weeks of paid family leave and family-friendly benefits.',
    'Our family-friendly policies include flexible hours.',
    'We treat every customer like a family member.',
    'Support for you and your family.',
    // "10x" alone is the name of a team.
    '10x is an open source team, so most of what you work on will be public.',
    'We work hard to create an environment where different perspectives are valued.',
    // The posting says it does not want one.
    'No rockstars or ninjas required: we want people who like to learn.',
    "We don't need a 10x engineer; we need a kind colleague.",
    'You do not have to be a guru to apply.',
    // Common and harmless.
    'You are a self-starter who enjoys a fast-paced environment and can wear many hats.',
    // French paragraphs.
    'Nous recherchons des personnes passionnées et nous formons une équipe soudée comme une famille.',
    // An equal-opportunity statement is never read.
    'We are an equal opportunity employer and do not discriminate. All qualified applicants, whether or not they consider themselves a rockstar, will receive consideration without regard to race, color, religion, sex or national origin.',
    { code: 'We need a rockstar designer.', options: [{ allow: ['rockstar'] }] },
  ],
  invalid: [
    {
      code: 'We are looking for a rockstar developer to join our team.',
      errors: [
        {
          messageId: 'hype',
          column: 22,
          endColumn: 30,
          data: { text: 'rockstar', why: 'is hype: it says nothing about the skills the job needs and reads as masculine-coded', advice: 'say what the person will do and know, or write a plain word' },
          suggestions: [
            { messageId: 'replace', data: { replacement: 'an expert' }, output: 'We are looking for an expert developer to join our team.' },
            { messageId: 'replace', data: { replacement: 'skilled' }, output: 'We are looking for a skilled developer to join our team.' },
            { messageId: 'replace', data: { replacement: 'an experienced' }, output: 'We are looking for an experienced developer to join our team.' },
          ],
        },
      ],
    },
    {
      code: 'Are you a JavaScript ninja?',
      errors: [{ messageId: 'hype', column: 22, suggestions: [{ output: 'Are you a JavaScript expert?' }, { output: 'Are you a JavaScript specialist?' }] }],
    },
    {
      code: 'Calling all rock stars and gurus!',
      errors: [
        { messageId: 'hype', column: 13, endColumn: 23, suggestions: [{ output: 'Calling all experts and gurus!' }, { output: 'Calling all specialists and gurus!' }] },
        { messageId: 'hype', column: 28, suggestions: [{ output: 'Calling all rock stars and experts!' }, { output: 'Calling all rock stars and specialists!' }] },
      ],
    },
    {
      code: '# Growth Hacking Ninja\n\nYou will run experiments.',
      errors: [{ messageId: 'hype', line: 1, column: 18 }],
    },
    {
      code: "You're a wizard with spreadsheets and a SQL superstar.",
      errors: [{ messageId: 'hype', column: 10 }, { messageId: 'hype', column: 45, suggestions: [{ output: "You're a wizard with spreadsheets and a SQL high performer." }, { output: "You're a wizard with spreadsheets and a SQL expert." }] }],
    },
    {
      code: 'We are hiring a unicorn who can design, code and sell.',
      errors: [{ messageId: 'hype', data: { text: 'unicorn', why: 'asks for a rare all-rounder, which deters people who meet most but not all of the wishes', advice: 'separate the must-haves from the nice-to-haves' }, suggestions: [] }],
    },
    {
      code: 'Be a 10x engineer on a small team.',
      errors: [{ messageId: 'hype', column: 6, endColumn: 18 }],
    },
    {
      code: 'Our culture: work hard, play hard.',
      errors: [{ messageId: 'hype', column: 14, endColumn: 34, data: { text: 'work hard, play hard', why: 'suggests long hours and an after-work social life that not everyone can or wants to join', advice: 'describe the hours and the team as they are' } }],
    },
    {
      code: "We're like a family here.",
      errors: [{ messageId: 'hype', column: 1, endColumn: 20, suggestions: [{ messageId: 'replace', output: 'We support each other here.' }] }],
    },
    {
      code: 'Our team feels like a family.',
      errors: [{ messageId: 'hype', column: 16, suggestions: [] }],
    },
    {
      code: 'You will hit the ground running and be crushing it within weeks.',
      errors: [{ messageId: 'hype', column: 10 }, { messageId: 'hype', column: 40 }],
    },
    {
      name: 'plain text files too',
      code: 'Wanted: Python guru for our data team.',
      filename: 'posting.txt',
      errors: [{ messageId: 'hype', column: 16, suggestions: [{ output: 'Wanted: Python expert for our data team.' }, { output: 'Wanted: Python specialist for our data team.' }] }],
    },
  ],
})
