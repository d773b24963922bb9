import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import { getJurisdiction } from '../../src/jurisdictions/index.js'
import { citeLaws } from '../../src/jurisdictions/requirements.js'
import rule from '../../rules/benefits-description.js'

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
const BARE = '# Platform Engineer\n\nWe build payment software for clinics.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 20 }

new RuleTester().run('benefits-description', rule, {
  valid: [
    { name: 'no law asks for benefits in Texas', code: BARE, settings: at(['US-TX']) },
    { name: 'no jurisdiction at all', code: BARE, settings: TODAY },
    {
      name: 'a Benefits heading with its list',
      code: '# Platform Engineer\n\n## Benefits\n\n- Medical, dental and vision insurance\n- 401(k) with a 4% match\n- 20 days of paid time off\n',
      settings: at(['US-CO']),
    },
    {
      name: 'a sentence naming benefits',
      code: '# Platform Engineer\n\nWe offer health insurance, a 401(k) match and paid parental leave.\n',
      settings: at(['US-WA']),
    },
    {
      name: 'a pointer to the benefits page, with a link',
      code: '# Platform Engineer\n\nLearn more about the benefits we offer on our [careers site](https://example.com/benefits).\n',
      settings: at(['US-IL']),
    },
    {
      name: 'HTML: a Benefits heading and list',
      code: '<h1>Platform Engineer</h1>\n<h2>Benefits</h2>\n<ul>\n<li>Medical and dental insurance</li>\n<li>Paid parental leave</li>\n</ul>\n',
      filename: 'posting.html',
      settings: at(['US-MD']),
    },
    {
      name: 'plain text: a Benefits label and bullet lines',
      code: 'Platform Engineer\n\nBenefits:\n- Health insurance\n- 401(k) match\n',
      filename: 'posting.txt',
      settings: at(['US-MN']),
    },
    {
      name: 'French: avantages sociaux with a list',
      code: '# Ingénieure de plateforme\n\nAvantages sociaux :\n\n- Assurance maladie et dentaire\n- Régime de retraite\n',
      settings: at(['US-CO']),
    },
    { name: 'Colorado before its first posting law (2020-12-31)', code: BARE, settings: at(['US-CO'], '2020-12-31') },
    { name: 'Washington before ESSB 5761 (2022-12-31)', code: BARE, settings: at(['US-WA'], '2022-12-31') },
    { name: 'Illinois before P.A. 103-539 (2024-12-31)', code: BARE, settings: at(['US-IL'], '2024-12-31') },
    { name: 'Maryland before the Wage Range Transparency Act (2024-09-30)', code: BARE, settings: at(['US-MD'], '2024-09-30') },
    { name: 'Minnesota before 181.173 (2024-12-31)', code: BARE, settings: at(['US-MN'], '2024-12-31') },
    { name: 'New Jersey before the Pay Transparency Act (2025-05-31)', code: BARE, settings: at(['US-NJ'], '2025-05-31') },
    { name: 'Delaware is not yet in force (2027-09-25)', code: BARE, settings: at(['US-DE'], '2027-09-25') },
    { name: 'Jersey City before its first ordinance (2022-04-12)', code: BARE, settings: at(['US-NJ-JC'], '2022-04-12') },
    { name: 'Delaware from the text, not yet in force', code: '# Platform Engineer\n\nLocation: Wilmington, DE\n\nWe build payment software.\n', settings: TODAY },
    {
      name: 'a national-government employer in Colorado answers to federal law only',
      code: '# IT Specialist\n\nLocation: Denver, CO\n\nThis is a USAJOBS announcement. Apply at usajobs.gov.\n',
      settings: TODAY,
    },
    { name: 'Ontario asks for no benefits', code: '# Platform Engineer\n\nLocation: Toronto, ON\n\nWe build payment software.\n', settings: TODAY },
  ],
  invalid: [
    {
      name: 'Colorado (settings): the whole message',
      code: BARE,
      settings: at(['US-CO']),
      errors: [
        {
          message:
            'The posting does not describe its benefits (health insurance, retirement, paid leave…), which Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11) require(s).',
          ...TITLE,
        },
      ],
    },
    {
      name: 'Colorado in 2023: the 2021 text',
      code: BARE,
      settings: at(['US-CO'], '2023-06-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2021') }, ...TITLE }],
    },
    {
      name: 'Colorado on 2021-01-01',
      code: BARE,
      settings: at(['US-CO'], '2021-01-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2021') } }],
    },
    {
      name: 'Washington on 2025-07-26: ESSB 5761',
      code: BARE,
      settings: at(['US-WA'], '2025-07-26'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-WA/epoa-posting-2023') } }],
    },
    {
      name: 'Washington from 2025-07-27: SSB 5408',
      code: BARE,
      settings: at(['US-WA'], '2025-07-27'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-WA/epoa-posting-2025') } }],
    },
    {
      name: 'Illinois from 2025-01-01',
      code: BARE,
      settings: at(['US-IL'], '2025-01-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-IL/pay-scale-and-benefits') } }],
    },
    {
      name: 'Maryland',
      code: BARE,
      settings: at(['US-MD']),
      errors: [{ messageId: 'missing', data: { laws: cite('US-MD/wage-range-transparency') } }],
    },
    {
      name: 'Minnesota',
      code: BARE,
      settings: at(['US-MN']),
      errors: [{ messageId: 'missing', data: { laws: cite('US-MN/pay-transparency') } }],
    },
    {
      name: 'New Jersey from 2025-06-01',
      code: BARE,
      settings: at(['US-NJ'], '2025-06-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ/pay-transparency') } }],
    },
    {
      name: 'Jersey City before the state law: the city ordinance alone',
      code: BARE,
      settings: at(['US-NJ-JC'], '2025-03-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ-JC/ord-22-045') } }],
    },
    {
      name: 'Jersey City in May 2022: Ordinance 22-026',
      code: BARE,
      settings: at(['US-NJ-JC'], '2022-05-01'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ-JC/ord-22-026') } }],
    },
    {
      name: 'Jersey City after 2025-06-01: city and state',
      code: BARE,
      settings: at(['US-NJ-JC']),
      errors: [{ messageId: 'missing', data: { laws: cite('US-NJ-JC/ord-22-045', 'US-NJ/pay-transparency') } }],
    },
    {
      name: 'Delaware from 2027-09-26',
      code: BARE,
      settings: at(['US-DE'], '2027-09-26'),
      errors: [{ messageId: 'missing', data: { laws: cite('US-DE/pay-transparency') } }],
    },
    {
      name: 'a location line in the text',
      code: '# Platform Engineer\n\nLocation: Denver, CO\n\nWe build payment software for clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2024') }, ...TITLE }],
    },
    {
      name: 'front matter location; reported at the first heading',
      code: '---\ntitle: Platform Engineer\nlocation: Seattle, WA\n---\n# Platform Engineer\n\nWe build payment software for clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-WA/epoa-posting-2025') }, line: 5, column: 3, endLine: 5, endColumn: 20 }],
    },
    {
      name: 'no heading: reported at the first line of the first paragraph',
      code: 'We are hiring a platform engineer in Chicago.\nThe team builds payment software.\n\nLocation: Chicago, IL\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-IL/pay-scale-and-benefits') }, line: 1, column: 1, endLine: 1, endColumn: 46 }],
    },
    {
      name: 'remote across the US brings in the laws that reach remote jobs',
      code: '# Platform Engineer\n\nLocation: Remote – US\n\nWe build payment software for clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2024', 'US-WA/epoa-posting-2025') }, ...TITLE }],
    },
    {
      name: 'remote across the US, with Delaware once in force',
      code: '# Platform Engineer\n\nLocation: Remote – US\n\nWe build payment software for clinics.\n',
      settings: { asOf: '2027-10-01' },
      errors: [{ messageId: 'missing', data: { laws: cite('US-CO/epewa-2024', 'US-DE/pay-transparency', 'US-WA/epoa-posting-2025') } }],
    },
    {
      name: 'HTML: reported at the h1',
      code: '<h1>Platform Engineer</h1>\n<p>Location: Baltimore, MD</p>\n<p>We build payment software.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-MD/wage-range-transparency') }, line: 1, column: 5, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'plain text: reported at the first line',
      code: 'Platform Engineer\n\nLocation: Minneapolis, MN\n\nWe build payment software.\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', data: { laws: cite('US-MN/pay-transparency') }, line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      name: '"you will benefit from mentoring" describes no benefit',
      code: "# Platform Engineer\n\nYou'll benefit from mentoring by senior engineers.\n",
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'a pointer to benefits without a link describes nothing',
      code: '# Platform Engineer\n\nLearn more about the benefits we offer on our careers site.\n',
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'benefits named among the duties are not the job\'s benefits',
      code: '# Benefits Specialist\n\n## Responsibilities\n\n- Administer health insurance plans for employees\n- Answer questions about the 401(k) plan\n',
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', line: 1, column: 3, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'a "Why join us" list without a benefit',
      code: '# Platform Engineer\n\n## Why join us\n\n- Ship code in your first week\n- A kind, curious team\n',
      settings: at(['US-CO']),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
  ],
})

describe('benefits-description: where the law came from', () => {
  const linter = new Linter({ rules: new Map([['benefits-description', rule]]) })
  const lint = (code: string, settings: Record<string, unknown>, filename = 'posting.md') =>
    linter.verify(code, { rules: { 'benefits-description': { severity: 2, options: [] } }, settings }, filename).messages

  it('points at the location line that made Colorado law apply', () => {
    const [message] = lint('# Platform Engineer\n\nLocation: Denver, CO\n\nWe build payment software.\n', TODAY)
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

  it('points at each line when two places bring in two laws', () => {
    const [message] = lint('# Platform Engineer\n\nLocation: Denver, CO\n\nLocation: Seattle, WA\n\nWe build payment software.\n', TODAY)
    expect(message!.message).toContain(cite('US-CO/epewa-2024', 'US-WA/epoa-posting-2025'))
    expect(message!.relatedLocations?.map(({ line, column, endColumn }) => [line, column, endColumn])).toEqual([
      [3, 11, 21],
      [5, 11, 22],
    ])
  })

  it('points at the remote statement, in HTML too', () => {
    const [message] = lint('<h1>Platform Engineer</h1>\n<p>Location: Denver, CO or Remote (US)</p>\n', TODAY, 'posting.html')
    expect(message!.relatedLocations).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^US-CO applies here \(text\)/), line: 2, column: 14, endColumn: 24 }),
      expect.objectContaining({ message: expect.stringMatching(/^US-WA applies here \(remote\)/), line: 2, column: 14, endColumn: 39 }),
    ])
  })

  it('has nothing to point at when the place comes from settings or front matter', () => {
    expect(lint(BARE, at(['US-CO']))[0]!.relatedLocations ?? []).toEqual([])
    expect(lint('---\nlocation: Denver, CO\n---\n# Platform Engineer\n\nWe build payment software.\n', TODAY)[0]!.relatedLocations ?? []).toEqual([])
  })

  it('names every jurisdiction one remote line brought in, once', () => {
    const [message] = lint('# Platform Engineer\n\nLocation: Remote – US\n', TODAY)
    expect(message!.relatedLocations).toEqual([
      {
        message:
          'US-CO, US-WA apply here (remote): Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work); Equal Pay and Opportunities Act: wage scale or salary range in postings, as amended by SSB 5408',
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 22,
      },
    ])
  })
})
