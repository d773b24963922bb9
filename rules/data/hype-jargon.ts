/**
 * Hype and jargon in job postings, for `hype-jargon`: words that describe
 * the person wanted as a "rockstar" or "ninja", and culture slogans.
 *
 * Sources: Gaucher, Friesen & Kay (2011), Journal of Personality and Social
 * Psychology 101(1):109–128 — masculine-themed wording lowers how much women
 * feel they belong in a job and how appealing they find it; Textio's study of
 * the hiring language of 25,000 tech job descriptions (reported by Pando,
 * 2017-12-22), which singled out "work hard, play hard" as a culture signal;
 * the EHRC's and practitioners' advice to describe tasks and skills instead
 * of a type of person. The list itself is postlint's: the terms postings use
 * ("rockstar", "ninja", "guru", "wizard", "superstar", "unicorn", "10x
 * engineer", "crushing it", "work hard, play hard", "we're a family", "hit
 * the ground running"). Left out on purpose, as common and mostly harmless:
 * "fast-paced environment", "self-starter", "wear many hats".
 */

export type HypeKind = 'person' | 'slogan'

export interface HypeTerm {
  /** The phrases, singular then plural where there is one. */
  phrases: readonly string[]
  kind: HypeKind
  /** Why it is a problem, finishing "'rockstar' …". */
  why: string
  /** What to write instead, finishing "…; …". */
  advice: string
  /** Plain replacements for a person word: as a noun ("a rockstar"), before a noun ("rockstar developer"), plural. */
  noun?: readonly string[]
  modifier?: readonly string[]
  plural?: readonly string[]
  /** A phrase to put in its place, for slogans that have one. */
  replacement?: string
}

const PERSON_WHY = 'is hype: it says nothing about the skills the job needs and reads as masculine-coded'
const PERSON_ADVICE = 'say what the person will do and know, or write a plain word'
const EXPERT = { noun: ['expert', 'specialist'], modifier: ['expert', 'skilled', 'experienced'], plural: ['experts', 'specialists'] }

export const HYPE_TERMS: readonly HypeTerm[] = [
  { phrases: ['rockstar', 'rockstars', 'rock star', 'rock stars'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  { phrases: ['ninja', 'ninjas'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  { phrases: ['guru', 'gurus'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  { phrases: ['wizard', 'wizards'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  { phrases: ['jedi', 'jedis'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  { phrases: ['superstar', 'superstars'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, noun: ['high performer', 'expert'], modifier: ['expert', 'skilled'], plural: ['high performers', 'experts'] },
  { phrases: ['badass', 'badasses'], kind: 'person', why: PERSON_WHY, advice: PERSON_ADVICE, ...EXPERT },
  {
    phrases: ['unicorn', 'unicorns'],
    kind: 'person',
    why: 'asks for a rare all-rounder, which deters people who meet most but not all of the wishes',
    advice: 'separate the must-haves from the nice-to-haves',
  },
  {
    phrases: ['10x engineer', '10x engineers', '10x developer', '10x developers', '10x programmer', '10x programmers', '10x coder', '10x coders'],
    kind: 'person',
    why: 'is hype: it promises a mythical output and reads as masculine-coded',
    advice: 'say what the person will do and know',
  },
  {
    phrases: ['work hard play hard', 'work hard and play hard'],
    kind: 'slogan',
    why: 'suggests long hours and an after-work social life that not everyone can or wants to join',
    advice: 'describe the hours and the team as they are',
  },
  {
    phrases: ["we're a family", 'we are a family', "we're like a family", 'we are like a family', "we're family", 'like a family', 'one big family', 'one big happy family'],
    kind: 'slogan',
    why: 'blurs work and private life and can be read as asking for loyalty beyond the job',
    advice: 'say how the team supports each other',
    replacement: 'we support each other',
  },
  {
    phrases: ['crushing it', 'crush it', 'crushed it'],
    kind: 'slogan',
    why: 'is hype that says nothing about the work',
    advice: 'say what success in the role looks like',
  },
  {
    phrases: ['hit the ground running', 'hits the ground running', 'hitting the ground running'],
    kind: 'slogan',
    why: 'suggests there is no onboarding and little time to learn',
    advice: 'say what onboarding you offer and what you expect in the first months',
  },
]

/**
 * Neighbours that show a sense that is not hype. `before`: skip when the
 * previous word is one of these; `after`: skip when the next word is.
 */
export const OTHER_SENSES: Readonly<Record<string, { before?: readonly string[]; after?: readonly string[] }>> = {
  // The user-interface pattern: a setup wizard, the wizard's steps.
  wizard: {
    before: ['setup', 'install', 'installation', 'installer', 'configuration', 'config', 'import', 'export', 'onboarding', 'migration', 'signup', 'registration', 'form', 'guided', 'checkout', 'booking', 'step', 'application', 'upgrade', 'deployment', 'wizard'],
    after: ['page', 'pages', 'step', 'steps', 'flow', 'flows', 'dialog', 'dialogs', 'component', 'components', 'ui', 'screen', 'screens', 'framework', 'pattern'],
  },
  wizards: { before: ['setup', 'install', 'installation', 'configuration', 'import', 'export', 'onboarding', 'migration', 'form', 'guided'], after: ['page', 'pages', 'flow', 'flows', 'component', 'components'] },
  // A start-up valued at a billion dollars, not a person.
  unicorn: { before: ['fintech', 'tech', 'startup', 'start', 'healthtech', 'edtech', 'insurtech', 'billion', 'dollar', 'european', 'canadian', 'american', 'latest', 'newest'], after: ['startup', 'startups', 'company', 'companies', 'status', 'valuation', 'club', 'round'] },
  unicorns: { before: ['fintech', 'tech', 'startup', 'healthtech', 'edtech'], after: ['club'] },
  // Names of companies, products and people: Ninja Van, Rockstar Games, Guru Nanak.
  ninja: { after: ['van', 'turtles', 'foodi', 'theory', 'warrior', 'gaiden'] },
  rockstar: { after: ['games', 'energy', 'north', 'toronto', 'san', 'london', 'lincoln', 'india', 'leeds', 'dundee', 'new'] },
  guru: { after: ['nanak', 'granth', 'gobind', 'purnima'], before: ['sri', 'shri'] },
  // "Treat you like a family member", "like a family business".
  like: { after: ['member', 'members', 'friend', 'business', 'businesses', 'doctor', 'tradition', 'recipe', 'home'] },
}

/** Words before a term, within a few words, that say the posting does not want it ("No rockstars required", "we don't hire ninjas"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nor', 'without', "don't", 'dont', "doesn't", "isn't", "aren't", "won't", 'neither'])
