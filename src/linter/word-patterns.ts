/**
 * Cue patterns that skip the texts they cannot match.
 *
 * A cue list is one regular expression that matches only at the start of a
 * word (`(?<![\p{L}\p{N}])(?:first|second|…)` and a word end after it).
 * Most of a posting's sentences hold none of a list's words, yet each test
 * scans the whole sentence, and the statement classifiers test some sixty
 * lists on every sentence. So each list is read, once, for the letters every
 * match must begin with (`"(?:legally )?(?:eligible|entitled) to work"`:
 * "legally", "eligible" or "entitled"), and a text is read, once, for the
 * starts of its words; a list whose beginnings none of the text's words
 * share is not run on it. The answer is the regular expression's own every
 * time: a list is only skipped where it cannot match, and a list whose
 * beginnings cannot be read (an entry that starts with a character class or
 * a wildcard) always runs.
 *
 * Regular-expression engines do not do this for us: V8 looks ahead for the
 * first character of a literal pattern, not for a set of words behind a
 * look-behind, and a library that builds one automaton of many patterns
 * (Aho-Corasick, RE2 sets) would have to be given back the look-arounds and
 * bounded gaps these lists use.
 */

/** What a match of a word pattern must start with: word prefixes, or `undefined` when it cannot be said. */
type Beginnings = Set<string> | undefined

/** Where the word before a match must end: the match starts a word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])'
/** Where the match must end: no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])'

/** How many leading characters of a word the index keeps. */
const KEY_LENGTH = 4

const LEADING_WORD = /^[\p{L}\p{N}]+/u

/** Index of the `)` that closes the group opening at `open`, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let index = open; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') {
      index++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
  }
  return -1
}

/** `source` cut at its top-level `|`s (not inside a group, a class or after a backslash). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let index = 0; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') {
      index++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(from, index))
      from = index + 1
    }
  }
  alternatives.push(source.slice(from))
  return alternatives
}

function union(sets: Beginnings[]): Beginnings {
  const all = new Set<string>()
  for (const set of sets) {
    if (!set) return undefined
    for (const item of set) all.add(item)
  }
  return all
}

/** The group's content, its kind, and what follows it and its quantifier. */
function readGroup(source: string): { kind: 'zero-width' | 'group'; inner: string; optional: boolean; repeated: boolean; rest: string } | undefined {
  const close = closingParen(source, 0)
  if (close === -1) return undefined
  let innerStart = 1
  let kind: 'zero-width' | 'group' = 'group'
  if (source.startsWith('(?=') || source.startsWith('(?!')) {
    kind = 'zero-width'
    innerStart = 3
  } else if (source.startsWith('(?<=') || source.startsWith('(?<!')) {
    kind = 'zero-width'
    innerStart = 4
  } else if (source.startsWith('(?:')) innerStart = 3
  else if (source.startsWith('(?<')) innerStart = source.indexOf('>') + 1
  else if (source.startsWith('(?')) return undefined
  let rest = source.slice(close + 1)
  const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/u.exec(rest)
  const optional = quantifier !== null && (quantifier[0].startsWith('?') || quantifier[0].startsWith('*') || quantifier[1] === '0')
  // Repeated ("(?:ab)+", "{2}"): what the group matches may be followed by itself.
  const repeated = quantifier !== null && !quantifier[0].startsWith('?') && !/^\{[01](?:,1)?\}/u.test(quantifier[0])
  if (quantifier) rest = rest.slice(quantifier[0].length)
  return { kind, inner: source.slice(innerStart, close), optional, repeated, rest }
}

/** Marks a beginning that is a whole word: the match goes on with no letter or digit after it. */
const WHOLE = '\u0000'

/** A mandatory character that is no letter or digit (a space, a hyphen, `\\s`), so a word ends before it. */
const NON_WORD_NEXT = /^(?:[ '",/:;&-]|\\[.s/()'-])(?![?*]|\{0)/u

/**
 * The letters every match of `source` begins with, one set of alternatives,
 * each a run of letters and digits that starts the matched word (ending in
 * WHOLE when it is all of the word). Only what can be read for certain:
 * anything else gives `undefined`. `endsWord`: a word ends where `source`
 * ends (true for a whole cue list, bounded by a word end).
 */
export function beginnings(source: string, endsWord = true): Beginnings {
  return union(topLevelAlternatives(source).map((alternative) => beginningsOfSequence(alternative, endsWord)))
}

function beginningsOfSequence(sequence: string, endsWord: boolean): Beginnings {
  if (sequence.startsWith('(')) {
    const group = readGroup(sequence)
    if (!group) return undefined
    // A look-around consumes nothing: the match begins with what follows it.
    if (group.kind === 'zero-width') return group.optional ? undefined : beginningsOfSequence(group.rest, endsWord)
    const insideEndsWord = group.rest === '' ? endsWord : NON_WORD_NEXT.test(group.rest)
    const inside = beginnings(group.inner, !group.repeated && insideEndsWord)
    return group.optional ? union([inside, beginningsOfSequence(group.rest, endsWord)]) : inside
  }
  if (sequence.startsWith('\\d')) {
    // A digit starts the match (unless the digit is optional).
    return /^\\d(?:[?*]|\{0)/u.test(sequence) ? undefined : new Set('0123456789')
  }
  const run = LEADING_WORD.exec(sequence)?.[0]
  if (!run) return undefined
  const after = sequence.slice(run.length)
  // The run's last character may be optional ("colou?r"): then only what comes before it is certain.
  if (/^(?:[?*]|\{0)/u.test(after)) {
    const certain = [...run].slice(0, -1).join('')
    return certain ? new Set([certain]) : undefined
  }
  // A quantifier on the last character ("cooperat+e") or more of the pattern after the run: the word may go on.
  const whole = after === '' ? endsWord : NON_WORD_NEXT.test(after)
  return new Set([whole ? run + WHOLE : run])
}

/**
 * The index: a trie of word starts by UTF-16 unit, KEY_LENGTH deep, each
 * node holding the patterns a word beginning with its letters may start,
 * and those a word of exactly its letters may start.
 */
interface KeyNode {
  patterns: number[]
  whole: number[]
  next: Map<number, KeyNode>
}
const newNode = (): KeyNode => ({ patterns: [], whole: [], next: new Map() })
const root = newNode()
/** Patterns whose beginnings cannot be read: they run on every text. */
const ungated: number[] = []
let patternCount = 0

function addKey(beginning: string, id: number): void {
  const whole = beginning.endsWith(WHOLE) && beginning.length - 1 <= KEY_LENGTH
  const letters = beginning.endsWith(WHOLE) ? beginning.slice(0, -1) : beginning
  let node = root
  for (let index = 0; index < letters.length && index < KEY_LENGTH; index++) {
    const unit = letters.charCodeAt(index)
    let child = node.next.get(unit)
    if (!child) {
      child = newNode()
      node.next.set(unit, child)
    }
    node = child
  }
  const ids = whole ? node.whole : node.patterns
  if (!ids.includes(id)) ids.push(id)
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Whether each UTF-16 unit (of the Basic Multilingual Plane) is a letter or digit, filled as units are met. */
const unitClass = new Map<number, boolean>()

function isWordUnit(text: string, index: number): boolean {
  const unit = text.charCodeAt(index)
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39)
  if (unit >= 0xd800 && unit <= 0xdfff) {
    // A surrogate: the code point it belongs to decides (a lone one is no letter).
    const high = unit <= 0xdbff ? index : index - 1
    const codePoint = text.codePointAt(high)!
    return codePoint > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint))
  }
  let known = unitClass.get(unit)
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(unit))
    unitClass.set(unit, known)
  }
  return known
}

/** The last texts read and which patterns may match each (texts are tested against many patterns in a row). */
const RECENT = 4
const recentTexts: Array<string | undefined> = new Array<string | undefined>(RECENT).fill(undefined)
const recentLive: Uint8Array[] = []
let nextSlot = 0
let lastText: string | undefined
let lastLive: Uint8Array = new Uint8Array(0)

/** Which patterns may match `text`: those ungated, and those a word of the text may start. */
function livePatterns(text: string): Uint8Array {
  if (text === lastText && lastLive.length === patternCount) return lastLive
  for (let slot = 0; slot < RECENT; slot++) {
    if (recentTexts[slot] === text && recentLive[slot]!.length === patternCount) {
      lastText = text
      lastLive = recentLive[slot]!
      return lastLive
    }
  }
  const live = new Uint8Array(patternCount)
  for (const id of ungated) live[id] = 1
  let index = 0
  while (index < text.length) {
    if (!isWordUnit(text, index)) {
      index++
      continue
    }
    // A word starts here: walk its first units down the trie, then skip to its end.
    let node: KeyNode | undefined = root
    let depth = 0
    const wordStart = index
    while (index < text.length && isWordUnit(text, index)) {
      if (node && depth < KEY_LENGTH) {
        node = node.next.get(text.charCodeAt(index))
        depth++
        if (node) for (const id of node.patterns) live[id] = 1
      }
      index++
    }
    // The word's letters all read: the patterns that begin with exactly them.
    if (node && index - wordStart === depth) for (const id of node.whole) live[id] = 1
  }
  recentTexts[nextSlot] = text
  recentLive[nextSlot] = live
  nextSlot = (nextSlot + 1) % RECENT
  lastText = text
  lastLive = live
  return live
}

/** A word pattern that is only run on texts holding a word it may start with. */
export interface WordPattern {
  /** The regular expression; `test` and `exec` give its answers. */
  readonly regex: RegExp
  test(text: string): boolean
  exec(text: string): RegExpExecArray | null
}

/**
 * One pattern of `alternation` (a regular-expression source, its `|`
 * alternatives the entries), matched from the start of a word to the end of
 * one. `flags` must not hold `g` or `y`: the pattern keeps no position
 * between calls.
 */
export function wordPattern(alternation: string, flags = 'u'): WordPattern {
  if (/[gyi]/u.test(flags)) throw new Error(`wordPattern: flags ${flags} would make skipping unsound`)
  const bounded = (source: string): RegExp => new RegExp(`${WORD_START}(?:${source})${WORD_END}`, flags)
  const regex = bounded(alternation)
  // Alternatives whose beginnings can be read are run when a word of the text may start them, the others always.
  const gated: string[] = []
  const always: string[] = []
  const id = patternCount++
  for (const alternative of topLevelAlternatives(alternation)) {
    const starts = beginnings(alternative)
    if (!starts) {
      always.push(alternative)
      continue
    }
    gated.push(alternative)
    for (const start of starts) addKey(start, id)
  }
  if (gated.length === 0) {
    ungated.push(id)
    return { regex, test: (text) => regex.test(text), exec: (text) => regex.exec(text) }
  }
  if (always.length === 0) {
    return {
      regex,
      test: (text) => livePatterns(text)[id] === 1 && regex.test(text),
      exec: (text) => (livePatterns(text)[id] === 1 ? regex.exec(text) : null),
    }
  }
  // Some alternatives of each kind: whether any matches is whether either part does. A match
  // itself (its position, the alternative that wins) is the whole pattern's, so exec runs it.
  const gatedRegex = bounded(gated.join('|'))
  const alwaysRegex = bounded(always.join('|'))
  return {
    regex,
    test: (text) => (livePatterns(text)[id] === 1 && gatedRegex.test(text)) || alwaysRegex.test(text),
    exec: (text) => regex.exec(text),
  }
}
