/**
 * Where the job is: place names, location lines, front matter, remote
 * statements and the jurisdictions they bring in, on written examples and
 * on real postings of the corpus (file names in the cases).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findLocation, nameWords, normalizeWord, readCuePlaces, readPlaceList, tokenize, type LocationOptions, type LocationResult } from '../../src/facts/location.js'
import { CANADIAN_PROVINCES, PLACES, US_STATES } from '../../src/facts/places.js'
import { getJurisdiction, remoteReach } from '../../src/jurisdictions/index.js'
import { Linter } from '../../src/linter/linter.js'
import { sourceFor } from '../linter/helpers.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

const AS_OF = '2026-11-27'

function locate(text: string, options: Partial<LocationOptions> = {}, filename = 'posting.md'): LocationResult {
  return findLocation(sourceFor(text, filename), { asOf: AS_OF, ...options })
}

/** The ids that come from the posting itself (not from remote reach). */
function located(result: LocationResult): string[] {
  return result.jurisdictions.filter((match) => match.reason !== 'remote').map((match) => match.id)
}

function remoteIds(result: LocationResult): string[] {
  return result.jurisdictions.filter((match) => match.reason === 'remote').map((match) => match.id)
}

function reasonOf(result: LocationResult, id: string): string | undefined {
  return result.jurisdictions.find((match) => match.id === id)?.reason
}

/** The ids a remote job open to a country's residents should add: the country, then what reaches remote jobs there, less what the posting placed already. */
function expectedReach(country: string, already: readonly string[]): string[] {
  return [country, ...remoteReach(country, AS_OF).map((jurisdiction) => jurisdiction.id)].filter((id) => !already.includes(id))
}

const linter = new Linter({ rules: new Map() })

function corpusLocation(file: string): LocationResult {
  const parsed = linter.parse(readFileSync(path.join(CORPUS, file)), file)
  if ('fatal' in parsed) throw new Error(`${file}: ${parsed.fatal.message}`)
  return findLocation(parsed.sourceCode, { asOf: AS_OF })
}

describe('place names', () => {
  it('tokenises dotted abbreviations as one word and keeps offsets', () => {
    const tokens = tokenize('Washington, D.C. and P.E.I.', 10)
    expect(tokens.map((token) => [token.text, token.norm, token.dotted, token.start])).toEqual([
      ['Washington', 'washington', false, 10],
      [',', ',', false, 20],
      ['D.C.', 'dc', true, 22],
      ['and', 'and', false, 27],
      ['P.E.I.', 'pei', true, 31],
    ])
  })

  it('has every US state and DC, each with its USPS code', () => {
    expect(US_STATES).toHaveLength(50)
    const dc = PLACES.find((entry) => entry.ids.at(-1) === 'US-DC')
    expect(dc?.codes).toContain('DC')
    for (const state of US_STATES) expect(state.codes?.[0]).toBe(state.ids[1]!.slice(3))
  })

  it('uses only jurisdiction ids the registry knows', () => {
    const unknown = new Set(PLACES.flatMap((entry) => entry.ids).filter((id) => !getJurisdiction(id)))
    expect([...unknown]).toEqual([])
  })

  it.each([
    ['Denver, CO', [['US', 'US-CO']]],
    ['New York, NY', [['US', 'US-NY', 'US-NY-NYC']]],
    ['New York, New York', [['US', 'US-NY', 'US-NY-NYC']]],
    ['NYC', [['US', 'US-NY', 'US-NY-NYC']]],
    ['New York City', [['US', 'US-NY', 'US-NY-NYC']]],
    ['Manhattan', [['US', 'US-NY', 'US-NY-NYC']]],
    ['Brooklyn; Queens; the Bronx; Staten Island', [['US', 'US-NY', 'US-NY-NYC'], ['US', 'US-NY', 'US-NY-NYC'], ['US', 'US-NY', 'US-NY-NYC'], ['US', 'US-NY', 'US-NY-NYC']]],
    ['Albany, New York', [['US', 'US-NY']]],
    ['New York State', [['US', 'US-NY']]],
    // The County's ordinance covers unincorporated areas only: Los Angeles and Santa Monica are outside it.
    ['Los Angeles, CA', [['US', 'US-CA', 'US-CA-LA']]],
    ['Santa Monica, CA', [['US', 'US-CA']]],
    ['Marina del Rey, CA', [['US', 'US-CA', 'US-CA-LA-COUNTY']]],
    ['Los Angeles County', [['US', 'US-CA', 'US-CA-LA-COUNTY']]],
    ['Manhattan Beach, California', [['US', 'US-CA']]],
    ['San Francisco', [['US', 'US-CA', 'US-CA-SF']]],
    ['Philadelphia, PA', [['US', 'US-PA', 'US-PA-PHL']]],
    ['Jersey City, NJ', [['US', 'US-NJ', 'US-NJ-JC']]],
    ['White Plains, NY', [['US', 'US-NY', 'US-NY-WESTCHESTER']]],
    ['Yonkers', [['US', 'US-NY', 'US-NY-WESTCHESTER']]],
    ['New Rochelle', [['US', 'US-NY', 'US-NY-WESTCHESTER']]],
    ['Cleveland, OH', [['US', 'US-OH', 'US-OH-CLEVELAND']]],
    ['Columbus, Ohio', [['US', 'US-OH', 'US-OH-COLUMBUS']]],
    ['Seattle', [['US', 'US-WA']]],
    ['Chicago', [['US', 'US-IL']]],
    ['Boston', [['US', 'US-MA']]],
    ['Austin', [['US', 'US-TX']]],
    ['Atlanta', [['US', 'US-GA']]],
    ['Washington, DC', [['US', 'US-DC']]],
    ['Washington, D.C.', [['US', 'US-DC']]],
    ['Washington DC', [['US', 'US-DC']]],
    ['Washington State', [['US', 'US-WA']]],
    ['Spokane, Washington', [['US', 'US-WA']]],
    ['Pittsburgh, Pa.', [['US', 'US-PA']]],
    ['St. Louis, MO', [['US', 'US-MO']]],
    ['Minneapolis MN', [['US', 'US-MN']]],
    ['Hampton, VA', [['US', 'US-VA']]],
    // A town the index does not hold counts by its state.
    ['Nahville, TN', [['US', 'US-TN']]],
    // A namesake in another state is that state.
    ['Columbus, GA', [['US', 'US-GA']]],
    ['Portland, Maine', [['US', 'US-ME']]],
    ['Glendale, AZ', [['US', 'US-AZ']]],
    ['Glendale, CA', [['US', 'US-CA']]],
    ['Denver, CO, USA', [['US', 'US-CO']]],
    ['Toronto, Ontario', [['CA', 'CA-ON']]],
    ['Ottawa (Ontario)', [['CA', 'CA-ON']]],
    ['Gatineau (Québec)', [['CA', 'CA-QC']]],
    ['Montréal, QC', [['CA', 'CA-QC']]],
    ['Vancouver, B.C.', [['CA', 'CA-BC']]],
    ['Halifax, NS', [['CA', 'CA-NS']]],
    ['Charlottetown, PEI', [['CA', 'CA-PE']]],
    ['Toronto, ON, Canada', [['CA', 'CA-ON']]],
    ['London, Ontario', [['CA', 'CA-ON']]],
    ['London, UK', [['GB']]],
    ['Berlin, Germany', [['EU', 'DE']]],
    ['Paris, France', [['EU', 'FR']]],
    ['France', [['EU', 'FR']]],
    ['European Union', [['EU']]],
    ['United Kingdom', [['GB']]],
    ['Canada', [['CA']]],
    ['USA', [['US']]],
    ['U.S.', [['US']]],
    ['CO', [['US', 'US-CO']]],
    ['Remote – OR', [['US', 'US-OR']]],
    ['Ontario, CA', [['CA', 'CA-ON']]],
    ['Texas, US', [['US', 'US-TX']]],
    // Ambiguous names beside a place of their country, or each other.
    ['Toronto; Waterloo', [['CA', 'CA-ON'], ['CA', 'CA-ON']]],
    ['London; Manchester', [['GB'], ['GB']]],
    ['Colorado, California, Texas', [['US', 'US-CO'], ['US', 'US-CA'], ['US', 'US-TX']]],
  ])('reads %j in a location value', (value, expected) => {
    expect(readPlaceList(value).map((found) => [...found.entry.ids])).toEqual(expected)
  })

  it('spans the place as written, region and country included', () => {
    const value = 'Washington, DC; Denver, CO, USA; Ottawa (Ontario)'
    expect(readPlaceList(value).map((found) => value.slice(found.start, found.end))).toEqual(['Washington, DC', 'Denver, CO, USA', 'Ottawa (Ontario)'])
  })

  it('reads every Canadian province and territory by its English and French names and codes', () => {
    for (const province of CANADIAN_PROVINCES) {
      for (const name of province.names) expect(readPlaceList(name).map((found) => found.entry.ids.at(-1)), name).toEqual([province.ids[1]])
      for (const code of province.codes ?? []) expect(readPlaceList(`Townsville, ${code}`).map((found) => found.entry.ids.at(-1)), code).toEqual([province.ids[1]])
    }
    expect(readPlaceList('Québec').map((found) => found.entry.ids.at(-1))).toEqual(['CA-QC'])
    expect(readPlaceList('Île-du-Prince-Édouard').map((found) => found.entry.ids.at(-1))).toEqual(['CA-PE'])
    expect(readPlaceList('Colombie-Britannique').map((found) => found.entry.ids.at(-1))).toEqual(['CA-BC'])
    expect(readPlaceList('Terre-Neuve-et-Labrador').map((found) => found.entry.ids.at(-1))).toEqual(['CA-NL'])
    expect(readPlaceList('Kingston, Ont.').map((found) => found.entry.ids.at(-1))).toEqual(['CA-ON'])
  })

  it.each([
    // A code with words around it is not an item of its own; "Co." and "me" are not codes.
    ['Remote IN office'],
    ['Flexible, OR remote'],
    ['Waterloo'],
    ['London'],
    ['call me'],
    ['Acme Co.'],
    ['Jersey'],
    ['Washington'],
    ['Georgia Tech'],
    ['Boston University'],
    ['University of Chicago'],
    ['Washington Post'],
    ['Ohio State'],
    ['Glendale'],
    ['Richmond'],
  ])('finds no place in %j', (value) => {
    expect(readPlaceList(value)).toEqual([])
  })

  it('lists places after a cue until a word that is not one', () => {
    const text = 'Ottawa, Montreal, Toronto, and Kitchener; we largely work distributedly'
    expect(readCuePlaces(text).map((found) => text.slice(found.start, found.end))).toEqual(['Ottawa', 'Montreal', 'Toronto', 'Kitchener'])
    const french = 'à Ottawa, à Montréal, à Toronto ou à Kitchener; bien que'
    expect(readCuePlaces(french).map((found) => found.entry.ids.at(-1))).toEqual(['CA-ON', 'CA-QC', 'CA-ON', 'CA-ON'])
    expect(readCuePlaces('the General Services Administration (GSA)')).toEqual([])
    expect(readCuePlaces('the U.S.').map((found) => [...found.entry.ids])).toEqual([['US']])
  })
})

describe('location lines and sentences', () => {
  it('reads a location line with the range of the place', () => {
    const text = '# Engineer\n\nLocation: Denver, CO\n'
    const result = locate(text)
    expect(result.jurisdictions).toEqual([
      { id: 'US', reason: 'text', text: 'Denver, CO', range: [text.indexOf('Denver'), text.indexOf('Denver') + 'Denver, CO'.length] },
      { id: 'US-CO', reason: 'text', text: 'Denver, CO', range: [text.indexOf('Denver'), text.indexOf('Denver') + 'Denver, CO'.length] },
    ])
    expect(result.places).toEqual([{ text: 'Denver, CO', country: 'US', jurisdictions: ['US', 'US-CO'], start: text.indexOf('Denver'), end: text.indexOf('Denver') + 10 }])
    expect(result.remote).toBe('no')
    expect(result.country).toBe('US')
  })

  it('reads the location list the corpus front matter writes, remote option included', () => {
    const value = 'Washington, DC; San Francisco, CA; Chicago, IL; New York, NY; Virtual (100% Remote)'
    const result = locate(`Locations: ${value}\n`)
    const places = ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC']
    expect(located(result)).toEqual(places)
    expect(result.remote).toBe('yes-us')
    expect(remoteIds(result)).toEqual(expectedReach('US', places))
    const remote = result.jurisdictions.filter((match) => match.reason === 'remote')
    for (const match of remote) expect(match.text).toBe('Virtual (100% Remote)')
  })

  it('reads "New York, NY (Hybrid)" as New York City, hybrid', () => {
    const result = locate('**Location:** New York, NY (Hybrid)\n')
    expect(located(result)).toEqual(['US', 'US-NY', 'US-NY-NYC'])
    expect(result.remote).toBe('hybrid')
    expect(remoteIds(result)).toEqual([])
  })

  it.each([['Location: Remote – US'], ['Location: Remote (US only)'], ['Location: Anywhere in the U.S. (remote)'], ['Location: Remote - USA']])('reads %j as remote in the US', (line) => {
    const result = locate(`${line}\n`)
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US'])
    expect(reasonOf(result, 'US')).toBe('text')
    expect(remoteIds(result)).toEqual(expectedReach('US', ['US']))
  })

  it('reads "US based applicants only" as where a remote job is open', () => {
    const text = 'Location: Remote\n\nUS based applicants only.\n'
    const result = locate(text)
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US'])
    expect(result.places.map((place) => place.text)).toEqual(['US'])
    expect(remoteIds(result)).toEqual(expectedReach('US', ['US']))
  })

  it('reads "open to candidates anywhere in the United States" as remote in the US', () => {
    const text = 'This role is open to candidates anywhere in the United States.\n'
    const result = locate(text)
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US'])
    expect(remoteIds(result)).toEqual(expectedReach('US', ['US']))
    for (const remote of result.jurisdictions.filter((match) => match.reason === 'remote')) {
      expect(remote.text).toBe('This role is open to candidates anywhere in the United States.')
      expect(remote.range).toEqual([0, text.trimEnd().length])
    }
  })

  it('narrows remote reach to the state a remote job is open in', () => {
    const result = locate('This position is fully remote. You can work from anywhere in New York State.\n')
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US', 'US-NY'])
    const inNewYork = remoteReach('US', AS_OF).map((jurisdiction) => jurisdiction.id).filter((id) => id.startsWith('US-NY-'))
    expect(remoteIds(result)).toEqual(inNewYork)
  })

  it('narrows remote reach to the states a location line lists beside "Remote"', () => {
    const result = locate('Location: Remote, Colorado only\n')
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US', 'US-CO'])
    expect(remoteIds(result)).toEqual(remoteReach('US', AS_OF).map((jurisdiction) => jurisdiction.id).filter((id) => id === 'US-CO' && !located(result).includes(id)))
    // A town placed by its state is not an area: the remote option is open in the whole country.
    const town = locate('Location: Nahville, TN; Remote\n')
    expect(remoteIds(town)).toEqual(expectedReach('US', ['US', 'US-TN']))
  })

  it('reads a "## Location" heading and the paragraph after it', () => {
    const result = locate('## Location\n\nBoston, MA\n\n## About you\n\nYou love Chicago pizza.\n')
    expect(located(result)).toEqual(['US', 'US-MA'])
  })

  it('reads a location label on its own line with the value on the next', () => {
    const result = locate('<p><strong>Location:</strong>\nToronto, Ontario</p>', {}, 'posting.html')
    expect(located(result)).toEqual(['CA', 'CA-ON'])
    expect(result.country).toBe('CA')
  })

  it('reads a table cell labelled Location, by column or beside it', () => {
    expect(located(locate('| Location | Salary |\n|---|---|\n| Austin, TX | $100,000 |\n'))).toEqual(['US', 'US-TX'])
    expect(locate('| Location | Remote |\n|---|---|\n| Austin, TX | No |\n').remote).toBe('no')
    expect(located(locate('| Title | Engineer |\n|---|---|\n| Location | Boise, ID |\n'))).toEqual(['US', 'US-ID'])
    const html = '<table><tr><th>Lieu</th><th>Salaire</th></tr><tr><td>Regina (Saskatchewan)</td><td>70 000 $</td></tr></table>'
    expect(located(locate(html, {}, 'posting.html'))).toEqual(['CA', 'CA-SK'])
  })

  it('reads French location lines and provinces', () => {
    const result = locate('Lieu : Gatineau (Québec)\n')
    expect(located(result)).toEqual(['CA', 'CA-QC'])
    expect(result.places[0]?.text).toBe('Gatineau (Québec)')
    expect(locate('Lieu de travail : Moncton (Nouveau-Brunswick)\n').places.map((place) => place.jurisdictions)).toEqual([['CA', 'CA-NB']])
    expect(located(locate('Le poste est situé à Halifax, en Nouvelle-Écosse.\n'))).toEqual(['CA', 'CA-NS'])
  })

  it.each([
    ['This position is located in Denver, Colorado.', ['US', 'US-CO']],
    ['The team is based in Philadelphia.', ['US', 'US-PA', 'US-PA-PHL']],
    ['You will be based out of our Jersey City office.', ['US', 'US-NJ', 'US-NJ-JC']],
    ['Applicants must be willing to relocate to or commute to San Francisco, Chicago, New York City, or Washington, DC.', ['US', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC', 'US-DC']],
    ['We are hiring engineers in Cleveland and Columbus.', ['US', 'US-OH', 'US-OH-CLEVELAND', 'US-OH-COLUMBUS']],
    ['This role requires you to work in White Plains, NY.', ['US', 'US-NY', 'US-NY-WESTCHESTER']],
    ['Ce poste est situé à Ottawa.', ['CA', 'CA-ON']],
    ['We’re hiring people at all levels of experience in Ottawa, Toronto, Waterloo, and Montreal.', ['CA', 'CA-ON', 'CA-QC']],
  ])('reads the place of work in %j', (sentence, expected) => {
    const result = locate(`${sentence}\n`)
    expect(located(result)).toEqual(expected)
    for (const match of result.jurisdictions) expect(match.reason).toBe('text')
  })

  it.each([
    ['Our New York office closed in 2019.'],
    ['Our office in New York closed in 2019.'],
    ['You hold a degree from Boston University.'],
    ['Georgia Tech graduates are welcome.'],
    ['Experience with Jersey cattle is a plus.'],
    ['Our customers are in Denver, Seattle and Austin.'],
    ['Please bring a Co. letterhead. IN, OR, ME, OK, HI and DE are not places here.'],
    ['This job can be performed from home with occasional travel to Ottawa.'],
    ['TBS is a central agency located in the National Capital Region.'],
    ['There is no need to be located in the National Capital Region.'],
    ['Washington is a great place.'],
  ])('does not place the job from %j', (sentence) => {
    const result = locate(`${sentence}\n`)
    expect(result.places).toEqual([])
    expect(located(result)).toEqual([])
  })

  it('tells Washington the state from Washington the capital by context', () => {
    expect(located(locate('Location: Washington, D.C.\n'))).toEqual(['US', 'US-DC'])
    expect(located(locate('Location: Washington State\n'))).toEqual(['US', 'US-WA'])
    expect(located(locate('Location: Seattle, Washington\n'))).toEqual(['US', 'US-WA'])
    expect(located(locate('Location: Washington\n'))).toEqual([])
  })

  it('ignores notes inside Liquid comments', () => {
    const text = 'Location: Remote – US\n\n{% comment %}\nIf the position location is only Washington, DC, update the pay.\n{% endcomment %}\n'
    const result = locate(text)
    expect(located(result)).toEqual(['US'])
  })

  it('reads "not remote" and "hybrid" sentences', () => {
    const notRemote = locate('This position is not remote and is physically based in Washington, DC.\n')
    expect(notRemote.remote).toBe('no')
    expect(located(notRemote)).toEqual(['US', 'US-DC'])
    expect(locate('This is a hybrid role based in Toronto.\n').remote).toBe('hybrid')
    expect(locate('If the position isn’t remote, your locality is where the office is.\n').remote).toBe('unknown')
    expect(locate('If this position is not 100% remote, update the salary range.\n').remote).toBe('unknown')
    expect(locate('If you love code, this fully remote role is for you.\n').remote).toBe('yes-anywhere')
    expect(locate('A new policy requires pre-approval for fully remote positions.\n').remote).toBe('unknown')
    expect(locate('Obtain remote IT equipment authorizations for all employees.\n').remote).toBe('unknown')
  })

  it('prefers location lines to sentences for remote', () => {
    const result = locate('Location: Denver, CO (on-site)\n\nMost of our roles are remote, and in this fully remote position you will travel.\n')
    expect(result.remote).toBe('no')
  })

  it('reads remote in Canada, in English and French', () => {
    const english = locate('This role can be performed from anywhere in Canada.\n')
    expect(english.remote).toBe('yes-ca')
    expect(located(english)).toEqual(['CA'])
    expect(remoteIds(english)).toEqual(expectedReach('CA', ['CA']))
    const french = locate('Ce rôle peut être assumé de n’importe où au Canada.\n')
    expect(french.remote).toBe('yes-ca')
    expect(located(french)).toEqual(['CA'])
  })

  it('reads a remote job open anywhere as open in every country with remote-reaching laws', () => {
    const result = locate('Location: Remote (worldwide)\n\nYou can work from anywhere.\n')
    expect(result.remote).toBe('yes-anywhere')
    expect(result.country).toBeNull()
    const reach = ['US', 'CA', 'GB', 'EU'].flatMap((country) => remoteReach(country, AS_OF).map((jurisdiction) => jurisdiction.id))
    expect(remoteIds(result).sort()).toEqual(reach.sort())
  })

  it('brings in the laws that reach remote jobs once the registry has them (US-CO and US-CA)', () => {
    // Depends on the jurisdiction data: Colorado's and California's posting laws reach remote jobs.
    const result = locate('Location: Remote – US\n')
    expect(remoteIds(result)).toEqual(expect.arrayContaining(['US-CO', 'US-CA']))
  })

  it('brings in nothing by remote reach before the laws were in force', () => {
    const result = findLocation(sourceFor('Location: Remote – US\n'), { asOf: '2015-01-01' })
    expect(remoteIds(result)).toEqual(remoteReach('US', '2015-01-01').map((jurisdiction) => jurisdiction.id))
  })
})

describe('front matter', () => {
  it('reads location, locations, city, state, province and country', () => {
    const text = "---\nlocation: 'Washington, DC'\nlocations:\n  - Boston, MA\n  - Toronto, ON\n---\n\nBody.\n"
    const result = locate(text)
    expect(located(result)).toEqual(['US', 'US-DC', 'US-MA', 'CA', 'CA-ON'])
    for (const match of result.jurisdictions) expect([match.reason, match.range]).toEqual(['front-matter', null])
    expect(result.places.map((place) => [place.text, text.slice(place.start, place.end)])).toEqual([
      ['Washington, DC', 'Washington, DC'],
      ['Boston, MA', 'Boston, MA'],
      ['Toronto, ON', 'Toronto, ON'],
    ])
    expect(located(locate('---\ncity: Denver\nstate: CO\n---\n'))).toEqual(['US', 'US-CO'])
    expect(located(locate('---\nprovince: QC\n---\n'))).toEqual(['CA', 'CA-QC'])
    expect(located(locate('---\ncountry: CA\n---\n'))).toEqual(['CA'])
    expect(locate('---\ncountry: CA\n---\n').country).toBe('CA')
  })

  it('does not read a posting status as a state', () => {
    // The corpus front matter writes `state: closed` (tts-join/md, 105 files).
    expect(located(locate('---\nstate: closed\n---\n\nText.\n'))).toEqual([])
  })

  it('reads schema.org jobLocation and remote fields', () => {
    const text = [
      '---',
      'jobLocation:',
      '  "@type": Place',
      '  address:',
      '    "@type": PostalAddress',
      '    addressLocality: Seattle',
      '    addressRegion: WA',
      '    addressCountry: US',
      'jobLocationType: TELECOMMUTE',
      'applicantLocationRequirements:',
      '  "@type": Country',
      '  name: USA',
      '---',
      '',
    ].join('\n')
    const result = locate(text)
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US', 'US-WA'])
    expect(result.places.map((place) => [place.text, place.start])).toEqual([
      ['Seattle, WA, US', -1],
      ['USA', text.indexOf('USA')],
    ])
  })

  it('reads remote: true and explicit jurisdiction ids', () => {
    const result = locate('---\nremote: true\ncountry: US\njurisdictions: [US-NY-NYC]\n---\n')
    expect(result.remote).toBe('yes-us')
    expect(result.jurisdictions[0]).toEqual({ id: 'US-NY-NYC', reason: 'front-matter', text: 'US-NY-NYC', range: null })
    expect(located(result)).toEqual(['US-NY-NYC', 'US'])
  })

  it('puts front matter before the text', () => {
    const result = locate('---\nlocation: Denver, CO\n---\n\nLocation: Boulder, CO; Austin, TX\n')
    expect(result.jurisdictions.map((match) => [match.id, match.reason])).toEqual([
      ['US', 'front-matter'],
      ['US-CO', 'front-matter'],
      ['US-TX', 'text'],
    ])
    expect(result.places.map((place) => place.text)).toEqual(['Denver, CO', 'Boulder, CO', 'Austin, TX'])
  })
})

describe('an explicit list', () => {
  it('is the answer, and places in the text are still listed', () => {
    const result = locate('Locations: Denver, CO; Remote – US\n', { jurisdictions: ['us-ny', 'US-NY-NYC'] })
    expect(result.jurisdictions).toEqual([
      { id: 'US-NY', reason: 'config', text: 'us-ny', range: null },
      { id: 'US-NY-NYC', reason: 'config', text: 'US-NY-NYC', range: null },
    ])
    expect(result.places.map((place) => place.text)).toEqual(['Denver, CO', 'US'])
    expect(result.country).toBe('US')
  })

  it('is not given when empty', () => {
    expect(located(locate('Location: Denver, CO\n', { jurisdictions: [] }))).toEqual(['US', 'US-CO'])
  })
})

describe('the posting country', () => {
  it('comes from places, else from the country the posting talks about', () => {
    expect(locate('Location: Toronto, ON\n\nThe pay is $90,000.\n').country).toBe('CA')
    const federal = locate('Open to U.S. citizens and nationals.\n')
    expect(federal.country).toBe('US')
    expect(federal.jurisdictions).toEqual([{ id: 'US', reason: 'text', text: 'U.S.', range: [8, 12] }])
    expect(locate('We build things.\n').country).toBeNull()
  })

  it('comes from the domains of links when the words do not say it', () => {
    const text = 'Apply on [USAJOBS](https://www.usajobs.gov/job/1).\n'
    const result = locate(text)
    expect(result.country).toBe('US')
    expect(result.jurisdictions).toEqual([{ id: 'US', reason: 'text', text: 'www.usajobs.gov', range: [9, text.indexOf(')') + 1] }])
    expect(locate('---\napply: https://emplois.gc.ca/1\n---\n\nWe build things.\n').jurisdictions).toEqual([{ id: 'CA', reason: 'front-matter', text: 'emplois.gc.ca', range: null }])
  })

  it('reads a remote job in a posting about a country as remote in that country', () => {
    const result = locate('Location: Virtual (100% Remote)\n\nOpen to U.S. citizens.\n')
    expect(result.remote).toBe('yes-us')
    expect(located(result)).toEqual(['US'])
  })
})

/**
 * Real location forms of the corpus: the non-remote ids, how the first was
 * found, and the remote kind. Each expectation was checked by reading the file.
 */
const CORPUS_CASES: Array<[file: string, ids: string[], reason: 'front-matter' | 'text', remote: string]> = [
  // location: 'Boston, MA (virtual) and Hampton, VA (virtual)'
  ['tts-join/md/pages_positions_cloud-platform-lead.md', ['US', 'US-MA', 'US-VA'], 'front-matter', 'yes-us'],
  // location: 'Boston, MA and Hampton, VA'
  ['tts-join/md/pages_positions_consulting-technical-lead.md', ['US', 'US-MA', 'US-VA'], 'front-matter', 'no'],
  // location: 'Boston, MA'
  ['tts-join/md/pages_positions_cloud.gov-consulting-technical-lead.md', ['US', 'US-MA'], 'front-matter', 'no'],
  // location: 'Full time, Virtual (Location Negotiable After Selection, US)'
  ['tts-join/md/pages_positions_oa-oversight-branch-chief.md', ['US'], 'front-matter', 'yes-us'],
  // location: 'Remote' (the country from "United States" in the text)
  ['tts-join/md/pages_positions_TTS-Deputy_Director.md', ['US'], 'text', 'yes-us'],
  // location: 'Virtual (100% Remote)'
  ['tts-join/md/pages_positions_SOL-Public_Experience_Director.md', ['US'], 'text', 'yes-us'],
  // location: 'Virtual (100% Remote), Washington, DC; San Francisco, CA; Chicago, IL; New York, NY'
  ['tts-join/md/pages_positions_18F-executive-director.md', ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC'], 'front-matter', 'yes-us'],
  // location: 'Virtual (100% Remote); Washington, DC; New York, NY; San Francisco, CA; Chicago, IL'
  ['tts-join/md/pages_positions_cloud-operations-sre.md', ['US', 'US-DC', 'US-NY', 'US-NY-NYC', 'US-CA', 'US-CA-SF', 'US-IL'], 'front-matter', 'yes-us'],
  // location: 'Washington DC'
  ['tts-join/md/pages_positions_innovation-adoption-lead.md', ['US', 'US-DC'], 'front-matter', 'no'],
  // location: 'Washington, DC'
  ['tts-join/md/pages_positions_PIF-Director-of-Agency-Success.md', ['US', 'US-DC'], 'front-matter', 'no'],
  // location: 'Washington, DC; Boston, MA (virtual); Denver, CO (virtual)'
  ['tts-join/md/pages_positions_cloud-consulting-tech-lead.md', ['US', 'US-DC', 'US-MA', 'US-CO'], 'front-matter', 'yes-us'],
  // location: 'virtual'
  ['tts-join/md/pages_positions_outreachdirector15.md', ['US'], 'text', 'yes-us'],
  // location: Anywhere in the U.S. (remote)
  ['tts-join/md/positions_PXCOBranchChief.md', ['US'], 'front-matter', 'yes-us'],
  // location: We have office locations in Washington DC,  San Francisco, Chicago, and New York. We also offer virtual opportunities.
  ['tts-join/md/pages_positions_TTS-account-manager.md', ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC'], 'front-matter', 'yes-us'],
  // location: Washington, DC (unquoted)
  ['tts-join/md/pages_positions_coe-devops-engineer.md', ['US', 'US-DC'], 'front-matter', 'no'],
  // No front-matter fences: the location line is text, 24 cities ("Nahville, TN", "Minneapolis MN") and Virtual (100% Remote)
  [
    'tts-join/md/pages_positions_cloud-operation-site-reliability-engineer.md',
    ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC', 'US-GA', 'US-TX', 'US-MA', 'US-CO', 'US-SC', 'US-NV', 'US-CA-LA', 'US-FL', 'US-WI', 'US-MN', 'US-NE', 'US-PA', 'US-PA-PHL', 'US-OR', 'US-TN', 'US-WA', 'US-MO'],
    'text',
    'yes-us',
  ],
  // **Location:** Anywhere in the U.S. (remote), front matter without its opening fence
  ['tts-join/md/position_PXContactCenterAnalyst.md', ['US'], 'text', 'yes-us'],
  // location: Anywhere in the U.S. (remote), in front matter YAML cannot read
  ['tts-join/md/positions_login-data-analyst-2024.md', ['US'], 'front-matter', 'yes-us'],
  // **Location:** then a Liquid comment, then Virtual (100% Remote); "position location is only Washington, DC" inside a comment
  ['tts-join/md/positions_TEST-POSITION.md', ['US'], 'text', 'yes-us'],
  // "Applicants must be willing to relocate to or commute to San Francisco, Chicago, New York City, or Washington, DC." and a location line
  ['tts-join/md/pages_positions_18f-content-designer-gs15.md', ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC'], 'text', 'no'],
  // <strong>Location:</strong> Washington, DC; "This position is not remote and is physically based in Washington, DC."
  ['tts-join/html/PIF-Director-of-Agency-Success.html', ['US', 'US-DC'], 'text', 'no'],
  // <strong>Location:</strong> Washington, DC; San Francisco, CA; Chicago, IL; New York, NY; Virtual (100% Remote)
  ['tts-join/html/tts-supervisor.html', ['US', 'US-DC', 'US-CA', 'US-CA-SF', 'US-IL', 'US-NY', 'US-NY-NYC'], 'text', 'yes-us'],
  // "While we have locations in Ottawa, Montreal, Toronto, and Kitchener; we largely work distributedly and equally value candidates in other parts of Canada."
  ['cds-canada/en/content_en_join-our-team_positions_senior-agile-delivery-manager-covid-alert.md', ['CA', 'CA-ON', 'CA-QC'], 'text', 'yes-ca'],
  // "in Ottawa, Toronto, Waterloo, and Montreal" (Waterloo beside Canadian cities)
  ['cds-canada/en/content_en_careers_positions_technical-writer.md', ['CA', 'CA-ON', 'CA-QC'], 'text', 'no'],
  // "This job can be performed from anywhere in Canada with occasional travel to Ottawa."
  ['cds-canada/en/content_en_careers_positions_chief-executive-officer---cds--5368b30c-eb29-405f-a449-78208c0a79bc.md', ['CA'], 'text', 'yes-ca'],
  // "These positions are remote, there is no need to be located in the National Capital Region." "TBS is a central agency located in the National Capital Region."
  ['cds-canada/en/content_en_careers_positions_government-of-canada-it-senior-strategist--4bf2b501-23a8-4592-a1ea-35c93bafe3e0.md', ['CA'], 'text', 'yes-ca'],
  // "working from our office in Ottawa"
  ['cds-canada/en/content_en_careers_positions_outreach-assistant-co-op.md', ['CA', 'CA-ON'], 'text', 'no'],
  // "nous recherchons un ou une chef intérimaire … pour une période déterminée de 18 mois, à Ottawa."
  ['cds-canada/fr/content_fr_careers_positions_chef-des-op_rations-internes.md', ['CA', 'CA-ON'], 'text', 'no'],
  // "Nous embauchons … à Ottawa, à Montréal, à Toronto ou à Kitchener; bien que des candidats … seront pris en considération à d’autres endroits."
  ['cds-canada/fr/content_fr_careers_positions_chef-du-d_veloppement-logiciel.md', ['CA', 'CA-ON', 'CA-QC'], 'text', 'yes-ca'],
  // "ce poste exige que vous travailliez de la région de la capitale nationale (Ottawa)"
  ['cds-canada/fr/content_fr_careers_positions_conseiller-_re-principal-e-en-relations-avec-les-parties-prenantes--685e34db-a7c9-4476-bc60-ae1c1e751763.md', ['CA', 'CA-ON'], 'text', 'no'],
  // "this specific role requires you to work in the National Capital Region (Ottawa)"
  ['cds-canada/en/content_en_careers_positions_senior-stakeholder-relations-advisor---strategic-engagement--685e34db-a7c9-4476-bc60-ae1c1e751763.md', ['CA', 'CA-ON'], 'text', 'no'],
  // "Note that this role is located in the National Capital Region." (Ottawa–Gatineau: Ontario and Quebec)
  ['cds-canada/en/content_en_careers_positions_senior-stakeholder-relations-advisor-strategic-engagement---685e34db-a7c9-4476-bc60-ae1c1e751763.md', ['CA', 'CA-ON', 'CA-QC'], 'text', 'no'],
  // "… will report to the Technical Operations and Security Team Lead, and is distributed."
  ['cds-canada/en/content_en_careers_positions_technical-operations-analyst--27342ded-7532-417e-940a-3bfdfe260043.md', ['CA'], 'text', 'yes-ca'],
  // "Veuillez aussi noter que le travail se réalise de façon décentralisée."
  ['cds-canada/fr/content_fr_careers_positions_analyste-des-op_rations-techniques--27342ded-7532-417e-940a-3bfdfe260043.md', ['CA'], 'text', 'yes-ca'],
  // Front matter YAML cannot read and no body: the country from its link to presidentialinnovationfellows.gov
  ['tts-join/md/positions_AI-PIF-2023.md', ['US'], 'front-matter', 'unknown'],
  // No place at all; "remote IT equipment" is not a remote job; the country from "Canadians"
  ['cds-canada/en/content_en_careers_positions_administrative-officer---internal-operations---878766da-0bed-4884-b61b-994597a90f0f.md', ['CA'], 'text', 'unknown'],
]

describe('real postings', () => {
  it.each(CORPUS_CASES)('%s', (file, ids, reason, remote) => {
    const result = corpusLocation(file)
    expect(located(result)).toEqual(ids)
    expect(result.jurisdictions[0]?.reason).toBe(reason)
    expect(result.remote).toBe(remote)
    const country = ids[0]
    expect(result.country).toBe(country)
    if (remote === 'yes-us' || remote === 'yes-ca') expect(remoteIds(result)).toEqual(expectedReach(country!, ids))
    else expect(remoteIds(result)).toEqual([])
  })

  it('gives a place to every posting with a location in its front matter or a location line', () => {
    const missed: string[] = []
    for (const file of corpusFiles()) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8')
      const hasLine = /^location: *\S/m.test(text) || /<strong>Location:<\/strong>\s*\n?\s*[A-Z]/.test(text) || /^\*\*Location:\*\* *[A-Z]/m.test(text)
      if (!hasLine) continue
      const result = corpusLocation(file)
      if (result.places.length === 0 && result.remote === 'unknown') missed.push(file)
    }
    expect(missed).toEqual([])
  })
})

describe('words of place names and of text', () => {
  const slowNormalize = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
  const piece = fc.constantFrom('a', 'Z', 'é', 'È', 'ô', 'ß', 'İ', 'ſ', 'K', '9', "'", '’', ' ', '  ', '.', '-', 'N.', 'ﬁ', 'e\u0301', 'Ω')

  it('reads a plain name’s words as tokenize does, for every name of the index and generated ones', () => {
    const forms = PLACES.flatMap((entry) => [...entry.names, ...(entry.regionNames ?? []), ...(entry.codes ?? [])])
    expect(forms.length).toBeGreaterThan(700)
    for (const form of forms) expect(nameWords(form), form).toEqual(tokenize(form).filter((token) => token.word))
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const form = pieces.join('')
        expect(nameWords(form)).toEqual(tokenize(form).filter((token) => token.word))
      }),
      { numRuns: 3000 },
    )
  })

  it('normalises a word as decomposing, dropping marks and apostrophes and lower-casing do', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const word = pieces.join('')
        expect(normalizeWord(word)).toBe(slowNormalize(word))
      }),
      { numRuns: 3000 },
    )
  })
})
