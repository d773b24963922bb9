/**
 * What the laws in force ask of a posting, and how rules name them: every
 * disclosure rule asks "which of these laws require X?" and, when the
 * posting falls short, cites them in its message.
 */
import type { ApplicableLaw } from './index.js'
import type { LawProhibitions, LawRequirements } from './types.js'

/** The laws that require `key` (a truthy value). */
export function lawsRequiring(laws: readonly ApplicableLaw[], key: keyof LawRequirements): ApplicableLaw[] {
  return laws.filter(({ law }) => {
    const value = law.requires[key]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
}

/** The laws that forbid `key`. */
export function lawsForbidding(laws: readonly ApplicableLaw[], key: keyof LawProhibitions): ApplicableLaw[] {
  return laws.filter(({ law }) => Boolean(law.forbids[key]))
}

/** How a message names one law: "Colorado: Equal Pay for Equal Work Act (C.R.S. § 8-5-201)". */
export function citeLaw({ jurisdiction, law }: ApplicableLaw): string {
  return `${jurisdiction.name}: ${law.name} (${law.citation})${law.confidence === 'unconfirmed' ? ' [unconfirmed]' : ''}`
}

/** How a message names several laws: the first few, then how many more. */
export function citeLaws(laws: readonly ApplicableLaw[], limit = 3): string {
  const unique = [...new Map(laws.map((entry) => [entry.law.id, entry])).values()]
  const named = unique.slice(0, limit).map(citeLaw)
  const rest = unique.length - named.length
  return rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ')
}

/** The names of the jurisdictions behind some laws: "Colorado, New York City". */
export function jurisdictionNames(laws: readonly ApplicableLaw[]): string {
  return [...new Set(laws.map(({ jurisdiction }) => jurisdiction.name))].join(', ')
}
