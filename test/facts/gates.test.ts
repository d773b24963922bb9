/**
 * The cheap word checks that keep costly sentence patterns from running on
 * sentences they cannot match: no sentence that a pattern matches, in the
 * corpus of real postings or in phrasing written for the tests, is kept from
 * its pattern.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASED_APPLICANTS, CUE, gate, HIRING, PROSE_REMOTE, REMOTE_ALTERNATIVES, SENTENCE_GATES } from '../../src/facts/location.js'
import { matchesOf } from '../../src/linter/matches.js'
import { gateText, WORD_END, WORD_START } from '../../src/linter/word-patterns.js'
import { ARTIFACT_GATE, ARTIFACT_PATTERN } from '../../rules/data/ats-artifacts.js'
import { SIGNS, gatesIn } from '../../src/facts/employer.js'
import { AGE_PATTERNS, mayHoldAgePattern } from '../../rules/data/age-preference.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'
import { corpusProse } from '../corpus-prose.js'

const { paragraphs, sentences: corpusSentences } = corpusProse()

/** Sentences written to reach each alternative of the patterns, English and French. */
const WRITTEN = [
  'This position is not a remote position.', 'This is not a remote role.', 'The role is fully on-site.', 'An in-office job.', 'No remote work.',
  'Remote work is an option.', 'Une option de travail à distance existe.', 'This hybrid role is in Denver.', 'The job is hybrid.', 'Hybrid work schedule.',
  'Toronto (Hybrid)', 'Mode hybride.', 'This fully remote position pays well.', 'The role can be done remotely.', 'These positions are remote.',
  'It can be worked from anywhere.', 'Work from anywhere.', 'Open to candidates located anywhere.', 'Full-time telework.', 'Remote / virtual.',
  'Candidates in other parts of the country may apply.', 'Applicants may be considered in other locations.', 'We welcome applications from across Canada.',
  'Ouvert aux personnes de partout au Canada.', 'We are fully distributed.', 'We work distributedly.', 'Le travail se réalise de façon décentralisée.',
  "Vous pouvez travailler de n'importe où.", "Les candidats d'autres régions sont invités.", "Le poste peut être offert à d'autres endroits.",
  'Le poste est entièrement à distance.', 'Nous travaillons principalement à distance.', 'Une équipe entièrement distribuée.', "L'équipe est répartie partout au Canada.",
  'We are hiring in Ottawa.', 'We are now recruiting in Toronto.', 'Nous recrutons à Montréal.', 'Nous sollicitons des candidatures.', 'We are accepting applications.',
  'US-based applicants only.', 'Toronto based candidates preferred.',
  // The cues after which a place follows.
  'The position is located in Ottawa.', 'We are based out of Denver.', 'Le poste est situé à Gatineau.', 'Stationed near Norfolk.', 'Basée à Montréal.',
  'You may relocate to Boston.', 'Commuting to Chicago is expected.', 'This role will be in Austin.', 'Le poste est à Québec.', 'Work from our Seattle office.',
  'You will need to work out of Atlanta.', 'Vous travaillerez à Toronto.', 'Our downtown offices in Calgary are open.', 'Nos bureaux à Halifax.', "You'll be working in Reno.",
  'On-site in Dallas.', 'In-person at our Miami hub.', 'We have offices in Paris.', 'Nous avons des bureaux à Lyon.', 'En poste à Moncton.',
  'Anywhere in Canada.', "De n'importe où au Québec.", 'Everywhere within the EU.', 'Applicants must reside in Ohio.', 'Candidates must live in Tampa.',
  'Other parts of the country.', "D'autres régions du Canada.", 'Remote within the US.', 'Remotely from Mexico.', 'Across Canada.', 'Throughout the province.',
  'À travers le pays.', 'Partout au Canada.', 'De partout en Ontario.',
  // The remote pattern's pieces of more than one word, with other white space between them.
  'This on\u00a0site role is in Reno.', 'The job is in\tperson.', 'A work from home position.', 'We accept  candidates from anywhere.',
  'Applicants may be considered in other\nlocations.', 'Talent from other  parts of Canada may apply.',
  // Under Unicode case-insensitive matching the long s is an s.
  'The poſition is located in Ottawa.', 'We are baſed in Reno.', 'The ſite is ſtationed in Erie.',
]

/** The remote-work alternatives as the one pattern they stand for, a named group for what each kind of match says. */
const kinds = ['no', 'hybrid', 'yes'] as const
const REMOTE_ONE = new RegExp(
  `${WORD_START}(?:${kinds.map((kind) => `(?<${kind}>${REMOTE_ALTERNATIVES.filter(([of]) => of === kind).map(([, source]) => source).join('|')})`).join('|')})${WORD_END}`,
  'giu',
)

describe('sentence gates', () => {
  const sentences = [...corpusSentences, ...WRITTEN]
  const patterns = [
    ['cue', CUE, SENTENCE_GATES.cue],
    ['remote', REMOTE_ONE, SENTENCE_GATES.remote],
    ['hiring', HIRING, SENTENCE_GATES.hiring],
    ['based', BASED_APPLICANTS, SENTENCE_GATES.based],
  ] as const

  for (const [name, pattern, words] of patterns) {
    it(`lets through every sentence the ${name} pattern matches`, () => {
      const flags = pattern.flags.replace('g', '')
      const matcher = new RegExp(pattern.source, flags)
      const matched = sentences.filter((sentence) => matcher.test(sentence))
      expect(matched.length).toBeGreaterThan(0)
      const wordGate = gate(words)
      const kept = matched.filter((sentence) => !wordGate.test(gateText(sentence)))
      expect(kept).toEqual([])
    })
  }

  it('finds, alternative by alternative, the remote statements the one pattern finds', () => {
    const asOne = (sentence: string) => matchesOf(sentence, REMOTE_ONE).map((match) => ({ index: match.index, text: match[0], tag: kinds.find((kind) => match.groups?.[kind] !== undefined) }))
    // Every sentence, not only those the word gate lets through, in its own case and in capitals.
    const samples = [...sentences, ...WRITTEN.map((sentence) => sentence.toUpperCase())]
    const differing = samples.filter((sentence) => JSON.stringify(PROSE_REMOTE.matches(sentence, gateText(sentence))) !== JSON.stringify(asOne(sentence)))
    expect(differing).toEqual([])
    expect(samples.filter((sentence) => asOne(sentence).length > 0).length).toBeGreaterThan(150)
  })

  it('keeps from the remote pattern sentences that only mention a site, an office or others', () => {
    const remote = gate(SENTENCE_GATES.remote)
    const sentences = ['Our office in Denver is charged with other work.', 'See the hiring process on our site.', 'Homeland Security checks each person hired.']
    expect(sentences.filter((sentence) => remote.test(gateText(sentence)))).toEqual([])
    expect(remote.test(gateText('This is an ON-SITE role.'))).toBe(true)
  })

  it('lets through every paragraph where no-ats-artifacts finds a candidate', () => {
    const written = ['<![CDATA[x]]>', '[object Object]', '<Company Name>', '[Company Name]', '{Start Date}', '{{company}}', '#LI-Remote', 'LI-JS1', 'ENTER JOB TITLE', '$XX,XXX', 'XXX', 'Salary: TBD', 'Start: to be  determined', 'à déterminer', 'Lorem ipsum', 'content goes here', 'This is a test', 'Please do not publish', 'blah', 'https://example.org/apply/whatever', '&amp;nbsp;', 'Line\\nbreak', 'Describe the role briefly here.', 'Insert your benefits summary here', 'ÉENTER JOB TITLE', 'Thiſ iſ a teſt', 'Pleaſe do not publiſh', 'Pay: $ xx', 'x,xxx per year', 'Start date: to be\nconfirmed', 'List your duties here!']
    const matcher = new RegExp(ARTIFACT_PATTERN.source, ARTIFACT_PATTERN.flags.replace('g', ''))
    const matched = [...paragraphs, ...written].filter((paragraph) => matcher.test(paragraph))
    expect(matched.length).toBeGreaterThan(written.length)
    expect(matched.filter((paragraph) => !ARTIFACT_GATE.test(paragraph))).toEqual([])
    expect(written.filter((text) => !matcher.test(text))).toEqual([])
  })

  it('every written sentence matches its pattern, so the list above reaches each alternative', () => {
    const any = (sentence: string): boolean => patterns.some(([, pattern]) => new RegExp(pattern.source, pattern.flags.replace('g', '')).test(sentence))
    expect(WRITTEN.filter((sentence) => !any(sentence))).toEqual([])
  })
})

describe('age pattern gate', () => {
  const alternatives = AGE_PATTERNS.map(({ source }) => new RegExp(source, 'iu'))
  const matches = (text: string): boolean => alternatives.some((pattern) => pattern.test(text))
  /** Each alternative of the patterns, as postings write them, in other cases and spacing too. */
  const written = [
    'Candidates aged 25-35.', 'AGE: 21 to 30', 'ages between 21 and 30 only', 'age 21-30', 'agedbetween 21 and 30', 'agefrom 21 to 30', 'Between the ages of 21 and 30.',
    'between the age of 25 and 40', '21 to 30 years old', 'between 21 and 30 years of age', '21-30 YRS. OLD', 'âgé de 25 à 35 ans', 'entre 21 et 30 ans', 'Âgées de 20 à 30 ans',
    'under the age of 30', 'younger than 35', 'not older than 40', 'no older than 40 years old', 'maximum age 40', 'max. age of 40', 'age limit: 45', 'up to the age of 35',
    'under 30s welcome', 'below 25 years old', 'moins de 30 ans', 'au plus 35 ans', 'maximum 40 ans', 'graduated in 2020 or later', 'class of 2023 or after', 'graduation after 2018',
    'grads from 2021 onwards', 'graduated between 2019 and 2022', 'diplômés après 2020', 'diplômée en 2021 ou plus tard', 'graduated within the last two years',
    'within 2 years of graduation', 'within the past 12 months of your graduation', 'no more than 3 years of experience', 'not more than two (2) years’ experience',
    'a maximum of two years of relevant experience', 'max. 3 years experience', 'at most 5 years of professional experience', '5 years of experience or less',
    'two years experience or fewer', 'pas plus de 3 ans d’expérience', 'au plus 2 ans d\'expérience', 'maximum de 5 ans d’expérience', 'GRADUATED IN 2020 OR LATER', 'claſs of 2020 or later', 'age21-30', 'younger than:  30', 'under : 30',
  ]

  it('lets through every text the patterns match', () => {
    const texts = [...corpusSentences, ...written]
    const matched = texts.filter(matches)
    expect(matched.length).toBeGreaterThanOrEqual(written.length)
    expect(matched.filter((text) => !mayHoldAgePattern(text))).toEqual([])
    // Built from the patterns' words, numbers and what goes between them.
    const piece = fc.constantFrom(
      ...['aged', 'age', 'ages', 'AGE', 'âgé', 'âgées', 'entre', 'between', 'from', 'the', 'of', 'to', 'and', 'et', 'à', 'ans', 'years', 'yrs.', 'old', 'OLD', 'under', 'below', 'younger', 'older', 'than', 'not', 'no', 'maximum', 'max.', 'limit', 'up', 'moins', 'de', 'au', 'plus', 'graduated', 'graduation', 'grads', 'class', 'diplômés', 'after', 'in', 'or', 'later', 'within', 'last', 'two', 'months', 'more', 'at', 'most', 'experience', 'expérience', 'd’expérience', 'less', 'fewer', 'pas'],
      ...['21', '30', '2020', '3', '(2)', ' ', ' ', '  ', '-', '–', ':', '.', 's', "'"],
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ').replace(/ {2,}/g, ' ')
        if (matches(text)) expect(mayHoldAgePattern(text), text).toBe(true)
      }),
      { numRuns: 20000 },
    )
  })

  it('every written text matches a pattern, so the list above reaches each alternative', () => {
    expect(written.filter((text) => !matches(text))).toEqual([])
    expect(alternatives.filter((pattern) => !written.some((text) => pattern.test(text)))).toEqual([])
  })
})

describe('employer sign gates', () => {
  /** Each alternative of each sign, in the cases postings write them. */
  const written = [
    'Apply on USAJOBS.', 'Grade: GS-13', 'GS15 step 1', 'a Senior Executive Service role', 'the OFFICE OF PERSONNEL MANAGEMENT', 'in the competitive service',
    'an Excepted Service appointment', 'hired under Schedule A', 'the General Services Administration', 'Technology Transformation Services', 'other federal agencies',
    'a Federal Agency', 'the U.S. federal government', 'email jobs@GSA.gov', 'write to hr@opm.gov', 'The Public Service Commission', 'la Commission de la fonction publique',
    'the Public Service Employment Act', 'la Loi sur l’emploi dans la fonction publique', "la Loi sur l'emploi dans la fonction publique", 'work for the Government of Canada',
    'joining the government of canada', 'se joindre au gouvernement du Canada', 'travailler pour le gouvernement du Canada', 'the federal public service',
    'la fonction publique fédérale', 'other federal departments', 'les ministères fédéraux', 'LA FONCTION PUBLIQUE FÉDÉRALE', 'the Canadian Digital Service',
    'le Service numérique canadien', 'the Treasury Board of Canada Secretariat', 'Treasury Board Secretariat', 'le Secrétariat du Conseil du Trésor',
    'email cds-snc@tbs-sct.gc.ca', 'write to jobs@canada.ca', 'see digital.canada.ca', 'numerique.canada.ca', 'on www.canada.ca', 'at CS-03', 'an EX-01 role',
  ]
  const texts = [...corpusFiles().map((file) => readFileSync(path.join(CORPUS, file), 'utf8')), ...written]

  it('every sign is gated, and lets through every text its pattern matches', () => {
    for (const sign of SIGNS) {
      expect(sign.gates.length, sign.label).toBeGreaterThan(0)
      const matched = texts.filter((text) => sign.pattern.test(text))
      expect(matched.length, sign.label).toBeGreaterThan(0)
      expect(
        matched.filter((text) => !sign.gates.some((gate) => text.toLowerCase().includes(gate))),
        sign.label,
      ).toEqual([])
    }
  })

  it('are found in one pass as a search for each would find them, overlapping ones included', () => {
    const gates = [...new Set(SIGNS.flatMap((sign) => sign.gates))]
    const each = (lower: string): string[] => gates.filter((gate) => lower.includes(gate)).sort()
    for (const text of texts) expect([...gatesIn(text.toLowerCase())].sort()).toEqual(each(text.toLowerCase()))
    // Gates run into one another and start alike ("gsa.gov" and "gs-", "usajobs.gov" and "usajobs", "federal public service commission").
    const piece = fc.constantFrom(...gates, ...gates.map((gate) => gate.slice(0, -1)), ...gates.map((gate) => gate.slice(1)), ' ', '-', '.', 'x', 'commission')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const lower = pieces.join('')
        expect([...gatesIn(lower)].sort()).toEqual(each(lower))
      }),
      { numRuns: 3000 },
    )
  })

  it('every written text matches a sign, so the list above reaches each alternative', () => {
    expect(written.filter((text) => !SIGNS.some((sign) => sign.pattern.test(text)))).toEqual([])
  })
})
