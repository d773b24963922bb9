/**
 * The shape of postlint's legal data: one entry per jurisdiction, each law
 * in it dated and cited, with what a posting must contain and must avoid.
 * Rules never hard-code the law: they ask which laws are in force for the
 * posting's jurisdictions on the as-of date, and name them in messages.
 */

/** How sure the entry is: `confirmed` against a primary source (statute, regulation, agency), or not yet. */
export type Confidence = 'confirmed' | 'unconfirmed'

/** What a law asks of the pay a posting shows. */
export type PayRequirement =
  /** A minimum and a maximum. */
  | 'range'
  /** A range, or one exact figure when the pay is fixed. */
  | 'range-or-fixed'

export interface LawRequirements {
  /** Pay must be disclosed, as a range or as a range or fixed figure. */
  pay?: PayRequirement
  /** The widest range allowed: `maxSpread` in `currency` between min and max (annual figures). */
  maxSpread?: { amount: number; currency: string; period: 'year' | 'hour'; exemptAbove?: number }
  /** The widest range allowed, as a share of the minimum (0.6 = max may be at most 160% of min). */
  maxSpreadRatio?: number
  /** A general description of benefits. */
  benefits?: boolean
  /** Other compensation: bonuses, commissions, equity. */
  otherCompensation?: boolean
  /** An application deadline, or a statement that applications are accepted on an ongoing basis. */
  applicationDeadline?: boolean
  /** A statement that applicants with criminal records will be considered. */
  fairChanceStatement?: boolean
  /** Whether artificial intelligence is used to screen, assess or select applicants. */
  aiDisclosure?: boolean
  /** Whether the posting is for an existing vacancy. */
  vacancyStatus?: boolean
  /** Protected characteristics an equal-opportunity statement must name (e.g. `protectedVeteran`, `disability`). */
  eeoCategories?: string[]
}

export interface LawProhibitions {
  /** "Up to $X", "$X+", "starting at $X". */
  openEndedPay?: boolean
  /** "Competitive", "DOE", "commensurate with experience" instead of figures. */
  vaguePay?: boolean
  /** Asking for salary history. */
  salaryHistory?: boolean
  /** `any`: no mention of criminal history or background checks before an offer; `exclusion`: no blanket exclusions ("no felons"). */
  criminalHistory?: 'any' | 'exclusion'
  /** Requiring Canadian work experience. */
  canadianExperience?: boolean
  /** Asking for age, date of birth or graduation dates on a first application. */
  ageQuestions?: boolean
  /** Wording that prefers younger applicants ("young", "recent graduate", "aged 25–35"). */
  agePreference?: boolean
  /** Wording that expresses a preference or limitation on these protected grounds ("female candidates", "native English speaker"). */
  protectedPreference?: PreferenceGround[]
  /** Gendered job titles ("salesman", "waitress") instead of neutral ones. */
  genderedTitles?: boolean
  /** Requiring a citizenship or immigration status beyond authorization to work, without a legal reason. */
  citizenshipRequirement?: boolean
}

/** Grounds on which a posting may not state a preference. */
export type PreferenceGround = 'sex' | 'race' | 'color' | 'religion' | 'nationalOrigin' | 'pregnancy' | 'maritalStatus' | 'familyStatus' | 'disability' | 'sexualOrientation' | 'genderIdentity'

export interface Law {
  /** Stable id, `<jurisdiction>/<short-name>`, e.g. `US-CO/epewa`. */
  id: string
  /** The law's name as people cite it: "Equal Pay for Equal Work Act". */
  name: string
  /** The citation: "C.R.S. § 8-5-201", "Lab. Code § 432.3". */
  citation: string
  /** Where the facts come from, primary source first. At least one. */
  sources: string[]
  /** First day the posting rules apply, YYYY-MM-DD. */
  effective: string
  /** Last day in force, when repealed, revoked or superseded (YYYY-MM-DD). */
  ends?: string
  confidence: Confidence
  /** Who must comply, in a sentence ("employers with 15 or more employees, one in California"). */
  covers: string
  /** Whether the law reaches remote jobs that could be done from the jurisdiction. */
  remoteReach: boolean | 'unclear'
  /**
   * `national-government`: the law binds only employers under national
   * jurisdiction (Canada's federal public service and federally regulated
   * industries), so it applies when the employer is known to be one.
   */
  binds?: 'national-government'
  requires: LawRequirements
  forbids: LawProhibitions
  /** Anything a reviewer should know: penalties, cure periods, what is unconfirmed. */
  notes?: string
}

export type JurisdictionKind = 'country' | 'state' | 'province' | 'territory' | 'district' | 'county' | 'city' | 'union' | 'profile'

export interface Jurisdiction {
  /** ISO 3166-based id: `US`, `US-CO`, `US-NY-NYC`, `CA-ON`, `EU`; profiles such as `US-FEDERAL-CONTRACTOR`. */
  id: string
  name: string
  kind: JurisdictionKind
  /** The enclosing jurisdiction (`US-NY` for `US-NY-NYC`). */
  parent?: string
  /** Laws about job postings, in effective-date order (may be empty: a known place with no posting law). */
  laws: Law[]
}
