import { describe, expect, it } from 'vitest'
import { RuleTester } from '../../src/rule-tester.js'
import { Linter } from '../../src/linter/linter.js'
import rule from '../../rules/eeo-statement.js'

// How messages cite the federal-contractor laws (src/jurisdictions/data/us-federal-contractor.ts).
const VEVRAA = "US federal contractor: Vietnam Era Veterans' Readjustment Assistance Act equal opportunity clause (38 U.S.C. § 4212; 41 CFR § 60-300.5(a)(13)) [unconfirmed]"
const SECTION_503 = 'US federal contractor: Rehabilitation Act section 503 equal opportunity clause (29 U.S.C. § 793; 41 CFR § 60-741.5) [unconfirmed]'
const EO_11246 = 'US federal contractor: Executive Order 11246 equal opportunity tagline (Executive Order 11246 § 202(2); 41 CFR § 60-1.41; FAR 52.222-26) [unconfirmed]'
const EO_11246_CATEGORIES = 'race, color, religion, sex, sexual orientation, gender identity, national origin'

const AS_OF = '2026-11-27'
const TODAY = { asOf: AS_OF }
const contractor = (asOf = AS_OF) => ({ profiles: ['US-FEDERAL-CONTRACTOR'], asOf })
const CONTRACTOR = contractor()

const BARE = '# Machinist\n\nWe make parts for wind turbines.\n'
const TITLE = { line: 1, column: 3, endLine: 1, endColumn: 12 }
const withLine = (line: string) => `# Machinist\n\n${line}\n`
/** The line after the title, from its first column to `length`. */
const statementAt = (length: number) => ({ line: 3, column: 1, endLine: 3, endColumn: length + 1 })

const FULL = 'All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.'
const VETERAN_AND_DISABILITY = 'All qualified applicants will receive consideration for employment without regard to disability or protected veteran status.'
const EQUITY_EN = 'We are committed to employment equity and encourage women, Indigenous peoples, persons with disabilities and members of visible minorities to apply.'

new RuleTester().run('eeo-statement', rule, {
  valid: [
    { name: 'an equal opportunity employer', code: withLine('Acme Precision is an equal opportunity employer.'), settings: TODAY },
    { name: 'the federal tagline in full', code: withLine(FULL), settings: TODAY },
    { name: 'a refusal to discriminate', code: withLine('Acme does not discriminate on the basis of race, sex, age or disability.'), settings: TODAY },
    {
      name: 'HTML',
      code: '<h1>Machinist</h1>\n<p><em>Acme Precision is an Equal Opportunity Employer.</em></p>\n',
      filename: 'posting.html',
      settings: TODAY,
    },
    { name: 'plain text, EOE', code: 'Machinist\n\nWe make parts for wind turbines. Acme is an EOE.\n', filename: 'posting.txt', settings: TODAY },
    {
      name: 'under an equal opportunity heading',
      code: '# Machinist\n\n## Equal opportunity\n\nWe welcome all applicants and consider them on their merits.\n',
      settings: TODAY,
    },
    {
      name: 'French: regardless of the characteristics (CDS wording)',
      code: withLine("Le SNC accepte toutes les candidatures, peu importe la race, l'origine ethnique, la religion, l'orientation sexuelle, l'identité ou l'expression de genre, l'origine nationale, le handicap, l'âge ou le statut d'ancien combattant."),
      settings: TODAY,
    },
    { name: 'French: an equal-access employer', code: withLine("Nous sommes un employeur qui souscrit au principe de l'égalité d'accès à l'emploi."), settings: TODAY },
    { name: 'French: hiring without discrimination', code: withLine('Nous recrutons sans discrimination.'), settings: TODAY },
    { name: 'a Canadian employment-equity commitment', code: withLine(EQUITY_EN), settings: TODAY },
    {
      name: 'a Canadian employment-equity commitment, in French',
      code: withLine("La Caisse s'engage à respecter l'équité en matière d'emploi et encourage les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles à postuler."),
      settings: TODAY,
    },
    { name: 'federal contractor: veteran status and disability named', code: withLine(VETERAN_AND_DISABILITY), settings: CONTRACTOR },
    {
      name: 'federal contractor: the characteristics may be named in two statements',
      code: '# Machinist\n\nWe are an equal opportunity employer.\n\nWe do not discriminate on the basis of veteran status or disability.\n',
      settings: CONTRACTOR,
    },
    { name: 'federal contractor: French names both', code: withLine("Nous accueillons toutes les candidatures, sans distinction de race, de sexe, d'âge, de handicap ou de statut d'ancien combattant."), settings: CONTRACTOR },
    { name: 'federal contractor before EO 14173: the full tagline', code: withLine(FULL), settings: contractor('2024-06-01') },
    { name: 'federal contractor, the day after EO 11246 ended (2025-01-21): its characteristics are not required', code: withLine(VETERAN_AND_DISABILITY), settings: contractor('2025-01-21') },
    {
      name: 'federal contractor before VEVRAA and section 503 took effect (2014-03-23): a plain statement is enough',
      code: withLine('Acme Precision is an equal opportunity employer.'),
      settings: contractor('2014-03-23'),
    },
    {
      name: 'the categories option, satisfied',
      code: withLine('We do not discriminate on the basis of age, disability or race.'),
      options: [{ categories: ['age', 'disability'] }],
      settings: TODAY,
    },
    {
      name: 'a state with posting laws asks for no statement characteristics',
      code: '---\nlocation: Denver, CO\n---\n\n# Machinist\n\nAcme Precision is an equal opportunity employer.\n',
      settings: TODAY,
    },
  ],
  invalid: [
    { name: 'no statement', code: BARE, settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'no statement, HTML: at the h1',
      code: '<h1>Machinist</h1>\n<p>We make parts for wind turbines.</p>\n',
      filename: 'posting.html',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 5, endLine: 1, endColumn: 14 }],
    },
    {
      name: 'no statement, plain text: at the first line',
      code: 'Machinist\n\nWe make parts for wind turbines.\n',
      filename: 'posting.txt',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'no statement and no heading: at the first line of the first paragraph',
      code: 'We make parts for wind turbines.\nApply today.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    // Where the job is does not make a law require a statement: only the profile does.
    {
      name: 'front matter location (Denver): still only good practice',
      code: '---\ntitle: Machinist\nlocation: Denver, CO\n---\n\n# Machinist\n\nWe make parts for wind turbines.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 6, column: 3, endLine: 6, endColumn: 12 }],
    },
    { name: 'settings.jurisdictions (US-CO): still only good practice', code: BARE, settings: { jurisdictions: ['US-CO'], asOf: AS_OF }, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'a location line in the text (New York, NY): still only good practice',
      code: '# Machinist\n\nLocation: New York, NY\n\nWe make parts for wind turbines.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'remote US: no state law reaches for a statement',
      code: '# Machinist\n\nRemote – US\n\nWe make parts for wind turbines.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    { name: 'settings.remote US', code: BARE, settings: { remote: 'US', asOf: AS_OF }, errors: [{ messageId: 'missing', ...TITLE }] },
    // Look-alikes.
    { name: 'a diverse team is not a statement', code: withLine('You will join a diverse team of engineers and machinists.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'valuing diversity under a Diversity heading is not a statement',
      code: '# Machinist\n\n## Diversity\n\nWe value diversity and inclusion on our team.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    { name: 'French: valuing diversity', code: withLine("Nous valorisons la diversité et l'inclusion."), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    {
      name: 'a duty in a responsibilities list is not the employer\'s statement',
      code: '# Machinist\n\n## Responsibilities\n\n- Support the equal employment opportunity program.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    { name: 'characteristics in a sentence about customers', code: withLine('Our customers include veterans and people with disabilities.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    { name: 'an invitation that is not an employment-equity commitment', code: withLine('We encourage women and veterans to apply.'), settings: TODAY, errors: [{ messageId: 'missing', ...TITLE }] },
    // The federal-contractor profile.
    {
      name: 'federal contractor, no statement: VEVRAA and section 503 require one',
      code: BARE,
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingRequired', data: { laws: `${VEVRAA}; ${SECTION_503}` }, ...TITLE }],
    },
    {
      name: 'federal contractor, no statement, before EO 14173: the EO 11246 tagline is required too',
      code: BARE,
      settings: contractor('2024-06-01'),
      errors: [{ messageId: 'missingRequired', data: { laws: `${VEVRAA}; ${SECTION_503}; ${EO_11246}` }, ...TITLE }],
    },
    {
      name: 'federal contractor, the day VEVRAA and section 503 took effect (2014-03-24)',
      code: BARE,
      settings: contractor('2014-03-24'),
      errors: [{ messageId: 'missingRequired', data: { laws: `${VEVRAA}; ${SECTION_503}` }, ...TITLE }],
    },
    {
      name: 'federal contractor before VEVRAA and section 503 took effect (2014-03-23): good practice only',
      code: BARE,
      settings: contractor('2014-03-23'),
      errors: [{ messageId: 'missing', ...TITLE }],
    },
    {
      name: 'federal contractor: an equal opportunity employer names neither characteristic',
      code: withLine('Acme Precision is an equal opportunity employer.'),
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingCategories', data: { categories: 'protected veteran status, disability', laws: `${VEVRAA}; ${SECTION_503}` }, ...statementAt(48) }],
    },
    {
      name: 'federal contractor: disability named, only VEVRAA is cited',
      code: withLine('We are an equal opportunity employer. Qualified applicants are considered without regard to disability.'),
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingCategories', data: { categories: 'protected veteran status', laws: VEVRAA }, ...statementAt(103) }],
    },
    {
      name: 'federal contractor: "D" and "V" are too short',
      code: withLine('EOE M/F/D/V'),
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingCategories', data: { categories: 'protected veteran status, disability', laws: `${VEVRAA}; ${SECTION_503}` }, ...statementAt(11) }],
    },
    {
      name: 'federal contractor on the last day of the EO 11246 tagline (2025-01-20): its characteristics, citing it alone',
      code: withLine(VETERAN_AND_DISABILITY),
      settings: contractor('2025-01-20'),
      errors: [{ messageId: 'missingCategories', data: { categories: EO_11246_CATEGORIES, laws: EO_11246 }, ...statementAt(124) }],
    },
    {
      name: 'federal contractor, HTML: at the statement',
      code: '<h1>Machinist</h1>\n<p>Acme Precision is an Equal Opportunity Employer.</p>\n',
      filename: 'posting.html',
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingCategories', data: { categories: 'protected veteran status, disability', laws: `${VEVRAA}; ${SECTION_503}` }, line: 2, column: 4, endLine: 2, endColumn: 52 }],
    },
    {
      name: 'federal contractor: an employment-equity commitment names disability but not veterans',
      code: withLine(EQUITY_EN),
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingCategories', data: { categories: 'protected veteran status', laws: VEVRAA }, ...statementAt(EQUITY_EN.length) }],
    },
    {
      name: 'a national-government employer is held to the profile once it is configured',
      code: '# IT Specialist (GS-2210-13)\n\nApply on USAJOBS. We keep federal payroll systems running.\n',
      settings: CONTRACTOR,
      errors: [{ messageId: 'missingRequired', data: { laws: `${VEVRAA}; ${SECTION_503}` }, line: 1, column: 3, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'a national-government employer without the profile: good practice only',
      code: '# IT Specialist (GS-2210-13)\n\nApply on USAJOBS. We keep federal payroll systems running.\n',
      settings: TODAY,
      errors: [{ messageId: 'missing', line: 1, column: 3, endLine: 1, endColumn: 29 }],
    },
    // The categories option.
    {
      name: 'the categories option: what the statement leaves out',
      code: withLine('We are an equal opportunity employer and do not discriminate on the basis of race or sex.'),
      options: [{ categories: ['age', 'disability'] }],
      settings: TODAY,
      errors: [{ messageId: 'missingCategoriesConfigured', data: { categories: 'age, disability' }, ...statementAt(89) }],
    },
    {
      name: 'the categories option with the profile: what a law requires is reported once, with the law',
      code: withLine('We are an equal opportunity employer and do not discriminate on the basis of race or sex.'),
      options: [{ categories: ['age', 'disability'] }],
      settings: CONTRACTOR,
      errors: [
        { messageId: 'missingCategories', data: { categories: 'protected veteran status, disability', laws: `${VEVRAA}; ${SECTION_503}` }, ...statementAt(89) },
        { messageId: 'missingCategoriesConfigured', data: { categories: 'age' }, ...statementAt(89) },
      ],
    },
    {
      name: 'the categories option, French statement',
      code: withLine("Nous accueillons toutes les candidatures, sans distinction de race, de sexe, d'âge ou de handicap."),
      options: [{ categories: ['age', 'religion'] }],
      settings: TODAY,
      errors: [{ messageId: 'missingCategoriesConfigured', data: { categories: 'religion' }, ...statementAt(98) }],
    },
  ],
})

describe('eeo-statement related locations', () => {
  const linter = new Linter({ rules: new Map([['eeo-statement', rule]]) })
  const lint = (code: string) =>
    linter.verify(code, { rules: { 'eeo-statement': { severity: 2, options: [{ categories: [] }] } }, settings: CONTRACTOR }, 'posting.md').messages

  it('does not give the location line as the reason the federal-contractor laws apply', () => {
    const [message, ...rest] = lint('# Machinist\n\nLocation: Denver, CO\n\nWe make parts for wind turbines.\n')
    expect(rest).toEqual([])
    expect(message!.messageId).toBe('missingRequired')
    expect(message!.relatedLocations ?? []).toEqual([])
  })

  it('does not give the remote line as the reason either', () => {
    const [message] = lint('# Machinist\n\nRemote – US\n\nAcme Precision is an equal opportunity employer.\n')
    expect(message!.messageId).toBe('missingCategories')
    expect(message!.relatedLocations ?? []).toEqual([])
  })
})

describe('eeo-statement: French, employment equity and look-alikes', () => {
  it('reads "Nous ne faisons aucune discrimination" as a statement', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['eeo-statement', rule]]) }).verify(code, { rules: { 'eeo-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine("Nous ne faisons aucune discrimination fondée sur la race, le sexe, l'âge ou le handicap."), TODAY)).toEqual([])
  })
  it('reads a commitment to employment equity as a statement', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['eeo-statement', rule]]) }).verify(code, { rules: { 'eeo-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('We are committed to employment equity.'), TODAY)).toEqual([])
    expect(lint(withLine("Nous souscrivons au principe de l'équité en matière d'emploi."), TODAY)).toEqual([])
  })
  it('does not read benefits "regardless of age or marital status" as a statement', () => {
    const lint = (code: string, settings: Record<string, unknown>) => new Linter({ rules: new Map([['eeo-statement', rule]]) }).verify(code, { rules: { 'eeo-statement': { severity: 2, options: [] } }, settings }, 'posting.md').messages.map((m) => m.messageId)
    expect(lint(withLine('Benefits include health insurance regardless of age or marital status.'), TODAY)).toEqual(['missing'])
  })
  it('reads "statut de vétéran" and "personnes handicapées" as the categories they name', () => {
    const lint = new Linter({ rules: new Map([['eeo-statement', rule]]) })
    const code = withLine("Nous ne faisons aucune discrimination fondée sur le statut de vétéran ou envers les personnes handicapées.")
    expect(lint.verify(code, { rules: { 'eeo-statement': { severity: 2, options: [] } }, settings: CONTRACTOR }, 'posting.md').messages).toEqual([])
  })
})
