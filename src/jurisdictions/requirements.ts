/**
 * What the laws in force ask of a posting, and how rules name them: every
 * disclosure rule asks "which of these laws require X?" and, when the
 * posting falls short, cites them in its message.
 */
import { allJurisdictions, inForce, lineage, type ApplicableLaw } from './index.js'
import type { LawProhibitions, LawRequirements, PreferenceGround } from './types.js'

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

/** The laws that forbid a preference on `ground` in an advertisement. */
export function lawsForbiddingPreference(laws: readonly ApplicableLaw[], ground: PreferenceGround): ApplicableLaw[] {
  return laws.filter(({ law }) => law.forbids.protectedPreference?.includes(ground) === true)
}

/**
 * Where a practice is banned, for messages of rules that report it even
 * where no law in force for the posting forbids it ("banned in California,
 * Colorado, Delaware and 16 other places"): the posting's own country first,
 * then states, provinces and unions before cities and counties, then data order.
 */
/** The names of the places whose laws in force on `asOf` forbid `key` (a value `accept` allows, when given). */
export function placesForbidding(key: keyof LawProhibitions, asOf: string, country: string | null, accept: (value: unknown) => boolean = Boolean, shown = 3): string {
  const places = allJurisdictions()
    .filter((jurisdiction) => jurisdiction.laws.some((law) => accept(law.forbids[key]) && inForce(law, asOf)))
    .map((jurisdiction, order) => ({
      name: jurisdiction.name,
      home: country !== null && lineage(jurisdiction.id).at(-1)?.id === country,
      local: jurisdiction.kind === 'city' || jurisdiction.kind === 'county',
      order,
    }))
    .sort((a, b) => Number(b.home) - Number(a.home) || Number(a.local) - Number(b.local) || a.order - b.order)
    .map((place) => place.name)
  if (places.length === 0) return 'several places'
  if (places.length <= shown + 1) return places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places.at(-1)}`
  return `${places.slice(0, shown).join(', ')} and ${places.length - shown} other places`
}
