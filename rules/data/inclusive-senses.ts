/**
 * When a word retext-equality flags is used in a sense that is not the
 * insensitive one — in job postings above all. Each entry names a flagged
 * word or phrase and the neighbouring words that show the other sense; a
 * match with such a neighbour is not reported. Written for postlint from the
 * words postings use: "challenged to grow", "Master's degree", "Scrum
 * Master", "Presidential Innovation Fellow", "special projects", "invalid
 * input", "disabled veterans" (the term of 38 U.S.C. § 4211), "bi-weekly
 * pay", "sister agencies", "federally recognized tribe" (25 U.S.C. § 5130),
 * "Prince Edward Island", "His Majesty in right of Canada".
 *
 * `otherSense` reads these entries; the profanity rule's senses
 * (data/profanity-senses) use the same shape.
 */
import type { WordToken } from '../../src/linter/phrases.js'

export interface SenseRule {
  /** Skip when the next word is one of these. */
  before?: readonly string[]
  /** Skip when the previous word is one of these. */
  after?: readonly string[]
  /** Report only when the next word is one of these (the person sense); skip otherwise. */
  onlyBefore?: readonly string[]
  /** Report only when the previous word is one of these ("flight steward"); skip otherwise. */
  onlyAfter?: readonly string[]
  /** Skip when written in capitals (an acronym: "BI" is business intelligence). */
  skipAllCaps?: boolean
  /** Skip when capitalised as part of a name or title: mid-sentence, or before another capitalised word ("Fellow", "Prince Edward Island"). */
  skipCapitalised?: boolean
  /** Never report: the word is the ordinary name of a job or a group in postings ("janitor", "midwife"). */
  never?: boolean
}

/** Whether the words around a match (`count` words from `index`) show a sense the entry says not to report. */
export function otherSense(sense: SenseRule | undefined, words: readonly WordToken[], index: number, count: number): boolean {
  if (!sense) return false
  if (sense.never) return true
  const first = words[index]!
  const nextWord = words[index + count]
  const next = nextWord?.norm
  const previous = words[index - 1]?.norm
  const capitalised = (word: WordToken | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word.text)
  if (sense.skipCapitalised && capitalised(first) && (index > 0 || capitalised(nextWord))) return true
  if (sense.skipAllCaps && first.text.length > 1 && first.text === first.text.toUpperCase()) return true
  if (sense.onlyBefore && (next === undefined || !sense.onlyBefore.includes(next))) return true
  if (sense.onlyAfter && (previous === undefined || !sense.onlyAfter.includes(previous))) return true
  if (sense.before && next !== undefined && sense.before.includes(next)) return true
  if (sense.after && previous !== undefined && sense.after.includes(previous)) return true
  return false
}

const PEOPLE = ['person', 'persons', 'people', 'individual', 'individuals', 'child', 'children', 'kid', 'kids', 'adult', 'adults', 'student', 'students', 'applicant', 'applicants', 'candidate', 'candidates', 'employee', 'employees', 'worker', 'workers', 'customer', 'customers', 'user', 'users', 'man', 'men', 'woman', 'women', 'population', 'community']

/** Object words and prepositions after "challenged" that make it the verb ("challenged to grow", "challenged by problems"). */
const VERB_FOLLOWERS = ['to', 'by', 'with', 'in', 'on', 'for', 'at', 'me', 'us', 'them', 'you', 'him', 'her', 'our', 'their', 'my', 'your', 'the', 'a', 'an', 'and', 'or', 'yourself', 'ourselves', 'myself', 'themselves', 'every', 'each', 'daily', 'constantly', 'regularly']

/**
 * The words before slang that calls someone or something mentally ill ("is
 * nuts", "go nuts", "a bit OCD", "drives me nuts"): the clinical or plain
 * uses ("nuts and bolts", "mental models", "treating OCD") have none of them.
 */
const SLANG_AFTER = ['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', "i'm", "you're", "we're", "they're", "he's", "she's", "it's", "that's", "isn't", "aren't", 'so', 'totally', 'completely', 'absolutely', 'bit', 'little', 'go', 'goes', 'going', 'went', 'gone', 'drive', 'drives', 'driving', 'drove', 'me', 'us', 'you', 'them', 'get', 'gets', 'getting', 'got', 'feel', 'feels', 'feeling', 'felt', 'seem', 'seems', 'seemed', 'sound', 'sounds', 'too', 'very', 'pretty', 'really', 'kinda', 'slightly', 'super']

/** Nouns after "sister" or "brother" that make it a related organisation ("sister agencies"). */
const ORGANISATIONS = ['agency', 'agencies', 'company', 'companies', 'organization', 'organizations', 'organisation', 'organisations', 'site', 'sites', 'city', 'cities', 'ship', 'ships', 'project', 'projects', 'team', 'teams', 'department', 'departments', 'program', 'programs', 'programme', 'programmes', 'school', 'schools', 'brand', 'brands', 'office', 'offices', 'unit', 'units', 'group', 'groups', 'publication', 'publications', 'station', 'stations', 'store', 'stores', 'property', 'properties', 'hotel', 'hotels', 'product', 'products', 'service', 'services', 'lab', 'labs', 'institution', 'institutions', 'bureau', 'bureaus', 'ministry', 'ministries', 'province', 'provinces', 'state', 'states', 'app', 'apps', 'network', 'networks', 'facility', 'facilities', 'hospital', 'hospitals', 'campus', 'campuses', 'chapter', 'chapters', 'firm', 'firms', 'business', 'businesses', 'inn', 'inns', 'resort', 'resorts', 'restaurant', 'restaurants', 'clinic', 'clinics', 'shop', 'shops', 'branch', 'branches', 'location', 'locations', 'venue', 'venues', 'magazine', 'magazines', 'newspaper', 'newspapers', 'website', 'websites', 'channel', 'channels', 'label', 'labels', 'studio', 'studios', 'winery', 'brewery', 'bakery', 'cafe', 'cafes', 'plant', 'plants', 'mill', 'mills', 'airline', 'airlines', 'club', 'clubs', 'foundation', 'foundations', 'charity', 'charities', 'fund', 'funds', 'journal', 'journals', 'podcast', 'show', 'shows', 'series', 'community', 'communities', 'region', 'regions', 'university', 'universities', 'college', 'colleges', 'district', 'districts', 'county', 'counties']

/** "His Majesty the King in right of Canada", "Her Excellency": forms of address for a named person. */
const HONORIFICS = ['majesty', "majesty's", 'excellency', 'honour', 'honor', 'royal', 'worship', 'lordship', 'ladyship', 'grace', 'holiness']

/** A name or title when capitalised: "Prince Edward Island", "Queen's Park", "Girls Who Code", "Airman First Class". */
const NAME: SenseRule = { skipCapitalised: true }

export const SENSES: Readonly<Record<string, SenseRule>> = {
  challenged: { before: VERB_FOLLOWERS },
  master: {
    before: ['degree', 'degrees', 'of', 'in', 'level', 'program', 'programme', 'programs', 'student', 'students', 'class', 'classes', 'craftsman', 'electrician', 'electricians', 'plumber', 'plumbers', 'carpenter', 'certificate', 'certification', 'trainer', 'gardener', 'data', 'file', 'files', 'record', 'records', 'schedule', 'schedules', 'service', 'services', 'agreement', 'agreements', 'contract', 'contracts', 'sergeant', 'chief', 'gunnery', 'mariner', 'mason', 'technician', 'teacher', 'inspector', 'trooper', 'naturalist', 'thesis', 'theses'],
    // "to master", "will master": the verb, to learn thoroughly.
    after: ['scrum', 'agile', 'kanban', 'quiz', 'web', 'grand', 'chess', 'ring', 'certified', 'a', 'an', 'his', 'her', 'their', 'your', "bachelor's", 'bachelors', 'or', 'and', 'to', 'will', 'can', 'quickly', 'must', 'should', 'fully'],
  },
  masters: { onlyBefore: ['slave', 'slaves', 'branch', 'branches', 'node', 'nodes', 'server', 'servers', 'database', 'databases', 'replica', 'replicas'] },
  fellow: { onlyBefore: ['man', 'men', 'mankind'], skipCapitalised: true },
  special: { onlyBefore: PEOPLE },
  invalid: { onlyBefore: PEOPLE },
  // PEOPLE leaves out "veteran": "disabled veteran" is the statute's term.
  disabled: { onlyBefore: PEOPLE },
  lame: { before: ['duck'] },
  // "The fellowship" of a posting is a paid programme, not camaraderie.
  fellowship: { onlyAfter: ['sense', 'spirit', 'good', 'christian', 'brotherly'] },
  // A data steward, or to steward a product: only the airline sense has a gendered pair.
  steward: { onlyAfter: ['flight', 'airline', 'cabin', 'air', "ship's"] },
  stewards: { onlyAfter: ['flight', 'airline', 'cabin', 'air'] },
  host: { onlyAfter: ['show', 'tv', 'radio', 'party', 'talk'] },
  hosts: { onlyAfter: ['show', 'tv', 'radio', 'party', 'talk'] },
  actors: { after: ['suspicious', 'threat', 'bad', 'malicious', 'state', 'nation', 'key', 'industry', 'market', 'economic', 'political', 'civic', 'government', 'public', 'private', 'other', 'all'] },
  actor: { after: ['suspicious', 'threat', 'bad', 'malicious', 'state', 'nation', 'key', 'single', 'lone', 'rogue'], before: ['model', 'models', 'framework', 'frameworks', 'system', 'systems', 'pattern'] },
  alumni: {
    after: ['our', 'its', 'their', 'program', 'programme', 'fellowship', 'university', 'college', 'school', 'bootcamp', 'pif', 'tts', 'usds', '18f', 'cds', 'of', 'and', 'former'],
    before: ['reunion', 'reunions', 'network', 'networks', 'event', 'events', 'association', 'community', 'relations', 'engagement', 'program', 'programs'],
  },
  // "BI" is business intelligence; "bi-weekly", "bi-annual" are about time.
  bi: { skipAllCaps: true, before: ['weekly', 'monthly', 'annual', 'annually', 'yearly', 'daily', 'quarterly', 'lingual', 'directional', 'partisan', 'national', 'lateral', 'coastal', 'modal', 'racial', 'cultural', 'level', 'literate', 'literacy'] },
  // Survivor benefits and veterans' derived preference ("a spouse, widow or widower") use the legal terms.
  widow: { before: ['benefits', 'benefit', 'pension', 'pensions', 'annuity', 'or'], after: ['surviving'] },
  widower: { before: ['benefits', 'benefit', 'pension', 'pensions', 'annuity'], after: ['surviving', 'or'] },
  widows: { before: ['and', 'or', 'benefits', 'benefit', 'pension', 'pensions', 'annuity', 'annuities'], after: ['surviving'] },
  widowers: { after: ['surviving', 'and', 'or'] },
  // "Mental health", "mental models", "nuts and bolts", "treating OCD", "bipolar disorder": only the slang is reported.
  mental: { onlyAfter: SLANG_AFTER },
  nuts: { onlyAfter: SLANG_AFTER },
  ocd: { onlyAfter: SLANG_AFTER },
  bipolar: { before: ['disorder', 'disorders', 'i', 'ii', 'depression', 'spectrum', 'affective', 'transistor', 'transistors', 'junction', 'cell', 'cells', 'neuron', 'neurons', 'electrode', 'electrodes', 'plate', 'plates'] },
  depressed: { after: ['economically'], before: ['area', 'areas', 'community', 'communities', 'region', 'regions', 'neighborhood', 'neighborhoods', 'neighbourhood', 'neighbourhoods', 'market', 'markets', 'economy', 'economies', 'price', 'prices', 'wage', 'wages', 'demand'] },
  insanity: { before: ['defense', 'defence', 'plea', 'verdict'] },
  // "Hang out with the team", "get the hang of it": not a program that froze.
  hang: { before: ['out', 'in', 'up', 'onto', 'with', 'around', 'of', 'together', 'loose', 'tight', 'ten', 'back', 'over', 'signs', 'posters', 'drywall', 'pictures', 'artwork'] },
  primitive: { onlyBefore: ['people', 'peoples', 'culture', 'cultures', 'tribe', 'tribes', 'society', 'societies', 'man', 'men', 'race', 'races', 'natives', 'community', 'communities', 'village', 'villages', 'nation', 'nations'] },
  // "Asylum seekers", "asylum officer": the refugee law term, not a psychiatric hospital.
  asylum: { onlyAfter: ['insane', 'lunatic', 'mental', 'an'] },
  // "Groom the backlog": the verb, to prepare.
  groom: { before: ['the', 'our', 'your', 'their', 'backlog', 'backlogs', 'stories', 'tickets', 'issues', 'requirements', 'data', 'leads', 'talent', 'candidates', 'new', 'junior', 'future', 'and', 'them'] },
  // "Pop-up", "pop culture", a network PoP: only "my pop" is a father.
  pop: { onlyAfter: ['my', 'your', 'his', 'her', 'their', 'our', 'and', 'ma', 'mom', 'mum'], skipAllCaps: true },
  sister: { before: ORGANISATIONS, skipCapitalised: true },
  brother: { before: ORGANISATIONS, skipCapitalised: true },
  sisters: { before: ORGANISATIONS, skipCapitalised: true },
  brothers: { before: ORGANISATIONS, skipCapitalised: true },
  // "Son-in-law", "daughter-in-law" in a list of family members for leave.
  son: { before: ['in'] },
  // "The Founding Fathers" of the United States, a name; retext-equality's own "founding father" pattern is kept.
  fathers: { after: ['founding'] },
  daughter: { before: ['in'] },
  sons: { before: ['in'] },
  daughters: { before: ['in'] },
  his: { before: HONORIFICS },
  her: { before: HONORIFICS },
  // "Maternal and child health" (Title V of the Social Security Act), "maternal mortality".
  maternal: { before: ['health', 'mortality', 'morbidity', 'care', 'and', 'child', 'infant', 'fetal', 'medicine', 'nutrition', 'depression', 'grandparents', 'grandmother', 'grandfather', 'aunt', 'uncle', 'line', 'side'] },
  paternal: { before: ['grandparents', 'grandmother', 'grandfather', 'aunt', 'uncle', 'line', 'side', 'and'] },
  fraternal: { skipCapitalised: true, before: ['twin', 'twins', 'organization', 'organizations', 'order', 'society', 'societies', 'benefit'] },
  // "Enrolled member of a federally recognized tribe": the term of 25 U.S.C. § 5130 and of Indian preference.
  tribe: { after: ['recognized', 'recognised', 'indian', 'native', 'sovereign', 'federally', 'alaska', 'enrolled', 'state'], before: ['member', 'members', 'membership', 'government', 'governments', 'council', 'councils', 'enrollment', 'citizen', 'citizens', 'nation', 'nations', 'land', 'lands', 'leadership', 'official', 'officials'], skipCapitalised: true },
  // "Off-reserve": Canadian administrative term for First Nations people who live away from a reserve.
  'off reserve': { never: true },
  women: { skipCapitalised: true, before: ['owned', 'led', 'founded', 'run', 'in'] },
  woman: { skipCapitalised: true, before: ['owned', 'led', 'founded', 'run'] },
  men: { skipCapitalised: true, before: ['in'] },
  // Physical, cardiac or housing rehabilitation, not an addiction clinic.
  rehab: { after: ['cardiac', 'physical', 'pulmonary', 'stroke', 'inpatient', 'outpatient', 'orthopedic', 'orthopaedic', 'vocational', 'acute', 'neuro', 'sports', 'occupational', 'wildlife', 'housing', 'home', 'building', 'property'], before: ['therapist', 'therapists', 'therapy', 'nurse', 'nurses', 'unit', 'units', 'aide', 'aides', 'tech', 'technician', 'technicians', 'hospital', 'hospitals', 'medicine', 'engineering', 'counselor', 'counsellor', 'specialist', 'specialists'] },
  uncle: { skipCapitalised: true, before: ['sam'] },
  girl: NAME,
  girls: NAME,
  boy: NAME,
  boys: NAME,
  king: NAME,
  kings: NAME,
  queen: NAME,
  queens: NAME,
  prince: NAME,
  princes: NAME,
  princess: NAME,
  lord: NAME,
  lords: NAME,
  lady: NAME,
  dame: NAME,
  emperor: NAME,
  brotherhood: NAME,
  sisterhood: NAME,
  airman: NAME,
  airmen: NAME,
  congressman: NAME,
  congresswoman: NAME,
  // Words retext-equality pairs with a female form that postings use for everyone: job titles and groups.
  janitor: { never: true },
  janitors: { never: true },
  midwife: { never: true },
  hero: { never: true },
  heroes: { never: true },
  // The Census and EEO-1 category is "Hispanic or Latino"; "Latina" names women.
  latino: { never: true },
  latina: { never: true },
}

/**
 * Alternatives of retext-equality not offered for a posting, by pattern id:
 * "it" stands in for "he or she" only for things, and a posting's "he or
 * she" is a person.
 */
export const DROPPED_ALTERNATIVES: Readonly<Record<string, readonly string[]>> = {
  'he-she': ['it'],
}

/**
 * retext-equality patterns that judge tone rather than people ("easy",
 * "just", "simply", "clearly", "of course"): they have no alternative to
 * offer, and postings use the words in plain senses ("easy access to
 * transit", "communicate clearly", "just-in-time"). Reported only with the
 * rule's `tone` option.
 */
export const TONE_PATTERNS: ReadonlySet<string> = new Set(['basically', 'clearly', 'easy', 'everyone-knows', 'just', 'obvious', 'of-course', 'simple', 'straightforward'])
