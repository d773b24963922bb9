import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import type { Settings } from '../../src/types.js'
import rule from '../../rules/pay-range.js'

// The as-of date is always set, so the laws in force do not change with the calendar.
const AS_OF = '2026-11-27'
const at = (jurisdictions: string[], asOf = AS_OF): Settings => ({ jurisdictions, asOf })
const nowhere: Settings = { asOf: AS_OF }

// How the messages cite each law (jurisdiction: name (citation)).
const CO = 'Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11)'
const CO_2021 = 'Colorado: Equal Pay for Equal Work Act, Part 2 (2021 text) (C.R.S. § 8-5-201 (SB19-085); 7 CCR 1103-13) [unconfirmed]'
const CA = 'California: Pay scale in job postings, as amended by SB 642 (Cal. Lab. Code § 432.3(c)(3))'
const CA_2023 = 'California: Pay scale in job postings (SB 1162) (Cal. Lab. Code § 432.3(c)(3))'
const WA = 'Washington: Equal Pay and Opportunities Act: wage scale or salary range in postings, as amended by SSB 5408 (RCW 49.58.110(1))'
const WA_2023 = 'Washington: Equal Pay and Opportunities Act: wage scale or salary range in postings (ESSB 5761) (RCW 49.58.110(1))'
const NYC = 'New York City: Salary transparency in job advertisements (Local Laws 32 and 59 of 2022) (N.Y.C. Admin. Code § 8-107(32))'
const NY = 'New York: Mandatory disclosure of compensation or range of compensation (N.Y. Labor Law § 194-b)'
const MD = 'Maryland: Wage Range Transparency Act (SB 525 / HB 649) (Md. Code, Lab. & Empl. §§ 3-301, 3-304.2)'
const ON = 'Ontario: Employment Standards Act, 2000, Part III.1 (job postings) (Employment Standards Act, 2000, S.O. 2000, c. 41, Part III.1 (s. 8.1 ff.); O. Reg. 476/24)'
const BC = 'British Columbia: Pay Transparency Act: wage or salary information in job postings (Pay Transparency Act, S.B.C. 2023, c. 18, s. 2) [unconfirmed]'
/** A remote job open to US residents: every pay law that reaches remote jobs. */
const REMOTE_US = `${CA}; ${CO}; ${NYC}; and 2 more`

const ENGINEER = '# Engineer\n\nWe build tools for farmers.'

new RuleTester().run('pay-range', rule, {
  valid: [
    // --- pay as the law asks ---
    { name: 'Colorado: a range with a period', code: '# Engineer\n\nLocation: Denver, CO\n\nPay: $90,000 – $120,000 per year.', settings: nowhere },
    { name: 'Colorado accepts a fixed figure', code: '# Engineer\n\nLocation: Denver, CO\n\nPay: $28 per hour.', settings: nowhere },
    { name: 'Washington accepts a fixed figure from 2025-07-27 (SSB 5408)', code: '# Engineer\n\nSalary: $90,000 per year.', settings: at(['US-WA'], '2025-07-27') },
    { name: 'New York State outside the City accepts a fixed figure', code: '# Engineer\n\nLocation: Albany, NY\n\nSalary: $90,000 per year.', settings: nowhere },
    { name: 'British Columbia accepts a fixed figure', code: '# Engineer\n\nLocation: Vancouver, BC\n\nPay: $32 per hour.', settings: nowhere },
    { name: 'New York City: a range', code: '# Engineer\n\nLocation: New York, NY\n\nSalary: $90,000 – $120,000 per year.', settings: nowhere },
    {
      name: 'several ranges by zone, one period stated for all',
      code: '# Engineer\n\nLocation: New York, NY\n\nPay by zone (per year):\n\n- Zone A: $120,000 – $150,000\n- Zone B: $100,000 – $130,000\n',
      settings: nowhere,
    },
    { name: 'a remote US job with a range', code: '# Engineer\n\nLocation: Remote – US\n\nPay: $90,000 – $120,000 per year.', settings: nowhere },
    { name: 'plain text', code: 'Engineer\n\nLocation: Denver, CO\n\nPay: $90,000 - $120,000 per year.', filename: 'posting.txt', settings: nowhere },
    {
      name: 'HTML: a salary table whose lead-in says "salary" (yearly pay)',
      code: '<h1>Engineer</h1>\n<p>Location: Austin, TX</p>\n<p>The salary bands for this role are:</p>\n<table><thead><tr><th>Level</th><th>Minimum</th><th>Maximum</th></tr></thead>\n<tbody><tr><td>L2</td><td>$90,000</td><td>$120,000</td></tr></tbody></table>',
      filename: 'posting.html',
      settings: nowhere,
    },
    // --- the period ---
    { name: '"salary" means yearly pay', code: '# Engineer\n\nSalary: $90,000 – $120,000.', settings: at(['US-TX']) },
    { name: '"annual" states the period', code: '# Engineer\n\nAnnual pay: $90,000 – $120,000.', settings: at(['US-TX']) },
    { name: 'a period stated for one figure is read for the others', code: '# Engineer\n\nPay: $40 – $45 per hour.\n\nSeniors: $50 – $60.', settings: at(['US-TX']) },
    { name: 'a heading names the period of the figures under it', code: '# Engineer\n\n## Pay (per hour)\n\n- Zone A: $40 – $45\n- Zone B: $35 – $40\n', settings: at(['US-TX']) },
    { name: 'a lead-in names the period of the list under it', code: '# Engineer\n\nPay by zone (per hour):\n\n- Zone A: $40 – $45\n- Zone B: $35 – $40\n', settings: at(['US-TX']) },
    { name: 'front-matter pay needs no period (a template presents it)', code: '---\ntitle: Engineer\nsalary_min: 90000\nsalary_max: 120000\n---\n\n# Engineer\n\nWe build.', settings: at(['US-CO']) },
    // --- Ontario's cap ---
    { name: 'Ontario: a CAD 50,000 spread is allowed', code: '# Engineer\n\nPay: CA$150,000 – CA$200,000 per year.', settings: at(['CA-ON']) },
    { name: 'Ontario: a range whose top is above CAD 200,000 is exempt', code: '# Engineer\n\nPay: CA$180,000 – CA$240,000 per year.', settings: at(['CA-ON']) },
    { name: 'Ontario: no cap before 2026-01-01', code: '# Engineer\n\nPay: CA$70,000 – CA$130,000 per year.', settings: at(['CA-ON'], '2025-12-31') },
    { name: 'Ontario: the CAD cap is not applied to US dollars', code: '# Engineer\n\nPay: US$70,000 – US$130,000 per year.', settings: at(['CA-ON']) },
    { name: 'Ontario: the yearly cap is not applied to hourly pay', code: '# Engineer\n\nPay: CA$35 – CA$70 per hour.', settings: at(['CA-ON']) },
    { name: 'CA$ in a Toronto posting', code: '# Engineer\n\nLocation: Toronto, ON\n\nPay: CA$90,000 – CA$120,000 per year.', settings: nowhere },
    { name: 'French: a Toronto range within the cap', code: '# Développeur\n\nLieu : Toronto (Ontario)\n\nSalaire : 60 000 $ à 90 000 $.', settings: nowhere },
    // --- laws not in force ---
    { name: 'Colorado before 2021', code: ENGINEER, settings: at(['US-CO'], '2020-12-31') },
    { name: 'California before 2023', code: ENGINEER, settings: at(['US-CA'], '2022-12-31') },
    { name: 'Ontario before 2026', code: ENGINEER, settings: at(['CA-ON'], '2025-12-31') },
    { name: 'New York City before 2022-11-01', code: '# Engineer\n\nSalary: $90,000 per year.', settings: at(['US-NY-NYC'], '2022-10-31') },
    // --- where no law applies ---
    { name: 'Texas: no pay law', code: '# Engineer\n\nLocation: Austin, TX\n\nWe build.', settings: nowhere },
    { name: 'Texas: open-ended pay breaks no law', code: '# Engineer\n\nLocation: Austin, TX\n\nSalary: $90,000+ per year.', settings: nowhere },
    { name: 'settings.jurisdictions win over the location line', code: '# Engineer\n\nLocation: Denver, CO\n\nWe build.', settings: at(['US-TX']) },
    { name: 'baseline: false, no jurisdiction', code: ENGINEER, settings: nowhere, options: [{ baseline: false }] },
    { name: 'baseline: false, vague pay', code: '# Engineer\n\nCompetitive salary.', settings: nowhere, options: [{ baseline: false }] },
    // --- national government employers answer to national law only ---
    { name: 'a USAJOBS posting in Denver', code: '# IT Specialist\n\nLocation: Denver, CO\n\nApply on USAJOBS.', settings: nowhere },
    { name: 'a USAJOBS posting in New York City with one figure', code: '# IT Specialist\n\nLocation: New York, NY\n\nSalary: $90,000 per year. Apply on USAJOBS.', settings: nowhere },
    { name: 'a USAJOBS posting with no location: no baseline either', code: '# IT Specialist\n\nApply on USAJOBS.', settings: nowhere },
    { name: 'the Government of Canada in Toronto', code: '# Developer\n\nLocation: Toronto, ON\n\nJoin the Government of Canada. Apply to the Public Service Commission.', settings: nowhere },
    // --- look-alikes ---
    {
      name: 'money that is not pay, beside a range',
      code: '# Engineer\n\nLocation: Denver, CO\n\nWe raised $50M last year. Salary: $90,000 – $110,000. You also get a $1,000 learning stipend, a $5,000 signing bonus and a 401(k); 40 hours a week since 2015.',
      settings: nowhere,
    },
    { name: 'figures beat a vague word in the same sentence', code: '# Engineer\n\nCompetitive salary: $90,000 – $110,000 per year.', settings: at(['US-CO']) },
    { name: 'maxSpreadRatio: exactly at the limit', code: '# Engineer\n\nPay: $70,000 – $105,000 per year.', settings: at(['US-TX']), options: [{ maxSpreadRatio: 0.5 }] },
  ],
  invalid: [
    // --- missing: one law per place, and where the place comes from ---
    { name: 'Colorado (settings)', code: ENGINEER, settings: at(['US-CO']), errors: [{ messageId: 'missing', data: { laws: CO }, line: 1, column: 3, endLine: 1, endColumn: 11 }] },
    { name: 'Colorado (location line)', code: '# Engineer\n\nLocation: Denver, CO\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: CO }, line: 1, column: 3 }] },
    { name: 'Colorado (front matter)', code: '---\nlocation: Denver, CO\n---\n\n# Engineer\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: CO }, line: 5, column: 3, endColumn: 11 }] },
    { name: 'Colorado: the 2021 text on its first day', code: ENGINEER, settings: at(['US-CO'], '2021-01-01'), errors: [{ messageId: 'missing', data: { laws: CO_2021 } }] },
    { name: 'California (location line)', code: '# Engineer\n\nLocation: Los Angeles, CA\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: CA } }] },
    { name: 'California: SB 1162 on its last day', code: ENGINEER, settings: at(['US-CA'], '2025-12-31'), errors: [{ messageId: 'missing', data: { laws: CA_2023 } }] },
    { name: 'California: SB 642 on its first day', code: ENGINEER, settings: at(['US-CA'], '2026-01-01'), errors: [{ messageId: 'missing', data: { laws: CA } }] },
    { name: 'Washington (location line)', code: '# Engineer\n\nLocation: Seattle, WA\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: WA } }] },
    { name: 'New York City and New York State (location line)', code: '# Engineer\n\nLocation: New York, NY\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: `${NY}; ${NYC}` } }] },
    { name: 'New York City and New York State (settings)', code: ENGINEER, settings: at(['US-NY-NYC']), errors: [{ messageId: 'missing', data: { laws: `${NYC}; ${NY}` } }] },
    { name: 'Ontario on its first day', code: ENGINEER, settings: at(['CA-ON'], '2026-01-01'), errors: [{ messageId: 'missing', data: { laws: ON } }] },
    { name: 'Ontario (location line)', code: '# Engineer\n\nLocation: Toronto, ON\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: ON } }] },
    { name: 'British Columbia (location line)', code: '# Engineer\n\nLocation: Vancouver, BC\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: BC } }] },
    { name: 'a remote US job reaches every state law that covers remote work', code: '# Engineer\n\nLocation: Remote – US\n\nWe build.', settings: nowhere, errors: [{ messageId: 'missing', data: { laws: REMOTE_US }, line: 1, column: 3 }] },
    { name: 'settings.jurisdictions win over the location line (missing)', code: '# Engineer\n\nLocation: Austin, TX\n\nWe build.', settings: at(['US-CO']), errors: [{ messageId: 'missing', data: { laws: CO } }] },
    {
      name: 'money that is not pay does not count as pay',
      code: '# Engineer\n\nLocation: Denver, CO\n\nWe raised $50M last year. You get a $1,000 learning stipend and a $5,000 signing bonus.',
      settings: nowhere,
      errors: [{ messageId: 'missing', data: { laws: CO } }],
    },
    // --- missingBaseline: no jurisdiction known ---
    { name: 'no location, no pay', code: ENGINEER, settings: nowhere, errors: [{ messageId: 'missingBaseline', line: 1, column: 3, endLine: 1, endColumn: 11 }] },
    { name: 'no location, no pay (plain text: the first line)', code: 'Engineer at Acme\n\nWe build.', filename: 'posting.txt', settings: nowhere, errors: [{ messageId: 'missingBaseline', line: 1, column: 1, endColumn: 17 }] },
    { name: 'no location, no pay (HTML)', code: '<h1>Engineer</h1>\n<p>We build.</p>', filename: 'posting.html', settings: nowhere, errors: [{ messageId: 'missingBaseline', line: 1, column: 5, endColumn: 13 }] },
    {
      name: 'no location: funding and a stipend are not pay',
      code: '# Engineer\n\nWe raised $50M last year. You get a $1,000 learning stipend.',
      settings: nowhere,
      errors: [{ messageId: 'missingBaseline', line: 1, column: 3 }],
    },
    // --- vague ---
    { name: 'Colorado: "competitive salary"', code: '# Engineer\n\nCompetitive salary and great benefits.', settings: at(['US-CO']), errors: [{ messageId: 'vague', data: { text: 'Competitive salary', laws: CO }, line: 3, column: 1, endColumn: 19 }] },
    { name: 'Colorado: "DOE"', code: '# Engineer\n\nSalary: DOE.', settings: at(['US-CO']), errors: [{ messageId: 'vague', data: { text: 'DOE', laws: CO }, line: 3, column: 9, endColumn: 12 }] },
    {
      name: 'French: "Salaire concurrentiel" in Toronto',
      code: "# Développeur\n\nLieu : Toronto (Ontario)\n\nSalaire concurrentiel selon l'expérience.",
      settings: nowhere,
      errors: [{ messageId: 'vague', data: { text: 'Salaire concurrentiel', laws: ON }, line: 5, column: 1, endColumn: 22 }],
    },
    { name: 'front matter: salary: Competitive salary', code: '---\nsalary: Competitive salary\n---\n\n# Engineer\n\nWe build.', settings: at(['US-CO']), errors: [{ messageId: 'vague', data: { text: 'Competitive salary', laws: CO }, line: 2, column: 1 }] },
    // --- vagueBaseline ---
    { name: 'no location: "competitive salary"', code: '# Engineer\n\nCompetitive salary and great benefits.', settings: nowhere, errors: [{ messageId: 'vagueBaseline', data: { text: 'Competitive salary' }, line: 3, column: 1 }] },
    { name: 'no location: "DOE"', code: '# Engineer\n\nPay is DOE.', settings: nowhere, errors: [{ messageId: 'vagueBaseline', data: { text: 'DOE' }, line: 3, column: 8, endColumn: 11 }] },
    { name: 'no location: "commensurate with experience"', code: '# Engineer\n\nSalary commensurate with experience.', settings: nowhere, errors: [{ messageId: 'vagueBaseline', data: { text: 'commensurate with experience' }, line: 3, column: 8 }] },
    // --- openEnded ---
    { name: 'Colorado: "up to $60,000"', code: '# Engineer\n\nSalary: up to $60,000 per year.', settings: at(['US-CO']), errors: [{ messageId: 'openEnded', data: { text: 'up to $60,000 per year', laws: CO }, line: 3, column: 9, endColumn: 31 }] },
    { name: 'New York City: "up to $60,000"', code: '# Engineer\n\nSalary: up to $60,000 per year.', settings: at(['US-NY-NYC']), errors: [{ messageId: 'openEnded', data: { text: 'up to $60,000 per year', laws: `${NYC}; ${NY}` } }] },
    { name: 'Maryland: "up to $60,000"', code: '# Engineer\n\nSalary: up to $60,000 per year.', settings: at(['US-MD']), errors: [{ messageId: 'openEnded', data: { text: 'up to $60,000 per year', laws: MD } }] },
    { name: 'Colorado: "$90,000+"', code: '# Engineer\n\nSalary: $90,000+ per year.', settings: at(['US-CO']), errors: [{ messageId: 'openEnded', data: { text: '$90,000+ per year', laws: CO }, line: 3, column: 9, endColumn: 26 }] },
    { name: 'California: "starting at"', code: '# Engineer\n\nSalary: starting at $90,000 per year.', settings: at(['US-CA']), errors: [{ messageId: 'openEnded', data: { text: 'starting at $90,000 per year', laws: CA } }] },
    {
      name: 'British Columbia: "up to" (location line)',
      code: '# Engineer\n\nLocation: Vancouver, BC\n\nSalary: up to $90,000 per year.',
      settings: nowhere,
      errors: [{ messageId: 'openEnded', data: { text: 'up to $90,000 per year', laws: BC }, line: 5, column: 9 }],
    },
    {
      name: 'HTML: "up to" in Denver',
      code: '<h1>Engineer</h1>\n<p>Location: Denver, CO</p>\n<p>Salary: up to $60,000 per year.</p>',
      filename: 'posting.html',
      settings: nowhere,
      errors: [{ messageId: 'openEnded', data: { text: 'up to $60,000 per year', laws: CO }, line: 3, column: 12, endColumn: 34 }],
    },
    {
      name: 'French: "jusqu\'à" in Toronto',
      code: "# Développeur\n\nLieu : Toronto (Ontario)\n\nRémunération : jusqu'à 90 000 $ par année.",
      settings: nowhere,
      errors: [{ messageId: 'openEnded', data: { text: "jusqu'à 90 000 $ par année", laws: ON }, line: 5, column: 16, endColumn: 42 }],
    },
    { name: 'front matter: only a minimum', code: '---\nsalary_min: 90000\n---\n\n# Engineer\n\nWe build.', settings: at(['US-CO']), errors: [{ messageId: 'openEnded', data: { text: '90000', laws: CO }, line: 2, column: 1, endColumn: 18 }] },
    // --- singleFigure ---
    {
      name: 'New York City (location line)',
      code: '# Engineer\n\nLocation: New York, NY\n\nSalary: $90,000 per year.',
      settings: nowhere,
      errors: [{ messageId: 'singleFigure', data: { text: '$90,000 per year', laws: NYC }, line: 5, column: 9, endLine: 5, endColumn: 25 }],
    },
    { name: 'New York City on 2022-11-01', code: '# Engineer\n\nSalary: $90,000 per year.', settings: at(['US-NY-NYC'], '2022-11-01'), errors: [{ messageId: 'singleFigure', data: { text: '$90,000 per year', laws: NYC } }] },
    { name: 'California', code: '# Engineer\n\nSalary: $90,000 per year.', settings: at(['US-CA']), errors: [{ messageId: 'singleFigure', data: { text: '$90,000 per year', laws: CA } }] },
    { name: 'Washington before SSB 5408 (2025-07-26)', code: '# Engineer\n\nSalary: $90,000 per year.', settings: at(['US-WA'], '2025-07-26'), errors: [{ messageId: 'singleFigure', data: { text: '$90,000 per year', laws: WA_2023 } }] },
    {
      name: 'New York City: each single figure',
      code: '# Engineer\n\nSalary: $90,000 per year. Senior: $95,000 per year.',
      settings: at(['US-NY-NYC']),
      errors: [
        { messageId: 'singleFigure', data: { text: '$90,000 per year', laws: NYC }, column: 9 },
        { messageId: 'singleFigure', data: { text: '$95,000 per year', laws: NYC }, column: 35 },
      ],
    },
    {
      name: 'front matter: minimum equal to maximum',
      code: '---\nsalary_min: 90000\nsalary_max: 90000\n---\n\n# Engineer\n\nWe build.',
      settings: at(['US-NY-NYC']),
      errors: [{ messageId: 'singleFigure', data: { text: '90000 – 90000', laws: NYC }, line: 2, column: 1, endColumn: 18 }],
    },
    // --- announcedRange ---
    { name: 'a "range" of one figure, no law', code: '# Engineer\n\nThe salary range is $90,000 per year.', settings: at(['US-TX']), errors: [{ messageId: 'announcedRange', data: { text: '$90,000 per year' }, line: 3, column: 21, endColumn: 37 }] },
    { name: 'a "range" of one figure, in Colorado (which accepts one figure)', code: '# Engineer\n\nThe salary range is $90,000 per year.', settings: at(['US-CO']), errors: [{ messageId: 'announcedRange', data: { text: '$90,000 per year' } }] },
    {
      name: 'a "range" of one figure where a law requires a range: reported once, as a single figure',
      code: '# Engineer\n\nThe salary range is $90,000 per year.',
      settings: at(['US-NY-NYC']),
      errors: [{ messageId: 'singleFigure', data: { text: '$90,000 per year', laws: NYC } }],
    },
    // --- minAboveMax ---
    {
      name: 'front matter: minimum above maximum',
      code: '---\nsalary_min: 120000\nsalary_max: 90000\n---\n\n# Engineer\n\nWe build.',
      settings: at(['US-TX']),
      errors: [{ messageId: 'minAboveMax', data: { text: '120000 – 90000' }, line: 2, column: 1, endColumn: 19 }],
    },
    // --- noCurrency ---
    { name: 'figures without a currency', code: '# Engineer\n\nPay: 90,000 - 120,000 per year.', settings: at(['US-TX']), errors: [{ messageId: 'noCurrency', data: { text: '90,000 - 120,000 per year' }, line: 3, column: 6, endColumn: 31 }] },
    // --- noPeriod ---
    { name: 'no period', code: '# Engineer\n\nLocation: Austin, TX\n\nPay: $90,000 – $120,000.', settings: nowhere, errors: [{ messageId: 'noPeriod', data: { text: '$90,000 – $120,000' }, line: 5, column: 6, endColumn: 24 }] },
    {
      name: 'no period: reported once per posting',
      code: '# Engineer\n\nPay: $90,000 – $120,000.\n\nSenior: $110,000 – $140,000.\n\n- Zone A: $95,000 – $125,000\n- Zone B: $85,000 – $115,000\n',
      settings: at(['US-TX']),
      errors: [{ messageId: 'noPeriod', data: { text: '$90,000 – $120,000' }, line: 3, column: 6 }],
    },
    {
      name: 'French: no period',
      code: '# Développeur\n\nLieu : Toronto (Ontario)\n\nRémunération : 60 000 $ à 90 000 $.',
      settings: nowhere,
      errors: [{ messageId: 'noPeriod', data: { text: '60 000 $ à 90 000 $' }, line: 5, column: 16, endColumn: 35 }],
    },
    {
      name: 'no period: a period of something else earlier in the line does not count',
      code: '# Engineer\n\nThree weeks of vacation per year. Pay: $90,000 – $120,000.',
      settings: at(['US-TX']),
      errors: [{ messageId: 'noPeriod', data: { text: '$90,000 – $120,000' }, line: 3, column: 40 }],
    },
    { name: 'baseline: false still checks the pay that is there', code: '# Engineer\n\nPay: $90,000 – $120,000.', settings: nowhere, options: [{ baseline: false }], errors: [{ messageId: 'noPeriod' }] },
    // --- spreadTooWide: Ontario's CAD 50,000 ---
    {
      name: 'Ontario: CAD 60,000 (settings)',
      code: '# Engineer\n\nPay: CA$70,000 – CA$130,000 per year.',
      settings: at(['CA-ON']),
      errors: [{ messageId: 'spreadTooWide', data: { text: 'CA$70,000 – CA$130,000 per year', spread: 'CAD 60,000', limit: 'CAD 50,000', laws: ON }, line: 3, column: 6, endColumn: 37 }],
    },
    {
      name: 'Ontario: on 2026-01-01',
      code: '# Engineer\n\nPay: CA$70,000 – CA$130,000 per year.',
      settings: at(['CA-ON'], '2026-01-01'),
      errors: [{ messageId: 'spreadTooWide', data: { text: 'CA$70,000 – CA$130,000 per year', spread: 'CAD 60,000', limit: 'CAD 50,000', laws: ON } }],
    },
    {
      name: 'Ontario: a top of exactly CAD 200,000 is not exempt',
      code: '# Engineer\n\nPay: CA$140,000 – CA$200,000 per year.',
      settings: at(['CA-ON']),
      errors: [{ messageId: 'spreadTooWide', data: { text: 'CA$140,000 – CA$200,000 per year', spread: 'CAD 60,000', limit: 'CAD 50,000', laws: ON } }],
    },
    {
      name: 'Toronto: a bare $ is Canadian dollars',
      code: '# Engineer\n\nLocation: Toronto, ON\n\nPay: $90,000 – $150,000 per year.',
      settings: nowhere,
      errors: [{ messageId: 'spreadTooWide', data: { text: '$90,000 – $150,000 per year', spread: 'CAD 60,000', limit: 'CAD 50,000', laws: ON }, line: 5, column: 6 }],
    },
    {
      name: 'Toronto: front-matter bounds',
      code: '---\nlocation: Toronto, ON\nsalary_min: 70000\nsalary_max: 130000\n---\n\n# Engineer\n\nWe build.',
      settings: nowhere,
      errors: [{ messageId: 'spreadTooWide', data: { text: '70000 – 130000', spread: 'CAD 60,000', limit: 'CAD 50,000', laws: ON }, line: 3, column: 1 }],
    },
    {
      name: 'French: Toronto',
      code: '# Développeur\n\nLieu : Toronto (Ontario)\n\nSalaire : 60 000 $ à 130 000 $ par année.',
      settings: nowhere,
      errors: [{ messageId: 'spreadTooWide', data: { text: '60 000 $ à 130 000 $ par année', spread: 'CAD 70,000', limit: 'CAD 50,000', laws: ON }, line: 5, column: 11 }],
    },
    {
      name: 'Ontario: the law is reported, not the option as well',
      code: '# Engineer\n\nPay: CA$70,000 – CA$130,000 per year.',
      settings: at(['CA-ON']),
      options: [{ maxSpreadRatio: 0.5 }],
      errors: [{ messageId: 'spreadTooWide' }],
    },
    // --- spreadRatio: the option ---
    {
      name: 'maxSpreadRatio 0.5',
      code: '# Engineer\n\nPay: $70,000 – $130,000 per year.',
      settings: at(['US-TX']),
      options: [{ maxSpreadRatio: 0.5 }],
      errors: [{ messageId: 'spreadRatio', data: { text: '$70,000 – $130,000 per year', percent: 86, limit: 50 }, line: 3, column: 6, endColumn: 33 }],
    },
    {
      name: 'maxSpreadRatio: each zone on its own',
      code: '# Engineer\n\nPay by zone (per year):\n\n- Zone A: $120,000 – $150,000\n- Zone B: $60,000 – $130,000\n',
      settings: at(['US-TX']),
      options: [{ maxSpreadRatio: 0.5 }],
      errors: [{ messageId: 'spreadRatio', data: { text: '$60,000 – $130,000', percent: 117, limit: 50 }, line: 6, column: 11 }],
    },
  ],
})

describe('pay-range: related locations', () => {
  const linter = new Linter({ rules: new Map([['pay-range', rule]]) })
  const lint = (code: string, settings: Settings = nowhere, filename = 'posting.md') =>
    linter.verify(code, { rules: { 'pay-range': { severity: 2, options: [{ baseline: true }] } }, settings }, filename).messages

  it('points at the location line that made the law apply', () => {
    const [message] = lint('# Engineer\n\nLocation: Denver, CO\n\nWe build.')
    expect(message?.messageId).toBe('missing')
    expect(message?.relatedLocations).toEqual([
      { message: 'US-CO applies here (text): Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work)', line: 3, column: 11, endLine: 3, endColumn: 21 },
    ])
  })

  it('points at the location line for a problem in the pay itself', () => {
    const [message] = lint('# Engineer\n\nLocation: Toronto, ON\n\nPay: $90,000 – $150,000 per year.')
    expect(message?.messageId).toBe('spreadTooWide')
    expect(message?.relatedLocations).toEqual([
      { message: 'CA-ON applies here (text): Employment Standards Act, 2000, Part III.1 (job postings)', line: 3, column: 11, endLine: 3, endColumn: 22 },
    ])
  })

  it('points at the remote statement of a remote job', () => {
    const [message] = lint('# Engineer\n\nLocation: Remote – US\n\nSalary: up to $60,000 per year.')
    expect(message?.messageId).toBe('openEnded')
    expect(message?.relatedLocations?.[0]).toMatchObject({ line: 3, column: 11, endLine: 3, endColumn: 22, message: expect.stringMatching(/appl(?:y|ies) here \(remote\)/) })
  })

  it('has none when the jurisdiction comes from settings or front matter', () => {
    expect(lint(ENGINEER, at(['US-CO']))[0]?.relatedLocations).toBeUndefined()
    expect(lint('---\nlocation: Denver, CO\n---\n\n# Engineer\n\nWe build.')[0]?.relatedLocations).toBeUndefined()
  })

  it('gives none for problems no law is behind', () => {
    const [message] = lint('# Engineer\n\nLocation: Austin, TX\n\nPay: $90,000 – $120,000.')
    expect(message?.messageId).toBe('noPeriod')
    expect(message?.relatedLocations).toBeUndefined()
  })
})

describe('pay-range: reversed ranges, front-matter vague pay and bare remote lines', () => {
  const linter = new Linter({ rules: new Map([['pay-range', rule]]) })
  const lint = (code: string, settings: Settings = nowhere) =>
    linter.verify(code, { rules: { 'pay-range': { severity: 2, options: [{ baseline: true }] } }, settings }, 'posting.md').messages

  it('reports a range written backwards', () => {
    const messages = lint('# Engineer\n\nPay: $120,000 – $90,000 per year.', at(['US-TX']))
    expect(messages.map((m) => [m.messageId, m.line, m.column])).toEqual([['minAboveMax', 3, 6]])
  })

  it("reads front matter 'salary: DOE' as vague pay", () => {
    const messages = lint('---\nsalary: DOE\n---\n\n# Engineer\n\nWe build.', at(['US-CO']))
    expect(messages.map((m) => [m.messageId, m.line])).toEqual([['vague', 2]])
    expect(messages[0]!.message).toBe(`'DOE' is not a pay range: ${CO} require(s) figures.`)
  })

  it("places the job from a bare 'Remote – US' line under the title", () => {
    const messages = lint('# Engineer\n\nRemote – US\n\nWe build.')
    expect(messages.map((m) => m.messageId)).toEqual(['missing'])
    expect(messages[0]!.relatedLocations?.[0]).toMatchObject({ line: 3 })
  })
})
