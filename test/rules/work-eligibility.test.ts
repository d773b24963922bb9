import { describe, expect, it } from 'vitest'
import { Linter } from '../../src/linter/linter.js'
import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/work-eligibility.js'

const TODAY = { asOf: '2026-11-27' }
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 19 }
const withLine = (line: string) => `# Backend Engineer\n\nWe build billing software for clinics.\n\n${line}\n`
const missing = [{ messageId: 'missing', ...TITLE }]

new RuleTester().run('work-eligibility', rule, {
  valid: [
    // Work authorization.
    { name: 'authorized to work in the United States', code: withLine('You must be authorized to work in the United States.'), settings: TODAY },
    { name: 'eligible to work in Canada', code: withLine('Must be eligible to work in Canada.'), settings: TODAY },
    { name: 'E-Verify', code: withLine('We participate in E-Verify.'), settings: TODAY },
    // Sponsorship.
    { name: 'unable to sponsor visas', code: withLine('We are unable to sponsor visas for this role.'), settings: TODAY },
    { name: 'no visa sponsorship', code: withLine('We do not offer visa sponsorship.'), settings: TODAY },
    // Citizenship.
    { name: 'must be U.S. citizens', code: withLine('Applicants must be U.S. citizens.'), settings: TODAY },
    { name: 'Canadian citizens and permanent residents only', code: withLine('Canadian citizens and permanent residents only.'), settings: TODAY },
    { name: 'citizens under a Who may apply heading', code: '# Backend Engineer\n\n## Who may apply\n\nU.S. citizens and nationals.\n', settings: TODAY },
    // Clearance.
    { name: 'a Secret clearance', code: withLine('This role requires an active Secret security clearance.'), settings: TODAY },
    { name: 'Reliability status', code: withLine('Must be able to obtain Reliability status.'), settings: TODAY },
    // Where applicants live.
    { name: 'US based applicants only', code: withLine('US based applicants only.'), settings: TODAY },
    { name: 'Remote (US-based candidates only)', code: withLine('Remote (US-based candidates only).'), settings: TODAY },
    { name: 'open to people located in the US only', code: withLine('This is a remote role open to people located in the US only.'), settings: TODAY },
    { name: 'must reside in Canada', code: withLine('Candidates must reside in Canada.'), settings: TODAY },
    { name: 'within commuting distance', code: withLine('Applicants must currently live within commuting distance of Toronto.'), settings: TODAY },
    // French.
    { name: 'French: authorized to work', code: withLine('Vous devez être légalement autorisé à travailler au Canada.'), settings: TODAY },
    { name: 'French: must reside in Canada', code: withLine('Les candidats doivent résider au Canada.'), settings: TODAY },
    { name: 'French: area of selection', code: withLine("Ce poste est ouvert aux personnes résidant au Canada et aux citoyens canadiens résidant à l'étranger."), settings: TODAY },
    { name: 'French: preference to citizens', code: withLine('La préférence sera accordée aux citoyens canadiens.'), settings: TODAY },
    { name: 'French: no work permit sponsorship', code: withLine('Nous ne pouvons pas parrainer de permis de travail.'), settings: TODAY },
    { name: 'French: a reliability status', code: withLine('Vous devez obtenir une cote de fiabilité.'), settings: TODAY },
    // Formats.
    { name: 'HTML', code: '<h1>Backend Engineer</h1>\n<p>We are unable to sponsor visas.</p>\n', filename: 'posting.html', settings: TODAY },
    { name: 'plain text', code: 'Backend Engineer\n\nApplicants must be legally authorized to work in Canada.\n', filename: 'posting.txt', settings: TODAY },
  ],
  invalid: [
    { name: 'nothing on who may apply', code: withLine('Apply with your résumé.'), settings: TODAY, errors: missing },
    {
      name: 'HTML: at the h1',
      code: '<h1>Backend Engineer</h1>\n<p>We build billing software for clinics.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 5, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'plain text: at the first line',
      code: 'Backend Engineer\n\nWe build billing software for clinics.\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      name: 'no heading: at the first line',
      code: 'We build billing software for clinics.\nApply with your résumé.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'a place in front matter (Denver) changes nothing',
      code: '---\nlocation: Denver, CO\n---\n\n# Backend Engineer\n\nWe build billing software for clinics.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 5, column: 3, endLine: 5, endColumn: 19 }],
    },
    { name: 'a location line is not a condition', code: withLine('Location: Denver, CO'), settings: TODAY, errors: missing },
    { name: 'Remote – US alone is not a condition', code: withLine('Remote – US'), settings: TODAY, errors: missing },
    { name: 'settings.jurisdictions (CA-ON) changes nothing', code: withLine('Apply with your résumé.'), settings: { jurisdictions: ['CA-ON'], asOf: '2026-11-27' }, errors: missing },
    // Look-alikes.
    { name: 'citizens as customers', code: withLine('Our customers are U.S. citizens and small businesses.'), settings: TODAY, errors: missing },
    { name: 'helping citizens', code: withLine('Our platform helps citizens file taxes.'), settings: TODAY, errors: missing },
    { name: 'veterans and citizens served', code: withLine('We are proud to serve veterans and citizens.'), settings: TODAY, errors: missing },
    { name: 'security and clearance in the work', code: withLine('You will build security tooling and help with clearance of the ticket backlog.'), settings: TODAY, errors: missing },
    { name: 'where the team happens to be', code: withLine('We work across time zones with people based in Canada and the US.'), settings: TODAY, errors: missing },
    { name: 'open to the world', code: withLine('Open to candidates anywhere in the world.'), settings: TODAY, errors: missing },
  ],
})

describe('work-eligibility: French and Canadian forms', () => {
  it('reads "Vous devez résider au Canada." as a location condition', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['work-eligibility', rule]]) }).verify(code, { rules: { 'work-eligibility': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('Vous devez résider au Canada.'), TODAY)).toEqual([])
  })
  it('reads "citizens … may apply" as a citizenship condition', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['work-eligibility', rule]]) }).verify(code, { rules: { 'work-eligibility': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('Permanent residents and citizens of Canada may apply.'), TODAY)).toEqual([])
  })
})
