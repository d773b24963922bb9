import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import rule from '../../rules/ai-use-disclosure.js'

const AS_OF = '2026-11-27'
const ON = { jurisdictions: ['CA-ON'], asOf: AS_OF }
const TODAY = { asOf: AS_OF }
const ONTARIO =
  'Ontario: Employment Standards Act, 2000, Part III.1 (job postings) (Employment Standards Act, 2000, S.O. 2000, c. 41, Part III.1 (s. 8.1 ff.); O. Reg. 476/24)'
const BARE = '# Data Analyst\n\nJoin our analytics team in a growing credit union.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 15 }
const withLine = (line: string) => `# Data Analyst\n\n${line}\n`

new RuleTester().run('ai-use-disclosure', rule, {
  valid: [
    { name: 'no law asks for it in Texas', code: BARE, settings: { jurisdictions: ['US-TX'], asOf: AS_OF } },
    { name: 'British Columbia asks for pay, not AI use', code: '# Data Analyst\n\nLocation: Vancouver, BC\n\nJoin our team.\n', settings: TODAY },
    { name: 'Ontario before Part III.1 (2025-12-31)', code: BARE, settings: { jurisdictions: ['CA-ON'], asOf: '2025-12-31' } },
    { name: 'Ontario from the text, before Part III.1', code: '# Data Analyst\n\nLocation: Toronto, ON\n\nJoin our team.\n', settings: { asOf: '2025-12-31' } },
    { name: 'saying AI is not used counts', code: withLine('We do not use AI to screen applications.'), settings: ON },
    { name: 'saying AI is used counts', code: withLine('We use artificial intelligence to screen, assess or select applicants.'), settings: ON },
    { name: 'the statute\'s words, negated', code: withLine('Artificial intelligence is not used to screen, assess or select applicants for this position.'), settings: ON },
    { name: 'AI-assisted review', code: withLine('Applications may be reviewed with the help of AI tools.'), settings: ON },
    { name: 'automated screening', code: withLine('We use automated screening tools to review resumes.'), settings: ON },
    { name: 'French: used', code: '# Analyste de données\n\nNous utilisons l\'intelligence artificielle pour trier les candidatures.\n', settings: ON },
    { name: 'French: not used', code: '# Analyste de données\n\nAucun outil d\'intelligence artificielle n\'est utilisé pour évaluer les candidatures.\n', settings: ON },
    {
      name: 'HTML',
      code: '<h1>Data Analyst</h1>\n<p>Location: Toronto, ON</p>\n<p>We do not use artificial intelligence to screen, assess or select applicants.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
    },
    { name: 'plain text', code: 'Data Analyst\n\nLocation: Ottawa, ON\n\nWe do not use AI to screen applications.\n', filename: 'posting.txt', settings: TODAY },
    {
      name: 'remote across Canada: Ontario\'s reach to remote work is unclear, so it is not brought in',
      code: '# Data Analyst\n\nLocation: Remote – Canada\n\nJoin our team.\n',
      settings: TODAY,
    },
    {
      name: 'a Government of Canada employer in Ontario answers to federal law only',
      code: '# Data Analyst\n\nLocation: Toronto, ON\n\nJoin the Canadian Digital Service. Questions: jobs@cds-snc.gc.ca.\n',
      settings: TODAY,
    },
  ],
  invalid: [
    {
      name: 'Ontario (settings): the whole message',
      code: BARE,
      settings: ON,
      errors: [
        {
          message: `The posting does not say whether artificial intelligence is used to screen, assess or select applicants, which ${ONTARIO} require(s).`,
          ...TITLE,
        },
      ],
    },
    { name: 'Ontario on 2026-01-01', code: BARE, settings: { jurisdictions: ['CA-ON'], asOf: '2026-01-01' }, errors: [{ messageId: 'missing', data: { laws: ONTARIO }, ...TITLE }] },
    {
      name: 'a location line in the text',
      code: '# Data Analyst\n\nLocation: Toronto, ON\n\nJoin our analytics team.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, ...TITLE }],
    },
    {
      name: 'front matter location',
      code: '---\nlocation: Toronto, ON\n---\n# Data Analyst\n\nJoin our analytics team.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 4, column: 3, endLine: 4, endColumn: 15 }],
    },
    {
      name: 'front matter datePosted sets the as-of date',
      code: '---\nlocation: Toronto, ON\ndatePosted: 2026-01-05\n---\n# Data Analyst\n\nJoin our analytics team.\n',
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 5, column: 3 }],
    },
    {
      name: 'HTML',
      code: '<h1>Data Analyst</h1>\n<p>Location: Hamilton, Ontario</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 5, endLine: 1, endColumn: 17 }],
    },
    {
      name: 'plain text',
      code: 'Data Analyst\n\nLocation: Ottawa, ON\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 1, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'French posting without the statement',
      code: '# Analyste de données\n\nLieu : Toronto (Ontario)\n\nJoignez-vous à notre équipe.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: ONTARIO }, line: 1, column: 3, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'AI as a skill is not a disclosure',
      code: withLine('Experience with AI tools to screen applicants is an asset.'),
      settings: ON,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'AI in the work is not a disclosure',
      code: withLine('We build machine learning models that rank search results.'),
      settings: ON,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'a duty about ranking applicants is not a disclosure',
      code: withLine('You will use machine learning to rank applicants for our clients.'),
      settings: ON,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'AI used for something else',
      code: withLine('We use AI to write code and review pull requests.'),
      settings: ON,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
  ],
})

describe('ai-use-disclosure: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['ai-use-disclosure', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>, filename = 'posting.md') =>
    linter.verify(code, { rules: { 'ai-use-disclosure': { severity: 2, options: [] } }, settings }, filename).messages

  it('points at the location line', () => {
    const [message] = lint('# Data Analyst\n\nLocation: Toronto, ON\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      { message: 'CA-ON applies here (text): Employment Standards Act, 2000, Part III.1 (job postings)', line: 3, column: 11, endLine: 3, endColumn: 22 },
    ])
  })

  it('points at a French location line', () => {
    const [message] = lint('# Analyste de données\n\nLieu : Toronto (Ontario)\n', TODAY)
    expect(message!.relatedLocations).toEqual([expect.objectContaining({ line: 3, column: 8, endColumn: 25 })])
  })

  it('does not take AI in the employer\'s product for a disclosure', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['ai-use-disclosure', rule]]) }).verify(code, { rules: { 'ai-use-disclosure': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('Our product uses AI to screen candidates for our customers.'), ON)).toEqual(['missing'])
    expect(lint(withLine('We use AI tools in our product to help recruiters screen candidates.'), ON)).toEqual(['missing'])
    expect(lint(withLine('We use AI to screen applications.'), ON)).toEqual([])
  })
})
