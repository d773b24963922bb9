/**
 * Job titles that name one sex, for `gender-neutral-title`.
 *
 * English: titles that name a man or a woman ("salesman", "waitress") with
 * neutral titles to write instead. Chosen from the examples regulators give
 * (EHRC guidance on discriminatory adverts: "waitress", "salesgirl",
 * "postman", "cameraman", "bartender" for "barman"; 29 CFR 1604.5 and the
 * research notes: "salesman") and from the common trades titles that have a
 * settled neutral form (firefighter, police officer, flight attendant,
 * line worker, drafter). Left out on purpose: official titles of an office
 * held by someone else ("Ombudsman", "Alderman"), "steward" and "host"
 * (data steward, web host), "landlord" (property, rarely a job).
 *
 * French: masculine job nouns and their feminine forms, for titles that name
 * only the masculine. The pairs follow the feminine forms the Office
 * québécois de la langue française lists (Vitrine linguistique, "Féminisation
 * et rédaction épicène") and the Government of Canada's guidelines on
 * inclusive writing. Epicene nouns (analyste, gestionnaire, chef, spécialiste,
 * responsable, architecte, stagiaire, secrétaire, scientifique, stratège,
 * designer…)
 * are not listed: they already name anyone. Adjectives that agree with the
 * noun are listed separately, so a suggestion can double them too
 * ("Conseiller principal ou conseillère principale").
 */
import type { Paragraph } from 'nlcst'
import type { PhraseMatch } from '../../src/linter/phrases.js'
import type { ParagraphData } from '../../src/linter/prose.js'
import type { SourceCode } from '../../src/linter/source-code.js'

/** A heading that is a sentence ("Nous recherchons des développeurs dévoués pour …") is prose, not a title. */
const MAX_TITLE_WORDS = 8
const SENTENCE_END = /[.:!?]\s*$/

/** Whether a match stands in a heading that reads as a title (short, not a sentence). */
export function inTitleHeading(sourceCode: SourceCode, match: PhraseMatch<unknown>): boolean {
  return (
    (match.paragraph.data as ParagraphData | undefined)?.block === 'heading' &&
    match.words.length <= MAX_TITLE_WORDS &&
    !SENTENCE_END.test(sourceCode.getProse(match.paragraph as Paragraph).text)
  )
}

/** Every English gendered title word, lower-cased. */
export function isGenderedTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word)
}

export interface GenderedTitle {
  /** The words, singular and plural. */
  words: readonly string[]
  /** The other sex's forms: a title that names both ("Waiter/Waitress") names everyone. */
  counterparts: readonly string[]
  /** Neutral titles to write instead, singular then plural where they differ. */
  neutral: readonly string[]
  neutralPlural?: readonly string[]
}

export const ENGLISH_TITLES: readonly GenderedTitle[] = [
  { words: ['salesman', 'salesmen'], counterparts: ['saleswoman', 'saleswomen', 'salesgirl'], neutral: ['salesperson', 'sales representative', 'sales associate'], neutralPlural: ['salespeople', 'sales representatives'] },
  { words: ['saleswoman', 'saleswomen', 'salesgirl', 'salesgirls'], counterparts: ['salesman', 'salesmen'], neutral: ['salesperson', 'sales representative', 'sales associate'], neutralPlural: ['salespeople', 'sales representatives'] },
  { words: ['chairman', 'chairmen'], counterparts: ['chairwoman', 'chairwomen'], neutral: ['chair', 'chairperson'], neutralPlural: ['chairs', 'chairpersons'] },
  { words: ['chairwoman', 'chairwomen'], counterparts: ['chairman', 'chairmen'], neutral: ['chair', 'chairperson'], neutralPlural: ['chairs', 'chairpersons'] },
  { words: ['foreman', 'foremen'], counterparts: ['forewoman', 'forewomen'], neutral: ['supervisor', 'crew lead', 'site supervisor'], neutralPlural: ['supervisors', 'crew leads'] },
  { words: ['forewoman', 'forewomen'], counterparts: ['foreman', 'foremen'], neutral: ['supervisor', 'crew lead', 'site supervisor'], neutralPlural: ['supervisors', 'crew leads'] },
  { words: ['waitress', 'waitresses'], counterparts: ['waiter', 'waiters'], neutral: ['server', 'waiting staff'], neutralPlural: ['servers', 'waiting staff'] },
  // "Waiter" reads as male beside "waitress"; the EHRC's neutral example is "waiting staff".
  { words: ['waiter', 'waiters'], counterparts: ['waitress', 'waitresses'], neutral: ['server', 'waiting staff'], neutralPlural: ['servers', 'waiting staff'] },
  { words: ['stewardess', 'stewardesses'], counterparts: ['steward', 'stewards'], neutral: ['flight attendant', 'cabin crew member'], neutralPlural: ['flight attendants', 'cabin crew'] },
  { words: ['hostess', 'hostesses'], counterparts: ['host', 'hosts'], neutral: ['host', 'greeter'], neutralPlural: ['hosts', 'greeters'] },
  { words: ['barman', 'barmen'], counterparts: ['barmaid', 'barmaids'], neutral: ['bartender', 'bar staff'], neutralPlural: ['bartenders', 'bar staff'] },
  { words: ['barmaid', 'barmaids'], counterparts: ['barman', 'barmen'], neutral: ['bartender', 'bar staff'], neutralPlural: ['bartenders', 'bar staff'] },
  { words: ['repairman', 'repairmen'], counterparts: [], neutral: ['repair technician', 'repairer'], neutralPlural: ['repair technicians', 'repairers'] },
  { words: ['cameraman', 'cameramen'], counterparts: ['camerawoman', 'camerawomen'], neutral: ['camera operator'], neutralPlural: ['camera operators'] },
  { words: ['fireman', 'firemen'], counterparts: [], neutral: ['firefighter'], neutralPlural: ['firefighters'] },
  { words: ['policeman', 'policemen'], counterparts: ['policewoman', 'policewomen'], neutral: ['police officer'], neutralPlural: ['police officers'] },
  { words: ['policewoman', 'policewomen'], counterparts: ['policeman', 'policemen'], neutral: ['police officer'], neutralPlural: ['police officers'] },
  { words: ['handyman', 'handymen'], counterparts: [], neutral: ['maintenance technician', 'handyperson'], neutralPlural: ['maintenance technicians'] },
  { words: ['deliveryman', 'deliverymen'], counterparts: [], neutral: ['delivery driver', 'courier'], neutralPlural: ['delivery drivers', 'couriers'] },
  { words: ['craftsman', 'craftsmen'], counterparts: ['craftswoman', 'craftswomen'], neutral: ['craftsperson', 'skilled tradesperson'], neutralPlural: ['craftspeople', 'skilled trades'] },
  { words: ['tradesman', 'tradesmen'], counterparts: ['tradeswoman', 'tradeswomen'], neutral: ['tradesperson'], neutralPlural: ['tradespeople'] },
  { words: ['workman', 'workmen'], counterparts: [], neutral: ['worker'], neutralPlural: ['workers'] },
  { words: ['headmaster', 'headmasters'], counterparts: ['headmistress'], neutral: ['head teacher', 'principal'], neutralPlural: ['head teachers', 'principals'] },
  { words: ['headmistress', 'headmistresses'], counterparts: ['headmaster'], neutral: ['head teacher', 'principal'], neutralPlural: ['head teachers', 'principals'] },
  { words: ['landlady', 'landladies'], counterparts: ['landlord'], neutral: ['pub manager', 'licensee'], neutralPlural: ['pub managers', 'licensees'] },
  { words: ['postman', 'postmen', 'mailman', 'mailmen'], counterparts: ['postwoman', 'postwomen'], neutral: ['postal worker', 'mail carrier'], neutralPlural: ['postal workers', 'mail carriers'] },
  { words: ['doorman', 'doormen'], counterparts: [], neutral: ['door attendant', 'concierge'], neutralPlural: ['door attendants'] },
  { words: ['lineman', 'linemen'], counterparts: [], neutral: ['line worker', 'line technician'], neutralPlural: ['line workers', 'line technicians'] },
  { words: ['draftsman', 'draftsmen', 'draughtsman', 'draughtsmen'], counterparts: ['draftswoman', 'draughtswoman'], neutral: ['drafter', 'drafting technician'], neutralPlural: ['drafters', 'drafting technicians'] },
  { words: ['journeyman', 'journeymen'], counterparts: [], neutral: ['journey-level', 'journeyworker'], neutralPlural: ['journey-level workers', 'journeyworkers'] },
  { words: ['spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen'], counterparts: [], neutral: ['spokesperson'], neutralPlural: ['spokespeople'] },
  { words: ['cleaning lady', 'cleaning ladies'], counterparts: [], neutral: ['cleaner'], neutralPlural: ['cleaners'] },
  { words: ['seamstress', 'seamstresses'], counterparts: [], neutral: ['sewing machinist', 'tailor'], neutralPlural: ['sewing machinists', 'tailors'] },
  { words: ['manageress'], counterparts: [], neutral: ['manager'] },
  { words: ['businessman', 'businessmen', 'businesswoman', 'businesswomen'], counterparts: [], neutral: ['businessperson'], neutralPlural: ['businesspeople'] },
  { words: ['serviceman', 'servicemen'], counterparts: [], neutral: ['service technician'], neutralPlural: ['service technicians'] },
  { words: ['warehouseman', 'warehousemen'], counterparts: [], neutral: ['warehouse worker'], neutralPlural: ['warehouse workers'] },
  { words: ['groundsman', 'groundsmen'], counterparts: [], neutral: ['groundskeeper'], neutralPlural: ['groundskeepers'] },
  { words: ['masseuse', 'masseuses', 'masseur', 'masseurs'], counterparts: [], neutral: ['massage therapist'], neutralPlural: ['massage therapists'] },
  { words: ['chambermaid', 'chambermaids', 'housemaid', 'housemaids'], counterparts: [], neutral: ['room attendant', 'housekeeper'], neutralPlural: ['room attendants', 'housekeepers'] },
  { words: ['girl friday', 'man friday'], counterparts: [], neutral: ['office assistant'] },
]

export interface FrenchTitle {
  masculine: string
  /** The feminine forms (more than one where both are in use: "réviseure", "réviseuse"). */
  feminine: readonly string[]
  /** Only as the first word of a title: "serveur" is also a computer server. */
  headOnly?: boolean
  /** A superior's post: after "adjoint·e" or "assistant·e" it names the boss, not the job. */
  superior?: boolean
}

export const FRENCH_TITLES: readonly FrenchTitle[] = [
  { masculine: 'développeur', feminine: ['développeuse'] },
  { masculine: 'conseiller', feminine: ['conseillère'] },
  { masculine: 'directeur', feminine: ['directrice'], superior: true },
  { masculine: 'concepteur', feminine: ['conceptrice'] },
  { masculine: 'coordonnateur', feminine: ['coordonnatrice'] },
  { masculine: 'coordinateur', feminine: ['coordinatrice'] },
  { masculine: 'coordonateur', feminine: ['coordonatrice'] },
  { masculine: 'agent', feminine: ['agente'] },
  { masculine: 'adjoint', feminine: ['adjointe'] },
  { masculine: 'assistant', feminine: ['assistante'] },
  { masculine: 'président', feminine: ['présidente'], superior: true },
  { masculine: 'administrateur', feminine: ['administratrice'] },
  { masculine: 'chercheur', feminine: ['chercheuse'] },
  { masculine: 'communicateur', feminine: ['communicatrice'] },
  { masculine: 'recruteur', feminine: ['recruteuse'] },
  { masculine: 'traducteur', feminine: ['traductrice'] },
  { masculine: 'rédacteur', feminine: ['rédactrice'] },
  { masculine: 'réviseur', feminine: ['réviseure', 'réviseuse'] },
  { masculine: 'narrateur', feminine: ['narratrice'] },
  { masculine: 'praticien', feminine: ['praticienne'] },
  { masculine: 'étudiant', feminine: ['étudiante'] },
  { masculine: 'ingénieur', feminine: ['ingénieure'] },
  { masculine: 'programmeur', feminine: ['programmeuse'] },
  { masculine: 'technicien', feminine: ['technicienne'] },
  { masculine: 'superviseur', feminine: ['superviseure'], superior: true },
  { masculine: 'formateur', feminine: ['formatrice'] },
  { masculine: 'animateur', feminine: ['animatrice'] },
  { masculine: 'enquêteur', feminine: ['enquêteuse'] },
  { masculine: 'vendeur', feminine: ['vendeuse'] },
  { masculine: 'serveur', feminine: ['serveuse'], headOnly: true },
  { masculine: 'infirmier', feminine: ['infirmière'] },
  { masculine: 'employé', feminine: ['employée'] },
  { masculine: 'auditeur', feminine: ['auditrice'] },
  { masculine: 'évaluateur', feminine: ['évaluatrice'] },
  { masculine: 'vérificateur', feminine: ['vérificatrice'] },
  { masculine: 'inspecteur', feminine: ['inspectrice'] },
  { masculine: 'consultant', feminine: ['consultante'] },
  { masculine: 'avocat', feminine: ['avocate'] },
  { masculine: 'statisticien', feminine: ['statisticienne'] },
  { masculine: 'informaticien', feminine: ['informaticienne'] },
  { masculine: 'opérateur', feminine: ['opératrice'] },
  { masculine: 'gérant', feminine: ['gérante'], superior: true },
  { masculine: 'dirigeant', feminine: ['dirigeante'], superior: true },
  { masculine: 'ambassadeur', feminine: ['ambassadrice'] },
  { masculine: 'intégrateur', feminine: ['intégratrice'] },
  { masculine: 'testeur', feminine: ['testeuse'] },
  { masculine: 'contrôleur', feminine: ['contrôleuse'] },
  { masculine: 'représentant', feminine: ['représentante'] },
  { masculine: 'préposé', feminine: ['préposée'] },
  { masculine: 'chargé', feminine: ['chargée'] },
  { masculine: 'ouvrier', feminine: ['ouvrière'] },
  { masculine: 'électricien', feminine: ['électricienne'] },
  { masculine: 'mécanicien', feminine: ['mécanicienne'] },
  { masculine: 'enseignant', feminine: ['enseignante'] },
  { masculine: 'professeur', feminine: ['professeure'] },
  { masculine: 'producteur', feminine: ['productrice'] },
  { masculine: 'éditeur', feminine: ['éditrice'] },
  { masculine: 'acheteur', feminine: ['acheteuse'] },
  { masculine: 'négociateur', feminine: ['négociatrice'] },
  { masculine: 'facilitateur', feminine: ['facilitatrice'] },
  { masculine: 'organisateur', feminine: ['organisatrice'] },
]

/** Masculine adjectives that agree with a job noun, and their feminine forms (invariable ones such as "senior", "technique" are not listed). */
export const FRENCH_ADJECTIVES: Readonly<Record<string, string>> = {
  principal: 'principale',
  principaux: 'principales',
  expérimenté: 'expérimentée',
  expérimentés: 'expérimentées',
  chevronné: 'chevronnée',
  chevronnés: 'chevronnées',
  général: 'générale',
  généraux: 'générales',
  créatif: 'créative',
  créatifs: 'créatives',
  narratif: 'narrative',
  quantitatif: 'quantitative',
  qualitatif: 'qualitative',
  administratif: 'administrative',
  administratifs: 'administratives',
  visuel: 'visuelle',
  visuels: 'visuelles',
  exécutif: 'exécutive',
  adjoint: 'adjointe',
  adjoints: 'adjointes',
  chargé: 'chargée',
  débutant: 'débutante',
  confirmé: 'confirmée',
  spécialisé: 'spécialisée',
  financier: 'financière',
  premier: 'première',
  associé: 'associée',
  délégué: 'déléguée',
}

/** The endings an abbreviated doublet adds after a masculine noun: "Adjoint(e)", "Conseiller/ère", "Développeur·se". */
export const FEMININE_ENDINGS: ReadonlySet<string> = new Set(['e', 'es', 'ère', 'ères', 'euse', 'euses', 'se', 'ses', 'trice', 'trices', 'rice', 'rices', 'ice', 'ne', 'nne', 've', 'eure', 'eures', 'te', 'ière', 'le', 'elle'])

/** Nouns of a supporting post: a superior named after them is whom the post supports ("Adjoint·e exécutif·ve – directeur des opérations"). */
export const SUPPORT_NOUNS: readonly string[] = ['adjoint', 'assistant', 'secrétaire']

/** Markers that a title is open to every gender: "(m/f/d)", "H/F", "(all genders)". */
export const ALL_GENDERS = /\(\s*[mfwdhx](?:\s*\/\s*[mfwdhx]){1,3}\s*\)|(?:^|[\s–-])(?:H\s*\/\s*F|F\s*\/\s*H)(?:$|[\s)–-])|\((?:all|any) genders?\)/i

const TITLE_WORDS: ReadonlySet<string> = new Set(ENGLISH_TITLES.flatMap((title) => title.words))
