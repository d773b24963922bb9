/**
 * The pay parser: every pay expression in a piece of posting text (ranges,
 * single figures, open-ended figures, and pay talked about without a
 * figure), and the money that is not pay (funding, revenue, stipends,
 * benefits, signing bonuses, prices, budgets managed). Also reads pay given
 * in front matter.
 *
 * How it decides:
 * 1. One pattern finds every number in the text. For each, the characters
 *    around it are read: a currency marker before (`$`, `US$`, `€`, `CAD`)
 *    or after (`73 000 $`, `120k USD`), a multiplier (`K`, `M`, `million`)
 *    and a `+`. A number with a currency marker is money; one without is a
 *    bare number.
 * 2. Two neighbouring numbers joined by a range connector (`-`, `–`, `to`,
 *    `bis`, `à`, `and` after `between`, `to GS-15 Step 10`) make one range;
 *    a bare partner takes the other's currency and multiplier.
 * 3. The words right around a figure give its period (`/hr`, `per year`,
 *    `brutto/Jahr`, `annual salary`), its openness (`up to`, `starting at`,
 *    `+`, `and up`), a label (`Zone A:`, `GS-15`, `New York City:`) and
 *    whether the text announces a range.
 * 4. What the figure is comes from cue words in the same sentence: the noun
 *    right after it (`$5,000 signing bonus`, `$2B in revenue`, `$1.2M
 *    budget`) wins, else the nearest cue before it (`raised $50M`, `Salary:
 *    $X`). With no cue, a figure with a period, a range, or a lone figure
 *    from 1,000 up to (not including) 1,000,000 is pay; anything else
 *    (`$1.2M`, `$50`) is other money. A bare
 *    number is pay only with a pay word before it in the sentence and a
 *    period or a pay-sized figure, and is never a year, a grade (`GS-14`),
 *    a step, a percentage or a count (`40 hours`).
 * 5. One combined pattern finds the vague phrases (`competitive salary`,
 *    `DOE`, `selon l'expérience`); those that need it must have a pay word
 *    nearby, and a sentence that gives figures does not also count as vague.
 *
 * Word lists live in `pay-data.ts`. Offsets are into the string given.
 */
import type { OtherMoney, PayExpression, PayKind, PayPeriod } from './types.js'
import {
  BETWEEN_WORDS,
  BOUND_WORDS,
  CUE_PAIRS,
  CUE_WORDS,
  FILLER_WORDS,
  FLOOR_WHEN_ALONE,
  ID_WORDS_BEFORE,
  LABEL_JOINERS,
  LABEL_STOP_WORDS,
  MULTIPLIERS,
  PERIOD_AFTER,
  PERIOD_LEAD_WORDS,
  PERIOD_WORDS_BEFORE,
  PHRASES_AFTER_OPEN,
  PHRASES_BEFORE,
  PREFIX_CURRENCIES,
  RANGE_WORDS,
  SPACED_MULTIPLIERS,
  STOP_WORDS_AFTER,
  SUFFIX_CURRENCIES,
  UNIT_WORDS,
  VAGUE_PHRASES,
  type CurrencyCode,
  type Cue,
  type OpenRole,
  type VaguePhrase,
} from './pay-data.js'
import { escapeRegExp, matchesOf } from '../linter/matches.js'
import { execText, forText, testText } from '../linter/narrow.js'

export interface FindPayOptions {
  /** What a bare `$` means (the posting layer passes `CAD` for Canadian postings). Default `USD`. */
  defaultCurrency?: string
}

export interface PayFindings {
  pay: PayExpression[]
  other: OtherMoney[]
}

/** Pay read from front matter: no offsets, and the keys it was read from. */
export type FrontMatterPay = Omit<PayExpression, 'start' | 'end'> & { keys: string[] }

// ---------------------------------------------------------------------------
// Patterns, compiled once from the word lists.

/** Characters that may separate words inside a phrase. */
const SPACE = '[ \\u00a0\\u202f]'

function charPattern(char: string): string {
  if (char === ' ') return `${SPACE}{1,3}`
  if (char === "'") return "['’]"
  return escapeRegExp(char)
}

interface TrieNode {
  children: Map<string, TrieNode>
  end: boolean
}

/**
 * Phrases as one pattern shaped like a trie: shared beginnings are written
 * once (`com(?:petitive…|mensurate…)`), so at each position the engine
 * follows one branch instead of trying every phrase. Lower-cased (use the
 * `i` flag); a space stands for one to three spaces, `'` for either
 * apostrophe. Longer phrases win, and a shorter one is still found when the
 * longer fails.
 */
function trie(phrases: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false }
  for (const phrase of phrases) {
    let node = root
    for (const char of phrase.toLowerCase()) {
      let child = node.children.get(char)
      if (!child) {
        child = { children: new Map(), end: false }
        node.children.set(char, child)
      }
      node = child
    }
    node.end = true
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([char, child]) => charPattern(char) + emit(child))
    if (branches.length === 0) return ''
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`
    return node.end ? `(?:${body})?` : body
  }
  return emit(root)
}

/**
 * A number as people write it: grouped by commas, dots, apostrophes or
 * spaces (`120,000`, `45.000`, `120'000`, `73 000`), Indian lakh grouping
 * (`12,00,000`), or plain digits; then an optional one- or two-digit
 * decimal part (`25.00`, `25,50`). Every repetition is bounded.
 */
export const NUMBER = /(?<![\p{N}])(?<![\p{N}][.,'’])(?:\d{1,3}(?:,\d{2}){1,3},\d{3}|\d{1,3}(?:,\d{3}){1,4}|\d{1,3}(?:\.\d{3}){1,4}|\d{1,3}(?:['’]\d{3}){1,4}|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}|\d{1,12})(?![\p{N}])(?:[.,]\d{1,2}(?![\p{N}]))?/gu
/** NUMBER anchored where it is tried. */
const NUMBER_AT = new RegExp(NUMBER.source, 'uy')
const DIGIT = /[0-9]/g

/**
 * The numbers of `text`, as `text.matchAll(NUMBER)` gives them. Every number
 * starts with a digit: NUMBER is tried at each digit rather than at every
 * character, where its look-behinds made each try cost.
 */
export function numbersIn(text: string, first = false): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  let from = 0
  const numberAt = forText(NUMBER_AT, text)
  while (from < text.length) {
    DIGIT.lastIndex = from
    const digit = DIGIT.exec(text)
    if (!digit) break
    numberAt.lastIndex = digit.index
    const match = numberAt.exec(text)
    if (!match) {
      from = digit.index + 1
      continue
    }
    found.push(match)
    if (first) break
    from = match.index + match[0].length
  }
  return found
}

const MULTIPLIER = new RegExp(
  `(?:(${trie(Object.keys(MULTIPLIERS))})|${SPACE}(${trie(SPACED_MULTIPLIERS)}))(?![\\p{L}\\p{N}])`,
  'iuy',
)

const SUFFIX_CURRENCY = new RegExp(
  // Not when a figure follows: then the marker is that figure's prefix (`10 $20`), or a template fills it in (`10 ${{ page.salary }}`).
  `${SPACE}?(${trie(SUFFIX_CURRENCIES.map(([marker]) => marker))})(?![\\p{L}])(?!${SPACE}?[\\d\\uFFFC])`,
  'iuy',
)
const suffixCodes = new Map(SUFFIX_CURRENCIES.map(([marker, code]) => [marker.toLowerCase(), code]))

const PERIOD = new RegExp(
  `[\\s,]{0,3}\\(?(?:(?:${trie(PERIOD_LEAD_WORDS)})${SPACE}{0,2})?(${trie(Object.keys(PERIOD_AFTER))})\\)?(?![\\p{L}])`,
  'iuy',
)
const periodByPhrase = new Map(Object.entries(PERIOD_AFTER).map(([phrase, period]) => [normalizePhrase(phrase), period]))

const OPEN_AFTER = new RegExp(`${SPACE}{1,2}(?:${trie(PHRASES_AFTER_OPEN)})(?![\\p{L}])`, 'iuy')

/** A GS grade or a Canadian classification written inside a range (`to GS-15, Step 10 -`). */
const GRADE = '(?:GS-?(?:GS )?(?:\\d{1,2}|Senior Executive Service)|GS \\d{1,2}|[A-Z]{2}-\\d{1,2})'

/** What may stand between the two figures of a range; matched against the whole gap. */
const CONNECTOR = new RegExp(
  `^[\\s*_]{0,4}(-{1,2}|[–—‒−~]|up to|to|and|through|thru|until|bis|à|au|et|und|a|"[ \\t]{1,3}max=")(?:[\\s*_]{1,4}(?:${GRADE},?[ ]{0,2})?(?:[Ss]tep[ ]\\d{1,2})?)?[\\s,:*_–-]{0,4}$`,
  'iu',
)
/** Connectors that need `between` (or `entre`, `zwischen`) before the first figure. */
const AND_CONNECTORS = new Set(['and', 'et', 'und'])

/** A grade, classification or level label right before a figure (`GS-15 Step 1`, `CS-02`, `L4`). */
const GRADE_LABEL = /(?:^|[^\p{L}\p{N}])(GS-?(?:GS )?(?:\d{1,2}|Senior Executive Service)|GS \d{1,2}|[A-Z]{1,3}-?\d{1,2}[A-Z]?)(?:,?[ ]{1,2}[Ss]tep[ ]\d{1,2})?$/u
/** A zone, level or tier label (`Zone A`, `Level II`, `Tier 2`). */
const LEVEL_LABEL = /(?:^|[^\p{L}])((?:zone|level|tier|band|grade|region|area|niveau|échelon|stufe|palier)[ ][\p{L}\p{N}]{1,5})$/iu

/** A word: letters and digits, joined by apostrophes, hyphens, `&` and `(k)`-style parentheses. */
const WORD = /[\p{L}\p{N}]+(?:['’\-(&][\p{L}\p{N}]+\)?)*/gu

/** Every vague phrase; the character before a match is checked in code (a look-behind at every position would slow the scan). */
const VAGUE = new RegExp(`(?:${trie(VAGUE_PHRASES.map((entry) => entry.phrase))})(?![\\p{L}\\p{N}])`, 'giu')
const vagueByPhrase = new Map<string, VaguePhrase>(VAGUE_PHRASES.map((entry) => [normalizePhrase(entry.phrase), entry]))

/** Any pay word (`salary`, `pay`, `rate`, `salaire`…); looked for only around bare numbers that could be pay. */
const PAY_WORD = new RegExp(`(?<![\\p{L}])(?:${trie(Object.entries(CUE_WORDS).filter(([, cue]) => cue === 'pay').map(([word]) => word))})(?![\\p{L}])`, 'iu')

const cueWords = new Map<string, Cue>(Object.entries(CUE_WORDS))
const cuePairs = new Map<string, Cue>(Object.entries(CUE_PAIRS))
const periodWordsBefore = new Map<string, PayPeriod>(Object.entries(PERIOD_WORDS_BEFORE))
const boundWords = new Map<string, 'max' | 'min'>(Object.entries(BOUND_WORDS))

/** Phrases before a figure, indexed by their last word, longest first. */
const phrasesBefore = new Map<string, Array<{ words: string[]; role: OpenRole }>>()
for (const [phrase, role] of PHRASES_BEFORE) {
  const words = phrase.split(' ')
  const last = words[words.length - 1]!
  const list = phrasesBefore.get(last) ?? []
  list.push({ words, role })
  list.sort((a, b) => b.words.length - a.words.length)
  phrasesBefore.set(last, list)
}

function normalizePhrase(value: string): string {
  return value.toLowerCase().replace(/’/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ')
}

// ---------------------------------------------------------------------------
// Small readers.

interface Word {
  /** Lower case, curly apostrophes straightened. */
  text: string
  start: number
  end: number
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  if (to <= from) return words
  const slice = text.slice(from, to)
  for (const match of matchesOf(slice, WORD)) {
    words.push({ text: match[0].toLowerCase().replace(/’/g, "'"), start: from + match.index, end: from + match.index + match[0].length })
  }
  return words
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char)
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0' || char === '\u202f'
}

/** Whether only spaces and emphasis marks stand in `text[from, to)`. */
function onlySpacing(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i]
    if (!isBlank(char) && char !== '*' && char !== '_' && char !== '\n') return false
  }
  return true
}

/** How far a sentence may reach on either side of a figure. */
const SENTENCE_REACH = 400

/** Whether a line starting at `index` opens a new block: a list item, heading, table row, quote or HTML tag. */
function opensBlock(text: string, index: number): boolean {
  let i = index
  while (isBlank(text[i])) i++
  const char = text[i]
  if (char === undefined || char === '\n' || char === '\r') return true
  if (char === '#' || char === '|' || char === '>' || char === '<' || char === '•') return true
  if ((char === '-' || char === '*' || char === '+') && isBlank(text[i + 1])) return true
  let digits = 0
  while (digits < 4 && /\d/.test(text[i + digits] ?? '')) digits++
  return digits > 0 && (text[i + digits] === '.' || text[i + digits] === ')') && isBlank(text[i + digits + 1])
}

/** Whether the line ending at the newline `index` is blank. */
function blankLineBefore(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && (isBlank(text[i]) || text[i] === '\r')) i--
  return i < 0 || text[i] === '\n'
}

function endsSentence(text: string, index: number): boolean {
  const char = text[index]
  return (char === '.' || char === '!' || char === '?') && /\s/.test(text[index + 1] ?? ' ')
}

/** `[start, end)` of the sentence around `[from, to)`: stops at sentence punctuation, blank lines and new blocks. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = Math.max(0, from - SENTENCE_REACH)
  for (let i = from - 1; i >= start; i--) {
    if (text[i] === '\n' && (opensBlock(text, i + 1) || blankLineBefore(text, i))) {
      start = i + 1
      break
    }
    if (endsSentence(text, i)) {
      start = i + 1
      break
    }
  }
  let end = Math.min(text.length, to + SENTENCE_REACH)
  for (let i = to; i < end; i++) {
    if (text[i] === '\n' && opensBlock(text, i + 1)) {
      end = i
      break
    }
    if (endsSentence(text, i)) {
      end = i + 1
      break
    }
  }
  return [start, end]
}

// ---------------------------------------------------------------------------
// Money tokens.

interface Token {
  /** Start of the currency marker before the number, or of the number. */
  start: number
  /** End of the number with its multiplier, `+` and currency marker after. */
  end: number
  numberStart: number
  numberEnd: number
  /** As written, before any multiplier. */
  written: number
  multiplier: number | null
  value: number
  /** An explicit code, `null` for a bare `$`/`dollars`, `undefined` when there is no marker at all. */
  currency: CurrencyCode | undefined
  plus: boolean
  /** Written with thousands separators. */
  grouped: boolean
  /** A bare number that is an identifier, a year, a percentage or a count: never pay. */
  excluded: boolean
}

function parseNumber(written: string): { value: number; grouped: boolean } {
  let integer = written
  let fraction = ''
  const decimal = /[.,](\d{1,2})$/.exec(written)
  if (decimal) {
    integer = written.slice(0, decimal.index)
    fraction = decimal[1]!
  }
  const digits = integer.replace(/\D/g, '')
  return { value: Number(`${digits}${fraction ? `.${fraction}` : ''}`), grouped: digits.length !== integer.length }
}

function readPrefix(text: string, numberStart: number): { start: number; code: CurrencyCode } | undefined {
  let end = numberStart
  if (isBlank(text[end - 1])) end--
  for (const [marker, code] of PREFIX_CURRENCIES) {
    const start = end - marker.length
    if (start < 0 || !text.startsWith(marker, start)) continue
    if (isLetter(marker[0]) && isLetter(text[start - 1])) continue
    return { start, code }
  }
  return undefined
}

function stickyAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  const regex = forText(pattern, text)
  regex.lastIndex = index
  return regex.exec(text)
}

function readMultiplier(text: string, index: number): { value: number; end: number } | undefined {
  const match = stickyAt(MULTIPLIER, text, index)
  if (!match) return undefined
  const word = (match[1] ?? match[2] ?? '').toLowerCase()
  const value = MULTIPLIERS[word]
  return value === undefined ? undefined : { value, end: index + match[0].length }
}

function readToken(text: string, match: RegExpMatchArray): Token {
  const numberStart = match.index!
  const numberEnd = numberStart + match[0].length
  const { value: written, grouped } = parseNumber(match[0])
  const prefix = readPrefix(text, numberStart)
  let end = numberEnd
  let multiplier: number | null = null
  let plus = false
  const first = readMultiplier(text, end)
  if (first) {
    multiplier = first.value
    end = first.end
  }
  if (text[end] === '+') {
    plus = true
    end++
    const second = multiplier === null ? readMultiplier(text, end) : undefined
    if (second) {
      multiplier = second.value
      end = second.end
    }
  }
  let currency: CurrencyCode | undefined = prefix?.code
  const suffix = stickyAt(SUFFIX_CURRENCY, text, end)
  if (suffix) {
    const code = suffixCodes.get(suffix[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? null
    // An explicit code after the figure wins over a bare `$` before it (`$150K USD`).
    if (currency === undefined || (currency === null && code !== null)) currency = code
    if (currency !== undefined) end += suffix[0].length
  }
  if (text[end] === '+' && !plus) {
    plus = true
    end++
  }
  const value = round(multiplier === null ? written : written * multiplier)
  const token: Token = { start: prefix?.start ?? numberStart, end, numberStart, numberEnd, written, multiplier, value, currency, plus, grouped, excluded: false }
  return token
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** The word before a bare number (read in a 24-character window) and the word after it. */
const PREVIOUS_WORD = /(?<!\p{L})(\p{L}{1,24})\.?[\s#:]{0,24}$/u
const NEXT_WORD = /\s{0,3}(\p{L}{1,30})/uy

/** Whether a bare number is a year, grade, step, percentage, time, date part, count or `401(k)`. */
function isIdentifier(text: string, token: Token): boolean {
  const written = text.slice(token.numberStart, token.numberEnd)
  const before = text[token.numberStart - 1]
  const after = text[token.end]
  if (isLetter(before) || before === '#' || before === '_' || ((before === '/' || before === ':') && /\d/.test(text[token.numberStart - 2] ?? ''))) return true
  if (after === '%' || (after === ' ' && text[token.end + 1] === '%')) return true
  // Times and dates: `1:00`, `11/28/2023`.
  if ((after === ':' || after === '/' || after === '.') && /\d/.test(text[token.end + 1] ?? '')) return true
  if (token.multiplier === null && /^(?:19|20)\d\d$/.test(written)) return true
  if (/^(?:401|403|457)$/.test(written) && /^\(?[kb]/i.test(text.slice(token.numberEnd, token.numberEnd + 2))) return true
  // `GS-14`, `CS-02`: letters and a hyphen right before.
  if (before === '-' && isLetter(text[token.numberStart - 2])) return true
  const previous = execText(PREVIOUS_WORD, text.slice(Math.max(0, token.numberStart - 24), token.numberStart))
  if (previous && ID_WORDS_BEFORE.has(previous[1]!.toLowerCase())) return true
  const next = stickyAt(NEXT_WORD, text, token.end)
  return next !== null && UNIT_WORDS.has(next[1]!.toLowerCase())
}

/** How far before a bare number a pay word may stand for it to be read, and how close a money figure must be for it to be a range partner. */
const BARE_REACH = 160
const PARTNER_REACH = 80

function scanTokens(text: string, payContext: boolean): Token[] {
  const tokens: Token[] = []
  for (const match of numbersIn(text)) {
    const token = readToken(text, match)
    const previous = tokens[tokens.length - 1]
    // Never share characters with the number before (a marker read as its suffix and this one's prefix).
    if (previous && token.start < previous.end) token.start = Math.max(token.numberStart, previous.end)
    tokens.push(token)
  }
  markBareNumbers(text, tokens, payContext)
  return tokens
}

/**
 * Decides which bare numbers may be pay: a money figure beside them
 * (`$50-60/hr`), or a pay-sized figure (a multiplier, 1,000 or more, a
 * period after it, a bare partner right after it) with a pay word shortly
 * before (or the whole text is about pay: a front-matter `salary` value);
 * and never an identifier. Cheap tests first: most numbers in a page are
 * dates, counts and markup.
 */
function markBareNumbers(text: string, tokens: Token[], payContext: boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.currency !== undefined) continue
    const before = tokens[i - 1]
    const after = tokens[i + 1]
    const partner = (before !== undefined && before.currency !== undefined && token.start - before.end <= PARTNER_REACH) || (after !== undefined && after.currency !== undefined && after.start - token.end <= PARTNER_REACH)
    const sized = token.multiplier !== null || (token.value >= 1000 && !/^(?:19|20)\d\d$/.test(text.slice(token.numberStart, token.numberEnd))) || readPeriod(text, token.end) !== undefined || (after !== undefined && after.start - token.end <= 12)
    token.excluded = !(partner || (sized && (payContext || testText(PAY_WORD, text.slice(Math.max(0, token.numberStart - BARE_REACH), token.numberStart + 40))))) || isIdentifier(text, token)
  }
}

// ---------------------------------------------------------------------------
// Groups: one figure or a range, with what is written around it.

interface Group {
  tokens: [Token] | [Token, Token]
  kind: PayKind
  min: number | null
  max: number | null
  currency: CurrencyCode | undefined
  period: PayPeriod | null
  start: number
  end: number
}

function readPeriod(text: string, index: number): { period: PayPeriod; end: number } | undefined {
  const match = stickyAt(PERIOD, text, index)
  if (!match) return undefined
  const period = periodByPhrase.get(normalizePhrase(match[1]!))
  return period ? { period, end: index + match[0].length } : undefined
}

/** The phrase (`up to`, `between`, `à partir de`) ending right before `index`, if any. */
function phraseBefore(text: string, index: number): { role: OpenRole; first: string; start: number } | undefined {
  const words = wordsIn(text, Math.max(0, index - 40), index)
  const last = words[words.length - 1]
  if (!last || !onlySpacing(text, last.end, index)) return undefined
  for (const candidate of phrasesBefore.get(last.text) ?? []) {
    const count = candidate.words.length
    if (count > words.length) continue
    const slice = words.slice(words.length - count)
    if (!slice.every((word, i) => word.text === candidate.words[i])) continue
    if (!slice.every((word, i) => i === 0 || onlySpacing(text, slice[i - 1]!.end, word.start))) continue
    return { role: candidate.role, first: slice[0]!.text, start: slice[0]!.start }
  }
  return undefined
}

/** Joins `a` and `b` into a range when a connector stands between them and the figures agree. */
function tryRange(text: string, a: Token, b: Token): { min: number; max: number; period: PayPeriod | null; and: boolean } | undefined {
  if (b.start - a.end > 80 || a.plus) return undefined
  let from = a.end
  const period = readPeriod(text, from)
  if (period) from = period.end
  const gap = text.slice(from, b.start)
  const connector = execText(CONNECTOR, gap)
  if (!connector) return undefined
  let min = a.value
  let max = b.value
  if (a.multiplier === null && b.multiplier !== null && a.written * b.multiplier <= max) min = round(a.written * b.multiplier)
  if (b.multiplier === null && a.multiplier !== null && b.written < a.value && b.written * a.multiplier >= min) max = round(b.written * a.multiplier)
  if (max <= 0) return undefined
  // Two figures that both carry a currency and a connector are a range even written backwards
  // ("$120,000 – $90,000"): the posting's mistake, which pay-range reports.
  if (min > max && (a.currency === undefined || b.currency === undefined)) return undefined
  if ((a.currency === undefined || b.currency === undefined) && (min <= 0 || max > min * 20)) return undefined
  return { min, max, period: period?.period ?? null, and: AND_CONNECTORS.has(connector[1]!.toLowerCase()) }
}

function buildGroups(text: string, tokens: Token[]): Group[] {
  const usable = tokens.filter((token) => !token.excluded)
  const groups: Group[] = []
  for (let i = 0; i < usable.length; i++) {
    const a = usable[i]!
    const b = usable[i + 1]
    const range = b ? tryRange(text, a, b) : undefined
    if (b && range) {
      const opener = phraseBefore(text, a.start)
      const between = opener !== undefined && opener.role === 'range' && BETWEEN_WORDS.has(opener.first)
      if (!range.and || between) {
        groups.push(rangeGroup(text, a, b, range, opener?.role === 'range' ? opener.start : a.start))
        i++
        continue
      }
    }
    groups.push(singleGroup(text, a))
  }
  return groups
}

function currencyOf(tokens: readonly Token[]): CurrencyCode | undefined {
  let found: CurrencyCode | undefined
  for (const token of tokens) {
    if (token.currency) return token.currency
    if (token.currency === null) found = null
  }
  return found
}

function rangeGroup(text: string, a: Token, b: Token, range: { min: number; max: number; period: PayPeriod | null }, start: number): Group {
  let end = b.end
  let period = range.period
  const after = readPeriod(text, end)
  if (after) {
    period = after.period
    end = after.end
  }
  return { tokens: [a, b], kind: 'range', min: range.min, max: range.max, currency: currencyOf([a, b]), period, start, end }
}

function singleGroup(text: string, token: Token): Group {
  let end = token.end
  let period: PayPeriod | null = null
  let openAbove = token.plus
  const afterPeriod = readPeriod(text, end)
  if (afterPeriod) {
    period = afterPeriod.period
    end = afterPeriod.end
  }
  const open = stickyAt(OPEN_AFTER, text, end)
  if (open) {
    openAbove = true
    end += open[0].length
    if (!period) {
      const later = readPeriod(text, end)
      if (later) {
        period = later.period
        end = later.end
      }
    }
  }
  let start = token.start
  let kind: PayKind = 'single'
  let min: number | null = token.value
  let max: number | null = token.value
  const opener = phraseBefore(text, token.start)
  const role = opener?.role === 'range' ? (FLOOR_WHEN_ALONE.has(opener.first) ? 'min' : undefined) : opener?.role
  if (role === 'max') {
    kind = 'open-ended'
    min = null
    start = opener!.start
  } else if (role === 'min' || openAbove) {
    kind = 'open-ended'
    max = null
    if (role === 'min') start = opener!.start
  }
  return { tokens: [token], kind, min, max, currency: token.currency, period, start, end }
}

// ---------------------------------------------------------------------------
// What a figure is: cue words around it.

function cueAt(words: readonly Word[], index: number): Cue | undefined {
  const word = words[index]!
  const next = words[index + 1]
  const previous = words[index - 1]
  const cue = (next && cuePairs.get(`${word.text} ${next.text}`)) ?? (previous && cuePairs.get(`${previous.text} ${word.text}`)) ?? cueWords.get(word.text)
  if (cue !== 'budget') return cue
  // A budget is a stipend when a stipend word qualifies it (`home-office budget`), else money the job manages.
  for (const other of [words[index - 1], words[index - 2]]) {
    if (other && cueWords.get(other.text) === 'stipend') return 'stipend'
  }
  return 'other'
}

const STOP_PUNCTUATION = new Set([',', ';', ':', '+', '|', '(', ')'])

/** The cue in the noun phrase right after a figure (`$5,000 signing bonus`), if any. */
function cueAfter(text: string, from: number, to: number): Cue | undefined {
  const words = wordsIn(text, from, Math.min(to, from + 80))
  let counted = 0
  let previousEnd = from
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    for (let j = previousEnd; j < word.start; j++) if (STOP_PUNCTUATION.has(text[j]!)) return undefined
    if (STOP_WORDS_AFTER.has(word.text)) return undefined
    const cue = cueAt(words, i)
    if (cue) return cue
    if (!FILLER_WORDS.has(word.text) && ++counted >= 3) return undefined
    previousEnd = word.end
  }
  return undefined
}

/** The nearest cue before a figure in its sentence, within `reach` words. */
function cueBefore(words: readonly Word[], reach: number): Cue | undefined {
  for (let i = words.length - 1; i >= Math.max(0, words.length - reach); i--) {
    const cue = cueAt(words, i)
    if (cue) return cue
  }
  return undefined
}

/** A period named before the figure: `annual salary`, `hourly rate`, `salaire annuel`, `Jahresgehalt`. */
function periodBefore(words: readonly Word[]): PayPeriod | null {
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    const period = periodWordsBefore.get(words[i]!.text)
    if (period) return period
  }
  return null
}

/**
 * A `maximum`/`minimum` of pay a little before a lone figure (`the maximum
 * salary … is $183,500`, `salary maximum: $X`): the bound word must stand
 * next to a pay word, so `the maximum number of hours is 40, and pay is $25`
 * stays a single figure.
 */
function boundBefore(words: readonly Word[]): 'max' | 'min' | undefined {
  for (let i = words.length - 1; i >= Math.max(0, words.length - 10); i--) {
    const bound = boundWords.get(words[i]!.text)
    if (!bound) continue
    const neighbours = [words[i - 1], words[i + 1], words[i + 2]]
    if (neighbours.some((word) => word !== undefined && cueWords.get(word.text) === 'pay')) return bound
  }
  return undefined
}

function readLabel(text: string, start: number, sentenceStart: number): string | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 80, sentenceStart)
  const raw = text.slice(lineStart, start)
  const head = raw.replace(/(?<![\s:*_\-–—(|=])[\s:*_\-–—(|=]{1,80}$/u, '')
  if (!head) return undefined
  const grade = GRADE_LABEL.exec(head)
  if (grade) return grade[1]
  const level = LEVEL_LABEL.exec(head)
  if (level) return level[1]
  // A place or title before a colon: `New York City:`, `Seattle, WA:`, `Senior Engineer:`.
  if (!/:[\s*_]{0,80}$/.test(raw)) return undefined
  const words = head.split(/[ \u00a0]+/)
  const kept: string[] = []
  for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
    const word = words[i]!
    const bare = word.replace(/^[*_(]+|(?<![*_),])[*_),]+$/g, '')
    if (/^\p{Lu}[\p{L}.'’&-]*,?$/u.test(bare)) kept.unshift(word)
    else if (kept.length > 0 && LABEL_JOINERS.has(bare.toLowerCase())) kept.unshift(word)
    else break
  }
  while (kept.length > 0 && LABEL_JOINERS.has(kept[0]!.toLowerCase())) kept.shift()
  if (kept.length === 0) return undefined
  for (const word of kept) {
    const lower = word.toLowerCase().replace(/[^\p{L}'-]/gu, '')
    if (LABEL_STOP_WORDS.has(lower) || cueWords.has(lower) || periodWordsBefore.has(lower)) return undefined
  }
  return kept.join(' ').replace(/[*_]+/g, '').replace(/,$/, '')
}

interface Classified {
  kind: 'pay' | OtherMoney['kind'] | 'drop'
  before: Word[]
  sentence: [number, number]
}

function classify(text: string, group: Group): Classified {
  const sentence = sentenceAround(text, group.start, group.end)
  const before = wordsIn(text, Math.max(sentence[0], group.start - 160), group.start)
  const after = cueAfter(text, group.end, sentence[1])
  const cue = after ?? cueBefore(before, 12)
  if (group.currency === undefined) {
    // A bare number: pay only with a pay word close before it (or right after) and a pay-like figure.
    const near = after ?? cueBefore(before, 8)
    const top = group.max ?? group.min ?? 0
    const token = group.tokens[group.tokens.length - 1]!
    const payLike = group.period !== null || token.multiplier !== null || (top >= 1000 && (token.grouped || top >= 10000 || group.kind === 'range'))
    return { kind: near === 'pay' && payLike ? 'pay' : 'drop', before, sentence }
  }
  if (cue === 'pay') return { kind: 'pay', before, sentence }
  if (cue) return { kind: cue === 'budget' ? 'other' : cue, before, sentence }
  const top = group.max ?? group.min ?? 0
  if (group.period !== null) return { kind: 'pay', before, sentence }
  if (group.kind === 'range' || (top >= 1000 && top < 1e6)) return { kind: 'pay', before, sentence }
  return { kind: 'other', before, sentence }
}

function announcesRange(text: string, group: Group, before: readonly Word[], sentenceEnd: number): boolean {
  for (let i = before.length - 1; i >= Math.max(0, before.length - 15); i--) if (RANGE_WORDS.has(before[i]!.text)) return true
  for (const word of wordsIn(text, group.end, Math.min(sentenceEnd, group.end + 60)).slice(0, 6)) if (RANGE_WORDS.has(word.text)) return true
  return false
}

function toExpression(text: string, group: Group, classified: Classified, defaultCurrency: string): PayExpression {
  let { kind, min, max, period } = group
  const { before, sentence } = classified
  if (kind === 'single') {
    const bound = boundBefore(before)
    if (bound === 'max') {
      kind = 'open-ended'
      min = null
    } else if (bound === 'min') {
      kind = 'open-ended'
      max = null
    }
  }
  period ??= periodBefore(before)
  const expression: PayExpression = {
    kind,
    min,
    max,
    currency: group.currency === undefined ? null : group.currency ?? defaultCurrency,
    period,
    text: text.slice(group.start, group.end),
    start: group.start,
    end: group.end,
  }
  if (kind !== 'range' && announcesRange(text, group, before, sentence[1])) expression.announcedRange = true
  const label = readLabel(text, group.start, sentence[0])
  if (label) expression.label = label
  return expression
}

// ---------------------------------------------------------------------------
// Vague pay.

/** Vague pay phrases; in a front-matter pay value (`salary: DOE`) the key is the pay word they need. */
function findVague(text: string, figures: readonly PayExpression[], payContext: boolean): PayExpression[] {
  const found: PayExpression[] = []
  for (const match of matchesOf(text, VAGUE)) {
    const written = match[0]
    const entry = vagueByPhrase.get(normalizePhrase(written))
    if (!entry) continue
    if (entry.phrase === entry.phrase.toUpperCase() && written !== entry.phrase) continue
    const start = match.index
    const end = start + written.length
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue
    const [sentenceStart, sentenceEnd] = sentenceAround(text, start, end)
    if (figures.some((figure) => figure.start < sentenceEnd && figure.end > sentenceStart)) continue
    if (entry.context !== undefined && !payContext && !payWordNear(text, start, end, sentenceStart, sentenceEnd, entry)) continue
    found.push({ kind: 'vague', min: null, max: null, currency: null, period: null, text: written, start, end })
  }
  return found
}

function payWordNear(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number, entry: VaguePhrase): boolean {
  const reach = entry.context ?? 0
  const before = wordsIn(text, Math.max(sentenceStart, start - 120), start).slice(-reach)
  if (before.some((word) => cueWords.get(word.text) === 'pay')) return true
  if (entry.before) return false
  const after = wordsIn(text, end, Math.min(sentenceEnd, end + 120)).slice(0, reach)
  return after.some((word) => cueWords.get(word.text) === 'pay')
}

// ---------------------------------------------------------------------------
// Entry points.

/** Every pay expression in `text`, in order, and the money in it that is not pay. */
export function findPay(text: string, options: FindPayOptions = {}): PayFindings {
  return scan(text, options.defaultCurrency ?? 'USD', false)
}

function scan(text: string, defaultCurrency: string, payContext: boolean): PayFindings {
  const pay: PayExpression[] = []
  const other: OtherMoney[] = []
  for (const group of buildGroups(text, scanTokens(text, payContext))) {
    const classified = classify(text, group)
    // A front-matter pay value: its key says it is pay, so a bare figure counts.
    if (payContext && classified.kind === 'drop') classified.kind = 'pay'
    if (classified.kind === 'pay') pay.push(toExpression(text, group, classified, defaultCurrency))
    else if (classified.kind !== 'drop') other.push({ kind: classified.kind, text: text.slice(group.start, group.end), start: group.start, end: group.end })
  }
  const vague = findVague(text, pay, payContext)
  if (vague.length > 0) {
    for (const item of vague) pay.push(item)
    pay.sort((a, b) => a.start - b.start)
  }
  return { pay, other }
}

// ---------------------------------------------------------------------------
// Front matter.

/** Keys holding the lower or upper bound, compared without case, `_`, `-` or spaces. */
const MIN_KEYS = new Set(['salarymin', 'minsalary', 'minpayrange', 'payrangemin', 'paymin', 'minpay', 'salaryrangemin', 'minimumsalary', 'salaryminimum', 'compensationmin', 'mincompensation', 'wagemin', 'minwage', 'basesalarymin', 'salairemin', 'salaireminimum'])
const MAX_KEYS = new Set(['salarymax', 'maxsalary', 'maxpayrange', 'payrangemax', 'paymax', 'maxpay', 'salaryrangemax', 'maximumsalary', 'salarymaximum', 'compensationmax', 'maxcompensation', 'wagemax', 'maxwage', 'basesalarymax', 'salairemax', 'salairemaximum'])
/** Keys holding pay as text (`salary: $90,000 - $110,000`) or as an object. */
const TEXT_KEYS = new Set(['salary', 'pay', 'compensation', 'payrange', 'salaryrange', 'wage', 'wages', 'remuneration', 'rémunération', 'salaire', 'basesalary', 'estimatedsalary', 'hourlyrate', 'annualsalary', 'paybands', 'payband', 'salaryband'])
/** Keys giving the currency or period of the bounds. */
const CURRENCY_KEYS = new Set(['currency', 'salarycurrency', 'paycurrency'])
const PERIOD_KEYS = new Set(['salaryperiod', 'payperiod', 'salaryunit', 'payunit', 'unittext', 'period'])
/** Periods implied by the key itself. */
const KEY_PERIODS: Readonly<Record<string, PayPeriod>> = { hourlyrate: 'hour', annualsalary: 'year' }
/** schema.org `unitText` values (and the usual lower-case and adverb spellings). */
const UNIT_PERIODS: Readonly<Record<string, PayPeriod>> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '')
}

function periodOf(value: unknown): PayPeriod | null {
  return typeof value === 'string' ? (UNIT_PERIODS[value.trim().toLowerCase()] ?? null) : null
}

function currencyCode(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value.trim()) ? value.trim().toUpperCase() : null
}

/** One amount from a front-matter value (`$108,885`, `'142,701'`, `108885`), with its currency marker. */
function readAmount(value: unknown): { value: number; currency: CurrencyCode | undefined; written: string } | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return { value, currency: undefined, written: String(value) }
  if (typeof value !== 'string') return undefined
  const written = value.trim()
  const match = numbersIn(written, true)[0]
  if (!match) return undefined
  const token = readToken(written, match)
  return { value: token.value, currency: token.currency, written }
}

function fromBounds(
  minValue: unknown,
  maxValue: unknown,
  currencyHint: string | null,
  period: PayPeriod | null,
  keys: string[],
  defaultCurrency: string,
): FrontMatterPay | undefined {
  const low = readAmount(minValue)
  const high = readAmount(maxValue)
  if (!low && !high) return undefined
  const marked = [low?.currency, high?.currency].find((code) => typeof code === 'string') ?? (low?.currency === null || high?.currency === null ? defaultCurrency : undefined)
  const currency = marked ?? currencyHint ?? null
  const text = [low?.written, high?.written].filter((part) => part !== undefined).join(' – ')
  let kind: PayKind = 'range'
  if (low && high && low.value === high.value) kind = 'single'
  else if (!low || !high) kind = 'open-ended'
  return { kind, min: low?.value ?? null, max: high?.value ?? (kind === 'single' ? low!.value : null), currency, period, text, keys }
}

/** schema.org `MonetaryAmount` (`{currency, value: {minValue, maxValue, value, unitText}}`) or a plain `{min, max, currency, period}` object. */
function fromObject(value: Record<string, unknown>, key: string, currencyHint: string | null, periodHint: PayPeriod | null, defaultCurrency: string): FrontMatterPay | undefined {
  const inner = value['value']
  const amount = inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : value
  const currency = currencyCode(value['currency']) ?? currencyCode(value['salaryCurrency']) ?? currencyHint
  const period = periodOf(amount['unitText']) ?? periodOf(value['unitText']) ?? periodOf(amount['period'] ?? value['period'] ?? value['unit']) ?? periodHint
  const low = amount['minValue'] ?? amount['min'] ?? amount['minimum']
  const high = amount['maxValue'] ?? amount['max'] ?? amount['maximum']
  if (low !== undefined || high !== undefined) return fromBounds(low, high, currency, period, [key], defaultCurrency)
  const single = amount === value ? undefined : inner
  const exact = typeof single === 'number' || typeof single === 'string' ? single : amount['value']
  return exact !== undefined && (typeof exact === 'number' || typeof exact === 'string') ? fromBounds(exact, exact, currency, period, [key], defaultCurrency) : undefined
}

/**
 * Pay given in front matter: a pair of bounds (`salary_min`/`salary_max`,
 * `min_payrange`/`max_payrange`), pay written as text (`salary`, `pay`,
 * `compensation`, `pay_range`), or a schema.org `baseSalary`. Bare numbers
 * count (the key says they are pay) but get no currency unless a marker or
 * a `currency` key gives one.
 */
export function payFromFrontMatter(data: Record<string, unknown>, options: FindPayOptions = {}): FrontMatterPay[] {
  const defaultCurrency = options.defaultCurrency ?? 'USD'
  const found: FrontMatterPay[] = []
  let currencyHint: string | null = null
  let periodHint: PayPeriod | null = null
  let minKey: string | undefined
  let maxKey: string | undefined
  for (const [key, value] of Object.entries(data)) {
    const name = normalizeKey(key)
    if (CURRENCY_KEYS.has(name)) currencyHint ??= currencyCode(value)
    else if (PERIOD_KEYS.has(name)) periodHint ??= periodOf(value)
    else if (MIN_KEYS.has(name)) minKey ??= key
    else if (MAX_KEYS.has(name)) maxKey ??= key
  }
  if (minKey !== undefined || maxKey !== undefined) {
    const keys = [minKey, maxKey].filter((key): key is string => key !== undefined)
    const bounds = fromBounds(minKey === undefined ? undefined : data[minKey], maxKey === undefined ? undefined : data[maxKey], currencyHint, periodHint, keys, defaultCurrency)
    if (bounds) found.push(bounds)
  }
  for (const [key, value] of Object.entries(data)) {
    const name = normalizeKey(key)
    if (!TEXT_KEYS.has(name)) continue
    const period = KEY_PERIODS[name] ?? periodHint
    for (const item of Array.isArray(value) ? value : [value]) {
      const expression = fromValue(item, key, currencyHint, period, defaultCurrency)
      for (const item of expression) found.push(item)
    }
  }
  return found
}

function fromValue(value: unknown, key: string, currencyHint: string | null, period: PayPeriod | null, defaultCurrency: string): FrontMatterPay[] {
  if (typeof value === 'number') return [fromBounds(value, value, currencyHint, period, [key], defaultCurrency)!]
  if (value && typeof value === 'object') {
    const expression = fromObject(value as Record<string, unknown>, key, currencyHint, period, defaultCurrency)
    return expression ? [expression] : []
  }
  if (typeof value !== 'string' || !value.trim()) return []
  return scan(value, defaultCurrency, true).pay.map(({ start: _start, end: _end, ...expression }) => ({
    ...expression,
    currency: expression.currency ?? (expression.kind === 'vague' ? null : currencyHint),
    period: expression.period ?? period,
    keys: [key],
  }))
}
