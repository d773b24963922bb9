/**
 * The jurisdiction registry: every entry of `data/`, looked up by id, and
 * the questions rules ask of it: which laws are in force on a date for a
 * set of jurisdictions (their ancestors included), what they require
 * together, and which jurisdictions' laws reach remote jobs.
 */
import type { Jurisdiction, Law } from './types.js'
import { JURISDICTIONS } from './data/index.js'

export type { Jurisdiction, Law } from './types.js'

const byId = new Map<string, Jurisdiction>(JURISDICTIONS.map((jurisdiction) => [jurisdiction.id, jurisdiction]))

/** Every jurisdiction postlint knows. */
export function allJurisdictions(): readonly Jurisdiction[] {
  return JURISDICTIONS
}

/** A jurisdiction by id (case-insensitive), or undefined. */
export function getJurisdiction(id: string): Jurisdiction | undefined {
  return byId.get(id.toUpperCase())
}

/** The jurisdiction and its ancestors, nearest first: `US-NY-NYC`, `US-NY`, `US`. */
export function lineage(id: string): Jurisdiction[] {
  const chain: Jurisdiction[] = []
  let current = getJurisdiction(id)
  while (current && !chain.includes(current)) {
    chain.push(current)
    current = current.parent ? getJurisdiction(current.parent) : undefined
  }
  return chain
}

/** Whether a law is in force on `asOf` (YYYY-MM-DD). */
export function inForce(law: Law, asOf: string): boolean {
  return law.effective <= asOf && (law.ends === undefined || asOf <= law.ends)
}

/** A law with the jurisdiction it belongs to. */
export interface ApplicableLaw {
  jurisdiction: Jurisdiction
  law: Law
}

export interface LawQuery {
  /** Jurisdictions where the job is (their ancestors' laws apply too). */
  ids: Iterable<string>
  /** Jurisdictions brought in only because the job is remote: just their own laws that reach remote jobs apply. */
  remoteIds?: Iterable<string>
  /** Only laws of these kinds of jurisdiction apply (a national government employer answers to national law only). */
  kinds?: ReadonlySet<Jurisdiction['kind']>
}

/** The laws in force on `asOf` for the given jurisdictions, each once. */
export function lawsInForce(query: Iterable<string> | LawQuery, asOf: string): ApplicableLaw[] {
  const { ids, remoteIds = [], kinds } = Symbol.iterator in query ? { ids: query as Iterable<string> } : (query as LawQuery)
  const seen = new Set<string>()
  const laws: ApplicableLaw[] = []
  const add = (jurisdiction: Jurisdiction, law: Law): void => {
    if (seen.has(law.id) || !inForce(law, asOf) || (kinds && !kinds.has(jurisdiction.kind))) return
    seen.add(law.id)
    laws.push({ jurisdiction, law })
  }
  for (const id of ids) {
    for (const jurisdiction of lineage(id)) for (const law of jurisdiction.laws) add(jurisdiction, law)
  }
  for (const id of remoteIds) {
    const jurisdiction = getJurisdiction(id)
    for (const law of jurisdiction?.laws ?? []) if (law.remoteReach === true) add(jurisdiction!, law)
  }
  return laws
}

/**
 * The jurisdictions within `country` whose posting laws in force on `asOf`
 * reach remote jobs: a remote job open to that country's residents brings
 * them all in.
 */
export function remoteReach(country: string, asOf: string): Jurisdiction[] {
  return JURISDICTIONS.filter((jurisdiction) => {
    if (jurisdiction.kind === 'profile' || jurisdiction.id === country) return false
    const root = lineage(jurisdiction.id).at(-1)
    return root?.id === country && jurisdiction.laws.some((law) => law.remoteReach === true && inForce(law, asOf))
  })
}

/** Today's date, YYYY-MM-DD, the default as-of date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10)
}
