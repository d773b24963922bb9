import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import { getJurisdiction } from '../../src/jurisdictions/index.js'
import { citeLaws } from '../../src/jurisdictions/requirements.js'
import rule from '../../rules/fair-chance-statement.js'

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
const at = (jurisdictions: string[], asOf = AS_OF) => ({ jurisdictions, asOf })
const TODAY = { asOf: AS_OF }
const SF = at(['US-CA-SF'])
const BARE = '# Store Associate\n\nHelp customers find the right bike.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 18 }
const withLine = (line: string) => `# Store Associate\n\n${line}\n`

new RuleTester().run('fair-chance-statement', rule, {
  valid: [
    { name: 'no local law: Oakland', code: '# Store Associate\n\nLocation: Oakland, CA\n\nHelp customers.\n', settings: TODAY },
    { name: 'no local law: Washington forbids exclusions but asks for no statement', code: BARE, settings: at(['US-WA']) },
    { name: 'California alone asks for no statement', code: BARE, settings: at(['US-CA']) },
    { name: 'the ordinance\'s wording', code: withLine('We will consider qualified applicants with arrest and conviction records.'), settings: SF },
    {
      name: 'the San Francisco statement in full',
      code: withLine('Pursuant to the San Francisco Fair Chance Ordinance, we will consider for employment qualified applicants with arrest and conviction records.'),
      settings: SF,
    },
    {
      name: 'the Los Angeles statement',
      code: withLine('Qualified applicants with criminal histories will be considered in a manner consistent with the Los Angeles Fair Chance Initiative for Hiring Ordinance.'),
      settings: at(['US-CA-LA']),
    },
    { name: 'a fair chance employer', code: withLine('We are a fair chance employer.'), settings: at(['US-CA-LA-COUNTY']) },
    {
      name: 'HTML',
      code: '<h1>Store Associate</h1>\n<p><em>We will consider qualified applicants with arrest and conviction records.</em></p>\n',
      filename: 'posting.html',
      settings: SF,
    },
    {
      name: 'plain text',
      code: 'Store Associate\n\nQualified applicants with criminal histories will be considered for employment.\n',
      filename: 'posting.txt',
      settings: SF,
    },
    { name: 'San Francisco before the ordinance (2014-08-12)', code: BARE, settings: at(['US-CA-SF'], '2014-08-12') },
    { name: 'Los Angeles before the ordinance (2017-01-21)', code: BARE, settings: at(['US-CA-LA'], '2017-01-21') },
    { name: 'Los Angeles County before the ordinance (2024-09-02)', code: BARE, settings: at(['US-CA-LA-COUNTY'], '2024-09-02') },
    {
      name: 'a national-government employer in San Francisco answers to federal law only',
      code: '# IT Specialist\n\nLocation: San Francisco, CA\n\nThis is a USAJOBS announcement. Apply at usajobs.gov.\n',
      settings: TODAY,
    },
    { name: 'Colorado asks for no statement', code: BARE, settings: at(['US-CO']) },
  ],
  invalid: [
    {
      name: 'San Francisco (settings): the whole message',
      code: BARE,
      settings: SF,
      errors: [
        {
          message:
            'The posting does not state that qualified applicants with arrest or conviction records will be considered, which San Francisco: Fair Chance Ordinance, as amended in 2018 (San Francisco Police Code article 49) require(s).',
          ...TITLE,
        },
      ],
    },
    { name: 'San Francisco on 2014-08-13: the 2014 text', code: BARE, settings: at(['US-CA-SF'], '2014-08-13'), errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco-2014') } }] },
    { name: 'San Francisco on 2018-09-30: still the 2014 text', code: BARE, settings: at(['US-CA-SF'], '2018-09-30'), errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco-2014') } }] },
    { name: 'San Francisco from 2018-10-01: the amendment', code: BARE, settings: at(['US-CA-SF'], '2018-10-01'), errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco') } }] },
    { name: 'Los Angeles from 2017-01-22', code: BARE, settings: at(['US-CA-LA'], '2017-01-22'), errors: [{ messageId: 'missing', data: { laws: cite('US-CA-LA/fciho') }, ...TITLE }] },
    {
      name: 'Los Angeles County from 2024-09-03',
      code: BARE,
      settings: at(['US-CA-LA-COUNTY'], '2024-09-03'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-LA-COUNTY/fair-chance') }, ...TITLE }],
    },
    {
      name: 'a location line: San Francisco',
      code: '# Store Associate\n\nLocation: San Francisco, CA\n\nHelp customers find the right bike.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco') }, ...TITLE }],
    },
    {
      name: 'a location line: unincorporated Los Angeles County',
      code: '# Store Associate\n\nLocation: Altadena, CA\n\nHelp customers find the right bike.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-LA-COUNTY/fair-chance') }, ...TITLE }],
    },
    {
      name: 'front matter location',
      code: '---\nlocation: San Francisco, CA\n---\n# Store Associate\n\nHelp customers find the right bike.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco') }, line: 4, column: 3, endLine: 4, endColumn: 18 }],
    },
    {
      name: 'remote across the US: the County ordinance reaches remote work done there',
      code: '# Support Specialist\n\nLocation: Remote – US\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-LA-COUNTY/fair-chance') }, line: 1, column: 3, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'HTML',
      code: '<h1>Store Associate</h1>\n<p>Location: San Francisco, CA</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco') }, line: 1, column: 5, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'plain text',
      code: 'Store Associate\n\nLocation: San Francisco, CA\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CA-SF/fco') }, line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    { name: 'a background-check notice is not a fair-chance statement', code: withLine('A background check is required.'), settings: SF, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'an exclusion is the opposite',
      code: withLine('Candidates must have a clean criminal record.'),
      settings: SF,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    { name: '"no felons"', code: withLine('No felons.'), settings: at(['US-CA-LA']), errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'passing a criminal background check',
      code: withLine('Offers are contingent on passing a criminal background check.'),
      settings: at(['US-CA-LA-COUNTY']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
  ],
})

describe('fair-chance-statement: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['fair-chance-statement', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>) =>
    linter.verify(code, { rules: { 'fair-chance-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages

  it('points at the location line', () => {
    const [message] = lint('# Store Associate\n\nLocation: San Francisco, CA\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      { message: 'US-CA-SF applies here (text): Fair Chance Ordinance, as amended in 2018', line: 3, column: 11, endLine: 3, endColumn: 28 },
    ])
  })

  it('points at the remote line', () => {
    const [message] = lint('# Support Specialist\n\nLocation: Remote – US\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      { message: 'US-CA-LA-COUNTY applies here (remote): Fair Chance Ordinance for Employers', line: 3, column: 11, endLine: 3, endColumn: 22 },
    ])
  })

  // The County ordinance covers unincorporated areas only.
  it('stays silent for an incorporated city the County ordinance does not reach', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['fair-chance-statement', rule]]) }).verify(code, { rules: { 'fair-chance-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint('# Barista\n\nLocation: Santa Monica, CA\n\nMake coffee.\n', TODAY)).toEqual([])
    expect(lint('# Barista\n\nLocation: Marina del Rey, CA\n\nMake coffee.\n', TODAY)).toEqual(['missing'])
  })
  it('cites only the City ordinance for Los Angeles', () => {
    const linter = new Linter({ rules: new Map([['fair-chance-statement', rule]]) })
    const [message] = linter.verify('# Barista\n\nLocation: Los Angeles, CA\n\nMake coffee.\n', { rules: { 'fair-chance-statement': { severity: 2, options: [] } }, settings: TODAY }, 'posting.md').messages
    expect(message?.message).toMatch(/Los Angeles/)
    expect(message?.message).not.toMatch(/County/)
  })
  it('reads "does not automatically disqualify you" as a fair-chance statement', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['fair-chance-statement', rule]]) }).verify(code, { rules: { 'fair-chance-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint('# Barista\n\nLocation: San Francisco, CA\n\nA conviction record does not automatically disqualify you.\n', TODAY)).toEqual([])
  })
})
