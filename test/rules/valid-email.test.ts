import { RuleTester } from '../../src/rule-tester.js'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CANDIDATE, CANDIDATE_HINT } from '../../rules/data/email-forms.js'
import rule from '../../rules/valid-email.js'

new RuleTester().run('valid-email', rule, {
  valid: [
    'Questions? Email jobs@example.com.',
    'Write to Jane.Doe+hiring@acme.co.uk, or to rh@acme.ca…',
    // Web addresses and domains in ordinary sentences.
    'Visit acme.com or www.acme.com/careers for details.',
    'Look at acme.com today. Learn more at acme dot com. Apply now at acme dot com.',
    'Visit careers at acme dot com.',
    'Email: careers.acme.com/apply is our portal.',
    'Contact us at 555.123.4567. Send your CV to firstname.lastname. Email U.S. citizens and Node.js developers.',
    'Email Booking.com support if your booking fails.',
    // A host the posting links to is a website, even after "send … to".
    'Send your portfolio to careers.acme.com. Apply at [careers.acme.com](https://careers.acme.com).',
    // Handles, prices, versions, times and code.
    'Follow us @acme on Twitter, or on Bluesky @acme.bsky.social.',
    'Mastodon: @jobs@acme.social',
    'Senior Engineer @ Booking.com, 2019–2023.',
    'Price: 2 @ $5 each.',
    'Install react@18.2.0 or lodash@latest; we meet 10@5pm.',
    'Run `ssh user@localhost` to connect.',
    'Please email us at the address below.',
    'Read Careers@Acme, our culture blog, and Life@Acme on Instagram.',
    'Read https://medium.com/@acme/hiring and https://user@host.acme.com/x.',
    // Links.
    '[Email us](mailto:jobs@acme.com?subject=Application)',
    '[Email us](mailto:jobs@acme.com,hr@acme.com)',
    '[Email {{ page.contact_name }}](mailto:{{ page.contact_email }})',
    { code: '<p>Email <a href="mailto:jobs&#64;acme.com">jobs&#64;acme.com</a>.</p>', filename: 'x.html' },
    // French.
    'Envoyez votre CV à rh@acme.ca ou visitez acme.ca.',
    { code: 'Write to rh@acme.ca. Visit acme.ca.', filename: 'x.txt' },
    { code: '---\ncontact_email: jointts@gsa.gov\n---\n\nApply today.' },
    { name: 'allowObfuscated allows deliberate obfuscation', code: 'Email jobs[at]acme.com or jobs at acme dot com', options: [{ allowObfuscated: true }] },
  ],
  invalid: [
    {
      name: 'the obfuscated address of the CLI check',
      code: '# Engineer\n\nQuestions? Email jobs[at]example.com\n\n#LI-Remote\n',
      errors: [
        {
          messageId: 'obfuscated',
          data: { text: 'jobs[at]example.com' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'useAddress', data: { address: 'jobs@example.com' }, output: '# Engineer\n\nQuestions? Email jobs@example.com\n\n#LI-Remote\n' }],
        },
      ],
      output: null,
    },
    {
      code: 'Write to jobs (at) example (dot) com.',
      errors: [{ messageId: 'obfuscated', column: 10, endColumn: 37, suggestions: [{ messageId: 'useAddress', output: 'Write to jobs@example.com.' }] }],
      output: null,
    },
    {
      code: 'Email jobs {at} example {dot} com or jobs at example dot com.',
      errors: [
        { messageId: 'obfuscated', column: 7, endColumn: 34, suggestions: [{ messageId: 'useAddress', output: 'Email jobs@example.com or jobs at example dot com.' }] },
        { messageId: 'obfuscated', column: 38, endColumn: 61, suggestions: [{ messageId: 'useAddress', output: 'Email jobs {at} example {dot} com or jobs@example.com.' }] },
      ],
      output: null,
    },
    {
      code: 'Reach jobs@example[dot]com or jane(@)acme.com today.',
      errors: [
        { messageId: 'obfuscated', column: 7, endColumn: 27, suggestions: [{ messageId: 'useAddress', output: 'Reach jobs@example.com or jane(@)acme.com today.' }] },
        { messageId: 'obfuscated', column: 31, endColumn: 46, suggestions: [{ messageId: 'useAddress', output: 'Reach jobs@example[dot]com or jane@acme.com today.' }] },
      ],
      output: null,
    },
    {
      name: '"at" between a real mailbox and domain counts after "Email"',
      code: 'Email jane.doe at acme.com.',
      errors: [{ messageId: 'obfuscated', data: { text: 'jane.doe at acme.com' }, column: 7, endColumn: 27, suggestions: [{ messageId: 'useAddress', output: 'Email jane.doe@acme.com.' }] }],
      output: null,
    },
    {
      name: 'allowObfuscated still reports broken addresses',
      code: 'Email jobs @ acme.com',
      options: [{ allowObfuscated: true }],
      errors: [{ messageId: 'spacesAroundAt', column: 7, endColumn: 22, suggestions: [{ messageId: 'useAddress', output: 'Email jobs@acme.com' }] }],
      output: null,
    },
    {
      name: 'a lost @ is put back before the domain the posting links to',
      code: 'Apply at [acme.com](https://acme.com). Email jobsacme.com with questions.',
      errors: [
        {
          messageId: 'missingAt',
          data: { text: 'jobsacme.com' },
          column: 46,
          endColumn: 58,
          suggestions: [{ messageId: 'useAddress', data: { address: 'jobs@acme.com' }, output: 'Apply at [acme.com](https://acme.com). Email jobs@acme.com with questions.' }],
        },
      ],
      output: null,
    },
    {
      name: 'a lost @ is put back before the employer named in front matter',
      code: '---\ncompany: Globex Corporation\n---\n\nSend your CV to anna.smithglobex.com.',
      errors: [{ messageId: 'missingAt', line: 5, column: 17, endColumn: 37, suggestions: [{ messageId: 'useAddress', output: '---\ncompany: Globex Corporation\n---\n\nSend your CV to anna.smith@globex.com.' }] }],
      output: null,
    },
    {
      name: 'a lost @ matching an address given elsewhere',
      code: 'Questions: hr@acme.com.\n\nWrite to us at hr.acme.com to apply.',
      errors: [{ messageId: 'missingAt', line: 3, column: 16, endColumn: 27, suggestions: [{ messageId: 'useAddress', output: 'Questions: hr@acme.com.\n\nWrite to us at hr@acme.com to apply.' }] }],
      output: null,
    },
    {
      name: 'a lost @ that cannot be placed is reported without a suggestion',
      code: 'Contact: jointts.gsa.gov.',
      errors: [{ messageId: 'missingAt', column: 10, endColumn: 25, suggestions: [] }],
      output: null,
    },
    {
      code: 'Envoyez votre CV à emploisacme.ca. Courriel : rh[at]acme.ca',
      errors: [
        { messageId: 'missingAt', column: 20, endColumn: 34, suggestions: [{ messageId: 'useAddress', output: 'Envoyez votre CV à emplois@acme.ca. Courriel : rh[at]acme.ca' }] },
        { messageId: 'obfuscated', column: 47, endColumn: 60, suggestions: [{ messageId: 'useAddress', output: 'Envoyez votre CV à emploisacme.ca. Courriel : rh@acme.ca' }] },
      ],
      output: null,
    },
    {
      code: 'Écrivez-nous à rh.acme.ca pour postuler.',
      errors: [{ messageId: 'missingAt', data: { text: 'rh.acme.ca' }, column: 16, endColumn: 26, suggestions: [{ messageId: 'useAddress', output: 'Écrivez-nous à rh@acme.ca pour postuler.' }] }],
      output: null,
    },
    {
      code: 'Send your CV to jobs @ example.com or jobs@ example.com.',
      errors: [
        { messageId: 'spacesAroundAt', data: { text: 'jobs @ example.com' }, column: 17, endColumn: 35, suggestions: [{ messageId: 'useAddress', output: 'Send your CV to jobs@example.com or jobs@ example.com.' }] },
        { messageId: 'spacesAroundAt', column: 39, endColumn: 56, suggestions: [{ messageId: 'useAddress', output: 'Send your CV to jobs @ example.com or jobs@example.com.' }] },
      ],
      output: null,
    },
    {
      name: 'escapes left visible in plain text are fixed',
      code: 'Email jobs\\@example.com or jobs%40example.com.',
      filename: 'x.txt',
      errors: [
        { messageId: 'escaped', data: { text: 'jobs\\@example.com', escape: '\\@' }, column: 7, endColumn: 24, suggestions: [] },
        { messageId: 'escaped', data: { text: 'jobs%40example.com', escape: '%40' }, column: 28, endColumn: 46 },
      ],
      output: 'Email jobs@example.com or jobs@example.com.',
    },
    {
      name: 'a double-encoded entity in HTML is fixed in the source',
      code: '<p>Email jobs&amp;#64;example.com now.</p>',
      filename: 'x.html',
      errors: [{ messageId: 'escaped', data: { text: 'jobs&#64;example.com', escape: '&#64;' }, column: 10, endColumn: 34 }],
      output: '<p>Email jobs@example.com now.</p>',
    },
    {
      code: 'Reach us at jobs&commat;example.com.',
      filename: 'x.txt',
      errors: [{ messageId: 'escaped', data: { text: 'jobs&commat;example.com', escape: '&commat;' }, column: 13, endColumn: 36 }],
      output: 'Reach us at jobs@example.com.',
    },
    {
      code: 'Email jobs&amp;#64;example.com now.',
      errors: [{ messageId: 'escaped', column: 7, endColumn: 31 }],
      output: 'Email jobs@example.com now.',
    },
    {
      code: 'Write to jobs@example.',
      errors: [{ messageId: 'noTopLevelDomain', data: { text: 'jobs@example' }, column: 10, endColumn: 22, suggestions: [] }],
      output: null,
    },
    {
      name: 'the top-level domain is taken from the domain the posting links to',
      code: 'See [our site](https://www.acme.com).\n\nEmail careers@acme for details.',
      errors: [{ messageId: 'noTopLevelDomain', line: 3, column: 7, endColumn: 19, suggestions: [{ messageId: 'useAddress', output: 'See [our site](https://www.acme.com).\n\nEmail careers@acme.com for details.' }] }],
      output: null,
    },
    {
      code: 'Email jobs@.example.com or jobs..hr@example.com',
      errors: [
        { messageId: 'misplacedDot', column: 7, endColumn: 24, suggestions: [{ messageId: 'useAddress', output: 'Email jobs@example.com or jobs..hr@example.com' }] },
        { messageId: 'misplacedDot', column: 28, endColumn: 48, suggestions: [{ messageId: 'useAddress', output: 'Email jobs@.example.com or jobs.hr@example.com' }] },
      ],
      output: null,
    },
    {
      code: 'Email jobs@@example.com or a@b@example.com.',
      errors: [
        { messageId: 'doubleAt', column: 7, endColumn: 24, suggestions: [{ messageId: 'useAddress', output: 'Email jobs@example.com or a@b@example.com.' }] },
        { messageId: 'doubleAt', data: { text: 'a@b@example.com' }, column: 28, endColumn: 43, suggestions: [] },
      ],
      output: null,
    },
    {
      name: 'a mailto link with a trailing dot',
      code: 'Please reach out to [our team](mailto:jobs@acme.ca.).',
      errors: [
        {
          messageId: 'malformedMailto',
          data: { url: 'mailto:jobs@acme.ca.' },
          column: 32,
          endColumn: 52,
          suggestions: [{ messageId: 'useAddress', data: { address: 'jobs@acme.ca' }, output: 'Please reach out to [our team](mailto:jobs@acme.ca).' }],
        },
      ],
      output: null,
    },
    {
      name: 'a broken href is repaired from the address the link shows',
      code: '<p><a href="mailto:jobs@acme">jobs@acme.com</a></p>',
      filename: 'x.html',
      errors: [{ messageId: 'malformedMailto', column: 13, endColumn: 29, suggestions: [{ messageId: 'useAddress', output: '<p><a href="mailto:jobs@acme.com">jobs@acme.com</a></p>' }] }],
      output: null,
    },
    {
      name: 'the query of a mailto link is kept',
      code: '<a href="mailto:jobs[at]acme.com?subject=Hi">Apply</a>',
      filename: 'x.html',
      errors: [{ messageId: 'malformedMailto', column: 10, endColumn: 44, suggestions: [{ messageId: 'useAddress', output: '<a href="mailto:jobs@acme.com?subject=Hi">Apply</a>' }] }],
      output: null,
    },
    {
      code: "<p>Write to <a href='mailto:jobs at acme dot com'>our recruiters</a>.</p>",
      filename: 'x.html',
      errors: [{ messageId: 'malformedMailto', data: { url: 'mailto:jobs at acme dot com' }, column: 22, endColumn: 49, suggestions: [{ messageId: 'useAddress', output: "<p>Write to <a href='mailto:jobs@acme.com'>our recruiters</a>.</p>" }] }],
      output: null,
    },
    {
      code: '<p><a href=mailto:jobs@@acme.com>Email</a></p>',
      filename: 'x.html',
      errors: [{ messageId: 'malformedMailto', column: 12, endColumn: 33, suggestions: [{ messageId: 'useAddress', output: '<p><a href=mailto:jobs@acme.com>Email</a></p>' }] }],
      output: null,
    },
    {
      name: 'an autolink showing its broken URL is reported once',
      code: 'Write to <mailto:jobs@acme>.',
      errors: [{ messageId: 'malformedMailto', column: 11, endColumn: 27, suggestions: [] }],
      output: null,
    },
    {
      code: '[Write to us](mailto:)',
      errors: [{ messageId: 'malformedMailto', data: { url: 'mailto:' }, column: 15, endColumn: 22, suggestions: [] }],
      output: null,
    },
    {
      name: 'a link to a bare address gets mailto:',
      code: '[jobs@acme.com](jobs@acme.com)',
      errors: [{ messageId: 'missingMailto', data: { address: 'jobs@acme.com' }, column: 17, endColumn: 30 }],
      output: '[jobs@acme.com](mailto:jobs@acme.com)',
    },
    {
      code: '<p><a href="jobs@acme.com">Email us</a></p>',
      filename: 'x.html',
      errors: [{ messageId: 'missingMailto', column: 13, endColumn: 26 }],
      output: '<p><a href="mailto:jobs@acme.com">Email us</a></p>',
    },
    {
      name: 'front matter values are checked',
      code: '---\ncontact_email: jobs[at]acme.com\nreply_email: talentacme.com\n---\n\nApply today.',
      errors: [
        { messageId: 'obfuscated', line: 2, column: 16, endColumn: 32 },
        { messageId: 'missingAt', line: 3, column: 14, endColumn: 28, suggestions: [{ messageId: 'useAddress', output: '---\ncontact_email: jobs[at]acme.com\nreply_email: talent@acme.com\n---\n\nApply today.' }] },
      ],
      output: null,
    },
    {
      name: 'CRLF line endings',
      code: 'Hello.\r\n\r\nEmail jobs[at]acme.com\r\nor jobs\\@acme.com\r\n',
      filename: 'x.txt',
      errors: [
        { messageId: 'obfuscated', line: 3, column: 7, endLine: 3, endColumn: 23 },
        { messageId: 'escaped', line: 4, column: 4, endLine: 4, endColumn: 18 },
      ],
      output: 'Hello.\r\n\r\nEmail jobs[at]acme.com\r\nor jobs@acme.com\r\n',
    },
  ],
})

describe('CANDIDATE_HINT', () => {
  // Texts made of the characters candidates are written with, and others; without dots, only a form of `@` makes a candidate.
  const pieces = [...'atAT@&#64;%40x_-+ \t\u00a0()[]{}<>\\jobsacmedot\n,:é'].concat(['&commat;', ' at ', '[at]', ' dot ', '(dot)', '&#064;', '&#x40;'])
  const holdsCandidate = (text: string): boolean => {
    CANDIDATE.lastIndex = 0
    return CANDIDATE.exec(text) !== null
  }

  it('is found in every text that holds a candidate', () => {
    for (const alphabet of [pieces, [...pieces, '.', '.com', '.1', '._', '.%', '.+', '.-']]) {
      const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(''))
      fc.assert(
        fc.property(texts, (text) => !holdsCandidate(text) || CANDIDATE_HINT.test(text)),
        { numRuns: 20000 },
      )
    }
  })

  it('lets through every kind of candidate', () => {
    for (const text of ['jobs@acme', 'jobs\\@acme', 'jobs&#64;acme', 'jobs&#x40;acme', 'jobs&commat;acme', 'jobs%40acme', 'jobs ( at ) acme', 'jobs{at}acme', 'jobs<at>acme', 'jobs\u00a0AT\u00a0acme', 'jobs\tat\tacme', 'jobsacme.com', 'acme.1', 'acme._x', 'acme.-x', 'acme.+x', 'acme.%x']) {
      expect(holdsCandidate(text), text).toBe(true)
      expect(CANDIDATE_HINT.test(text), text).toBe(true)
    }
    expect(CANDIDATE_HINT.test('We hire engineers. Apply today, and say hello: we read every letter.')).toBe(false)
  })
})
