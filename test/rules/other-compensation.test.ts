import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import { getJurisdiction } from '../../src/jurisdictions/index.js'
import { citeLaws } from '../../src/jurisdictions/requirements.js'
import rule from '../../rules/other-compensation.js'

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
const BARE = '# Account Executive\n\nYou will sell our scheduling software to clinics.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 20 }
const withLine = (line: string) => `# Account Executive\n\n${line}\n`

new RuleTester().run('other-compensation', rule, {
  valid: [
    { name: 'no law asks for it in Texas', code: BARE, settings: at(['US-TX']) },
    { name: 'an annual bonus', code: withLine('This role is eligible for an annual bonus.'), settings: at(['US-CO']) },
    { name: 'a signing bonus in a sentence', code: withLine('We offer a $5,000 signing bonus.'), settings: at(['US-CO']) },
    { name: 'a hiring bonus among the figures', code: withLine('A $5,000 hiring bonus is available.'), settings: at(['US-CO']) },
    { name: 'equity', code: withLine('Compensation includes equity in the form of stock options.'), settings: at(['US-WA']) },
    { name: 'commission', code: withLine('OTE $150,000 with uncapped commission.'), settings: at(['US-IL']) },
    { name: 'pay plus bonus', code: withLine('Salary $90,000 - $110,000 plus bonus.'), settings: at(['US-MD']) },
    { name: 'saying there is none', code: withLine('This role is not eligible for a bonus.'), settings: at(['US-MN']) },
    {
      name: 'HTML: a bonus in a list item',
      code: '<h1>Account Executive</h1>\n<ul>\n<li>Quarterly bonus program tied to team goals</li>\n</ul>\n',
      filename: 'posting.html',
      settings: at(['US-NJ']),
    },
    {
      name: 'plain text: profit sharing',
      code: 'Account Executive\n\nEveryone shares in our profit-sharing plan.\n',
      filename: 'posting.txt',
      settings: at(['US-CO']),
    },
    {
      name: 'French: prime de rendement',
      code: '# Représentante commerciale\n\nLe poste comprend une prime de rendement annuelle.\n',
      settings: at(['US-CO']),
    },
    { name: 'Jersey City asks for benefits, not other compensation (before the state law)', code: BARE, settings: at(['US-NJ-JC'], '2025-03-01') },
    { name: 'Colorado before its first posting law (2020-12-31)', code: BARE, settings: at(['US-CO'], '2020-12-31') },
    { name: 'Illinois before P.A. 103-539 (2024-12-31)', code: BARE, settings: at(['US-IL'], '2024-12-31') },
    { name: 'New Jersey before the Pay Transparency Act (2025-05-31)', code: BARE, settings: at(['US-NJ'], '2025-05-31') },
    { name: 'Delaware is not yet in force (2027-09-25)', code: BARE, settings: at(['US-DE'], '2027-09-25') },
    {
      name: 'a national-government employer in Washington answers to federal law only',
      code: '# IT Specialist\n\nLocation: Seattle, WA\n\nThis is a USAJOBS announcement. Apply at usajobs.gov.\n',
      settings: TODAY,
    },
  ],
  invalid: [
    {
      name: 'Colorado (settings): the whole message',
      code: BARE,
      settings: at(['US-CO']),
      errors: [
        {
          message:
            'The posting does not describe other compensation (bonus, commission, equity), which Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11) require(s); if there is none, say so.',
          ...TITLE,
        },
      ],
    },
    { name: 'Colorado in 2023', code: BARE, settings: at(['US-CO'], '2023-06-01'), errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2021') }, ...TITLE }] },
    { name: 'Washington', code: BARE, settings: at(['US-WA']), errors: [{ messageId: 'missing', data: { laws: cite('US-WA/epoa-posting-2025') } }] },
    { name: 'Illinois from 2025-01-01', code: BARE, settings: at(['US-IL'], '2025-01-01'), errors: [{ messageId: 'missing', data: { laws: cite('US-IL/pay-scale-and-benefits') } }] },
    { name: 'Maryland', code: BARE, settings: at(['US-MD']), errors: [{ messageId: 'missing', data: { laws: cite('US-MD/wage-range-transparency') } }] },
    { name: 'Minnesota', code: BARE, settings: at(['US-MN']), errors: [{ messageId: 'missing', data: { laws: cite('US-MN/pay-transparency') } }] },
    { name: 'New Jersey from 2025-06-01', code: BARE, settings: at(['US-NJ'], '2025-06-01'), errors: [{ messageId: 'missing', data: { laws: cite('US-NJ/pay-transparency') } }] },
    {
      name: 'Jersey City after 2025-06-01: the state law',
      code: BARE,
      settings: at(['US-NJ-JC']),
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ/pay-transparency') } }],
    },
    { name: 'Delaware from 2027-09-26', code: BARE, settings: at(['US-DE'], '2027-09-26'), errors: [{ messageId: 'missing', data: { laws: cite('US-DE/pay-transparency') } }] },
    {
      name: 'a location line in the text',
      code: '# Account Executive\n\nLocation: Denver, CO\n\nYou will sell our scheduling software to clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2024') }, ...TITLE }],
    },
    {
      name: 'front matter location',
      code: '---\nlocation: Chicago, IL\n---\n# Account Executive\n\nYou will sell our scheduling software to clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-IL/pay-scale-and-benefits') }, line: 4, column: 3, endLine: 4, endColumn: 20 }],
    },
    {
      name: 'remote across the US',
      code: '# Account Executive\n\nThis is a fully remote position open to candidates anywhere in the United States.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2024', 'US-WA/epoa-posting-2025') }, ...TITLE }],
    },
    {
      name: 'HTML',
      code: '<h1>Account Executive</h1>\n<p>Location: Newark, NJ</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ/pay-transparency') }, line: 1, column: 5, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'plain text',
      code: 'Account Executive\n\nLocation: Baltimore, MD\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-MD/wage-range-transparency') }, line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      name: '"bonus points if you know Rust" is not compensation',
      code: withLine('Bonus points if you know Rust.'),
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: '"a bonus" as a nice-to-have skill',
      code: withLine('Experience with Salesforce is a bonus.'),
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'money that is not pay: funding raised',
      code: withLine('We raised $20M from investors last year.'),
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'equity as in fairness',
      code: withLine('We put equity and inclusion at the heart of our hiring.'),
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
  ],
})

describe('other-compensation: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['other-compensation', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>) =>
    linter.verify(code, { rules: { 'other-compensation': { severity: 2, options: [] } }, settings }, 'posting.md').messages

  it('points at the location line', () => {
    const [message] = lint('# Account Executive\n\n**Location:** Minneapolis, MN\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      { message: 'US-MN applies here (text): Pay transparency in job postings', line: 3, column: 15, endLine: 3, endColumn: 30 },
    ])
  })

  it('points at the remote sentence', () => {
    const [message] = lint('# Account Executive\n\nThis is a fully remote position open to candidates anywhere in the United States.\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^US-CO, US-WA apply here \(remote\): /), line: 3, column: 1, endLine: 3, endColumn: 82 }),
    ])
  })

  it('counts saying there is none', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['other-compensation', rule]]) }).verify(code, { rules: { 'other-compensation': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    for (const line of ['This position is not eligible for bonuses or commissions.', 'There is no bonus or commission for this role.', 'No other compensation is offered.']) {
      expect(lint(`# Line Cook\n\n${line}\n`, at(['US-CO']))).toEqual([])
    }
  })
})
