/**
 * Word lists for the pay parser (`pay.ts`): currency markers, multipliers,
 * pay periods, the words that open or close a range, the cue words that say
 * what a figure is (pay, a bonus, funding raised, revenue, a stipend, a
 * benefit, a price, a budget), and the phrases that talk about pay without
 * giving a figure.
 *
 * Sources: ISO 4217 for the currency codes and the usual symbols written
 * before or after figures (CLDR currency data); the period, range and
 * open-ended wordings, cue words and vague phrases were collected from the
 * postings in the project corpus (`tts-join`, `cds-canada`: GS step
 * ranges, "maximum salary available", "competitive salary", "salaire
 * concurrentiel"), common job-board wordings, and the examples the
 * project's legal notes give of what the laws reject
 * (/work/shared/docs/jurisdictions.md: vague "competitive", "DOE",
 * "negotiable"; open-ended "up to $X", "$X+", "starting at $X", "$15/hr
 * and up", "maximum $50,000"; "pay scale").
 *
 * Everything here is lower case except where case matters (currency
 * markers, `DOE`). `pay.ts` compiles each list into one pattern or one map;
 * nothing is matched entry by entry.
 */
import type { OtherMoney, PayPeriod } from './types.js'

/** A currency code, or `null` for a bare dollar sign that the posting's country resolves. */
export type CurrencyCode = string | null

/**
 * Markers written before a figure (`US$120,000`, `€45.000`, `CAD 90,000`).
 * Longest first: the parser takes the first that ends right before the figure.
 */
export const PREFIX_CURRENCIES: ReadonlyArray<readonly [marker: string, code: CurrencyCode]> = [
  ['$CAD', 'CAD'],
  ['CAD$', 'CAD'],
  ['CAN$', 'CAD'],
  ['$USD', 'USD'],
  ['USD$', 'USD'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['CA$', 'CAD'],
  ['CAD', 'CAD'],
  ['AU$', 'AUD'],
  ['AUD', 'AUD'],
  ['NZ$', 'NZD'],
  ['NZD', 'NZD'],
  ['HK$', 'HKD'],
  ['HKD', 'HKD'],
  ['SGD', 'SGD'],
  ['MX$', 'MXN'],
  ['MXN', 'MXN'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['CHF', 'CHF'],
  ['INR', 'INR'],
  ['Rs.', 'INR'],
  ['JPY', 'JPY'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  ['PLN', 'PLN'],
  ['BRL', 'BRL'],
  ['ZAR', 'ZAR'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['Rs', 'INR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['¥', 'JPY'],
  ['$', null],
]

/**
 * Markers written after a figure (`73 000 $`, `120k USD`, `55.000 €`,
 * `50,000 dollars`). Matched case-insensitively for the words, exactly for
 * the symbols.
 */
export const SUFFIX_CURRENCIES: ReadonlyArray<readonly [marker: string, code: CurrencyCode]> = [
  ['$ CAD', 'CAD'],
  ['$CAD', 'CAD'],
  ['$ CA', 'CAD'],
  ['$CA', 'CAD'],
  ['$ US', 'USD'],
  ['$US', 'USD'],
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['USD', 'USD'],
  ['CAD', 'CAD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['CHF', 'CHF'],
  ['AUD', 'AUD'],
  ['NZD', 'NZD'],
  ['INR', 'INR'],
  ['JPY', 'JPY'],
  ['SEK', 'SEK'],
  ['NOK', 'NOK'],
  ['DKK', 'DKK'],
  ['PLN', 'PLN'],
  ['dollars', null],
  ['dollar', null],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['$', null],
]

/** Multipliers written after a figure (`$120K`, `$1.2M`, `$5+MM`, `€1,5 Mio.`, `₹12 lakh`). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  mille: 1e3,
  tsd: 1e3,
  'tsd.': 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mio: 1e6,
  'mio.': 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  mrd: 1e9,
  'mrd.': 1e9,
  milliard: 1e9,
  milliards: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
}

/** Multipliers that may stand one space after the figure (`$120 K`, `1.2 million`); the other letters must touch it. */
export const SPACED_MULTIPLIERS: ReadonlySet<string> = new Set(['k', 'thousand', 'mille', 'tsd', 'tsd.', 'mio', 'mio.', 'million', 'millions', 'billion', 'billions', 'mrd', 'mrd.', 'milliard', 'milliards', 'lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores'])

/** Pay periods written after the figure: `/hr`, `per year`, `p.a.`, `brutto/Jahr` (the `brutto` is a lead word, below), `par année`. */
export const PERIOD_AFTER: Readonly<Record<string, PayPeriod>> = {
  '/hr': 'hour',
  '/hour': 'hour',
  '/h': 'hour',
  '/ hr': 'hour',
  '/ hour': 'hour',
  'per hour': 'hour',
  'per hr': 'hour',
  'an hour': 'hour',
  'an hr': 'hour',
  'a hour': 'hour',
  hourly: 'hour',
  'p/h': 'hour',
  "de l'heure": 'hour',
  "l'heure": 'hour',
  "à l'heure": 'hour',
  'par heure': 'hour',
  '/heure': 'hour',
  '/std.': 'hour',
  '/std': 'hour',
  '/stunde': 'hour',
  'pro stunde': 'hour',
  'die stunde': 'hour',
  '/day': 'day',
  'per day': 'day',
  'a day': 'day',
  daily: 'day',
  'par jour': 'day',
  '/jour': 'day',
  'pro tag': 'day',
  '/tag': 'day',
  '/week': 'week',
  '/wk': 'week',
  'per week': 'week',
  'a week': 'week',
  weekly: 'week',
  'par semaine': 'week',
  '/semaine': 'week',
  'pro woche': 'week',
  '/woche': 'week',
  '/month': 'month',
  '/mo.': 'month',
  '/mo': 'month',
  'per month': 'month',
  'per mo': 'month',
  'a month': 'month',
  monthly: 'month',
  'par mois': 'month',
  '/mois': 'month',
  mensuellement: 'month',
  'pro monat': 'month',
  '/monat': 'month',
  'im monat': 'month',
  monatlich: 'month',
  '/year': 'year',
  '/yr': 'year',
  '/annum': 'year',
  'per year': 'year',
  'per yr': 'year',
  'per annum': 'year',
  'a year': 'year',
  annually: 'year',
  yearly: 'year',
  annual: 'year',
  'p.a.': 'year',
  'p. a.': 'year',
  'p.a': 'year',
  pa: 'year',
  'par année': 'year',
  'par an': 'year',
  '/année': 'year',
  '/an': 'year',
  "l'an": 'year',
  annuellement: 'year',
  '/jahr': 'year',
  'pro jahr': 'year',
  'im jahr': 'year',
  jährlich: 'year',
}

/** Words that may stand between a figure and its period: `€55.000 brutto/Jahr`, `$120K USD per year`, `$90,000 gross per year`. */
export const PERIOD_LEAD_WORDS: readonly string[] = ['gross', 'brutto', 'bruto', 'base', 'before tax', 'before taxes', 'pre-tax', 'usd', 'cad', 'eur', 'gbp', 'chf']

/** Words naming the period before the figure: `annual salary of $X`, `hourly rate: $X`, `salaire annuel`, `Jahresgehalt`. */
export const PERIOD_WORDS_BEFORE: Readonly<Record<string, PayPeriod>> = {
  annual: 'year',
  annually: 'year',
  annualized: 'year',
  yearly: 'year',
  hourly: 'hour',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  annuel: 'year',
  annuelle: 'year',
  horaire: 'hour',
  mensuel: 'month',
  mensuelle: 'month',
  hebdomadaire: 'week',
  quotidien: 'day',
  jahresgehalt: 'year',
  bruttojahresgehalt: 'year',
  jährlich: 'year',
  stundenlohn: 'hour',
  monatsgehalt: 'month',
}

/** What a phrase right before a single figure makes of it: `up to $60,000` (a ceiling), `starting at $20` (a floor). */
export type OpenRole = 'max' | 'min' | 'range'

/**
 * Phrases right before a figure, as words. `range` phrases open a range
 * (`between $X and $Y`, `from $X to $Y`); a `from` before a lone figure is a floor.
 */
export const PHRASES_BEFORE: ReadonlyArray<readonly [words: string, role: OpenRole]> = [
  ['up to', 'max'],
  ['upto', 'max'],
  ['to a maximum of', 'max'],
  ['a maximum of', 'max'],
  ['maximum of', 'max'],
  ['maximum', 'max'],
  ['max', 'max'],
  ['no more than', 'max'],
  ['as much as', 'max'],
  ['not to exceed', 'max'],
  ["jusqu'à", 'max'],
  ["jusqu'a", 'max'],
  ['bis zu', 'max'],
  ['maximal', 'max'],
  ['starting at', 'min'],
  ['starting from', 'min'],
  ['starts at', 'min'],
  ['start at', 'min'],
  ['beginning at', 'min'],
  ['minimum of', 'min'],
  ['a minimum of', 'min'],
  ['minimum', 'min'],
  ['min', 'min'],
  ['at least', 'min'],
  ['no less than', 'min'],
  ['upwards of', 'min'],
  ['in excess of', 'min'],
  ['more than', 'min'],
  ['à partir de', 'min'],
  ['a partir de', 'min'],
  ['au moins', 'min'],
  ['dès', 'min'],
  ['ab', 'min'],
  ['mindestens', 'min'],
  ['from', 'range'],
  ['between', 'range'],
  ['entre', 'range'],
  ['de', 'range'],
  ['du', 'range'],
  ['von', 'range'],
  ['zwischen', 'range'],
]

/** Range openers that need `and`/`et`/`und` to close them (`between $X and $Y`); `from`/`de`/`von` close with `to`/`à`/`bis`. */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set(['between', 'entre', 'zwischen'])

/** Range openers that are a floor when no second figure follows (`from $X`). */
export const FLOOR_WHEN_ALONE: ReadonlySet<string> = new Set(['from'])

/** Phrases after a figure that leave it open above: `$20/hour and up`, `$90,000 or more`. */
export const PHRASES_AFTER_OPEN: readonly string[] = ['and up', 'and above', 'and higher', 'or more', 'or higher', 'or above', 'et plus', 'ou plus', 'und mehr', 'oder mehr']

/** Words a little before a lone figure that make it a ceiling or floor (`the maximum salary available … is $183,500`). */
export const BOUND_WORDS: Readonly<Record<string, 'max' | 'min'>> = {
  maximum: 'max',
  max: 'max',
  ceiling: 'max',
  cap: 'max',
  capped: 'max',
  exceeds: 'max',
  minimum: 'min',
  floor: 'min',
}

/** Words that announce a range, whatever figures follow (`salary range`, `pay band`, `pay scale`, `fourchette salariale`). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['range', 'ranges', 'band', 'bands', 'scale', 'scales', 'fourchette', 'échelle', 'échelles', 'spanne', 'gehaltsspanne', 'gehaltsband', 'bandbreite', 'rango'])

export type Cue = 'pay' | OtherMoney['kind'] | 'budget'

/**
 * Words that say what a nearby figure is. `budget` is a budget managed
 * (kind `other`) unless a stipend word qualifies it (`home-office budget`,
 * `learning budget`).
 */
export const CUE_WORDS: Readonly<Record<string, Cue>> = {
  // pay
  salary: 'pay',
  salaries: 'pay',
  salaried: 'pay',
  pay: 'pay',
  pays: 'pay',
  paid: 'pay',
  paying: 'pay',
  payrate: 'pay',
  wage: 'pay',
  wages: 'pay',
  compensation: 'pay',
  compensated: 'pay',
  remuneration: 'pay',
  earn: 'pay',
  earns: 'pay',
  earning: 'pay',
  ote: 'pay',
  rate: 'pay',
  rates: 'pay',
  base: 'pay',
  salaire: 'pay',
  salaires: 'pay',
  rémunération: 'pay',
  rémunéré: 'pay',
  rémunérée: 'pay',
  traitement: 'pay',
  gehalt: 'pay',
  jahresgehalt: 'pay',
  bruttojahresgehalt: 'pay',
  monatsgehalt: 'pay',
  vergütung: 'pay',
  lohn: 'pay',
  stundenlohn: 'pay',
  bezahlung: 'pay',
  // bonuses and other variable pay
  bonus: 'bonus',
  bonuses: 'bonus',
  signing: 'bonus',
  'sign-on': 'bonus',
  signon: 'bonus',
  referral: 'bonus',
  retention: 'bonus',
  commission: 'bonus',
  commissions: 'bonus',
  incentive: 'bonus',
  prime: 'bonus',
  primes: 'bonus',
  prämie: 'bonus',
  // funding raised
  raised: 'funding',
  raising: 'funding',
  funding: 'funding',
  funded: 'funding',
  financing: 'funding',
  investors: 'funding',
  investor: 'funding',
  investment: 'funding',
  invested: 'funding',
  venture: 'funding',
  backed: 'funding',
  valuation: 'funding',
  valued: 'funding',
  seed: 'funding',
  levée: 'funding',
  financement: 'funding',
  investisseurs: 'funding',
  finanzierung: 'funding',
  // revenue
  revenue: 'revenue',
  revenues: 'revenue',
  arr: 'revenue',
  mrr: 'revenue',
  sales: 'revenue',
  turnover: 'revenue',
  gmv: 'revenue',
  bookings: 'revenue',
  profit: 'revenue',
  profits: 'revenue',
  ebitda: 'revenue',
  chiffre: 'revenue',
  umsatz: 'revenue',
  // stipends and allowances
  stipend: 'stipend',
  stipends: 'stipend',
  allowance: 'stipend',
  allowances: 'stipend',
  relocation: 'stipend',
  'home-office': 'stipend',
  learning: 'stipend',
  conference: 'stipend',
  conferences: 'stipend',
  equipment: 'stipend',
  wellness: 'stipend',
  wellbeing: 'stipend',
  fitness: 'stipend',
  gym: 'stipend',
  coworking: 'stipend',
  'co-working': 'stipend',
  internet: 'stipend',
  lunch: 'stipend',
  meals: 'stipend',
  commuter: 'stipend',
  transit: 'stipend',
  indemnité: 'stipend',
  allocation: 'stipend',
  zuschuss: 'stipend',
  // benefits
  '401(k)': 'benefit',
  '401k': 'benefit',
  '403(b)': 'benefit',
  '403b': 'benefit',
  '457(b)': 'benefit',
  match: 'benefit',
  matching: 'benefit',
  matched: 'benefit',
  tuition: 'benefit',
  reimbursement: 'benefit',
  reimbursed: 'benefit',
  reimburse: 'benefit',
  hsa: 'benefit',
  fsa: 'benefit',
  insurance: 'benefit',
  pension: 'benefit',
  retirement: 'benefit',
  contribution: 'benefit',
  contributions: 'benefit',
  coverage: 'benefit',
  premium: 'benefit',
  premiums: 'benefit',
  childcare: 'benefit',
  rrsp: 'benefit',
  remboursement: 'benefit',
  // prices and fees
  price: 'price',
  prices: 'price',
  priced: 'price',
  pricing: 'price',
  cost: 'price',
  costs: 'price',
  fee: 'price',
  fees: 'price',
  charge: 'price',
  charged: 'price',
  subscription: 'price',
  subscriptions: 'price',
  ticket: 'price',
  tickets: 'price',
  purchase: 'price',
  license: 'price',
  licence: 'price',
  discount: 'price',
  prix: 'price',
  frais: 'price',
  coût: 'price',
  tarif: 'price',
  preis: 'price',
  kosten: 'price',
  // budgets managed, accounts, contracts and other money that is the job's work, not its pay
  budget: 'budget',
  budgets: 'budget',
  accounts: 'other',
  account: 'other',
  portfolio: 'other',
  portfolios: 'other',
  contract: 'other',
  contracts: 'other',
  spend: 'other',
  spending: 'other',
  procurement: 'other',
  grant: 'other',
  grants: 'other',
  worth: 'other',
  prize: 'other',
  prizes: 'other',
  donation: 'other',
  donations: 'other',
  quota: 'other',
  pipeline: 'other',
}

/** Two-word cues (`Series B`, `per diem`, `home office`); checked before the single words. */
export const CUE_PAIRS: Readonly<Record<string, Cue>> = {
  'series a': 'funding',
  'series b': 'funding',
  'series c': 'funding',
  'series d': 'funding',
  'series e': 'funding',
  'series f': 'funding',
  'per diem': 'stipend',
  'home office': 'stipend',
  'market cap': 'revenue',
  'professional development': 'stipend',
  // The ceiling of a whole pay system ("the maximum salary available for the GS pay system is $191,900"),
  // not the pay of the job (tts-join/md/position_PXContactCenterAnalyst.md).
  'pay system': 'other',
  'pay cap': 'other',
  'pay limitation': 'other',
}

/** Words the cue search steps over after a figure (`$1,000 annual learning stipend`, `$2B in revenue`). */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'for', 'per', 'usd', 'cad', 'eur', 'gbp', 'annual', 'annually', 'yearly', 'monthly', 'weekly', 'one-time', 'total', 'up', 'to', 'gross', 'net', 'pre-tax', 'de', 'du', 'des', 'la', 'le', 'en', 'year', 'month', 'hour', 'week', 'day', 'our', 'your', 'each', 'every'])

/** Words that end the noun phrase after a figure: what follows is about something else (`$120k plus bonus`). */
export const STOP_WORDS_AFTER: ReadonlySet<string> = new Set(['plus', 'and', 'with', 'including', 'includes', 'or', 'but', 'et', 'avec', 'ou', 'und', 'mit', 'oder', 'as', 'while', 'which', 'that', 'if', 'depending', 'dependent', 'commensurate', 'doe'])

/** Words after a bare number that make it a count, not money (`40 hours per week`, `2 years`). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(['hours', 'hour', 'hrs', 'hr', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'yrs', 'people', 'persons', 'employees', 'staff', 'users', 'members', 'positions', 'vacancies', 'percent', 'pour', 'ans', 'heures', 'jours', 'semaines', 'mois', 'jahre', 'stunden', 'tage', 'steps', 'step', 'grades', 'grade', 'times'])

/** Words right before a bare number that make it an identifier, not money (`Step 10`, `grade 14`, `No. 5`). */
export const ID_WORDS_BEFORE: ReadonlySet<string> = new Set(['step', 'steps', 'grade', 'grades', 'level', 'levels', 'zone', 'tier', 'band', 'no', 'number', 'num', 'job', 'req', 'requisition', 'id', 'announcement', 'series', 'room', 'suite', 'floor', 'unit', 'version', 'v', 'page', 'section', 'chapter', 'title', 'class', 'classe', 'niveau', 'échelon', 'stufe', 'gs', 'year', 'fy', 'cohort', 'phase', 'round', 'question', 'item', 'part'])

/** Words that may not open a label (`Salary Range:` is not a zone). */
export const LABEL_STOP_WORDS: ReadonlySet<string> = new Set(['range', 'ranges', 'total', 'target', 'estimated', 'expected', 'starting', 'approx', 'approximately', 'note', 'from', 'to', 'up', 'min', 'max', 'minimum', 'maximum', 'usd', 'cad', 'eur', 'gbp', 'annual', 'hourly', 'monthly', 'location', 'where', 'who', 'what', 'when', 'why', 'how', 'we', 'you', 'our', 'your', 'the', 'this', 'it', 'is', 'are', 'please'])

/** Words joining the capitalised words of a label (`Bay of Plenty`, `Ville de Québec`). */
export const LABEL_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'de', 'du', 'la', 'the'])

export interface VaguePhrase {
  phrase: string
  /** How many words away a pay word must stand, in the same sentence, for the phrase to be about pay; absent: it is about pay by itself. */
  context?: number
  /** The pay word must come before the phrase (`Salary: competitive`, not `competitive benefits and salary`). */
  before?: boolean
}

/** Pay talked about without a figure. `DOE` counts only in capitals. */
export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  { phrase: 'competitive salary' },
  { phrase: 'competitive salaries' },
  { phrase: 'competitive base salary' },
  { phrase: 'competitive base pay' },
  { phrase: 'competitive pay' },
  { phrase: 'competitive compensation' },
  { phrase: 'competitive total compensation' },
  { phrase: 'competitive wage' },
  { phrase: 'competitive wages' },
  { phrase: 'competitive hourly rate' },
  { phrase: 'competitive rate', context: 3 },
  { phrase: 'competitive rates', context: 3 },
  { phrase: 'competitive package' },
  { phrase: 'competitive', context: 3, before: true },
  { phrase: 'market-competitive', context: 3 },
  { phrase: 'attractive salary' },
  { phrase: 'attractive compensation' },
  { phrase: 'attractive package' },
  { phrase: 'attractive pay' },
  { phrase: 'attractive remuneration' },
  { phrase: 'DOE', context: 4 },
  { phrase: 'D.O.E.', context: 4 },
  { phrase: 'depending on experience' },
  { phrase: 'dependent on experience' },
  { phrase: 'depends on experience' },
  { phrase: 'depending upon experience' },
  { phrase: 'based on experience', context: 6 },
  { phrase: 'commensurate with experience' },
  { phrase: 'commensurate with qualifications' },
  { phrase: 'commensurate with skills' },
  { phrase: 'commensurate with your experience' },
  { phrase: 'commensurate with skills and experience' },
  { phrase: 'commensurate with qualifications and experience' },
  { phrase: 'commensurate with experience and qualifications' },
  { phrase: 'negotiable', context: 4 },
  // "Your salary, including base and locality, will be determined upon selection" (US federal templates)
  { phrase: 'determined upon selection', context: 8 },
  { phrase: 'determined at the time of offer', context: 8 },
  { phrase: 'determined at the time of the offer', context: 8 },
  { phrase: 'market rate', context: 6 },
  { phrase: 'market rates', context: 6 },
  { phrase: 'market-rate', context: 6 },
  { phrase: 'salaire concurrentiel' },
  { phrase: 'salaire compétitif' },
  { phrase: 'salaire attrayant' },
  { phrase: 'rémunération concurrentielle' },
  { phrase: 'rémunération compétitive' },
  { phrase: 'rémunération attrayante' },
  { phrase: "selon l'expérience" },
  { phrase: 'selon expérience' },
  { phrase: 'selon votre expérience' },
  { phrase: "en fonction de l'expérience" },
  { phrase: 'à négocier', context: 4 },
  { phrase: 'négociable', context: 4 },
  { phrase: 'nach vereinbarung', context: 4 },
  { phrase: 'attraktive vergütung' },
  { phrase: 'attraktives gehalt' },
  { phrase: 'wettbewerbsfähiges gehalt' },
  { phrase: 'wettbewerbsfähige vergütung' },
]
