/**
 * Known places with no job-posting law of their own: every US state not
 * given its own file, Canada and its provinces and territories without one,
 * and the EU member states (children of `EU`). They exist so that a posting
 * located there resolves to a known jurisdiction whose laws come from its
 * ancestors (federal law, the EU directive) and so that the locations
 * module can name them. `laws: []` means "checked, nothing found", not
 * "not yet researched": a law found later gets its own file.
 * Sources: jurisdictions.md (states and provinces it does not list have no
 * posting law there); ISO 3166-1 and 3166-2 codes and names.
 *
 * Notes kept out of the data: Connecticut, Nevada and Rhode Island give pay
 * ranges on request or at interview, not in postings; Cincinnati and
 * Toledo (Ohio) ban salary-history questions but require nothing in the
 * posting; Newfoundland and Labrador's Pay Equity and Pay Transparency Act
 * (2022) awaits regulations (status unconfirmed, research notes).
 */
import type { Jurisdiction, JurisdictionKind } from '../types.js'

/** [code, name] pairs; codes are ISO 3166-2 subdivision suffixes or ISO 3166-1 alpha-2. */
type Names = ReadonlyArray<readonly [string, string]>

/** US states with no posting law recorded (ISO 3166-2:US). */
const US_STATES: Names = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CT', 'Connecticut'],
  ['FL', 'Florida'], ['GA', 'Georgia'], ['ID', 'Idaho'], ['IN', 'Indiana'], ['IA', 'Iowa'],
  ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MI', 'Michigan'],
  ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'],
  ['NH', 'New Hampshire'], ['NM', 'New Mexico'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'],
  ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'],
  ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VA', 'Virginia'],
  ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
]

/** Canadian provinces with no posting law recorded (ISO 3166-2:CA). */
const CA_PROVINCES: Names = [
  ['AB', 'Alberta'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'],
  ['NS', 'Nova Scotia'], ['QC', 'Quebec'], ['SK', 'Saskatchewan'],
]

/** Canadian territories (ISO 3166-2:CA). */
const CA_TERRITORIES: Names = [['NT', 'Northwest Territories'], ['NU', 'Nunavut'], ['YT', 'Yukon']]

/** EU member states (ISO 3166-1 alpha-2; Greece is GR, not the EU's EL). */
const EU_MEMBERS: Names = [
  ['AT', 'Austria'], ['BE', 'Belgium'], ['BG', 'Bulgaria'], ['HR', 'Croatia'], ['CY', 'Cyprus'],
  ['CZ', 'Czechia'], ['DK', 'Denmark'], ['EE', 'Estonia'], ['FI', 'Finland'], ['FR', 'France'],
  ['DE', 'Germany'], ['GR', 'Greece'], ['HU', 'Hungary'], ['IE', 'Ireland'], ['IT', 'Italy'],
  ['LV', 'Latvia'], ['LT', 'Lithuania'], ['LU', 'Luxembourg'], ['MT', 'Malta'], ['NL', 'Netherlands'],
  ['PL', 'Poland'], ['PT', 'Portugal'], ['RO', 'Romania'], ['SK', 'Slovakia'], ['SI', 'Slovenia'],
  ['ES', 'Spain'], ['SE', 'Sweden'],
]

/** Entries without laws, one per [code, name], with ids `<prefix><code>`. */
function places(names: Names, kind: JurisdictionKind, parent: string, prefix: string): Jurisdiction[] {
  return names.map(([code, name]) => ({ id: `${prefix}${code}`, name, kind, parent, laws: [] }))
}

/** Canada at the federal level: no federal law on job-posting content recorded. */
export const KNOWN_PLACES: readonly Jurisdiction[] = [
  ...places(US_STATES, 'state', 'US', 'US-'),
  ...places(CA_PROVINCES, 'province', 'CA', 'CA-'),
  ...places(CA_TERRITORIES, 'territory', 'CA', 'CA-'),
  ...places(EU_MEMBERS, 'country', 'EU', ''),
]
