import { describe, expect, it } from 'vitest'
import { accommodationContacts, categoriesIn, findStatements } from '../../src/facts/statements.js'
import type { Statement, StatementType } from '../../src/facts/types.js'
import { sourceFor } from '../linter/helpers.js'

/** The statements of a text, each checked against the file text its offsets point at. */
function statementsIn(text: string, filename = 'posting.md'): Statement[] {
  const sourceCode = sourceFor(text, filename)
  const statements = findStatements(sourceCode)
  for (const statement of statements) expect(sourceCode.text.slice(statement.start, statement.end)).toBe(statement.text)
  return statements
}

/** The texts of the statements of one type. */
function textsOf(text: string, type: StatementType, filename?: string): string[] {
  return statementsIn(text, filename).filter((statement) => statement.type === type).map((statement) => statement.text)
}

/** The one statement of a type in a text. */
function single(text: string, type: StatementType, filename?: string): Statement {
  const found = statementsIn(text, filename).filter((statement) => statement.type === type)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('equal opportunity', () => {
  it('finds the classic statement with every characteristic it names, as one statement', () => {
    const text =
      'Acme is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.'
    const statement = single(`## About us\n\nWe build maps.\n\n${text}\n`, 'eeo')
    expect(statement.text).toBe(text)
    expect(statement.categories).toEqual(['race', 'color', 'religion', 'sex', 'sexualOrientation', 'genderIdentity', 'nationalOrigin', 'disability', 'protectedVeteran'])
  })

  it('reads "does not discriminate" with the rest of the characteristics', () => {
    const statement = single('We do not discriminate on the basis of age, genetic information, pregnancy, marital status, citizenship, ancestry, creed, military status or political affiliation.', 'eeo')
    expect(statement.categories).toEqual(['age', 'geneticInformation', 'pregnancy', 'maritalStatus', 'citizenship', 'ancestry', 'creed', 'militaryStatus', 'politicalAffiliation'])
  })

  it('reads a short paragraph under an "Equal opportunity" heading in that light', () => {
    expect(textsOf('## Equal opportunity\n\nWe welcome applications from everyone.\n', 'eeo')).toEqual(['We welcome applications from everyone.'])
  })

  it('reads French commitments', () => {
    expect(textsOf('Nous souscrivons au principe de l’égalité d’accès à l’emploi.', 'eeo')).toEqual(['Nous souscrivons au principe de l’égalité d’accès à l’emploi.'])
    const statement = single('Acme ne fait aucune discrimination fondée sur le sexe, la couleur ou l’orientation sexuelle.', 'eeo')
    expect(statement.categories).toEqual(['sex', 'color', 'sexualOrientation'])
  })

  it('finds it in HTML and plain text', () => {
    expect(textsOf('<main><p>We are an <strong>equal opportunity employer</strong>.</p></main>', 'eeo', 'job.html')).toEqual([
      'We are an <strong>equal opportunity employer</strong>.',
    ])
    expect(textsOf('Role: engineer\n\nAcme is an equal opportunity employer and values diversity.\n', 'eeo', 'job.txt')).toEqual([
      'Acme is an equal opportunity employer and values diversity.',
    ])
  })

  it('needs a commitment, not diversity or characteristics named for something else', () => {
    const text = [
      'We are a diverse team of designers and engineers.',
      'Our research serves people of every race, age and disability.',
      'We are committed to helping diverse talent thrive.',
      // tts-join/html/tts-supervisor.html (a duty of the job)
      '- Ensure Equal Employment Opportunity (EEO) regulations are followed throughout recruitment, hiring, and selection processes.',
      '',
      // cds-canada/en/content_en_careers_positions_communications-assistant--e69735e7-dc01-4004-a5e1-d079f9615ca7.md: not about the applicant
      'If you are bilingual, that would definitely be an asset, but please apply regardless of where you are in your language learning journey.',
    ].join('\n\n')
    expect(textsOf(text, 'eeo')).toEqual([])
  })

  it('lists categories in order of mention, each once', () => {
    expect(categoriesIn('Regardless of gender identity or expression, sex, Veteran status, race or race.')).toEqual(['genderIdentity', 'sex', 'protectedVeteran', 'race'])
    expect(categoriesIn('peu importe leur âge, leur handicap, leur statut d’ancien·ne combattant·e ou leur situation matrimoniale')).toEqual([
      'age',
      'disability',
      'protectedVeteran',
      'maritalStatus',
    ])
    expect(categoriesIn('a page about the stage')).toEqual([])
  })
})

describe('accommodation', () => {
  it('finds a reasonable-accommodation statement and its contacts', () => {
    const source = 'If you need a reasonable accommodation during the application process, email accommodations@acme.com or call 613-555-0199.'
    const sourceCode = sourceFor(`## How to apply\n\n${source}\n`)
    const [statement] = findStatements(sourceCode).filter((found) => found.type === 'accommodation')
    expect(statement?.text).toBe(source)
    expect(accommodationContacts(sourceCode, statement!).map(({ kind, value, valid }) => [kind, value, valid])).toEqual([
      ['email', 'accommodations@acme.com', true],
      ['phone', '613-555-0199', true],
    ])
  })

  it('reports a contact that lost its @, with its file offsets', () => {
    const text = 'Applicants with disabilities may request an accommodation. Email accommodationsacme.com to ask.\n'
    const sourceCode = sourceFor(text)
    const statement = findStatements(sourceCode).find((found) => found.type === 'accommodation')!
    expect(statement.text).toBe('Applicants with disabilities may request an accommodation.')
    const [contact] = accommodationContacts(sourceCode, statement)
    expect(contact).toEqual({ kind: 'email', value: 'accommodationsacme.com', valid: false, problem: 'the @ is missing', start: 65, end: 87 })
    expect(text.slice(contact!.start, contact!.end)).toBe('accommodationsacme.com')
  })

  it('reads mailto: links in the statement, broken or not', () => {
    const sourceCode = sourceFor('To request an accommodation, [email our team](mailto:hracme.com) or [write to us](mailto:hr@acme.com).\n')
    const statement = findStatements(sourceCode).find((found) => found.type === 'accommodation')!
    expect(accommodationContacts(sourceCode, statement).map(({ value, valid, problem }) => [value, valid, problem])).toEqual([
      ['hracme.com', false, 'the @ is missing'],
      ['hr@acme.com', true, undefined],
    ])
  })

  it('follows "the contact information below" into a Contact section', () => {
    const sourceCode = sourceFor('If you need to be accommodated during the selection process, please use the contact information below.\n\n## Contact\n\nJane Doe, jane.doe@example.com\n')
    const statement = findStatements(sourceCode).find((found) => found.type === 'accommodation')!
    expect(accommodationContacts(sourceCode, statement).map(({ value }) => value)).toEqual(['jane.doe@example.com'])
  })

  it('finds a statement with no contact, and offers none', () => {
    // cds-canada/en/content_en_careers_positions_chief-executive-officer--5368b30c-eb29-405f-a449-78208c0a79bc.md
    const text =
      'If you need to be accommodated during any phase of the evaluation process, please use the Contact information below to request specialized accommodation. All information received in relation to accommodation will be kept confidential.'
    const sourceCode = sourceFor(`${text}\n\n## Apply\n\nApply online.\n`)
    const statement = findStatements(sourceCode).find((found) => found.type === 'accommodation')!
    expect(statement.text).toBe(text)
    expect(accommodationContacts(sourceCode, statement)).toEqual([])
  })

  it('reads a paragraph under an "Accommodations" heading, and HTML links', () => {
    const html = '<main><h2>Accommodations</h2><p>Need help at any stage? Contact <a href="mailto:hr@acme.com">our HR team</a>.</p></main>'
    const sourceCode = sourceFor(html, 'job.html')
    const statements = findStatements(sourceCode).filter((found) => found.type === 'accommodation')
    expect(statements.map((statement) => statement.text)).toEqual(['Need help at any stage? Contact <a href="mailto:hr@acme.com">our HR team</a>.'])
    expect(accommodationContacts(sourceCode, statements[0]!).map(({ kind, value, start, end }) => [kind, value, html.slice(start, end)])).toEqual([
      ['email', 'hr@acme.com', '<a href="mailto:hr@acme.com">our HR team</a>'],
    ])
  })

  it('reads French statements, and the address given further down', () => {
    // cds-canada/fr/content_fr_careers_positions_chef-du-d_veloppement-logiciel.md: the statement, the Public
    // Service Commission's page (information, not a contact), then the recruitment address.
    const text =
      'Si vous avez besoin de mesures d’adaptation à une étape ou une autre du processus d’évaluation, veuillez envoyer un message à l’adresse indiquée ci-dessous sous la rubrique Personnes-ressources pour en faire la demande. Les renseignements reçus au sujet de mesures d’adaptation seront traités confidentiellement.'
    const link = '[Mesures d’adaptation en matière d’évaluation](https://www.canada.ca/fr/commission-fonction-publique/services/mesures-d-adaptation-matiere-evaluation.html)'
    const note =
      '*Par mesure de précaution, toutes les entrevues dans un avenir proche seront menées par vidéo ou téléconférence. Si vous avez des questions à ce sujet, veuillez contacter [cdsrecruitment.recrutementSNC@tbs-sct.gc.ca](mailto:cdsrecruitment.recrutementSNC@tbs-sct.gc.ca).*'
    const sourceCode = sourceFor(`${text}\n\n${link}\n\n${note}\n`)
    const statements = findStatements(sourceCode).filter((found) => found.type === 'accommodation')
    expect(statements.map((statement) => statement.text)).toEqual([text])
    expect(accommodationContacts(sourceCode, statements[0]!).map(({ kind, value, valid }) => [kind, value, valid])).toEqual([
      ['email', 'cdsrecruitment.recrutementSNC@tbs-sct.gc.ca', true],
    ])
    // Without the address, the page alone is no contact.
    const withoutAddress = sourceFor(`${text}\n\n${link}\n`)
    const statement = findStatements(withoutAddress).find((found) => found.type === 'accommodation')!
    expect(accommodationContacts(withoutAddress, statement)).toEqual([])
  })

  it('reports a mailto: target broken by a trailing dot, beside the address shown', () => {
    // cds-canada/en/content_en_join-our-team_positions_executive-assistant.md
    const text = [
      'If you need to be accommodated during any phase of the evaluation process, please use the Contact information below to request specialized accommodation.',
      '[Assessment accommodation](https://www.canada.ca/en/public-service-commission/services/assessment-accommodation-page.html)',
      'Out of an abundance of caution, all interviews will be conducted via video or teleconference for the foreseeable future. If you have any questions about this, please reach out to [cdsrecruitment.recrutementSNC@tbs-sct.gc.ca](mailto:cdsrecruitment.recrutementSNC@tbs-sct.gc.ca.).',
    ].join('\n\n')
    const sourceCode = sourceFor(text)
    const statement = findStatements(sourceCode).find((found) => found.type === 'accommodation')!
    expect(accommodationContacts(sourceCode, statement).map(({ value, valid, problem }) => [value, valid, problem])).toEqual([
      ['cdsrecruitment.recrutementSNC@tbs-sct.gc.ca.', false, 'it ends with a dot'],
      ['cdsrecruitment.recrutementSNC@tbs-sct.gc.ca', true, undefined],
    ])
  })

  it('is not lodging, flexible schedules, a duty or a vaccination policy', () => {
    const text = [
      'We accommodate flexible schedules.',
      'Travel and accommodations are covered for on-site visits.',
      // tts-join/html/usdc-fellow-experience-supervisor.html
      '- Ensure Fellows receive reasonable accommodations and that team events are accessible.',
      '',
      // cds-canada/en/content_en_careers_positions_chief-executive-officer--5368b30c-eb29-405f-a449-78208c0a79bc.md
      'All employees of the core public administration are required to be fully vaccinated against COVID-19 and attest to their vaccination status unless accommodated based on a medical contraindication, religion, or another prohibited ground for discrimination as defined under the Canadian Human Rights Act.',
    ].join('\n\n')
    const found = statementsIn(text)
    expect(found.filter((statement) => statement.type === 'accommodation' || statement.type === 'eeo')).toEqual([])
  })
})

describe('work eligibility', () => {
  it('tells authorization, sponsorship, citizenship, clearance and location apart', () => {
    const cases: Array<[string, NonNullable<Statement['eligibility']>]> = [
      ['Applicants must be authorized to work in the United States.', ['authorization']],
      ['We are unable to sponsor visas for this role.', ['sponsorship']],
      ['Must be legally authorized to work in Canada; we cannot provide visa sponsorship.', ['authorization', 'sponsorship']],
      ['This position requires a Secret security clearance.', ['clearance']],
      ['US based applicants only.', ['location']],
      ['Remote (US only)', ['location']],
      ['Must be able to work in the US without sponsorship.', ['authorization', 'sponsorship']],
      ['Candidates must reside in Canada.', ['location']],
      ['Vous devez être citoyen canadien ou résident permanent.', ['citizenship']],
    ]
    for (const [text, eligibility] of cases) {
      const statement = single(text, 'workEligibility')
      expect([statement.text, statement.eligibility]).toEqual([text, eligibility])
    }
  })

  it('reads the label and value of USAJOBS-style fields', () => {
    // tts-join/md/pages_positions_5-21-Eng-Posting.md
    const text = '**Who May Apply:**\nAll United States citizens and nationals (residents of American Samoa and Swains Islands) and applicants must not be GSA employees or contractors\n\n**Security clearance:**\nPublic trust.\n'
    expect(statementsIn(text).map(({ type, text: quote, eligibility }) => [type, quote, eligibility])).toEqual([
      [
        'workEligibility',
        '**Who May Apply:**\nAll United States citizens and nationals (residents of American Samoa and Swains Islands) and applicants must not be GSA employees or contractors',
        ['citizenship'],
      ],
      ['workEligibility', '**Security clearance:**\nPublic trust.', ['clearance']],
    ])
  })

  it('is not citizens served, event sponsorship or a job location', () => {
    const text = [
      'We put the needs of citizens first.',
      // cds-canada/en/content_en_work-with-us_positions_product-manager.md (a project, in a list)
      '- Improving the citizenship process',
      '',
      // tts-join/md/pages_positions_pif-director-of-events-and-strategic-partnerships.md
      '- Planning and executing a sponsorship or event for large conferences (i.e. more than 300+ attendees) with the purpose of branding and marketing the organization.',
      '',
      '**Location:** Anywhere in the U.S. (remote)',
      // cds-canada/en/content_en_work-with-us_positions_product-manager.md
      'Our roles are open to people from anywhere in Canada and other countries, with remote working and relocation support options available.',
    ].join('\n\n')
    expect(textsOf(text, 'workEligibility')).toEqual([])
  })
})

describe('fair chance', () => {
  it('finds statements that people with records are considered', () => {
    const english = 'Pursuant to the San Francisco Fair Chance Ordinance, we will consider for employment qualified applicants with arrest and conviction records.'
    expect(textsOf(english, 'fairChance')).toEqual([english])
    expect(textsOf('We are a fair chance employer.', 'fairChance')).toEqual(['We are a fair chance employer.'])
    expect(textsOf('Un casier judiciaire n’empêche pas automatiquement l’embauche.', 'fairChance')).toEqual(['Un casier judiciaire n’empêche pas automatiquement l’embauche.'])
  })

  it('is not an exclusion, a background check or another sense of the words', () => {
    const text = [
      'Candidates must pass a criminal background check.',
      'Everyone deserves a fair chance to grow.',
      // cds-canada/fr/content_fr_careers_positions_pr_sident_e-directeur_rice-g_n_ral_e--5368b30c-eb29-405f-a449-78208c0a79bc.md
      'Nous avons la conviction que les services fédéraux devraient être faciles à utiliser, sécurisés, fiables, accessibles et inclusifs.',
      // tts-join/md/positions_login-senior-account-manager-2024.md
      'Subject to background check.',
    ].join('\n\n')
    expect(textsOf(text, 'fairChance')).toEqual([])
  })
})

describe('benefits', () => {
  it('takes a "Benefits" heading with the list under it as one statement', () => {
    const text = '## Benefits\n\n- Medical, dental and vision insurance\n- 401(k) with a 4% match\n- 20 days of paid time off\n\n## Apply\n\nSend your resume.\n'
    expect(textsOf(text, 'benefits')).toEqual(['Benefits\n\n- Medical, dental and vision insurance\n- 401(k) with a 4% match\n- 20 days of paid time off'])
  })

  it('takes a lead-in with its list (real TTS wording)', () => {
    // tts-join/md/pages_positions_visual-designer.md
    const text =
      "GSA has been repeatedly named as one of the ['Best Places to Work'](http://bestplacestowork.org/BPTW/rankings/overall/mid)  in the federal government.\nYou will have access to many [benefits](http://www.gsa.gov/portal/category/26702) including:\n\n  - Health insurance (choose from a wide range of plans)\n  - Life insurance coverage with several options\n  - Sick leave and vacation time, including 10 paid holidays per year\n  - Thrift Savings Plan (similar to a 401(k) plan)\n  - Flexible work schedules and telework\n"
    expect(textsOf(text, 'benefits')).toEqual([
      'You will have access to many [benefits](http://www.gsa.gov/portal/category/26702) including:\n\n  - Health insurance (choose from a wide range of plans)\n  - Life insurance coverage with several options\n  - Sick leave and vacation time, including 10 paid holidays per year\n  - Thrift Savings Plan (similar to a 401(k) plan)\n  - Flexible work schedules and telework',
    ])
  })

  it('finds a sentence naming benefits, in English and French', () => {
    expect(textsOf('We offer health insurance, a pension plan and four weeks of vacation.', 'benefits')).toEqual(['We offer health insurance, a pension plan and four weeks of vacation.'])
    expect(textsOf('Nous offrons une assurance maladie et un régime de retraite.', 'benefits')).toEqual(['Nous offrons une assurance maladie et un régime de retraite.'])
  })

  it('reads HTML headings, French headings and plain-text lists', () => {
    expect(textsOf('<main><h2>What we offer</h2><ul><li>Mentoring</li><li>Conference budget</li></ul></main>', 'benefits', 'job.html')).toEqual([
      'What we offer</h2><ul><li>Mentoring</li><li>Conference budget',
    ])
    expect(textsOf('## Avantages sociaux\n\n- Assurance dentaire\n- Congés payés\n', 'benefits')).toEqual(['Avantages sociaux\n\n- Assurance dentaire\n- Congés payés'])
    expect(textsOf('The role\n\nBenefits:\n- Health insurance\n- Paid time off\n', 'benefits', 'job.txt')).toEqual(['Benefits:\n- Health insurance\n- Paid time off'])
  })

  it('is not "benefit from", HIPAA, leave requests or a team named Benefits', () => {
    const text = [
      'You will benefit from mentoring by senior engineers.',
      '## Qualifications',
      '- Experience with Health Insurance Portability and Accountability Act (HIPAA) requirements',
      '- Submit and approve timesheets and leave requests in HR Links every pay period for all direct reports',
      '## Public Benefits Studio',
      '- Build tools that help people access benefits',
    ].join('\n\n')
    expect(textsOf(text, 'benefits')).toEqual([])
  })
})

describe('other compensation', () => {
  it('finds bonuses, commissions, equity and profit sharing', () => {
    for (const text of [
      'This role is eligible for an annual bonus and stock options.',
      'Base salary plus commission.',
      'We offer meaningful equity and a $5,000 signing bonus.',
      'Profit sharing is paid every quarter.',
      'Le poste comporte une prime de rendement annuelle.',
    ]) {
      expect(textsOf(text, 'otherCompensation')).toEqual([text])
    }
  })

  it('is not a bonus skill, equity as fairness or the Public Service Commission', () => {
    const text = [
      'Bonus points if you know Rust.',
      // cds-canada/en/content_en_careers_positions_government-of-canada-it-senior-strategist--4bf2b501-23a8-4592-a1ea-35c93bafe3e0.md
      'Asset/Bonus Experience',
      'Diversity, equity and inclusion are core values.',
      'Assessment follows the rules of the Public Service Commission of Canada.',
    ].join('\n\n')
    expect(textsOf(text, 'otherCompensation')).toEqual([])
  })
})

describe('application deadline', () => {
  it('reads closing dates in English and French', () => {
    const cases: Array<[string, string]> = [
      ['Applications close on March 31, 2025.', '2025-03-31'],
      ['Apply by 15 January 2025.', '2025-01-15'],
      ['Closes: April 4, 2025', '2025-04-04'],
      ['Le concours prend fin le 12 mai 2025.', '2025-05-12'],
      ['Date limite : 15 janvier 2025 à 23 h 59', '2025-01-15'],
      // tts-join/md/pages_positions_5-21-Eng-Posting.md: the end of the period
      ['**Opening and closing period for this job application:**\nMonday, May 21, 2018 to Friday, May 25, 2018 at 8:00pm Eastern Time (close)', '2018-05-25'],
      // tts-join/html/coe-director.html (its Markdown source's wording): the period's ends are read as two dates
      ['**Opening and closing period for this job application:**\nMonday, September 27, 2021 EDT to 11:59pm  on Tuesday, October 12, 2021 EDT', '2021-10-12'],
      // tts-join/md/positions_login-dep-director-june-2023.md
      ['Submit a complete online application prior to Monday, July 24th, 2023, at 11:59 pm ET.', '2023-07-24'],
    ]
    for (const [text, date] of cases) {
      const statement = single(text, 'applicationDeadline')
      expect([statement.text, statement.deadline]).toEqual([text, { date, ongoing: false }])
    }
  })

  it('reads applications taken on an ongoing basis', () => {
    for (const text of [
      'Applications are accepted on an ongoing basis.',
      'This position is open until filled.',
      // tts-join/md/pages_positions_product-manager.md
      'Please note we will be reviewing applications on a rolling basis so we encourage candidates to apply as soon as possible for consideration.',
      'Les candidatures seront acceptées jusqu’à ce que le poste soit pourvu.',
    ]) {
      const statement = single(text, 'applicationDeadline')
      expect([statement.text, statement.deadline]).toEqual([text, { date: null, ongoing: true }])
    }
  })

  it('reads a date without a year from the posting date, and leaves it out when there is none', () => {
    expect(single('---\ndate: 2024-01-10\n---\n\nApplications close March 31.\n', 'applicationDeadline').deadline).toEqual({ date: '2024-03-31', ongoing: false })
    expect(single('Applications close March 31.', 'applicationDeadline').deadline).toEqual({ date: null, ongoing: false })
  })

  it('reads front-matter keys: the statement is the key line', () => {
    const text = '---\ntitle: Engineer\n# when it closes\ncloses: 2024-04-01\nvalidThrough: "November 15, 2021 at 11:59 pm EDT"\n---\n\nJoin us.\n'
    const found = statementsIn(text).filter((statement) => statement.type === 'applicationDeadline')
    expect(found.map(({ text: line, start, deadline }) => [line, start, deadline])).toEqual([
      ['closes: 2024-04-01', text.indexOf('closes:'), { date: '2024-04-01', ongoing: false }],
      ['validThrough: "November 15, 2021 at 11:59 pm EDT"', text.indexOf('validThrough'), { date: '2021-11-15', ongoing: false }],
    ])
  })

  it('reads the number of vacancies in front matter, even when the YAML is broken', () => {
    // tts-join/md/positions_login-data-analyst-2024.md: its front matter does not parse
    const text = '---\ntitle: Analyst\nkey objectives:\n  - Lead\n - Broken\nvacancies: "1" # Put the number in quotes.\n---\n\nJoin us.\n'
    const statement = single(text, 'vacancyStatus')
    expect([statement.text, statement.start, statement.existingVacancy]).toEqual(['vacancies: "1" # Put the number in quotes.', text.indexOf('vacancies'), true])
  })

  it('is not a closing date it does not give, nor "TBD"', () => {
    const text = [
      '---',
      'closes: TBD',
      '---',
      '',
      // tts-join/md/pages_positions_coe-director.md
      'All application materials must be received by the closing date.',
      '',
      'Meet all eligibility criteria within 30 days of the closing date.',
      '',
      'We continuously improve our hiring process.',
      '',
      'The program closes on December 31, 2025.',
      '',
      'Posted: January 5, 2025. Start date: March 1, 2025.',
      '',
      // tts-join/md/pages_positions_bucket-tts-designer-bilingual.md: hiring, not applications, on an ongoing basis
      'We will be interviewing and hiring for this role on an ongoing basis and to help navigate the process, we’ve created a guide to help explain what to expect after submitting your resume.',
    ].join('\n')
    expect(textsOf(text, 'applicationDeadline')).toEqual([])
  })

  it('ignores template notes in Liquid comments', () => {
    const text = '{% comment %}\nApplications close on March 31, 2025.\n{% endcomment %}\n\nJoin us.\n'
    expect(textsOf(text, 'applicationDeadline')).toEqual([])
  })
})

describe('AI use', () => {
  it('finds statements about AI screening applicants, either way', () => {
    for (const text of [
      'We use artificial intelligence to screen resumes.',
      'We do not use AI to assess or select applicants.',
      'Candidates may be screened by automated tools.',
      'Nous utilisons l’intelligence artificielle pour évaluer les candidatures.',
    ]) {
      expect(textsOf(text, 'aiUse')).toEqual([text])
    }
  })

  it('is not AI as the work or as a skill', () => {
    const text = [
      // tts-join/md/pages_positions_coe-artificial-intelligence-specialist.md
      '- Experience designing & implementing enterprise Artificial Intelligence (AI) and Machine Learning (ML) solutions across functions.',
      '',
      // tts-join/md/pages_positions_coe-artificial-intelligence-specialist.md
      'The ideal candidate will have previously served in a leadership capacity in the use of AI/ML.',
      'You will build AI tools that review grant applications.',
      'We’re an AI company building tools to screen job candidates.',
      'We use AI to help schedule interviews.',
    ].join('\n\n')
    expect(textsOf(text, 'aiUse')).toEqual([])
  })
})

describe('vacancy status', () => {
  it('tells an existing vacancy from a pool, and says nothing of a pool that may be created', () => {
    const cases: Array<[string, boolean | undefined]> = [
      ['This posting is for an existing vacancy.', true],
      ['**Number of vacancies:** 2', true],
      // tts-join/html/tts-supervisor.html
      ['There are several TTS teams hiring for this role.', true],
      ['This is an evergreen posting to build our talent pool for future openings.', false],
      ['Applications to this inventory process will be used to fill future vacancies.', false],
      ['A pool of qualified persons may be created from this process.', undefined],
      // cds-canada/fr/content_fr_join-our-team_positions_d_veloppeur-principal-de-logiciels-frontaux.md
      [
        'Un bassin de personnes qualifiées résultant de ce processus POURRAIT être créé et POURRAIT être utilisé pour combler un poste similaire avec des profils linguistiques (anglais essentiel, bilingue impératif BBB / BBB, bilingue impératif CBC / CBC, ainsi que des mandats (indéterminé, déploiement, intérim , affectation, détachement, période déterminée) qui peut varier selon le poste à doter.',
        undefined,
      ],
    ]
    for (const [text, existingVacancy] of cases) {
      const statement = single(text, 'vacancyStatus')
      expect([statement.text, statement.existingVacancy]).toEqual([text, existingVacancy])
    }
  })

  it('leaves out a lone asterisk that marks a note', () => {
    // cds-canada/en/content_en_join-our-team_positions_storyteller-media-relations-advisor.md
    const text =
      'A pool of qualified persons resulting from this process MAY be created and MAY be used to fill similar position with linguistic profiles (english essential, bilingual imperative BBB/BBB, bilingual imperative CBC/CBC, as well as tenures (indeterminate, deployment, acting, assignment, secondment, specified period) which may vary according to the position being staffed.'
    expect(single(`*${text}\n`, 'vacancyStatus')).toEqual({ type: 'vacancyStatus', text, start: 1, end: text.length + 1 })
  })

  it('is not a pipeline duty, a diverse pool or an invitation to other jobs', () => {
    const text = [
      // cds-canada/en/content_en_careers_positions_chief-executive-officer--5368b30c-eb29-405f-a449-78208c0a79bc.md
      'If you don’t meet our essential criteria for this role, we might have current or future opportunities that could be a great fit.',
      // cds-canada/en/content_en_careers_positions_bilingual-technical-recruiter--e5d452ed-eff5-4927-b4f9-fd488a6a0508.md: a duty
      '- Attract candidates who haven’t considered government before and build a diverse pipeline',
      '',
      // cds-canada/fr/content_fr_careers_positions_chef-du-d_veloppement-logiciel.md
      'Ces processus devraient accroître la diversité dans notre bassin de candidats.',
    ].join('\n\n')
    expect(textsOf(text, 'vacancyStatus')).toEqual([])
  })
})

describe('outreach', () => {
  it('finds invitations to under-represented groups, in English and French', () => {
    for (const text of [
      'We encourage women, Indigenous peoples, persons with disabilities and members of visible minorities to apply.',
      // cds-canada/en/content_en_careers_positions_government-of-canada-it-senior-strategist--4bf2b501-23a8-4592-a1ea-35c93bafe3e0.md
      'Consideration will be given to candidates self-identifying as belonging to one of the following Employment Equity groups: Aboriginal peoples, persons with disabilities, members of visible minorities, and women.',
      'Nous encourageons les femmes, les Autochtones, les personnes handicapées et les membres des minorités visibles à postuler.',
      'Female candidates are encouraged to apply.',
      'Male applicants are especially welcome.',
      'Les candidatures féminines sont encouragées.',
    ]) {
      expect(textsOf(text, 'outreach')).toEqual([text])
    }
  })

  it('is not a general invitation, veterans’ preference or a recruiting duty', () => {
    const text = [
      'We encourage candidates to apply as soon as possible.',
      // tts-join/html/recruiter.html
      'Within each category, veterans will receive selection priority over non-veterans if supported by appropriate documentation.',
      // cds-canada/en/content_en_careers_positions_diversity-equity-inclusion-program-manager.md
      'You will work closely with recruiting peers to source and attract talent from underrepresented groups and foster belonging',
    ].join('\n\n')
    expect(textsOf(text, 'outreach')).toEqual([])
  })
})

describe('real statements from the corpus', () => {
  const cases: Array<{ file: string; type: StatementType; text: string; extra?: Partial<Statement> }> = [
    {
      // cds-canada/en/content_en_careers_positions_chief-executive-officer--5368b30c-eb29-405f-a449-78208c0a79bc.md
      file: 'cds-ceo.md',
      type: 'eeo',
      text: 'CDS welcomes all applicants regardless of race, ethnicity, religion, sexual orientation, gender identity or expression, national origin, disability, age, veteran status, marital status, pregnancy or family commitments.',
      extra: { categories: ['race', 'nationalOrigin', 'religion', 'sexualOrientation', 'genderIdentity', 'disability', 'age', 'protectedVeteran', 'maritalStatus', 'pregnancy'] },
    },
    {
      // cds-canada/fr/content_fr_careers_positions_chercheur-concepteur.md
      file: 'cds-fr.md',
      type: 'eeo',
      text: 'Le SNC accepte toutes les candidatures, peu importe la race, l’origine ethnique, la religion, l’orientation sexuelle, l’identité ou l’expression de genre, l’origine nationale, le handicap, l’âge, le statut d’ancien combattant, l’état matrimonial, la grossesse ou les engagements familiaux.',
      extra: { categories: ['race', 'nationalOrigin', 'religion', 'sexualOrientation', 'genderIdentity', 'disability', 'age', 'protectedVeteran', 'maritalStatus', 'pregnancy'] },
    },
    {
      // tts-join/md/pages_positions_5-21-Eng-Posting.md
      file: 'tts.md',
      type: 'eeo',
      text: 'The United States Government does not discriminate in employment on the basis of race, color, religion, sex (including pregnancy and gender identity), national origin, political affiliation, sexual orientation, marital status, disability, genetic information, age, membership in an employee organization, retaliation, parental status, military service, or other non-merit factor.',
      extra: {
        categories: ['race', 'color', 'religion', 'sex', 'pregnancy', 'genderIdentity', 'nationalOrigin', 'politicalAffiliation', 'sexualOrientation', 'maritalStatus', 'disability', 'geneticInformation', 'age', 'militaryStatus'],
      },
    },
    {
      // tts-join/md/pages_positions_5-21-Eng-Posting.md
      file: 'tts.md',
      type: 'accommodation',
      text: 'Federal agencies must provide reasonable accommodation to applicants with disabilities where appropriate. Applicants requiring reasonable accommodation for any part of the application and hiring process should contact the hiring agency directly. Determinations on requests for reasonable accommodation will be made on a case-by-case basis.',
    },
    {
      // cds-canada/fr/content_fr_careers_positions_chef-du-d_veloppement-logiciel.md
      file: 'cds-fr.md',
      type: 'accommodation',
      text: 'Si vous avez besoin de mesures d’adaptation à une étape ou une autre du processus d’évaluation, veuillez envoyer un message à l’adresse indiquée ci-dessous sous la rubrique Personnes-ressources pour en faire la demande. Les renseignements reçus au sujet de mesures d’adaptation seront traités confidentiellement.',
    },
    {
      // tts-join/md/positions_login-senior-account-manager-2024.md
      file: 'tts.md',
      type: 'workEligibility',
      text: 'Open to U.S. citizens or nationals (residents of American Samoa and Swains\nIsland).',
      extra: { eligibility: ['citizenship'] },
    },
    {
      // tts-join/html/recruiter.html
      file: 'tts.html',
      type: 'workEligibility',
      text: 'Have your identity and work status eligibility verified if you are not a GSA employee.  We will use the Department of Homeland Security’s e-Verify system for this.',
      extra: { eligibility: ['authorization'] },
    },
    {
      // cds-canada/en/content_en_careers_positions_technical-marketer--ca28aa2e-540f-4a51-a88f-821c06b2ac62.md
      file: 'cds.md',
      type: 'workEligibility',
      text: 'All candidates must be able to obtain Government of Canada security clearance at either Reliability or Secret level.',
      extra: { eligibility: ['clearance'] },
    },
    {
      // cds-canada/fr/content_fr_careers_positions_directeur-de-plateforme.md
      file: 'cds-fr.md',
      type: 'workEligibility',
      text: 'La préférence sera accordée aux candidats bilingues (français et anglais) et aux citoyens et citoyennes du Canada.',
      extra: { eligibility: ['citizenship'] },
    },
    {
      // cds-canada/en/content_en_work-with-us_positions_product-manager.md
      file: 'cds.md',
      type: 'benefits',
      text: 'Access to range of government employee benefits, including health insurance and pension',
    },
    {
      // tts-join/md/pages_positions_innovation-adoption-lead.md
      file: 'tts.md',
      type: 'applicationDeadline',
      text: 'This posting is being amended to extend the closing deadline to September 4th, 2020.',
      extra: { deadline: { date: '2020-09-04', ongoing: false } },
    },
    {
      // cds-canada/fr/content_fr_join-our-team_positions_concepteur-de-contenu-exp_riment_-ou-principal.md
      file: 'cds-fr.md',
      type: 'applicationDeadline',
      text: '**Date de clôture :** Le 31 mars 2021',
      extra: { deadline: { date: '2021-03-31', ongoing: false } },
    },
    {
      // tts-join/html/login-productmanagers15.html
      file: 'tts.html',
      type: 'applicationDeadline',
      text: 'This role is open for applications until February 6th, 2023 at 11:59 pm EDT.',
      extra: { deadline: { date: '2023-02-06', ongoing: false } },
    },
    {
      // cds-canada/en/content_en_careers_positions_communications-assistant--e69735e7-dc01-4004-a5e1-d079f9615ca7.md
      file: 'cds.md',
      type: 'applicationDeadline',
      text: 'There is no official closing date for this job posting.',
      extra: { deadline: { date: null, ongoing: true } },
    },
    {
      // tts-join/md/pages_positions_18f-consulting-software-engineer-2-gs15.md
      file: 'tts.md',
      type: 'outreach',
      text: 'If you have volunteered your service through a National Service program (e.g. Peace Corps, Americorps), we encourage you to apply and include this experience on your resume.',
    },
    {
      // tts-join/md/positions_ttg_usdc_fellow_experience_supervisor_Ai_2024.md
      file: 'tts.md',
      type: 'vacancyStatus',
      text: 'We are seeking to fill one vacancy.',
      extra: { existingVacancy: true },
    },
    {
      // cds-canada/en/content_en_careers_positions_research-_-evaluation-analyst-partnerships-service-design-_-insights--d54d3c4c-3512-4d34-9260-e23e67a372f4.md
      file: 'cds.md',
      type: 'outreach',
      text: 'As a part of CDS’s commitment to the Call to Action on Anti-Racism, Equity and Inclusion in the Federal Public Service, in this hiring process, we will only be considering candidates who choose to self declare as an Indigenous person or as a member of a racialized group. Candidates will have an opportunity to self-declare at a later point in the application process.',
    },
    {
      // cds-canada/fr/content_fr_careers_positions_analyste-de-recherche-et-d_valuation-conception-et-_tude-de-services-de-partenariats--d54d3c4c-3512-4d34-9260-e23e67a372f.md
      file: 'cds-fr.md',
      type: 'outreach',
      text: 'De ce fait, durant ce processus d’embauche, nous ne tiendrons compte que des candidat·e·s qui choisissent de se déclarer volontairement Autochtones ou membres d’un groupe racisé.',
    },
  ]

  for (const { file, type, text, extra } of cases) {
    it(`finds the ${type} statement: ${text.slice(0, 60)}…`, () => {
      const statement = single(`Intro paragraph about the team.\n\n${text}\n`, type, file)
      expect(statement.text).toBe(text)
      if (extra) expect(statement).toMatchObject(extra)
    })
  }
})

describe('a whole posting', () => {
  it('returns every statement in document order with file offsets', () => {
    const text = [
      '---',
      'title: Engineer',
      'closes: 2025-03-31',
      '---',
      '',
      '# Engineer',
      '',
      'Applicants must be authorized to work in Canada.',
      '',
      '## Benefits',
      '',
      '- Dental insurance',
      '- Pension plan',
      '',
      '## Equal opportunity',
      '',
      'Acme is an equal opportunity employer. To request an accommodation, email hr@acme.ca.',
      '',
    ].join('\n')
    expect(statementsIn(text).map(({ type, text: quote, start }) => [type, quote, start])).toEqual([
      ['applicationDeadline', 'closes: 2025-03-31', text.indexOf('closes')],
      ['workEligibility', 'Applicants must be authorized to work in Canada.', text.indexOf('Applicants')],
      ['benefits', 'Benefits\n\n- Dental insurance\n- Pension plan', text.indexOf('Benefits')],
      ['eeo', 'Acme is an equal opportunity employer.', text.indexOf('Acme')],
      ['accommodation', 'To request an accommodation, email hr@acme.ca.', text.indexOf('To request')],
    ])
  })
})

describe('answers kept across postings', () => {
  const eeo =
    'Acme is an equal opportunity employer and does not discriminate on the basis of race, religion, sex, disability or age.'

  it('gives a posting lists of its own: changing one posting’s statement does not change the next', () => {
    const first = single(`${eeo}\n`, 'eeo')
    expect(first.categories).toEqual(['race', 'religion', 'sex', 'disability', 'age'])
    first.categories!.length = 0
    first.categories!.push('pregnancy')
    expect(single(`${eeo}\n`, 'eeo').categories).toEqual(['race', 'religion', 'sex', 'disability', 'age'])
  })

  it('reads the same sentence again where what is around it differs: a link, a duties heading, the sentence before', () => {
    const pointer = 'Learn more about our benefits.'
    expect(textsOf(`${pointer}\n`, 'benefits')).toEqual([])
    expect(textsOf(`[${pointer}](https://acme.example/benefits)\n`, 'benefits')).toEqual([`[${pointer}](https://acme.example/benefits)`])
    expect(textsOf(`${pointer}\n`, 'benefits')).toEqual([])

    const item = 'Health, dental and vision insurance'
    expect(textsOf(`## What we offer\n\n- ${item}\n- Paid time off\n`, 'benefits')).not.toEqual([])
    expect(textsOf(`## Duties\n\n- ${item}\n- Paid time off\n`, 'benefits')).toEqual([])

    const weak = 'We can make accommodations.'
    const strong = 'We provide reasonable accommodations to applicants with disabilities.'
    expect(textsOf(`${weak}\n`, 'accommodation')).toEqual([])
    expect(textsOf(`${strong} ${weak}\n`, 'accommodation')).toEqual([`${strong} ${weak}`])
    expect(textsOf(`${weak}\n`, 'accommodation')).toEqual([])
  })

  it('reads a deadline’s date from each posting’s own date, the cue being kept', () => {
    const sentence = 'Applications close on March 31.'
    const dated = (date: string): string | null | undefined =>
      single(`---\ndatePosted: ${date}\n---\n\n${sentence}\n`, 'applicationDeadline').deadline?.date
    expect(dated('2025-03-01')).toBe('2025-03-31')
    expect(dated('2026-03-01')).toBe('2026-03-31')
  })
})
