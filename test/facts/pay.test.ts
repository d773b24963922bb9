/**
 * The pay parser on real-world wordings: a table of pay expressions (many
 * verbatim from the corpus, file named on the row), a table of money that
 * is not pay, text with no money at all, several ranges by zone and level,
 * the default currency, front matter, and properties that hold for any text.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { findPay, payFromFrontMatter, type FrontMatterPay } from '../../src/facts/pay.js'
import type { OtherMoney, PayExpression } from '../../src/facts/types.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

type Expected = Omit<PayExpression, 'start' | 'end'>

interface PayRow {
  input: string
  expected: Expected
}

const range = (min: number, max: number, currency: string | null, period: PayExpression['period'], text: string, extra: Partial<Expected> = {}): Expected => ({ kind: 'range', min, max, currency, period, text, ...extra })
const single = (value: number, currency: string | null, period: PayExpression['period'], text: string, extra: Partial<Expected> = {}): Expected => ({ kind: 'single', min: value, max: value, currency, period, text, ...extra })
const atMost = (max: number, currency: string | null, period: PayExpression['period'], text: string, extra: Partial<Expected> = {}): Expected => ({ kind: 'open-ended', min: null, max, currency, period, text, ...extra })
const atLeast = (min: number, currency: string | null, period: PayExpression['period'], text: string, extra: Partial<Expected> = {}): Expected => ({ kind: 'open-ended', min, max: null, currency, period, text, ...extra })
const vague = (text: string): Expected => ({ kind: 'vague', min: null, max: null, currency: null, period: null, text })

const PAY_ROWS: PayRow[] = [
  // --- verbatim from the corpus ---
  // tts-join/md/pages_positions_18f-consulting-software-engineer-gs15.md
  { input: '**Salary Range:** Base salary GS-15 - $105,123 to $136,659', expected: range(105123, 136659, 'USD', null, '$105,123 to $136,659', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_18f-content-designer-gs15.md
  { input: '**Salary Range:** Base salary GS-15: $105,123.00 to $136,659.00', expected: range(105123, 136659, 'USD', null, '$105,123.00 to $136,659.00', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_18f-visual-designer-gs14.md
  { input: '**Salary Range:** Base Salary GS-14 - $89,370.00 to $ 116,181.00', expected: range(89370, 116181, 'USD', null, '$89,370.00 to $ 116,181.00', { label: 'GS-14' }) },
  // tts-join/md/pages_positions_18f-product-manager-gs15.md
  { input: '**Salary Range:** Base salary GS-15 - $105,123  to $136,659', expected: range(105123, 136659, 'USD', null, '$105,123  to $136,659', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_18f-strategist-gs15.md
  { input: '**Salary Range:** Base salary GS-15 - $103,672 to $134,776<br>', expected: range(103672, 134776, 'USD', null, '$103,672 to $134,776', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_bucket-tts-designer-2.md
  { input: '- GS-13 Step 1 $94,373 to GS-13 Step 10 $150,703', expected: range(94373, 150703, 'USD', null, '$94,373 to GS-13 Step 10 $150,703', { label: 'GS-13' }) },
  // tts-join/md/pages_positions_bucket-tts-designer.md
  { input: '- GS-15 Step 1 $131,178 to GS-15 Step 10 $176,300', expected: range(131178, 176300, 'USD', null, '$131,178 to GS-15 Step 10 $176,300', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_bucket-tts-engineer.md
  { input: '- GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500', expected: range(108885, 172500, 'USD', null, '$108,885 to GS-14, Step 10 - $172,500', { label: 'GS-14' }) },
  // tts-join/md/pages_positions_pif-deputy-director.md
  { input: 'The salary range for this position is GS-15 Step 1 $155,700  to GS-15 Step 10 $183,500 for the DC locality', expected: range(155700, 183500, 'USD', null, '$155,700  to GS-15 Step 10 $183,500', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_bucket-tts-supervisors.md
  { input: 'The salary range for this position is GS-15, Step 1 - $128,078 to GS-15, Step 10 - $172,500.', expected: range(128078, 172500, 'USD', null, '$128,078 to GS-15, Step 10 - $172,500', { label: 'GS-15' }) },
  // tts-join/md/pages_positions_coe-director.md
  { input: 'Current SES members whose salary equals or exceeds the maximum advertised salary for this vacancy ($183,300), will not lose pay if appointed to this position.', expected: atMost(183300, 'USD', null, '$183,300') },
  // tts-join/md/pages_positions_pif-presidential-innovation-fellow-gs15.md
  { input: '**Salary Range:**\nBase salary GS-15 - $134,789<br>', expected: single(134789, 'USD', null, '$134,789', { label: 'GS-15', announcedRange: true }) },
  // tts-join/md/positions_login-account-manager-2024.md
  { input: '  GS-14 Step 1: $122,198', expected: single(122198, 'USD', null, '$122,198', { label: 'GS-14' }) },
  // tts-join/html/contract-specialist.html
  { input: 'Base salary GS-13 - $79,468 to $103,309</p>', expected: range(79468, 103309, 'USD', null, '$79,468 to $103,309', { label: 'GS-13' }) },
  // tts-join/html/security-ops-engineer.html
  { input: 'Base Salary - $106,595 to $138,572</p>', expected: range(106595, 138572, 'USD', null, '$106,595 to $138,572') },
  // tts-join/html/tts-deputy-director.html
  { input: 'Base salary $135,468 to $203,700</p>', expected: range(135468, 203700, 'USD', null, '$135,468 to $203,700') },
  // tts-join/html/technology-portfolio-director.html
  { input: 'Base salary GS-GS 15 - $106,595 to $138,572</p>', expected: range(106595, 138572, 'USD', null, '$106,595 to $138,572', { label: 'GS-GS 15' }) },
  // tts-join/html/executive-director.html
  { input: 'Base salary GS-Senior Executive Service - $132,552 to $183,300</p>', expected: range(132552, 183300, 'USD', null, '$132,552 to $183,300', { label: 'GS-Senior Executive Service' }) },
  // tts-join/html/executive-director.html
  {
    input: 'The salary range for this position is: GS-Senior Executive Service Step 1 - $132,552 to GS-Senior Executive Service Step 10 $183,300</p>',
    expected: range(132552, 183300, 'USD', null, '$132,552 to GS-Senior Executive Service Step 10 $183,300', { label: 'GS-Senior Executive Service' }),
  },
  // tts-join/html/pif-presidential-innovation-fellow.html
  { input: 'The salary for this position is: GS-15 Step 1 - $142,701</p>', expected: single(142701, 'USD', null, '$142,701', { label: 'GS-15' }) },
  // tts-join/html/pif-presidential-innovation-fellow.html
  { input: 'Salary GS-15 - $142,701</p>', expected: single(142701, 'USD', null, '$142,701', { label: 'GS-15' }) },
  // tts-join/html/login-security-purple-apr2023.html
  { input: '<p><strong>Salary range:</strong> GS-15 ($136,908 to $183,500)</p>', expected: range(136908, 183500, 'USD', null, '$136,908 to $183,500', { label: 'GS-15' }) },
  // tts-join/html/visual-designer.html
  { input: 'The base salary range for this position is: GS-14 Step 1 - $89,370 to GS-14 Step 10 $116,181</p>', expected: range(89370, 116181, 'USD', null, '$89,370 to GS-14 Step 10 $116,181', { label: 'GS-14' }) },
  // tts-join/html/content-strategist.html
  { input: 'Base salary GS-14 - $90,621 to $117,810</p>', expected: range(90621, 117810, 'USD', null, '$90,621 to $117,810', { label: 'GS-14' }) },
  // tts-join/html/sourcing-strategist.html
  { input: 'The salary range for this position is: GS-13 Step 1 - $92,143 to GS-13 Step 10 $146,120</p>', expected: range(92143, 146120, 'USD', null, '$92,143 to GS-13 Step 10 $146,120', { label: 'GS-13' }) },
  // tts-join/md/pages_positions_usdc-director.md
  { input: 'More than just a job with a competitive salary and benefits, you will help grow the federal government', expected: vague('competitive salary') },
  // tts-join/md/position_PXContactCenterAnalyst.md
  { input: 'Your salary, including base and locality, will be determined upon selection, dependent on your actual duty location.', expected: vague('determined upon selection') },
  // cds-canada/en/content_en_work-with-us_positions_product-manager.md
  { input: '* Competitive salary', expected: vague('Competitive salary') },
  // cds-canada/fr/content_fr_work-with-us_positions_gestionnaire-de-produits.md
  { input: '* salaire concurrentiel;', expected: vague('salaire concurrentiel') },

  // --- real-world forms ---
  { input: '$120,000 - $150,000', expected: range(120000, 150000, 'USD', null, '$120,000 - $150,000') },
  { input: '$120,000–$150,000', expected: range(120000, 150000, 'USD', null, '$120,000–$150,000') },
  { input: 'The pay range for this role is $95,000—$125,000 annually.', expected: range(95000, 125000, 'USD', 'year', '$95,000—$125,000 annually') },
  { input: '$120K–$150K USD per year', expected: range(120000, 150000, 'USD', 'year', '$120K–$150K USD per year') },
  { input: 'USD 120k to 150k', expected: range(120000, 150000, 'USD', null, 'USD 120k to 150k') },
  { input: '$120,000 - $150,000 USD', expected: range(120000, 150000, 'USD', null, '$120,000 - $150,000 USD') },
  { input: '$50-60/hr', expected: range(50, 60, 'USD', 'hour', '$50-60/hr') },
  { input: '$25.00 – $30.00 per hour', expected: range(25, 30, 'USD', 'hour', '$25.00 – $30.00 per hour') },
  { input: 'Hourly rate: $18.50 - $22.00', expected: range(18.5, 22, 'USD', 'hour', '$18.50 - $22.00') },
  { input: '$65,000 - $80,000 a year', expected: range(65000, 80000, 'USD', 'year', '$65,000 - $80,000 a year') },
  { input: '$73,000 to $85,000', expected: range(73000, 85000, 'USD', null, '$73,000 to $85,000') },
  { input: '$108,885 - $172,500 per year', expected: range(108885, 172500, 'USD', 'year', '$108,885 - $172,500 per year') },
  { input: 'The pay range is between $50,000 and $60,000.', expected: range(50000, 60000, 'USD', null, 'between $50,000 and $60,000') },
  { input: 'Pay rate 25-30 per hour', expected: range(25, 30, null, 'hour', '25-30 per hour') },
  { input: 'Salary: $85,000 - $95,000 DOE', expected: range(85000, 95000, 'USD', null, '$85,000 - $95,000') },
  { input: '$20–$25 per hour depending on experience', expected: range(20, 25, 'USD', 'hour', '$20–$25 per hour') },
  { input: '$60k–$80k + equity', expected: range(60000, 80000, 'USD', null, '$60k–$80k') },
  { input: 'Compensation: $150k-$180k + bonus + equity', expected: range(150000, 180000, 'USD', null, '$150k-$180k') },
  { input: '$100,000 – $130,000 (base salary)', expected: range(100000, 130000, 'USD', null, '$100,000 – $130,000') },
  { input: 'The salary range for this position is $125,000 to $155,000.', expected: range(125000, 155000, 'USD', null, '$125,000 to $155,000') },
  { input: '€45.000–€55.000 brutto/Jahr', expected: range(45000, 55000, 'EUR', 'year', '€45.000–€55.000 brutto/Jahr') },
  { input: '45.000 bis 55.000 € brutto pro Jahr', expected: range(45000, 55000, 'EUR', 'year', '45.000 bis 55.000 € brutto pro Jahr') },
  { input: '€60k - €75k p.a.', expected: range(60000, 75000, 'EUR', 'year', '€60k - €75k p.a.') },
  { input: '£40k-£50k', expected: range(40000, 50000, 'GBP', null, '£40k-£50k') },
  { input: '£35,000 - £40,000 per annum', expected: range(35000, 40000, 'GBP', 'year', '£35,000 - £40,000 per annum') },
  { input: 'CA$90,000 to CA$110,000', expected: range(90000, 110000, 'CAD', null, 'CA$90,000 to CA$110,000') },
  { input: 'C$85,000 – C$100,000', expected: range(85000, 100000, 'CAD', null, 'C$85,000 – C$100,000') },
  { input: 'CAD 95,000 - 115,000', expected: range(95000, 115000, 'CAD', null, 'CAD 95,000 - 115,000') },
  { input: '$90,000 - $110,000 CAD', expected: range(90000, 110000, 'CAD', null, '$90,000 - $110,000 CAD') },
  { input: 'A$120k–A$140k', expected: range(120000, 140000, 'AUD', null, 'A$120k–A$140k') },
  { input: 'Salary: INR 15 lakh - 20 lakh per annum', expected: range(1500000, 2000000, 'INR', 'year', 'INR 15 lakh - 20 lakh per annum') },
  { input: '¥4,000,000 - ¥6,000,000 per year', expected: range(4000000, 6000000, 'JPY', 'year', '¥4,000,000 - ¥6,000,000 per year') },
  { input: '73 000 $ à 85 000 $', expected: range(73000, 85000, 'USD', null, '73 000 $ à 85 000 $') },
  { input: 'Salaire : de 73 000 $ à 85 000 $ par année', expected: range(73000, 85000, 'USD', 'year', 'de 73 000 $ à 85 000 $ par année') },
  { input: 'Salaire : entre 73 000 $ et 85 000 $ par année', expected: range(73000, 85000, 'USD', 'year', 'entre 73 000 $ et 85 000 $ par année') },
  { input: 'Salary: 11,000 monthly', expected: single(11000, null, 'month', '11,000 monthly') },
  { input: 'We pay $30 an hour.', expected: single(30, 'USD', 'hour', '$30 an hour') },
  { input: '$35/hr', expected: single(35, 'USD', 'hour', '$35/hr') },
  { input: 'Pay: $22.50/h', expected: single(22.5, 'USD', 'hour', '$22.50/h') },
  { input: '$4,500/mo', expected: single(4500, 'USD', 'month', '$4,500/mo') },
  { input: '$1,200 per week', expected: single(1200, 'USD', 'week', '$1,200 per week') },
  { input: 'Day rate: $650/day', expected: single(650, 'USD', 'day', '$650/day') },
  { input: '$75,000/year', expected: single(75000, 'USD', 'year', '$75,000/year') },
  { input: 'USD 95,000 annually', expected: single(95000, 'USD', 'year', 'USD 95,000 annually') },
  { input: 'Annual salary: $95,000', expected: single(95000, 'USD', 'year', '$95,000') },
  { input: '£40k pa', expected: single(40000, 'GBP', 'year', '£40k pa') },
  { input: "CHF 120'000 p.a.", expected: single(120000, 'CHF', 'year', "CHF 120'000 p.a.") },
  { input: '₹12,00,000 per annum', expected: single(1200000, 'INR', 'year', '₹12,00,000 per annum') },
  { input: "25,50 $ de l'heure", expected: single(25.5, 'USD', 'hour', "25,50 $ de l'heure") },
  { input: 'OTE $200K', expected: single(200000, 'USD', null, '$200K') },
  { input: 'Salary: $1.2M', expected: single(1200000, 'USD', null, '$1.2M') },
  { input: 'The salary range for this role is $120,000.', expected: single(120000, 'USD', null, '$120,000', { announcedRange: true }) },
  { input: 'Pay band: $85,000', expected: single(85000, 'USD', null, '$85,000', { announcedRange: true }) },
  { input: 'up to $60,000', expected: atMost(60000, 'USD', null, 'up to $60,000') },
  { input: 'Salary up to £45k', expected: atMost(45000, 'GBP', null, 'up to £45k') },
  { input: "jusqu'à 85 000 $ par année", expected: atMost(85000, 'USD', 'year', "jusqu'à 85 000 $ par année") },
  { input: 'Salary maximum: $90,000', expected: atMost(90000, 'USD', null, '$90,000') },
  { input: 'The maximum number of hours is 40, and pay is $25/hour.', expected: single(25, 'USD', 'hour', '$25/hour') },
  { input: 'Pay scale: up to $32/hour', expected: atMost(32, 'USD', 'hour', 'up to $32/hour', { announcedRange: true }) },
  // The NYC examples of open-ended pay in docs/jurisdictions.md
  { input: '$15/hr and up', expected: atLeast(15, 'USD', 'hour', '$15/hr and up') },
  { input: 'maximum $50,000', expected: atMost(50000, 'USD', null, 'maximum $50,000') },
  { input: 'starting at $20/hour', expected: atLeast(20, 'USD', 'hour', 'starting at $20/hour') },
  { input: '$90,000+', expected: atLeast(90000, 'USD', null, '$90,000+') },
  { input: '$150,000 and up', expected: atLeast(150000, 'USD', null, '$150,000 and up') },
  { input: '$18/hour and up', expected: atLeast(18, 'USD', 'hour', '$18/hour and up') },
  { input: 'Minimum $50,000', expected: atLeast(50000, 'USD', null, 'Minimum $50,000') },
  { input: 'Salary from $45,000', expected: atLeast(45000, 'USD', null, 'from $45,000') },
  { input: 'We pay at least $22 per hour.', expected: atLeast(22, 'USD', 'hour', 'at least $22 per hour') },
  { input: 'à partir de 60 000 $', expected: atLeast(60000, 'USD', null, 'à partir de 60 000 $') },
  { input: 'Salary: DOE', expected: vague('DOE') },
  { input: 'Salary is D.O.E.', expected: vague('D.O.E.') },
  { input: 'Pay commensurate with experience', expected: vague('commensurate with experience') },
  { input: 'Salary negotiable', expected: vague('negotiable') },
  { input: 'Compensation: depending on experience', expected: vague('depending on experience') },
  { input: 'We pay market rate salaries.', expected: vague('market rate') },
  { input: 'Attractive package and great benefits', expected: vague('Attractive package') },
  { input: 'Salary: Competitive', expected: vague('Competitive') },
  { input: "Rémunération selon l'expérience", expected: vague("selon l'expérience") },
  { input: 'Vergütung nach Vereinbarung', expected: vague('nach Vereinbarung') },
]

interface OtherRow {
  input: string
  kind: OtherMoney['kind']
  text: string
}

const OTHER_ROWS: OtherRow[] = [
  // tts-join/md/pages_positions_login.gov-account-manager.md
  { input: '- Managing $5+MM accounts for large corporate or public sector clients', kind: 'other', text: '$5+MM' },
  // The ceiling of the GS pay system, not this job's pay (a reviewer reads these postings' pay as undetermined).
  // tts-join/md/pages_positions_cloud-security-compliance-architect.md
  { input: 'Please note the maximum salary available for the GS pay system is **$166,500**', kind: 'other', text: '$166,500' },
  // tts-join/md/positions_18f-director-2023.md
  { input: 'dependent on your actual duty location. Please note the maximum salary available\nfor the GS pay system is $191,900. For specific details on locality pay, please', kind: 'other', text: '$191,900' },
  { input: 'We raised $50M in our Series B.', kind: 'funding', text: '$50M' },
  { input: 'backed by $120M from top-tier investors', kind: 'funding', text: '$120M' },
  { input: 'The company has raised over $200 million to date.', kind: 'funding', text: '$200 million' },
  { input: 'We crossed $2B in revenue last year.', kind: 'revenue', text: '$2B' },
  { input: '$40M ARR and growing', kind: 'revenue', text: '$40M' },
  { input: '$1,000 annual learning stipend', kind: 'stipend', text: '$1,000 annual' },
  { input: 'a $500 home-office budget', kind: 'stipend', text: '$500' },
  { input: 'Equipment allowance of $1,500', kind: 'stipend', text: '$1,500' },
  { input: 'relocation assistance up to $5,000', kind: 'stipend', text: 'up to $5,000' },
  { input: 'A $50 per diem covers meals on travel days.', kind: 'stipend', text: '$50' },
  { input: 'Commuter benefit: $300 per month', kind: 'stipend', text: '$300 per month' },
  { input: '401(k) match up to $5,000', kind: 'benefit', text: 'up to $5,000' },
  { input: 'tuition reimbursement of $5,250 per year', kind: 'benefit', text: '$5,250 per year' },
  { input: 'Health insurance premiums covered up to $500/month', kind: 'benefit', text: 'up to $500/month' },
  { input: 'a $10,000 signing bonus', kind: 'bonus', text: '$10,000' },
  { input: '$5,000 sign-on bonus', kind: 'bonus', text: '$5,000' },
  { input: 'Referral bonus: $2,500', kind: 'bonus', text: '$2,500' },
  { input: 'retention bonus of $15,000', kind: 'bonus', text: '$15,000' },
  { input: 'You will manage a $1.2M budget.', kind: 'other', text: '$1.2M' },
  { input: 'Oversee a $50M portfolio of federal contracts', kind: 'other', text: '$50M' },
  { input: 'Subscriptions start at $9.99 per month.', kind: 'price', text: 'start at $9.99 per month' },
  { input: 'The application fee is $50.', kind: 'price', text: '$50' },
]

/** Text with no money in it, or numbers that are not money: no pay, no other money. */
const NO_MONEY: string[] = [
  // tts-join/html/usdc-deputy-director.html
  'Occasional travel may be required up to 10%-20% per year</p>',
  // tts-join/html/visual-designer.html
  '  <li>Thrift Savings Plan (similar to a 401(k) plan)</li>',
  // tts-join/md/pages_positions_login-fraud-technical-expert.md
  'Over 40 million people have signed up to use Login.gov, across all applications.',
  // tts-join/md/positions_18f-director-2023.md
  '    time: 1:00-2:00pm ET (10:00am -11:00am PT)',
  // tts-join/html/devops-engineer.html
  '  <li>Full Time telework is negotiable after the selection (i.e., official worksite/duty location is the residence of the selectee).</li>',
  // cds-canada/en/content_en_careers_positions_senior-product-manager---platform--f5ea171c-590f-4272-b1cc-7e56714d37fa.md
  'Perform competitive and business analysis in order to refine your product strategy',
  // cds-canada/en/content_en_careers_positions_senior-project-services-advisor--df2507ec-8d24-487e-9617-2aec5097a456.md
  'This role is classified as AS-04, and bilingualism is an asset.',
  'Salary range: GS-15',
  'The salary will be reviewed in 2024 after 12 months.',
  'Pay period: 26 pay periods per year',
  'Salary: 40 hours per week',
  'Base salary grade 14, step 3',
  'Department of Energy (DOE) headquarters',
]

function expectOne(input: string, expected: Expected): void {
  const { pay, other } = findPay(input)
  const start = input.indexOf(expected.text)
  expect(start).toBeGreaterThanOrEqual(0)
  expect(pay).toStrictEqual([{ ...expected, start, end: start + expected.text.length }])
  expect(other).toStrictEqual([])
}

describe('findPay: pay expressions', () => {
  it('has a table of at least 60 real-world pay expressions, many from the corpus', () => {
    expect(PAY_ROWS.length).toBeGreaterThanOrEqual(60)
    expect(PAY_ROWS.length + OTHER_ROWS.length).toBeGreaterThanOrEqual(80)
  })

  it.each(PAY_ROWS.map((row) => [row.input, row.expected] as const))('%j', (input, expected) => {
    expectOne(input, expected)
  })
})

describe('findPay: money that is not pay', () => {
  it('has at least 15 rows', () => {
    expect(OTHER_ROWS.length).toBeGreaterThanOrEqual(15)
  })

  it.each(OTHER_ROWS.map((row) => [row.input, row.kind, row.text] as const))('%j is %s', (input, kind, text) => {
    const { pay, other } = findPay(input)
    const start = input.indexOf(text)
    expect(pay).toStrictEqual([])
    expect(other).toStrictEqual([{ kind, text, start, end: start + text.length }])
  })

  it.each(NO_MONEY)('%j holds no money', (input) => {
    expect(findPay(input)).toStrictEqual({ pay: [], other: [] })
  })

  it('tells pay from a bonus, funding and a stipend in the same sentence', () => {
    const text = 'Salary: $120,000 plus a $10,000 signing bonus. We have raised $50M and offer a $1,000 learning stipend.'
    const { pay, other } = findPay(text)
    expect(pay.map((expression) => [expression.kind, expression.text])).toStrictEqual([['single', '$120,000']])
    expect(other.map((money) => [money.kind, money.text])).toStrictEqual([
      ['bonus', '$10,000'],
      ['funding', '$50M'],
      ['stipend', '$1,000'],
    ])
  })

  it('reads a figure with no words around it by its size', () => {
    expect(findPay('$1.2M').other).toStrictEqual([{ kind: 'other', text: '$1.2M', start: 0, end: 5 }])
    expect(findPay('$95,000').pay.map((expression) => expression.kind)).toStrictEqual(['single'])
  })
})

describe('findPay: several ranges by zone, level and grade', () => {
  it('labels the GS grades of a corpus list (tts-join/md/pages_positions_bucket-tts-engineer.md)', () => {
    const text = [
      '**Salary Range:**',
      'The salary range for this position is:',
      '- GS-14, Step 1 - $108,885 to GS-14, Step 10 - $172,500',
      '- GS-15, Step 1 - $128,078 to GS-15, Step 10 - $172,500 ',
    ].join('\n')
    const { pay } = findPay(text)
    expect(pay.map((expression) => [expression.label, expression.min, expression.max, expression.kind])).toStrictEqual([
      ['GS-14', 108885, 172500, 'range'],
      ['GS-15', 128078, 172500, 'range'],
    ])
  })

  it('labels zones written on one line', () => {
    const { pay } = findPay('Zone A: $120,000 – $150,000; Zone B: $110,000 – $140,000; Zone C: $100,000 – $125,000')
    expect(pay.map((expression) => [expression.label, expression.text])).toStrictEqual([
      ['Zone A', '$120,000 – $150,000'],
      ['Zone B', '$110,000 – $140,000'],
      ['Zone C', '$100,000 – $125,000'],
    ])
  })

  it('labels levels, classifications and places in a list', () => {
    const text = ['Pay ranges by level:', '- **Level I:** $70,000–$85,000', '- **Level II:** $85,000–$105,000', '- CS-02: $75,000 to $90,000', '- New York City: $130,000 - $160,000 per year', '- Remote (US): $115,000 - $140,000 per year'].join('\n')
    const { pay } = findPay(text)
    expect(pay.map((expression) => [expression.label, expression.min, expression.max, expression.period])).toStrictEqual([
      ['Level I', 70000, 85000, null],
      ['Level II', 85000, 105000, null],
      ['CS-02', 75000, 90000, null],
      ['New York City', 130000, 160000, 'year'],
      ['Remote (US)', 115000, 140000, 'year'],
    ])
  })

  it('gives no label to a heading that is just a pay word', () => {
    expect(findPay('Salary Range: $90,000 - $110,000').pay[0]?.label).toBeUndefined()
    expect(findPay('Compensation: $90,000 - $110,000').pay[0]?.label).toBeUndefined()
  })
})

describe('findPay: default currency', () => {
  it('reads a bare dollar sign as the posting country says, explicit markers as written', () => {
    const canadian = { defaultCurrency: 'CAD' }
    expect(findPay('73 000 $ à 85 000 $', canadian).pay.map((expression) => expression.currency)).toStrictEqual(['CAD'])
    expect(findPay('$90,000 - $110,000 per year', canadian).pay.map((expression) => expression.currency)).toStrictEqual(['CAD'])
    expect(findPay('US$90,000 - US$110,000', canadian).pay.map((expression) => expression.currency)).toStrictEqual(['USD'])
    expect(findPay('USD 90k to 110k', canadian).pay.map((expression) => expression.currency)).toStrictEqual(['USD'])
    expect(findPay('€50.000 – €60.000', canadian).pay.map((expression) => expression.currency)).toStrictEqual(['EUR'])
    expect(findPay('$90,000 - $110,000').pay.map((expression) => expression.currency)).toStrictEqual(['USD'])
  })

  it('leaves a figure with no currency at all without one', () => {
    expect(findPay('Salary: 11,000 monthly', { defaultCurrency: 'CAD' }).pay.map((expression) => expression.currency)).toStrictEqual([null])
  })
})

describe('payFromFrontMatter', () => {
  const frontMatter = (yaml: string): Record<string, unknown> => parseYaml(yaml) as Record<string, unknown>

  it('reads salary_min/salary_max written with a dollar sign (tts-join/md/pages_positions_bucket-tts-engineer.md)', () => {
    const data = frontMatter(`title: Technology Transformation Services Engineer (IT Specialist)
permalink: /join/tts-engineer/
state: closed
job_post_type: usajobs

# INSTRUCTIONS UPCOMING: These fields are required for upcoming
role_name: Engineer (IT Specialist)
opens: 'October 29, 2021 at 9:00 am EDT'
closes: 'November 15, 2021 at 11:59 pm EDT'
location: 'Washington, DC; San Francisco, CA; Chicago, IL; New York, NY; Virtual (100% Remote)'
gs_level: 14-15
salary_min: $108,885
salary_max: $172,500
org: TTS
contact_name: 'TTS Talent Team'
contact_email: 'jointts@gsa.gov'
`)
    expect(payFromFrontMatter(data)).toStrictEqual<FrontMatterPay[]>([
      { kind: 'range', min: 108885, max: 172500, currency: 'USD', period: null, text: '$108,885 – $172,500', keys: ['salary_min', 'salary_max'] },
    ])
    expect(payFromFrontMatter(data, { defaultCurrency: 'CAD' })[0]?.currency).toBe('CAD')
  })

  it('reads quoted bare figures without a currency (tts-join/md/pages_positions_oa-contract-specialist.md)', () => {
    const data = frontMatter(`title: Office of Acquisition - Contract Specialist 
permalink: /join/contract-specialist/
state: closed
job_post_type: usajobs
role_name: Contract Specialist
opens: February 3, 2021 11:59pm EDT
closes: February 2, 2022, 11:59pm EDT
location: 'Washington, DC; San Francisco, CA; Chicago, IL; New York, NY; Virtual (100% Remote)'
gs_level: 13
salary_min: '79,468'
salary_max: '103,309' 
org: 'Office of Acquisition' 
`)
    expect(payFromFrontMatter(data)).toStrictEqual<FrontMatterPay[]>([
      { kind: 'range', min: 79468, max: 103309, currency: null, period: null, text: '79,468 – 103,309', keys: ['salary_min', 'salary_max'] },
    ])
  })

  it('makes equal bounds a single figure (tts-join/md/pages_positions_pif-presidential-innovation-fellow.md)', () => {
    const data = frontMatter(`title: PIF - Presidential Innovation Fellow
gs_level: 15
salary_min: '142,701'
salary_max: '142,701'
`)
    expect(payFromFrontMatter(data)).toStrictEqual<FrontMatterPay[]>([
      { kind: 'single', min: 142701, max: 142701, currency: null, period: null, text: '142,701 – 142,701', keys: ['salary_min', 'salary_max'] },
    ])
  })

  it('reads min_payrange/max_payrange and skips them when left empty (tts-join/md/positions_login-data-analyst-2024.md, positions_PXCOBranchChief.md)', () => {
    // Excerpts: the two files' pay lines, with the comment above them.
    const filled = frontMatter(`# Put the GS grade and pay range this position is being advertised at. For SES positions, set the value of gs to SES.
gs: 
min_payrange: $ 143,736
max_payrange: $ 191,900
`)
    expect(payFromFrontMatter(filled)).toStrictEqual<FrontMatterPay[]>([
      { kind: 'range', min: 143736, max: 191900, currency: 'USD', period: null, text: '$ 143,736 – $ 191,900', keys: ['min_payrange', 'max_payrange'] },
    ])
    const empty = frontMatter(`# Put the GS grade and pay range this position is being advertised at. For SES positions, set the value of gs to SES.
gs: 15
min_payrange: $
max_payrange: $
`)
    expect(payFromFrontMatter(empty)).toStrictEqual([])
  })

  it('reads pay written as text and schema.org baseSalary', () => {
    expect(payFromFrontMatter({ salary: '$90,000 - $110,000 per year' })).toStrictEqual<FrontMatterPay[]>([
      { kind: 'range', min: 90000, max: 110000, currency: 'USD', period: 'year', text: '$90,000 - $110,000 per year', keys: ['salary'] },
    ])
    expect(payFromFrontMatter({ pay_range: '95000-120000', currency: 'usd' })).toStrictEqual<FrontMatterPay[]>([
      { kind: 'range', min: 95000, max: 120000, currency: 'USD', period: null, text: '95000-120000', keys: ['pay_range'] },
    ])
    // The key says the value is about pay, so even "Competitive" or "DOE" alone is vague pay.
    expect(payFromFrontMatter({ compensation: 'Competitive, depending on experience' }).map((expression) => [expression.kind, expression.text])).toStrictEqual([
      ['vague', 'Competitive'],
      ['vague', 'depending on experience'],
    ])
    expect(payFromFrontMatter({ salary: 'DOE' }).map((expression) => [expression.kind, expression.text])).toStrictEqual([['vague', 'DOE']])
    // The shape of Google's JobPosting example: an hourly range.
    const baseSalary = { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 40, maxValue: 50, unitText: 'HOUR' } }
    expect(payFromFrontMatter({ baseSalary })).toStrictEqual<FrontMatterPay[]>([{ kind: 'range', min: 40, max: 50, currency: 'USD', period: 'hour', text: '40 – 50', keys: ['baseSalary'] }])
    const exact = { currency: 'EUR', value: { value: 55000, unitText: 'YEAR' } }
    expect(payFromFrontMatter({ baseSalary: exact })).toStrictEqual<FrontMatterPay[]>([{ kind: 'single', min: 55000, max: 55000, currency: 'EUR', period: 'year', text: '55000 – 55000', keys: ['baseSalary'] }])
  })

  it('reads a lone bound as open-ended and ignores unrelated keys', () => {
    expect(payFromFrontMatter({ salary_max: '$60,000', gs_level: 15, title: 'Engineer' })).toStrictEqual<FrontMatterPay[]>([
      { kind: 'open-ended', min: null, max: 60000, currency: 'USD', period: null, text: '$60,000', keys: ['salary_max'] },
    ])
    expect(payFromFrontMatter({ gs: 15, gs_level: '14, 15', series: '2210' })).toStrictEqual([])
  })
})

describe('findPay: properties', () => {
  /** Text built from money-like pieces, so the generator reaches the interesting paths. */
  const piece = fc.oneof(
    fc.constantFrom('$', '€', '£', 'US$', 'CAD', 'USD ', ' $', '120,000', '45.000', '73 000', '1.2', '12,00,000', "120'000", '25', '2024', 'k', 'K', 'M', '+', '%', ' - ', '–', ' to ', ' and ', ' à ', ' bis ', '/hr', ' per year', ' p.a.', ' brutto/Jahr', 'Salary: ', 'up to ', 'starting at ', 'between ', 'Zone A: ', 'GS-15 Step 1 ', ' signing bonus', ' raised ', ' budget', 'DOE', 'competitive salary', 'négociable', "selon l'expérience", '\n', '\n\n- ', '. ', '**', '(', ')', ':'),
    fc.string({ maxLength: 6 }),
  )
  const moneyText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''))

  function checkFindings(text: string): void {
    const { pay, other } = findPay(text)
    let previous = -1
    for (const expression of pay) {
      expect(expression.start).toBeGreaterThanOrEqual(0)
      expect(expression.end).toBeLessThanOrEqual(text.length)
      expect(expression.start).toBeLessThan(expression.end)
      expect(text.slice(expression.start, expression.end)).toBe(expression.text)
      expect(expression.start).toBeGreaterThanOrEqual(previous)
      previous = expression.start
      if (expression.kind === 'range') expect(expression.min!).toBeLessThanOrEqual(expression.max!)
      if (expression.kind === 'single') expect(expression.min).toBe(expression.max)
      if (expression.kind === 'open-ended') expect((expression.min === null) !== (expression.max === null)).toBe(true)
      if (expression.kind === 'vague') expect([expression.min, expression.max, expression.currency, expression.period]).toStrictEqual([null, null, null, null])
    }
    for (const money of other) {
      expect(money.start).toBeGreaterThanOrEqual(0)
      expect(money.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(money.start, money.end)).toBe(money.text)
    }
  }

  it('never throws and keeps every offset inside the text, on any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => checkFindings(text)), { numRuns: 500 })
  })

  it('never throws and keeps every offset inside the text, on money-like text', () => {
    fc.assert(fc.property(moneyText, (text) => checkFindings(text)), { numRuns: 1000 })
  })

  it('reads front matter of any shape without throwing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('salary_min', 'salary_max', 'salary', 'pay', 'baseSalary', 'currency', 'compensation', 'title'), fc.jsonValue()), (data) => {
        const found = payFromFrontMatter(data)
        for (const expression of found) expect(expression.keys.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})

describe('findPay: the corpus', () => {
  const files = corpusFiles()
  const texts = files.map((file) => readFileSync(path.join(CORPUS, file), 'utf8'))

  it('keeps every offset inside each file', () => {
    for (const text of texts) {
      const { pay, other } = findPay(text)
      for (const found of [...pay, ...other]) expect(text.slice(found.start, found.end)).toBe(found.text)
    }
  })

  it('finds a range on every rendered US page that has a salary range section', () => {
    const pages = files.map((file, i) => [file, texts[i]!] as const).filter(([file, text]) => file.startsWith('tts-join/html/') && /Salary Range:<\/strong>\s*\n?\s*(?:Base|The)/i.test(text))
    expect(pages.length).toBeGreaterThan(20)
    for (const [file, text] of pages) {
      expect(findPay(text).pay.some((expression) => expression.kind === 'range' && expression.currency === 'USD'), file).toBe(true)
    }
  })

  it('finds no figures in the Canadian postings, which give classifications instead', () => {
    for (const [i, file] of files.entries()) {
      if (!file.startsWith('cds-canada/')) continue
      const figures = findPay(texts[i]!, { defaultCurrency: 'CAD' }).pay.filter((expression) => expression.kind !== 'vague')
      expect(figures, file).toStrictEqual([])
    }
  })
})
