import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/gender-coded-language.js'
import { FEMININE_CODED, MASCULINE_CODED } from '../../rules/data/gender-coded-words.js'
import { describe, expect, it } from 'vitest'

const MASCULINE_AD =
  "# Senior Engineer\n\nWe're looking for an ambitious, competitive and assertive engineer. You are confident, decisive and independent, and you want to dominate a challenging market. You lead with analytical rigour."

describe('gender-coded word lists', () => {
  for (const [name, list] of [['masculine', MASCULINE_CODED], ['feminine', FEMININE_CODED]] as const) {
    it(`${name}: every counted and excluded word passes its stem's prefix test`, () => {
      for (const { stem, forms, excluded } of list) {
        const prefix = stem.replace(/\*$/, '')
        for (const form of [...forms, ...(excluded?.forms ?? [])]) {
          if (stem.endsWith('*')) expect(form.startsWith(prefix) || form.replace('co-operat', 'cooperat').startsWith(prefix), `${form} (${stem})`).toBe(true)
          else expect(forms).toEqual([stem])
        }
      }
    })
  }
  it('no word is counted twice', () => {
    const all = [...MASCULINE_CODED, ...FEMININE_CODED].flatMap(({ forms }) => forms)
    expect(all.length).toBe(new Set(all).size)
  })
  it('no word is both counted and excluded', () => {
    const counted = new Set([...MASCULINE_CODED, ...FEMININE_CODED].flatMap(({ forms }) => forms))
    const excluded = [...MASCULINE_CODED, ...FEMININE_CODED].flatMap(({ excluded }) => excluded?.forms ?? [])
    expect(excluded.filter((form) => counted.has(form))).toEqual([])
  })
})

new RuleTester().run('gender-coded-language', rule, {
  valid: [
    // Balanced wording.
    "# Engineer\n\nYou are confident and analytical, and you support your colleagues. We work together, lead by example and trust each other.",
    // A few coded words are normal.
    '# Engineer\n\nYou will lead our API work and take on challenging problems.',
    // The statements the law asks for are not counted.
    '# Engineer\n\nYou will build services.\n\nWe are an equal opportunity employer committed to supporting diversity. We support applicants with disabilities, who we understand may need accommodations, and we are committed to a warm, kind, supportive and understanding process.',
    '# Engineer\n\nYou will build services.\n\n## Diversity and inclusion\n\nWe are committed, supportive, understanding, warm, kind and loyal to every colleague.',
    // Other senses: tech support, lead paint, sales leads, Air Force, competitive service, "will be determined", sensitive data.
    '# Support Engineer\n\nYou will work the tech support queue, answer support tickets, join the support rotation and write customer support articles. Our support team values quality support. We also do production support and IT support.',
    '# Abatement Technician\n\nYou will remove lead paint, test lead pipes and prevent lead poisoning. Lead exposure limits apply, and lead abatement is our work.',
    '# Sales Associate\n\nFollow up on sales leads, qualify inbound leads and run lead generation.',
    '# Analyst\n\nVeterans of the Air Force and Space Force are welcome. This is a competitive service position; pay will be determined by grade. You will handle sensitive data, a task force, the labor force and the armed forces.',
    // Names: Executive Core Qualifications, organisations.
    '# Director\n\nThe Executive Core Qualifications are Leading Change, Leading People, Results Driven and Business Acumen. You will work with the Millennium Challenge Corporation.',
    // "Competencies", "analyst", "responsibilities", "committee" name the job, not a trait.
    '# Analyst\n\n## Responsibilities\n\nThe analyst runs analysis and analytics, reports to the committee, and is responsible for responses. Competencies: competent in SQL, with competencies in R.',
    // French paragraphs are not read.
    '# Développeur\n\nNous recherchons une personne ambitieuse, compétitive, décisive, indépendante et analytique.',
    { code: MASCULINE_AD, options: [{ minDifference: 20 }] },
  ],
  invalid: [
    {
      code: MASCULINE_AD,
      errors: [
        {
          messageId: 'leansMasculine',
          line: 1,
          column: 3,
          endColumn: 18,
          data: { masculine: 10, feminine: 0, words: 'ambitious, competitive, assertive, confident, decisive' },
        },
      ],
    },
    {
      name: 'reported at the front matter title, with each word as a related location',
      code: "---\ntitle: Account Executive\n---\n\nWe want a confident, aggressive, ambitious closer who will dominate the territory, outperform competitors and lead decisively as an independent, self-reliant athlete of sales.",
      errors: [{ messageId: 'leansMasculine', line: 2, column: 1, data: { masculine: 9, feminine: 0, words: 'confident, aggressive, ambitious, dominate, competitors' } }],
    },
    {
      code: '# Office Coordinator\n\nWe want a warm, supportive, compassionate and understanding colleague who is loyal, honest, considerate and cooperative, and who nurtures our community.',
      errors: [{ messageId: 'leansFeminine', data: { feminine: 9, masculine: 0, words: 'warm, supportive, compassionate, understanding, loyal' } }],
    },
    {
      name: 'ratio and difference are options',
      code: '# Engineer\n\nYou are ambitious, competitive and assertive, and you support the team.',
      options: [{ minDifference: 2, ratio: 2 }],
      errors: [{ messageId: 'leansMasculine', data: { masculine: 3, feminine: 1, words: 'ambitious, competitive, assertive' } }],
    },
  ],
})
