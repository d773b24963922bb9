import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import { getJurisdiction } from '../../src/jurisdictions/index.js'
import { citeLaws } from '../../src/jurisdictions/requirements.js'
import rule from '../../rules/application-deadline.js'

/** How the message names these laws (ids from `src/jurisdictions/data`), in this order. */
function cite(...ids: string[]): string {
  return citeLaws(
    ids.map((id) => {
      const jurisdiction = getJurisdiction(id.slice(0, id.indexOf('/')))!
      return { jurisdiction, law: jurisdiction.laws.find((law) => law.id === id)! }
    }),
  )
}

const AS_OF = '2026-11-27'
const CO = { jurisdictions: ['US-CO'], asOf: AS_OF }
const TX = { jurisdictions: ['US-TX'], asOf: AS_OF }
const TODAY = { asOf: AS_OF }
const BARE = '# Line Cook\n\nJoin the kitchen of a busy bistro in Denver.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 12 }
const withLine = (line: string) => `# Line Cook\n\n${line}\n`
const PAST = [{ reportPast: true }]
const COLORADO = cite('US-CO/epewa-2024')

new RuleTester().run('application-deadline', rule, {
  valid: [
    { name: 'no law asks for a deadline in Texas', code: BARE, settings: TX },
    { name: 'Colorado in 2023: the 2021 text asked for no deadline', code: BARE, settings: { jurisdictions: ['US-CO'], asOf: '2023-06-01' } },
    { name: 'Colorado on 2023-12-31', code: BARE, settings: { jurisdictions: ['US-CO'], asOf: '2023-12-31' } },
    { name: 'Washington asks for no deadline', code: BARE, settings: { jurisdictions: ['US-WA'], asOf: AS_OF } },
    { name: 'applications accepted on an ongoing basis', code: withLine('Applications accepted on an ongoing basis.'), settings: CO },
    { name: 'open until filled', code: withLine('This position is open until filled.'), settings: CO },
    { name: 'applications reviewed on a rolling basis', code: withLine('Applications are reviewed on a rolling basis.'), settings: CO },
    { name: 'no application deadline', code: withLine('There is no application deadline for this job.'), settings: CO },
    { name: 'a closing date in the text', code: withLine('Applications close on December 15, 2026.'), settings: CO },
    { name: 'apply by a date', code: withLine('Apply by 12/15/2026.'), settings: CO },
    { name: 'a date without a year still names a deadline', code: withLine('Apply by December 15.'), settings: CO },
    { name: 'a closing date in front matter (closes)', code: `---\ncloses: 2026-12-15\n---\n${BARE}`, settings: CO },
    { name: 'a closing date in front matter (validThrough)', code: `---\nvalidThrough: 2026-12-15T23:59\n---\n${BARE}`, settings: CO },
    { name: 'a date under a "Closing date" heading', code: '# Line Cook\n\n## Closing date\n\nDecember 15, 2026.\n', settings: CO },
    {
      name: 'HTML: a bold label and a date',
      code: '<h1>Line Cook</h1>\n<p><strong>Application deadline:</strong> December 15, 2026</p>\n',
      filename: 'posting.html',
      settings: CO,
    },
    { name: 'plain text', code: 'Line Cook\n\nDeadline to apply: December 15, 2026.\n', filename: 'posting.txt', settings: CO },
    { name: 'French: jusqu\'au', code: '# Cuisinier\n\nNous acceptons les candidatures jusqu\'au 15 décembre 2026.\n', settings: CO },
    {
      name: 'a national-government employer in Colorado answers to federal law only',
      code: '# IT Specialist\n\nLocation: Denver, CO\n\nThis is a USAJOBS announcement. Apply at usajobs.gov.\n',
      settings: TODAY,
    },
    // reportPast
    { name: 'a past deadline is not reported by default', code: withLine('Apply by January 5, 2026.'), settings: CO },
    { name: 'reportPast: a deadline still ahead', code: withLine('Apply by December 15, 2026.'), settings: CO, options: PAST },
    { name: 'reportPast: a deadline on the as-of date has not passed', code: withLine('Apply by November 27, 2026.'), settings: CO, options: PAST },
    {
      name: 'reportPast: a past date with "open until filled" is not stale',
      code: withLine('Applications were due by January 5, 2026, but remain open until filled.'),
      settings: CO,
      options: PAST,
    },
    { name: 'reportPast: a date without a year cannot be judged', code: withLine('Apply by January 5.'), settings: CO, options: PAST },
    {
      name: 'reportPast: the posting\'s date is the as-of date',
      code: '---\ndatePosted: 2026-01-02\ncloses: 2026-01-05\n---\n# Line Cook\n\nJoin the kitchen.\n',
      options: PAST,
    },
  ],
  invalid: [
    {
      name: 'Colorado (settings): the whole message',
      code: BARE,
      settings: CO,
      errors: [
        {
          message:
            'The posting gives no application deadline and does not say applications are accepted on an ongoing basis, which Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11) require(s).',
          ...TITLE,
        },
      ],
    },
    { name: 'Colorado from 2024-01-01', code: BARE, settings: { jurisdictions: ['US-CO'], asOf: '2024-01-01' }, errors: [{ messageId: 'missing', data: { laws: COLORADO }, ...TITLE }] },
    {
      name: 'a location line in the text',
      code: '# Line Cook\n\nLocation: Boulder, CO\n\nJoin the kitchen of a busy bistro.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, ...TITLE }],
    },
    {
      name: 'front matter location',
      code: '---\nlocation: Denver, CO\n---\n# Line Cook\n\nJoin the kitchen of a busy bistro.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, line: 4, column: 3, endLine: 4, endColumn: 12 }],
    },
    {
      name: 'remote across the US: Colorado reaches remote jobs',
      code: '# Support Engineer\n\nLocation: Remote – US\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, line: 1, column: 3, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'HTML',
      code: '<h1>Line Cook</h1>\n<p>Location: Denver, CO</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, line: 1, column: 5, endLine: 1, endColumn: 14 }],
    },
    {
      name: 'plain text',
      code: 'Line Cook\n\nLocation: Denver, CO\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: '"meet tight deadlines" is about the work',
      code: withLine('You must be able to meet tight deadlines during service.'),
      settings: CO,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: '"hiring on an ongoing basis" is not about applications',
      code: withLine('We are hiring on an ongoing basis.'),
      settings: CO,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'interviews on a rolling basis',
      code: withLine('Interviews will be held on a rolling basis.'),
      settings: CO,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    // reportPast
    {
      name: 'reportPast: a past deadline in the text',
      code: withLine('The deadline to apply is January 5, 2026.'),
      settings: CO,
      options: PAST,
      errors: [
        {
          message: 'The application deadline 2026-01-05 has passed (as of 2026-11-27): update it or take the posting down.',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      name: 'reportPast: a past deadline in front matter is reported at its line',
      code: `---\ncloses: 2026-01-05\n---\n${BARE}`,
      settings: CO,
      options: PAST,
      errors: [{ messageId: 'past', data: { date: '2026-01-05', asOf: AS_OF }, line: 2, column: 1, endLine: 2, endColumn: 19 }],
    },
    {
      name: 'reportPast: the day before the as-of date',
      code: withLine('Apply by November 26, 2026.'),
      settings: CO,
      options: PAST,
      errors: [{ messageId: 'past', data: { date: '2026-11-26', asOf: AS_OF }, line: 3, column: 1, endLine: 3, endColumn: 28 }],
    },
    {
      name: 'reportPast: a stale deadline is reported where no law asks for one',
      code: withLine('Apply by January 5, 2026.'),
      settings: TX,
      options: PAST,
      errors: [{ messageId: 'past', data: { date: '2026-01-05', asOf: AS_OF }, line: 3, column: 1, endLine: 3, endColumn: 26 }],
    },
    {
      name: 'reportPast: HTML, the end of an application period',
      code: '<h1>Line Cook</h1>\n<p><strong>Opening and closing period:</strong> March 2, 2026 to March 16, 2026</p>\n',
      filename: 'posting.html',
      settings: CO,
      options: PAST,
      errors: [{ messageId: 'past', data: { date: '2026-03-16', asOf: AS_OF }, line: 2, column: 4 }],
    },
    {
      name: 'reportPast with nothing at all: missing, and nothing to judge',
      code: BARE,
      settings: CO,
      options: PAST,
      errors: [{ messageId: 'missing', data: { laws: COLORADO }, ...TITLE }],
    },
  ],
})

describe('application-deadline: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['application-deadline', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>, filename = 'posting.md') =>
    linter.verify(code, { rules: { 'application-deadline': { severity: 2, options: [] } }, settings }, filename).messages

  it('points at the location line', () => {
    const [message] = lint('# Line Cook\n\nLocation: Denver, CO\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      {
        message: 'US-CO applies here (text): Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work)',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 21,
      },
    ])
  })

  it('points at the remote line, and only at what brought in Colorado', () => {
    const [message] = lint('Support Engineer\n\nLocation: Remote – US\n', TODAY, 'posting.txt')
    expect(message!.relatedLocations).toEqual([expect.objectContaining({ message: expect.stringMatching(/^US-CO applies here \(remote\)/), line: 3, column: 11, endColumn: 22 })])
  })

  it('gives no related location for a stale deadline', () => {
    const messages = linter.verify(withLine('Apply by January 5, 2026.'), { rules: { 'application-deadline': { severity: 2, options: PAST } }, settings: CO }, 'posting.md').messages
    expect(messages.map((message) => [message.messageId, message.relatedLocations ?? []])).toEqual([['past', []]])
  })

  it('finds a bare date under a "Deadline" heading', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['application-deadline', rule]]) }).verify(code, { rules: { 'application-deadline': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint('# Line Cook\n\n## Deadline\n\nDecember 15, 2026\n', CO)).toEqual([])
  })
  it('ignores deadlines that are not the application\'s', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['application-deadline', rule]]) }).verify(code, { rules: { 'application-deadline': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint('# Line Cook\n\nOur launch deadline is March 1, 2027.\n', CO)).toEqual(['missing'])
  })
})
