/**
 * Wording that asks an applicant for current or past pay, for
 * `no-salary-history`. Written for postlint from the wording the
 * salary-history laws and their guidance name ("salary history", "current or
 * prior wage, benefits or other compensation": N.Y.C. Admin. Code
 * § 8-107(25), Cal. Lab. Code § 432.3, N.Y. Labor Law § 194-a, B.C. Pay
 * Transparency Act s. 3) and from how postings ask for it ("current CTC",
 * "last drawn salary", "pay stubs from your last job", "salaire actuel").
 * Asking for salary expectations ("desired salary", "expected CTC") is
 * allowed everywhere, so no entry names expectations alone.
 */
import type { PhraseEntry } from '../../src/linter/phrases.js'

/**
 * `current`: a pay word with a word that makes it the applicant's present or
 * past pay ("current salary", "last drawn CTC"); `history`: "salary history";
 * `document`: proof of pay (pay stubs, a W-2), asked for with a past job;
 * `federal`: the "rate of basic pay" an SF-50 shows, asked for as a document.
 */
export type SalaryAskKind = 'current' | 'history' | 'document' | 'federal'

export interface SalaryAsk {
  kind: SalaryAskKind
  /** What to write instead, replacing the whole match (none where no rewrite is clear). */
  replacement?: string
}

/** Words that make pay the applicant's own, present or past. */
const MODIFIERS_EN: readonly string[] = ['current', 'present', 'previous', 'prior', 'past', 'last', 'former', 'existing', 'last drawn', 'most recent']

/** Pay words, with the word to write after "desired" (CTC is asked for as "expected CTC"). */
const NOUNS_EN: ReadonlyArray<readonly [noun: string, instead: string]> = [
  ['salary', 'desired salary'],
  ['salaries', 'desired salary'],
  ['pay', 'desired pay'],
  ['compensation', 'desired compensation'],
  ['wage', 'desired wage'],
  ['wages', 'desired wage'],
  ['ctc', 'expected CTC'],
  ['earnings', 'desired pay'],
  ['remuneration', 'desired remuneration'],
  ['income', 'desired pay'],
  ['base salary', 'desired base salary'],
  ['base pay', 'desired base pay'],
  ['annual salary', 'desired annual salary'],
  ['rate of pay', 'desired rate of pay'],
  ['pay rate', 'desired pay rate'],
  ['hourly rate', 'desired hourly rate'],
  ['salary level', 'desired salary level'],
  ['total compensation', 'desired total compensation'],
  ['compensation package', 'desired compensation'],
  ['salary package', 'desired salary'],
  ['salary details', 'desired salary'],
]

/** "current and expected salary", "current/expected CTC": the expected half may stay. */
const JOINED = ['and', 'or', '']

function englishCurrent(): Array<PhraseEntry<SalaryAsk>> {
  const entries: Array<PhraseEntry<SalaryAsk>> = []
  for (const modifier of MODIFIERS_EN) {
    for (const [noun, instead] of NOUNS_EN) {
      entries.push({ phrase: `${modifier} ${noun}`, data: { kind: 'current', replacement: instead } })
      for (const joiner of JOINED) {
        const expected = instead.replace(/^desired /, 'expected ')
        entries.push({ phrase: `${modifier} ${joiner} expected ${noun}`.replace(/ {2}/g, ' '), data: { kind: 'current', replacement: expected } })
        entries.push({ phrase: `${modifier} ${joiner} desired ${noun}`.replace(/ {2}/g, ' '), data: { kind: 'current', replacement: instead } })
      }
    }
  }
  return entries
}

/** "the salary you currently earn": the applicant's present pay, asked without a pay noun after the modifier. */
const EARNING_VERBS: readonly string[] = [
  'you currently earn', 'you currently make', 'you are currently earning', 'you are currently making', 'you are currently paid',
  "you're currently earning", "you're currently making", "you're currently paid", 'you earn currently', 'you currently receive',
]

const HISTORY_EN: readonly string[] = [
  'salary history', 'salary histories', 'pay history', 'wage history', 'wages history', 'compensation history', 'earnings history',
  'remuneration history', 'salary history information', 'pay history information',
]

/** Proof of pay: reported only when asked for from a past or present job (see the rule). */
const DOCUMENTS: readonly string[] = [
  'pay stub', 'pay stubs', 'paystub', 'paystubs', 'pay slip', 'pay slips', 'payslip', 'payslips', 'salary slip', 'salary slips',
  'salary certificate', 'w-2', 'w-2s', 'w2', 'w2s', 'w-2 form', 'w-2 forms', 't4 slip', 't4 slips', 'form 16', 'offer letter from your current employer',
  'bulletin de paie', 'bulletins de paie', 'bulletin de salaire', 'bulletins de salaire', 'fiche de paie', 'fiches de paie', 'talon de paie', 'talons de paie',
]

/** French: the noun, its modifiers (both genders) and what to write instead. */
const FRENCH: ReadonlyArray<readonly [phrase: string, instead: string]> = [
  ['salaire actuel', 'salaire souhaité'],
  ['salaire présent', 'salaire souhaité'],
  ['salaire précédent', 'salaire souhaité'],
  ['salaire antérieur', 'salaire souhaité'],
  ['dernier salaire', 'salaire souhaité'],
  ['traitement actuel', 'traitement souhaité'],
  ['rémunération actuelle', 'rémunération souhaitée'],
  ['rémunération précédente', 'rémunération souhaitée'],
  ['rémunération antérieure', 'rémunération souhaitée'],
  ['dernière rémunération', 'rémunération souhaitée'],
  ['salaire actuel et souhaité', 'salaire souhaité'],
  ['salaire actuel et attendu', 'salaire souhaité'],
  ['historique salarial', 'attentes salariales'],
  ['historique de rémunération', 'attentes salariales'],
  ['historique des salaires', 'attentes salariales'],
  ['antécédents salariaux', 'attentes salariales'],
]

export const SALARY_ASKS: ReadonlyArray<PhraseEntry<SalaryAsk>> = [
  ...englishCurrent(),
  ...EARNING_VERBS.map((phrase) => ({ phrase, data: { kind: 'current' as const } })),
  ...HISTORY_EN.map((phrase) => ({ phrase, data: { kind: 'history' as const, replacement: 'salary expectations' } })),
  ...DOCUMENTS.map((phrase) => ({ phrase, data: { kind: 'document' as const } })),
  { phrase: 'rate of basic pay', data: { kind: 'federal' } },
  ...FRENCH.map(([phrase, instead]) => ({ phrase, data: { kind: phrase.startsWith('historique') || phrase.startsWith('antécédents') ? ('history' as const) : ('current' as const), replacement: instead } })),
]

/** Words that turn the sentence into a request of the applicant. */
export const REQUEST_WORDS: ReadonlySet<string> = new Set([
  'include', 'provide', 'submit', 'attach', 'send', 'state', 'indicate', 'list', 'disclose', 'share', 'tell', 'enclose', 'upload',
  'specify', 'mention', 'required', 'requested', 'require', 'requires', 'request', 'ask', 'must', 'should', 'please', 'need',
  'needs', 'mandatory', 'compulsory', 'kindly', 'answer', 'enter', 'quote', 'along', 'together', 'shows', 'show',
  'indiquer', 'indiquez', 'joindre', 'joignez', 'fournir', 'fournissez', 'préciser', 'précisez', 'mentionner', 'mentionnez', 'requis',
  'requise', 'exigé', 'exigée', 'demandé', 'demandée', 'veuillez', 'envoyer', 'envoyez', 'communiquer', 'transmettre', 'obligatoire',
])

/** Words that make a question of a sentence that ends with a question mark ("What is your current CTC?"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', "what's", 'how', 'which', 'quel', 'quelle', 'combien'])

/** Words right before a match that make the pay the applicant's. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['your', 'their', 'his', 'her', "applicant's", "candidate's", "applicants'", "candidates'", 'votre', 'vos', 'ton', 'ta', 'tes'])

/** Words right before a match that make the pay the employer's ("our current salary range"). */
export const EMPLOYER_WORDS: ReadonlySet<string> = new Set(['our', 'the', 'this', 'its', 'these', 'that', 'a', 'an', "company's", "position's", "role's", "job's", 'notre', 'nos', 'le', 'la', 'les', 'ce', 'cette'])

/** Words before "present salary" that make "present" a verb ("you will present salary benchmarks"). */
export const VERB_BEFORE: ReadonlySet<string> = new Set(['to', 'will', "you'll", "we'll", 'and', 'or', 'can', 'could', 'may', 'you', 'we', 'they', 'then', 'also'])

/** Words after a pay match that make it the job's pay or a pay practice ("current salary range", "last pay period"). */
export const NOT_ASKED_AFTER: ReadonlySet<string> = new Set([
  'range', 'ranges', 'scale', 'scales', 'band', 'bands', 'grade', 'grades', 'table', 'tables', 'schedule', 'schedules', 'structure',
  'structures', 'level', 'levels', 'period', 'periods', 'cycle', 'cycles', 'date', 'dates', 'day', 'days', 'check', 'cheque', 'status', 'system',
  'policy', 'policies', 'equity', 'gap', 'gaps', 'transparency', 'plan', 'plans', 'practices', 'freeze', 'rates', 'increase', 'increases',
  'raise', 'raises', 'adjustment', 'adjustments', 'data', 'survey', 'surveys', 'position', 'role', 'job', 'ban', 'bans', 'law', 'laws',
  'inquiries', 'inquiry', 'questions', 'question', 'records', 'record', 'files', 'reports', 'report', 'database', 'audits', 'benchmarks', 'benchmark',
  'benchmarking', 'trends', 'analysis', 'analyses', 'models', 'model', 'budget', 'budgets', 'forecast', 'forecasts', 'costs', 'expenses', 'market', 'committee',
  'committees', 'consultant', 'consultants', 'consulting', 'strategy', 'strategies', 'philosophy', 'program', 'programs', 'process', 'processes', 'administration',
  'regulations', 'rules', 'requirements', 'compliance', 'hour', 'employee', 'employees', 'worker', 'workers', 'contract', 'contracts', 'basis', 'only', 'hire',
])

/** Words that cancel a request: "we do not ask for salary history", "salary history will not be considered", "is prohibited". */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', "don't", "doesn't", "won't", 'cannot', "can't", "isn't", "aren't", "shouldn't", 'neither', 'nor', 'without',
  'prohibit', 'prohibits', 'prohibited', 'prohibiting', 'prohibition', 'ban', 'bans', 'banned', 'forbid', 'forbids', 'forbidden', 'unlawful', 'illegal',
  'instead', 'rather', 'ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'interdit', 'interdite', 'interdits',
])

/** Words after a proof-of-pay match that make it the kind of job ("a W-2 position"), not a document asked for. */
export const DOCUMENT_NOT_ASKED_AFTER: ReadonlySet<string> = new Set([
  'position', 'positions', 'role', 'roles', 'employee', 'employees', 'employment', 'contract', 'contractor', 'only', 'basis', 'job', 'jobs',
  'hire', 'hires', 'worker', 'workers', 'candidates', 'status', 'opportunity', 'preferred', 'w', 'with', 'via',
])

/** Words after a pay match that make it proof of pay ("last drawn salary slip"): still reported, with no rewrite offered. */
export const DOCUMENT_AFTER: ReadonlySet<string> = new Set(['slip', 'slips', 'stub', 'stubs', 'certificate', 'certificates', 'statement', 'statements', 'proof', 'letter', 'letters', 'document', 'documents', 'verification'])

/** Words that tie proof of pay to a past or present job. */
export const PAST_JOB_WORDS: ReadonlySet<string> = new Set([
  'previous', 'prior', 'last', 'former', 'recent', 'current', 'present', 'employer', 'employers', 'job', 'jobs', 'précédent', 'précédents',
  'dernier', 'derniers', 'actuel', 'employeur', 'emploi',
])

/** Section headings under which a bare list item is a request ("What to send: current salary"). */
export const REQUEST_HEADING = /\b(?:apply|applying|application|applications|how to|submit|submission|materials|documents|include|send|postuler|candidature|dossier)\b/i
