/**
 * What postlint understands of a posting: pay, the statements the law asks
 * for, the contacts they offer, and where the job is. Extracted once per
 * file (see `src/linter/posting.ts`) and shared by every rule and by
 * `postlint explain`.
 *
 * Finders work on plain strings and return offsets into the string they
 * were given; the posting layer maps them to file ranges.
 */

export type PayKind = 'range' | 'single' | 'open-ended' | 'vague'
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year'

/** One pay expression as written in the posting. */
export interface PayExpression {
  kind: PayKind
  /** Lower bound, in currency units (open-ended "starting at"/"+": the figure; "up to": null). */
  min: number | null
  /** Upper bound (single: equal to min; "up to": the figure; "starting at": null). */
  max: number | null
  /** ISO 4217 code, or null when the text gives no currency. */
  currency: string | null
  /** The pay period the text states, or null when it states none. */
  period: PayPeriod | null
  /** The expression as written. */
  text: string
  /** `[start, end)` offsets of `text` in the string searched. */
  start: number
  end: number
  /** The text calls it a range ("salary range", "pay band") whatever figures follow. */
  announcedRange?: boolean
  /** What tells this expression apart from others in the posting: "Zone A", "GS-13", "Level II". */
  label?: string
}

/** Money in a posting that is not pay for the job (funding, revenue, stipends, signing bonuses, benefits). */
export interface OtherMoney {
  kind: 'bonus' | 'funding' | 'revenue' | 'stipend' | 'benefit' | 'price' | 'other'
  text: string
  start: number
  end: number
}

export type StatementType =
  | 'eeo'
  | 'accommodation'
  | 'workEligibility'
  | 'fairChance'
  | 'benefits'
  | 'otherCompensation'
  | 'applicationDeadline'
  | 'aiUse'
  | 'vacancyStatus'
  | 'outreach'

export const STATEMENT_TYPES: readonly StatementType[] = [
  'eeo',
  'accommodation',
  'workEligibility',
  'fairChance',
  'benefits',
  'otherCompensation',
  'applicationDeadline',
  'aiUse',
  'vacancyStatus',
  'outreach',
]

/** Protected characteristics an equal-opportunity statement may name. */
export type ProtectedCategory =
  | 'race'
  | 'color'
  | 'religion'
  | 'sex'
  | 'sexualOrientation'
  | 'genderIdentity'
  | 'nationalOrigin'
  | 'age'
  | 'disability'
  | 'protectedVeteran'
  | 'geneticInformation'
  | 'pregnancy'
  | 'maritalStatus'
  | 'citizenship'
  | 'ancestry'
  | 'creed'
  | 'militaryStatus'
  | 'politicalAffiliation'

/** A statement found in the posting. */
export interface Statement {
  type: StatementType
  /** The shortest span that says it (a sentence, or a heading with what follows it). */
  text: string
  start: number
  end: number
  /** eeo: the protected characteristics it names. */
  categories?: ProtectedCategory[]
  /** applicationDeadline: the date (YYYY-MM-DD) or that applications are taken on an ongoing basis. */
  deadline?: { date: string | null; ongoing: boolean }
  /** vacancyStatus: whether the job exists now. */
  existingVacancy?: boolean
  /** workEligibility: what it says. */
  eligibility?: Array<'authorization' | 'sponsorship' | 'citizenship' | 'location' | 'clearance'>
}

export type ContactKind = 'email' | 'phone' | 'url'

/** A way to reach someone (for accommodation requests, above all). */
export interface Contact {
  kind: ContactKind
  /** As written. */
  value: string
  /** Usable as written (a well-formed address, a dialable number, a URL with a host). */
  valid: boolean
  /** Why it is not valid. */
  problem?: string
  start: number
  end: number
}

export type RemoteKind = 'no' | 'hybrid' | 'yes-us' | 'yes-ca' | 'yes-anywhere' | 'unknown'

/** A place named in the posting (from the text or front matter). */
export interface Place {
  text: string
  /** ISO 3166-1 alpha-2 country, when known. */
  country?: string
  /** Jurisdiction ids this place lies in, most specific last: ['US', 'US-NY', 'US-NY-NYC']. */
  jurisdictions: string[]
  start: number
  end: number
}

/** Why a jurisdiction applies to the posting. */
export interface JurisdictionMatch {
  id: string
  reason: 'config' | 'front-matter' | 'text' | 'remote'
  /** The text that caused it (for `remote`: the remote statement). */
  text: string
  /** File range of that text; null for configuration and front matter. */
  range: readonly [number, number] | null
}
