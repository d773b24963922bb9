/**
 * English contractions whose apostrophe-less spelling is not an English word,
 * so finding that spelling in English prose means the apostrophe was lost
 * (typed on a phone, stripped by an applicant-tracking system, or "cleaned"
 * by a script that removed punctuation).
 *
 * Source: the standard contractions of English grammars (`n't`, `'re`, `'ve`,
 * `'ll`, `'d`, `'s` after pronouns and question words, `'m`), each checked by
 * hand against a dictionary: a spelling is listed only when it is not itself
 * an English word, not a common name or acronym, and not a word of French
 * (the other language of the postings linted) other than `dont`, which the
 * rule handles by checking English paragraphs only.
 *
 * Left out on purpose, because the spelling without the apostrophe is a word
 * (or a name, or an acronym) and a fix would corrupt correct text:
 *
 * | spelling | is also                                                          |
 * | -------- | ---------------------------------------------------------------- |
 * | cant     | a noun and verb (hypocritical talk; to tilt)                     |
 * | wont     | a noun and adjective (habit: "as was her wont")                   |
 * | were     | the past of "to be"                                               |
 * | well     | adverb, noun                                                      |
 * | its      | the possessive pronoun                                            |
 * | lets     | the verb "let"                                                    |
 * | ill      | adjective (sick)                                                  |
 * | id       | a noun (psychology); ID, an identity document                     |
 * | hell     | a noun                                                            |
 * | shell    | a noun and verb                                                   |
 * | wed      | a verb (to marry)                                                 |
 * | shed     | a noun and verb                                                   |
 * | hed      | newsroom slang for a headline; HED, an acronym                    |
 * | im       | German "im" (in the); IM, instant messaging                       |
 * | ive      | Ive, a surname; the suffix "-ive" written alone                    |
 * | whos     | as often a misspelt "whose" as a lost "who's": the fix is unknown |
 * | hes/shes | plurals of the pronouns as nouns ("hes and shes"); HES, an acronym |
 * | whore    | a word; who're is too rare to risk it                             |
 * | hows     | a noun plural ("the hows and whys")                               |
 * | whys     | a noun plural                                                     |
 * | ones     | a pronoun                                                         |
 * | itd      | ITD, an acronym (departments of transportation, inception to date) |
 * | shant    | Shant, a given name                                               |
 */

/**
 * Each contraction written with an ASCII apostrophe where it belongs. The
 * spelling the rule looks for is this without the apostrophe.
 */
export const CONTRACTIONS: readonly string[] = [
  // not
  "isn't", "aren't", "wasn't", "weren't",
  "haven't", "hasn't", "hadn't",
  "don't", "doesn't", "didn't",
  "couldn't", "shouldn't", "wouldn't", "mightn't", "mustn't", "needn't", "oughtn't", "daren't",
  "ain't",
  // are
  "you're", "they're", "what're",
  // have
  "you've", "we've", "they've", "who've",
  "could've", "should've", "would've", "might've", "must've",
  // will
  "you'll", "they'll", "it'll", "who'll", "that'll", "there'll", "what'll",
  // would, had
  "you'd", "they'd", "who'd", "that'd",
  // is, has
  "that's", "there's", "what's", "here's", "where's",
  // others
  "y'all", "o'clock",
]

/** Where the apostrophe goes, by the spelling without it (lower case). */
export const APOSTROPHE_INDEX: ReadonlyMap<string, number> = new Map(
  CONTRACTIONS.map((contraction) => [contraction.replace("'", ''), contraction.indexOf("'")] as const),
)

/**
 * Words that follow the French relative pronoun `dont` ("l’équipe dont vous
 * ferez partie", "dont le mandat", "dont l’expertise"): subject pronouns,
 * articles, determiners and quantifiers, none of which follows English
 * "don't". A `dont` before one of them is French even in a paragraph too
 * short for the language guess. Source: French grammar (the relative clause
 * introduced by `dont` opens with its subject).
 */
export const FRENCH_AFTER_DONT: ReadonlySet<string> = new Set([
  'je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles',
  'le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'au', 'aux',
  'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses',
  'notre', 'votre', 'nos', 'vos', 'leur', 'leurs',
  'certains', 'certaines', 'plusieurs', 'quelques', 'deux', 'trois', 'tous', 'toutes', 'chacun', 'chacune', 'celui', 'celle', 'ceux', 'celles', 'environ', 'notamment', 'plus', 'moins',
])
