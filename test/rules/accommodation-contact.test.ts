import { describe, expect, it } from 'vitest'
import { Linter } from '../../src/linter/linter.js'
import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/accommodation-contact.js'

const TODAY = { asOf: '2026-11-27' }
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 7 }
const withLine = (line: string) => `# Cook\n\n${line}\n`
/** Columns `from`–`to` (1-based, end exclusive) of line 3, the line after the title. */
const on3 = (column: number, endColumn: number) => ({ line: 3, column, endLine: 3, endColumn })
/** The whole of line 3. */
const line3 = (text: string) => on3(1, text.length + 1)
const invalid = (value: string, problem: string) => ({ messageId: 'invalidContact', data: { value, problem } })

const NEED = 'If you need a reasonable accommodation during the application process,'
const LET_US_KNOW = `${NEED} please let us know.`
const PHONE = `${NEED} call (303) 555-0199.`
const BELOW = 'If you require an accommodation during the hiring process, please use the contact information below.'
const FR_PHONE = "Pour demander des mesures d'adaptation, composez le 613-555-0199."
const FR_NO_CONTACT = "Si vous avez besoin de mesures d'adaptation pendant le processus de recrutement, veuillez nous en informer."
const ON_REQUEST = 'Accommodations are available on request for applicants with disabilities.'

new RuleTester().run('accommodation-contact', rule, {
  valid: [
    { name: 'an email address', code: withLine(`${NEED} email accommodations@acme.com.`), settings: TODAY },
    { name: 'a phone number and an email address', code: withLine(`${NEED} call (303) 555-0199 or email jobs@acme.com.`), settings: TODAY },
    { name: 'a mailto link', code: withLine(`${NEED} [email our recruiting team](mailto:jobs@acme.com).`), settings: TODAY },
    { name: 'a web page', code: withLine('To request an accommodation, visit https://acme.com/accessibility.'), settings: TODAY },
    { name: 'a phone number with TTY 711', code: withLine(`${NEED} call (303) 555-0199 (TTY: 711).`), settings: TODAY },
    { name: 'a phone number and a relay service', code: withLine(`${NEED} call (303) 555-0199 or use your relay service.`), settings: TODAY },
    { name: 'a phone number marked voice/TTY', code: withLine('If you need an accommodation during the interview, call (303) 555-0199 (voice/TTY).'), settings: TODAY },
    {
      name: 'a TTY line in the next sentence',
      code: withLine('To request a reasonable accommodation, call (303) 555-0199. Deaf or hard-of-hearing applicants may call our TTY line at (303) 555-0100.'),
      settings: TODAY,
    },
    { name: 'TTY 711 in the next sentence', code: withLine('To request a reasonable accommodation, call (303) 555-0199. Deaf or hard-of-hearing applicants may use TTY 711.'), settings: TODAY },
    { name: 'TTY 711 in another paragraph of the posting', code: `${withLine(PHONE)}\nTTY users can call 711.\n`, settings: TODAY },
    { name: 'a relay service named', code: withLine('If you need an accommodation during the interview, call Canada VRS.'), settings: TODAY },
    { name: 'French: mesures d\'adaptation with an email address', code: withLine("Si vous avez besoin de mesures d'adaptation pendant le processus, écrivez à rh@acme.ca."), settings: TODAY },
    { name: 'French: a phone number with ATS', code: withLine("Pour demander des mesures d'adaptation, composez le 613-555-0199 (ATS : 711)."), settings: TODAY },
    { name: 'the contact information below, in the next paragraph', code: `${withLine(BELOW)}\nJane Doe, HR Manager\njane.doe@acme.com\n`, settings: TODAY },
    {
      name: 'French: the contact details below, in a Personnes-ressources section',
      code: withLine("Pour toute demande de mesures d'adaptation, veuillez utiliser les coordonnées ci-dessous.\n\n## Personnes-ressources\n\nMarie Tremblay\nrh@acme.ca"),
      settings: TODAY,
    },
    { name: 'a statement ending with a colon, the address in the next paragraph', code: withLine('If you require an accommodation during the hiring process, contact us at:\n\naccessibility@acme.com'), settings: TODAY },
    { name: 'under an Accommodations heading', code: withLine('## Accommodations\n\nNeed help with the application? Email accessibility@acme.com.'), settings: TODAY },
    {
      name: 'HTML',
      code: '<h1>Cook</h1>\n<p>If you need a reasonable accommodation, email <a href="mailto:jobs@acme.com">our team</a>.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
    },
    { name: 'plain text', code: 'Cook\n\nIf you need a reasonable accommodation, email jobs@acme.com.\n', filename: 'posting.txt', settings: TODAY },
    {
      name: 'a state with posting laws changes nothing',
      code: '---\nlocation: Denver, CO\n---\n\n# Cook\n\nIf you need a reasonable accommodation, email jobs@acme.com.\n',
      settings: TODAY,
    },
  ],
  invalid: [
    { name: 'no statement', code: withLine('We serve breakfast and lunch.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'no statement, HTML: at the h1',
      code: '<h1>Cook</h1>\n<p>We serve breakfast and lunch.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 5, endLine: 1, endColumn: 9 }],
    },
    {
      name: 'no statement, plain text: at the first line',
      code: 'Cook\n\nWe serve breakfast and lunch.\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: 'no statement, in Toronto (front matter): no law changes the message',
      code: '---\nlocation: Toronto, ON\n---\n\n# Cook\n\nWe serve breakfast and lunch.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 5, column: 3, endLine: 5, endColumn: 7 }],
    },
    // Look-alikes.
    { name: 'travel and hotel accommodations', code: withLine('We cover travel and hotel accommodations for interviews.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    { name: 'accommodating schedules', code: withLine('We accommodate flexible schedules.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'a duty in a responsibilities list',
      code: withLine('## Responsibilities\n\n- Ensure employees receive reasonable accommodations.'),
      settings: TODAY,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    // No contact.
    { name: 'no contact', code: withLine(LET_US_KNOW), settings: TODAY, errors: [{ messageId: 'noContact', ...line3(LET_US_KNOW) }] },
    {
      name: 'French: no contact',
      code: withLine(FR_NO_CONTACT),
      settings: TODAY,
      errors: [{ messageId: 'noContact', ...line3(FR_NO_CONTACT) }],
    },
    {
      name: 'the contact information below is not there before the next heading',
      code: `${withLine(BELOW)}\n## Benefits\n\nEmail jobs@acme.com with questions about benefits.\n`,
      settings: TODAY,
      errors: [{ messageId: 'noContact', ...line3(BELOW) }],
    },
    {
      name: 'available on request, but from whom',
      code: withLine(ON_REQUEST),
      settings: TODAY,
      errors: [{ messageId: 'noContact', ...line3(ON_REQUEST) }],
    },
    // Contacts that cannot be used, reported at the contact.
    { name: 'an address that lost its @', code: withLine(`${NEED} email jobsacme.com.`), settings: TODAY, errors: [{ ...invalid('jobsacme.com', 'the @ is missing'), ...on3(78, 90) }] },
    {
      name: 'jobs[at]acme.com',
      code: withLine(`${NEED} email jobs[at]acme.com.`),
      settings: TODAY,
      errors: [{ ...invalid('jobs[at]acme.com', 'it spells out "at" or "dot" instead of writing @ and .'), ...on3(78, 94) }],
    },
    { name: 'spaces around the @', code: withLine('To request an accommodation, email jobs @ acme.com.'), settings: TODAY, errors: [{ ...invalid('jobs @ acme.com', 'it has spaces around the @'), ...on3(36, 51) }] },
    { name: 'two @', code: withLine('To request a reasonable accommodation, email jobs@@acme.com.'), settings: TODAY, errors: [{ ...invalid('jobs@@acme.com', 'it has more than one @'), ...on3(46, 60) }] },
    {
      name: 'a malformed mailto link: at the link target',
      code: withLine(`${NEED} email [our recruiting team](mailto:jobs@acme).`),
      settings: TODAY,
      errors: [{ ...invalid('jobs@acme', 'the domain has no top-level domain (.com, .ca …)'), ...on3(100, 116) }],
    },
    {
      name: 'a mailto link with no @: at the link target',
      code: withLine(`${NEED} email [our recruiting team](mailto:jobs.acme.com).`),
      settings: TODAY,
      errors: [{ ...invalid('jobs.acme.com', 'the @ is missing'), ...on3(100, 120) }],
    },
    {
      name: 'a malformed mailto link, HTML: at the href',
      code: '<h1>Cook</h1>\n<p>If you need a reasonable accommodation, email <a href="mailto:jobs@acme">our team</a>.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ ...invalid('jobs@acme', 'the domain has no top-level domain (.com, .ca …)'), line: 2, column: 59, endLine: 2, endColumn: 75 }],
    },
    {
      name: 'an autolink with no top-level domain is reported once',
      code: withLine('To request a reasonable accommodation, email <jobs@acme>.'),
      settings: TODAY,
      errors: [{ ...invalid('jobs@acme', 'the domain has no top-level domain (.com, .ca …)'), ...on3(46, 57) }],
    },
    {
      name: 'a link with no host: at the link target',
      code: withLine('To request an accommodation, [use this form](https://).'),
      settings: TODAY,
      errors: [{ ...invalid('https://', 'it has no host'), ...on3(46, 54) }],
    },
    {
      name: 'a phone number with too few digits (tel: link)',
      code: withLine('To request a reasonable accommodation, [call us](tel:303555019).'),
      settings: TODAY,
      errors: [{ ...invalid('303555019', 'it has too few digits'), ...on3(50, 63) }],
    },
    {
      name: 'a phone number with no area code',
      code: withLine(`${NEED} call 555-0199.`),
      settings: TODAY,
      errors: [{ ...invalid('555-0199', 'it has no area code'), ...on3(77, 85) }],
    },
    {
      name: 'a broken address in the paragraph after "contact information below"',
      code: `${withLine(BELOW)}\nJane Doe, HR Manager: jane.doe[at]acme.com\n`,
      settings: TODAY,
      errors: [{ ...invalid('jane.doe[at]acme.com', 'it spells out "at" or "dot" instead of writing @ and .'), line: 5, column: 23, endLine: 5, endColumn: 43 }],
    },
    {
      name: 'a broken address beside a phone number: the address is reported, not phoneOnly',
      code: withLine('To request a reasonable accommodation, call (303) 555-0199 or email jobs[at]acme.com.'),
      settings: TODAY,
      errors: [{ ...invalid('jobs[at]acme.com', 'it spells out "at" or "dot" instead of writing @ and .'), ...on3(69, 85) }],
    },
    // A phone number alone.
    { name: 'a phone number only', code: withLine(PHONE), settings: TODAY, errors: [{ messageId: 'phoneOnly', ...line3(PHONE) }] },
    { name: 'French: a phone number only', code: withLine(FR_PHONE), settings: TODAY, errors: [{ messageId: 'phoneOnly', ...line3(FR_PHONE) }] },
    { name: 'a number with 711 in it is not a relay', code: withLine('Reasonable accommodation: call (303) 711-0199.'), settings: TODAY, errors: [{ messageId: 'phoneOnly', ...on3(1, 47) }] },
    {
      name: 'the contact information below is a phone number in a Contact section',
      code: `${withLine(BELOW)}\n## Contact\n\nJane Doe, HR Manager, (416) 555-0142\n`,
      settings: TODAY,
      errors: [{ messageId: 'phoneOnly', ...line3(BELOW) }],
    },
    {
      name: 'a phone number only, plain text',
      code: 'Cook\n\nIf you need a reasonable accommodation, call (303) 555-0199.\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'phoneOnly', line: 3, column: 1, endLine: 3, endColumn: 61 }],
    },
  ],
})

describe('accommodation-contact: broken phone numbers', () => {
  it('reads a North American number missing a digit as a broken contact', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['accommodation-contact', rule]]) }).verify(code, { rules: { 'accommodation-contact': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine(`${NEED} call 303-555-019.`), TODAY)).toEqual(['invalidContact'])
    expect(lint(withLine(`${NEED} call +1 303 555 019.`), TODAY)).toEqual(['invalidContact'])
  })
})
