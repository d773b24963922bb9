import { RuleTester } from '../../src/rule-tester.js'
import type { Settings } from '../../src/types.js'
import rule from '../../rules/no-salary-history.js'

// The as-of date is always set, so the laws in force do not change with the calendar.
const AS_OF = '2026-11-27'
const at = (jurisdictions: string[], asOf = AS_OF): Settings => ({ jurisdictions, asOf })
const nowhere: Settings = { asOf: AS_OF }

// How the messages cite each law (jurisdiction: name (citation)).
const NYC_NY = 'New York City: Salary history ban (N.Y.C. Admin. Code § 8-107(25) (Local Law 67 of 2017)); New York: Salary history ban (N.Y. Labor Law § 194-a)'
const CA = 'California: Salary history ban (AB 168) (Cal. Lab. Code § 432.3(a)–(b))'
const CO = 'Colorado: Equal Pay for Equal Work Act, Part 2, as amended by SB23-105 (Ensure Equal Pay for Equal Work) (C.R.S. § 8-5-201(2); 7 CCR 1103-18, Rule 11)'
const WA = 'Washington: Equal Pay and Opportunities Act: wage or salary history (RCW 49.58.100 (ESHB 1696, 2019))'
const BC = 'British Columbia: Pay Transparency Act: pay history information (Pay Transparency Act, S.B.C. 2023, c. 18 (pay history provision)) [unconfirmed]'
const US_PLACES = 'California, Colorado, District of Columbia and 16 other places'
const CA_PLACES = 'British Columbia, Prince Edward Island, California and 16 other places'

new RuleTester({ settings: nowhere }).run('no-salary-history', rule, {
  valid: [
    // --- expectations are not history ---
    'Please include your salary expectations with your application.',
    'Tell us your desired salary in your cover letter.',
    'Expected CTC: required. Notice period: 30 days.',
    'What are your salary requirements?',
    { name: 'a lead-in with "what" is no question', code: 'What you will do\n\n- Keep current salary bands up to date\n- Maintain salary history records' },
    // --- the employer's own pay ---
    'The current salary range for this position is $80,000 to $95,000 per year.',
    'Our current compensation package includes health insurance and a 401(k).',
    'The previous salary band was retired when we adopted the new pay scale; please apply online.',
    'Current pay rates: $22 to $26 per hour. Please apply by Friday.',
    'You will be paid on the last pay day of each month; please submit your timesheet weekly.',
    'Please note that current salary ranges are reviewed every year.',
    'We publish our current salary bands for every role.',
    'Salaries are reviewed against current market data; please apply by June 1.',
    { name: '"present" as a verb, under a requirements heading', code: '## Requirements\n\n- You will present salary benchmarks to leadership.' },
    { name: 'a requirements heading is no request', code: '## Requirements\n\n- Experience with current compensation benchmarking tools' },
    'You must know current wage and hour laws.',
    'Should have experience with current pay and benefits benchmarking.',
    'Must have served on a past compensation committee.',
    // --- negated, or stating the law ---
    'We do not ask for your salary history.',
    'Applicants are not required to disclose their current salary.',
    'Salary history is not required and will not be considered.',
    'Please do not include your current or past compensation in your application.',
    'In line with New York law, we never ask applicants about their current salary.',
    'Salary history inquiries are prohibited in California, so please leave it out of your application.',
    'Share your desired salary rather than your current salary.',
    "Nous ne demandons pas votre salaire actuel.",
    // --- no request of the applicant ---
    'The payroll specialist maintains salary history records for 400 employees.',
    'Prepare reports on wage history for the finance team.',
    'This is a W-2 position; please send your resume.',
    'Submit your resume; W-2 employees receive full benefits.',
    'You will receive electronic pay stubs every two weeks.',
    'Locality pay is added to the rate of basic pay for this position.',
    // --- inside an equal-opportunity statement ---
    'Acme is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex, national origin, age, disability or salary history.',
  ],
  invalid: [
    // --- where a law forbids it: the law is named ---
    {
      name: 'New York City: "include your salary history"',
      code: 'Please include your salary history with your resume.',
      settings: at(['US-NY-NYC']),
      errors: [{ messageId: 'forbidden', data: { text: 'salary history', laws: NYC_NY }, line: 1, column: 21, endColumn: 35, suggestions: [{ messageId: 'askExpectations', data: { replacement: 'salary expectations' }, output: 'Please include your salary expectations with your resume.' }] }],
    },
    {
      name: 'California: "current salary" in a request',
      code: 'Send your resume and current salary to jobs@acme.example.',
      settings: at(['US-CA']),
      errors: [{ messageId: 'forbidden', data: { text: 'current salary', laws: CA }, suggestions: [{ messageId: 'askExpectations', output: 'Send your resume and desired salary to jobs@acme.example.' }] }],
    },
    {
      name: 'Colorado: "expected and current salary"',
      code: 'Please state your expected and current salary.',
      settings: at(['US-CO']),
      errors: [{ messageId: 'forbidden', data: { text: 'current salary', laws: CO } }],
    },
    {
      name: 'Washington: "current and expected CTC": the expected half stays',
      code: 'Mention your current and expected CTC in the form.',
      settings: at(['US-WA']),
      errors: [{ messageId: 'forbidden', data: { text: 'current and expected CTC', laws: WA }, suggestions: [{ messageId: 'askExpectations', output: 'Mention your expected CTC in the form.' }] }],
    },
    {
      name: 'British Columbia: "last drawn salary"',
      code: 'Candidates must provide their last drawn salary.',
      settings: at(['CA-BC']),
      errors: [{ messageId: 'forbidden', data: { text: 'last drawn salary', laws: BC }, suggestions: [{ messageId: 'askExpectations', output: 'Candidates must provide their desired salary.' }] }],
    },
    {
      name: 'the location line brings the law in',
      code: '# Analyst\n\nLocation: New York, NY\n\nSalary history required.',
      settings: nowhere,
      errors: [{ messageId: 'forbidden', line: 5, column: 1, endColumn: 15, suggestions: [{ messageId: 'askExpectations', output: '# Analyst\n\nLocation: New York, NY\n\nSalary expectations required.' }] }],
    },
    // --- no law known: where it is banned, without claiming it applies ---
    {
      name: 'no jurisdiction: "your current compensation"',
      code: 'Tell us about your current compensation.',
      errors: [{ messageId: 'banned', data: { text: 'current compensation', places: US_PLACES }, suggestions: [{ messageId: 'askExpectations', output: 'Tell us about your desired compensation.' }] }],
    },
    { name: 'Texas has no ban: still reported, with where it is banned', code: 'Include your current salary.', settings: at(['US-TX']), errors: [{ messageId: 'banned', data: { text: 'current salary', places: US_PLACES } }] },
    { name: 'a bare list item under a heading about applying', code: '## How to apply\n\n- Resume\n- Current salary\n', errors: [{ messageId: 'banned', line: 4, column: 3 }] },
    { name: '"What is your current CTC?"', code: 'What is your current CTC?', errors: [{ messageId: 'banned', data: { text: 'current CTC', places: US_PLACES }, suggestions: [{ messageId: 'askExpectations', output: 'What is your expected CTC?' }] }] },
    { name: '"previous salary"', code: 'Please list your previous salary for each job.', errors: [{ messageId: 'banned', data: { text: 'previous salary', places: US_PLACES } }] },
    { name: 'the salary you currently earn (no rewrite offered)', code: 'Please tell us what you currently earn.', errors: [{ messageId: 'banned', data: { text: 'you currently earn', places: US_PLACES }, suggestions: [] }] },
    { name: '"pay stubs from your last job"', code: 'Attach two pay stubs from your last job.', errors: [{ messageId: 'banned', data: { text: 'pay stubs', places: US_PLACES }, suggestions: [] }] },
    { name: '"your W-2"', code: 'Please upload your most recent W-2.', errors: [{ messageId: 'banned', data: { text: 'W-2', places: US_PLACES } }] },
    {
      name: 'a federal SF-50 showing the current rate of basic pay',
      code: 'You must submit an SF-50 that shows your current position title, series, grade and rate of basic pay as well as Tenure Group.',
      errors: [{ messageId: 'banned', data: { text: 'rate of basic pay', places: US_PLACES }, suggestions: [] }],
    },
    {
      name: 'two negations make a requirement',
      code: 'Applications without your current salary will not be reviewed.',
      errors: [{ messageId: 'banned', data: { text: 'current salary', places: US_PLACES } }],
    },
    { name: 'proof of pay after a pay word: reported, no rewrite', code: 'Candidates must share their last drawn salary slip.', errors: [{ messageId: 'banned', data: { text: 'last drawn salary', places: US_PLACES }, suggestions: [] }] },
    { name: 'a question', code: 'How much is your present salary?', errors: [{ messageId: 'banned', data: { text: 'present salary', places: US_PLACES } }] },
    { name: '"and" followed by the applicant\'s expectations', code: 'Please send your current salary and expectations.', errors: [{ messageId: 'banned', data: { text: 'current salary', places: US_PLACES } }] },
    { name: 'a negation in another sentence does not count', code: 'No phone calls, please. Include your salary history.', errors: [{ messageId: 'banned', data: { text: 'salary history', places: US_PLACES } }] },
    // --- French ---
    {
      name: 'French: "salaire actuel", in Canada',
      code: 'Veuillez indiquer votre salaire actuel.',
      settings: { asOf: AS_OF, jurisdictions: ['CA'] },
      errors: [{ messageId: 'banned', data: { text: 'salaire actuel', places: CA_PLACES }, suggestions: [{ messageId: 'askExpectations', output: 'Veuillez indiquer votre salaire souhaité.' }] }],
    },
    { name: 'French: "rémunération actuelle" in British Columbia', code: 'Précisez votre rémunération actuelle.', settings: at(['CA-BC']), errors: [{ messageId: 'forbidden', data: { text: 'rémunération actuelle', laws: BC } }] },
    // --- HTML ---
    {
      name: 'HTML: in a list of what to send',
      code: '<h2>Application materials</h2>\n<ul><li>Resume</li><li>Salary history</li></ul>',
      filename: 'posting.html',
      errors: [{ messageId: 'banned', line: 2, column: 24, endColumn: 38 }],
    },
  ],
})
