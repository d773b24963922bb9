/**
 * Cue lists for the statements a posting makes (see `statements.ts`): the
 * words and phrases that carry each kind of statement, the contexts that
 * confirm it, and the look-alikes that rule it out, in English and French.
 *
 * Sources, for the wording of each statement:
 * - equal opportunity: Title VII (42 U.S.C. 2000e-2), ADEA, ADA, GINA, the
 *   VEVRAA and Section 503 taglines (41 CFR 60-300.5(a)(13), 60-741.5), the
 *   EO 11246 tagline (41 CFR 60-1.41, now revoked but still common), the
 *   Canadian Human Rights Act s. 3 grounds, and the US federal EEO policy
 *   statement ("does not discriminate in employment on the basis of …");
 * - accommodation: ADA Title I, askjan.org sample statements, the Public
 *   Service Commission of Canada's "assessment accommodation" wording
 *   ("mesures d'adaptation en matière d'évaluation");
 * - work eligibility: INA 8 U.S.C. 1324a/1324b, E-Verify MOU notices, USAJOBS
 *   "Who may apply" and "Key requirements" sections, the Canadian public
 *   service "area of selection" and security-status wording;
 * - fair chance: the San Francisco and Los Angeles fair chance ordinances
 *   ("qualified applicants with arrest and conviction records"), NYC Fair
 *   Chance Act, California Gov. Code 12952;
 * - benefits and other compensation: Colorado 7 CCR 1103-18 and Washington
 *   RCW 49.58.110 (health, retirement, paid leave; bonuses, commissions,
 *   stock), Illinois 820 ILCS 112/10(b-25);
 * - deadline: Colorado 7 CCR 1103-18 ("accepting applications on an ongoing
 *   basis"), schema.org `validThrough`;
 * - AI use and existing vacancy: Ontario ESA Part III.1 and O. Reg. 476/24,
 *   NYC Local Law 144 (automated employment decision tools);
 * - outreach: the Employment Equity Act s. 3 designated groups and the
 *   Public Service Commission's employment-equity invitations;
 * and the real statements of the project's corpus (US federal TTS postings,
 * Canadian Digital Service postings in English and French).
 *
 * Every entry is a regular-expression source matched on normalized text:
 * lower case, straight quotes, ASCII hyphens, every white-space character a
 * space. A space in an entry stands for one or more spaces. Entries are
 * joined into one pattern per list, bounded by letters on both sides, so
 * `age` never matches inside `page`. Gaps between words are bounded
 * (`.{0,40}`); no entry nests quantifiers.
 */
import type { ProtectedCategory, StatementType } from './types.js'

/** A letter run of at most 20 characters: one word, for bounded gaps. */
const W = '[\\p{L}\'-]{1,20}'
/** Up to `n` words between two cues. */
const words = (n: number): string => `(?:${W} ){0,${n}}`

// ---------------------------------------------------------------------------
// Shared contexts

/**
 * First words of a job duty or qualification ("Ensure employees receive
 * reasonable accommodations", "Experience designing AI solutions"). A
 * sentence that starts with one describes the work, not the employer's
 * policy. Checked after an optional "you will"/"you'll" lead-in.
 */
export const DUTY_VERBS: readonly string[] = [
  // English imperatives and third-person duties (TTS key objectives, CDS duties)
  'administers?', 'advises?', 'advocates?', 'analy[sz]es?', 'assess(?:es)?', 'assists?', 'attracts?', 'builds?', 'champions?',
  'coach(?:es)?', 'collaborates?', 'communicates?', 'conducts?', 'contributes?', 'coordinates?', 'crafts?', 'creates?',
  'defines?', 'delivers?', 'designs?', 'develops?', 'directs?', 'drafts?', 'drives?', 'ensures?', 'ensuring', 'establish(?:es)?',
  'evaluates?', 'facilitates?', 'fosters?', 'guides?', 'handles?', 'helps?', 'hires?', 'identif(?:y|ies)', 'implements?',
  'leads?', 'leading', 'maintains?', 'manages?', 'managing', 'mentors?', 'monitors?', 'negotiates?', 'oversees?',
  'partners?', 'plans?', 'prepares?', 'promotes?', 'provides?', 'recruits?', 'represents?', 'research(?:es)?', 'reviews?', 'runs?',
  'serves?', 'sets?', 'shapes?', 'sources?', 'supervises?', 'supports?', 'tracks?', 'trains?', 'upholds?', 'use', 'uses', 'works?', 'writes?',
  // Qualifications
  'experience', 'experienced', 'knowledge', 'ability', 'abilities', 'understanding', 'expertise', 'familiarity', 'proven', 'demonstrated', 'background in',
  // French infinitives of duties (CDS "Vos responsabilités", "Vous devrez")
  'assurer', 'veiller', 'promouvoir', 'diriger', 'gérer', 'élaborer', 'contribuer', 'soutenir', 'encourager', 'favoriser',
  'collaborer', 'créer', 'établir', 'superviser', 'coordonner', 'conseiller', 'recruter', 'attirer', 'appuyer', 'concevoir',
  'expérience', 'connaissance', 'capacité', 'aptitude',
]

/** "You will …" lead-ins that introduce what the job holder does. */
export const DUTY_LEAD_IN = "(?:you will|you'll|you would|you'd|you are expected to|the (?:candidate|incumbent|successful candidate) will|in this role,? you will|vous devrez|vous allez|vous aurez à)"

/** Verbs after "you will" that describe what the posting offers or asks, not the work. */
export const NOT_DUTY_AFTER_LEAD_IN: readonly string[] = [
  'have', 'be', 'receive', 'get', 'enjoy', 'need', 'not', 'also', 'benefit', 'earn', 'join', 'avoir', 'être', 'recevoir', 'bénéficier', 'pas',
]

/** Section headings of duties and qualifications: list items under them are the job, not the employer's policy. */
export const DUTY_HEADINGS: readonly string[] = [
  'key objectives?', 'objectives?', 'dut(?:y|ies)', 'responsibilit(?:y|ies)', 'what you(?:\'ll| will) (?:do|be doing|accomplish)', 'need to accomplish', 'in this role',
  'tasks', 'qualifications?', 'criteria', 'skills', 'requirements and qualifications', 'what we(?:\'re| are) looking for', 'looking for',
  'ideal candidate', 'excellent candidate', 'fit right in', 'perfect fit', 'about you', 'specialized experience', 'competenc(?:y|ies)',
  'fonctions', 'responsabilités', 'tâches', 'vous devrez', 'critères', 'compétences', 'qualités', 'nous recherchons', 'candidat idéal', 'candidate idéale',
  'excellent candidat', 'excellente candidate', 'qualifications essentielles', 'ce que vous ferez',
]

/** Vaccination policies name accommodation and prohibited grounds; they are neither statement. */
export const VACCINATION: readonly string[] = ['vaccin\\p{L}*', 'covid']

// ---------------------------------------------------------------------------
// Equal opportunity

/** Protected characteristics, by category. */
export const CATEGORY_CUES: ReadonlyArray<{ category: ProtectedCategory; patterns: readonly string[] }> = [
  { category: 'race', patterns: ['race', 'races', 'racial'] },
  { category: 'color', patterns: ['colou?r', 'couleur'] },
  { category: 'religion', patterns: ['religion', 'religions', 'religious(?: beliefs?)?', 'religieuses?'] },
  { category: 'sex', patterns: ['sex', 'sexe', 'gender(?! identity| expression)'] },
  { category: 'sexualOrientation', patterns: ['sexual orientation', 'orientation sexuelle', 'affectional or sexual orientation'] },
  {
    category: 'genderIdentity',
    patterns: [
      'gender identity', 'gender expression', 'gender identity (?:and|or|and/or) expression', 'transgender status', 'identité de genre',
      'expression de genre', 'identité (?:ou|et) (?:leur |l\')?expression (?:de genre|sexuelle)', 'identité sexuelle', 'expression sexuelle', 'identity or expression',
    ],
  },
  { category: 'nationalOrigin', patterns: ['national origin', 'national or ethnic origin', 'ethnic origin', 'ethnicity', 'nationality', 'origine nationale', 'origine ethnique', 'origine nationale ou ethnique', 'nationalité'] },
  { category: 'age', patterns: ['age', 'âge'] },
  { category: 'disability', patterns: ['disabilit(?:y|ies)', 'disability status', 'physical or mental (?:disability|handicap)', 'handicaps?', 'déficiences?', 'personnes? (?:handicapées?|en situation de handicap)', 'handicapé(?:e|s|es)?'] },
  { category: 'protectedVeteran', patterns: ['(?:protected )?veteran status', 'protected veterans?', 'veterans?', 'statut d\'ancien(?:[·.-]?ne)? combattant(?:[·.-]?e)?', 'anciens? combattants?', 'statut de vétéran', 'vétérans?'] },
  { category: 'geneticInformation', patterns: ['genetic information', 'genetic characteristics', 'genetics', 'caractéristiques génétiques'] },
  { category: 'pregnancy', patterns: ['pregnancy', 'pregnant', 'childbirth', 'grossesse'] },
  { category: 'maritalStatus', patterns: ['marital status', 'marital', 'situation matrimoniale', 'état matrimonial', 'état civil'] },
  { category: 'citizenship', patterns: ['citizenship(?: status)?', 'citoyenneté'] },
  { category: 'ancestry', patterns: ['ancestry', 'ascendance'] },
  { category: 'creed', patterns: ['creed', 'croyances?'] },
  { category: 'militaryStatus', patterns: ['military (?:status|service)', 'uniformed service', 'military or veteran status', 'statut militaire'] },
  { category: 'politicalAffiliation', patterns: ['political (?:affiliation|belief|beliefs|opinion|opinions)', 'convictions politiques', 'opinions politiques', 'affiliation politique', 'allégeance politique'] },
]

/** "Any other characteristic protected by law": names the protected grounds without listing one. */
export const PROTECTED_GENERIC: readonly string[] = [
  '(?:legally |other )?protected (?:characteristics?|status|class(?:es)?|categor(?:y|ies)|grounds?|basis)',
  'non-merit factors?', 'motifs? de distinction illicite', 'prohibited grounds?',
]

/** Statements of equal opportunity that need nothing else. */
export const EEO_STRONG: readonly string[] = [
  'equal (?:employment )?opportunit(?:y|ies) (?:and affirmative action )?employer',
  'equal opportunity/affirmative action employer', 'eoe(?:/aa| m/f/d/v)?', 'e\\.o\\.e\\.', 'affirmative action employer',
  'equal opportunity workplace', 'equal opportunity for all',
  '(?:committed|commitment) to (?:providing |ensuring |offering )?equal (?:employment )?opportunit(?:y|ies)',
  '(?:provides?|offers?|affords?) equal (?:employment )?opportunit(?:y|ies) (?:to|for) all',
  'all qualified applicants will receive (?:equal )?consideration',
  'qualified applicants (?:will be|are) considered (?:for employment )?without regard',
  'employeur (?:qui souscrit|souscrivant) (?:au principe de )?l\'(?:égalité|équité)',
  'souscri\\p{L}* au principe de l\'égalité (?:d\'accès à l\'emploi|des chances)',
  'égalité (?:d\'accès à l\'emploi|des chances en (?:matière d\')?emploi)',
  // A commitment to employment equity is the Canadian form of an equal-opportunity commitment (Employment Equity Act, S.C. 1995, c. 44).
  '(?:committed|commitment) to employment equity', 'souscri\\p{L}* au principe de l\'équité en matière d\'emploi',
  'engag\\p{L}* (?:à|envers) (?:l\'|le principe de l\')équité en matière d\'emploi',
  // A commitment to anti-racism in hiring (the Clerk of the Privy Council's Call to Action, cited by CDS postings)
  `(?:commitment|committed) to ${words(6)}(?:anti-racism|racial equity)`, 'call to action on anti-racism', 'appel à l\'action en faveur de la lutte contre le racisme',
]

/** A stated refusal to discriminate. */
export const NON_DISCRIMINATION: readonly string[] = [
  '(?:do|does|will|shall) not (?:unlawfully )?discriminate', "(?:don't|doesn't|won't) discriminate", 'prohibits? (?:unlawful )?discrimination',
  'free (?:from|of) (?:unlawful )?discrimination', 'without (?:unlawful )?discrimination', 'not tolerate (?:any )?discrimination',
  'ne (?:fait|font|faisons|faites|ferons|fera) (?:pas|aucune) (?:de )?discrimination', 'ne discrimine(?:nt)? pas', 'sans (?:aucune )?discrimination',
  'interdit (?:toute )?discrimination',
]

/** "Regardless of …", which needs protected characteristics after it. */
export const REGARDLESS: readonly string[] = [
  'regardless of', 'without regard (?:to|for)', 'irrespective of', 'without distinction',
  'peu importe', 'sans égard (?:à|au|aux)', 'sans distinction', 'indépendamment de', 'quel(?:le)?s? que soi(?:en)?t',
]

/** Words that make a refusal to discriminate an employment one. */
export const EMPLOYMENT_CONTEXT: readonly string[] = [
  'employment', 'employer', 'employ', 'hiring', 'hire', 'applicants?', 'candidates?', 'recruit\\p{L}*', 'workplace', 'we', 'our',
  'emploi', 'embauche', 'candidat\\p{L}*', 'recrutement', 'nous',
]

/** Headings of equal-opportunity sections. */
export const EEO_HEADINGS: readonly string[] = [
  'equal (?:employment )?opportunit(?:y|ies)', 'eeo', 'e\\.e\\.o\\.', 'non-?discrimination', 'anti-?discrimination', 'égalité', 'non-discrimination',
]

/** Headings about diversity: a paragraph under one is an equal-opportunity statement only if it lists protected characteristics or speaks of discrimination. */
export const EEO_HEADINGS_WEAK: readonly string[] = ['diversity', 'inclusion', 'dei', 'deia', 'diversité', 'équité', 'inclusivité']

/** Under an equal-opportunity heading, these also make the paragraph one (under a diversity heading, only discrimination does). */
export const EEO_UNDER_HEADING: readonly string[] = [
  'discriminat\\p{L}*', 'qualified applicants', 'welcome (?:all|everyone|applications|applicants|candidates)', 'all (?:applicants|candidates)',
  'everyone', 'accueill\\p{L}*', 'tous les candidats', 'toutes les candidatures', 'regardless', 'peu importe',
]

// ---------------------------------------------------------------------------
// Accommodation

/** Accommodation terms specific enough on their own. */
export const ACCOMMODATION_STRONG: readonly string[] = [
  'reasonable accommodations?', 'reasonable adjustments?', 'disability accommodations?', 'accommodations? for (?:applicants|candidates|individuals|people|persons) with disabilit(?:y|ies)',
  'assessment accommodations?', 'accommodation requests?', 'request(?:ing)? (?:an |a |any )?accommodations?',
  'mesures? d\'adaptation', 'accommodements? raisonnables?', 'adaptations? raisonnables?',
]

/** The noun, and the verb used of people, which need a hiring context. */
export const ACCOMMODATION_WEAK: readonly string[] = [
  'accommodations?', 'accommodated', 'accommodate (?:applicants|candidates|individuals|people|persons|you|your needs|all)', 'accommodements?',
  'adjustments? (?:to|during|for|in) (?:the |our |any )?(?:application|interview|recruitment|hiring|selection|assessment)',
]

/** What makes "accommodation" the applicant's: the process, a need, a request, a disability. */
export const ACCOMMODATION_CONTEXT: readonly string[] = [
  'applica\\p{L}*', 'apply', 'applicants?', 'candidates?', 'hiring', 'recruit\\p{L}*', 'interviews?', 'selection', 'assessments?', 'evaluation',
  'process', 'disabilit(?:y|ies)', 'disabled', 'needs?', 'require[sd]?', 'requiring', 'requests?', 'contact', 'confidential',
  'processus', 'candidat\\p{L}*', 'évaluation', 'entrevues?', 'besoin', 'demande\\p{L}*', 'handicap\\p{L}*', 'confidenti\\p{L}*',
]

/** Lodging and travel: another sense of "accommodation". */
export const LODGING: readonly string[] = [
  'travel', 'hotels?', 'lodging', 'housing', 'room and board', 'relocation', 'flights?', 'hébergement', 'logement', 'voyages?', 'déplacements?',
]

/** Headings of accommodation sections. */
export const ACCOMMODATION_HEADINGS: readonly string[] = [
  'accommodat\\p{L}*', 'mesures? d\'adaptation', 'accommodements?', 'adjustments',
]

/** Under an accommodation heading, a paragraph offering help to people who need it. */
export const ACCOMMODATION_UNDER_HEADING: readonly string[] = [
  'disabilit(?:y|ies)', 'need (?:assistance|help|support|an adjustment)', 'require (?:assistance|help|support)', 'request', 'contact', 'email', 'call',
  'handicap', 'besoin', 'demande', 'communiquer', 'courriel',
]

// ---------------------------------------------------------------------------
// Work eligibility

export const AUTHORIZATION: readonly string[] = [
  'authori[sz]ed to work', 'authori[sz]ation to work', 'work authori[sz]ation', 'employment authori[sz]ation',
  '(?:legally )?(?:eligible|entitled|permitted) to work', 'right to work', 'work permits?', 'e-?verify',
  'employment eligibility', 'work status eligibility', 'eligibility to work', 'legal right to work',
  'able to (?:legally )?work (?:in|within) (?:the )?(?:u\\.?s\\.?a?|united states|canada)(?! office)',
  'autorisée?s? à travailler', 'permis de travail', 'admissibles? à travailler', 'droit de travailler',
]

export const SPONSORSHIP: readonly string[] = [
  '(?:visa|immigration|work permit|employment|h-?1b) sponsorship', 'sponsorship (?:for|of) (?:a |an |your )?(?:visas?|work|employment|immigration|h-?1b)',
  'sponsor (?:a |an |your |any )?(?:visas?|work visas?|work permits?|h-?1b|employment|candidates|applicants|immigration)',
  '(?:not|cannot|can\'t|unable to|won\'t|will not|do not|does not|doesn\'t|able to|are able to|is able to) (?:currently )?(?:provide |offer |consider )?(?:visa )?sponsor(?:ship)?',
  '(?:no|without) (?:visa )?sponsorship', 'sponsorship (?:is|will) not', 'requires? (?:visa )?sponsorship', 'need (?:visa )?sponsorship',
  'h-?1b', 'visas?(?: status| holders?| requirements?)?', 'parrainage (?:de|d\'un|pour) (?:visa|permis|immigration)', 'parrainer (?:un|des|votre) (?:visa|permis|candidat\\p{L}*)',
]

/** Citizenship terms; they need an eligibility context ("must be", "open to", "who may apply"). */
export const CITIZENSHIP: readonly string[] = [
  'citizens?', 'citizenship', 'nationals', 'permanent residents?', 'permanent residency', 'green card(?: holders?)?', 'lawful permanent',
  'citoyens?', 'citoyennes?', 'citoyenneté', 'résidents? permanents?', 'résidentes? permanentes?',
]

/** What makes a citizenship mention a condition of applying or being hired. */
export const ELIGIBILITY_CONTEXT: readonly string[] = [
  'must', 'only', 'open to', 'who may apply', 'eligible', 'eligibility', 'required', 'requires?', 'requirement', 'preference', 'priority', 'are eligible',
  'to apply', 'may apply', 'can apply', 'applicants?', 'you are', 'you must', 'area of (?:selection|consideration)', 'restricted to',
  'doit', 'doivent', 'devez', 'ouvert', 'seul\\p{L}*', 'préférence', 'priorité', 'admissibles?', 'zone de sélection', 'exig\\p{L}*',
]

export const CLEARANCE: readonly string[] = [
  'security clearance', '(?:top )?secret (?:security )?clearance', 'top secret', 'ts/sci', 'clearance (?:level|required|requirement)',
  'reliability status', 'enhanced reliability', 'cote de (?:sécurité|fiabilité)', 'habilitation de sécurité', 'attestation de sécurité',
  'niveau de sécurité', 'security (?:status|screening) (?:level|requirement)',
]

/** Bare "clearance" and "public trust" count with one of these. */
export const CLEARANCE_WEAK: readonly string[] = ['clearance', 'public trust']
export const CLEARANCE_CONTEXT: readonly string[] = [
  'security', 'granted', 'grant', 'obtain', 'hold', 'maintain', 'eligible', 'required', 'must', 'level', 'need', 'investigation', 'background',
  'suitability', 'position', 'secret',
]

export const LOCATION_RESTRICTION: readonly string[] = [
  `must (?:currently )?(?:reside|live|be located|be based|be physically located|work from|be living|be residing)(?: ${words(2)})? (?:in|within)`,
  `(?:applicants|candidates|you) (?:must|need to|should) be (?:located|based|living|residing) in`,
  `(?:residents?|located|based|living|residing) (?:of|in|within) ${words(4)}only`,
  `only (?:open to|accepting|considering|hiring|available to) ${words(3)}(?:residents?|located|based|living|residing|from|in)`,
  `open (?:only )?to (?:candidates|applicants|people|persons|residents|individuals|those) (?:located|based|living|residing|who live|who reside|from|in)`,
  `(?<![\\p{L}.])[\\p{L}.]{2,20}[- ]based (?:applicants|candidates) only`, 'within commuting distance', 'residency requirement',
  '(?:remote|applicants?|candidates?|open|hiring|residents?)[^.;]{0,25}(?:u\\.?s\\.?a?|united states|canada)(?:[- ]based)?(?: residents| applicants| candidates)? only',
  'd(?:oit|oivent|evez) (?:résider|habiter|être situé\\p{L}*)', 'résidant au canada', 'personnes résidant', 'ouvert aux (?:personnes|candidat\\p{L}*|résidents?) (?:résidant|qui résident|habitant|vivant|situé\\p{L}*)',
  'exigence de résidence',
]

/** "Persons residing in Canada": a restriction under "Area of selection" or with "only", "must", "open to". */
export const LOCATION_WEAK: readonly string[] = ['(?:persons|applicants|candidates|individuals) (?:currently )?(?:residing|living|located|based) (?:in|within)']

/** Location statements that open the job to the world are not restrictions. */
export const LOCATION_OPEN: readonly string[] = ['other countries', 'anywhere in the world', 'worldwide', 'any country', 'autres pays', 'partout dans le monde']

/** Headings of eligibility sections: a citizenship mention under them is a condition. */
export const ELIGIBILITY_HEADINGS: readonly string[] = [
  'who may apply', 'eligib\\p{L}*', 'requirements?', 'conditions? of employment', 'conditions? d\'emploi', 'admissibilité', 'exigences',
  'area of (?:selection|consideration)', 'zone de sélection', 'citizenship', 'security', 'clearance', 'sécurité', 'qui peut postuler',
]

// ---------------------------------------------------------------------------
// Fair chance

export const FAIR_CHANCE_STRONG: readonly string[] = [
  'fair[- ]chance (?:ordinance|act|hiring|employer|employment|initiative|policy|law|program|business|pledge)', 'second chance (?:employer|hiring)', 'ban the box',
  'justice[- ](?:involved|impacted)', 'formerly incarcerated', 'arrest (?:and|or) conviction records?', 'conviction (?:and|or) arrest records?',
]

export const CRIMINAL_RECORD: readonly string[] = [
  'criminal (?:history|histories|records?|backgrounds?|convictions?)', 'conviction records?', 'arrest records?', 'records? of (?:arrest|conviction)',
  'antécédents (?:judiciaires|criminels)', 'casier judiciaire',
]

/** What turns a mention of records into a statement that people with records are considered. */
export const FAIR_CHANCE_CONTEXT: readonly string[] = [
  'will (?:be )?consider', 'considered', 'consideration', 'qualified applicants', 'not (?:automatically )?(?:disqualify|exclude|bar|prevent)',
  'not (?:an )?automatic(?:ally)? (?:bar|disqualif\\p{L}*)', 'does not (?:automatically )?disqualify', 'encourage', 'welcome',
  'consistent with', 'pursuant to', 'in accordance with', 'regardless of', 'ordinance', 'fair[- ]chance', 'individuali[sz]ed assessment',
  'consid[ée]r\\p{L}*', 'n\'(?:empêche|exclut|élimine) pas', 'pas automatiquement', 'suspension du casier', 'pardon',
]

/** Exclusions phrased with the same words: the opposite of a fair-chance statement. */
export const FAIR_CHANCE_EXCLUSION: readonly string[] = [
  'must (?:pass|have|clear)', 'clean (?:criminal )?(?:record|background)', 'no felon\\p{L}*', '(?=will)(?<!not )will disqualify',
  '(?=disqualif)(?<!(?:not|never|n\'t) (?:automatically |necessarily )?)disqualif(?:y|ies) (?:you|applicants|candidates)',
  'may not have', 'must not have',
]

// ---------------------------------------------------------------------------
// Benefits

/** Specific benefits (health, retirement, paid leave…): naming one describes benefits. */
export const BENEFIT_ITEMS: readonly string[] = [
  '(?:health|medical|dental|vision|life|disability|long-term care|accident|supplemental) (?:and (?:dental|vision|life) )?(?:insurance|coverage|plans?|benefits|care)',
  'health(?:,| and| &)? (?:dental|vision)', 'health care (?:plans?|benefits|coverage)', 'healthcare (?:plans?|benefits|coverage)',
  '401\\(?k\\)?', '403\\(?b\\)?', '457\\(?b\\)?', 'retirement (?:plans?|savings|benefits|contributions?|accounts?|match)', 'pensions?(?: plans?)?', 'thrift savings plan',
  'paid time off', 'pto', 'paid (?:holidays|vacation|leave|sick|parental|family|time)', '(?:sick|annual|parental|maternity|paternity|family|medical|bereavement|vacation) leave',
  'vacation(?: time| days| weeks)?', 'flexible spending accounts?', 'health savings accounts?', 'employee assistance program',
  'tuition (?:reimbursement|assistance)', '(?:transit|commuter) (?:and child care )?(?:subsid\\p{L}*|benefits)', 'child care subsid\\p{L}*',
  'assurances? (?:maladie|dentaire|vie|invalidité|collective|soins|médicale)', 'régimes? (?:de retraite|de soins|d\'assurance|de pension|d\'avantages sociaux)',
  'soins (?:de santé|dentaires)', 'congés? (?:payés|de maladie|parental|parentaux|annuels|de maternité|de paternité)', 'jours? de congé', 'vacances(?: payées)?',
]

/** A benefit word used otherwise ("HIPAA", "leave requests", "vacation rental"). */
/**
 * A pointer to the employer's benefits page ("Learn more about the benefits
 * we offer"): with a link in the sentence, it describes benefits by
 * reference, which Colorado and Illinois accept (a hyperlink is enough).
 * "More information in our compensation and benefits section" about pay is
 * not one.
 */
export const BENEFITS_POINTER: readonly string[] = [
  'learn (?:more )?about (?:the |our )?benefits', 'benefits (?:we offer|of working (?:at|for|with))', 'see (?:our|the) benefits', 'our benefits (?:page|package)',
  'en savoir plus sur (?:nos|les) avantages', 'découvrez (?:nos|les) avantages', 'avantages (?:que nous offrons|offerts)',
]

export const BENEFIT_VETO: readonly string[] = ['portability', 'leave requests?', 'vacation rentals?', 'pension fund clients?']

/** Headings and lead-ins that announce a list of benefits on their own. */
export const BENEFITS_HEADING_STRONG: readonly string[] = [
  'benefits', 'employee benefits', 'perks', 'what we offer', 'what we provide', 'what you(?:\'ll| will) get', 'our offer',
  'avantages sociaux', 'ce que nous offrons', 'nous offrons', 'ce que nous vous offrons', 'total rewards', 'rémunération globale',
]

/** Headings that announce benefits only when the list under them names one. */
export const BENEFITS_HEADING_WEAK: readonly string[] = [
  'avantages', 'compensation', 'rémunération', 'why (?:join|work)', 'pourquoi (?:se joindre|travailler|nous joindre)', 'rewards', 'we offer',
]

/** Heading words that make "benefits" a product or team name ("Public Benefits Studio"). */
export const BENEFITS_HEADING_VETO: readonly string[] = ['studio', 'program', 'programs', 'of', 'from', 'finder', 'portal', 'team']

// ---------------------------------------------------------------------------
// Other compensation

export const OTHER_COMPENSATION: readonly string[] = [
  '(?:annual|performance|signing|sign-on|retention|referral|year-end|cash|quarterly|target|relocation|incentive|discretionary|holiday) bonus(?:es)?',
  'bonus(?:es)? (?:plan|program|programme|eligibility|potential|structure|opportunit(?:y|ies)|target|of (?:up to )?[$\\d]|up to|pool|payments?)',
  'eligible for (?:an? )?(?:annual |performance )?bonus', 'bonus:\\s{0,2}(?:up to|[$\\d])', 'bonus eligible', 'bonus-eligible', 'plus bonus', '\\+ bonus', 'salary and bonus', 'bonus and equity',
  'commission(?:s)? (?:structure|plan|rate|earnings|only|on sales)', 'commission-based', '(?:base|plus|uncapped|earn|earning|salary and|salary \\+) commissions?',
  'on-target earnings', 'ote',
  'equity (?:grants?|package|compensation|awards?|stake|refresh(?:ers)?|ownership|plan)', '(?:stock|share) options?', 'stock (?:grants?|awards?|units?|purchase plan|plan|compensation)',
  'rsus?', 'restricted stock(?: units?)?', '(?:competitive|generous|meaningful|significant) equity', 'salary(?:,| and| \\+| plus) equity', 'equity(?:,| and) (?:benefits|bonus)',
  'profit[- ]sharing', 'employee stock ownership', 'esop', 'incentive (?:pay|compensation|plan)', 'recruitment incentives?', 'retention incentives?',
  // Saying there is none discloses it too ("not eligible for bonuses or commissions", "no other compensation").
  'not eligible for (?:an? |any )?(?:bonus(?:es)?|commissions?|equity|incentive pay)', 'no (?:other|additional) (?:compensation|pay)',
  '(?:there is |there are )?no (?:bonus(?:es)?|commissions?|equity)(?: (?:or|and|,) (?:bonus(?:es)?|commissions?|equity)){0,2} (?:for|with|in|attached to|offered|is offered|are offered)',
  'prime (?:de rendement|annuelle|de signature|d\'encouragement|au rendement|de recrutement|de maintien en poste)', 'primes? de rendement',
  'rémunération au rendement', 'intéressement', 'participation aux bénéfices', 'options d\'achat d\'actions', 'unités d\'actions',
]

/** "Bonus" meaning a nice-to-have skill. */
export const OTHER_COMPENSATION_VETO: readonly string[] = [
  'bonus points?', 'bonus if', 'is a bonus', 'be a bonus', "it's a bonus", 'as a bonus', 'bonus skills?', 'bonus experience', 'bonus qualifications?', 'nice to have',
  'asset/bonus',
]

// ---------------------------------------------------------------------------
// Application deadline

/** Words that announce the date applications close. */
export const DEADLINE_CUES: readonly string[] = [
  'application deadline', 'deadline (?:to|for) (?:apply|applying|applications?|submissions?)', 'closing date', 'closing period', 'close date', 'apply by', 'apply before', 'applications? (?:are )?due', 'due (?:by|on|date)',
  'no later than', 'not later than', '(?:submit|send|receive[ds]?|accepted|applications?|apply|résumés?|resumes?) (?!\\x20).{0,60}(?:by|before|prior to|until|through)',
  'open until', 'accepted until', 'last day to apply', 'date limite', 'date de clôture', 'au plus tard (?:le|à)',
]

/** Shorter cues ("closes", "jusqu'au") that need the posting or its applications in the sentence, or a colon after them. */
export const DEADLINE_CUES_WEAK: readonly string[] = [
  // "Deadline" alone may be a project's ("our launch deadline"): it needs the applications or the posting close by.
  'deadline', 'closes?', 'closing', 'expires?', 'clôture', 'avant le', 'd\'ici le', 'jusqu\'au', 'se termine le', 'prend fin le', 'ferme le',
]

/** What a short deadline cue must speak of: applications, the posting, the job. */
export const POSTING_CONTEXT: readonly string[] = [
  'applica\\p{L}*', 'apply', 'applicants?', 'posting', 'job', 'position', 'role', 'announcement', 'competition', 'vacancy', 'opportunity',
  'candidatures?', 'postul\\p{L}*', 'poste', 'offre', 'concours', 'processus', 'affichage',
]

/** Applications taken without a closing date. */
export const ONGOING_STRONG: readonly string[] = [
  'until filled', 'until the (?:position|role|job|vacancy|opening) (?:is|has been) filled', 'open until (?:the position is )?filled', 'no (?:official )?(?:application )?deadline',
  'no (?:official )?(?:closing|close|application) date', 'pas de date (?:limite|de clôture)', 'aucune date (?:limite|de clôture)',
  'open continuously', 'accepted continuously', 'accepting applications continuously', 'year-round',
  'jusqu\'à ce que le poste (?:soit|ait été) (?:pourvu|comblé)', 'tant que le poste n\'(?:est|aura) pas (?:été )?(?:pourvu|comblé)', 'sans date limite',
]

/** "On an ongoing basis": needs applications named close by (see APPLICATION_CONTEXT). */
export const ONGOING_WEAK: readonly string[] = [
  '(?:on|in) an? (?:ongoing|rolling|continuous|continual) basis', 'rolling (?:basis|applications|admissions|review)',
  'sur une base continue', 'en continu', 'au fur et à mesure', 'de façon continue', 'de manière continue',
]

/** "On an ongoing basis" is about applications only with one of these close by ("interviewing and hiring on an ongoing basis" is not). */
export const APPLICATION_CONTEXT: readonly string[] = [
  'applications?', 'applicants?', 'submissions?', 'résumés?', 'resumes?', 'candidatures?', 'postul\\p{L}*',
]

/** Headings of deadline sections: a date in the first paragraph under one is the deadline. */
export const DEADLINE_HEADINGS: readonly string[] = ['deadline', 'closing date', 'apply by', 'date limite', 'date de clôture', 'when to apply']

/** Front-matter keys whose value is the closing date. */
export const DEADLINE_KEYS: readonly string[] = ['closes', 'close_date', 'closing_date', 'closingDate', 'deadline', 'validThrough', 'apply_by']

// ---------------------------------------------------------------------------
// AI use

export const AI_TERMS: readonly string[] = [
  'artificial intelligence', 'ai', 'a\\.i\\.', 'ai-(?:powered|based|driven|assisted|enabled)', 'machine learning', 'algorithm\\p{L}*',
  'automated (?:employment )?(?:decision(?:-making)?|screening|tools?|systems?|assessments?|scoring|review|ranking)', 'aedt',
  'intelligence artificielle', 'ia', 'outils? automatisés?', 'systèmes? (?:décisionnels? )?automatisés?', 'décision automatisée', '(?:tri|évaluation|présélection) automatisée',
]

export const AI_SCREENING: readonly string[] = [
  'screen\\p{L}*', 'assess\\p{L}*', 'evaluat\\p{L}*', 'select\\p{L}*', 'review\\p{L}*', 'rank\\p{L}*', 'scor\\p{L}*', 'filter\\p{L}*', 'sort\\p{L}*',
  'analy[sz]\\p{L}*', 'decisions?', 'decide', 'shortlist\\p{L}*', 'évalu\\p{L}*', 'tri\\p{L}*', 'sélection\\p{L}*', 'présélection\\p{L}*',
  'analys\\p{L}*', 'examin\\p{L}*', 'décision\\p{L}*',
]

/** How the employer puts AI to use ("we use", "are screened by", "we do not rely on"): a product that screens candidates is not one. */
export const AI_USE: readonly string[] = [
  'use[sd]?', 'using', 'utili[sz]\\p{L}*', 'employ(?:s|ed)?', 'rel(?:y|ies|ied) on', 'leverag\\p{L}*', 'powered', 'assisted', 'driven', 'enabled',
  '(?:screened|assessed|evaluated|reviewed|ranked|scored|selected|sorted|filtered|analy[sz]ed) (?:by|with|using|through)', 'recours', 'fai(?:sons|t) appel',
  'à l\'aide (?:de|d\')', 'par (?:un|des|l\')', 'avec (?:un|des|l\')',
]

/** AI the employer sells or builds ("our product uses AI to screen candidates for our customers"): the job's work, not how applicants are treated. */
export const AI_PRODUCT: readonly string[] = [
  'our (?:products?|platform|software|solutions?|apps?|customers\' |clients\' )', 'in our (?:products?|platform)', 'for (?:our )?(?:customers|clients)',
  'help (?:recruiters|employers|customers|clients|hiring teams)', 'nos (?:produits?|plateformes?|clients)',
]

export const AI_APPLICANT: readonly string[] = [
  'applica\\p{L}*', 'applicants?', 'candidat\\p{L}*', 'résumés?', 'resumes?', 'cvs?', 'hiring', 'recruit\\p{L}*', 'interviews?', 'embauche', 'recrutement', 'entrevues?',
]

// ---------------------------------------------------------------------------
// Vacancy status

/** The posting fills a job that exists now. */
export const VACANCY_EXISTING: readonly string[] = [
  `(?:this|the) (?:job )?(?:posting|position|job|role|vacancy|opening|requisition|advertisement|competition) is (?:for )?(?:an? )?(?:existing|current|actual|real) (?:vacancy|position|role|opening|job)`,
  'existing (?:vacancy|vacancies)', 'to fill (?:an? |one |\\d{1,3} |two |three |multiple |several )?(?:existing |current )?(?:vacanc(?:y|ies)|positions?|openings?)',
  'number of vacancies', 'fill (?:one|an?|\\d{1,3}|multiple|several) vacanc(?:y|ies)',
  '(?:currently|now|actively) hiring', 'hiring for this role', '(?:\\d{1,3}|one|two|three|four|five|several|multiple) positions? to be (?:staffed|filled)',
  '(?:there (?:is|are)|we have|we\'re filling|we are filling) (?:\\d{1,3}|one|an?|two|three|four|five|several|multiple) (?:open )?(?:positions?|vacanc(?:y|ies)|openings?|roles?)', 'considered for all open',
  'il y a (?:\\d{1,3}|un|deux|trois|plusieurs) postes? à (?:pourvoir|doter)', 'embauchons (?:actuellement|présentement)',
  'poste (?:actuellement )?vacant', 'postes? vacants? existants?', 'vacance existante', 'pourvoir (?:un|\\d{1,3}) postes? vacants?', 'nombre de postes?(?: à pourvoir)?\\s?:\\s{0,3}\\d',
]

/** The posting builds a pool for later jobs. */
export const VACANCY_FUTURE: readonly string[] = [
  '(?:talent|candidate|applicant) (?:pool|pipeline|community|bank|inventory)', 'pool of (?:qualified )?(?:persons|candidates|applicants|people|talent)',
  'pool (?:of|will|may|could|might) (?:be )?(?:created|established|used|formed)', 'evergreen (?:posting|requisition|position|role|job)', 'evergreen',
  'inventory (?:posting|process|of (?:qualified )?(?:candidates|applicants))', 'not (?:for )?an? (?:existing|current) (?:vacancy|position|opening)',
  'no (?:current|existing) (?:vacancy|vacancies|opening|openings)',
  'bassin (?:de|des) (?:personnes|candidat\\p{L}*|talents?)', 'bassin (?:pourrait|peut|sera|pourra) être', 'répertoire (?:de|des) (?:candidat\\p{L}*|personnes)',
  'inventaire (?:de|des) (?:candidat\\p{L}*|personnes)', 'doter (?:des|de futurs|plusieurs|d\'autres) postes',
]

/** A pool that "may" be created: said beside the job, it does not say whether the job exists. */
export const VACANCY_HEDGED_POOL: readonly string[] = [
  '(?:may|might|could) be (?:created|established|formed)', '(?:pourrait|peut|pourra) être (?:créé|constitué|établi)',
]

/** Front-matter keys giving the number of vacancies. */
export const VACANCY_KEYS: readonly string[] = ['num_vacancies', 'vacancies', 'number_of_vacancies', 'numberOfVacancies', 'openings', 'totalJobOpenings']

/** Later jobs mentioned without a pool: they need a word about this posting or process. */
export const VACANCY_FUTURE_WEAK: readonly string[] = [
  'future (?:opportunities|openings|vacancies|positions|roles|hiring)', 'similar positions', 'postes? (?:semblables|similaires)', 'futurs? postes',
  'possibilités futures', 'occasions futures', 'répertoire', 'inventaire',
]

/** Future-opportunity mentions that are not about this posting ("if you don't meet the criteria, we may have future opportunities"). */
export const VACANCY_FUTURE_VETO: readonly string[] = [
  'if you (?:don\'t|do not|are not)', 'si vous ne', 'si vous n\'(?:êtes|avez) pas', 'diverse pipeline', 'pipeline of (?:diverse|new)', 'sales pipeline', 'ci/cd', 'diversité dans notre bassin',
  'diversity (?:in|of) (?:our|the) (?:candidate|applicant|talent) pool', 'diverse (?:candidate|applicant|talent) pool',
]

/** Words tying a later-jobs mention to this posting or process. */
export const POSTING_WORDS: readonly string[] = [
  'this (?:posting|position|process|announcement|job|role|advertisement|competition|selection process)', 'applications? (?:will|may) be (?:kept|retained|considered|used)',
  'considered for', 'kept on file', 'pool', 'process', 'processus', 'bassin', 'may be used', 'could be used', 'pourrait être utilisé', 'peut être utilisé',
]

// ---------------------------------------------------------------------------
// Outreach

/** Groups an employer invites (Employment Equity Act designated groups and their US counterparts). */
export const OUTREACH_GROUPS: readonly string[] = [
  'wom[ae]n', '(?:fe)?male (?:candidates|applicants|engineers|professionals)', 'people of colou?r', 'persons? of colou?r', 'bipoc', 'black(?: people| candidates| applicants)?', 'indigenous(?: peoples?| persons?| candidates)?', 'aboriginal(?: peoples?)?',
  'first nations', 'inuit', 'métis', 'visible minorit(?:y|ies)', 'racialized(?: (?:people|persons|groups?|candidates))?', 'persons? with (?:a )?disabilit(?:y|ies)',
  'people with disabilit(?:y|ies)', 'disabled (?:people|persons|candidates|applicants)', 'lgbtq\\p{L}*\\+?', '2slgbtq\\p{L}*\\+?', 'veterans',
  'members of (?:equity|employment equity|under-?represented|equity-deserving|equity-seeking) groups', 'under-?represented (?:groups|communities)',
  'equity[- ](?:deserving|seeking) groups', 'employment equity groups', 'designated groups',
  // People whose service US federal postings invite (noncompetitive eligibility)
  'peace corps', 'americorps', 'national service(?: programs?| participants| alumni| volunteers)?', 'military spouses?',
  'femmes?', 'candidatures féminines', 'autochtones?', 'minorités? visibles?', 'personnes? (?:handicapées?|en situation de handicap|racisées?|noires?)', 'membres des groupes',
  'members? of a visible minority(?: group)?',
  'groupes (?:visés|désignés|sous-représentés|en quête d\'équité)', 'groupes visés par l\'équité en matière d\'emploi',
]

/** Invitations and preferences addressed to those groups. */
export const OUTREACH_INVITE: readonly string[] = [
  'encourag\\p{L}*', 'invites?', 'invited', 'welcome[sd]? (?:applications|applicants|candidates)', '(?:particularly|especially) welcome', 'urge[sd]?',
  'consideration will be given', 'preference (?:will|may) be given', 'only (?:be )?consider(?:ing)? candidates who', 'self[- ]?(?:identify|identifying|identification|declare|declaring|declaration|id)',
  'encourageons', 'invitons', 'sont invitée?s', 'sont encouragée?s', 'la préférence (?:sera|pourrait être) accordée', 'auto-?déclar\\p{L}*', 's\'auto-?identifi\\p{L}*',
  'déclarer volontairement',
]

/** Canadian employment-equity wording, an outreach statement with an invitation or self-declaration. */
export const EMPLOYMENT_EQUITY: readonly string[] = ['employment equity', 'équité en matière d\'emploi']

/** Self-declaration offered to candidates: outreach on its own. */
export const SELF_DECLARATION: readonly string[] = [
  '(?:candidates|applicants|you) (?:will have an opportunity|are invited|may choose|can choose|are encouraged) to self[- ]?(?:declare|identify)',
  'self[- ]declaration (?:form|questionnaire)', 'auto-?déclaration', 'vous auto-?déclarer', 'vous auto-?identifier',
]

/** Veterans' preference is a legal rule, not outreach. */
export const OUTREACH_VETO: readonly string[] = ["veterans'? preference", 'selection priority', 'préférence aux anciens combattants']

/** The types a heading may state on its own ("Applications close March 31, 2025"); other headings only title a section. */
export const HEADING_TYPES: readonly StatementType[] = ['applicationDeadline', 'vacancyStatus']

/** The types found sentence by sentence; front matter and section grouping add to them. */
export const SENTENCE_TYPES: readonly StatementType[] = [
  'eeo', 'accommodation', 'workEligibility', 'fairChance', 'benefits', 'otherCompensation', 'applicationDeadline', 'aiUse', 'vacancyStatus', 'outreach',
]
