/**
 * Requirements of citizenship or one immigration status, for
 * `no-citizenship-requirement`. Written for postlint from the wording the
 * US Department of Justice (Immigrant and Employee Rights Section) tells
 * employers to avoid in postings ("Only U.S. Citizens", "Only U.S. Citizens
 * or Green Card Holders", "H-1Bs Only", "Must have a U.S. Passport", "Must
 * have a green card"; 8 U.S.C. § 1324b), its Canadian equivalents
 * ("Canadian citizens only", "doit être citoyen canadien"), and the legal
 * reasons that make such a requirement lawful (a security clearance,
 * export control, a government contract, a statute).
 * Work-authorization and sponsorship statements ("must be authorized to
 * work in the US", "we cannot sponsor visas") are not listed.
 */
import type { PhraseEntry } from '../../src/linter/phrases.js'

export type Country = 'US' | 'CA'

export interface CitizenshipTerm {
  /** The country the wording names, when it names one. */
  country: Country | null
  /** What to write instead of the whole match; `{where}` is "the United States" or "Canada". */
  rewrite: string
}

/** How postings name a country's citizens, lower-cased as the matcher reads them. */
const COUNTRIES: ReadonlyArray<readonly [words: string, country: Country]> = [
  ['us', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['usa', 'US'],
  ['united states', 'US'],
  ['american', 'US'],
  ['canadian', 'CA'],
]

/** Templates: `{c}` is a country's words (or nothing, when `bare`), `{a}` the article before it ("a" and "an" are both listed). */
const TEMPLATES: ReadonlyArray<{ phrases: readonly string[]; rewrite: string; bare?: boolean }> = [
  {
    phrases: ['must be {a} {c} citizen', 'must be {c} citizens', 'must all be {c} citizens', 'should be {a} {c} citizen', 'need to be {a} {c} citizen', 'needs to be {a} {c} citizen'],
    rewrite: 'must be authorized to work in {where}',
    bare: true,
  },
  { phrases: ['required to be {a} {c} citizen', 'required to be {c} citizens'], rewrite: 'required to be authorized to work in {where}', bare: true },
  { phrases: ['must hold {c} citizenship', 'must have {c} citizenship', 'must possess {c} citizenship'], rewrite: 'must be authorized to work in {where}' },
  { phrases: ['must have a {c} passport', 'must hold a {c} passport', 'must possess a {c} passport', 'must have a valid {c} passport', 'must hold a valid {c} passport'], rewrite: 'must be authorized to work in {where}' },
  { phrases: ['requires {c} citizenship', 'require {c} citizenship', 'requiring {c} citizenship'], rewrite: 'authorization to work in {where}' },
  { phrases: ['{c} citizenship required', '{c} citizenship is required', '{c} citizenship is a requirement', '{c} passport required', '{c} passport is required'], rewrite: 'authorization to work in {where} required' },
  { phrases: ['{c} citizens only', '{c} citizen only', '{c} citizens and permanent residents only', '{c} citizens or permanent residents only'], rewrite: 'applicants authorized to work in {where}', bare: true },
  { phrases: ['only {c} citizens', 'open only to {c} citizens', 'restricted to {c} citizens', 'limited to {c} citizens', 'available only to {c} citizens'], rewrite: 'only applicants authorized to work in {where}' },
  { phrases: ['open to {c} citizens'], rewrite: 'open to applicants authorized to work in {where}' },
]

/** Status-only wording that names no country. */
const STATUS_ONLY: readonly string[] = [
  'green card holders only', 'green card holder only', 'green card only', 'gc holders only', 'gc only', 'usc only', 'usc gc only', 'usc or gc only',
  'usc and gc only', 'h-1b only', 'h1b only', 'h-1b holders only', 'h1b holders only', 'h-1b visa holders only', 'h1b visa holders only',
  'permanent residents only', 'must have a green card', 'must hold a green card', 'must possess a green card', 'must be a green card holder',
  'must have green card', 'citizens or green card holders only', 'citizens and green card holders only',
]

const FRENCH: readonly string[] = [
  'citoyens canadiens seulement', 'citoyens canadiens uniquement', 'réservé aux citoyens canadiens', 'réservée aux citoyens canadiens',
  'ouvert uniquement aux citoyens canadiens', 'ouvert seulement aux citoyens canadiens', 'doit être citoyen canadien', 'doit être citoyenne canadienne',
  'devez être citoyen canadien', 'devez être citoyenne canadienne', 'doivent être citoyens canadiens', 'citoyenneté canadienne requise',
  'citoyenneté canadienne exigée', 'citoyenneté canadienne obligatoire', 'doit avoir la citoyenneté canadienne', 'doit détenir la citoyenneté canadienne',
]

function expand(): Array<PhraseEntry<CitizenshipTerm>> {
  const entries: Array<PhraseEntry<CitizenshipTerm>> = []
  const seen = new Set<string>()
  const add = (phrase: string, data: CitizenshipTerm): void => {
    const clean = phrase.replace(/\s+/g, ' ').trim()
    if (seen.has(clean)) return
    seen.add(clean)
    entries.push({ phrase: clean, data })
  }
  for (const template of TEMPLATES) {
    for (const phrase of template.phrases) {
      for (const [words, country] of COUNTRIES) {
        for (const article of ['a', 'an']) add(phrase.replace('{a}', article).replace('{c}', words), { country, rewrite: template.rewrite })
      }
      if (template.bare) add(phrase.replace('{a}', 'a').replace('{c}', ''), { country: null, rewrite: template.rewrite })
    }
  }
  for (const phrase of STATUS_ONLY) add(phrase, { country: phrase.startsWith('permanent') ? null : 'US', rewrite: phrase.startsWith('must') ? 'must be authorized to work in {where}' : 'applicants authorized to work in {where}' })
  for (const phrase of FRENCH) add(phrase, { country: 'CA', rewrite: 'doit être autorisé(e) à travailler au Canada' })
  return entries
}

export const CITIZENSHIP_TERMS: ReadonlyArray<PhraseEntry<CitizenshipTerm>> = expand()

/**
 * Legal reasons for a citizenship requirement, looked for in the sentence,
 * its paragraph and its section: a clearance, export control, a government
 * contract, a statute (written with capitals where only the acronym counts).
 */
export const LEGAL_REASONS: ReadonlyArray<PhraseEntry<null>> = [
  'security clearance', 'security clearances', 'clearance', 'clearances', 'secret', 'top secret', 'ts sci', 'public trust', 'ITAR', 'EAR', 'export control',
  'export controls', 'export controlled', 'export administration regulations', 'international traffic in arms', 'deemed export',
  'government contract', 'government contracts', 'federal contract', 'federal contracts', 'defense contract', 'defense contracts', 'defence contract',
  'DoD', 'department of defense', 'required by law', 'by law', 'federal law', 'executive order', 'statute', 'statutory', 'regulation', 'regulations',
  'federal position', 'federal employment', 'federal service', 'civil service', 'CUI', 'controlled unclassified information', 'classified', 'national security',
  'security investigation', 'security screening', 'reliability status', 'cote de sécurité', 'cote de fiabilité', 'habilitation de sécurité',
  'attestation de sécurité', 'enquête de sécurité', 'public service employment act', "loi sur l'emploi dans la fonction publique",
  // The federal competitive service's own wording (Executive Order 11935): "U.S. citizens or nationals (residents of American Samoa and Swains Islands)".
  'american samoa', 'swains island', 'swains islands', 'competitive service', 'excepted service', 'federal appointment', 'usajobs',
].map((phrase) => ({ phrase, data: null }))

/**
 * Wording that opens the job to others too, in the same sentence ("U.S.
 * citizens, permanent residents or others authorized to work", "open to US
 * citizens and visa holders alike"): then the sentence is no limit.
 */
export const ALTERNATIVES: ReadonlyArray<PhraseEntry<null>> = [
  'otherwise authorized', 'otherwise authorised', 'otherwise eligible', 'otherwise legally', 'or authorized to work', 'or authorised to work',
  'or eligible to work', 'others authorized to work', 'anyone authorized to work', 'or have work authorization', 'or hold work authorization',
  'or have valid work authorization', 'or possess work authorization', 'or are authorized', 'visa holders alike', 'and visa holders', 'or visa holders',
  'non-citizens', 'noncitizens', 'regardless of citizenship', 'refugees', 'refugee', 'asylees', 'asylee', 'daca', 'all work authorizations', 'any work authorization', 'autorisés à travailler', 'autorisées à travailler',
].map((phrase) => ({ phrase, data: null }))

/** Headings of sections about security, whose citizenship requirements a clearance explains. */
export const LEGAL_HEADING = /\b(?:security|clearance|sécurité)\b/i
