/**
 * Who the employer is, as far as the law cares: a national government
 * (the US federal government, the Government of Canada) answers to national
 * law only — state, provincial and city pay-transparency and fair-chance
 * laws do not bind it — while any other employer answers to the law of
 * every place the job reaches.
 *
 * `settings.employer` decides when set. Otherwise the posting is read for
 * signs of a national government employer: a USAJOBS link or announcement,
 * General Schedule grades, the federal hiring authorities; the Public
 * Service Commission, Government of Canada classification levels, a
 * canada.ca or gc.ca address. One strong sign, or two weaker ones, decide.
 */
import type { Range, Settings } from '../types.js'
import type { SourceCode } from '../linter/source-code.js'
import { escapeRegExp } from '../linter/matches.js'

export type EmployerKind = 'private' | 'national-government' | 'unknown'

export interface EmployerFact {
  kind: EmployerKind
  /** The country whose government it is. */
  country?: 'US' | 'CA'
  /** What decided it: the setting, or the first sign found. */
  reason: string
  range: Range | null
}

interface Sign {
  pattern: RegExp
  country: 'US' | 'CA'
  strong: boolean
  label: string
  /**
   * Lower-case texts one of which every match holds: a text with none of them
   * is not searched. Most postings are not a government's, and these few
   * words spare them a dozen case-insensitive searches of the whole text.
   * Gates are as long as the pattern allows (its phrases, an address's
   * domain, "gs-" or "gs1" rather than "gs"): a word of theirs ("service",
   * "federal", "canada", ".gov") is in most government postings, of either
   * country, and would let the pattern search them all.
   */
  gates: readonly string[]
}

/** The signs of a national government employer, in the order they are looked for (exported for the tests of their gates). */
export const SIGNS: readonly Sign[] = [
  { pattern: /usajobs/i, country: 'US', strong: true, label: 'a USAJOBS announcement', gates: ['usajobs'] },
  { pattern: /\bGS-?\d{1,2}\b/, country: 'US', strong: false, label: 'a General Schedule grade', gates: ['gs-', ...'0123456789'.split('').map((digit) => `gs${digit}`)] },
  { pattern: /\b(?:Senior Executive Service|Office of Personnel Management|competitive service|excepted service|Schedule A)\b/i, country: 'US', strong: false, label: 'federal hiring terms', gates: ['senior executive service', 'office of personnel management', 'competitive service', 'excepted service', 'schedule a'] },
  { pattern: /\b(?:General Services Administration|Technology Transformation Services|federal agenc(?:y|ies)|U\.S\. federal government)\b/i, country: 'US', strong: false, label: 'a federal agency', gates: ['general services administration', 'technology transformation services', 'federal agenc', 'u.s. federal government'] },
  { pattern: /@(?:[a-z0-9-]+\.)*(?:gsa|opm|usajobs)\.gov\b/i, country: 'US', strong: true, label: 'a federal agency address', gates: ['gsa.gov', 'opm.gov', 'usajobs.gov'] },
  { pattern: /\b(?:Public Service Commission|Commission de la fonction publique|Public Service Employment Act|Loi sur l['’]emploi dans la fonction publique)\b/i, country: 'CA', strong: true, label: 'the Public Service Commission', gates: ['public service commission', 'commission de la fonction publique', 'public service employment act', 'emploi dans la fonction publique'] },
  { pattern: /\b(?:work(?:ing)? for|join(?:ing)?|travailler pour|joindre|se joindre au) (?:the )?(?:Government of Canada|gouvernement du Canada)\b/i, country: 'CA', strong: true, label: 'work for the Government of Canada', gates: ['government of canada', 'gouvernement du canada'] },
  { pattern: /\b(?:Government of Canada|gouvernement du Canada|federal public service|fonction publique fédérale|federal departments|ministères fédéraux)\b/i, country: 'CA', strong: false, label: 'the Government of Canada', gates: ['government of canada', 'gouvernement du canada', 'federal public service', 'fonction publique fédérale', 'federal departments', 'ministères fédéraux'] },
  { pattern: /\b(?:Canadian Digital Service|Service numérique canadien|Treasury Board(?: of Canada)? Secretariat|Secrétariat du Conseil du Trésor)\b/i, country: 'CA', strong: true, label: 'a federal department', gates: ['canadian digital service', 'service numérique canadien', 'treasury board', 'secrétariat du conseil du trésor'] },
  { pattern: /@(?:[a-z0-9-]+\.)*(?:gc|canada)\.ca\b/i, country: 'CA', strong: true, label: 'a Government of Canada address', gates: ['gc.ca', 'canada.ca'] },
  { pattern: /\b(?:tbs-sct|digital|numerique)\.(?:gc|canada)\.ca\b/i, country: 'CA', strong: true, label: 'a Government of Canada department site', gates: ['gc.ca', 'canada.ca'] },
  { pattern: /(?<![a-z0-9.-])(?:[a-z0-9-]+\.)*(?:gc|canada)\.ca\b/i, country: 'CA', strong: false, label: 'a Government of Canada site', gates: ['gc.ca', 'canada.ca'] },
  { pattern: /\b(?:CS|EC|AS|PM|IT|PE|FI|EX)-0\d\b/, country: 'CA', strong: false, label: 'a federal classification level', gates: ['cs-0', 'ec-0', 'as-0', 'pm-0', 'it-0', 'pe-0', 'fi-0', 'ex-0'] },
]

/** Every gate, longest first, and the shorter gates each starts with. */
const GATES = [...new Set(SIGNS.flatMap((sign) => sign.gates))].sort((a, b) => b.length - a.length)
const GATE_PREFIXES = new Map(GATES.map((gate) => [gate, GATES.filter((other) => other !== gate && gate.startsWith(other))]))
/** All the gates in one pattern: one pass over a text rather than a search for each gate. */
const ANY_GATE = new RegExp(GATES.map(escapeRegExp).join('|'), 'g')

/**
 * The gates a lower-case text holds. A match is the longest gate starting
 * where it starts, and the gates it starts with are there too; the search
 * goes on from the next character, so gates inside or overlapping a match
 * are found as well.
 */
export function gatesIn(lower: string): Set<string> {
  const found = new Set<string>()
  ANY_GATE.lastIndex = 0
  for (let match = ANY_GATE.exec(lower); match !== null; match = ANY_GATE.exec(lower)) {
    found.add(match[0])
    for (const prefix of GATE_PREFIXES.get(match[0])!) found.add(prefix)
    ANY_GATE.lastIndex = match.index + 1
  }
  return found
}

const FRONT_MATTER_SIGNS: ReadonlyArray<[key: string, country: 'US' | 'CA', label: string]> = [
  ['gs_level', 'US', 'a General Schedule grade in front matter'],
  ['job_announcement_number', 'US', 'a federal job announcement number in front matter'],
]

/** Decide what kind of employer the posting is from. */
export function findEmployer(sourceCode: SourceCode, settings: Settings): EmployerFact {
  const configured = settings['employer']
  if (configured === 'private' || configured === 'national-government') {
    return { kind: configured, reason: 'settings.employer', range: null }
  }
  const data = sourceCode.frontMatter?.data
  const score = new Map<'US' | 'CA', { points: number; reason: string; range: Range | null }>()
  const add = (country: 'US' | 'CA', points: number, reason: string, range: Range | null): void => {
    const current = score.get(country)
    if (current) current.points += points
    else score.set(country, { points, reason, range })
  }
  if (data) {
    for (const [key, country, label] of FRONT_MATTER_SIGNS) {
      if (data[key] !== undefined && data[key] !== null && data[key] !== '') add(country, 1, label, sourceCode.frontMatter!.range)
    }
    if (data['job_post_type'] === 'usajobs') add('US', 2, 'a USAJOBS posting type in front matter', sourceCode.frontMatter!.range)
  }
  const text = sourceCode.text
  const present = gatesIn(text.toLowerCase())
  for (const sign of SIGNS) {
    if (!sign.gates.some((gate) => present.has(gate))) continue
    const match = sign.pattern.exec(text)
    if (match) add(sign.country, sign.strong ? 2 : 1, sign.label, [match.index, match.index + match[0].length])
  }
  const best = [...score.entries()].sort((a, b) => b[1].points - a[1].points)[0]
  if (best && best[1].points >= 2) return { kind: 'national-government', country: best[0], reason: best[1].reason, range: best[1].range }
  return { kind: 'unknown', reason: 'no sign of a national government employer', range: null }
}
