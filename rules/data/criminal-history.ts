/**
 * Wording about criminal records and background checks, for
 * `no-criminal-history-screen`. Written for postlint from the wording the
 * fair-chance laws and their guidance name: "No felons", "Must have clean
 * record" (Cal. Code Regs. tit. 2 § 11017.1), "no criminal background"
 * (Washington Fair Chance Act, RCW 49.94), "must pass background check"
 * (Los Angeles County Fair Chance Ordinance), any mention of criminal
 * history or background checks before an offer (New York City Fair Chance
 * Act; Philadelphia Code ch. 9-3500), and from how postings phrase them.
 */
import type { PhraseEntry } from '../../src/linter/phrases.js'

/**
 * `exclusion`: shuts out people with records by itself ("no felons", "clean
 * record"); `pass`: a check the applicant must pass ("must pass a background
 * check"), an exclusion unless softened or required by law; `record`: a
 * mention of records, an exclusion when the sentence excludes ("felony
 * convictions will disqualify"); `check`: a background check, a mention.
 */
export type RecordKind = 'exclusion' | 'pass' | 'record' | 'check'

export interface RecordTerm {
  kind: RecordKind
  /** Words other requirements use too ("clean record"): reported only in a sentence that requires, not about driving. */
  generic?: boolean
}

const EXCLUSIONS: readonly string[] = [
  'no felons', 'no felonies', 'no felony', 'no felony convictions', 'no felony or misdemeanor convictions', 'no criminal history', 'no criminal histories',
  'no criminal record', 'no criminal records', 'no criminal background', 'no criminal backgrounds', 'no criminal convictions', 'no prior convictions',
  'no ex offenders', 'no ex-offenders', 'no ex-cons', 'no ex cons', 'clean criminal record', 'clean criminal history', 'clean criminal background',
  'clear criminal record', 'clean police record', 'clean police check', 'clean background check', 'spotless criminal record',
  'felons need not apply', 'felons will not be considered', 'never been convicted', 'not have been convicted', 'never been arrested',
  'free of criminal convictions', 'free of convictions', 'free of any criminal', 'criminal record free', 'must not have a criminal', 'must not have any criminal',
  'must not have a felony', 'must not have any felony', 'must have no criminal', 'must have no felony', 'must have no felonies',
  'without a criminal record', 'without any criminal record', 'without criminal record', 'without a criminal history', 'without any criminal history',
  'without a felony', 'without any felony', 'without any convictions', 'without convictions',
  'casier judiciaire vierge', 'aucun antécédent judiciaire', 'aucun antécédent criminel', 'aucuns antécédents judiciaires', 'sans antécédents judiciaires',
  'sans antécédent judiciaire', 'sans casier judiciaire', 'aucun casier judiciaire',
]

/**
 * Exclusions in words other requirements also use ("a clean driving record",
 * "product photos on a clean background"): reported only in a sentence that
 * states a requirement and is not about driving.
 */
const GENERIC_EXCLUSIONS: readonly string[] = ['clean record', 'clean background', 'spotless record', 'no convictions']

/** "pass a background check", "clear a criminal background investigation", "pass a drug test and background check". */
function passEntries(): string[] {
  const entries: string[] = []
  for (const verb of ['pass', 'passes', 'passing', 'clear', 'clears', 'clearing']) {
    for (const object of ['background', '* background', '* * background', '* * * background', '* * * * background', 'criminal', '* criminal', 'police check', '* police check']) entries.push(`${verb} ${object}`)
  }
  return entries
}

const RECORDS: readonly string[] = [
  'felony', 'felonies', 'felon', 'felons', 'criminal record', 'criminal records', 'criminal history', 'criminal histories', 'criminal background',
  'criminal backgrounds', 'criminal conviction', 'criminal convictions', 'felony conviction', 'felony convictions', 'misdemeanor conviction',
  'misdemeanor convictions', 'prior conviction', 'prior convictions', 'any conviction', 'any convictions', 'conviction record', 'conviction records',
  'conviction history', 'arrest record', 'arrest records', 'criminal offence', 'criminal offences', 'criminal offense', 'criminal offenses',
  'convicted of', 'been convicted', 'ex offenders', 'ex-offenders', 'casier judiciaire', 'antécédents judiciaires', 'antécédents criminels',
]

const CHECKS: readonly string[] = [
  'background check', 'background checks', 'background screening', 'background screen', 'background screenings', 'background investigation',
  'background investigations', 'criminal background check', 'criminal history check', 'criminal record check', 'criminal records check',
  'police check', 'police record check', 'police clearance', 'fingerprinting', 'fingerprint check', 'live scan', 'drug and background',
  'vérification des antécédents', 'vérification du casier judiciaire',
]

export const RECORD_TERMS: ReadonlyArray<PhraseEntry<RecordTerm>> = [
  ...EXCLUSIONS.map((phrase) => ({ phrase, data: { kind: 'exclusion' as const } })),
  ...GENERIC_EXCLUSIONS.map((phrase) => ({ phrase, data: { kind: 'exclusion' as const, generic: true } })),
  ...passEntries().map((phrase) => ({ phrase, data: { kind: 'pass' as const } })),
  ...RECORDS.map((phrase) => ({ phrase, data: { kind: 'record' as const } })),
  ...CHECKS.map((phrase) => ({ phrase, data: { kind: 'check' as const } })),
]

/**
 * What the rest of a sentence says about records: `exclusion` makes a
 * mention of records an exclusion ("will not be considered"); `fair` makes
 * it an invitation ("will be considered", "case by case"); `soft` makes a
 * check a step after the offer ("contingent on"); `legal` a requirement of
 * law (a security clearance, a suitability investigation, a licensing
 * board); `driving` a driving-record requirement.
 */
export type RecordCue = 'exclusion' | 'fair' | 'soft' | 'legal' | 'driving'

const CUES: Readonly<Record<RecordCue, readonly string[]>> = {
  exclusion: [
    'need not apply', 'not be considered', 'not be eligible', 'not eligible', 'ineligible', 'disqualify', 'disqualifies', 'disqualified', 'disqualifying',
    'disqualification', 'not be hired', 'not hire', 'will be rejected', 'be rejected', 'barred', 'be excluded', 'must not have', 'may not have',
    'must have no', 'cannot have', "can't have", 'should not have', 'not allowed', 'not accepted', 'not be accepted', 'cannot be considered',
    'unable to consider', 'not considered', 'no one with', 'nobody with', 'no applicants with', 'no candidates with',
  ],
  fair: [
    'will be considered', 'will still be considered', 'are considered', 'is considered', 'will consider', 'we consider', 'consider qualified',
    'case by case', 'individualized assessment', 'individualised assessment', 'individual assessment', 'fair chance', 'second chance', 'encourage',
    'encouraged', 'welcome', 'welcomes', 'not automatically', 'not necessarily', 'automatic bar', 'not an automatic', 'does not disqualify',
  ],
  soft: [
    'contingent', 'conditional', 'conditioned', 'subject to', 'dependent on', 'dependent upon', 'after an offer', 'after a conditional offer',
    'following an offer', 'post offer', 'once an offer', 'upon acceptance', 'upon offer', 'after the offer', 'after receiving an offer',
  ],
  legal: [
    'security clearance', 'clearance', 'clearances', 'public trust', 'suitability', 'national security', 'top secret', 'secret', 'ts sci',
    'required by law', 'required by state law', 'required by federal law', 'required by the state', 'required by statute', 'required by regulation',
    'by law', 'mandated by', 'state law', 'federal law', 'statute', 'statutory', 'regulation', 'regulations', 'regulatory', 'licensing', 'licensure',
    'vulnerable sector', 'working with children', 'reliability status', 'cote de fiabilité', 'cote de sécurité', 'habilitation de sécurité', 'finra', 'cjis',
    'federal employment', 'suitable for federal employment', 'investigation level', 'tier * investigation', 'single scope', 'competitive service', 'excepted service',
  ],
  driving: ['driving', "driver's", 'drivers', 'driver', 'license', 'licence', 'motor vehicle', 'mvr', 'dmv', 'dui', 'dwi', 'cdl'],
}

export const RECORD_CUES: ReadonlyArray<PhraseEntry<RecordCue>> = Object.entries(CUES).flatMap(([cue, phrases]) => phrases.map((phrase) => ({ phrase, data: cue as RecordCue })))

/** Words that make a sentence state a requirement, for the generic exclusions ("must have a clean record", "clean background required"). */
export const REQUIREMENT_WORDS: ReadonlySet<string> = new Set(['must', 'have', 'has', 'having', 'required', 'require', 'requires', 'need', 'needs', 'should', 'possess', 'preferred', 'only', 'mandatory', 'essential'])

/** Words after "no criminal record" and the other exclusions that start with "no" that make it a statement about the process ("no criminal record checks", "no criminal history questions"). */
export const PROCESS_AFTER: ReadonlySet<string> = new Set([
  'check', 'checks', 'screening', 'screenings', 'inquiries', 'inquiry', 'questions', 'question', 'box', 'boxes', 'disclosure', 'disclosures', 'required', 'needed', 'requirement', 'requirements',
])

/** Words that, a few words before a match or a cue, turn it around ("does not require a clean record", "will not automatically disqualify"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "don't", "doesn't", "won't", "isn't", "aren't", 'cannot', "can't", 'without', 'nor', 'neither', 'ne', 'pas', 'jamais'])

/** Nouns that end a "pass a background …" phrase; the report covers them ("pass a background check"). */
export const CHECK_NOUNS: ReadonlySet<string> = new Set(['check', 'checks', 'investigation', 'investigations', 'screening', 'screenings', 'screen', 'screens', 'history', 'record', 'records', 'verification', 'test', 'tests'])

/** Verbs that make a check or a record the job's work, not the applicant's ("coordinate background checks for new hires"), just before a mention. */
export const DUTY_VERBS: ReadonlySet<string> = new Set([
  'coordinate', 'coordinates', 'coordinating', 'conduct', 'conducts', 'conducting', 'manage', 'manages', 'managing', 'process', 'processes', 'processing',
  'administer', 'administers', 'administering', 'oversee', 'oversees', 'overseeing', 'perform', 'performs', 'performing', 'review', 'reviews', 'reviewing',
  'run', 'runs', 'running', 'order', 'orders', 'ordering', 'initiate', 'initiates', 'initiating', 'track', 'tracks', 'tracking', 'handle', 'handles',
  'handling', 'schedule', 'schedules', 'scheduling', 'facilitate', 'facilitates', 'facilitating', 'analyze', 'analyzes', 'analyzing', 'analyse', 'research',
  'researching', 'audit', 'auditing', 'investigate', 'investigating', 'build', 'building', 'design', 'designing', 'develop', 'developing', 'support', 'supporting',
])

/** Words after a record or a check that make it a subject, not the applicant's ("criminal history data", "background check software"). */
export const NOT_ABOUT_APPLICANT_AFTER: ReadonlySet<string> = new Set([
  'data', 'database', 'databases', 'system', 'systems', 'repository', 'reform', 'research', 'policy', 'policies', 'law', 'laws', 'statute', 'statutes',
  'legislation', 'unit', 'units', 'division', 'team', 'teams', 'software', 'vendor', 'vendors', 'industry', 'company', 'companies', 'services', 'provider',
  'providers', 'platform', 'platforms', 'product', 'products', 'api', 'apis', 'process', 'processes', 'program', 'programs', 'requests', 'reports', 'files',
])

/** Words that make a mention of records the applicant's ("have you ever been convicted", "candidates' criminal history"). */
export const APPLICANT_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', "you're", "you've", 'applicant', 'applicants', "applicant's", "applicants'", 'candidate', 'candidates', "candidate's", "candidates'",
  'hire', 'hires', 'hiring', 'selectee', 'selectees', 'selected', 'offer', 'offers', 'employment', 'apply', 'applying', 'application', 'applications',
  'eligible', 'eligibility', 'considered', 'required', 'must', 'vous', 'votre', 'candidat', 'candidats', 'embauche',
])

/** Headings of sections whose checks are legal requirements ("Security clearance", "Suitability"). */
export const LEGAL_HEADING = /\b(?:security|clearance|suitability|public trust|sécurité|fiabilité)\b/i
