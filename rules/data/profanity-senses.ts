/**
 * Where a word of cuss is not profane in a job posting. Written for postlint
 * from the words postings use; cuss rates words for text in general, and a
 * posting uses many of them plainly: "sick leave", "sexual harassment
 * training", "oral communication", "gross pay", "penetration testing",
 * "random drug screening", "a public servant", "child welfare",
 * "jigs and fixtures", "summa cum laude".
 *
 * NOT_PROFANE lists cuss entries (by their base word) that a posting uses in
 * a plain sense, in four groups: the names of peoples, faiths and sexual
 * orientations (naming a group is not profanity; whether it is apt is for
 * inclusive-language and the discrimination rules); the words of health,
 * law, safety and social work, which cuss rates for their topic, not for
 * vulgarity; everyday and trade words whose profane use needs other words
 * ("period", "deposit", "welfare", "flange", "rigger"); names of people and
 * places ("Cummings", "Coral Gables"), and English words that only look
 * like a slur ("niggling", "snigger").
 *
 * PROFANITY_SENSES keeps the words whose plain and profane senses both
 * occur, with the neighbours that show the plain one (the shape of
 * data/inclusive-senses): "execute the plan", "kill a process", "shoot
 * photos", "screws and bolts", "Hell's Kitchen", "juggle many balls".
 */
import type { SenseRule } from './inclusive-senses.js'

const PEOPLES_AND_FAITHS = [
  'africa', 'african', 'allah', 'american', 'arab', 'arabs', 'asian', 'australian', 'baptist', 'bible', 'bisexual', 'black', 'canadian', 'catholic', 'catholics', 'chinese', 'christ', 'christian', 'church', 'communist', 'conservative', 'damnation', 'demon', 'devil', 'ethiopian', 'ethnic', 'european', 'filipina', 'filipino', 'gay', 'german', 'god', 'heterosexual', 'interracial', 'israel', 'israeli', 'israels', 'italiano', 'japanese', 'jesus', 'jew', 'jewish', 'latin', 'lesbian', 'liberal', 'lucifer', 'mexican', 'mideast', 'minority', 'mormon', 'muslim', 'niger', 'nigerian', 'nigerians', 'palestinian', 'protestant', 'queer', 'rabbi', 'racial', 'refugee', 'republican', 'satan', 'slav', 'sodom', 'soviet', 'tantra', 'transexual', 'transsexual', 'uk', 'vatican', 'vietcong', 'yankee', 'yankees',
]

const HEALTH_LAW_AND_SAFETY = [
  'abortion', 'abuse', 'anal', 'anus', 'areola', 'assassination', 'assault', 'attack', 'bomb', 'bombing', 'bombs', 'breast', 'brothel', 'buried', 'cancer', 'cemetery', 'clitoris', 'cocaine', 'coitus', 'condom', 'copulate', 'corruption', 'crime', 'crimes', 'criminal', 'criminals', 'dead', 'death', 'defecate', 'die', 'died', 'dies', 'disease', 'diseases', 'drug', 'drunk', 'drunken', 'ejaculate', 'ejaculated', 'ejaculating', 'ejaculation', 'enema', 'excrement', 'execution', 'explosion', 'feces', 'flatulence', 'foreskin', 'fraud', 'funeral', 'genital', 'gun', 'heroin', 'herpes', 'hijack', 'hijacker', 'hijacking', 'hiv', 'homicide', 'hostage', 'hymen', 'illegal', 'incest', 'intercourse', 'knife', 'kotex', 'lactate', 'libido', 'liquor', 'lsd', 'marijuana', 'meth', 'molest', 'molestation', 'molester', 'molestor', 'murder', 'murderer', 'narcotic', 'nipple', 'nude', 'oral', 'pedophile', 'pedophiles', 'pedophilia', 'pedophilic', 'penetration', 'penile', 'penis', 'penises', 'pistol', 'pornography', 'poverty', 'premature', 'prostitute', 'pubic', 'racist', 'rape', 'raped', 'rapist', 'rectum', 'remains', 'robber', 'scrotum', 'semen', 'sex', 'sexual', 'sexually', 'sick', 'slaughter', 'sniper', 'sperm', 'stroke', 'suicide', 'syphilis', 'tampon', 'terror', 'terrorist', 'testicle', 'testicles', 'tnt', 'toilet', 'torture', 'urinary', 'urinate', 'urine', 'uterus', 'vagina', 'vaginal', 'violence', 'vomit', 'vulva', 'weapon',
]

const EVERYDAY_AND_TRADE = [
  'adult', 'alla', 'amateur', 'angry', 'babies', 'backdoor', 'backseat', 'banana', 'bananas', 'bast', 'beanbag', 'beanbags', 'beast', 'beaver', 'bender', 'bent', 'bigger', 'blackout', 'blind', 'blow', 'boom', 'bra', 'brownie', 'brownies', 'burn', 'chin', 'childrens', 'cigarette', 'cigs', 'cocktail', 'coconut', 'coconuts', 'color', 'conspiracy', 'crabs', 'crack', 'cracker', 'crash', 'creamy', 'cumquat', 'deposit', 'desire', 'destroy', 'dike', 'dipstick', 'dirty', 'disturbed', 'dive', 'doom', 'enemy', 'erect', 'erection', 'escort', 'failed', 'failure', 'fairies', 'fairy', 'faith', 'fat', 'fear', 'fight', 'fingerfood', 'fire', 'firing', 'flange', 'fore', 'fruit', 'fungus', 'gin', 'gob', 'gross', 'harder', 'headlights', 'henhouse', 'hole', 'honk', 'hook', 'horn', 'hummer', 'husky', 'itch', 'jade', 'jig', 'jigger', 'jiggers', 'jigs', 'joint', 'jugs', 'kid', 'kimchi', 'kink', 'kumquat', 'laid', 'lies', 'lingerie', 'looser', 'lotion', 'mad', 'moles', 'nip', 'nook', 'nuke', 'oreo', 'oreos', 'pansies', 'pansy', 'peck', 'period', 'pixie', 'pixy', 'pollock', 'pollocks', 'pot', 'primetime', 'propaganda', 'pros', 'que', 'radical', 'radicals', 'reject', 'ribbed', 'rigger', 'roach', 'rump', 'scat', 'septic', 'septics', 'servant', 'showtime', 'slant', 'slime', 'slope', 'slopes', 'smack', 'sos', 'spa', 'spit', 'stringer', 'stroking', 'swallow', 'sweetness', 'taboo', 'tang', 'teat', 'threeway', 'tinker', 'tinkers', 'tongue', 'trap', 'triplex', 'trojan', 'vibrator', 'virgin', 'welfare', 'whacker', 'whiskey', 'whit', 'whiz', 'womens', 'xxx', 'yank', 'yanks',
]

const NAMES_AND_LOOKALIKES = [
  'abid', 'angie', 'blackman', 'bosch', 'buffy', 'carruth', 'cummings', 'dahmer', 'footaction', 'gable', 'gables', 'gonzagas', 'guinea', 'guineas', 'hun', 'huns', 'ike', 'jerry', 'ky', 'mick', 'nancy', 'niggard', 'niggarded', 'niggarding', 'niggardliness', 'niggardlinesss', 'niggardly', 'niggards', 'niggle', 'niggled', 'niggles', 'niggling', 'nigglings', 'noonan', 'osama', 'paddy', 'randy', 'snigger', 'sniggered', 'sniggering', 'sniggers', 'tuckahoe', 'usama', 'willy',
]

/** cuss entries a posting uses in a plain sense; never reported. */
export const NOT_PROFANE: ReadonlySet<string> = new Set([...PEOPLES_AND_FAITHS, ...HEALTH_LAW_AND_SAFETY, ...EVERYDAY_AND_TRADE, ...NAMES_AND_LOOKALIKES])

/** The objects that make "kill", "execute" or "shoot" violent rather than "kill a process". */
const PERSONS = ['him', 'her', 'them', 'people', 'person', 'someone', 'anyone', 'everyone', 'yourself', 'myself', 'prisoner', 'prisoners', 'hostages', 'civilians', 'inmates']

/** A name when capitalised: "Hell's Kitchen", "Philip K. Dick", "Fort Dix", "United Negro College Fund". */
const NAME: SenseRule = { skipCapitalised: true }

export const PROFANITY_SENSES: Readonly<Record<string, SenseRule>> = {
  execute: { onlyBefore: PERSONS },
  executed: { onlyBefore: PERSONS },
  kill: { onlyBefore: PERSONS },
  kills: { onlyBefore: PERSONS },
  killed: { onlyBefore: PERSONS },
  killing: { onlyBefore: PERSONS },
  // "Killer app", "killer instinct".
  killer: { before: ['app', 'apps', 'feature', 'features', 'instinct', 'product', 'products', 'demo', 'deal', 'deals', 'robot', 'robots', 'whale', 'whales', 'bees'] },
  // "Shoot photos", "shoot me an email": only shooting at someone is violent.
  shoot: { onlyBefore: [...PERSONS, 'at', 'guns', 'gun'] },
  shooting: { after: ['photo', 'video', 'film', 'location', 'product', 'trouble'], before: ['photos', 'video', 'videos', 'footage', 'schedule', 'schedules', 'day', 'days', 'range', 'ranges', 'script', 'scripts', 'location', 'locations', 'sports', 'star', 'stars'] },
  // "Screws and bolts", "screw conveyor": only "screw up", "screw you" are vulgar.
  screw: { onlyBefore: ['up', 'ups', 'you', 'it', 'him', 'her', 'them', 'us', 'over', 'around', 'off', 'yourself', 'this', 'that'] },
  hell: NAME,
  // "Juggle many balls", "keep the balls in the air".
  balls: { after: ['many', 'multiple', 'several', 'some', 'all', 'juggle', 'juggling', 'juggles', 'juggled', 'drop', 'dropping', 'dropped', 'golf', 'tennis', 'bowling', 'soccer', 'foam', 'stress', 'exercise', 'yoga', 'medicine', 'ping', 'pong', 'bearing', 'ball'], before: ['in'] },
  // "Butt joint", "butt weld".
  butt: { before: ['joint', 'joints', 'weld', 'welds', 'welding', 'splice', 'splices', 'fusion', 'hinge', 'hinges', 'end', 'ends', 'plate', 'plates'] },
  // "Stop cock", "ball cock" in plumbing.
  cock: { after: ['stop', 'ball', 'pet', 'drain', 'gauge', 'test'] },
  // Chef's whites, egg whites.
  whites: { after: ['chef', 'chefs', "chef's", 'egg', 'kitchen', 'tennis', 'cricket'] },
  // "Magna cum laude".
  cum: { before: ['laude'] },
  // "Kung fu"; "FU" as an abbreviation.
  fu: { after: ['kung'], skipAllCaps: true },
  // "Sod installation"; only "sod off" is vulgar.
  sod: { onlyBefore: ['off', 'it', 'all'] },
  dick: NAME,
  dix: NAME,
  dong: NAME,
  ho: { skipCapitalised: true, skipAllCaps: true },
  negro: NAME,
  lynch: NAME,
  ikwe: NAME,
}
