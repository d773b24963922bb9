/**
 * Wording of job advertisements that states a preference by sex, national
 * origin, religion, marital or family status, pregnancy, race or colour, or
 * looks, for `no-protected-preference`. Sources: Title VII § 704(b)
 * (42 U.S.C. § 2000e-3(b)) and 29 CFR 1604.5 ("female only"); the EEOC's
 * guidance on national origin (2016) on language and fluency requirements;
 * the hand labels of the corpus ("Native level proficiency in the Spanish
 * language is required" is a national-origin risk; "cloud-native", the
 * grounds named in a vaccination-policy exemption, employment-equity
 * processes and veterans' preference are not); the Canadian Human Rights
 * Act s. 8 (advertisements expressing a preference on a prohibited ground);
 * the Equality Act 2010 notes in jurisdictions.md; and phrasings read in
 * postings ("female candidates preferred", "native English speaker",
 * "Christian environment", "married couple preferred").
 *
 * Sex and religion words count only in the shapes that make them a
 * preference ("female only", "must be a man", "looking for a female",
 * "Christian candidates preferred"); the phrase lists below spell those
 * shapes out, so "women in tech" or "male applicants born after 1959"
 * never match.
 */
import type { PreferenceGround } from '../../src/jurisdictions/types.js'
import type { PhraseEntry } from '../../src/linter/phrases.js'

export type Ground = 'sex' | 'nationalOrigin' | 'language' | 'religion' | 'maritalStatus' | 'familyStatus' | 'pregnancy' | 'race' | 'appearance'

export interface PreferencePhrase {
  ground: Ground
  /** Report only when the sentence has a preference or requirement cue (see `PREFERENCE_CUES`). */
  needsCue?: boolean
  /** Report only when the sentence speaks of language ("near-native fluency", not "near-native performance"). */
  needsLanguage?: boolean
  /** Report only when the sentence has one of these words ("citizen of Canada by birth", not "by birth or adoption"). */
  needsWords?: readonly string[]
  /** A rewrite of the matched words that keeps the sentence grammatical; `$L` stands for the language as written. */
  replacement?: string
}

type Entry = PhraseEntry<PreferencePhrase>

const SEX_WORDS = ['female', 'females', 'male', 'males', 'woman', 'women', 'man', 'men', 'lady', 'ladies', 'gentleman', 'gentlemen', 'girl', 'girls', 'boy', 'boys']
/** Singular and adjective forms, for "looking for a female", "seeking a man". */
const SEX_SINGULAR = ['female', 'male', 'woman', 'man', 'lady', 'gentleman', 'girl', 'boy']
const ROLE_NOUNS = ['', 'candidate', 'candidates', 'applicant', 'applicants', 'staff', 'worker', 'workers', 'employee', 'employees', 'person', 'persons']
/** "Believer" is left out: "must be a believer in our mission". */
const RELIGIONS = ['christian', 'christians', 'catholic', 'catholics', 'protestant', 'muslim', 'muslims', 'jewish', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'mormon', 'evangelical']
/** "Single" only before a person noun: "must be single-sourced", "single sign-on preferred" are not about marriage. */
const MARITAL = ['married', 'single', 'unmarried']

/** Languages written after "native" ("native English speaker"). Hawaiian and American are left out: "Native Hawaiian", "Native American" are peoples. */
export const LANGUAGES: readonly string[] = [
  'english', 'french', 'spanish', 'german', 'italian', 'portuguese', 'dutch', 'mandarin', 'chinese', 'cantonese', 'japanese', 'korean', 'arabic', 'russian',
  'hindi', 'urdu', 'punjabi', 'bengali', 'tamil', 'vietnamese', 'tagalog', 'polish', 'ukrainian', 'turkish', 'greek', 'hebrew', 'persian', 'farsi', 'swedish',
  'norwegian', 'danish', 'finnish', 'czech', 'hungarian', 'romanian', 'thai', 'indonesian', 'malay', 'swahili',
]

const pref = (phrase: string, ground: Ground, extra: Omit<PreferencePhrase, 'ground'> = {}): Entry => ({ phrase, data: { ground, ...extra } })

function sexEntries(): Entry[] {
  const out: Entry[] = []
  for (const sex of SEX_WORDS) {
    for (const noun of ROLE_NOUNS) {
      const words = noun ? `${sex} ${noun}` : sex
      out.push(pref(`${words} only`, 'sex'), pref(`only ${words}`, 'sex'), pref(`${words} preferred`, 'sex'), pref(`${words} are preferred`, 'sex'), pref(`${words} is preferred`, 'sex'), pref(`${words} wanted`, 'sex'))
    }
    out.push(pref(`prefer ${sex}`, 'sex'), pref(`preferably ${sex}`, 'sex'), pref(`preference for ${sex}`, 'sex'), pref(`must be ${sex}`, 'sex'), pref(`should be ${sex}`, 'sex'))
  }
  for (const sex of SEX_SINGULAR) {
    for (const lead of ['must be a', 'should be a', 'preferably a', 'prefer a', 'looking for a', 'seeking a', 'searching for a']) out.push(pref(`${lead} ${sex}`, 'sex'))
    out.push(pref(`seeking ${sex}`, 'sex'), pref(`looking for ${sex}`, 'sex'))
  }
  return out
}

function religionEntries(): Entry[] {
  const out: Entry[] = []
  for (const faith of RELIGIONS) {
    out.push(pref(`must be ${faith}`, 'religion'), pref(`must be a ${faith}`, 'religion'), pref(`should be a ${faith}`, 'religion'), pref(`${faith} only`, 'religion'), pref(`${faith} preferred`, 'religion'))
    for (const noun of ['candidates', 'applicants', 'candidate', 'applicant']) out.push(pref(`${faith} ${noun} only`, 'religion'), pref(`${faith} ${noun} preferred`, 'religion'))
    for (const lead of ['practicing', 'practising', 'devout', 'committed']) out.push(pref(`${lead} ${faith}`, 'religion'))
    for (const place of ['environment', 'work environment', 'workplace']) out.push(pref(`${faith} ${place}`, 'religion'))
  }
  out.push(pref('born again christian', 'religion'), pref('must attend church', 'religion'), pref('active church member', 'religion'), pref('church member in good standing', 'religion'), pref('active member of a church', 'religion'))
  return out
}

function languageEntries(): Entry[] {
  const out: Entry[] = []
  for (const language of LANGUAGES) {
    out.push(
      pref(`native ${language} speaker`, 'language', { replacement: 'fluent $L speaker' }),
      pref(`native ${language} speakers`, 'language', { replacement: 'fluent $L speakers' }),
      pref(`native ${language}`, 'language', { replacement: 'fluent $L' }),
      pref(`${language} native speaker`, 'language', { replacement: 'fluent $L speaker' }),
      pref(`${language} native speakers`, 'language', { replacement: 'fluent $L speakers' }),
      pref(`native speaker of ${language}`, 'language', { replacement: 'fluent speaker of $L' }),
      pref(`native speakers of ${language}`, 'language', { replacement: 'fluent speakers of $L' }),
      pref(`${language} mother tongue`, 'language'),
      pref(`${language} as a first language`, 'language'),
      pref(`${language} as your first language`, 'language'),
      pref(`${language} as a mother tongue`, 'language'),
      pref(`${language} as your mother tongue`, 'language'),
    )
  }
  out.push(
    pref('native speaker', 'language', { replacement: 'fluent speaker' }),
    pref('native speakers', 'language', { replacement: 'fluent speakers' }),
    pref('native level proficiency', 'language', { replacement: 'full professional proficiency' }),
    pref('native level fluency', 'language', { replacement: 'full professional fluency' }),
    pref('native proficiency', 'language', { replacement: 'full professional proficiency' }),
    pref('native fluency', 'language', { replacement: 'full professional fluency' }),
    pref('native like fluency', 'language', { replacement: 'full professional fluency' }),
    pref('native like proficiency', 'language', { replacement: 'full professional proficiency' }),
    pref('native command', 'language', { needsLanguage: true }),
    pref('native level', 'language', { needsLanguage: true }),
    pref('native like', 'language', { needsLanguage: true }),
    pref('near native', 'language', { needsLanguage: true }),
    pref('mother tongue', 'language', { needsCue: true }),
    pref('must be your first language', 'language'),
    pref('whose first language is', 'language', { needsCue: true }),
    pref('locuteur natif', 'language'),
    pref('locutrice native', 'language'),
    pref('locuteurs natifs', 'language'),
    pref('de langue maternelle', 'language'),
    pref('langue maternelle', 'language', { needsCue: true }),
  )
  return out
}

export const PREFERENCE_PHRASES: readonly Entry[] = [
  ...sexEntries(),
  ...religionEntries(),
  ...languageEntries(),
  pref('by birth', 'nationalOrigin', { needsWords: ['citizen', 'citizens', 'citizenship', 'national', 'nationals', 'nationality'] }),
  ...['canadian', 'american', 'british', 'english', 'french', 'german', 'european'].map((nation) => pref(`${nation} born`, 'nationalOrigin', { needsCue: true })),
  ...['citizen by birth', 'citizens by birth', 'natural born citizen', 'natural born citizens', 'native born', 'must be born in', 'no foreigners', 'foreigners need not apply', 'no immigrants', 'immigrants need not apply'].map((phrase) => pref(phrase, 'nationalOrigin')),
  ...MARITAL.flatMap((status) => ['candidates', 'applicants', 'candidate', 'applicant', 'men', 'women', 'man', 'woman', 'couple', 'couples'].flatMap((noun) => [pref(`${status} ${noun} only`, 'maritalStatus'), pref(`${status} ${noun} preferred`, 'maritalStatus')])),
  ...['must be married', 'must be unmarried', 'married only', 'married preferred'].map((phrase) => pref(phrase, 'maritalStatus')),
  pref('married couple', 'maritalStatus', { needsCue: true }),
  pref('married couples', 'maritalStatus', { needsCue: true }),
  ...['no children', 'without children', 'childless', 'no kids', 'no dependants', 'no dependents', 'no family commitments', 'without family commitments', 'free of family commitments', 'free from family commitments'].map((phrase) => pref(phrase, 'familyStatus', { needsCue: true })),
  ...['no pregnant', 'not pregnant', 'not be pregnant', 'non pregnant', 'pregnant women need not apply'].map((phrase) => pref(phrase, 'pregnancy')),
  ...['whites only', 'white only', 'white candidates', 'white applicants', 'caucasian', 'fair skinned', 'fair skin', 'light skinned', 'light skin'].map((phrase) => pref(phrase, 'race', { needsCue: true })),
  ...['attractive appearance', 'physically attractive', 'must be attractive', ...[...SEX_WORDS, 'candidate', 'candidates', 'person', 'people', 'staff'].flatMap((who) => [`attractive ${who}`, `good looking ${who}`])].map((phrase) => pref(phrase, 'appearance')),
  ...['pleasing appearance', 'pleasant appearance'].map((phrase) => pref(phrase, 'appearance', { needsCue: true })),
]

/** Words of a sentence that make "mother tongue", "married couple" or "fair skin" a condition of the job. */
export const PREFERENCE_CUES: ReadonlySet<string> = new Set([
  'must', 'required', 'require', 'requires', 'requirement', 'mandatory', 'essential', 'only', 'preferred', 'prefer', 'preferably', 'preference', 'ideal', 'ideally', 'seeking', 'looking', 'wanted', 'candidate', 'candidates', 'applicant', 'applicants', 'should',
  'exigée', 'exigé', 'requise', 'requis', 'obligatoire', 'essentielle', 'doit', 'devez', 'idéalement', 'souhaitée', 'candidat', 'candidate', 'candidats', 'candidates',
])

/** Words that make a sentence about language ("near-native fluency in French"). */
export const LANGUAGE_WORDS: ReadonlySet<string> = new Set([...LANGUAGES, 'fluency', 'fluent', 'proficiency', 'proficient', 'speaker', 'speakers', 'speaking', 'spoken', 'written', 'language', 'languages', 'bilingual'])

/** Words before or after a sex word that make it something else: "the only female engineer", "women-owned", "a man of his word". */
export const SEX_AFTER_SKIP: ReadonlySet<string> = new Set([
  'owned', 'led', 'founded', 'run', 'majority', 'focused', 'friendly', 'oriented', 'centric', 'dominated', 'of', 'or', 'and', "men's", "women's",
  // "a women-only mentorship circle": a programme or a place, not the job.
  'mentorship', 'mentoring', 'network', 'networks', 'group', 'groups', 'circle', 'circles', 'event', 'events', 'space', 'spaces', 'program', 'programs', 'programme',
  'scholarship', 'scholarships', 'league', 'retreat', 'dormitory', 'facility', 'facilities', 'bathroom', 'bathrooms', 'restroom', 'restrooms', 'washroom', 'washrooms', 'changing', 'locker',
])

/** Words before a language phrase that make it about others ("non-native speakers", "translate into their mother tongue", "serve native Spanish speakers"). */
export const LANGUAGE_BEFORE_SKIP: ReadonlySet<string> = new Set(['non', 'into', 'from', 'serve', 'serves', 'serving', 'support', 'supporting', 'help', 'helping', 'reach', 'reaching', 'assist', 'assisting', 'teach', 'teaching', 'interview', 'interviewing', 'with'])

/** "For" before a language phrase is about others ("content for native speakers") unless a search precedes it ("looking for native speakers"). */
export const SEARCH_WORDS: ReadonlySet<string> = new Set(['looking', 'searching', 'seeking', 'hiring', 'preference', 'preferably', 'ideally'])

/**
 * What may follow a shape ending in "only" for it to be about the job ("female only.", "men only need apply",
 * "women only for this role"); any other word makes it a compound ("a women-only gym", "girls only coding club").
 */
export const ONLY_FOLLOWERS: ReadonlySet<string> = new Set(['need', 'may', 'can', 'should', 'will', 'please', 'apply', 'applicants', 'candidates', 'considered', 'accepted', 'to', 'for', 'as', 'position', 'role', 'job', 'vacancy', 'preferred'])

/** People a language phrase may describe instead of the applicant ("clients whose first language is not English"). */
export const CLIENT_WORDS: ReadonlySet<string> = new Set(['client', 'clients', 'user', 'users', 'customer', 'customers', 'patient', 'patients', 'student', 'students', 'resident', 'residents', 'community', 'communities', 'families', 'visitors', 'audience', 'audiences', 'readers', 'learners', 'newcomers', 'public'])

/** Words showing the sentence speaks of the applicant. */
export const APPLICANT_WORDS: ReadonlySet<string> = new Set(['you', 'your', 'candidate', 'candidates', 'applicant', 'applicants', 'must', 'required', 'requirement', 'vous', 'candidat', 'candidats'])
export const SEX_BEFORE_SKIP: ReadonlySet<string> = new Set(['the', 'our', 'their', 'his', 'her', 'its', 'an', 'first'])

/** Lawful special programs: a sentence or paragraph with these words is an employment-equity or outreach measure (Canadian Human Rights Act s. 16; Employment Equity Act). */
export const EQUITY_CUES: readonly string[] = ['employment equity', 'équité en matière d emploi', 'designated group', 'designated groups', 'self declare', 'self declaration', 'self identify', 'special program', 'visible minorities', 'indigenous', 'racialized', 'auto déclaration', 'groupes désignés']

/** Sentences of this kind restate the law, not a preference (the male-only Selective Service duty, 5 U.S.C. § 3328). */
export const LEGAL_DUTY_CUES: readonly string[] = ['selective service', 'born after']

/** What the wording does, for messages. */
export const GROUND_WHAT: Readonly<Record<Ground, string>> = {
  sex: 'states a preference by sex',
  nationalOrigin: 'states a preference by national origin',
  language: 'ties the language requirement to being a native speaker, which is national origin, not skill',
  religion: 'states a preference by religion',
  maritalStatus: 'states a preference by marital status',
  familyStatus: 'states a preference by family status',
  pregnancy: 'excludes pregnant applicants, which is sex discrimination',
  race: 'states a preference by race or colour',
  appearance: 'asks for good looks, a stand-in for sex and age',
}

export const GROUND_ADVICE: Readonly<Record<Ground, string>> = {
  sex: 'Describe the work; if sex is a genuine occupational requirement, say why.',
  nationalOrigin: 'State the work authorization the job needs, not where applicants were born.',
  language: "Ask for the level of the language the work needs: 'fluent in English', 'full professional proficiency in Spanish'.",
  religion: 'Describe the work; a religious employer relying on its exemption should say so.',
  maritalStatus: 'Describe the work and its hours, not the household applicants live in.',
  familyStatus: 'Describe the hours, travel or availability the work needs instead.',
  pregnancy: 'Describe the physical demands of the work instead.',
  race: 'Describe the work, not the applicant.',
  appearance: "Describe the work; for a dress code, say 'professional attire'.",
}

/**
 * The ground of the jurisdiction data (`forbids.protectedPreference`) each
 * preference falls under: a language requirement is a national-origin
 * question (EEOC guidance on language rules); appearance is no ground.
 */
export const GROUND_IN_LAW: Readonly<Record<Ground, PreferenceGround | null>> = {
  sex: 'sex',
  nationalOrigin: 'nationalOrigin',
  language: 'nationalOrigin',
  religion: 'religion',
  pregnancy: 'pregnancy',
  race: 'race',
  maritalStatus: 'maritalStatus',
  familyStatus: 'familyStatus',
  appearance: null,
}

/** What a message names where the data has no law for the ground and place. */
export const PREFERENCE_FALLBACK: Readonly<Record<string, string>> = {
  CA: 'the Canadian Human Rights Act (s. 8) and the provincial human-rights codes',
  US: 'many state and local human-rights laws',
  default: 'equal-treatment law in most places (Title VII in the US, the Equality Act 2010 in the UK, human-rights codes in Canada)',
}
