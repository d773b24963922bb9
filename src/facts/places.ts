/**
 * Place names postlint recognises in postings, each with the jurisdiction
 * ids it lies in (ISO 3166-2 based, as in `src/jurisdictions/types.ts`):
 * countries, every US state, DC and territory, the Canadian provinces and
 * territories in English and French, the US cities and counties that have
 * posting laws of their own, and the major cities people write without a
 * state or province.
 *
 * This module is data only; `location.ts` decides when a name in a text is a
 * place. How a name may be used is part of the data:
 * - `names` are accepted wherever a place may stand ("Denver", "Ontario");
 * - `regionNames` only after a city ("Albany, New York", "Pittsburgh, Pa."):
 *   alone they mean something else or too many things;
 * - `codes` (upper-case or dotted abbreviations: "CO", "D.C.", "PEI") only
 *   after a city, or alone as an item of a location line;
 * - `ambiguous: 'strict'` names are accepted only with their state or
 *   province ("Washington, DC"; "Glendale" is in CA and AZ);
 *   `ambiguous: 'sibling'` names alone only beside a place of the same
 *   country, or in a posting that is otherwise about that country
 *   ("Waterloo" beside "Toronto"; "London" beside "Manchester").
 *
 * Sources: ISO 3166-1 and ISO 3166-2:US / ISO 3166-2:CA for codes; USPS
 * Publication 28 appendix B for state abbreviations; the AP Stylebook's
 * state abbreviations; Canada Post and the Translation Bureau (Termium) for
 * province abbreviations and French names; the cities with posting laws from
 * /work/shared/docs/jurisdictions.md (NYC Local Law 32/2022, Jersey City
 * Ord. 22-026, Westchester County Laws 700.03, Cleveland Ord. 104-2025,
 * Columbus Ord. 2898-2025, Philadelphia ch. 9-3500, Los Angeles City FCIHO,
 * LA County FCO, San Francisco FCO); municipality lists of Los Angeles
 * County and Westchester County from their county governments.
 */

export type PlaceKind = 'union' | 'country' | 'state' | 'district' | 'territory' | 'province' | 'county' | 'city' | 'region'

export interface PlaceEntry {
  /** Jurisdiction ids the place lies in, outermost first: ['US', 'US-NY', 'US-NY-NYC']. */
  ids: readonly string[]
  /** ISO 3166-1 alpha-2 country, or null for the European Union itself. */
  country: string | null
  kind: PlaceKind
  /** Names accepted anywhere a place may stand; matched without regard to accents or case after the first letter. */
  names: readonly string[]
  /** Names accepted only in the region slot, after a city and a comma or in brackets. */
  regionNames?: readonly string[]
  /** Upper-case or dotted codes: accepted after a city, or alone as an item of a location line. */
  codes?: readonly string[]
  /** See the module comment. */
  ambiguous?: 'strict' | 'sibling'
}

/** USPS code, name, AP abbreviations, other names (French names from Termium). Source: USPS Pub. 28 app. B; AP Stylebook. */
const US_STATE_ROWS: ReadonlyArray<readonly [code: string, name: string, ap: readonly string[], other?: readonly string[]]> = [
  ['AL', 'Alabama', ['Ala.']],
  ['AK', 'Alaska', []],
  ['AZ', 'Arizona', ['Ariz.']],
  ['AR', 'Arkansas', ['Ark.']],
  ['CA', 'California', ['Calif.', 'Cal.'], ['Californie']],
  ['CO', 'Colorado', ['Colo.']],
  ['CT', 'Connecticut', ['Conn.']],
  ['DE', 'Delaware', ['Del.']],
  ['FL', 'Florida', ['Fla.'], ['Floride']],
  ['GA', 'Georgia', ['Ga.'], ['Géorgie']],
  ['HI', 'Hawaii', [], ['Hawaiʻi', 'Hawaï']],
  ['ID', 'Idaho', []],
  ['IL', 'Illinois', ['Ill.']],
  ['IN', 'Indiana', ['Ind.']],
  ['IA', 'Iowa', []],
  ['KS', 'Kansas', ['Kan.', 'Kans.']],
  ['KY', 'Kentucky', ['Ky.']],
  ['LA', 'Louisiana', ['La.'], ['Louisiane']],
  ['ME', 'Maine', []],
  ['MD', 'Maryland', ['Md.']],
  ['MA', 'Massachusetts', ['Mass.']],
  ['MI', 'Michigan', ['Mich.']],
  ['MN', 'Minnesota', ['Minn.']],
  ['MS', 'Mississippi', ['Miss.']],
  ['MO', 'Missouri', ['Mo.']],
  ['MT', 'Montana', ['Mont.']],
  ['NE', 'Nebraska', ['Neb.', 'Nebr.']],
  ['NV', 'Nevada', ['Nev.']],
  ['NH', 'New Hampshire', ['N.H.']],
  ['NJ', 'New Jersey', ['N.J.']],
  ['NM', 'New Mexico', ['N.M.'], ['Nouveau-Mexique']],
  ['NY', 'New York', ['N.Y.']],
  ['NC', 'North Carolina', ['N.C.'], ['Caroline du Nord']],
  ['ND', 'North Dakota', ['N.D.'], ['Dakota du Nord']],
  ['OH', 'Ohio', []],
  ['OK', 'Oklahoma', ['Okla.']],
  ['OR', 'Oregon', ['Ore.', 'Oreg.']],
  ['PA', 'Pennsylvania', ['Pa.', 'Penn.', 'Penna.'], ['Pennsylvanie']],
  ['RI', 'Rhode Island', ['R.I.']],
  ['SC', 'South Carolina', ['S.C.'], ['Caroline du Sud']],
  ['SD', 'South Dakota', ['S.D.'], ['Dakota du Sud']],
  ['TN', 'Tennessee', ['Tenn.']],
  ['TX', 'Texas', ['Tex.']],
  ['UT', 'Utah', []],
  ['VT', 'Vermont', ['Vt.']],
  ['VA', 'Virginia', ['Va.'], ['Virginie']],
  ['WA', 'Washington', ['Wash.']],
  ['WV', 'West Virginia', ['W.Va.', 'W. Va.'], ['Virginie-Occidentale']],
  ['WI', 'Wisconsin', ['Wis.', 'Wisc.']],
  ['WY', 'Wyoming', ['Wyo.']],
]

/**
 * State names that alone mean something else: "Washington" is as often the
 * capital as the state, "New York" as often the city. After a city they are
 * the state; alone, the longer forms below are needed.
 */
const REGION_ONLY_STATE_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['WA', ['Washington State', 'Washington state', 'State of Washington']],
  ['NY', ['New York State', 'New York state', 'State of New York', 'Upstate New York']],
])

/** Every US state, as place entries. */
export const US_STATES: readonly PlaceEntry[] = US_STATE_ROWS.map(([code, name, ap, other = []]) => {
  const longForms = REGION_ONLY_STATE_NAMES.get(code)
  return {
    ids: ['US', `US-${code}`],
    country: 'US',
    kind: 'state',
    names: longForms ? [...longForms, ...other] : [name, ...other],
    regionNames: longForms ? [name, ...ap] : ap,
    codes: [code, ...ap.filter((form) => /^(?:\p{Lu}\.){2,}$/u.test(form))],
  }
})

/** The District of Columbia (ISO 3166-2:US). The territories are left out until the registry has entries for them. */
export const US_DISTRICT: readonly PlaceEntry[] = [
  { ids: ['US', 'US-DC'], country: 'US', kind: 'district', names: ['District of Columbia', 'DC area', 'D.C. area', 'DC metro area', 'Washington metropolitan area', 'Washington metro area', 'DMV area'], codes: ['DC', 'D.C.'] },
]

/**
 * Canadian provinces and territories: ISO 3166-2:CA code, English and French
 * names, Canada Post codes and the traditional abbreviations (Termium).
 */
export const CANADIAN_PROVINCES: readonly PlaceEntry[] = [
  { ids: ['CA', 'CA-AB'], country: 'CA', kind: 'province', names: ['Alberta'], regionNames: ['Alta.'], codes: ['AB'] },
  { ids: ['CA', 'CA-BC'], country: 'CA', kind: 'province', names: ['British Columbia', 'Colombie-Britannique'], codes: ['BC', 'B.C.', 'C.-B.'] },
  { ids: ['CA', 'CA-MB'], country: 'CA', kind: 'province', names: ['Manitoba'], regionNames: ['Man.'], codes: ['MB'] },
  { ids: ['CA', 'CA-NB'], country: 'CA', kind: 'province', names: ['New Brunswick', 'Nouveau-Brunswick'], codes: ['NB', 'N.B.', 'N.-B.'] },
  { ids: ['CA', 'CA-NL'], country: 'CA', kind: 'province', names: ['Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador', 'Terre-Neuve'], regionNames: ['Nfld.'], codes: ['NL', 'N.L.', 'T.-N.-L.'] },
  { ids: ['CA', 'CA-NS'], country: 'CA', kind: 'province', names: ['Nova Scotia', 'Nouvelle-Écosse'], codes: ['NS', 'N.S.', 'N.-É.'] },
  { ids: ['CA', 'CA-ON'], country: 'CA', kind: 'province', names: ['Ontario'], regionNames: ['Ont.'], codes: ['ON'] },
  { ids: ['CA', 'CA-PE'], country: 'CA', kind: 'province', names: ['Prince Edward Island', 'Île-du-Prince-Édouard', 'PEI', 'P.E.I.'], codes: ['PE', 'Î.-P.-É.'] },
  { ids: ['CA', 'CA-QC'], country: 'CA', kind: 'province', names: ['Quebec', 'Québec', 'Province of Quebec', 'Province de Québec'], regionNames: ['Que.', 'Qué.', 'Qc'], codes: ['QC', 'PQ'] },
  { ids: ['CA', 'CA-SK'], country: 'CA', kind: 'province', names: ['Saskatchewan'], regionNames: ['Sask.'], codes: ['SK'] },
  { ids: ['CA', 'CA-NT'], country: 'CA', kind: 'territory', names: ['Northwest Territories', 'Territoires du Nord-Ouest'], codes: ['NT', 'N.W.T.', 'T.N.-O.'] },
  { ids: ['CA', 'CA-NU'], country: 'CA', kind: 'territory', names: ['Nunavut'], codes: ['NU'] },
  { ids: ['CA', 'CA-YT'], country: 'CA', kind: 'territory', names: ['Yukon'], regionNames: ['Y.T.'], codes: ['YT'] },
]

/** European Union member states (ISO 3166-1; Greece is GR there, EL in EU usage), with French names. Source: europa.eu, Termium. */
const EU_MEMBER_ROWS: ReadonlyArray<readonly [code: string, names: readonly string[]]> = [
  ['AT', ['Austria', 'Autriche']],
  ['BE', ['Belgium', 'Belgique']],
  ['BG', ['Bulgaria', 'Bulgarie']],
  ['HR', ['Croatia', 'Croatie']],
  ['CY', ['Cyprus', 'Chypre']],
  ['CZ', ['Czechia', 'Czech Republic', 'Tchéquie', 'République tchèque']],
  ['DK', ['Denmark', 'Danemark']],
  ['EE', ['Estonia', 'Estonie']],
  ['FI', ['Finland', 'Finlande']],
  ['FR', ['France']],
  ['DE', ['Germany', 'Allemagne']],
  ['GR', ['Greece', 'Grèce']],
  ['HU', ['Hungary', 'Hongrie']],
  ['IE', ['Ireland', 'Republic of Ireland', 'Irlande']],
  ['IT', ['Italy', 'Italie']],
  ['LV', ['Latvia', 'Lettonie']],
  ['LT', ['Lithuania', 'Lituanie']],
  ['LU', ['Luxembourg']],
  ['MT', ['Malta', 'Malte']],
  ['NL', ['Netherlands', 'The Netherlands', 'Pays-Bas']],
  ['PL', ['Poland', 'Pologne']],
  ['PT', ['Portugal']],
  ['RO', ['Romania', 'Roumanie']],
  ['SK', ['Slovakia', 'Slovaquie']],
  ['SI', ['Slovenia', 'Slovénie']],
  ['ES', ['Spain', 'Espagne']],
  ['SE', ['Sweden', 'Suède']],
]

/** Countries and the European Union. */
export const COUNTRIES: readonly PlaceEntry[] = [
  {
    ids: ['US'],
    country: 'US',
    kind: 'country',
    names: ['United States', 'United States of America', 'États-Unis', 'Etats-Unis'],
    codes: ['US', 'USA', 'U.S.', 'U.S.A.', 'É.-U.'],
  },
  { ids: ['CA'], country: 'CA', kind: 'country', names: ['Canada'], codes: ['CAN'] },
  {
    ids: ['GB'],
    country: 'GB',
    kind: 'country',
    names: ['United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Royaume-Uni'],
    codes: ['UK', 'U.K.', 'GB'],
  },
  { ids: ['EU'], country: null, kind: 'union', names: ['European Union', 'Union européenne'], codes: ['EU', 'E.U.', 'UE'] },
  ...EU_MEMBER_ROWS.map(([code, names]): PlaceEntry => ({ ids: ['EU', code], country: code, kind: 'country', names })),
]

/** Country codes read in the country slot ("Toronto, ON, CA"), where "CA" is Canada rather than California. */
export const COUNTRY_SLOT_CODES: ReadonlyMap<string, string> = new Map([
  ['US', 'US'],
  ['USA', 'US'],
  ['CA', 'CA'],
  ['CAN', 'CA'],
  ['UK', 'GB'],
  ['GB', 'GB'],
])

const NYC = ['US', 'US-NY', 'US-NY-NYC'] as const
const LA_COUNTY = ['US', 'US-CA', 'US-CA-LA-COUNTY'] as const
const WESTCHESTER = ['US', 'US-NY', 'US-NY-WESTCHESTER'] as const

/** US cities and counties with posting laws of their own (see /work/shared/docs/jurisdictions.md). */
export const US_LAW_PLACES: readonly PlaceEntry[] = [
  { ids: NYC, country: 'US', kind: 'city', names: ['New York', 'New York City', 'NYC', 'N.Y.C.', 'City of New York', 'Manhattan', 'Brooklyn', 'Queens', 'Bronx', 'The Bronx', 'Staten Island'] },
  // The City of Los Angeles has its own ordinance; the County's covers only unincorporated areas.
  { ids: ['US', 'US-CA', 'US-CA-LA'], country: 'US', kind: 'city', names: ['Los Angeles', 'City of Los Angeles', 'Hollywood', 'North Hollywood', 'Van Nuys', 'Westwood', 'Downtown Los Angeles', 'DTLA'] },
  { ids: LA_COUNTY, country: 'US', kind: 'county', names: ['Los Angeles County', 'LA County', 'L.A. County', 'County of Los Angeles'] },
  { ids: ['US', 'US-CA', 'US-CA-SF'], country: 'US', kind: 'city', names: ['San Francisco', 'City and County of San Francisco'] },
  { ids: ['US', 'US-PA', 'US-PA-PHL'], country: 'US', kind: 'city', names: ['Philadelphia', 'Philly'] },
  { ids: ['US', 'US-NJ', 'US-NJ-JC'], country: 'US', kind: 'city', names: ['Jersey City'] },
  { ids: WESTCHESTER, country: 'US', kind: 'county', names: ['Westchester County', 'Westchester'] },
  { ids: ['US', 'US-OH', 'US-OH-CLEVELAND'], country: 'US', kind: 'city', names: ['Cleveland'] },
  { ids: ['US', 'US-OH', 'US-OH-COLUMBUS'], country: 'US', kind: 'city', names: ['Columbus'] },
]

/**
 * Incorporated cities in Los Angeles County other than Los Angeles
 * (lacounty.gov list of cities): California places, outside the County's
 * Fair Chance Ordinance, which covers unincorporated areas only. Names
 * shared with larger places elsewhere are strict.
 */
const LA_COUNTY_CITIES: readonly string[] = [
  'Long Beach', 'Santa Monica', 'Burbank', 'Torrance', 'Inglewood', 'Culver City', 'West Hollywood', 'Beverly Hills',
  'Pomona', 'Palmdale', 'Santa Clarita', 'El Monte', 'Compton', 'Whittier', 'Alhambra', 'Malibu',
  'Redondo Beach', 'Manhattan Beach', 'Hermosa Beach', 'El Segundo', 'Calabasas', 'Cerritos', 'Bellflower',
  'Monrovia', 'West Covina', 'Covina', 'Santa Fe Springs', 'Baldwin Park', 'Montebello', 'Monterey Park',
  'San Gabriel', 'South Gate', 'Huntington Park', 'Lynwood', 'Gardena', 'Diamond Bar',
  'Rancho Palos Verdes', 'Palos Verdes Estates', 'Rolling Hills Estates', 'Agoura Hills', 'Westlake Village',
  'San Dimas', 'La Verne', 'Claremont', 'Azusa', 'Duarte', 'Sierra Madre', 'South Pasadena', 'San Marino',
  'Temple City', 'Rosemead', 'La Puente', 'Irwindale', 'Bell Gardens',
  'Cudahy', 'Maywood', 'Signal Hill', 'Lomita', 'Lawndale', 'Hawaiian Gardens', 'Artesia', 'La Mirada',
  'Pico Rivera',
]

/** Unincorporated communities of Los Angeles County (lacounty.gov), where the County's ordinance applies. */
const LA_COUNTY_UNINCORPORATED: readonly string[] = [
  'Marina del Rey', 'East Los Angeles', 'Altadena', 'Hacienda Heights', 'Rowland Heights', 'Topanga', 'Ladera Heights', 'View Park',
  'Willowbrook', 'Lennox', 'Stevenson Ranch', 'Castaic', 'Quartz Hill', 'Florence-Firestone', 'Walnut Park', 'Valinda', 'Acton',
  'unincorporated Los Angeles County',
]

/** LA County cities whose names are as common elsewhere. */
const LA_COUNTY_STRICT: readonly string[] = ['Glendale', 'Pasadena', 'Lancaster', 'Lakewood', 'Arcadia', 'Hawthorne', 'Norwalk', 'Carson', 'Bell', 'Downey']

/** Cities and towns of Westchester County (westchestergov.com municipalities). */
const WESTCHESTER_TOWNS: readonly string[] = [
  'White Plains', 'Yonkers', 'New Rochelle', 'Peekskill', 'Scarsdale', 'Tarrytown', 'Ossining', 'Port Chester',
  'Mamaroneck', 'Sleepy Hollow', 'Dobbs Ferry', 'Hastings-on-Hudson', 'Bronxville', 'Armonk', 'Chappaqua',
  'Larchmont', 'Eastchester', 'Greenburgh', 'Mount Kisco', 'Elmsford', 'Hartsdale', 'Yorktown Heights',
  'Croton-on-Hudson', 'Briarcliff Manor', 'Ardsley', 'Tuckahoe', 'North Castle', 'Cortlandt',
]

/** Westchester towns whose names are as common elsewhere. */
const WESTCHESTER_STRICT: readonly string[] = ['Mount Vernon', 'Rye', 'Harrison', 'Pelham', 'Bedford', 'Pleasantville', 'Valhalla', 'Irvington', 'Mount Pleasant']

/**
 * Major US cities people write without a state, with the state they mean.
 * Source: US Census Bureau list of the most populous cities, plus the
 * technology and federal hubs postings name (Arlington, Reston, Bethesda…).
 */
const US_CITY_ROWS: ReadonlyArray<readonly [state: string, names: readonly string[], ambiguous?: 'strict' | 'sibling']> = [
  ['AZ', ['Phoenix', 'Tucson', 'Tempe', 'Scottsdale', 'Mesa', 'Chandler', 'Flagstaff']],
  ['AK', ['Anchorage', 'Juneau', 'Fairbanks']],
  ['CA', ['San Diego', 'San Jose', 'Sacramento', 'Oakland', 'Fresno', 'Irvine', 'Palo Alto', 'Mountain View', 'Sunnyvale', 'Santa Clara', 'Cupertino', 'Menlo Park', 'Redwood City', 'San Mateo', 'Berkeley', 'Anaheim', 'Santa Ana', 'Riverside', 'San Bernardino', 'Bakersfield', 'Stockton', 'Fremont', 'Santa Barbara', 'Santa Cruz', 'Emeryville', 'South San Francisco', 'Silicon Valley', 'Bay Area', 'San Francisco Bay Area', 'SF Bay Area']],
  ['CO', ['Denver', 'Boulder', 'Colorado Springs', 'Fort Collins', 'Golden']],
  ['CT', ['Hartford', 'New Haven', 'Stamford']],
  ['DE', ['Wilmington', 'Dover'], 'strict'],
  ['DC', ['Washington'], 'strict'],
  ['FL', ['Miami', 'Tampa', 'Orlando', 'Jacksonville', 'Tallahassee', 'Fort Lauderdale', 'St. Petersburg', 'Saint Petersburg', 'Boca Raton']],
  ['GA', ['Atlanta', 'Savannah']],
  ['HI', ['Honolulu']],
  ['ID', ['Boise']],
  ['IL', ['Chicago', 'Evanston', 'Naperville']],
  ['IN', ['Indianapolis', 'Fort Wayne', 'Bloomington']],
  ['IA', ['Des Moines', 'Cedar Rapids', 'Iowa City']],
  ['KS', ['Wichita', 'Overland Park']],
  ['KY', ['Louisville', 'Lexington']],
  ['LA', ['New Orleans', 'Baton Rouge']],
  ['ME', ['Bangor']],
  ['MD', ['Baltimore', 'Bethesda', 'Silver Spring', 'Rockville', 'Annapolis', 'Gaithersburg']],
  ['MA', ['Boston', 'Cambridge', 'Somerville', 'Worcester']],
  ['MI', ['Detroit', 'Ann Arbor', 'Grand Rapids', 'Lansing']],
  ['MN', ['Minneapolis', 'St. Paul', 'Saint Paul', 'Twin Cities']],
  ['MO', ['St. Louis', 'Saint Louis', 'Kansas City']],
  ['NE', ['Omaha']],
  ['NV', ['Las Vegas', 'Reno', 'Carson City']],
  ['NJ', ['Newark', 'Hoboken', 'Princeton', 'Trenton', 'Camden']],
  ['NM', ['Albuquerque', 'Santa Fe']],
  ['NY', ['Albany', 'Buffalo', 'Rochester', 'Syracuse', 'Ithaca', 'Long Island']],
  ['NC', ['Charlotte', 'Raleigh', 'Durham', 'Chapel Hill', 'Research Triangle', 'Greensboro', 'Winston-Salem']],
  ['ND', ['Fargo', 'Bismarck']],
  ['OH', ['Cincinnati', 'Toledo', 'Akron', 'Dayton']],
  ['OK', ['Oklahoma City', 'Tulsa']],
  ['OR', ['Portland', 'Eugene']],
  ['PA', ['Pittsburgh', 'Harrisburg', 'Allentown']],
  ['RI', ['Providence']],
  ['SC', ['Charleston', 'Greenville', 'Columbia'], 'strict'],
  ['TN', ['Nashville', 'Memphis', 'Knoxville', 'Chattanooga']],
  ['TX', ['Houston', 'Dallas', 'Austin', 'San Antonio', 'Fort Worth', 'El Paso', 'Plano', 'Irving']],
  ['UT', ['Salt Lake City', 'Provo', 'Ogden']],
  ['VT', ['Montpelier']],
  ['VA', ['Richmond', 'Arlington', 'Alexandria', 'Norfolk', 'Hampton', 'Virginia Beach', 'Reston', 'Herndon', 'McLean', 'Fairfax', 'Chantilly', 'Tysons']],
  ['WA', ['Seattle', 'Spokane', 'Tacoma', 'Bellevue', 'Redmond', 'Olympia', 'Kirkland']],
  ['WI', ['Milwaukee', 'Madison']],
  ['WY', ['Cheyenne']],
]

/** Names in the rows above that are as common elsewhere: strict (same country) or sibling (another country). */
const US_CITY_AMBIGUITY: ReadonlyMap<string, 'strict' | 'sibling'> = new Map<string, 'strict' | 'sibling'>([
  ['Richmond', 'strict'],
  ['Arlington', 'strict'],
  ['Madison', 'strict'],
  ['Bloomington', 'strict'],
  ['Lexington', 'strict'],
  ['Golden', 'strict'],
  ['Irving', 'strict'],
  ['Camden', 'strict'],
  ['Alexandria', 'sibling'],
  ['Norfolk', 'sibling'],
  ['Cambridge', 'sibling'],
  ['Durham', 'sibling'],
])

/** Major US cities, mapped to their state. */
export const US_CITIES: readonly PlaceEntry[] = [
  ...US_CITY_ROWS.flatMap(([state, names, ambiguous]) =>
    names.map((name): PlaceEntry => {
      const flag = ambiguous ?? US_CITY_AMBIGUITY.get(name)
      return { ids: ['US', `US-${state}`], country: 'US', kind: name.endsWith('Area') || name === 'Silicon Valley' || name === 'Long Island' || name === 'Research Triangle' || name === 'Twin Cities' ? 'region' : 'city', names: [name], ...(flag ? { ambiguous: flag } : {}) }
    }),
  ),
  ...LA_COUNTY_CITIES.map((name): PlaceEntry => ({ ids: ['US', 'US-CA'], country: 'US', kind: 'city', names: [name] })),
  ...LA_COUNTY_STRICT.map((name): PlaceEntry => ({ ids: ['US', 'US-CA'], country: 'US', kind: 'city', names: [name], ambiguous: 'strict' })),
  ...LA_COUNTY_UNINCORPORATED.map((name): PlaceEntry => ({ ids: LA_COUNTY, country: 'US', kind: 'city', names: [name] })),
  ...WESTCHESTER_TOWNS.map((name): PlaceEntry => ({ ids: WESTCHESTER, country: 'US', kind: 'city', names: [name] })),
  ...WESTCHESTER_STRICT.map((name): PlaceEntry => ({ ids: WESTCHESTER, country: 'US', kind: 'city', names: [name], ambiguous: 'strict' })),
]

/**
 * Major Canadian cities with their province (Statistics Canada population
 * centres), English and French spellings.
 */
const CANADIAN_CITY_ROWS: ReadonlyArray<readonly [province: string, names: readonly string[], ambiguous?: 'strict' | 'sibling']> = [
  ['ON', ['Toronto', 'Ottawa', 'Mississauga', 'Brampton', 'Markham', 'Vaughan', 'Kitchener', 'Guelph', 'Barrie', 'Sudbury', 'Greater Sudbury', 'Thunder Bay', 'Oshawa', 'Oakville', 'Richmond Hill', 'St. Catharines', 'Niagara Falls', 'Greater Toronto Area', 'GTA', 'Kanata', 'Etobicoke', 'North York']],
  ['ON', ['Waterloo', 'Hamilton', 'Kingston', 'Windsor', 'Peterborough'], 'sibling'],
  ['ON', ['Burlington'], 'strict'],
  ['QC', ['Montreal', 'Montréal', 'Gatineau', 'Quebec City', 'Québec City', 'Ville de Québec', 'Longueuil', 'Sherbrooke', 'Trois-Rivières', 'Saguenay', 'Lévis', 'Terrebonne', 'Rimouski']],
  ['QC', ['Laval'], 'sibling'],
  ['BC', ['Vancouver', 'Burnaby', 'Kelowna', 'Abbotsford', 'Nanaimo', 'Kamloops', 'Coquitlam', 'Greater Vancouver', 'Metro Vancouver']],
  ['BC', ['Victoria', 'Surrey'], 'sibling'],
  ['AB', ['Calgary', 'Edmonton', 'Red Deer', 'Lethbridge']],
  ['MB', ['Winnipeg']],
  ['SK', ['Regina', 'Saskatoon']],
  ['NS', ['Halifax']],
  ['NS', ['Dartmouth'], 'sibling'],
  ['NB', ['Fredericton', 'Moncton', 'Saint John']],
  ['NL', ["St. John's", "Saint John's"]],
  ['PE', ['Charlottetown', 'Summerside']],
  ['YT', ['Whitehorse']],
  ['NT', ['Yellowknife']],
  ['NU', ['Iqaluit']],
]

/** Major Canadian cities, mapped to their province; the National Capital Region spans Ontario and Quebec. */
export const CANADIAN_CITIES: readonly PlaceEntry[] = [
  ...CANADIAN_CITY_ROWS.flatMap(([province, names, ambiguous]) =>
    names.map((name): PlaceEntry => ({ ids: ['CA', `CA-${province}`], country: 'CA', kind: 'city', names: [name], ...(ambiguous ? { ambiguous } : {}) })),
  ),
  { ids: ['CA', 'CA-ON'], country: 'CA', kind: 'region', names: ['National Capital Region', 'région de la capitale nationale', 'Région de la capitale nationale', 'Ottawa-Gatineau', 'Ottawa–Gatineau'], ambiguous: 'sibling' },
  { ids: ['CA', 'CA-QC'], country: 'CA', kind: 'region', names: ['National Capital Region', 'région de la capitale nationale', 'Région de la capitale nationale', 'Ottawa-Gatineau', 'Ottawa–Gatineau'], ambiguous: 'sibling' },
]

/** A few large European cities postings name without their country. */
const EUROPEAN_CITY_ROWS: ReadonlyArray<readonly [country: string, names: readonly string[], ambiguous?: 'strict' | 'sibling']> = [
  ['GB', ['Edinburgh', 'Glasgow', 'Belfast', 'Cardiff']],
  ['GB', ['London', 'Manchester', 'Birmingham', 'Bristol', 'Oxford', 'Leeds'], 'sibling'],
  ['DE', ['Berlin', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln']],
  ['FR', ['Lyon', 'Marseille', 'Toulouse']],
  ['FR', ['Paris'], 'sibling'],
  ['NL', ['Amsterdam', 'Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven']],
  ['IE', ['Dublin', 'Cork'], 'sibling'],
  ['ES', ['Madrid', 'Barcelona', 'Valencia']],
  ['PT', ['Lisbon', 'Lisbonne', 'Porto']],
  ['SE', ['Stockholm']],
  ['DK', ['Copenhagen', 'Copenhague']],
  ['BE', ['Brussels', 'Bruxelles']],
  ['AT', ['Vienna', 'Vienne']],
  ['PL', ['Warsaw', 'Varsovie', 'Kraków', 'Krakow']],
  ['CZ', ['Prague']],
  ['IT', ['Milan', 'Rome'], 'sibling'],
  ['FI', ['Helsinki']],
]

/** Large European cities, under their country (and the EU for member states). */
export const EUROPEAN_CITIES: readonly PlaceEntry[] = EUROPEAN_CITY_ROWS.flatMap(([country, names, ambiguous]) =>
  names.map((name): PlaceEntry => ({ ids: country === 'GB' ? ['GB'] : ['EU', country], country, kind: 'city', names: [name], ...(ambiguous ? { ambiguous } : {}) })),
)

/** Every place postlint recognises. */
export const PLACES: readonly PlaceEntry[] = [
  ...COUNTRIES,
  ...US_STATES,
  ...US_DISTRICT,
  ...CANADIAN_PROVINCES,
  ...US_LAW_PLACES,
  ...US_CITIES,
  ...CANADIAN_CITIES,
  ...EUROPEAN_CITIES,
]

/**
 * Words that, right after a place name, make it part of another name: an
 * institution, a newspaper, a street ("Boston University", "Georgia Tech",
 * "Washington Post", "Ohio State", "Toronto Street").
 */
export const NAME_CONTINUATIONS: ReadonlySet<string> = new Set([
  'university', 'universite', 'college', 'tech', 'institute', 'institut', 'school', 'polytechnic', 'state', 'times', 'post',
  'globe', 'tribune', 'herald', 'star', 'sun', 'journal', 'street', 'avenue', 'ave', 'boulevard', 'blvd', 'road', 'rd',
  'drive', 'hall', 'bank', 'jets', 'giants', 'yankees', 'mets', 'knicks', 'nationals', 'capitals', 'bruins', 'celtics',
  'raptors', 'canadiens', 'senators', 'maple', 'stock', 'symphony', 'marathon', 'declaration', 'convention', 'accord',
  'accords', 'agreement', 'protocol', 'treaty', 'public',
])

/**
 * Words that, right before a place name, make it part of another name:
 * "University of Chicago", "Université de Montréal", "Bank of America",
 * "Government of Canada" (the employer, not a place of work).
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['university of', 'universite de', 'universite du', 'bank of', 'college of', 'banque du', 'government of', 'gouvernement du'])
