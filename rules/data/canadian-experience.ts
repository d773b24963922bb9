/**
 * "Canadian experience" wording, for `no-canadian-experience`. Sources:
 * Ontario's Employment Standards Act, 2000, Part III.1 (Working for Workers
 * Four Act, 2024; O. Reg. 476/24, from 2026-01-01: no requirement related to
 * Canadian experience in a publicly advertised job posting or its
 * application form), the Ontario Human Rights Commission's "Policy on
 * removing the 'Canadian experience' barrier" (2013: a strict requirement is
 * prima facie discrimination; where experience was gained does not matter),
 * and phrasings read in postings, English and French ("Canadian work
 * experience is a must", "expérience canadienne requise").
 *
 * Only experience gained in Canada is meant: knowledge of Canada ("experience
 * with Canadian regulations", "knowledge of the Canadian market", "Canadian
 * tax law") is a skill any applicant can have, and none of these phrases
 * match it.
 */
import type { PhraseEntry } from '../../src/linter/phrases.js'

export interface CanadianExperiencePhrase {
  /** French wording (its cues are French). */
  french?: boolean
}

const EN = [
  'canadian experience', 'canadian work experience', 'canadian job experience', 'canadian employment experience', 'canadian professional experience',
  'canadian industry experience', 'canadian workplace experience', 'canadian working experience', 'canadian business experience',
  'experience in canada', 'work experience in canada', 'experience working in canada', 'work experience within canada', 'experience within canada',
  'experience gained in canada', 'experience obtained in canada',
  'experience in a canadian workplace', 'experience in a canadian work environment', 'experience in a canadian work setting',
  'experience working in a canadian workplace', 'experience working in a canadian work environment',
]
const FR = [
  'expérience canadienne', 'expérience de travail canadienne', 'expérience professionnelle canadienne', 'expérience au canada',
  'expérience de travail au canada', 'expérience professionnelle au canada', 'expérience acquise au canada', 'expérience sur le marché du travail canadien',
]

export const CANADIAN_EXPERIENCE_PHRASES: ReadonlyArray<PhraseEntry<CanadianExperiencePhrase>> = [
  ...EN.map((phrase) => ({ phrase, data: {} })),
  // French elides the article into the word: "l'expérience canadienne", "3 ans d'expérience canadienne".
  ...FR.flatMap((phrase) => [phrase, `l'${phrase}`, `d'${phrase}`]).map((phrase) => ({ phrase, data: { french: true } })),
]

/** Words of the sentence that make the experience a condition of the job. */
export const REQUIREMENT_CUES: ReadonlySet<string> = new Set([
  'required', 'require', 'requires', 'requirement', 'requirements', 'must', 'mandatory', 'essential', 'necessary', 'minimum', 'least', 'only', 'qualification', 'qualifications',
  'requise', 'requis', 'exigée', 'exigé', 'exigence', 'exigences', 'obligatoire', 'essentielle', 'essentiel', 'doit', 'devez', 'devrez', 'minimum', 'préalable',
])

/**
 * Words that make it a condition only when the sentence speaks to the
 * applicant or is a short list item ("3+ years of Canadian work
 * experience"): "our team has experience in Canada" is not a condition.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(['years', 'year', 'prior', 'previous', 'recent', 'have', 'with', 'need', 'needed', 'demonstrated', 'proven', 'ans', 'années', 'posséder', 'possédez', 'avoir'])

/** Words that show the sentence speaks to or about the applicant. */
export const APPLICANT_WORDS: ReadonlySet<string> = new Set(['you', 'your', 'candidate', 'candidates', 'applicant', 'applicants', 'ideal', 'successful', 'vous', 'votre', 'candidat', 'candidate', 'candidats', 'candidates', 'personne'])

/** A sentence this short is a list item of qualifications. */
export const LIST_ITEM_WORDS = 14

/** Words of the sentence that make it a preference: still a screen, reported with its own message. */
export const ASSET_CUES: ReadonlySet<string> = new Set(['asset', 'assets', 'preferred', 'prefer', 'preference', 'preferably', 'advantage', 'bonus', 'ideally', 'desirable', 'atout', 'atouts', 'souhaitable', 'préférence', 'idéalement'])

/** "Canadian experience is not required", "regardless of where you gained your experience", "aucune expérience canadienne". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', "don't", 'dont', "doesn't", "isn't", 'never', 'without', 'regardless', 'nor', 'pas', 'aucune', 'aucun', 'sans', 'ni', "n'est", 'nécessairement'])

/**
 * Words before the phrase that make it something other than the applicant's
 * experience ("a uniquely Canadian experience", "the Canadian experience of
 * newcomers"). French puts an article before a requirement too ("une
 * expérience canadienne est requise"), so its list has no articles.
 */
export const DESCRIPTIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'uniquely', 'truly', 'authentic', 'our', 'their', 'his', 'her', 'great', 'better', 'seamless', 'digital'])
export const DESCRIPTIVE_BEFORE_FR: ReadonlySet<string> = new Set(['notre', 'leur', 'véritable', 'meilleure'])

/** Words after "Canadian experience" that make it a trade, a product or a program ("Canadian experience design agency", the "Canadian Experience Class" of Express Entry). */
export const DESCRIPTIVE_AFTER: ReadonlySet<string> = new Set(['design', 'designer', 'designers', 'designs', 'strategy', 'platform', 'economy', 'industry', 'team', 'teams', 'agency', 'class'])

/** Headings whose sections list what applicants must or should bring. */
export const QUALIFICATION_HEADING = /(?<!\p{L})(?:requirements?|qualifications?|what you (?:bring|need|have)|must[- ]haves?|nice[- ]to[- ]haves?|assets?|skills|experience|who you are|about you|exigences|qualités|atouts|profil recherché|ce que vous apportez)(?!\p{L})/iu

/** Headings whose sections list preferences rather than requirements. */
export const ASSET_HEADING = /(?<!\p{L})(?:assets?|nice[- ]to[- ]haves?|preferred|bonus|atouts?)(?!\p{L})/iu

/** The law Ontario's policy is written under, for the softer message. */
export const OHRC_POLICY = "the Ontario Human Rights Commission's Policy on removing the \"Canadian experience\" barrier (2013) treats such a requirement as discrimination under human-rights law"
