/**
 * Precision of the wording rules, sentence by sentence: what a word list
 * reports and a careful reviewer would not (the statements the law asks for,
 * outreach, words in another sense) next to what must be reported, each
 * with every wording rule on at once, as a posting is linted.
 */
import { describe, expect, it } from 'vitest'
import { Linter, type RuleSetting } from '../../src/linter/linter.js'
import { builtinRules } from '../../rules/index.js'

const WORDING = [
  'no-salary-history', 'no-criminal-history-screen', 'no-citizenship-requirement', 'no-age-preference', 'no-protected-preference', 'no-canadian-experience',
  'gender-neutral-title', 'inclusive-language', 'gender-coded-language', 'hype-jargon', 'profanity',
]
const linter = new Linter({ rules: builtinRules })
const rules: Record<string, RuleSetting> = Object.fromEntries(WORDING.map((id) => [id, { severity: 1, options: [] }]))

function ruleIds(text: string, filename = 'posting.md'): string[] {
  return linter.verify(text, { rules, settings: { asOf: '2026-11-27' } }, filename).messages.map((message) => message.ruleId ?? 'fatal')
}

/** Sentences that must stay silent. Quoted ones are verbatim from the corpus (file named). */
const MUST_NOT: ReadonlyArray<readonly [string, string]> = [
  // tts-join/md/pages_positions_5-21-Eng-Posting.md
  ['EEO statement (US federal)', 'The United States Government does not discriminate in employment on the basis of race, color, religion, sex (including pregnancy and gender identity), national origin, political affiliation, sexual orientation, marital status, disability, genetic information, age, membership in an employee organization, retaliation, parental status, military service, or other non-merit factor.'],
  ['EEO statement (private)', 'Acme is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, or status as a protected veteran, and we consider qualified applicants with criminal histories.'],
  // cds-canada/en/content_en_careers_positions_government-of-canada-it-senior-strategist--4bf2b501-23a8-4592-a1ea-35c93bafe3e0.md
  ['employment equity (Canada)', 'Consideration will be given to candidates self-identifying as belonging to one of the following Employment Equity groups: Aboriginal peoples, persons with disabilities, members of visible minorities, and women.'],
  // cds-canada/en/content_en_careers_positions_research-_-evaluation-analyst-partnerships-service-design-_-insights--d54d3c4c-3512-4d34-9260-e23e67a372f4.md
  ['special program (Canada)', 'As a part of CDS’s commitment to the Call to Action on Anti-Racism, Equity and Inclusion in the Federal Public Service, in this hiring process, we will only be considering candidates who choose to self declare as an Indigenous person or as a member of a racialized group.'],
  ['outreach', 'We encourage women, people of color, LGBTQ+ people, veterans and people with disabilities to apply.'],
  ['outreach (female candidates)', 'Female candidates are encouraged to apply.'],
  ['fair chance (San Francisco)', 'Pursuant to the San Francisco Fair Chance Ordinance, we will consider for employment qualified applicants with arrest and conviction records.'],
  ['fair chance (Los Angeles)', 'We will consider qualified applicants with criminal histories in a manner consistent with the requirements of the Los Angeles Fair Chance Initiative for Hiring.'],
  // tts-join/md pages (several): an accommodation statement names disability on purpose.
  ['accommodation', 'Applicants requiring reasonable accommodation for any part of the application and hiring process should contact the hiring agency directly.'],
  ['accommodation naming disability', 'If you need an accommodation because of a disability, email accommodations@example.com and we will work with you.'],
  ['benefits for young families', 'Our benefits support young families: parental leave, child care subsidies and flexible hours.'],
  ['challenged to grow', 'You will be challenged to grow and to learn new tools.'],
  ["Master's degree", "A Master's degree in statistics, or a Bachelor's degree and two years of experience."],
  ['Scrum Master', 'Work with the Scrum Master and the product owner to plan sprints.'],
  ['cloud-native', 'Build cloud-native services and native mobile apps.'],
  ['Native American (a community served)', 'Partner with Native American tribal governments on digital services.'],
  ['salary expectations', 'Please tell us your salary expectations in your cover letter.'],
  ['a background check after an offer', 'Finalists will complete a background check after a conditional offer, as the law allows.'],
  ['work authorization', 'You must be authorized to work in the United States.'],
  ['US citizenship with its legal reason', 'U.S. citizenship is required because the position requires a security clearance.'],
  ['experience, not Canadian experience', 'Three years of experience in accounting, wherever you gained it.'],
  ['a neutral title', '# Salesperson\n\nJoin our sales team.'],
  ['a pronoun set', 'Your manager, Sam (she/her), will onboard you.'],
  ['hire date, not age', 'Graduates of any year are welcome; we hire people at every stage of their career.'],
  ['"family" for benefits', 'Health insurance covers you and your family.'],
]

/** Sentences that must be reported, with the rule that reports them. */
const MUST: ReadonlyArray<readonly [string, string]> = [
  ['Please include your salary history with your application.', 'no-salary-history'],
  ['State your current CTC and expected CTC.', 'no-salary-history'],
  ['No felons need apply.', 'no-criminal-history-screen'],
  ['Candidates must have a clean criminal record.', 'no-criminal-history-screen'],
  ['US citizens only.', 'no-citizenship-requirement'],
  ['Green card holders only, please.', 'no-citizenship-requirement'],
  ['We are looking for a recent graduate to join our young and energetic team.', 'no-age-preference'],
  ['Candidates aged 25 to 35 preferred.', 'no-age-preference'],
  ['Female candidates preferred.', 'no-protected-preference'],
  ['Native English speaker required.', 'no-protected-preference'],
  ['Canadian experience required.', 'no-canadian-experience'],
  ['# Salesman\n\nJoin our sales team.', 'gender-neutral-title'],
  ['The candidate should send his resume to jobs@example.com.', 'inclusive-language'],
  ['We need more manpower on the night shift.', 'inclusive-language'],
  ['We want a coding ninja and rockstar engineer.', 'hype-jargon'],
  ["We work hard, play hard, and we're a family.", 'hype-jargon'],
  ['No bullshit, just shipping.', 'profanity'],
]

describe('wording rules: what a careful reviewer would leave alone', () => {
  for (const [name, text] of MUST_NOT) {
    it(`silent: ${name}`, () => {
      expect(ruleIds(text)).toEqual([])
    })
  }
})

describe('wording rules: what must be reported', () => {
  for (const [text, ruleId] of MUST) {
    it(`${ruleId}: ${text.replace(/\n/g, ' ')}`, () => {
      expect(ruleIds(text)).toContain(ruleId)
    })
  }
})
