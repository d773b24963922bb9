/**
 * Wording of job advertisements that prefers younger applicants, for
 * `no-age-preference`. Sources: the examples of 29 CFR 1625.4(a) (EEOC,
 * 72 FR 36875, 2007: "age 25 to 35", "young", "college student", "recent
 * college graduate"); the research notes in jurisdictions.md (graduation-year
 * limits and "digital native" named as risks; the UK Equality Act notes:
 * "young", "new graduates"); Colorado's Job Application Fairness Act
 * (C.R.S. § 8-2-131: no age, date of birth or graduation dates on a first
 * application); and phrasings read in postings ("young and energetic team",
 * "fresh graduates", "jeune équipe dynamique").
 *
 * Phrases go through the shared one-pass phrase matcher; the structural
 * patterns (age ranges, age ceilings, graduation years, experience caps) are
 * one regular expression, run once per sentence. Every quantifier in it is
 * bounded or separated by a literal, so it cannot backtrack catastrophically.
 */
import type { PhraseEntry } from '../../src/linter/phrases.js'

export type AgePhraseKind =
  /** "recent graduates", "new grads", "fresh graduates", "jeunes diplômés". */
  | 'graduate'
  /** "digital native(s)". */
  | 'digitalNative'
  /** "college students only". */
  | 'studentsOnly'
  /** "young", "youthful", "jeune": reported only beside applicant or team words (see the rule). */
  | 'young'
  /** "young and energetic", "jeune équipe", "jeune et dynamique": reported as written. */
  | 'youngTeam'
  /** A request for date of birth, age or graduation dates. */
  | 'question'

export interface AgePhrase {
  kind: AgePhraseKind
  /** A rewrite that keeps the sentence grammatical, when there is one. */
  replacement?: string
}

const entry = (phrase: string, kind: AgePhraseKind, replacement?: string): PhraseEntry<AgePhrase> => ({ phrase, data: replacement ? { kind, replacement } : { kind } })

const SINGULAR_GRADUATES = ['recent graduate', 'recent grad', 'recent college graduate', 'recent college grad', 'recent university graduate', 'new graduate', 'new grad', 'new college graduate', 'new college grad', 'fresh graduate', 'fresh grad']

export const AGE_PHRASES: ReadonlyArray<PhraseEntry<AgePhrase>> = [
  ...SINGULAR_GRADUATES.flatMap((phrase) => [entry(phrase, 'graduate', 'entry-level candidate'), entry(`${phrase}s`, 'graduate', 'entry-level candidates')]),
  entry('recently graduated', 'graduate'),
  entry('newly graduated', 'graduate'),
  entry('freshers', 'graduate', 'entry-level candidates'),
  entry('fresh out of college', 'graduate'),
  entry('fresh out of school', 'graduate'),
  entry('fresh out of university', 'graduate'),
  entry('jeune diplômé', 'graduate'),
  entry('jeune diplômée', 'graduate'),
  entry('jeunes diplômés', 'graduate'),
  entry('jeunes diplômées', 'graduate'),
  entry('nouvellement diplômé', 'graduate'),
  entry('nouvellement diplômés', 'graduate'),
  entry('récemment diplômé', 'graduate'),
  entry('récemment diplômés', 'graduate'),
  entry('digital native', 'digitalNative'),
  entry('digital natives', 'digitalNative'),
  entry('college students only', 'studentsOnly'),
  entry('college student only', 'studentsOnly'),
  entry('only college students', 'studentsOnly'),
  entry('university students only', 'studentsOnly'),
  entry('only university students', 'studentsOnly'),
  entry('young', 'young'),
  entry('youthful', 'young'),
  entry('jeune équipe', 'youngTeam'),
  entry('équipe jeune', 'youngTeam'),
  entry('jeune et dynamique', 'youngTeam'),
  entry('jeunes et dynamiques', 'youngTeam'),
  entry('jeunes talents', 'youngTeam'),
  ...['date of birth', 'dates of birth', 'birth date', 'birthdate', 'year of birth', 'DOB', 'your age', 'graduation date', 'graduation dates', 'date of graduation', 'dates of graduation', 'graduation year', 'year of graduation', 'years of graduation', 'dates of attendance', 'date de naissance', 'votre âge', "année d'obtention"].map((phrase) => entry(phrase, 'question')),
]

/** After "young": the words that make it about the applicants or the team, whatever else the sentence says. */
export const YOUNG_ALWAYS: ReadonlySet<string> = new Set([
  'candidate', 'candidates', 'applicant', 'applicants', 'talent', 'talents', 'blood', 'hire', 'hires', 'recruit', 'recruits',
  'team', 'teams', 'crew', 'workforce', 'staff', 'graduate', 'graduates', 'grads', 'guns', 'go-getters',
])

/** The words of `YOUNG_ALWAYS` that name the team rather than the applicants. */
export const TEAM_WORDS: ReadonlySet<string> = new Set(['team', 'teams', 'crew', 'workforce', 'staff'])

/** After "young": people words that may be the clients ("we serve young people"); reported only after a hiring cue. */
export const YOUNG_PEOPLE: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'professional', 'professionals', 'individual', 'individuals', 'man', 'men', 'woman', 'women',
  'engineer', 'engineers', 'developer', 'developers', 'designer', 'designers', 'worker', 'workers', 'employee', 'employees', 'someone', 'lady', 'ladies', 'guy', 'guys',
])

/** "young and energetic", "young, dynamic": the adjectives that make "young" a trait sought. */
export const YOUNG_TRAITS: ReadonlySet<string> = new Set(['energetic', 'dynamic', 'enthusiastic', 'vibrant', 'hungry', 'ambitious', 'fresh', 'fun', 'motivated', 'spirited', 'bright', 'eager'])

/** After "youthful": what makes it a trait sought ("youthful energy"). */
export const YOUTHFUL_TRAITS: ReadonlySet<string> = new Set(['energy', 'spirit', 'enthusiasm', 'outlook', 'attitude', 'appearance', 'look', 'image'])

/** Words just before "young ..." that show the posting is asking for such people ("looking for young professionals"). */
export const HIRING_CUES: ReadonlySet<string> = new Set([
  'looking', 'searching', 'seeking', 'seek', 'seeks', 'hire', 'hiring', 'want', 'wants', 'wanted', 'need', 'needs', 'prefer', 'prefers', 'preferred', 'preferably', 'ideal', 'ideally', 'recruit', 'recruiting',
])

/** Words just before "recent graduates" or "young talent" that make them people the hire works with or the employer's alumni ("mentor new grads", "our recent graduates have gone on to…"). */
export const OTHERS_BEFORE: ReadonlySet<string> = new Set([
  'our', 'their', 'its', 'his', 'her', 'mentor', 'mentors', 'mentoring', 'coach', 'coaches', 'coaching', 'train', 'trains', 'training', 'supervise', 'supervises', 'supervising',
  'manage', 'manages', 'managing', 'support', 'supports', 'supporting', 'onboard', 'onboarding', 'teach', 'teaches', 'teaching', 'lead', 'leads', 'leading', 'develop', 'developing',
])

/** Possessives of `OTHERS_BEFORE`: "our recent graduates" are alumni, but "our young team" is still the team. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['our', 'their', 'its', 'his', 'her'])

/** People a sentence may describe instead of the applicants ("our customers are digital natives"). */
export const CLIENT_WORDS: ReadonlySet<string> = new Set(['customers', 'customer', 'users', 'user', 'clients', 'client', 'audience', 'audiences', 'readers', 'members', 'students', 'learners', 'participants', 'patients', 'consumers', 'subscribers', 'community', 'communities', 'population', 'market', 'visitors', 'alumni'])

/** Words that show a sentence is about the applicant after all ("join our young team", "you are a recent graduate"). */
export const APPLICANT_WORDS: ReadonlySet<string> = new Set(['you', 'your', "you're", 'candidate', 'candidates', 'applicant', 'applicants', 'ideal', 'seeking', 'looking', 'hiring', 'hire', 'want', 'wanted', 'join', 'apply', 'vous', 'candidat', 'candidats', 'rejoignez', 'recherchons', 'cherchons'])

/**
 * Sentences that invite people of every age ("whether you are a recent
 * graduate or a seasoned professional"): a list that reaches past the young
 * is not a preference.
 */
export const INCLUSIVE_CUES: readonly string[] = ['whether', 'seasoned', 'experienced', 'mid career', 'late career', 'career changer', 'career changers', 'returner', 'returners', 'retiree', 'retirees', 'all ages', 'any age', 'every age', 'all stages', 'any stage', 'every stage', 'all levels', 'all career levels', 'regardless']

/** Words around an age-question phrase that make it a request ("include your date of birth"). */
export const REQUEST_CUES: ReadonlySet<string> = new Set([
  'include', 'including', 'provide', 'state', 'indicate', 'list', 'submit', 'enter', 'specify', 'give', 'tell', 'send', 'attach', 'show', 'showing', 'contain', 'containing', 'required', 'mandatory', 'must', 'should', 'please',
  'indiquer', 'indiquez', 'fournir', 'fournissez', 'préciser', 'précisez', 'inclure', 'incluez', 'requise', 'requis', 'obligatoire',
])

/** Words that turn an age question or preference around ("do not include your date of birth", "you need not be a recent graduate"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "don't", 'dont', 'never', 'no', 'without', 'omit', 'remove', 'redact', 'exclude', "doesn't", "isn't", "aren't", 'nor', 'pas', 'sans', 'aucune', 'aucun', 'ni'])

/** Words before an age range that make it about the people served ("children aged 5-12", "youth aged 15 to 24"). */
export const CLIENT_NOUNS: ReadonlySet<string> = new Set([
  'children', 'child', 'kids', 'youth', 'youths', 'teens', 'teenagers', 'adolescents', 'students', 'pupils', 'learners', 'patients', 'clients', 'participants',
  'residents', 'adults', 'seniors', 'girls', 'boys', 'users', 'customers', 'members', 'infants', 'toddlers', 'survivors', 'families', 'people', 'individuals', 'women', 'men', 'population',
  'audience', 'audiences', 'readers', 'viewers', 'visitors', 'demographic', 'market', 'households', 'consumers', 'subscribers', 'fans',
  'enfants', 'jeunes', 'élèves', 'étudiants', 'patients', 'clients', 'participants', 'personnes', 'adultes', 'aînés',
])

/**
 * Words that make an age range, ceiling or graduation window a condition of
 * the job; such a pattern in a longer sentence without one is a description
 * ("our founders graduated in 2010 and 2012", "most of our users are aged
 * 25-35").
 */
export const CONDITION_CUES: ReadonlySet<string> = new Set([
  'must', 'required', 'requirement', 'requirements', 'only', 'open', 'eligible', 'eligibility', 'candidate', 'candidates', 'applicant', 'applicants', 'you', 'your', 'should', 'need', 'needs', 'preferred', 'ideal', 'ideally', 'seeking', 'looking', 'hiring', 'apply',
  'doit', 'doivent', 'devez', 'requis', 'requise', 'exigé', 'exigée', 'admissible', 'admissibles', 'ouvert', 'ouverte', 'seulement', 'uniquement', 'vous', 'candidat', 'candidats', 'candidate', 'candidates', 'postuler',
])

/** A sentence this short that starts with the pattern is a list item or a form field ("Age: 25-35"), a condition without a cue word. */
export const SHORT_SENTENCE = 8

/** Words beside an age question that make it about someone else (benefits enrolment): "birth date of dependants". */
export const OTHER_PEOPLE: ReadonlySet<string> = new Set(['dependant', 'dependants', 'dependent', 'dependents', 'child', 'children', 'spouse', 'spouses', 'beneficiary', 'beneficiaries', 'partner', 'family'])

/** The youngest ceiling that is an age preference rather than a legal minimum age ("under 18 need a work permit"). */
export const MIN_CEILING = 22


/** What a message names where the data has no law for the posting's place. */
export const AGE_FALLBACK: Readonly<Record<string, string>> = {
  CA: 'the Canadian Human Rights Act (s. 8) and the provincial human-rights codes',
  default: 'age-discrimination law in most places (the ADEA in the US, the Equality Act 2010 in the UK, human-rights codes in Canada)',
}

/** What each kind of phrase does, and what to write instead, for messages. */
export const WHAT: Readonly<Record<AgePhraseKind, string>> = {
  graduate: 'asks for recent graduates, a stand-in for youth',
  digitalNative: 'asks for people who grew up with digital technology, a stand-in for youth',
  studentsOnly: 'limits the job to college students',
  young: 'asks for young people',
  youngTeam: 'sells the job as one for the young',
  question: '',
}
export const ADVICE: Readonly<Record<AgePhraseKind, string>> = {
  graduate: "Describe the level instead: 'entry-level', 'no experience required'.",
  digitalNative: 'Name the digital skills the job needs.',
  studentsOnly: "If enrolment is required (a co-op or internship), say so: 'enrolled in a post-secondary program'.",
  young: 'Describe the work and the team, not their age.',
  youngTeam: 'Describe the work and the team, not their age.',
  question: '',
}

/**
 * A posting that names the federal Pathways Programs (5 CFR part 362) hires under, or supervises people hired under, a legal
 * authority. The singular "Pathways Program" is left out: employers name their own programs that way.
 */
export const PATHWAYS = /\bPathways\s+(?:Recent|Programs|Internships?|Interns?)\b/
/** After a capitalised "Recent Graduates": the program named as such ("the Recent Graduates portion of the fellowship"). */
export const NAMED_PROGRAM: ReadonlySet<string> = new Set(['program', 'programs', 'programme', 'portion', 'track', 'appointment', 'appointments', 'authority'])
/** What every structural pattern contains (a number, a graduation word, years); sentences without any are skipped. */
export const MAY_MATCH = /\d|graduat|diplôm|\byears?\b|\bans\b/i

/** Two digits in a row: every pattern with a number has one (an age, a year). */
const TWO_DIGITS = /\d\d/
/**
 * What stands beside the number in the patterns that have one: "age" as
 * they write it (aged, ages, age:, age limit, of age), " ans", " old",
 * "grad(s)", "class of", "diplômé", or "under", "below", "than" just
 * before two digits. Under the patterns' flags, so that it reads letters
 * as they do.
 */
const BESIDE_NUMBER = /(?<!\w)age(?:[dsbf0-9]|(?!\w))|\sans(?!\w)|\sold(?!\w)|(?<!\w)(?:grads?(?!\p{L})|class\s+of)|diplôm|(?:under|below|than)\s?:?\s{0,3}\d{2}/iu
const GRADUATION = /graduat/iu
const EXPERIENCE = /experience/iu
const CAP = /more|max|most|less|fewer/iu
const FRENCH_EXPERIENCE = /expérience/iu
const FRENCH_CAP = /plus|maximum/iu

/**
 * Whether a sentence's text holds what AGE_PATTERNS need, pattern by
 * pattern: a number and what stands beside it, "graduat" (a graduation
 * window), "experience" and a cap on it. Far cheaper than the patterns,
 * which are not compiled for a posting none of whose sentences passes.
 * test/facts/gates.test.ts checks that every text the patterns match passes.
 */
export function mayHoldAgePattern(text: string): boolean {
  return (
    (TWO_DIGITS.test(text) && BESIDE_NUMBER.test(text)) ||
    GRADUATION.test(text) ||
    (EXPERIENCE.test(text) && CAP.test(text)) ||
    (FRENCH_EXPERIENCE.test(text) && FRENCH_CAP.test(text))
  )
}
/** Words of an age question that make it a check of a legal minimum age, which the law allows ("proof of your age"). */
export const MINIMUM_AGE_CHECK: ReadonlySet<string> = new Set(['proof', 'verify', 'verification', 'confirm', 'least', 'minimum'])
/** Words of a ceiling that make it about age ("maximum age", "younger than"); a bare "under 30" needs "years old" after it. */
export const CEILING_AGE_KEY = /age|older|younger|moins|plus|maximum/i
/** Graduation keywords that make a year a limit by themselves ("after 2018"); "in 2020" needs "or later". */
export const GRADUATION_LIMIT_KEY = /^(?:after|since|between|no|après|depuis|entre)/i
/** Words that show an age range is about applicants even after a client noun ("applicants aged 25-35"). */
export const APPLICANT_IN_SENTENCE = /\b(?:candidates?|applicants?|apply|hire|hiring|seeking|looking)\b/i

export type AgePatternKind = 'range' | 'ceiling' | 'graduation' | 'graduationWindow' | 'experienceCap'

/**
 * The structural patterns, one alternative each. Named groups inside an
 * alternative (`lo`, `hi`, `n`, `key`, `qual`) are renamed per alternative
 * when the expression is built. Word boundaries are written as (?<!\w)
 * before a word character and (?!\w) after one: under the i and u flags
 * together V8 reads \b through a slow path (about eight times slower over a
 * posting), and there the two mean the same.
 */
export const AGE_PATTERNS: ReadonlyArray<{ kind: AgePatternKind; source: string }> = [
  // "aged 25-35", "age: 21 to 30", "ages between 21 and 30"
  { kind: 'range', source: String.raw`(?<!\w)(?:aged?|ages)\s?:?\s{0,3}(?:(?:between|from)\s+)?(?<lo>\d{2})\s{0,3}(?:-|–|—|to|and)\s{0,3}(?<hi>\d{2})(?!\w)` },
  // "between the ages of 21 and 30"
  { kind: 'range', source: String.raw`(?<!\w)between\s+the\s+ages?\s+of\s+(?<lo>\d{2})\s{0,3}(?:and|to|-|–)\s{0,3}(?<hi>\d{2})(?!\w)` },
  // "21 to 30 years old", "between 21 and 30 years of age"
  { kind: 'range', source: String.raw`(?<!\w)(?<lo>\d{2})\s{0,3}(?:-|–|—|to|and)\s{0,3}(?<hi>\d{2})\s+(?:years?|yrs?\.?)\s+(?:old|of\s+age)(?!\w)` },
  // "âgé de 25 à 35 ans", "entre 21 et 30 ans" (not "ans d'expérience")
  { kind: 'range', source: String.raw`(?:(?<!\p{L})âgée?s?\s+(?:de|entre)\s+|(?<!\w)entre\s+)(?<lo>\d{2})\s{0,3}(?:à|et|-|–)\s{0,3}(?<hi>\d{2})\s+ans(?!\w)(?!\s{0,3}(?:d['’]|de\s|dans))` },
  // "under the age of 30", "younger than 35", "maximum age 40", "under 30 years old", "under-30s"
  {
    kind: 'ceiling',
    source: String.raw`(?<!\w)(?<key>under|below|younger\s+than|not\s+older\s+than|no\s+older\s+than|maximum\s+age(?:\s+of)?|max\.?\s+age(?:\s+of)?|age\s+limit(?:\s+of)?|up\s+to\s+(?:the\s+)?age(?:\s+of)?)\s?:?\s{0,3}(?<the>the\s+age\s+of\s+)?(?<n>\d{2})(?<qual>s(?!\w)|\s+(?:years?|yrs?\.?)\s+(?:old|of\s+age)(?!\w))?`,
  },
  // "moins de 30 ans" (not "moins de 10 ans d'expérience")
  { kind: 'ceiling', source: String.raw`(?<!\w)(?<key>moins\s+de|au\s+plus|maximum)\s+(?<n>\d{2})\s+ans(?!\w)(?!\s{0,3}(?:d['’]|de\s|dans))` },
  // "graduated in 2020 or later", "class of 2023 or after", "graduation after 2018", "graduated between 2019 and 2022"
  {
    kind: 'graduation',
    source: String.raw`(?<!\w)(?:graduat(?:ed|ing|ion|es?)|grads?|class(?=\s+of(?!\w))|diplômée?s?)(?!\p{L})(?:\s+[\p{L}\p{N}_'’-]+){0,3}?\s+(?<key>after|since|from|in|of|between|no\s+earlier\s+than|après|depuis|en|entre)\s+(?:\p{L}+\s+)?(?:19|20)\d{2}(?!\w)(?<qual>\s{0,3}(?:or|and|ou|et)\s+(?:later|after|newer|beyond|more\s+recently|plus\s+tard|après)|\s{0,3}on(?:wards?)?(?!\w)|\s{0,3}(?:-|–|and|to|or|et|à|ou)\s{0,3}(?:\p{L}+\s+)?(?:19|20)\d{2}(?!\w))?`,
  },
  // "graduated within the last two years", "within 2 years of graduation"
  { kind: 'graduationWindow', source: String.raw`(?<!\w)graduat(?:ed|ing|ion)(?!\w)(?:\s+[\p{L}\p{N}_'’-]+){0,3}?\s+within\s+the\s+(?:last|past|previous)\s+[\w-]+\s+(?:years?|months?)(?!\w)` },
  { kind: 'graduationWindow', source: String.raw`(?<!\w)within\s+(?:the\s+(?:last|past)\s+)?[\w-]+\s+(?:years?|months?)\s+of\s+(?:(?:your|their|his|her)\s+)?graduat(?:ed|ing|ion)(?!\w)` },
  // "no more than 3 years of experience", "a maximum of two years' experience", "5 years of experience or less"
  { kind: 'experienceCap', source: String.raw`(?<!\w)(?:no|not)\s+more\s+than\s+[\w-]+\s+(?:\(\d{1,2}\)\s+)?years?['’]?(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+experience(?!\w)` },
  { kind: 'experienceCap', source: String.raw`(?<!\w)(?:maximum|max\.?|at\s+most)\s+(?:of\s+)?[\w-]+\s+years?['’]?(?:\s+of)?(?:\s+[\w-]+){0,2}?\s+experience(?!\w)` },
  { kind: 'experienceCap', source: String.raw`(?<![\w-])[\w-]+\s+years?['’]?(?:\s+of)?(?:\s+[\w-]+){0,2}?\s+experience\s+or\s+(?:less|fewer)(?!\w)` },
  { kind: 'experienceCap', source: String.raw`(?<!\w)(?:pas\s+plus\s+de|au\s+plus|maximum(?:\s+de)?)\s+[\w-]+\s+ans\s+d['’]expérience(?!\w)` },
]
