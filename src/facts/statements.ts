/**
 * The statements a posting makes that laws and reviewers look for: equal
 * opportunity, reasonable accommodation, work eligibility, fair chance,
 * benefits, other compensation, the application deadline, AI use, whether
 * the job exists now, and outreach to under-represented groups.
 *
 * How it decides. The posting's paragraphs (headings, list items, table
 * cells; plain-text bullet lines too) are read sentence by sentence, in
 * English and French, on normalized text (see `statement-data.ts` for every
 * cue and its source). A sentence is a statement of a type when it carries
 * that type's meaning, not one keyword:
 * - equal opportunity needs a commitment ("equal opportunity employer",
 *   "does not discriminate", "regardless of" followed by protected
 *   characteristics); naming characteristics in a sentence about something
 *   else is not one;
 * - accommodation is the applicant's ("reasonable accommodation", "mesures
 *   d'adaptation", or "accommodation" with the hiring process, a need or a
 *   request), never lodging or "we accommodate flexible schedules";
 * - "bonus points if you know Rust" is not compensation, "you will benefit
 *   from mentoring" is not a benefit, "a diverse team" is not an EEO
 *   statement.
 * Job duties and qualifications ("Ensure employees receive reasonable
 * accommodations", "Experience with AI") are not the employer's statements:
 * a sentence that starts with a duty verb, or a list item under a duties
 * heading, is left out. The section heading (`getSection`, or a short label
 * paragraph such as "Employee benefits:") is read as context: a paragraph
 * under "Equal opportunity" or "Accommodations" is read in that light, and a
 * "Benefits" heading or lead-in with the list under it is one statement.
 * Adjacent sentences of one type in one paragraph make one statement. A
 * sentence pointing to the employer's benefits page with a link ("Learn more
 * about the benefits we offer") counts as benefits, as Colorado and Illinois
 * accept a link. A pool that "may be created" is a vacancy-status statement
 * that does not say whether the job exists (`existingVacancy` left out).
 * Front-matter keys give deadlines (`closes`, `deadline`, `validThrough` …)
 * and vacancies (`num_vacancies`), read line by line when the YAML is broken.
 * Text inside Liquid `{% comment %}` blocks is template notes, not posting.
 *
 * Accommodation contacts are the addresses, numbers and links in the
 * statement's paragraph (`mailto:`/`tel:` targets included); when it points
 * further on ("the contact information below"), the first address or number
 * in the next few paragraphs or in a "Contact" section.
 *
 * Offsets are file offsets; `text` is the file's text between them (Markdown
 * emphasis and a link wrapped around the sentence included).
 */
import type { Paragraph } from 'nlcst'
import * as chronoEn from 'chrono-node/en'
import * as chronoFr from 'chrono-node/fr'
import type { Range } from '../types.js'
import { proseLength, type ProseText, type SourceCode } from '../linter/source-code.js'
import type { BlockKind, ParagraphData } from '../linter/prose.js'
import { languageOf, type Language } from '../linter/language.js'
import { RangeIndex } from '../linter/ranges.js'
import type { Contact, ProtectedCategory, Statement, StatementType } from './types.js'
import { STATEMENT_TYPES } from './types.js'
import * as cues from './statement-data.js'
import { contactFromLinkTarget, findContacts } from './contacts.js'
import { WORD_END, WORD_START, wordPattern, type WordPattern } from '../linter/word-patterns.js'
import { matchesOf } from '../linter/matches.js'
import { testText } from '../linter/narrow.js'
import { TextMemo } from '../linter/text-memo.js'

// ---------------------------------------------------------------------------
// Patterns

const BEFORE = WORD_START
const AFTER = WORD_END

/** One alternation of a cue list; a space in an entry stands for a run of spaces. */
function alternation(entries: readonly string[]): string {
  return entries.map((entry) => entry.replaceAll(' ', ' +')).join('|')
}

/** A cue list as one pattern, bounded by non-letters on both sides, run only on texts with a word it may start with. */
function compile(entries: readonly string[]): WordPattern {
  return wordPattern(alternation(entries))
}

const P = {
  dutyVerb: new RegExp(`^(?:${alternation(cues.DUTY_VERBS)})${AFTER}`, 'u'),
  dutyLeadIn: new RegExp(`^${cues.DUTY_LEAD_IN.replaceAll(' ', ' +')} +`, 'u'),
  notDuty: new RegExp(`^(?:${alternation(cues.NOT_DUTY_AFTER_LEAD_IN)})${AFTER}`, 'u'),
  responsible: /^be +(?:responsible|accountable|tasked|in charge)/u,
  dutyHeading: compile(cues.DUTY_HEADINGS),
  vaccination: compile(cues.VACCINATION),
  protectedGeneric: compile(cues.PROTECTED_GENERIC),
  eeoStrong: compile(cues.EEO_STRONG),
  nonDiscrimination: compile(cues.NON_DISCRIMINATION),
  regardless: compile(cues.REGARDLESS),
  employment: compile(cues.EMPLOYMENT_CONTEXT),
  eeoHeading: compile(cues.EEO_HEADINGS),
  eeoHeadingWeak: compile(cues.EEO_HEADINGS_WEAK),
  eeoUnderHeading: compile(cues.EEO_UNDER_HEADING),
  accommodationStrong: compile(cues.ACCOMMODATION_STRONG),
  accommodationWeak: compile(cues.ACCOMMODATION_WEAK),
  accommodationContext: compile(cues.ACCOMMODATION_CONTEXT),
  lodging: compile(cues.LODGING),
  accommodationHeading: compile(cues.ACCOMMODATION_HEADINGS),
  accommodationUnderHeading: compile(cues.ACCOMMODATION_UNDER_HEADING),
  authorization: compile(cues.AUTHORIZATION),
  sponsorship: compile(cues.SPONSORSHIP),
  citizenship: compile(cues.CITIZENSHIP),
  eligibilityContext: compile(cues.ELIGIBILITY_CONTEXT),
  clearance: compile(cues.CLEARANCE),
  clearanceWeak: compile(cues.CLEARANCE_WEAK),
  clearanceContext: compile(cues.CLEARANCE_CONTEXT),
  location: compile(cues.LOCATION_RESTRICTION),
  locationWeak: compile(cues.LOCATION_WEAK),
  locationOpen: compile(cues.LOCATION_OPEN),
  eligibilityHeading: compile(cues.ELIGIBILITY_HEADINGS),
  fairChanceStrong: compile(cues.FAIR_CHANCE_STRONG),
  criminalRecord: compile(cues.CRIMINAL_RECORD),
  fairChanceContext: compile(cues.FAIR_CHANCE_CONTEXT),
  fairChanceExclusion: compile(cues.FAIR_CHANCE_EXCLUSION),
  benefitItem: compile(cues.BENEFIT_ITEMS),
  benefitVeto: compile(cues.BENEFIT_VETO),
  benefitsPointer: compile(cues.BENEFITS_POINTER),
  hedgedPool: compile(cues.VACANCY_HEDGED_POOL),
  benefitsStrong: compile(cues.BENEFITS_HEADING_STRONG),
  benefitsWeak: compile(cues.BENEFITS_HEADING_WEAK),
  benefitsHeadingVeto: compile(cues.BENEFITS_HEADING_VETO),
  otherComp: compile(cues.OTHER_COMPENSATION),
  otherCompVeto: compile(cues.OTHER_COMPENSATION_VETO),
  deadlineCue: compile(cues.DEADLINE_CUES),
  deadlineCueWeak: compile(cues.DEADLINE_CUES_WEAK),
  aiProduct: compile(cues.AI_PRODUCT),
  postingContext: compile(cues.POSTING_CONTEXT),
  aiUse: compile(cues.AI_USE),
  ongoingStrong: compile(cues.ONGOING_STRONG),
  ongoingWeak: compile(cues.ONGOING_WEAK),
  application: compile(cues.APPLICATION_CONTEXT),
  deadlineHeading: compile(cues.DEADLINE_HEADINGS),
  aiTerm: compile(cues.AI_TERMS),
  aiScreening: compile(cues.AI_SCREENING),
  aiApplicant: compile(cues.AI_APPLICANT),
  vacancyExisting: compile(cues.VACANCY_EXISTING),
  vacancyFuture: compile(cues.VACANCY_FUTURE),
  vacancyFutureWeak: compile(cues.VACANCY_FUTURE_WEAK),
  vacancyFutureVeto: compile(cues.VACANCY_FUTURE_VETO),
  postingWords: compile(cues.POSTING_WORDS),
  outreachGroup: compile(cues.OUTREACH_GROUPS),
  outreachInvite: compile(cues.OUTREACH_INVITE),
  employmentEquity: compile(cues.EMPLOYMENT_EQUITY),
  selfDeclaration: compile(cues.SELF_DECLARATION),
  outreachVeto: compile(cues.OUTREACH_VETO),
  /** A lead-in that announces a list: ends with a colon or "including". */
  announcesList: /(?::|\b(?:including|include|includes|such as|notamment|comprennent|comprend|dont|comme))\s{0,3}:?\s{0,3}$/u,
  /** An accommodation statement that points to contact details further on. */
  pointsAhead: /(?:below|following|ci-dessous|suivante?s?)/u,
  contactHeading: /(?<![\p{L}])(?:contact|contacts|questions|personnes?-ressources?|coordonnées|nous joindre)(?![\p{L}])/u,
  terminal: /[.!?]$/u,
}

/**
 * Protected characteristics, one named group per category, in one pattern.
 * The word bounds stand once around the groups rather than in each: the
 * same matches, tried in the same order, and four Unicode classes for V8 to
 * build rather than four per category (each costs about a tenth of a
 * millisecond, when the pattern is made and again when it first runs).
 */
const CATEGORY_PATTERN = new RegExp(
  `${BEFORE}(?:${cues.CATEGORY_CUES.map(({ category, patterns }) => `(?<${category}>${alternation(patterns)})`).join('|')})${AFTER}`,
  'gu',
)

/** Characters folded so one pattern reads every spelling; each maps one UTF-16 unit to one, so offsets hold. */
const FOLD: Readonly<Record<string, string>> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\t': ' ', '\n': ' ', '\r': ' ', '\f': ' ', '\uFFFC': ' ',
}

/** Every character FOLD folds. */
const FOLDED = new RegExp(`[${Object.keys(FOLD).map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g')
/**
 * Where lower-casing a whole string differs from lower-casing it unit by
 * unit: "İ" lower-cases to two units, a final "Σ" to "ς", and a surrogate
 * pair is lower-cased whole.
 */
const CASING_BY_CONTEXT = /[\u0130\u03a3\ud800-\udfff]/

/** Texts normalised, by text: the paragraphs of boilerplate come back posting after posting. */
const normalized = new TextMemo<string>(2048)

/** Lower-case `text` with quotes, dashes and spaces folded, keeping its length: each UTF-16 unit on its own. */
export function normalize(text: string): string {
  return normalized.remember(text, fold)
}

function fold(text: string): string {
  // Almost every text: lower-cased whole (one string, not one per character), then folded.
  if (!CASING_BY_CONTEXT.test(text)) return text.toLowerCase().replace(FOLDED, (char) => FOLD[char]!)
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    const folded = FOLD[char]
    if (folded !== undefined) {
      out += folded
      continue
    }
    const lower = char.toLowerCase()
    out += lower.length === 1 ? lower : char
  }
  return out
}

/** The protected characteristics `text` names, in order of first mention. */
export function categoriesIn(text: string): ProtectedCategory[] {
  const found = new Set<ProtectedCategory>()
  for (const match of matchesOf(normalize(text), CATEGORY_PATTERN)) {
    const groups = match.groups ?? {}
    const entry = cues.CATEGORY_CUES.find(({ category }) => groups[category] !== undefined)
    if (entry) found.add(entry.category)
  }
  return [...found]
}

// ---------------------------------------------------------------------------
// The document as blocks and sentences

interface Block {
  index: number
  node: Paragraph
  kind: BlockKind
  prose: ProseText
  /** The normalized prose of the whole paragraph (shared by its virtual blocks). */
  norm: string
  /** This block's part of the paragraph's prose. */
  from: number
  to: number
  /** The list it belongs to, or -1. */
  list: number
  isHeading: boolean
  /** A short paragraph that titles what follows ("Employee benefits:"). */
  isLabel: boolean
  /** The whole block is a link's text ("Assessment accommodation"). */
  linkOnly: boolean
  /** The heading or label whose section holds it. */
  heading: Block | undefined
  /** It is the first block of its section. */
  firstInSection: boolean
  sentences: Sentence[]
}

interface Sentence {
  block: Block
  index: number
  /** Prose offsets in the paragraph. */
  start: number
  end: number
  /** Normalized text. */
  text: string
}

interface Doc {
  sourceCode: SourceCode
  blocks: Block[]
}

const BULLET_LINE = /(?:^|\n)[ \t]{0,8}(?:[-*•◦▪‣–]|\d{1,2}[.)])[ \t]{1,4}(?=\S)/g
/**
 * Whether a UTF-16 unit is white space as `\s` reads it, or the object
 * replacement character that stands for source in prose.
 */
export function isBlankUnit(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0xfffc
}

/** Bullets and dashes a sentence may start with, besides blanks. */
const LEADING_MARKS = new Set([...'•◦▪‣*–-'].map((mark) => mark.charCodeAt(0)))

function isParagraph(node: { type: string }): node is Paragraph {
  return node.type === 'ParagraphNode'
}

/** Read the posting into blocks (paragraphs, list items, bullet lines) and their sentences. */
function readDocument(sourceCode: SourceCode): Doc {
  const comments = liquidComments(sourceCode.text)
  const lists = new RangeIndex(sourceCode.lists)
  const [postingStart, postingEnd] = sourceCode.postingRange
  const blocks: Block[] = []
  let nextListId = sourceCode.lists.length
  for (const node of sourceCode.nlcst.children) {
    if (!isParagraph(node)) continue
    const [start, end] = sourceCode.getRange(node)
    if (start < postingStart || end > postingEnd || comments.some(([from, to]) => start >= from && end <= to)) continue
    const data = node.data as ParagraphData | undefined
    const kind = data?.block ?? 'paragraph'
    const prose = sourceCode.getProse(node)
    const norm = normalize(prose.text)
    const spans = sentenceSpans(node)
    const listOfParagraph = lists.overlapping(start, start + 1)[0] ?? -1
    const parts = bulletParts(prose.text)
    const bulletList = parts.length > 1 || parts[0]?.bullet ? nextListId++ : -1
    for (const part of parts) {
      const block: Block = {
        index: blocks.length,
        node,
        kind: part.bullet ? 'listItem' : kind,
        prose,
        norm,
        from: part.from,
        to: part.to,
        list: part.bullet ? bulletList : listOfParagraph,
        isHeading: kind === 'heading',
        isLabel: false,
        linkOnly: false,
        heading: undefined,
        firstInSection: false,
        sentences: [],
      }
      for (const [from, to] of spans) {
        const trimmed = outsideComments(prose, comments, trim(prose.text, Math.max(from, part.from), Math.min(to, part.to)))
        if (trimmed) block.sentences.push({ block, index: block.sentences.length, start: trimmed[0], end: trimmed[1], text: norm.slice(trimmed[0], trimmed[1]) })
      }
      if (block.sentences.length === 0) continue
      block.linkOnly = isLinkOnly(sourceCode, block)
      blocks.push(block)
    }
  }
  markSections(sourceCode, blocks)
  return { sourceCode, blocks }
}

/** `[start, end)` of each sentence of a paragraph, in its prose text. */
function sentenceSpans(paragraph: Paragraph): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let offset = 0
  for (const child of paragraph.children) {
    const length = proseLength(child)
    if (child.type === 'SentenceNode') spans.push([offset, offset + length])
    offset += length
  }
  return spans
}

/** A paragraph's lines that start with a bullet (`- `, `• `, `1. `) are list items of their own. */
function bulletParts(text: string): Array<{ from: number; to: number; bullet: boolean }> {
  const starts: number[] = []
  for (const match of matchesOf(text, BULLET_LINE)) starts.push(match.index + (match[0].startsWith('\n') ? 1 : 0))
  if (starts.length === 0) return [{ from: 0, to: text.length, bullet: false }]
  const parts: Array<{ from: number; to: number; bullet: boolean }> = []
  if (starts[0]! > 0) parts.push({ from: 0, to: starts[0]!, bullet: false })
  starts.forEach((start, index) => parts.push({ from: start, to: starts[index + 1] ?? text.length, bullet: true }))
  return parts
}

/** `[start, end)` without white space, bullets and template placeholders around it; undefined when nothing is left. */
export function trim(text: string, start: number, end: number): [number, number] | undefined {
  // Read in place, unit by unit: two patterns over a slice of every sentence took about a tenth of reading a posting into sentences.
  let from = start
  while (from < end && (isBlankUnit(text.charCodeAt(from)) || LEADING_MARKS.has(text.charCodeAt(from)))) from++
  let to = end
  while (to > from && isBlankUnit(text.charCodeAt(to - 1))) to--
  return from < to ? [from, to] : undefined
}

/** A sentence without the template comment it starts in; undefined when it lies wholly inside one. */
function outsideComments(prose: ProseText, comments: readonly Range[], span: [number, number] | undefined): [number, number] | undefined {
  if (!span || comments.length === 0) return span
  let [start] = span
  const end = span[1]
  const fileEnd = prose.rangeOf(end - 1, end)[1]
  for (const [from, to] of comments) {
    const fileStart = prose.offsetAt(start)
    if (fileStart < from || fileStart >= to) continue
    if (fileEnd <= to) return undefined
    while (start < end && prose.offsetAt(start) < to) start++
  }
  return trim(prose.text, start, end)
}

/** Ranges of Liquid `{% comment %} … {% endcomment %}` blocks: notes to the editor, not posting text. */
function liquidComments(text: string): Range[] {
  const ranges: Range[] = []
  const open = /\{%-?\s{0,5}comment\b/g
  const close = /\{%-?\s{0,5}endcomment\b[^%{]{0,200}%\}/g
  let match: RegExpExecArray | null
  while ((match = open.exec(text))) {
    close.lastIndex = match.index
    const end = close.exec(text)
    if (!end) break
    ranges.push([match.index, end.index + end[0].length])
    open.lastIndex = end.index + end[0].length
  }
  return ranges
}

/** The file range of a block's text. */
function blockRange(block: Block): Range {
  const first = block.sentences[0]!
  const last = block.sentences[block.sentences.length - 1]!
  return block.prose.rangeOf(first.start, last.end)
}

function isLinkOnly(sourceCode: SourceCode, block: Block): boolean {
  return sourceCode.isInLinkText(blockRange(block))
}

/** Whether `text` has at most `limit` words (runs without white space that hold a letter or a digit); reads no further than the word over it. */
function wordsAtMost(text: string, limit: number): boolean {
  let count = 0
  for (const run of text.matchAll(/\S+/gu)) if (/[\p{L}\p{N}]/u.test(run[0]) && ++count > limit) return false
  return true
}

/** Give every block its section: the heading over it (`getSection`) or a later label paragraph. */
function markSections(sourceCode: SourceCode, blocks: Block[]): void {
  const byNode = new Map<Paragraph, Block>()
  for (const block of blocks) if (block.isHeading && !byNode.has(block.node)) byNode.set(block.node, block)
  let label: Block | undefined
  let previous: Block | undefined
  for (const block of blocks) {
    const text = block.norm.slice(block.sentences[0]!.start, block.sentences[block.sentences.length - 1]!.end)
    if (block.isHeading) {
      label = undefined
    } else if (block.list === -1 && !block.linkOnly && (/:$/u.test(text.trim()) ? wordsAtMost(text, 10) : wordsAtMost(text, 5) && !P.terminal.test(text.trim()) && !/\p{N}/u.test(text))) {
      // (A short line with a figure is a value — a date under "Deadline" — not a label.)
      block.isLabel = true
    }
    const section = sourceCode.getSection(blockRange(block)[0])
    const headingBlock = section ? byNode.get(section.node) : undefined
    block.heading = block.isHeading || block.isLabel ? undefined : label && (!headingBlock || label.index > headingBlock.index) ? label : headingBlock
    block.firstInSection = block.heading !== undefined && previous === block.heading
    if (block.isLabel) label = block
    previous = block
  }
}

function headingText(block: Block | undefined): string {
  if (!block) return ''
  return block.norm.slice(block.sentences[0]!.start, block.sentences[block.sentences.length - 1]!.end)
}

// ---------------------------------------------------------------------------
// Classifiers: one sentence, in its context

interface Context {
  sentence: Sentence
  text: string
  heading: string
  /** Starts like a duty or qualification. */
  duty: boolean
  /** A list item under a duties heading. */
  dutyList: boolean
  /** A link stands in the sentence. */
  hasLink: boolean
  /** Types the previous sentence of the block was. */
  previous: ReadonlySet<StatementType>
  /** The sentence's language (worked out when a classifier asks: only a deadline's date needs it). */
  readonly language: Language
  reference: Reference
}

type Found = Pick<Statement, 'categories' | 'eligibility' | 'deadline' | 'existingVacancy'>

/** Whether a sentence describes the work (a duty verb first, or "you will" + a duty). */
function startsWithDuty(text: string): boolean {
  const words = text.replace(/^[^\p{L}]+/u, '')
  const lead = P.dutyLeadIn.exec(words)
  if (lead) {
    const rest = words.slice(lead[0].length)
    return P.notDuty.test(rest) ? P.responsible.test(rest) : true
  }
  return P.dutyVerb.test(words)
}

const CLASSIFIERS: Readonly<Record<StatementType, (context: Context) => Found | null>> = {
  eeo(context) {
    const { text, heading } = context
    if (context.duty || context.dutyList || P.vaccination.test(text)) return null
    const strong = P.eeoStrong.test(text)
    const refuses = P.nonDiscrimination.test(text)
    const regardless = P.regardless.test(text)
    const strongHeading = P.eeoHeading.test(heading)
    const weakHeading = P.eeoHeadingWeak.test(heading)
    if (!strong && !refuses && !regardless && !strongHeading && !weakHeading) return null
    const categories = categoriesIn(text)
    const generic = P.protectedGeneric.test(text)
    const named = categories.length > 0 || generic
    if (strong) return { categories }
    if (refuses && (named || P.employment.test(text))) return { categories }
    // "Regardless of age or marital status" in a sentence about benefits is not a commitment: with two
    // characteristics or fewer, the sentence must be about employment.
    if (regardless && named && (categories.length >= 3 || generic || P.employment.test(text))) return { categories }
    if (strongHeading && (categories.length >= 2 || P.eeoUnderHeading.test(text))) return { categories }
    if (weakHeading && (categories.length >= 3 || /discriminat/u.test(text))) return { categories }
    return null
  },
  accommodation(context) {
    const { text } = context
    if (context.duty || context.dutyList || P.vaccination.test(text)) return null
    const strong = P.accommodationStrong.test(text)
    const weak = strong || P.accommodationWeak.test(text)
    if (weak && P.lodging.test(text)) return null
    if (strong) return {}
    const underHeading = P.accommodationHeading.test(context.heading)
    if (weak && (P.accommodationContext.test(text) || underHeading || context.previous.has('accommodation'))) return {}
    if (underHeading && P.accommodationUnderHeading.test(text)) return {}
    return null
  },
  workEligibility(context) {
    const { text } = context
    if (context.duty) return null
    const eligibility: NonNullable<Statement['eligibility']> = []
    const conditional = P.eligibilityContext.test(text) || P.eligibilityHeading.test(context.heading)
    if (P.authorization.test(text)) eligibility.push('authorization')
    if (P.sponsorship.test(text)) eligibility.push('sponsorship')
    if (P.citizenship.test(text) && conditional) eligibility.push('citizenship')
    if (P.clearance.test(text) || (P.clearanceWeak.test(text) && P.clearanceContext.test(text))) eligibility.push('clearance')
    if ((P.location.test(text) || (P.locationWeak.test(text) && conditional)) && !P.locationOpen.test(text)) eligibility.push('location')
    return eligibility.length > 0 ? { eligibility } : null
  },
  fairChance(context) {
    const { text } = context
    if (context.duty) return null
    if (P.fairChanceStrong.test(text)) return {}
    if (P.criminalRecord.test(text) && P.fairChanceContext.test(text) && !P.fairChanceExclusion.test(text)) return {}
    return null
  },
  benefits(context) {
    const { text } = context
    if (context.duty || context.dutyList) return null
    if (P.benefitsPointer.test(text) && context.hasLink) return {}
    return P.benefitItem.test(text) && !P.benefitVeto.test(text) ? {} : null
  },
  otherCompensation(context) {
    const { text } = context
    if (context.duty || context.dutyList) return null
    return P.otherComp.test(text) && !P.otherCompVeto.test(text) ? {} : null
  },
  applicationDeadline(context) {
    const { text } = context
    const { ongoing, cueAt } = deadlineCues(text)
    const headed = context.sentence.block.firstInSection && P.deadlineHeading.test(context.heading)
    // The language only once a date is written out: working it out costs more than looking for one.
    const closing = (cueAt !== -1 || headed) && testText(ABSOLUTE_DATE, text) ? closingDate(text, Math.max(cueAt, 0), context.language, context.reference) : { found: false, date: null }
    return closing.found || ongoing ? { deadline: { date: closing.date, ongoing } } : null
  },
  aiUse(context) {
    const { text } = context
    if (context.duty || context.dutyList) return null
    if (P.aiProduct.test(text)) return null
    return P.aiTerm.test(text) && P.aiUse.test(text) && P.aiScreening.test(text) && P.aiApplicant.test(text) ? {} : null
  },
  vacancyStatus(context) {
    const { text } = context
    if (context.duty || context.dutyList) return null
    if (P.vacancyExisting.test(text)) return { existingVacancy: true }
    if (P.vacancyFutureVeto.test(text)) return null
    if (P.vacancyFuture.test(text) || (P.vacancyFutureWeak.test(text) && P.postingWords.test(text))) return P.hedgedPool.test(text) ? {} : { existingVacancy: false }
    return null
  },
  outreach(context) {
    const { text } = context
    if (context.duty || context.dutyList || P.outreachVeto.test(text)) return null
    if (P.selfDeclaration.test(text)) return {}
    const group = P.outreachGroup.test(text)
    if (group && P.outreachInvite.test(text)) return {}
    if (P.employmentEquity.test(text) && (group || P.outreachInvite.test(text))) return {}
    return null
  },
}

/**
 * What a sentence's text alone says of a deadline: whether applications are
 * taken on an ongoing basis, and where a deadline cue starts (-1: none).
 * Kept by text, as the rest of a sentence's classification is (the date
 * itself depends on the posting).
 */
const deadlineCuesOf = new TextMemo<{ ongoing: boolean; cueAt: number }>(4096)

function deadlineCues(text: string): { ongoing: boolean; cueAt: number } {
  return deadlineCuesOf.remember(text, () => {
    const cue = P.deadlineCue.exec(text) ?? weakDeadlineCue(text)
    return { ongoing: P.ongoingStrong.test(text) || ongoingApplications(text), cueAt: cue ? cue.index : -1 }
  })
}

/** "Closes", "jusqu'au": a deadline cue when the sentence speaks of the posting or applications, or a colon follows ("Closes: …"). */
function weakDeadlineCue(text: string): RegExpExecArray | null {
  const cue = P.deadlineCueWeak.exec(text)
  if (!cue) return null
  return P.postingContext.test(text) || /^\s{0,3}:/u.test(text.slice(cue.index + cue[0].length)) ? cue : null
}

/** "On an ongoing/rolling basis" said of applications: the word for them within a few words before or after. */
function ongoingApplications(text: string): boolean {
  const match = P.ongoingWeak.exec(text)
  if (!match) return false
  const around = text.slice(Math.max(0, match.index - 50), match.index + match[0].length + 30)
  return P.application.test(around)
}

/** A date written out (a month's name, or digits like 4/1/2022 or 2025-01-31), not "tomorrow" or "within 30 days". */
const ABSOLUTE_DATE =
  /\d{1,4}[/.-]\d{1,2}|(?<![\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|avr|mai|juin|juil|août|déc)\p{L}{0,6}\.?(?![\p{L}])/iu

/** What joins the two ends of a period ("May 21 to May 25", "3/21/2022 EDT to 11:59pm on April 4"). */
const RANGE_JOIN = /^[\s,]{0,3}(?:[a-z]{2,4}\s{1,3})?(?:to|through|thru|until|till|and|-|au|à|jusqu'au)\s/iu

/** chrono's parsers of a span of time before or after now ("… ago", "… later"). */
const DURATION_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'])

/**
 * chrono's casual English, with its "… ago" and "… later" parsers in their
 * strict form (figures only: "3 days ago", not "a few days ago"). The casual
 * ones are built on patterns of number words and vague amounts that took a
 * tenth of a second to compile on a posting's first date, and no closing
 * date is written that way.
 */
export const ENGLISH_DATES = (() => {
  const chrono = chronoEn.casual.clone()
  chrono.parsers = chrono.parsers.map((parser) => (DURATION_PARSERS.has(parser.constructor.name) ? (chronoEn.strict.parsers.find((strict) => strict.constructor === parser.constructor) ?? parser) : parser))
  return chrono
})()

/**
 * What chrono's two duration parsers ("3 days ago", "two weeks after")
 * need in a text to match anything: a unit of time, then (after at most
 * five spaces) the word that makes it a date. Their patterns are among the
 * largest of chrono's and took about 14 ms to compile on a posting's first
 * date; a text without this hands them nothing, so it is read without them
 * (with the same results: test/facts/dates.test.ts).
 */
export const DURATION_DATE = /(?:second|minute|hour|day|week|month|quarter|year)s?\s{0,5}(?:ago|before|earlier|later|after|from now)/i

/** ENGLISH_DATES without its two duration parsers, for texts DURATION_DATE does not match. */
export const ENGLISH_DATES_WITHOUT_DURATIONS = (() => {
  const chrono = ENGLISH_DATES.clone()
  chrono.parsers = chrono.parsers.filter((parser) => !DURATION_PARSERS.has(parser.constructor.name))
  return chrono
})()

/**
 * The closing date a sentence gives: the first date written out after the
 * cue, or the end of the period it opens. `found` without a `date` when the
 * date has no year and the posting gives no date to read it from. (Exported
 * for the tests of writtenOutDate.)
 */
export function closingDate(text: string, cueAt: number, language: Language, reference: Reference): { found: boolean; date: string | null } {
  // Only dates written out count, so a sentence without one is not handed to the date parsers.
  if (!testText(ABSOLUTE_DATE, text)) return { found: false, date: null }
  const english = DURATION_DATE.test(text) ? ENGLISH_DATES : ENGLISH_DATES_WITHOUT_DURATIONS
  const parsers = language === 'fr' ? [chronoFr, english] : [english, chronoFr]
  for (const parser of parsers) {
    const results = parser
      .parse(text, reference.date, { forwardDate: true })
      .filter((result) => result.start.isCertain('day') && result.start.isCertain('month') && testText(ABSOLUTE_DATE, result.text))
    if (results.length === 0) continue
    let index = results.findIndex((result) => result.index + result.text.length > cueAt)
    if (index === -1) index = results.length - 1
    let chosen = results[index]!
    for (let next = results[index + 1]; next; next = results[++index + 1]) {
      if (!RANGE_JOIN.test(text.slice(chosen.index + chosen.text.length, next.index))) break
      chosen = next
    }
    const point = chosen.end ?? chosen.start
    if (!point.isCertain('year') && !reference.fromPosting) return { found: true, date: null }
    return { found: true, date: isoDate(point.get('year'), point.get('month'), point.get('day')) }
  }
  return { found: false, date: null }
}

function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The date that dates without a year are read from: the posting's own date, else today. */
export interface Reference {
  date: Date
  fromPosting: boolean
}

function referenceDate(sourceCode: SourceCode): Reference {
  const data = sourceCode.frontMatter?.data
  for (const key of ['datePosted', 'date_posted', 'date', 'opens', 'published', 'posted']) {
    const value = data?.[key]
    if (value instanceof Date && !Number.isNaN(value.getTime())) return { date: value, fromPosting: true }
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
      const date = new Date(`${value.slice(0, 10)}T12:00:00`)
      if (!Number.isNaN(date.getTime())) return { date, fromPosting: true }
    }
  }
  return { date: new Date(), fromPosting: false }
}

// ---------------------------------------------------------------------------
// Finding statements

interface Hit extends Found {
  type: StatementType
  first: Block
  start: number
  last: Block
  end: number
  /** Index of the first and last sentence in their blocks, for merging neighbours. */
  firstSentence: number
  lastSentence: number
  /** Starts at a heading or label: the whole block is included. */
  fromHeading?: boolean
}

/**
 * What the classifiers found in a sentence, by the sentence's text, then by
 * the flags they read besides (contextFlags) and its heading: boilerplate
 * sentences come back posting after posting. Per type, in SENTENCE_TYPES'
 * order; undefined when not asked yet. The deadline is not kept: it reads
 * the posting's date and language.
 *
 * Keyed by the sentence's own text rather than a key joining it to the
 * heading: a joined key is a new string to copy and hash for every
 * sentence, where the sentence's text is hashed once for every memory that
 * reads it.
 */
const classified = new TextMemo<Array<Map<string, Answers>>>(4096)
type Answers = Array<Found | null | undefined>

/** What a sentence's classification reads besides its text and heading, as bits: an index into its answers by heading. */
function contextFlags(dutyList: boolean, hasLink: boolean, afterAccommodation: boolean): number {
  return (dutyList ? 4 : 0) | (hasLink ? 2 : 0) | (afterAccommodation ? 1 : 0)
}

/** The answers kept for a sentence's text under these flags and heading (an empty list the first time). */
function answersFor(text: string, flags: number, heading: string): Answers {
  const byFlags = classified.remember(text, () => [])
  const byHeading = (byFlags[flags] ??= new Map())
  let answers = byHeading.get(heading)
  if (answers === undefined) byHeading.set(heading, (answers = []))
  return answers
}
const REMEMBERED: readonly boolean[] = cues.SENTENCE_TYPES.map((type) => type !== 'applicationDeadline')

/** A kept answer with lists of its own, so that no statement shares them with another posting's. */
function fresh(found: Found): Found {
  const copy: Found = { ...found }
  if (found.categories) copy.categories = [...found.categories]
  if (found.eligibility) copy.eligibility = [...found.eligibility]
  if (found.deadline) copy.deadline = { ...found.deadline }
  return copy
}

/** Every statement of the posting, in document order. */
export function findStatements(sourceCode: SourceCode): Statement[] {
  const doc = readDocument(sourceCode)
  const reference = referenceDate(sourceCode)
  const hits: Hit[] = []
  for (const block of doc.blocks) {
    const heading = headingText(block.heading)
    const dutyList = (block.list !== -1 || block.kind === 'listItem') && P.dutyHeading.test(heading)
    let previous = new Set<StatementType>()
    for (const sentence of block.sentences) {
      const [from, to] = block.prose.rangeOf(sentence.start, sentence.end)
      const hasLink = sourceCode.isInLink([from, to])
      let context: Context | undefined
      const contextOf = (): Context =>
        (context ??= {
          hasLink,
          sentence,
          text: sentence.text,
          heading,
          duty: startsWithDuty(sentence.text),
          dutyList,
          previous,
          get language() {
            return languageOf(sourceCode, block.prose.text.slice(sentence.start, sentence.end))
          },
          reference,
        })
      const answers = answersFor(sentence.text, contextFlags(dutyList, hasLink, previous.has('accommodation')), heading)
      const types = new Set<StatementType>()
      for (const [index, type] of cues.SENTENCE_TYPES.entries()) {
        if (block.isHeading && !cues.HEADING_TYPES.includes(type)) continue
        // A link's text alone ("Assessment accommodation") names a page; only a benefits page counts.
        if (block.linkOnly && type !== 'benefits') continue
        let found: Found | null | undefined
        if (REMEMBERED[index]) {
          found = answers[index]
          if (found === undefined) answers[index] = found = CLASSIFIERS[type](contextOf())
          if (found) found = fresh(found)
        } else {
          found = CLASSIFIERS[type](contextOf())
        }
        if (!found) continue
        types.add(type)
        hits.push({ type, first: block, start: sentence.start, last: block, end: sentence.end, firstSentence: sentence.index, lastSentence: sentence.index, ...found })
      }
      previous = types
    }
  }
  const grouped = [...benefitGroups(doc, hits), ...hits]
  const statements = mergeHits(grouped).map((hit) => toStatement(sourceCode, hit))
  statements.push(...frontMatterDeadlines(sourceCode, reference), ...frontMatterVacancies(sourceCode))
  return dedupe(statements)
}

/** "Benefits" headings, labels and lead-ins with the list (or paragraph) under them, and lists of benefits. */
function benefitGroups(doc: Doc, hits: readonly Hit[]): Hit[] {
  const groups: Hit[] = []
  const benefitBlocks = new Set(hits.filter((hit) => hit.type === 'benefits').map((hit) => hit.first.index))
  const { blocks } = doc
  const underHeading = new Map<Block, Block[]>()
  for (const block of blocks) {
    if (!block.heading) continue
    const content = underHeading.get(block.heading)
    if (content) content.push(block)
    else underHeading.set(block.heading, [block])
  }
  // Headings and labels that title a section of benefits.
  for (const block of blocks) {
    if (!block.isHeading && !block.isLabel) continue
    const title = headingText(block)
    if (!wordsAtMost(title, 8) || P.benefitsHeadingVeto.test(title)) continue
    const strong = P.benefitsStrong.test(title)
    if (!strong && !P.benefitsWeak.test(title)) continue
    const content = underHeading.get(block) ?? []
    if (content.length === 0) continue
    const firstList = content.find((other) => other.list !== -1)
    if (!(strong && firstList) && !content.some((other) => benefitBlocks.has(other.index))) continue
    const last = firstList ? lastOfList(blocks, firstList) : content[0]!
    if (last.index < block.index) continue
    groups.push(groupHit(block, last))
  }
  // Lead-ins that announce a list of benefits ("You will have access to many benefits including:"), with the list.
  const led = new Set<number>()
  for (const lead of blocks) {
    const next = blocks[lead.index + 1]
    if (lead.isHeading || !next || next.list === -1 || (lead.list !== -1 && lead.list !== next.list)) continue
    const sentence = lead.sentences[lead.sentences.length - 1]!
    if (startsWithDuty(sentence.text) || P.dutyHeading.test(headingText(next.heading))) continue
    const run = listRun(blocks, next)
    const count = run.filter((item) => benefitBlocks.has(item.index)).length
    const announces = P.announcesList.test(sentence.text)
    const strong = P.benefitsStrong.test(sentence.text) && (announces || count >= 1)
    if (!strong && !(P.benefitsWeak.test(sentence.text) && announces && count >= 1)) continue
    const start = lead.sentences.find((candidate) => P.benefitsStrong.test(candidate.text) || P.benefitsWeak.test(candidate.text)) ?? sentence
    const labelled = lead.sentences[0] !== start && P.benefitsStrong.test(lead.sentences[0]!.text) ? lead.sentences[0]! : start
    groups.push({ ...groupHit(lead, run[run.length - 1]!), start: labelled.start, firstSentence: labelled.index, fromHeading: false })
    for (const item of run) led.add(item.list)
  }
  // Lists with two benefits or more and no lead-in: from the first benefit to the last.
  const benefitsByList = new Map<number, Block[]>()
  for (const block of blocks) {
    if (block.list === -1 || led.has(block.list)) continue
    const items = benefitsByList.get(block.list) ?? []
    if (benefitBlocks.has(block.index)) items.push(block)
    benefitsByList.set(block.list, items)
  }
  for (const items of benefitsByList.values()) {
    if (items.length < 2 || P.dutyHeading.test(headingText(items[0]!.heading))) continue
    groups.push(groupHit(items[0]!, items[items.length - 1]!))
  }
  return groups
}

/** The list items from `first` on, while they stay in its list. */
function listRun(blocks: readonly Block[], first: Block): Block[] {
  const run = [first]
  for (let index = first.index + 1; index < blocks.length && blocks[index]!.list === first.list; index++) run.push(blocks[index]!)
  return run
}

function lastOfList(blocks: readonly Block[], first: Block): Block {
  const run = listRun(blocks, first)
  return run[run.length - 1]!
}

function groupHit(first: Block, last: Block): Hit {
  const lastSentence = last.sentences[last.sentences.length - 1]!
  return {
    type: 'benefits',
    first,
    start: first.sentences[0]!.start,
    last,
    end: lastSentence.end,
    firstSentence: 0,
    lastSentence: lastSentence.index,
    fromHeading: true,
  }
}

/** Join neighbouring sentences of one type in one block into one statement. */
function mergeHits(hits: readonly Hit[]): Hit[] {
  const byType = new Map<StatementType, Hit[]>()
  for (const hit of hits) {
    const list = byType.get(hit.type)
    if (list) list.push(hit)
    else byType.set(hit.type, [hit])
  }
  const merged: Hit[] = []
  for (const list of byType.values()) {
    const sorted = [...list].sort((a, b) => a.first.index - b.first.index || a.start - b.start)
    for (const hit of sorted) {
      const previous = merged.length > 0 ? merged[merged.length - 1] : undefined
      if (previous && previous.type === hit.type && previous.last === hit.first && previous.first === hit.last && previous.lastSentence + 1 === hit.firstSentence && !previous.fromHeading) {
        previous.end = hit.end
        previous.lastSentence = hit.lastSentence
        mergeDetails(previous, hit)
        continue
      }
      merged.push({ ...hit })
    }
  }
  return merged
}

function mergeDetails(into: Hit, from: Hit): void {
  if (from.categories) into.categories = [...new Set([...(into.categories ?? []), ...from.categories])]
  if (from.eligibility) into.eligibility = [...new Set([...(into.eligibility ?? []), ...from.eligibility])]
  if (from.deadline) {
    into.deadline = {
      date: into.deadline?.date ?? from.deadline.date,
      ongoing: (into.deadline?.ongoing ?? false) || from.deadline.ongoing,
    }
  }
  if (from.existingVacancy !== undefined && into.existingVacancy === undefined) into.existingVacancy = from.existingVacancy
}

/** Inline markup that may wrap a statement: emphasis, and links. */
const INLINE_OPEN = /<(?:strong|b|em|i|u|span|a)(?:\s[^<>]{0,300})?>$/iu
const INLINE_CLOSE = /^<\/(?:strong|b|em|i|u|span|a)\s{0,3}>/iu
const LINK_TARGET = /^\]\([^()\n]{0,500}\)/u

/**
 * Widen a file range over the markup around its start and end: emphasis or
 * a tag wrapped around it (`**…**`, `<strong>…</strong>`), a label's
 * emphasis that closes inside it (`**Who may apply:** All …`), a link whose
 * text it is (`[…](url)`).
 */
function widen(text: string, start: number, end: number): Range {
  let from = start
  let to = end
  for (let guard = 0; guard < 8; guard++) {
    const open = text[from - 1]
    if (open === '*' || open === '_') {
      let run = 1
      while (run < 3 && text[from - 1 - run] === open) run++
      const marker = open.repeat(run)
      if (text.startsWith(marker, to)) {
        from -= run
        to += run
      } else if (text.slice(from, to).includes(marker)) {
        from -= run
      } else {
        break
      }
      continue
    }
    if (open === '[') {
      const target = LINK_TARGET.exec(text.slice(to, to + 800))
      if (!target) break
      from--
      to += target[0].length
      continue
    }
    if (open === '>') {
      const tag = INLINE_OPEN.exec(text.slice(Math.max(0, from - 320), from))
      if (!tag) break
      const name = /^<([a-z]+)/iu.exec(tag[0])?.[1]?.toLowerCase() ?? ''
      const close = INLINE_CLOSE.exec(text.slice(to, to + 40))
      if (close && close[0].toLowerCase().startsWith(`</${name}`)) {
        from -= tag[0].length
        to += close[0].length
      } else if (text.slice(from, to).toLowerCase().includes(`</${name}`)) {
        from -= tag[0].length
      } else {
        break
      }
      continue
    }
    break
  }
  return [from, to]
}

function toStatement(sourceCode: SourceCode, hit: Hit): Statement {
  const start = hit.first.prose.rangeOf(hit.start, hit.start + 1)[0]
  const end = hit.last.prose.rangeOf(hit.end - 1, hit.end)[1]
  const [from, to] = widen(sourceCode.text, start, end)
  const statement: Statement = { type: hit.type, text: sourceCode.text.slice(from, to), start: from, end: to }
  if (hit.categories) statement.categories = hit.categories
  if (hit.eligibility) statement.eligibility = hit.eligibility
  if (hit.deadline) statement.deadline = hit.deadline
  if (hit.existingVacancy !== undefined) statement.existingVacancy = hit.existingVacancy
  return statement
}

/** Deadlines in front matter: the key's line is the statement. */
function frontMatterDeadlines(sourceCode: SourceCode, reference: Reference): Statement[] {
  const statements: Statement[] = []
  for (const key of cues.DEADLINE_KEYS) {
    const date = frontMatterDate(frontMatterValue(sourceCode, key), reference)
    const line = date ? frontMatterLine(sourceCode, key) : undefined
    if (date && line) statements.push({ type: 'applicationDeadline', ...line, deadline: { date, ongoing: false } })
  }
  return statements
}

/** The number of vacancies in front matter (`num_vacancies: '1'`): an existing vacancy. */
function frontMatterVacancies(sourceCode: SourceCode): Statement[] {
  const statements: Statement[] = []
  for (const key of cues.VACANCY_KEYS) {
    const value = frontMatterValue(sourceCode, key)
    const count = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : 0
    if (count < 1) continue
    const line = frontMatterLine(sourceCode, key)
    if (line) statements.push({ type: 'vacancyStatus', ...line, existingVacancy: true })
  }
  return statements
}

/**
 * A top-level front-matter value; when the YAML does not parse, the value
 * written on the key's line (quotes and a trailing comment removed).
 */
function frontMatterValue(sourceCode: SourceCode, key: string): unknown {
  const frontMatter = sourceCode.frontMatter
  if (!frontMatter) return undefined
  if (frontMatter.data) return frontMatter.data[key]
  const line = frontMatterLine(sourceCode, key)
  if (!line) return undefined
  const value = line.text.slice(line.text.indexOf(':') + 1).replace(/\s#[\s\S]*$/u, '').trim()
  return /^(["']).{0,500}\1$/u.test(value) ? value.slice(1, -1) : value
}

/** The text and file offsets of a top-level key's line in the front matter. */
function frontMatterLine(sourceCode: SourceCode, key: string): Pick<Statement, 'text' | 'start' | 'end'> | undefined {
  const frontMatter = sourceCode.frontMatter
  if (!frontMatter) return undefined
  const block = sourceCode.text.slice(frontMatter.range[0], frontMatter.range[1])
  const line = new RegExp(`^["']?${key}["']?[ \\t]{0,8}:[^\\r\\n]{0,500}`, 'm').exec(block)
  if (!line) return undefined
  const start = frontMatter.range[0] + line.index
  const text = line[0].trimEnd()
  return { text, start, end: start + text.length }
}

function frontMatterDate(value: unknown, reference: Reference): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value !== 'string' || value.trim() === '') return null
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  return writtenOutDate(value.trim()) ?? closingDate(value, 0, 'en', reference).date
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "March 1, 2019", then perhaps a time and a time zone (", 8:00pm EDT", " at 11:59 pm EST"). */
const WRITTEN_OUT_DATE = new RegExp(`^(${MONTHS.join('|')}) ([1-9]|[12]\\d|3[01]), (\\d{4})(?:(?:,| at) (?:[1-9]|1[0-2])(?::[0-5]\\d)? ?(?:am|pm|AM|PM)?(?: [A-Z]{3})?)?$`)

/**
 * A front-matter date written out as job boards write it ("March 1, 2019,
 * 8:00pm EDT", "May 9, 2022 at 11:59 pm EDT"), as chrono reads it, without
 * chrono: its patterns took about 12 ms to compile on a posting's first
 * date, which for such a posting is often this one. Undefined for any other
 * shape, and for a day its month does not have (left to chrono).
 * test/facts/dates.test.ts compares the two.
 */
export function writtenOutDate(value: string): string | undefined {
  const match = WRITTEN_OUT_DATE.exec(value)
  if (!match) return undefined
  const month = MONTHS.indexOf(match[1]!) + 1
  const day = Number(match[2])
  const year = Number(match[3])
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return isoDate(year, month, day) ?? undefined
}

/** Drop a statement inside another of the same type; sort in document order. */
function dedupe(statements: Statement[]): Statement[] {
  const order = (type: StatementType): number => STATEMENT_TYPES.indexOf(type)
  const sorted = [...statements].sort((a, b) => a.start - b.start || b.end - a.end || order(a.type) - order(b.type))
  // In that order, whatever contains a statement comes before it: one is inside another of its type when an earlier one of that type reaches as far.
  const reach = new Map<StatementType, number>()
  return sorted.filter((statement) => {
    const furthest = reach.get(statement.type)
    reach.set(statement.type, Math.max(furthest ?? statement.end, statement.end))
    return furthest === undefined || furthest < statement.end
  })
}

// ---------------------------------------------------------------------------
// Accommodation contacts

/** The email addresses, phone numbers and links an accommodation statement offers, with file offsets. */
export function accommodationContacts(sourceCode: SourceCode, statement: Statement): Contact[] {
  const touched = sourceCode.paragraphsIn([statement.start, statement.end])
  if (touched.length === 0) return []
  let contacts = touched.flatMap(({ node }) => contactsOf(sourceCode, node))
  const lastIndex = touched[touched.length - 1]!.index
  const paragraphs = sourceCode.paragraphs
  const text = normalize(statement.text)
  if (contacts.length === 0 && (P.pointsAhead.test(text) || /:\s*$/u.test(text))) contacts = contactsAhead(sourceCode, paragraphs, lastIndex)
  return contacts.sort((a, b) => a.start - b.start)
}

/**
 * Contacts the statement points to ("use the contact information below",
 * "l'adresse indiquée ci-dessous"): the first email address or phone number
 * in the next few paragraphs, or anything in a "Contact" section that
 * follows; not past another heading. Links to general pages on the way (the
 * Public Service Commission's accommodation page) are not contacts.
 */
function contactsAhead(sourceCode: SourceCode, paragraphs: readonly Paragraph[], after: number): Contact[] {
  let inContactSection = false
  let read = 0
  for (let index = after + 1; index < paragraphs.length && read < 4; index++) {
    const paragraph = paragraphs[index]!
    const data = paragraph.data as ParagraphData | undefined
    if (data?.block === 'heading') {
      if (!P.contactHeading.test(normalize(sourceCode.getProse(paragraph).text))) break
      inContactSection = true
      continue
    }
    read++
    const found = contactsOf(sourceCode, paragraph).filter((contact) => inContactSection || contact.kind !== 'url')
    if (found.length > 0) return found
  }
  return []
}

/** Contacts in a paragraph's prose and in the targets of its links. */
function contactsOf(sourceCode: SourceCode, paragraph: Paragraph): Contact[] {
  const prose = sourceCode.getProse(paragraph)
  const [start, end] = sourceCode.getRange(paragraph)
  const contacts: Contact[] = findContacts(prose.text).map((contact) => {
    const [from, to] = prose.rangeOf(contact.start, contact.end)
    return { ...contact, start: from, end: to }
  })
  for (const link of sourceCode.linksIn([start, end])) {
    const contact = contactFromLinkTarget(link.url, link.range[0], link.range[1])
    if (!contact) continue
    const same = contacts.some((other) => other.kind === contact.kind && other.start >= link.range[0] && other.end <= link.range[1] && sameValue(contact.kind, other.value, contact.value))
    if (!same) contacts.push(contact)
  }
  return contacts
}

/** Whether a link offers the same contact its text shows (same address, same digits, same URL). */
function sameValue(kind: Contact['kind'], a: string, b: string): boolean {
  if (kind === 'phone') return a.replace(/\D/gu, '') === b.replace(/\D/gu, '')
  if (kind === 'url') return a.replace(/\/$/u, '').toLowerCase() === b.replace(/\/$/u, '').toLowerCase()
  return a.toLowerCase() === b.toLowerCase()
}
