/**
 * Where the job is: the places a posting names, whether it is remote, its
 * country, and the jurisdictions whose laws follow from them.
 *
 * How it decides:
 * 1. An explicit list (`settings.jurisdictions`, `--jurisdiction`) is the
 *    answer; places in the text are still listed.
 * 2. Otherwise front matter first (`location`, `locations`, `city`, `state`,
 *    `province`, `country`, `jurisdictions`, `remote`, schema.org
 *    `jobLocation`/`address`/`jobLocationType`/`applicantLocationRequirements`;
 *    front matter YAML cannot read is read line by line), then the text, in
 *    document order: location lines ("Location: Denver, CO", "Lieu :
 *    Gatineau (Québec)"), a "Location" heading and the paragraph after it, a
 *    "Location" table cell and the cell below or beside it, and sentences
 *    about where the work is done ("This position is located in …", "based
 *    in …", "willing to relocate to …", "We're hiring … in Ottawa, Toronto",
 *    "anywhere in the United States"). A place name anywhere else ("our New
 *    York office closed in 2019", "a degree from Boston University", "TBS is
 *    a central agency located in …") is not where the job is. Liquid and
 *    Hugo comments (template notes) are skipped.
 * 3. Place names are read with a word index over `places.ts` (longest name
 *    first), then an optional region after a comma or in brackets ("Denver,
 *    CO", "Ottawa (Ontario)") and an optional country. Two-letter codes count
 *    only in that region slot or alone as an item of a location line; a city
 *    the index does not know counts by its region ("Hampton, VA" → US-VA).
 * 4. Remote: the words of location values ("Virtual (100% Remote)", "New
 *    York, NY (Hybrid)", "Remote – US") and sentences that say it of this job
 *    ("In this fully remote position", "This role can be performed from
 *    anywhere in Canada", "This position is not remote"), unless a condition
 *    ("If the position isn't remote") governs them; front matter beats
 *    location lines, which beat sentences. A remote job open to a country's
 *    residents brings in every jurisdiction there whose law reaches remote
 *    jobs (`remoteReach`), narrowed to the states or provinces it names.
 * 5. The posting's country: configuration, front matter `country`, the
 *    places, the remote statement, else the country the posting talks about
 *    (its mentions of "U.S.", "Canada", "canadien", else the domains of its
 *    links: .gov, .gc.ca …). When nothing places the job, that country is
 *    its jurisdiction. The country also reads a bare `$`.
 *
 * Offsets of places found in the text are file offsets; places read from
 * front matter point at their value in the front-matter block, or at -1
 * when the value cannot be found there (a composed schema.org address).
 */
import type { Paragraph, Sentence } from 'nlcst'
import type { Range } from '../types.js'
import type { ProseText, SourceCode } from '../linter/source-code.js'
import { SOURCE_PLACEHOLDER } from '../linter/source-code.js'
import { allJurisdictions, lineage, remoteReach } from '../jurisdictions/index.js'
import type { JurisdictionMatch, Place, RemoteKind } from './types.js'
import { COUNTRY_SLOT_CODES, NAME_CONTINUATIONS, NAME_PREFIXES, PLACES, type PlaceEntry } from './places.js'
import { matchesOf } from '../linter/matches.js'
import { execText, lazyPattern, testText } from '../linter/narrow.js'
import { TextMemo } from '../linter/text-memo.js'
import { gateText, WORD_END, WORD_START, WordAlternatives } from '../linter/word-patterns.js'

export interface LocationOptions {
  /** An explicit list of jurisdiction ids (configuration or command line): when given and not empty, it is the answer. */
  jurisdictions?: string[]
  /** The date whose laws apply (YYYY-MM-DD), for remote reach. */
  asOf: string
}

export interface LocationResult {
  places: Place[]
  remote: RemoteKind
  /** The posting's country (ISO 3166-1 alpha-2), when it can be told. */
  country: string | null
  jurisdictions: JurisdictionMatch[]
}

// ---------------------------------------------------------------------------
// Tokens

/** A word or a punctuation mark of a text, with its offsets. */
export interface Token {
  word: boolean
  text: string
  /** Lower case, accents and apostrophes removed; dotted abbreviations joined ("D.C." → "dc"). */
  norm: string
  start: number
  end: number
  /** Every letter is upper case ("CO", "D.C."). */
  upper: boolean
  /** Starts with an upper-case letter. */
  capital: boolean
  /** A dotted abbreviation ("U.S.", "P.E.I."). */
  dotted: boolean
}

/** Words (letters and digits, one inner apostrophe) or single non-space characters. Linear: the two branches share no first character. */
const TOKEN_PATTERN = lazyPattern(() => String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?|[^\s\p{L}\p{M}\p{N}]`, 'gu')

/** Letters and digits of ASCII alone: nothing to decompose or take out. */
const ASCII_WORD = /^[A-Za-z0-9]*$/

/** Lower case without accents or apostrophes. */
export function normalizeWord(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase()
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
}

function isUpper(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase()
}

function isCapital(text: string): boolean {
  const first = text[0] ?? ''
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Split `text` into tokens, offsets shifted by `base`. */
export function tokenize(text: string, base = 0): Token[] {
  const raw: Token[] = []
  for (const match of matchesOf(text, TOKEN_PATTERN)) {
    const value = match[0]
    const start = base + match.index
    const word = /^[\p{L}\p{M}\p{N}]/u.test(value)
    raw.push({ word, text: value, norm: word ? normalizeWord(value) : value, start, end: start + value.length, upper: word && isUpper(value), capital: word && isCapital(value), dotted: false })
  }
  return joinDotted(raw)
}

function isLetterDot(tokens: readonly Token[], index: number): boolean {
  const letter = tokens[index]
  const dot = tokens[index + 1]
  return Boolean(letter?.word && letter.norm.length === 1 && /\p{L}/u.test(letter.norm) && dot?.text === '.' && dot.start === letter.end)
}

/** Join "U", ".", "S", "." into one dotted token "U.S." (also "C.-B.", "Î.-P.-É."). */
function joinDotted(raw: Token[]): Token[] {
  const tokens: Token[] = []
  let index = 0
  while (index < raw.length) {
    if (!isLetterDot(raw, index)) {
      tokens.push(raw[index]!)
      index++
      continue
    }
    const letters = [raw[index]!]
    let end = raw[index + 1]!.end
    let next = index + 2
    for (;;) {
      let at = next
      if (raw[at]?.text === '-' && raw[at]!.start === end) at++
      const letter = raw[at]
      if (!letter || letter.start !== (at === next ? end : raw[at - 1]!.end) || !isLetterDot(raw, at)) break
      letters.push(letter)
      end = raw[at + 1]!.end
      next = at + 2
    }
    if (letters.length < 2) {
      tokens.push(raw[index]!)
      index++
      continue
    }
    const first = letters[0]!
    const text = letters.map((letter) => letter.text).join('')
    tokens.push({ word: true, text: raw.slice(index, next).map((token) => token.text).join(''), norm: letters.map((letter) => letter.norm).join(''), start: first.start, end, upper: isUpper(text), capital: isCapital(text), dotted: true })
    index = next
  }
  return tokens
}

// ---------------------------------------------------------------------------
// The name index

type Role = 'name' | 'region' | 'code'

interface Hit {
  entry: PlaceEntry
  role: Role
  /** The written form ends with a period ("Calif.", "Ont."): the period belongs to the place. */
  period: boolean
  /** The written form starts in lower case ("région de la capitale nationale"): no capital needed. */
  lower: boolean
}

/** The index key of one word: dotted abbreviations are kept apart from plain codes ("N.-É." is not "NE"). */
function keyPart(token: Token): string {
  return token.dotted ? `${token.norm}.` : token.norm
}

const INDEX = new Map<string, Hit[]>()
let maxWords = 1

/** A name of letters, one space between its words. */
const PLAIN_NAME = lazyPattern(() => String.raw`^\p{L}+(?: \p{L}+)*$`, 'u')

/**
 * A place name's words: a plain name's are its pieces between spaces, as
 * tokenize reads them (the index is made as the command starts, and most
 * of its 800 forms are plain); any other name's are tokenize's.
 */
export function nameWords(form: string): Token[] {
  if (!testText(PLAIN_NAME, form)) return tokenize(form).filter((token) => token.word)
  const words: Token[] = []
  let start = 0
  for (const text of form.split(' ')) {
    words.push({ word: true, text, norm: normalizeWord(text), start, end: start + text.length, upper: isUpper(text), capital: isCapital(text), dotted: false })
    start += text.length + 1
  }
  return words
}

function addToIndex(form: string, entry: PlaceEntry, role: Role): void {
  const words = nameWords(form)
  if (words.length === 0) return
  const key = words.map(keyPart).join(' ')
  const hits = INDEX.get(key) ?? []
  // One place under two spellings ("Montreal", "Montréal") is one hit.
  if (!hits.some((hit) => hit.role === role && hit.entry.ids.join() === entry.ids.join())) hits.push({ entry, role, period: form.endsWith('.') && !words.at(-1)!.dotted, lower: !words[0]!.capital })
  INDEX.set(key, hits)
  maxWords = Math.max(maxWords, words.length)
}

for (const entry of PLACES) {
  for (const name of entry.names) addToIndex(name, entry, 'name')
  for (const name of entry.regionNames ?? []) addToIndex(name, entry, 'region')
  for (const code of entry.codes ?? []) addToIndex(code, entry, 'code')
}

const REGION_KINDS = new Set<PlaceEntry['kind']>(['state', 'district', 'territory', 'province', 'country', 'union'])

interface NameMatch {
  hits: Hit[]
  /** Token index of the first word. */
  first: number
  /** Token index after the match. */
  next: number
  start: number
  end: number
  words: number
}

/** Whether the characters between two words may join them into one name ("St. Louis", "Winston-Salem", a line break). */
function joins(text: string, from: number, to: number, base: number): boolean {
  const gap = text.slice(from - base, to - base)
  if (gap.length > 4) return false
  let newlines = 0
  for (const char of gap) {
    if (char === '\n') newlines++
    else if (!' \t\u00a0.-‐'.includes(char)) return false
  }
  return newlines <= 1
}

/** The token indexes of up to `maxWords` words from `first` that may form one name. */
function wordRun(tokens: readonly Token[], first: number, text: string, base: number): number[] {
  const run = [first]
  let last = first
  while (run.length < maxWords) {
    let next = last + 1
    while (tokens[next] && !tokens[next]!.word && (tokens[next]!.text === '.' || tokens[next]!.text === '-') && next - last <= 2) next++
    const token = tokens[next]
    if (!token?.word || !joins(text, tokens[last]!.end, token.start, base)) break
    run.push(next)
    last = next
  }
  return run
}

function caseFits(hit: Hit, words: readonly Token[]): boolean {
  if (hit.role === 'code') return words.every((word) => word.upper)
  return hit.lower || words[0]!.capital
}

/** The longest place name starting at token `first` with a hit `accept` takes. */
function matchAt(tokens: readonly Token[], first: number, text: string, base: number, accept: (hit: Hit) => boolean): NameMatch | null {
  if (!tokens[first]?.word) return null
  const run = wordRun(tokens, first, text, base)
  for (let count = run.length; count > 0; count--) {
    const words = run.slice(0, count).map((index) => tokens[index]!)
    const hits = (INDEX.get(words.map(keyPart).join(' ')) ?? []).filter((hit) => accept(hit) && caseFits(hit, words))
    if (hits.length === 0) continue
    let next = run[count - 1]! + 1
    let end = words.at(-1)!.end
    const after = tokens[next]
    if (hits.some((hit) => hit.period) && after?.text === '.' && after.start === end) {
      end = after.end
      next++
    }
    return { hits, first, next, start: words[0]!.start, end, words: count }
  }
  return null
}

/** Whether a name is part of another name: "Boston University", "University of Chicago", "Georgia Tech". */
function partOfOtherName(tokens: readonly Token[], match: NameMatch, text: string, base: number): boolean {
  const after = tokens[match.next]
  if (after?.word && after.capital && NAME_CONTINUATIONS.has(after.norm) && joins(text, match.end, after.start, base)) return true
  const one = tokens[match.first - 1]
  const two = tokens[match.first - 2]
  return Boolean(one?.word && two?.word && NAME_PREFIXES.has(`${two.norm} ${one.norm}`))
}

// ---------------------------------------------------------------------------
// Reading places

/** A place read from a text, before it is placed in the file. */
export interface PlaceMatch {
  entry: PlaceEntry
  /** Offsets in the tokenised text (already shifted by its base). */
  start: number
  end: number
  /** Accepted only beside a place of the same country, or in a posting about that country. */
  sibling: boolean
  /** A town the index does not hold, placed by its region ("Nahville, TN"): not an area a remote job is open in. */
  town?: boolean
}

interface ReadResult {
  found: PlaceMatch[]
  /** Token index to continue from. */
  next: number
}

interface Reader {
  tokens: readonly Token[]
  text: string
  base: number
  /** `list`: a location value, where codes may stand alone; `cue`: a list of places after "located in". */
  mode: 'list' | 'cue'
  /** A code needs no separators around it (the word before "based applicants"). */
  looseCodes?: boolean
}

interface RegionMatch {
  entry: PlaceEntry
  end: number
  next: number
  /** Separated from the name by a comma (rather than brackets or a space). */
  comma: boolean
  /** Token index where the region's words start. */
  first: number
}

function isRegionHit(hit: Hit): boolean {
  return REGION_KINDS.has(hit.entry.kind)
}

/**
 * A state, province or country after a name: ", CO", " (Ontario)", " MN"
 * (codes only, and only after a known city). After a state or province only
 * a country is a region ("Ontario, Canada"); "Colorado, California" is a list.
 */
function readRegion(reader: Reader, at: number, afterCity: boolean, countryOnly = false): RegionMatch | null {
  const { tokens, text, base } = reader
  const separator = tokens[at]
  let first = at
  let comma = false
  let bracket = false
  if (separator?.text === ',') {
    comma = true
    first = at + 1
  } else if (separator?.text === '(') {
    bracket = true
    first = at + 1
  } else if (!afterCity || !separator?.word) {
    return null
  }
  const match = matchAt(tokens, first, text, base, (hit) => isRegionHit(hit) && (comma || bracket || hit.role === 'code') && (!countryOnly || hit.entry.kind === 'country' || hit.entry.kind === 'union'))
  if (!match) return null
  // "Chicago, New York City": the longer name is the next item, not a region.
  const longest = matchAt(tokens, first, text, base, (hit) => hit.role === 'name')
  if (longest && longest.words > match.words) return null
  // A code must end the place: "Flexible, OR remote" is not Oregon; "Denver, CO 80202" and "Denver, CO area" are Colorado.
  const after = tokens[match.next]
  if (match.hits.every((hit) => hit.role === 'code') && after?.word && !after.capital && !/^\p{N}/u.test(after.text) && !AFTER_CODE.has(after.norm)) return null
  const entry = pickRegion(match.hits)
  let next = match.next
  let end = match.end
  if (bracket) {
    if (tokens[next]?.text !== ')') return null
    end = tokens[next]!.end
    next++
  }
  return { entry, end, next, comma, first }
}

/** Lower-case words that may follow a region code. */
const AFTER_CODE = new Set(['area', 'metro', 'metropolitan', 'region', 'office', 'offices', 'and', 'or', 'et', 'ou', 'only'])

/** Of several regions with one name, the state or province before the country ("CA" alone is California). */
function pickRegion(hits: readonly Hit[]): PlaceEntry {
  const sub = hits.find((hit) => hit.entry.kind !== 'country' && hit.entry.kind !== 'union')
  return (sub ?? hits[0]!).entry
}

/** ", USA" or ", Canada" after a region; returns where the country ends. */
function readCountry(reader: Reader, at: number, region: PlaceEntry): { end: number; next: number } | null {
  const { tokens, text, base } = reader
  if (tokens[at]?.text !== ',') return null
  const word = tokens[at + 1]
  if (!word?.word) return null
  const code = word.upper ? COUNTRY_SLOT_CODES.get(word.text.replace(/\./g, '')) : undefined
  if (code) return code === region.country ? { end: word.end, next: at + 2 } : null
  const match = matchAt(tokens, at + 1, text, base, (hit) => hit.entry.kind === 'country' && hit.entry.country === region.country)
  return match ? { end: match.end, next: match.next } : null
}

/** The last id of an entry: the place itself. */
function ownId(entry: PlaceEntry): string {
  return entry.ids.at(-1)!
}

function isCity(hit: Hit): boolean {
  return hit.entry.kind === 'city' || hit.entry.kind === 'county' || hit.entry.kind === 'region'
}

/** Words that are never an unknown town's name before ", ST". */
const NOT_TOWN = new Set(['remote', 'virtual', 'hybrid', 'onsite', 'telework', 'full', 'part', 'time', 'the', 'and', 'or', 'in', 'at', 'location', 'locations', 'office', 'anywhere', 'based', 'usa', 'us'])

/** A place starting at token `at`, or null; `next` skips a name that turned out not to be a place. */
function readPlace(reader: Reader, at: number): ReadResult | null {
  const { tokens, text, base } = reader
  const token = tokens[at]
  if (!token?.word) return null
  const name = matchAt(tokens, at, text, base, (hit) => hit.role === 'name')
  if (name) {
    if (partOfOtherName(tokens, name, text, base)) return { found: [], next: name.next + 1 }
    return readNamedPlace(reader, name)
  }
  const unknown = readUnknownTown(reader, at)
  if (unknown) return unknown
  return readStandaloneCode(reader, at)
}

function spanOf(start: number, end: number, entry: PlaceEntry, sibling = false): PlaceMatch {
  return { entry, start, end, sibling }
}

function townOf(start: number, end: number, region: PlaceEntry): PlaceMatch {
  return { entry: region, start, end, sibling: false, town: true }
}

/** A known name, with its region and country when they follow. */
function readNamedPlace(reader: Reader, name: NameMatch): ReadResult {
  const cityName = name.hits.some(isCity)
  if (!cityName) {
    // "Ontario, CA", "Texas, US": a country code after a state or province is its country.
    const country = readCountry(reader, name.next, name.hits[0]!.entry)
    if (country) return { found: name.hits.map((hit) => spanOf(name.start, country.end, hit.entry)), next: country.next }
  }
  const region = readRegion(reader, name.next, cityName, !cityName)
  if (region) {
    const regionId = ownId(region.entry)
    const matching = name.hits.filter((hit) => hit.entry !== region.entry && hit.entry.ids.includes(regionId))
    const country = readCountry(reader, region.next, region.entry)
    const end = country?.end ?? region.end
    const next = country?.next ?? region.next
    if (matching.length > 0) return { found: matching.map((hit) => spanOf(name.start, end, hit.entry)), next }
    const startsCity = matchAt(reader.tokens, region.first, reader.text, reader.base, (hit) => hit.role === 'name' && isCity(hit))
    const listed = region.comma && startsCity && name.hits.every((hit) => isCity(hit) && !hit.entry.ambiguous)
    if (!listed && (region.comma || reader.tokens[name.next]?.text === '(')) {
      // "Glendale, AZ", "Portland, Maine", "London, Ontario": a town of that region the index does not hold.
      return { found: [townOf(name.start, end, region.entry)], next }
    }
  }
  const apposition = readApposition(reader, name)
  if (apposition) return apposition
  const found: PlaceMatch[] = []
  for (const hit of name.hits) {
    if (hit.entry.ambiguous === 'strict') continue
    found.push(spanOf(name.start, name.end, hit.entry, hit.entry.ambiguous === 'sibling'))
  }
  return { found, next: name.next }
}

/** "National Capital Region (Ottawa)": a place inside the named one, in brackets, says which part. */
function readApposition(reader: Reader, name: NameMatch): ReadResult | null {
  const { tokens, text, base } = reader
  if (tokens[name.next]?.text !== '(') return null
  const inner = matchAt(tokens, name.next + 1, text, base, (hit) => hit.role === 'name')
  if (!inner || tokens[inner.next]?.text !== ')') return null
  const within = inner.hits.filter((hit) => name.hits.some((outer) => hit.entry.ids.length >= outer.entry.ids.length && outer.entry.ids.every((id, index) => hit.entry.ids[index] === id)))
  if (within.length === 0) return null
  return { found: within.map((hit) => spanOf(name.start, tokens[inner.next]!.end, hit.entry)), next: inner.next + 1 }
}

/** "Nahville, TN", "Hampton, VA": capitalised words the index does not know, then a region after a comma or in brackets. */
function readUnknownTown(reader: Reader, at: number): ReadResult | null {
  const { tokens } = reader
  let next = at
  while (next < at + 3 && tokens[next]?.word && tokens[next]!.capital && !tokens[next]!.upper && !NOT_TOWN.has(tokens[next]!.norm)) {
    next++
    if (tokens[next]?.text === '.' && tokens[next + 1]?.word) next++
  }
  if (next === at) return null
  const separator = tokens[next]?.text
  if (separator !== ',' && separator !== '(') return null
  const region = readRegion(reader, next, false)
  if (!region || region.entry.kind === 'country' || region.entry.kind === 'union') return null
  const country = readCountry(reader, region.next, region.entry)
  return { found: [townOf(tokens[at]!.start, country?.end ?? region.end, region.entry)], next: country?.next ?? region.next }
}

/** Words that may stand beside a code that is a whole item: "Remote – US", "US only", "U.S.-based". */
const CODE_NEIGHBOURS = new Set(['remote', 'virtual', 'hybrid', 'only', 'based', 'wide', 'nationwide', 'anywhere', 'in', 'the', 'within', 'uniquement', 'seulement'])

/** Codes that are also English or French words. */
const WORD_CODES = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'ON', 'OH', 'DE', 'LA', 'MA', 'NE', 'PA', 'ID', 'AL'])

/** A code alone: an item of a location line ("CO", "Remote (US only)"), or a country after "in the" ("anywhere in the U.S."). */
function readStandaloneCode(reader: Reader, at: number): ReadResult | null {
  const { tokens, text, base, mode } = reader
  const code = matchAt(tokens, at, text, base, (hit) => hit.role === 'code' && (mode === 'list' || hit.entry.kind === 'country' || hit.entry.kind === 'union'))
  if (!code) return null
  const before = tokens[at - 1]
  const after = tokens[code.next]
  // Codes that are also words ("OR", "IN", "ON") stand only between punctuation: "Flexible, OR remote" is not Oregon.
  const word = WORD_CODES.has(tokens[at]!.text)
  const alone = (neighbour: Token | undefined): boolean => !neighbour?.word || (!word && CODE_NEIGHBOURS.has(neighbour.norm))
  if (!reader.looseCodes && (!alone(before) || !alone(after))) return null
  const entry = mode === 'cue' ? (code.hits.find((hit) => hit.entry.kind === 'country' || hit.entry.kind === 'union') ?? code.hits[0]!).entry : pickRegion(code.hits)
  return { found: [spanOf(code.start, code.end, entry)], next: code.next }
}

/**
 * Every place in a location value ("Washington, DC; San Francisco, CA;
 * Virtual (100% Remote)"); ambiguous names stay when a place of their
 * country is beside them or the posting is about that country (`hint`).
 */
export function readPlaceList(text: string, base = 0, hint: string | null = null): PlaceMatch[] {
  const reader: Reader = { tokens: tokenize(text, base), text, base, mode: 'list' }
  const found: PlaceMatch[] = []
  let index = 0
  while (index < reader.tokens.length) {
    const result = readPlace(reader, index)
    if (result) {
      for (const item of result.found) found.push(item)
      index = Math.max(result.next, index + 1)
    } else {
      index++
    }
  }
  return settleSiblings(found, hint)
}

/** Words skipped before a place after a cue: "located in the United States", "à Ottawa, à Montréal" (normalised: "à" is "a"). */
const CUE_FILLERS = new Set(['the', 'our', 'a', 'one', 'of', 'la', 'le', 'les', 'l', 'au', 'aux', 'en', 'dans', 'greater', 'downtown', 'central'])
/** Words after a place that still belong to it: "our Denver office", "the Boston area". */
const CUE_TRAILERS = new Set(['office', 'offices', 'area', 'metro', 'metropolitan', 'region', 'campus', 'headquarters', 'hq', 'location', 'locations', 'bureau', 'bureaux', 'site'])
/** Words that join places in a list. */
const CUE_JOINERS = new Set(['and', 'or', 'et', 'ou'])
/** "our office in Ottawa", "the office at": skipped before the place. */
const OFFICE_WORDS = new Set(['office', 'offices', 'headquarters', 'hq', 'campus', 'bureau', 'bureaux', 'location', 'locations'])

function skipFillers(tokens: readonly Token[], index: number): number {
  let at = index
  for (let guard = 0; guard < 6; guard++) {
    const token = tokens[at]
    if (!token) break
    if (token.word && CUE_FILLERS.has(token.norm)) {
      at++
      continue
    }
    // "our office in", "nos bureaux à" ("à" normalised is "a")
    const after = tokens[at + 1]?.norm
    if (token.word && OFFICE_WORDS.has(token.norm) && (after === 'in' || after === 'at' || after === 'a')) {
      at += 2
      continue
    }
    break
  }
  return at
}

/** Places listed right after a cue ("located in"), up to the first word that is not one. */
export function readCuePlaces(text: string, base = 0): PlaceMatch[] {
  const reader: Reader = { tokens: tokenize(text, base), text, base, mode: 'cue' }
  const { tokens } = reader
  const found: PlaceMatch[] = []
  let index = skipFillers(tokens, 0)
  for (let guard = 0; guard < 40 && index < tokens.length; guard++) {
    const result = readPlace(reader, index)
    if (!result || result.found.length === 0) break
    for (const item of result.found) found.push(item)
    index = result.next
    while (tokens[index]?.word && CUE_TRAILERS.has(tokens[index]!.norm)) index++
    let joined = false
    while (tokens[index] && ((!tokens[index]!.word && ',;/&'.includes(tokens[index]!.text)) || (tokens[index]!.word && CUE_JOINERS.has(tokens[index]!.norm)))) {
      index++
      joined = true
    }
    if (!joined) break
    index = skipFillers(tokens, index)
  }
  return found
}

/** The place that ends right at offset `end` ("US" in "US based applicants"). */
function placeEndingAt(text: string, end: number): PlaceMatch | null {
  const tokens = tokenize(text)
  const last = tokens.findLastIndex((token) => token.end <= end)
  if (last < 0) return null
  const reader: Reader = { tokens, text, base: 0, mode: 'list', looseCodes: true }
  for (let first = Math.max(0, last - maxWords + 1); first <= last; first++) {
    const result = readPlace(reader, first)
    const found = result?.found.find((place) => place.end === tokens[last]!.end)
    if (found) return found
  }
  return null
}

/**
 * Drop sibling-ambiguous places with no sibling of their country (a sure
 * place, or another ambiguous one: "London; Manchester"), unless the
 * posting is about that country.
 */
function settleSiblings(found: readonly PlaceMatch[], hint: string | null): PlaceMatch[] {
  const sure = new Set(found.filter((place) => !place.sibling).map((place) => place.entry.country))
  const starts = new Map<string | null, Set<number>>()
  for (const place of found) if (place.sibling) starts.set(place.entry.country, (starts.get(place.entry.country) ?? new Set()).add(place.start))
  return found.filter((place) => !place.sibling || sure.has(place.entry.country) || place.entry.country === hint || (starts.get(place.entry.country)?.size ?? 0) > 1)
}

// ---------------------------------------------------------------------------
// Patterns of the text (each bounded; alternatives share no unbounded repetition)

const B = WORD_START
const E = WORD_END
const S = '\\s{1,3}'
const APOS = "['’]"

/** A location label at the start of a line: "Location:", "Job location :", "Lieu de travail :", "Duty station:". Sources: the corpus, LinkedIn/Indeed labels. */
const LABEL_WORDS = `(?:(?:job|work|office|duty|primary|position|employment)${S})?(?:locations?|location\\(s\\)|lieux?(?:${S}de${S}travail)?|emplacements?|localisation|duty${S}stations?|work\\s?site|workplace(?:${S}type)?|work${S}(?:arrangement|model)|mode${S}de${S}travail|where)`
const LABEL = lazyPattern(() => `^[\\s*•·–-]{0,4}${LABEL_WORDS}\\s{0,2}[:：]`, 'iu')
/** Any "Label:" at the start of a line: the end of a value that runs over lines. */
const ANY_LABEL = lazyPattern(() => String.raw`^[\s*•·–-]{0,4}\p{L}[\p{L} ]{0,30}[:：]`, 'u')
/** A paragraph, heading or table cell that is only a label ("## Location", "Where you'll work"). */
const LABEL_ONLY = lazyPattern(() => `^[\\s*•·–-]{0,4}(?:${LABEL_WORDS}|where${S}you${APOS}?(?:ll|${S}will)${S}(?:work|be)|remote${S}work|work${S}location${S}and${S}remote${S}work)\\s{0,2}[:：]?\\s{0,2}$`, 'iu')

/** Phrases after which the place of work follows. Sources: the corpus ("This position is located in", "relocate to or commute to", "working from our office in") and common posting phrasing, English and French. */
const WORK_CUE = [
  `(?:located|based|situated|stationed|situ[ée]e?s?|bas[ée]e?s?)${S}(?:in|at|out${S}of|near|à|au|aux|en|dans)`,
  `(?:relocate|relocating|commute|commuting)${S}to`,
  `(?:position|role|job|opportunity|vacancy|poste)${S}(?:is|will${S}be|est)${S}(?:in|à|au|en)`,
  `(?:work|working|travailler)${S}(?:from|out${S}of|à${S}partir${S}de)`,
  `to${S}work${S}(?:in|from|out${S}of|at)`,
  `(?:travailliez|travaillerez|travaillez|travailler)${S}(?:de|dans|à|au|en)`,
  `(?:our|nos|notre)${S}(?:\\p{L}{1,15}${S})?(?:offices?|bureaux?)${S}(?:in|à|at)`,
  `you(?:${APOS}ll|${S}will)(?:${S}be)?${S}(?:work|working)${S}(?:in|at)`,
  `(?:on[-\\s]?site|in[-\\s]office|in[-\\s]person)${S}(?:in|at)`,
  `(?:have|ayons|avons)${S}(?:des${S})?(?:offices|office${S}locations|locations|bureaux)${S}(?:in|à)`,
  `en${S}poste${S}(?:à|au)`,
].join('|')

/** Phrases that say where applicants must be (places, and the scope of a remote job). */
const SCOPE_CUE = [
  `(?:anywhere|n${APOS}importe${S}o[uù]|everywhere)${S}(?:in|within|across|au|en|dans)`,
  `(?:reside|resides|residing|live|living)${S}(?:in|within)`,
  `other${S}(?:parts|regions|areas)${S}of`,
  `d${APOS}autres${S}r[ée]gions${S}(?:du|de)`,
].join('|')

/** Phrases that scope a remote job only inside a sentence that says it is remote ("remote within the US", "across Canada"). */
const REMOTE_SCOPE_CUE = [`remote(?:ly)?${S}(?:in|within|from)`, `(?:across|throughout|within|à${S}travers|partout${S}(?:au|en|dans))`, `de${S}partout${S}(?:au|en|dans)`].join('|')

export const CUE = new RegExp(`${B}(?:(?<work>${WORK_CUE})|(?<scope>${SCOPE_CUE})|(?<remoteScope>${REMOTE_SCOPE_CUE}))${E}`, 'giu')

/** A sentence about hiring, where "in Ottawa, Toronto" is where the job is. */
export const HIRING = new RegExp(`${B}(?:(?:we${APOS}re|we${S}are|are|is|now)${S}(?:hiring|recruiting|looking${S}for|seeking)|accepting${S}applications|embauchons|recrutons|recherchons|cherchons|acceptons|sollicitons)${E}`, 'iu')
const HIRING_PLACE = lazyPattern(() => `${B}(?:in|à)${S}`, 'giu')

/** "US based applicants only", "U.S.-based candidates". */
export const BASED_APPLICANTS = new RegExp(`[-\\s]based${S}(?:applicants|candidates|individuals|residents|employees|workers|talent|only)${E}`, 'giu')

/** A negation governing a cue: "there is no need to be located in", "not required to be based in", "n'avez pas besoin d'être situé à". */
const NEGATED = lazyPattern(() => String.raw`(?:^|[^\p{L}])(?:no|not|never|n['’]t|without|pas|nor)(?:\s{1,3}(?:need|needed|required|have|has|to|be|necessarily|besoin|d['’]être|être|obligée?|tenue?|de)){0,4}\s{0,3}$`, 'iu')

/** A condition word: "if", "unless", … (not inside a word), before a character that is not a letter. */
const CONDITION_WORD = lazyPattern(() => String.raw`(?<!\p{L})(?:if|si|whether|unless|otherwise)(?=[^\p{L}])`, 'giu')

/**
 * Whether the text before a statement ends in a condition governing it, in
 * the same clause: "If this position is not remote …" (not "If you love
 * code, this remote role …"): a condition word, then at most 200 characters
 * without a comma, semicolon or colon after the character that follows it.
 * Only condition words from the last such mark on are looked at, so the text
 * is read once.
 */
function endsInCondition(text: string): boolean {
  const clause = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':'))
  const condition = CONDITION_WORD.for(text)
  condition.lastIndex = Math.max(0, clause - 'otherwise'.length)
  for (let match = condition.exec(text); match; match = condition.exec(text)) {
    const after = match.index + match[0].length
    if (after >= clause && text.length - after - 1 <= 200) {
      condition.lastIndex = 0
      return true
    }
  }
  return false
}

/** Remote words of a location value. Sources: the corpus ("Virtual (100% Remote)", "Full time, Virtual"), common job-board values. */
const VALUE_REMOTE = lazyPattern(
  () => `${B}(?:(?<no>not${S}remote|no${S}remote|on[-\\s]?site|in[-\\s]office|in[-\\s]person|sur${S}place|en${S}personne|pr[ée]sentiel)|(?<hybrid>hybrid|hybride)|(?<yes>remote|remotely|virtual|telework|teleworking|telecommute|telecommuting|work${S}from${S}home|wfh|home[-\\s]based|anywhere|worldwide|distributed|[àa]${S}distance|t[ée]l[ée]travail))${E}`,
  'giu',
)

/** Sentences that say this job is remote, hybrid or on-site. Sources: the corpus (TTS, CDS, English and French) and common phrasing. */
const JOB = `(?:position|role|job|opportunity|vacancy|post)`
const JOBS = `(?:positions|roles|jobs|opportunities)`
const DEGREE = `(?:(?:fully|100\\s?%|completely|entirely|permanently|full[-\\s]time)[-\\s]{1,2})?`
/** That it is on-site (or not remote). */
const REMOTE_NO = [
  `${JOB}${S}(?:is|will${S}be)${S}not${S}(?:a${S})?remote`,
  `(?:is|be)${S}not${S}(?:a${S})?remote${S}${JOB}`,
  `not${S}a${S}remote${S}${JOB}`,
  `${JOB}${S}(?:is|will${S}be)${S}${DEGREE}(?:on[-\\s]?site|in[-\\s]office|in[-\\s]person)`,
  `(?:this|an?|the)${S}${DEGREE}(?:on[-\\s]?site|in[-\\s]office|in[-\\s]person)${S}${JOB}`,
  `no${S}remote${S}work`,
]
/** That it is hybrid. */
const REMOTE_HYBRID = [
  `remote${S}work(?:ing)?${S}(?:is${S})?an${S}option`,
  `option${S}de${S}travail${S}à${S}distance`,
  `(?:this|an?|the)${S}hybrid${S}${JOB}`,
  `${JOB}${S}(?:is|will${S}be)${S}hybrid`,
  `hybrid${S}(?:work${S})?(?:schedule|arrangement|model|work|environment)`,
  `\\(hybrid\\)`,
  `(?:mode|modèle|horaire|travail|poste)${S}hybride`,
]
/** That it is remote. */
const REMOTE_YES = [
  `(?:this|the|an?)${S}${DEGREE}(?:remote|virtual|teleworking|work[-\\s]from[-\\s]home)${S}${JOB}`,
  `${JOB}${S}(?:is|will${S}be|can${S}be|may${S}be)${S}${DEGREE}(?:remote|virtual|teleworkable|(?:done|performed|worked)${S}remotely)`,
  `(?:these|the)${S}${JOBS}${S}(?:are|will${S}be)${S}${DEGREE}remote`,
  `(?:can|may)${S}(?:be${S})?(?:work(?:ed)?|performed|done|based|located)${S}(?:remotely${S})?from${S}anywhere`,
  `work${S}(?:remotely${S})?from${S}anywhere`,
  `open${S}to${S}(?:candidates|applicants|people|residents|everyone|anyone)${S}(?:(?:located|living|based|residing)${S})?(?:from${S})?anywhere`,
  `full[-\\s]time${S}telework`,
  `remote\\s{0,2}/\\s{0,2}virtual`,
  `(?:candidates|applicants|people|talent)${S}(?:in|from)${S}(?:other${S}parts|anywhere|elsewhere)`,
  `considered${S}in${S}other${S}locations`,
  `(?:welcome|accept|consider)${S}(?:applicants|candidates|applications)${S}from${S}(?:across|anywhere|all${S}over|all${S}parts${S}of)`,
  `ouverts?${S}aux${S}(?:personnes|candidat\\p{L}{0,8})${S}(?:provenant${S})?de${S}partout`,
  `(?:fully|largely)${S}distributed`,
  `work${S}distributedly`,
  `and${S}is${S}distributed(?=\\s{0,2}[.;]|$)`,
  `(?:travail|poste|rôle)${S}se${S}réalise${S}de${S}façon${S}(?:décentralisée|distribuée|à${S}distance)`,
  `n${APOS}importe${S}o[uù]`,
  `candidat(?:e|ure)?s${S}(?:provenant${S})?(?:d${APOS}autres|dans${S}d${APOS}autres)${S}r[ée]gions`,
  `à${S}d${APOS}autres${S}endroits`,
  `(?:poste|rôle|emploi)${S}(?:est|peut${S}être)${S}(?:(?:entièrement|100\\s?%)${S})?(?:à${S}distance|en${S}télétravail)`,
  `(?:travaillons|travaillez|travaillerez|travaillerons)${S}(?:principalement${S}|surtout${S}|en${S}grande${S}partie${S})?(?:à${S}distance|de${S}manière${S}distribuée)`,
  `(?:entièrement|largement)${S}(?:décentralisée|distribuée)`,
  `répartie?${S}(?:à${S}travers|partout${S}au|dans${S}l${APOS}ensemble${S}du)`,
]
/** The sentence patterns' alternatives, each with what a match says. */
export const REMOTE_ALTERNATIVES: ReadonlyArray<readonly [RemoteSignal['kind'], string]> = [
  ...REMOTE_NO.map((source) => ['no', source] as const),
  ...REMOTE_HYBRID.map((source) => ['hybrid', source] as const),
  ...REMOTE_YES.map((source) => ['yes', source] as const),
]
/**
 * The remote-work sentence patterns, each alternative compiled and run
 * apart, on the sentences whose words allow it: a posting that only
 * mentions remote work ("most of our positions are remote") compiles the
 * few small expressions its sentences allow rather than one of some thirty
 * alternatives (about 8 ms of a command's first posting, most of it Unicode
 * case folding).
 */
export const PROSE_REMOTE = new WordAlternatives(REMOTE_ALTERNATIVES, 'iu')

/** Country mentions that tell which country a posting is about. Sources: the corpus ("Open to U.S. citizens", "Government of Canada"). */
const COUNTRY_MENTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['US', /(?<![\p{L}.])(?:United States|U\.S\.(?:A\.)?|USA|États-Unis)(?![\p{L}])/gu],
  ['CA', /(?<![\p{L}])(?:Canada|Canadians?|canadien(?:ne)?s?)(?![\p{L}])/gu],
]

// ---------------------------------------------------------------------------
// Collecting from a SourceCode

type Tier = 0 | 1 | 2

interface RemoteSignal {
  kind: 'yes' | 'hybrid' | 'no'
  /** 0 front matter, 1 location line, 2 sentence. */
  tier: Tier
  text: string
  range: Range | null
  /** The places the statement limits applicants to. */
  scope: PlaceEntry[]
  /** It says anywhere in the world. */
  worldwide: boolean
}

interface Detected {
  place: Place
  reason: 'front-matter' | 'text'
  range: Range | null
}

class Collector {
  readonly detected: Detected[] = []
  readonly signals: RemoteSignal[] = []
  readonly explicit: Array<{ id: string; text: string }> = []
  /** Where applicants must be, said outside any remote statement ("US based applicants only", "must reside in Colorado"). */
  readonly scopes: PlaceEntry[][] = []
  frontMatterCountry: string | null = null

  constructor(readonly hint: string | null) {}

  /** Add places found in a text whose offsets are prose indexes; `map` turns them into file ranges (null: not in the posting). Returns the places kept. */
  addFound(found: readonly PlaceMatch[], text: string, base: number, map: (start: number, end: number) => Range | null, reason: Detected['reason']): PlaceMatch[] {
    const kept: PlaceMatch[] = []
    for (const place of settleSiblings(found, this.hint)) {
      const range = map(place.start, place.end)
      if (!range && reason === 'text') continue
      kept.push(place)
      const span = text.slice(place.start - base, place.end - base)
      if (range && this.detected.some((d) => d.range && d.range[0] === range[0] && d.place.jurisdictions.join() === place.entry.ids.join())) continue
      this.detected.push({
        place: {
          text: span,
          ...(place.entry.country ? { country: place.entry.country } : {}),
          jurisdictions: [...place.entry.ids],
          start: range ? range[0] : -1,
          end: range ? range[1] : -1,
        },
        reason,
        range: reason === 'text' ? range : null,
      })
    }
    return kept
  }
}

/** `[start, end)` ranges of Liquid `{% comment %}` blocks and Hugo comments (a slash-star comment in double braces): template notes, not the posting. */
function templateComments(text: string): Range[] {
  const ranges: Range[] = []
  const open = /\{%-?\s{0,4}comment\b/g
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const close = text.indexOf('endcomment', match.index)
    if (close === -1) break
    const end = text.indexOf('%}', close)
    ranges.push([match.index, end === -1 ? text.length : end + 2])
    open.lastIndex = end === -1 ? text.length : end + 2
  }
  let hugo = text.indexOf('{{/*')
  while (hugo !== -1) {
    const end = text.indexOf('*/}}', hugo)
    if (end === -1) break
    ranges.push([hugo, end + 4])
    hugo = text.indexOf('{{/*', end)
  }
  return ranges
}

function inside(range: Range, ranges: readonly Range[]): boolean {
  return ranges.some(([start, end]) => range[0] >= start && range[1] <= end)
}

interface Block {
  paragraph: Paragraph
  prose: ProseText
  kind: string
}

/** The country a posting is about, from its mentions of countries (the most mentioned). */
function countryHint(blocks: readonly Block[]): Hint | null {
  let best: { country: string; count: number; text: string; range: Range } | null = null
  for (const [country, pattern] of COUNTRY_MENTIONS) {
    let count = 0
    let first: { text: string; range: Range } | null = null
    for (const block of blocks) {
      for (const match of matchesOf(block.prose.text, pattern)) {
        count++
        first ??= { text: match[0], range: block.prose.rangeOf(match.index, match.index + match[0].length) }
      }
    }
    if (first && (!best || count > best.count)) best = { country, count, ...first }
  }
  return best ? { country: best.country, text: best.text, range: best.range, reason: 'text' } : null
}

/** Web domains that tell a posting's country: government and country-code domains. Source: IANA root zone (.gov, .mil, .ca, .uk), canada.ca/gc.ca for the Government of Canada. */
const DOMAIN_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.(?:gov|mil|fed\.us)$/, 'US'],
  [/(?:^|\.)(?:gc\.ca|canada\.ca)$|\.ca$/, 'CA'],
  [/\.uk$/, 'GB'],
]

const URL_HOST = /https?:\/\/([a-z0-9.-]{1,253})/giu

interface Hint {
  country: string
  /** The words or address that told it. */
  text: string
  range: Range | null
  reason: 'front-matter' | 'text'
}

/** The country a posting's links and front-matter addresses point to, by domain: a weaker hint than its words. */
function domainHint(sourceCode: SourceCode): Hint | null {
  const hosts: Array<{ host: string; range: Range | null }> = []
  const [postStart, postEnd] = sourceCode.postingRange
  for (const link of sourceCode.links) {
    if (link.range[0] < postStart || link.range[1] > postEnd) continue
    for (const match of matchesOf(link.url, URL_HOST)) hosts.push({ host: match[1]!.toLowerCase(), range: link.range })
  }
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') for (const match of matchesOf(value, URL_HOST)) hosts.push({ host: match[1]!.toLowerCase(), range: null })
    else if (depth < 4 && Array.isArray(value)) for (const item of value) visit(item, depth + 1)
    else if (depth < 4 && typeof value === 'object' && value !== null) for (const item of Object.values(value)) visit(item, depth + 1)
  }
  const frontMatter = sourceCode.frontMatter
  if (frontMatter?.data) visit(frontMatter.data, 0)
  else if (frontMatter) {
    // Front matter YAML cannot read: its lines that are not comments.
    const block = sourceCode.text.slice(frontMatter.range[0], frontMatter.range[1])
    visit(block.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n'), 0)
  }
  const counts = new Map<string, { count: number; first: { host: string; range: Range | null } }>()
  for (const entry of hosts) {
    const country = DOMAIN_COUNTRIES.find(([pattern]) => pattern.test(entry.host))?.[1]
    if (!country) continue
    const seen = counts.get(country)
    if (seen) seen.count++
    else counts.set(country, { count: 1, first: entry })
  }
  let best: Hint | null = null
  let bestCount = 0
  for (const [country, { count, first }] of counts) {
    if (count > bestCount) {
      best = { country, text: first.host, range: first.range, reason: first.range ? 'text' : 'front-matter' }
      bestCount = count
    }
  }
  return best
}

/** Classify a location value's remote words, item by item. */
function valueSignals(value: string, base: number, tier: Tier, map: (start: number, end: number) => Range | null, scopeOf: (start: number, end: number) => PlaceMatch[]): RemoteSignal[] {
  const signals: RemoteSignal[] = []
  for (const [start, end] of items(value)) {
    const item = value.slice(start, end)
    let kind: RemoteSignal['kind'] | null = null
    let worldwide = false
    for (const match of matchesOf(item, VALUE_REMOTE)) {
      const found: RemoteSignal['kind'] = match.groups?.['no'] ? 'no' : match.groups?.['hybrid'] ? 'hybrid' : 'yes'
      if (/^(?:anywhere|worldwide)$/i.test(match[0]) && scopeOf(start, end).length === 0) worldwide = true
      kind = strongerWithinItem(kind, found)
    }
    if (!kind) continue
    const range = tier === 0 ? null : map(base + start + leading(item), base + end - trailing(item))
    if (!range && tier !== 0) continue
    signals.push({ kind, tier, text: item.slice(leading(item), item.length - trailing(item)), range, scope: kind === 'yes' ? scopeOf(start, end).filter(isScope).map((place) => place.entry) : [], worldwide })
  }
  return signals
}

/** Within one item: "not remote" and "hybrid" say more than "remote". */
function strongerWithinItem(current: RemoteSignal['kind'] | null, found: RemoteSignal['kind']): RemoteSignal['kind'] {
  if (current === 'no' || found === 'no') return 'no'
  if (current === 'hybrid' || found === 'hybrid') return 'hybrid'
  return 'yes'
}

/** A place that limits where a remote worker may be: a country, or a state or province named as the area (not a city, nor a town placed by its state). */
function isScope(place: PlaceMatch): boolean {
  return !place.town && place.entry.kind !== 'city' && place.entry.kind !== 'county'
}

/** Space and quotes around an item ("'Virtual (100% Remote)'" in a value copied from YAML). */
const EDGE = /^[\s'"‘’“”]{0,10}/u
const EDGE_END = /[\s'"‘’“”]{0,10}$/u

function leading(text: string): number {
  return EDGE.exec(text)![0].length
}

function trailing(text: string): number {
  return EDGE_END.exec(text)![0].length
}

/**
 * The items of a location value: split at `;` and `|` outside brackets, and
 * at commas too when the part before the comma holds no place ("Virtual
 * (100% Remote), Washington, DC").
 */
function items(value: string): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let depth = 0
  let from = 0
  for (let index = 0; index <= value.length; index++) {
    const char = value[index]
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    if (index === value.length || (depth === 0 && (char === ';' || char === '|'))) {
      for (const item of splitAtCommas(value, from, index)) parts.push(item)
      from = index + 1
    }
  }
  return parts.filter(([start, end]) => value.slice(start, end).trim() !== '')
}

function splitAtCommas(value: string, from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let depth = 0
  let start = from
  for (let index = from; index < to; index++) {
    const char = value[index]
    if (char === '(') depth++
    else if (char === ')' && depth > 0) depth--
    else if (char === ',' && depth === 0) {
      const part = value.slice(start, index)
      const remote = VALUE_REMOTE.for(part)
      if (readPlaceList(part).length === 0 && remote.test(part)) {
        parts.push([start, index])
        start = index + 1
      }
      remote.lastIndex = 0
    }
  }
  parts.push([start, to])
  return parts
}

/** Read one location value (front matter or a location line): its places and remote signals. */
function readValue(collector: Collector, value: string, base: number, tier: Tier, map: (start: number, end: number) => Range | null, reason: Detected['reason']): void {
  const kept = collector.addFound(readPlaceList(value, base, collector.hint), value, base, map, reason)
  // The area of a remote item: the states or countries it names, else those of the whole value ("Remote, Colorado only").
  const areas = kept.filter(isScope)
  const scopeOf = (start: number, end: number): PlaceMatch[] => {
    const own = kept.filter((place) => place.start >= base + start && place.end <= base + end)
    return own.length > 0 ? own : areas
  }
  for (const item of valueSignals(value, base, tier, map, scopeOf)) collector.signals.push(item)
}

// ----- front matter

const FRONT_MATTER_KEYS: ReadonlyMap<string, 'place' | 'country' | 'remote' | 'jurisdictions' | 'remoteType' | 'applicants'> = new Map([
  ['location', 'place'],
  ['locations', 'place'],
  ['joblocation', 'place'],
  ['worklocation', 'place'],
  ['officelocation', 'place'],
  ['office', 'place'],
  ['city', 'place'],
  ['state', 'place'],
  ['province', 'place'],
  ['region', 'place'],
  ['address', 'place'],
  ['lieu', 'place'],
  ['country', 'country'],
  ['remote', 'remote'],
  ['jurisdiction', 'jurisdictions'],
  ['jurisdictions', 'jurisdictions'],
  ['joblocationtype', 'remoteType'],
  ['applicantlocationrequirements', 'applicants'],
])

const JURISDICTION_ID = /^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,24}){0,3}$/

/** The strings of a schema.org Place or PostalAddress, as "locality, region, country". */
function addressText(value: Record<string, unknown>): string | null {
  const address = (typeof value['address'] === 'object' && value['address'] !== null ? value['address'] : value) as Record<string, unknown>
  if (typeof address === 'string') return address
  const country = address['addressCountry']
  const countryName = typeof country === 'string' ? country : typeof country === 'object' && country !== null ? (country as Record<string, unknown>)['name'] : undefined
  const parts = [address['addressLocality'], address['addressRegion'], countryName].filter((part): part is string => typeof part === 'string' && part.trim() !== '')
  if (parts.length === 0 && typeof value['name'] === 'string') return value['name']
  return parts.length > 0 ? parts.join(', ') : null
}

/** Country code or name as a `country:` value or `addressCountry` says it ("CA" there is Canada). */
function countryEntry(value: string): PlaceEntry | undefined {
  const code = COUNTRY_SLOT_CODES.get(value.trim().toUpperCase().replace(/\./g, ''))
  if (code) return PLACES.find((entry) => entry.kind === 'country' && entry.ids.at(-1) === code)
  return readPlaceList(value).find((found) => found.entry.kind === 'country' || found.entry.kind === 'union')?.entry
}

/** A top-level `key: value` line of front matter (for front matter YAML cannot read). */
const FRONT_MATTER_LINE = /^([A-Za-z][\w -]{0,40}):[ \t]{1,20}(\S[^\n]{0,500})$/gm

/**
 * Front matter that is not valid YAML still says where the job is to a
 * reader: read its top-level `location:`-like lines one by one.
 */
function readBrokenFrontMatter(collector: Collector, blockStart: number, block: string): void {
  for (const match of matchesOf(block, FRONT_MATTER_LINE)) {
    const kind = FRONT_MATTER_KEYS.get(match[1]!.toLowerCase().replace(/[_\-\s]/g, ''))
    if (kind !== 'place' && kind !== 'remote' && kind !== 'country') continue
    let value = match[2]!.replace(/\s#[\s\S]*$/, '').trim()
    let offset = match.index + match[0].length - match[2]!.length
    const quote = value[0]
    if ((quote === "'" || quote === '"') && value.endsWith(quote) && value.length > 1) {
      value = value.slice(1, -1)
      offset++
    }
    const at = blockStart + offset
    if (kind === 'country') readCountryValue(collector, value, 'country', () => at)
    else readValue(collector, value, 0, 0, (start, end) => [at + start, at + end], 'front-matter')
  }
}

function readFrontMatter(collector: Collector, sourceCode: SourceCode): void {
  const frontMatter = sourceCode.frontMatter
  if (!frontMatter) return
  const [blockStart, blockEnd] = frontMatter.range
  const block = sourceCode.text.slice(blockStart, blockEnd)
  const data = frontMatter.data
  if (!data) {
    readBrokenFrontMatter(collector, blockStart, block)
    return
  }
  let searchFrom = 0
  /** Where a value stands in the front matter, so places can point at it. */
  const locate = (value: string): number => {
    const at = block.indexOf(value, searchFrom)
    if (at === -1) return block.indexOf(value) === -1 ? -1 : blockStart + block.indexOf(value)
    searchFrom = at + value.length
    return blockStart + at
  }
  const readString = (value: string, tier: Tier): void => {
    const at = locate(value)
    readValue(collector, value, 0, tier, (start, end) => (at === -1 ? null : [at + start, at + end]), 'front-matter')
  }
  for (const [rawKey, value] of Object.entries(data)) {
    const kind = FRONT_MATTER_KEYS.get(rawKey.toLowerCase().replace(/[_\-\s]/g, ''))
    if (!kind) continue
    for (const item of Array.isArray(value) ? value : [value]) {
      if (kind === 'jurisdictions') {
        if (typeof item === 'string' && JURISDICTION_ID.test(item.trim())) collector.explicit.push({ id: item.trim().toUpperCase(), text: item })
        else if (typeof item === 'string') readString(item, 0)
      } else if (kind === 'remote') {
        readRemoteValue(collector, item)
      } else if (kind === 'remoteType') {
        if (typeof item === 'string' && /telecommute/i.test(item)) collector.signals.push({ kind: 'yes', tier: 0, text: item, range: null, scope: [], worldwide: false })
      } else if (kind === 'country' || kind === 'applicants') {
        readCountryValue(collector, item, kind, locate)
      } else if (typeof item === 'string') {
        readString(item, 0)
      } else if (typeof item === 'object' && item !== null) {
        const text = addressText(item as Record<string, unknown>)
        if (text) readValue(collector, text, 0, 0, () => null, 'front-matter')
      }
    }
  }
}

function readRemoteValue(collector: Collector, value: unknown): void {
  if (typeof value === 'boolean') {
    collector.signals.push({ kind: value ? 'yes' : 'no', tier: 0, text: `remote: ${value}`, range: null, scope: [], worldwide: false })
  } else if (typeof value === 'string') {
    const answer = value.trim().toLowerCase()
    if (answer === 'yes' || answer === 'true') collector.signals.push({ kind: 'yes', tier: 0, text: value, range: null, scope: [], worldwide: false })
    else if (answer === 'no' || answer === 'false') collector.signals.push({ kind: 'no', tier: 0, text: value, range: null, scope: [], worldwide: false })
    else readValue(collector, value, 0, 0, () => null, 'front-matter')
    if (answer === 'hybrid') collector.signals.push({ kind: 'hybrid', tier: 0, text: value, range: null, scope: [], worldwide: false })
  }
}

function readCountryValue(collector: Collector, value: unknown, kind: 'country' | 'applicants', locate: (value: string) => number): void {
  const name = typeof value === 'string' ? value : typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['name'] : undefined
  if (typeof name !== 'string') return
  const entry = countryEntry(name)
  if (!entry) return
  const at = locate(name)
  collector.detected.push({ place: { text: name, ...(entry.country ? { country: entry.country } : {}), jurisdictions: [...entry.ids], start: at, end: at === -1 ? -1 : at + name.length }, reason: 'front-matter', range: null })
  if (kind === 'country') collector.frontMatterCountry ??= entry.country
  else collector.signals.push({ kind: 'yes', tier: 0, text: name, range: null, scope: [entry], worldwide: false })
}

// ----- text

function isSkipped(range: Range, sourceCode: SourceCode, comments: readonly Range[]): boolean {
  const [postStart, postEnd] = sourceCode.postingRange
  if (range[0] < postStart || range[1] > postEnd) return true
  const frontMatter = sourceCode.frontMatter?.range
  if (frontMatter && range[0] >= frontMatter[0] && range[1] <= frontMatter[1]) return true
  return inside(range, comments)
}

/** Whether a value holds nothing but template placeholders (`{{ page.location }}`). */
function isBlankValue(value: string): boolean {
  return value.replaceAll(SOURCE_PLACEHOLDER, '').trim() === ''
}

/** The value paragraphs after a label-only block: the next one, or the list that follows. */
function valueBlocks(blocks: readonly Block[], index: number): Block[] {
  const next = blocks[index + 1]
  if (!next || next.kind === 'heading') return []
  if (next.kind !== 'listItem') return [next]
  const list: Block[] = []
  for (let at = index + 1; at < blocks.length && blocks[at]!.kind === 'listItem' && list.length < 20; at++) list.push(blocks[at]!)
  return list
}

function readBlockValue(collector: Collector, block: Block, start: number, end: number, isOk: (range: Range) => boolean): void {
  const value = block.prose.text.slice(start, end)
  if (isBlankValue(value)) return
  const map = (from: number, to: number): Range | null => {
    const range = block.prose.rangeOf(from, to)
    return isOk(range) ? range : null
  }
  if (!isOk(block.prose.rangeOf(start, end))) return
  readValue(collector, value, start, 1, map, 'text')
}

/**
 * Table cells labelled "Location": in a header row the value is the cell
 * below it; elsewhere (a two-column key and value table) the cell beside it.
 */
function readTableLabels(collector: Collector, sourceCode: SourceCode, blocks: readonly Block[], isOk: (range: Range) => boolean): void {
  const cells = blocks.filter((block) => block.kind === 'tableCell')
  if (cells.length === 0) return
  const blocksIn = (range: Range): Block[] => cells.filter((block) => {
    const [start, end] = sourceCode.getRange(block.paragraph)
    return start >= range[0] && end <= range[1]
  })
  const isLabel = (range: Range): boolean => blocksIn(range).some((block) => testText(LABEL_ONLY, block.prose.text.replaceAll(SOURCE_PLACEHOLDER, '')))
  for (const rows of sourceCode.tables) {
    rows.forEach((row, rowIndex) => {
      row.forEach((cell, column) => {
        if (!isLabel(cell)) return
        const read = (values: ReadonlyArray<Range | undefined>): void => {
          for (const value of values) {
            if (!value) continue
            for (const block of blocksIn(value)) readBlockValue(collector, block, 0, block.prose.text.length, isOk)
          }
        }
        if (rowIndex > 0 || rows.length === 1) {
          read([row[column + 1]])
          return
        }
        // A header-row label's value is below it; in a key/value table whose first row is
        // `| Location | Denver, CO |` nothing below names a place, and the value is beside it.
        const before = collector.detected.length
        read(rows.slice(1, 21).map((below) => below[column]))
        if (collector.detected.length === before && column === 0) read([row[column + 1]])
      })
    })
  }
}

/** Location lines ("Location: Denver, CO") and label-only blocks followed by their value. */
function readLabels(collector: Collector, blocks: readonly Block[], isOk: (range: Range) => boolean): void {
  blocks.forEach((block, index) => {
    const text = block.prose.text
    if (testText(LABEL_ONLY, text.replaceAll(SOURCE_PLACEHOLDER, ''))) {
      // Table cells are read by column (readTableLabels).
      if (block.kind !== 'tableCell') for (const value of valueBlocks(blocks, index)) readBlockValue(collector, value, 0, value.prose.text.length, isOk)
      return
    }
    let lineStart = 0
    const lines = text.split('\n')
    const starts: number[] = []
    for (const line of lines) {
      starts.push(lineStart)
      lineStart += line.length + 1
    }
    lines.forEach((line, lineIndex) => {
      // A short line of its own that gives the work mode and the place ("Remote – US", "Hybrid (New York, NY)")
      // reads like a location line.
      if (lines.length <= 2 && WORK_MODE_LINE.test(line)) {
        readBlockValue(collector, block, starts[lineIndex]!, starts[lineIndex]! + line.length, isOk)
        return
      }
      // A label ends with a colon: most lines hold none, and are not read further.
      if (!line.includes(':') && !line.includes('：')) return
      const label = execText(LABEL, line.replaceAll(SOURCE_PLACEHOLDER, ' '))
      if (!label) return
      const from = starts[lineIndex]! + label[0].length
      if (!isBlankValue(line.slice(label[0].length))) {
        readBlockValue(collector, block, from, starts[lineIndex]! + line.length, isOk)
        return
      }
      // "Location:" alone on its line: the value is on the next lines that are not template notes.
      for (let next = lineIndex + 1; next < lines.length && next <= lineIndex + 3; next++) {
        const value = lines[next]!
        const start = starts[next]!
        if (isBlankValue(value) || !isOk(block.prose.rangeOf(start, start + value.length))) continue
        if (testText(ANY_LABEL, value)) break
        readBlockValue(collector, block, start, start + value.length, isOk)
      }
    })
  })
}

/**
 * A line that is only a work mode and a place: "Remote – US", "Remote (US only)", "Hybrid: Toronto, ON". The word "in" is
 * bounded by (?<!\w) and (?!\w), not \b, which V8 reads through a slow path under the i and u flags together.
 */
const WORK_MODE_LINE = /^[\s*_]{0,4}(?:fully |100% )?(?:remote|hybrid|on-?site|télétravail|hybride)[\s*_]{0,4}(?:[–—:(,|-]|(?<!\w)in(?!\w))[^\n.!?]{1,60}$/iu

function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
}

/**
 * Pieces at least one of which every alternative of a sentence pattern holds
 * (lower-cased): a sentence without any of them cannot match, so the pattern
 * is not run on it. Each list follows its pattern above, alternative by
 * alternative; test/facts/gates.test.ts checks that no sentence of the corpus
 * or of the location tests that a pattern matches is kept from it. The
 * sentence is read as gateText gives it.
 *
 * A piece is a regular expression's source, most of them a plain word.
 * Where a word alone would let through most sentences ("site", "office",
 * "other"), the remote pattern's piece is that word with the words around
 * it that the pattern's alternatives need ("on site", "in office", "other
 * parts"): a posting that mentions its web site or an office then compiles
 * and runs the largest of the sentence patterns only where a sentence may
 * say the job is on site or in an office.
 */
export const SENTENCE_GATES = {
  cue: ['locat', 'bas', 'situ', 'station', 'reloca', 'commut', 'position', 'role', 'job', 'opportunit', 'vacanc', 'poste', 'work', 'travaill', 'office', 'bureau', 'site', 'person', 'anywhere', 'importe', 'everywhere', 'resid', 'liv', 'other', 'autres', 'remote', 'across', 'throughout', 'within', 'travers', 'partout'],
  remote: [
    'remote',
    `on[-\\s]?site`,
    `in[-\\s](?:office|person)`,
    'distance',
    'hybrid',
    'virtual',
    'telework',
    `from[-\\s]home`,
    'anywhere',
    `other${S}parts`,
    `in${S}other${S}locations`,
    'elsewhere',
    `(?:welcome|accept|consider)${S}(?:applicants|candidates|applications)${S}from`,
    'partout',
    'distribu',
    'décentralis',
    'importe',
    'autres',
    'télétravail',
    'réparti',
  ],
  hiring: ['hiring', 'recruit', 'looking', 'seeking', 'accepting', 'embauch', 'recrut', 'recherch', 'cherch', 'accept', 'sollicit'],
  based: ['based'],
} as const

/** One plain alternation of the pieces, run on the sentence as gateText gives it: far cheaper than the pattern it guards. */
export const gate = (pieces: readonly string[]): RegExp => new RegExp(pieces.join('|'))
const CUE_GATE = gate(SENTENCE_GATES.cue)
const REMOTE_GATE = gate(SENTENCE_GATES.remote)
const HIRING_GATE = gate(SENTENCE_GATES.hiring)

/** What a sentence's text alone says of places and remote work, in the order readSentence adds them. */
interface SentenceReading {
  remote: { kind: RemoteSignal['kind']; worldwide: boolean } | null
  /** The places after each cue that counts, and whether the cue says where applicants may be. */
  cues: ReadonlyArray<{ found: readonly PlaceMatch[]; scope: boolean }>
  /** The places after each "in" of a hiring sentence. */
  hiring: ReadonlyArray<readonly PlaceMatch[]>
  /** The places before "based applicants". */
  based: readonly PlaceMatch[]
}

const NOTHING_READ: SentenceReading = { remote: null, cues: [], hiring: [], based: [] }

/**
 * Readings by sentence text: sentences come back posting after posting
 * (over the corpus, each distinct sentence is read about six times), and
 * what the cue, remote and hiring patterns find in one depends on its text
 * alone; where the places stand in the file, and which the posting keeps,
 * are worked out for each sentence read.
 */
const readings = new TextMemo<SentenceReading>(4096)

function readingOf(text: string): SentenceReading {
  const lower = gateText(text)
  const remote = REMOTE_GATE.test(lower) ? remoteOfSentence(text, lower) : null
  const cues: Array<{ found: readonly PlaceMatch[]; scope: boolean }> = []
  for (const match of CUE_GATE.test(lower) ? matchesOf(text, CUE) : []) {
    if (testText(NEGATED, text.slice(Math.max(0, match.index - 40), match.index))) continue
    if (match.groups?.['work'] && (aboutEmployer(text.slice(0, match.index)) || testText(PAST, text))) continue
    if (match.groups?.['remoteScope'] && remote?.kind !== 'yes') continue
    const from = match.index + match[0].length
    cues.push({ found: readCuePlaces(text.slice(from), from), scope: Boolean(match.groups?.['scope'] || match.groups?.['remoteScope']) })
  }
  const hiring: PlaceMatch[][] = []
  const hired = HIRING_GATE.test(lower) ? execText(HIRING, text) : null
  if (hired) {
    for (const match of matchesOf(text.slice(hired.index), HIRING_PLACE)) {
      const from = hired.index + match.index + match[0].length
      hiring.push(readCuePlaces(text.slice(from), from))
    }
  }
  const based: PlaceMatch[] = []
  if (lower.includes('based')) {
    for (const match of matchesOf(text, BASED_APPLICANTS)) {
      const place = placeEndingAt(text, match.index)
      if (place) based.push(place)
    }
  }
  if (!remote && cues.length === 0 && hiring.length === 0 && based.length === 0) return NOTHING_READ
  return { remote, cues, hiring, based }
}

/** Places after "located in", "anywhere in", "relocate to" … and in hiring sentences; remote sentences. */
function readSentence(collector: Collector, prose: ProseText, isOk: (range: Range) => boolean): void {
  const text = prose.text
  const map = (start: number, end: number): Range | null => {
    const range = prose.rangeOf(start, end)
    return isOk(range) ? range : null
  }
  const sentenceRange = map(leading(text), text.length - trailing(text))
  if (!sentenceRange) return
  const { remote, cues, hiring, based } = readings.remember(text, readingOf)
  const scope: PlaceEntry[] = []
  for (const cue of cues) {
    const kept = collector.addFound(cue.found, text, 0, map, 'text')
    if (cue.scope) scope.push(...kept.filter(isScope).map((place) => place.entry))
  }
  for (const found of hiring) collector.addFound(found, text, 0, map, 'text')
  for (const place of based) scope.push(...collector.addFound([place], text, 0, map, 'text').filter(isScope).map((found) => found.entry))
  if (remote) collector.signals.push({ kind: remote.kind, tier: 2, text: text.slice(leading(text), text.length - trailing(text)), range: sentenceRange, scope: remote.kind === 'yes' ? scope : [], worldwide: remote.worldwide })
  else if (scope.length > 0) collector.scopes.push(scope)
}

/** Words naming the employer rather than the job: "TBS is a central agency located in …". */
const EMPLOYER_SUBJECT = lazyPattern(() => `${B}(?:agency|department|organi[sz]ation|company|ministry|secretariat|firm|employer|headquarters|organisme|ministère|entreprise|siège|agence|secrétariat)${E}`, 'iu')
/** Words that make a sentence about the job or the people doing it. */
const JOB_SUBJECT = lazyPattern(() => `${B}(?:position|positions|role|roles|job|jobs|opportunit(?:y|ies)|vacanc(?:y|ies)|you|your|we|our|team|poste|postes|rôle|rôles|emploi|vous|nous|notre|nos|équipe|candidates?|applicants?|office|offices|bureaux?)${E}`, 'iu')

/** A sentence about what was, not where the job is: "Our office in New York closed in 2019." */
const PAST = lazyPattern(() => `${B}(?:closed|former|formerly|previously|used${S}to|ferm[ée]e?s?|anciennement)${E}`, 'iu')

/** Whether the words before a cue make it about where the employer is, not the job. */
function aboutEmployer(before: string): boolean {
  return testText(EMPLOYER_SUBJECT, before) && !testText(JOB_SUBJECT, before)
}

/** "anywhere" followed by where: "anywhere in Canada", "n'importe où au Canada". */
const SCOPED_AFTER = /^\s{1,3}(?:in|within|across|au|en|dans|aux)\s/iu

/** Whether a sentence says this job is remote, hybrid or on-site (`lower`: the sentence as gateText gives it). */
function remoteOfSentence(text: string, lower: string): { kind: RemoteSignal['kind']; worldwide: boolean } | null {
  let kind: RemoteSignal['kind'] | null = null
  let worldwide = false
  for (const match of PROSE_REMOTE.matches(text, lower)) {
    if (endsInCondition(text.slice(0, match.index))) continue
    const found = match.tag
    if (found === 'yes' && /(?:anywhere|o[uù])$/iu.test(match.text) && !SCOPED_AFTER.test(text.slice(match.index + match.text.length))) worldwide = true
    kind = kind === null ? found : strongerWithinItem(kind, found)
  }
  return kind ? { kind, worldwide } : null
}

// ---------------------------------------------------------------------------
// Deciding

interface RemoteDecision {
  kind: 'yes' | 'hybrid' | 'no' | null
  /** The statement that decided it. */
  signal: RemoteSignal | null
}

/** Remote or not from the statements of the best tier that has any (yes over hybrid over no); a job with a place and no statement is not remote. */
function decideRemote(signals: readonly RemoteSignal[], located: boolean): RemoteDecision {
  for (const tier of [0, 1, 2] as const) {
    const here = signals.filter((signal) => signal.tier === tier)
    if (here.length === 0) continue
    for (const kind of ['yes', 'hybrid', 'no'] as const) {
      // Of several statements, the one that says where applicants may be.
      const signal = here.find((s) => s.kind === kind && (s.scope.length > 0 || s.worldwide)) ?? here.find((s) => s.kind === kind)
      if (signal) return { kind, signal }
    }
  }
  return { kind: located ? 'no' : null, signal: null }
}

/** The most frequent country among places, the first on a tie. */
function majorityCountry(places: readonly Place[]): string | null {
  const counts = new Map<string, number>()
  for (const place of places) if (place.country) counts.set(place.country, (counts.get(place.country) ?? 0) + 1)
  let best: string | null = null
  for (const [country, count] of counts) if (best === null || count > counts.get(best)!) best = country
  return best
}

function rootCountry(id: string): string | null {
  const root = id.split('-')[0]!.toUpperCase()
  return /^[A-Z]{2}$/.test(root) && root !== 'EU' ? root : null
}

/** Everything the front matter and the text say, with the country the posting is about. */
function collect(sourceCode: SourceCode): { collector: Collector; hint: Hint | null } {
  const comments = templateComments(sourceCode.text)
  const isOk = (range: Range): boolean => !isSkipped(range, sourceCode, comments)
  const blocks: Block[] = sourceCode.nlcst.children
    .filter((child): child is Paragraph => child.type === 'ParagraphNode')
    .map((paragraph) => ({ paragraph, prose: sourceCode.getProse(paragraph), kind: (paragraph.data as { block?: string } | undefined)?.block ?? 'paragraph' }))
    .filter((block) => isOk(sourceCode.getRange(block.paragraph)))
  const hint = countryHint(blocks) ?? domainHint(sourceCode)
  const collector = new Collector(hint?.country ?? null)
  readFrontMatter(collector, sourceCode)
  readLabels(collector, blocks, isOk)
  readTableLabels(collector, sourceCode, blocks, isOk)
  for (const block of blocks) {
    for (const sentence of sentencesOf(block.paragraph)) readSentence(collector, sourceCode.getProse(sentence), isOk)
  }
  return { collector, hint }
}

/**
 * The remote kind: a remote job is open in the country its statement (or
 * another statement of where applicants must be) names, else in the
 * posting's country; "anywhere" with no country is `yes-anywhere`. A remote
 * job limited to another country (the UK, an EU state) has no kind of its
 * own in `RemoteKind` and stays `unknown`.
 */
function remoteKindOf(decision: RemoteDecision, area: string | null): RemoteKind {
  if (decision.kind === 'no' || decision.kind === 'hybrid') return decision.kind
  if (decision.kind !== 'yes') return 'unknown'
  if (decision.signal?.worldwide || area === null) return 'yes-anywhere'
  return area === 'US' ? 'yes-us' : area === 'CA' ? 'yes-ca' : 'unknown'
}

/** The countries whose remote-reaching laws a remote job brings in: its own, or every country (and union) for `yes-anywhere`. */
function reachCountries(remote: RemoteKind): string[] {
  if (remote === 'yes-us') return ['US']
  if (remote === 'yes-ca') return ['CA']
  if (remote === 'yes-anywhere') return allJurisdictions().filter((j) => j.kind === 'country' || j.kind === 'union').map((j) => j.id)
  return []
}

interface Assembly {
  collector: Collector
  hint: Hint | null
  decision: RemoteDecision
  scope: readonly PlaceEntry[]
  remote: RemoteKind
  asOf: string
}

/** The jurisdictions, each once with its first cause: front matter, the text, the posting's country, then remote reach. */
function assemble({ collector, hint, decision, scope, remote, asOf }: Assembly): JurisdictionMatch[] {
  const jurisdictions: JurisdictionMatch[] = []
  const add = (match: JurisdictionMatch): void => {
    if (!jurisdictions.some((existing) => existing.id === match.id)) jurisdictions.push(match)
  }
  for (const explicit of collector.explicit) add({ id: explicit.id, reason: 'front-matter', text: explicit.text, range: null })
  for (const detected of collector.detected) {
    for (const id of detected.place.jurisdictions) add({ id, reason: detected.reason, text: detected.place.text, range: detected.range })
  }
  if (jurisdictions.length === 0 && hint) add({ id: hint.country, reason: hint.reason, text: hint.text, range: hint.range })
  const signal = decision.signal
  if (decision.kind !== 'yes' || !signal) return jurisdictions
  // A remote job open only in some states or provinces brings in only what lies there.
  const narrow = scope.filter((entry) => entry.kind !== 'country' && entry.kind !== 'union').map(ownId)
  for (const country of reachCountries(remote)) {
    if (remote !== 'yes-anywhere') add({ id: country, reason: 'remote', text: signal.text, range: signal.range })
    for (const reached of remoteReach(country, asOf)) {
      if (narrow.length > 0 && !lineage(reached.id).some((j) => narrow.includes(j.id))) continue
      add({ id: reached.id, reason: 'remote', text: signal.text, range: signal.range })
    }
  }
  return jurisdictions
}

/** Find where the job is. See the module comment for how it decides. */
export function findLocation(sourceCode: SourceCode, options: LocationOptions): LocationResult {
  const { collector, hint } = collect(sourceCode)
  const places = collector.detected.map((detected) => detected.place)
  const decision = decideRemote(collector.signals, places.length > 0)
  const scope = decision.signal?.scope.length ? decision.signal.scope : collector.scopes.flat()
  const scopeCountry = scope.find((entry) => entry.country)?.country ?? null
  const explicit = options.jurisdictions?.length ? options.jurisdictions : null
  const country = (explicit ? rootCountry(explicit[0]!) : null) ?? collector.frontMatterCountry ?? majorityCountry(places) ?? scopeCountry ?? hint?.country ?? null
  const remote = remoteKindOf(decision, scopeCountry ?? country)
  const jurisdictions: JurisdictionMatch[] = explicit
    ? [...new Set(explicit.map((id) => id.trim().toUpperCase()))].map((id) => ({ id, reason: 'config' as const, text: explicit.find((given) => given.trim().toUpperCase() === id)!, range: null }))
    : assemble({ collector, hint, decision, scope, remote, asOf: options.asOf })
  return { places, remote, country, jurisdictions }
}
