import { describe, expect, it } from 'vitest'
import { cuss } from 'cuss'
import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/profanity.js'
import { NOT_PROFANE, PROFANITY_SENSES } from '../../rules/data/profanity-senses.js'
import { PROFANE_WORDS } from '../../rules/data/profanity-words.js'

/** Line 1 columns of the first `text` in `code`. */
function at(code: string, text: string): { line: number; column: number; endColumn: number } {
  const start = code.indexOf(text)
  if (start < 0) throw new Error(`'${text}' is not in the test code`)
  return { line: 1, column: start + 1, endColumn: start + text.length + 1 }
}

const eeo = 'Acme is an equal opportunity employer and does not discriminate on the basis of race, color, religion, sex (including pregnancy), sexual orientation, gender identity, national origin, age, disability or protected veteran status.'

describe('profanity data', () => {
  it('reads the vocabulary of cuss, with plurals it does not list', () => {
    expect(PROFANE_WORDS.length).toBeGreaterThan(Object.keys(cuss).length)
    expect(PROFANE_WORDS).toContainEqual({ word: 'bastards', base: 'bastard', sureness: 1 })
    expect(PROFANE_WORDS).toContainEqual({ word: 'bullshit', base: 'bullshit', sureness: 2 })
  })

  it('names only words of cuss in its exceptions and senses', () => {
    const unknown = [...NOT_PROFANE, ...Object.keys(PROFANITY_SENSES)].filter((word) => !Object.hasOwn(cuss, word))
    expect(unknown).toEqual([])
  })
})

new RuleTester().run('profanity', rule, {
  valid: [
    // The statements the law asks for name "sex" and "sexual orientation".
    eeo,
    'We will consider qualified applicants with criminal histories in a manner consistent with the law.',
    'We encourage women, Black and Indigenous people, and people of color to apply.',
    // Words postings use plainly.
    'Sick leave, oral communication skills and gross pay before deductions.',
    'Random drug screening is required; combat fraud and abuse of government systems.',
    'Use penetration testing tools and report findings to the public servant in charge.',
    'Sexual harassment training, breast cancer research and HIV prevention programs.',
    'Perform welfare checks; set up jigs and fixtures; replace flange bolts.',
    'Chef whites are provided. Graduated summa cum laude. Kung fu instructor wanted.',
    'Offices in Louisville, KY, Coral Gables, FL, and Papua New Guinea.',
    'We are an anti-racist organization, and radical candor is one of our values.',
    'Play devil’s advocate in design reviews.',
    'Iron out the kinks, nip problems in the bud and fix niggling bugs.',
    'The period of performance is one year.',
    'Placeholder: XXX.',
    // Senses: "execute the plan", "kill a process", "shoot photos", "screws", "Hell's Kitchen", "balls in the air".
    'Execute the marketing plan and kill stale processes.',
    'Shoot product photos and video on location.',
    'Order screws and bolts; install the screw conveyor.',
    'Our restaurant is in Hell’s Kitchen.',
    'Juggle multiple balls and keep the balls in the air.',
    'Butt welds, butt splice connectors and a stop cock valve.',
    'Partner with the United Negro College Fund; travel to Fort Dix.',
    // Sureness: "hell" (0) is not reported by default, "damn" (1) not at 2.
    'What the hell is going on?',
    { code: 'This job is damn hard.', options: [{ sureness: 2 }] },
    // Words retext-equality lists are left to inclusive-language.
    'Nobody here is an idiot, and no process is a slave.',
    // French paragraphs are not read ("dix" is ten).
    'Vous avez dix ans d’expérience en gestion de projets et vous aimez travailler avec les équipes.',
    // allow, by word and by the singular of a plural.
    { code: 'Damn good coffee.', options: [{ allow: ['damn'] }] },
    { code: 'We do not hire bastards.', options: [{ allow: ['bastard'] }] },
    // With sureness 0, plain senses still stay silent.
    { code: 'Execute the plan, kill the process and shoot me an email.', options: [{ sureness: 0 }] },
    { code: 'Dinner at Hell’s Kitchen.', options: [{ sureness: 0 }] },
  ],
  invalid: [
    {
      name: 'sureness 2: profane in any sense',
      code: 'No bullshit, no crap.',
      errors: [
        { messageId: 'profane', data: { text: 'bullshit' }, ...at('No bullshit, no crap.', 'bullshit'), suggestions: null },
        { messageId: 'profane', data: { text: 'crap' }, ...at('No bullshit, no crap.', 'crap') },
      ],
    },
    {
      name: 'sureness 1: may be profane',
      code: 'This job is damn hard.',
      errors: [{ messageId: 'mayBeProfane', message: "'damn' may be profane or vulgar: reword it in plain terms unless the job needs the word.", ...at('This job is damn hard.', 'damn') }],
    },
    {
      name: 'the vulgar sense of a word with a plain one',
      code: "Don't screw up the release.",
      errors: [{ messageId: 'mayBeProfane', data: { text: 'screw' }, ...at("Don't screw up the release.", 'screw') }],
    },
    {
      name: 'a plural keeps its word’s sureness',
      code: 'We do not hire bastards.',
      errors: [{ messageId: 'mayBeProfane', data: { text: 'bastards' }, ...at('We do not hire bastards.', 'bastards') }],
    },
    {
      name: 'a phrase is one finding',
      code: 'Nobody here is white trash.',
      errors: [{ messageId: 'profane', data: { text: 'white trash' }, ...at('Nobody here is white trash.', 'white trash') }],
    },
    {
      name: 'sureness 0: profane in some senses',
      code: 'What the hell is going on? Hell no.',
      options: [{ sureness: 0 }],
      errors: [
        { messageId: 'profaneInSomeSenses', message: "'hell' is profane in some senses: make sure the sentence reads as you mean it.", column: 10, endColumn: 14 },
        { messageId: 'profaneInSomeSenses', data: { text: 'Hell' }, column: 28, endColumn: 32 },
      ],
    },
    {
      code: 'The guard may execute prisoners, and they kill them.',
      options: [{ sureness: 0 }],
      errors: [
        { messageId: 'profaneInSomeSenses', data: { text: 'execute' } },
        { messageId: 'profaneInSomeSenses', data: { text: 'kill' } },
      ],
    },
    {
      name: 'outside the EEO statement the same words are reported',
      code: `${eeo}\n\nThe work is damn hard.`,
      errors: [{ messageId: 'mayBeProfane', line: 3, column: 13, endColumn: 17 }],
    },
    {
      code: '<p>Our team works its asses off.</p>',
      filename: 'posting.html',
      errors: [{ messageId: 'profane', data: { text: 'asses' }, column: 23, endColumn: 28 }],
    },
    {
      name: 'an allow entry for a word the rule never reports is reported too',
      code: 'Sexual harassment training.',
      options: [{ allow: ['sexual'] }],
      errors: [{ messageId: 'unknownAllow', data: { entry: 'sexual' } }],
    },
    {
      name: 'an allow entry that is not in the vocabulary is reported',
      code: 'This job is damn hard.',
      options: [{ allow: ['dam'] }],
      errors: [
        { messageId: 'unknownAllow', data: { entry: 'dam' }, line: 1, column: 1 },
        { messageId: 'mayBeProfane', data: { text: 'damn' } },
      ],
    },
  ],
})
