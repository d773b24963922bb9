import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import rule from '../../rules/vacancy-status.js'

const AS_OF = '2026-11-27'
const ON = { jurisdictions: ['CA-ON'], asOf: AS_OF }
const TODAY = { asOf: AS_OF }
const ONTARIO =
  'Ontario: Employment Standards Act, 2000, Part III.1 (job postings) (Employment Standards Act, 2000, S.O. 2000, c. 41, Part III.1 (s. 8.1 ff.); O. Reg. 476/24)'
const BARE = '# Warehouse Lead\n\nRun the night shift at our distribution centre.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 17 }
const withLine = (line: string) => `# Warehouse Lead\n\n${line}\n`

new RuleTester().run('vacancy-status', rule, {
  valid: [
    { name: 'no law asks for it in Texas', code: BARE, settings: { jurisdictions: ['US-TX'], asOf: AS_OF } },
    { name: 'Quebec has no such law', code: '# Warehouse Lead\n\nLocation: Montreal, QC\n\nRun the night shift.\n', settings: TODAY },
    { name: 'Ontario before Part III.1 (2025-12-31)', code: BARE, settings: { jurisdictions: ['CA-ON'], asOf: '2025-12-31' } },
    { name: 'an existing vacancy', code: withLine('This posting is for an existing vacancy.'), settings: ON },
    { name: 'a talent pool', code: withLine('We are building a talent pool for future opportunities.'), settings: ON },
    { name: 'not an existing vacancy', code: withLine('This posting is not for an existing vacancy.'), settings: ON },
    { name: 'an evergreen posting', code: withLine('This is an evergreen posting.'), settings: ON },
    { name: 'a pool that may be created', code: withLine('A pool of qualified candidates may be created from this process.'), settings: ON },
    { name: 'currently hiring for this role', code: withLine('We are currently hiring for this role.'), settings: ON },
    { name: 'the number of vacancies in front matter', code: `---\nlocation: Toronto, ON\nnum_vacancies: 1\n---\n${BARE}`, settings: TODAY },
    { name: 'French: an existing vacancy', code: '# Chef d\'entrepôt\n\nCette offre d\'emploi vise à pourvoir un poste vacant existant.\n', settings: ON },
    { name: 'French: a pool', code: '# Chef d\'entrepôt\n\nNous constituons un bassin de talents pour des postes futurs.\n', settings: ON },
    {
      name: 'HTML',
      code: '<h1>Warehouse Lead</h1>\n<p>Location: Toronto, ON</p>\n<p><strong>This posting is for an existing vacancy.</strong></p>\n',
      filename: 'posting.html',
      settings: TODAY,
    },
    { name: 'plain text', code: 'Warehouse Lead\n\nLocation: Mississauga, ON\n\nThis job posting is for an existing vacancy.\n', filename: 'posting.txt', settings: TODAY },
    {
      name: 'a Government of Canada employer in Ontario answers to federal law only',
      code: '# Warehouse Lead\n\nLocation: Ottawa, ON\n\nWork for the Government of Canada. Apply through the Public Service Commission.\n',
      settings: TODAY,
    },
  ],
  invalid: [
    {
      name: 'Ontario (settings): the whole message',
      code: BARE,
      settings: ON,
      errors: [{ message: `The posting does not say whether it is for an existing vacancy, which ${ONTARIO} require(s).`, ...TITLE }],
    },
    { name: 'Ontario on 2026-01-01', code: BARE, settings: { jurisdictions: ['CA-ON'], asOf: '2026-01-01' }, errors: [{ messageId: 'missing', data: { laws: ONTARIO }, ...TITLE }] },
    {
      name: 'a location line in the text',
      code: '# Warehouse Lead\n\nLocation: Mississauga, ON\n\nRun the night shift.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, ...TITLE }],
    },
    {
      name: 'front matter location',
      code: '---\nlocation: Toronto, ON\n---\n# Warehouse Lead\n\nRun the night shift.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 4, column: 3, endLine: 4, endColumn: 17 }],
    },
    {
      name: 'HTML',
      code: '<h1>Warehouse Lead</h1>\n<p>Location: Toronto, ON</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 5, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'plain text',
      code: 'Warehouse Lead\n\nLocation: Toronto, ON\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'French posting without the statement',
      code: '# Chef d\'entrepôt\n\nLieu : Toronto (Ontario)\n\nVous dirigerez l\'équipe de nuit.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 3, endLine: 1, endColumn: 18 }],
    },
    { name: 'a diverse talent pool is not this posting\'s status', code: withLine('We value a diverse talent pool.'), settings: ON, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'future opportunities for those who do not qualify',
      code: withLine('If you do not meet the criteria, we may have future opportunities.'),
      settings: ON,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    { name: 'a sales pipeline', code: withLine('Our sales pipeline is growing fast.'), settings: ON, errors: [{ messageId: 'missing', ...TITLE }] },
  ],
})

describe('vacancy-status: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['vacancy-status', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>, filename = 'posting.md') =>
    linter.verify(code, { rules: { 'vacancy-status': { severity: 2, options: [] } }, settings }, filename).messages

  it('points at the location line', () => {
    const [message] = lint('Warehouse Lead\n\nLocation: Mississauga, ON\n', TODAY, 'posting.txt')
    expect(message!.relatedLocations).toEqual([
      { message: 'CA-ON applies here (text): Employment Standards Act, 2000, Part III.1 (job postings)', line: 3, column: 11, endLine: 3, endColumn: 26 },
    ])
  })

  it('has nothing to point at when Ontario comes from settings', () => {
    expect(lint(BARE, ON)[0]!.relatedLocations ?? []).toEqual([])
  })

  it('reads "we have one opening" as an existing vacancy', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['vacancy-status', rule]]) }).verify(code, { rules: { 'vacancy-status': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('We have one opening on our team.'), ON)).toEqual([])
  })
})
