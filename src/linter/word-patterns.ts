/**
 * Cue patterns that skip the texts they cannot match.
 *
 * A cue list is one regular expression that matches only at the start of a
 * word (`(?<![\p{L}\p{N}])(?:first|second|…)` and a word end after it).
 * Most of a posting's sentences hold none of a list's words, yet each test
 * scans the whole sentence, and the statement classifiers test some sixty
 * lists on every sentence. So each entry of a list is read, once, for the
 * words every match of it holds where a word starts (`"(?:legally
 * )?(?:eligible|entitled) +to +work"`: "eligible" or "entitled", then "to",
 * then "work"), and a text is read, once, for the starts of its words; a
 * list none of whose entries has all its words in the text is not run on
 * it. The answer is the regular expression's own every time: a list is only
 * skipped where it cannot match, and an entry in which no word can be read
 * (one that starts with a character class, say) makes its list run always.
 *
 * Regular-expression engines do not do this for us: V8 looks ahead for the
 * first character of a literal pattern, not for a set of words behind a
 * look-behind, and a library that builds one automaton of many patterns
 * (Aho-Corasick, RE2 sets) would have to be given back the look-arounds and
 * bounded gaps these lists use.
 */
import { PRECOMPUTED } from './word-patterns.generated.js'
import { TextMemo } from './text-memo.js'
import { advance } from './matches.js'
import { lazyPattern, type LazyPattern } from './narrow.js'

/** What a match of a word pattern must start with: word prefixes, or `undefined` when it cannot be said. */
type Beginnings = Set<string> | undefined

/**
 * Where the word before a match must end: the match starts a word. It says
 * what `(?<![\p{L}\p{N}])` alone says (an ASCII letter or digit is a letter
 * or digit, under any flags), but V8 tries the look-behinds in order at
 * every position it starts from, and inside a word the ASCII class answers
 * at once, where the Unicode one searches hundreds of ranges: the location
 * cue pattern ran over a posting in 0.21 ms rather than 0.34 ms.
 */
export const WORD_START = '(?<![a-zA-Z0-9])(?<![\\p{L}\\p{N}])'
/** Where the match must end: no letter or digit follows. */
export const WORD_END = '(?![\\p{L}\\p{N}])'

/** How many leading characters of a word the index keeps. */
const KEY_LENGTH = 4

const LEADING_WORD = /^[\p{L}\p{N}]+/u

/** Index of the `)` that closes the group opening at `open`, or -1 (escapes and classes read as atoms). */
function closingParen(source: string, open: number): number {
  let depth = 0
  for (let index = open; index < source.length; ) {
    const char = source[index]
    if (char === '(' || char === ')' || char === '|') {
      if (char === '(') depth++
      else if (char === ')' && --depth === 0) return index
      index++
      continue
    }
    const end = atomEnd(source, index)
    if (end === -1) return -1
    index = end
  }
  return -1
}

/** `source` cut at its top-level `|`s (not inside a group, a class or after a backslash). */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = []
  let from = 0
  for (let index = 0; index < source.length; ) {
    const char = source[index]
    if (char === '|') {
      alternatives.push(source.slice(from, index))
      from = ++index
    } else if (char === '(') {
      const close = closingParen(source, index)
      index = close === -1 ? source.length : close + 1
    } else if (char === ')') index++
    else {
      const end = atomEnd(source, index)
      index = end === -1 ? source.length : end
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
  // Repeated ("(?:ab)+", "{2}"): what the group matches may be followed by itself.
  const quantifier = readQuantifier(source, close + 1)
  return { kind, inner: source.slice(innerStart, close), optional: quantifier?.optional ?? false, repeated: quantifier?.repeated ?? false, rest: source.slice(quantifier?.end ?? close + 1) }
}

/** Marks a beginning that is a whole word: the match goes on with no letter or digit after it. */
const WHOLE = '\u0000'


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
    const insideEndsWord = group.rest === '' ? endsWord : startsWithNonWord(group.rest)
    const inside = beginnings(group.inner, !group.repeated && insideEndsWord)
    return group.optional ? union([inside, beginningsOfSequence(group.rest, endsWord)]) : inside
  }
  if (sequence.startsWith('\\d')) {
    // A digit starts the match (unless the digit is optional).
    return readQuantifier(sequence, 2)?.optional ? undefined : new Set('0123456789')
  }
  const run = LEADING_WORD.exec(sequence)?.[0]
  if (!run) return undefined
  const quantifier = readQuantifier(sequence, run.length)
  // The run's last character may be absent ("colou?r"): then only what comes before it is certain.
  if (quantifier?.optional) {
    const certain = [...run].slice(0, -1).join('')
    return certain ? new Set([certain]) : undefined
  }
  // Its last character quantified ("cooperat+e"), or more letters may follow: the word may go on.
  const after = sequence.slice(run.length)
  const whole = !quantifier && (after === '' ? endsWord : startsWithNonWord(after))
  return new Set([whole ? run + WHOLE : run])
}

/** One item of a pattern's sequence: a group, a letter or digit, or any other atom, with whether it may be absent. */
type Item =
  | { type: 'group'; group: NonNullable<ReturnType<typeof readGroup>> }
  | { type: 'atom'; text: string; optional: boolean; repeated: boolean; nonWord: boolean }

/** Atoms that match one character that is no letter or digit. */
const NON_WORD_ATOM = /^(?:[ '",/:;&-]|\\[.s/()'+-]|\[(?:[ '",/:;&+.-]|\\[st./-])+\])$/u

/** Where the atom starting at `start` (not a group) ends, or -1 when it cannot be read. */
function atomEnd(source: string, start: number): number {
  const char = source.charCodeAt(start)
  if (char === 0x5c /* \ */) {
    const kind = source[start + 1]
    if (kind === undefined) return -1
    if (((kind === 'p' || kind === 'P' || kind === 'u') && source[start + 2] === '{') || kind === 'k') {
      const close = source.indexOf(kind === 'k' ? '>' : '}', start + 2)
      return close === -1 ? -1 : close + 1
    }
    if (kind === 'u') return start + 6
    if (kind === 'x') return start + 4
    if (kind === 'c') return start + 3
    return start + 2
  }
  if (char === 0x5b /* [ */) {
    for (let index = start + 1; index < source.length; index++) {
      if (source[index] === '\\') index++
      else if (source[index] === ']') return index + 1
    }
    return -1
  }
  if (char === 0x7c /* | */ || char === 0x29 /* ) */) return -1
  // One code point.
  return char >= 0xd800 && char <= 0xdbff && start + 1 < source.length ? start + 2 : start + 1
}

/** The quantifier at `start` (`?`, `*`, `+`, `{n}`, `{n,m}`, lazy or not): its end, and whether it allows none or more than one. */
function readQuantifier(source: string, start: number): { end: number; optional: boolean; repeated: boolean } | undefined {
  const char = source[start]
  let end: number
  let optional: boolean
  let repeated: boolean
  if (char === '?' || char === '*' || char === '+') {
    end = start + 1
    optional = char !== '+'
    repeated = char !== '?'
  } else if (char === '{') {
    const close = source.indexOf('}', start)
    const bounds = close === -1 ? null : /^(\d+)(?:(,)(\d*))?$/u.exec(source.slice(start + 1, close))
    if (!bounds) return undefined
    end = close + 1
    optional = bounds[1] === '0'
    repeated = bounds[2] !== undefined ? bounds[3] !== '1' || bounds[1] !== '1' : bounds[1] !== '1'
  } else return undefined
  if (source[end] === '?') end++
  return { end, optional, repeated }
}

/** Whether `sequence` starts with a character that must be there and is no letter or digit, so a word ends before it. */
function startsWithNonWord(sequence: string): boolean {
  if (sequence.startsWith('(')) return false
  const end = atomEnd(sequence, 0)
  return end !== -1 && end <= sequence.length && NON_WORD_ATOM.test(sequence.slice(0, end)) && !readQuantifier(sequence, end)?.optional
}

/** Every item of `sequence`, or undefined when one cannot be read. */
function itemsOf(sequence: string): Item[] | undefined {
  const items: Item[] = []
  let index = 0
  while (index < sequence.length) {
    if (sequence[index] === '(') {
      const group = readGroup(sequence.slice(index))
      if (!group) return undefined
      items.push({ type: 'group', group })
      index = sequence.length - group.rest.length
      continue
    }
    const end = atomEnd(sequence, index)
    if (end === -1 || end > sequence.length) return undefined
    const text = sequence.slice(index, end)
    const quantifier = readQuantifier(sequence, end)
    items.push({ type: 'atom', text, optional: quantifier?.optional ?? false, repeated: quantifier?.repeated ?? false, nonWord: NON_WORD_ATOM.test(text) })
    index = quantifier?.end ?? end
  }
  return items
}

/** Whether every alternative of `source` ends with a character that is no letter or digit. */
const endingNonWord = new Map<string, boolean>()

function endsWithNonWord(source: string): boolean {
  let known = endingNonWord.get(source)
  if (known === undefined) {
    known = alternativesEndNonWord(source)
    endingNonWord.set(source, known)
  }
  return known
}

function alternativesEndNonWord(source: string): boolean {
  return topLevelAlternatives(source).every((alternative) => {
    const last = itemsOf(alternative)?.at(-1)
    return last?.type === 'atom' && last.nonWord && !last.optional
  })
}

/**
 * The words every match of one alternative holds, each a set of which one
 * starts a word: the beginning of the match (see `beginnings`), and each
 * later word the pattern requires after a character that is no letter or
 * digit ("employment +authori[sz]ation": "employment" and "authori"). Every
 * set must be met for the alternative to match.
 */
export function requirements(alternative: string, endsWord = true): Array<Set<string>> {
  const found: Array<Set<string>> = []
  // What the match begins with, when a group may start it (the walk below reads a leading word itself).
  const first = alternative.startsWith('(') ? beginnings(alternative, endsWord) : undefined
  if (first) found.push(first)
  const items = itemsOf(alternative)
  if (!items) return found
  // Whether a word starts where the next item starts: the match starts at one.
  let boundary = true
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    const next = items[index + 1]
    const wordEndsAfter = next === undefined ? endsWord : next.type === 'atom' && next.nonWord && !next.optional
    if (item.type === 'group') {
      const { group } = item
      if (group.kind === 'zero-width') continue
      if (!group.optional && boundary) {
        const inside = beginnings(group.inner, !group.repeated && wordEndsAfter)
        if (inside) found.push(inside)
      }
      const endsNonWord = endsWithNonWord(group.inner)
      boundary = group.optional ? boundary && endsNonWord : endsNonWord
      continue
    }
    if (item.nonWord) {
      boundary = item.optional ? boundary : true
      continue
    }
    if (/^[\p{L}\p{N}]/u.test(item.text) && boundary && !item.optional) {
      // A run of letters that must all be there, up to one that may be absent, or one repeated (the last read).
      let run = ''
      let end = index
      let repeated = false
      while (end < items.length && !repeated) {
        const letter = items[end]!
        if (letter.type !== 'atom' || letter.optional || !/^[\p{L}\p{N}]/u.test(letter.text)) break
        run += letter.text
        repeated = letter.repeated
        end++
      }
      const after = items[end]
      const whole = !repeated && (after === undefined ? endsWord : after.type === 'atom' && after.nonWord && !after.optional)
      found.push(new Set([whole ? run + WHOLE : run]))
      index = end - 1
    } else if (item.text === '\\d' && boundary && !item.optional) found.push(new Set('0123456789'))
    boundary = false
  }
  return found
}

/**
 * The index: a trie of word starts by UTF-16 unit, KEY_LENGTH deep, each
 * node holding the requirements (sets of words, see `requirements`) that a
 * word beginning with its letters meets, and those a word of exactly its
 * letters meets.
 */
interface KeyNode {
  prefixOf: number[]
  wordOf: number[]
  /**
   * Children by unit: ASCII ones in an array, the others in a map, each made
   * with its first child. Of the some 1,160 nodes the built-in lists make,
   * about half have no child (words end at KEY_LENGTH units) and almost
   * none a child outside ASCII: an array of 128 and a map for every node
   * were about a megabyte made as the command started (indexing the lists
   * took about 3.5 ms of a one-posting run, 2.3 ms with children made as
   * needed).
   */
  ascii: Array<KeyNode | undefined> | null
  next: Map<number, KeyNode> | null
}
const newNode = (): KeyNode => ({ prefixOf: [], wordOf: [], ascii: null, next: null })

function childOf(node: KeyNode, unit: number): KeyNode | undefined {
  return unit < 128 ? node.ascii?.[unit] : node.next?.get(unit)
}
const root = newNode()
/** Requirements by their words, so that lists sharing one read it once. */
const requirementIds = new Map<string, number>()
/**
 * The gated alternatives of every pattern, each under one of its
 * requirements (the one with the longest words, likely the rarest): when
 * a text meets that one, the alternative's others are checked.
 */
const alternativesByTrigger: Array<Array<{ pattern: number; requires: number[] }>> = []
/** Patterns with an alternative that holds no word the index can read: they run on every text. */
const ungated: number[] = []
let patternCount = 0

function requirementId(words: Iterable<string>): number {
  const key = [...words].sort().join('|')
  let id = requirementIds.get(key)
  if (id !== undefined) return id
  id = alternativesByTrigger.length
  requirementIds.set(key, id)
  alternativesByTrigger.push([])
  for (const word of words) {
    const whole = word.endsWith(WHOLE) && word.length - 1 <= KEY_LENGTH
    const letters = word.endsWith(WHOLE) ? word.slice(0, -1) : word
    let node = root
    for (let index = 0; index < letters.length && index < KEY_LENGTH; index++) {
      const unit = letters.charCodeAt(index)
      let child = childOf(node, unit)
      if (!child) {
        child = newNode()
        if (unit < 128) (node.ascii ??= new Array<KeyNode | undefined>(128).fill(undefined))[unit] = child
        else (node.next ??= new Map()).set(unit, child)
      }
      node = child
    }
    const ids = whole ? node.wordOf : node.prefixOf
    if (!ids.includes(id)) ids.push(id)
  }
  return id
}

/** How telling a requirement is: the length of its shortest word (a whole word counts one more). */
function weight(words: Iterable<string>): number {
  return Math.min(...[...words].map((word) => word.length))
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Per UTF-16 unit: 1 a letter or digit, 0 not, 2 a surrogate (its code point decides), -1 not yet known. */
const UNIT_KIND = new Int8Array(0x10000).fill(-1)
for (let unit = 0; unit < 0x80; unit++) UNIT_KIND[unit] = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) ? 1 : 0
UNIT_KIND.fill(2, 0xd800, 0xe000)

function unitKind(unit: number): number {
  const known = UNIT_KIND[unit]!
  if (known !== -1) return known
  const kind = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 1 : 0
  UNIT_KIND[unit] = kind
  return kind
}

/** Whether the unit at `index` belongs to a letter or digit (a lone surrogate does not). */
function isWordUnit(text: string, index: number): boolean {
  const kind = unitKind(text.charCodeAt(index))
  if (kind !== 2) return kind === 1
  const unit = text.charCodeAt(index)
  const codePoint = text.codePointAt(unit <= 0xdbff ? index : index - 1)!
  return codePoint > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint))
}

/**
 * Texts read and which patterns may match each: a text is tested against
 * many patterns in a row, and postings repeat their boilerplate (over the
 * corpus, sentences are read about six times for each distinct one).
 */
const knownTexts = new TextMemo<Uint8Array>(4096)
let lastText: string | undefined
let lastLive: Uint8Array = new Uint8Array(0)

/** Requirements met by the text being read (all 0 between reads), and their list. */
let met = new Uint8Array(0)
const metList: number[] = []

function meet(ids: readonly number[]): void {
  for (const id of ids) {
    if (met[id] === 1) continue
    met[id] = 1
    metList.push(id)
  }
}

/** Which patterns may match `text`: those ungated, and those with an alternative whose every requirement the text meets. */
function livePatterns(text: string): Uint8Array {
  if (text === lastText && lastLive.length === patternCount) return lastLive
  const seen = knownTexts.get(text)
  // Patterns made since the text was read have no answer in it: read again.
  if (seen !== undefined && seen.length === patternCount) {
    lastText = text
    lastLive = seen
    return seen
  }
  // Which requirements the text meets, in a mark array kept between texts (cleared after), and their list.
  if (met.length < alternativesByTrigger.length) met = new Uint8Array(alternativesByTrigger.length * 2)
  metList.length = 0
  const length = text.length
  let index = 0
  while (index < length) {
    let kind = UNIT_KIND[text.charCodeAt(index)]!
    if (kind === -1) kind = unitKind(text.charCodeAt(index))
    if (kind === 0 || (kind === 2 && !isWordUnit(text, index))) {
      index++
      continue
    }
    // A word starts here: walk its first units down the trie, then skip to its end.
    let node: KeyNode | undefined = root
    let depth = 0
    const wordStart = index
    while (index < length) {
      const unit = text.charCodeAt(index)
      let unitIsWord = UNIT_KIND[unit]!
      if (unitIsWord === -1) unitIsWord = unitKind(unit)
      if (unitIsWord === 0 || (unitIsWord === 2 && !isWordUnit(text, index))) break
      if (node !== undefined && depth < KEY_LENGTH) {
        node = unit < 128 ? node.ascii?.[unit] : node.next?.get(unit)
        depth++
        if (node !== undefined && node.prefixOf.length > 0) meet(node.prefixOf)
      }
      index++
    }
    // The word's letters all read: the requirements of exactly them.
    if (node !== undefined && index - wordStart === depth && node.wordOf.length > 0) meet(node.wordOf)
  }
  const live = new Uint8Array(patternCount)
  for (const id of ungated) live[id] = 1
  for (const trigger of metList) {
    for (const { pattern, requires } of alternativesByTrigger[trigger]!) {
      if (live[pattern] === 1) continue
      if (requires.every((id) => met[id] === 1)) live[pattern] = 1
    }
  }
  for (const id of metList) met[id] = 0
  knownTexts.set(text, live)
  lastText = text
  lastLive = live
  return live
}

/** A word pattern that is only run on texts holding the words one of its entries needs. */
export interface WordPattern {
  /** The regular expression (built on first use); `test` and `exec` give its answers. */
  readonly regex: RegExp
  test(text: string): boolean
  exec(text: string): RegExpExecArray | null
}

/** Every word pattern's regular expressions, built on demand, for checks that must see them all. */
const builders: Array<() => RegExp[]> = []

/** The regular expressions of every word pattern made so far (building those not built yet). */
export function wordPatternRegexes(): RegExp[] {
  return builders.flatMap((build) => build())
}

/** Every alternation a word pattern was made of, in order (for scripts/generate-word-patterns.mjs). */
const alternations: string[] = []

export function wordPatternAlternations(): readonly string[] {
  return alternations
}

/**
 * Per alternative of `alternation`, in order: the sets of words its
 * matches need (see `requirements`), none when it cannot be gated. What
 * word-patterns.generated.ts holds for the built-in patterns, read ahead.
 */
export function analyse(alternation: string): string[][][] {
  return topLevelAlternatives(alternation).map((alternative) => requirements(alternative).map((set) => [...set]))
}

/**
 * Register `alternation` with the index: its pattern number (its place in
 * what livePatterns gives), how many alternatives it has, and those whose
 * words cannot be read, which make it run on every text. Its words are
 * taken from word-patterns.generated.ts when read ahead.
 */
function register(alternation: string): { id: number; always: number[]; count: number } {
  alternations.push(alternation)
  const analysis = PRECOMPUTED.get(alternation) ?? analyse(alternation)
  const always: number[] = []
  const id = patternCount++
  analysis.forEach((sets, index) => {
    if (sets.length === 0) {
      always.push(index)
      return
    }
    const requires = [...new Set(sets.map((set) => requirementId(set)))]
    const trigger = sets.reduce((best, set) => (weight(set) > weight(best) ? set : best))
    alternativesByTrigger[requirementId(trigger)]!.push({ pattern: id, requires })
  })
  if (always.length === analysis.length) ungated.push(id)
  return { id, always, count: analysis.length }
}

/**
 * One pattern of `alternation` (a regular-expression source, its `|`
 * alternatives the entries), matched from the start of a word to the end of
 * one. `flags` must not hold `g` or `y`: the pattern keeps no position
 * between calls. Its regular expressions are built when first run (a
 * pattern with `\p{L}` costs a tenth of a millisecond to build, and a
 * run over a few postings leaves many lists never run), and the built-in
 * patterns' words are read ahead (word-patterns.generated.ts).
 */
export function wordPattern(alternation: string, flags = 'u'): WordPattern {
  if (/[gyi]/u.test(flags)) throw new Error(`wordPattern: flags ${flags} would make skipping unsound`)
  // Each expression and its narrow twin (narrow.ts), the one a text allows run on it.
  const lazy = (source: () => string): LazyPattern => lazyPattern(() => `${WORD_START}(?:${source()})${WORD_END}`, flags)
  const whole = lazy(() => alternation)
  const { id, always, count } = register(alternation)
  if (always.length === count) {
    builders.push(() => [whole.full()])
    return {
      get regex() {
        return whole.full()
      },
      test: (text) => whole.for(text).test(text),
      exec: (text) => whole.for(text).exec(text),
    }
  }
  if (always.length === 0) {
    builders.push(() => [whole.full()])
    return {
      get regex() {
        return whole.full()
      },
      test: (text) => livePatterns(text)[id] === 1 && whole.for(text).test(text),
      exec: (text) => (livePatterns(text)[id] === 1 ? whole.for(text).exec(text) : null),
    }
  }
  // Some alternatives of each kind: whether any matches is whether either part does. A match
  // itself (its position, the alternative that wins) is the whole pattern's, so exec runs it.
  const part = (gated: boolean) => () => topLevelAlternatives(alternation).filter((_, index) => always.includes(index) !== gated).join('|')
  const gatedPart = lazy(part(true))
  const alwaysPart = lazy(part(false))
  builders.push(() => [whole.full(), gatedPart.full(), alwaysPart.full()])
  return {
    get regex() {
      return whole.full()
    },
    test: (text) => (livePatterns(text)[id] === 1 && gatedPart.for(text).test(text)) || alwaysPart.for(text).test(text),
    exec: (text) => whole.for(text).exec(text),
  }
}

/**
 * A text as the index reads it for a case-insensitive pattern: lower-cased,
 * and with the long s (ſ) read as s. Under Unicode case folding ſ matches
 * s; lower-casing keeps it (and the Kelvin sign, the only other character
 * that folds to an ASCII letter, becomes k).
 */
export function gateText(text: string): string {
  const lower = text.toLowerCase()
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower
}

/** A match of one alternative of WordAlternatives. */
export interface AlternativeMatch<Tag> {
  index: number
  /** The matched text. */
  text: string
  /** The tag of the alternative that matched. */
  tag: Tag
}

/**
 * Tagged alternatives matched as the one global expression
 * `WORD_START(?:a|b|…)WORD_END` matches them (each match the leftmost from
 * where the last ended, of the alternatives the earliest listed where two
 * start together), but each alternative as an expression of its own, built
 * when first needed and run only on texts whose words allow it (the index,
 * as for word patterns).
 *
 * For a large case-insensitive pattern that most postings barely reach:
 * V8 compiles an expression whole on its first run, and Unicode case
 * folding makes that slow (the remote-work sentence pattern, some thirty
 * alternatives, took about 8 ms on a command's first posting). The
 * alternatives a posting's words allow are a few, and compile in a
 * fraction of that. Each expression has a cost of its own besides (its
 * word-boundary look-arounds over letters and digits), so this pays for
 * large case-insensitive patterns only: the statements' cue lists,
 * compiled alternative by alternative, made a posting compile 282
 * expressions instead of 248 and start about 10 ms slower.
 *
 * The index reads `words`, which must be the text as the alternatives'
 * flags see it: the text itself, or under `i`, as gateText gives it.
 */
export class WordAlternatives<Tag> {
  readonly #sources: readonly string[]
  readonly #tags: readonly Tag[]
  readonly #flags: string
  /** Per alternative, its pattern number in the index, or -1 when its words cannot be read (it runs on every text). */
  readonly #gates: readonly number[]
  readonly #patterns: LazyPattern[]

  constructor(alternatives: ReadonlyArray<readonly [Tag, string]>, flags: string) {
    if (/[gy]/u.test(flags)) throw new Error(`WordAlternatives: flags ${flags}: the matches are all found`)
    this.#tags = alternatives.map(([tag]) => tag)
    this.#sources = alternatives.map(([, source]) => source)
    this.#flags = `g${flags}`
    this.#gates = this.#sources.map((source) => {
      const { id, always } = register(source)
      return always.length > 0 ? -1 : id
    })
    this.#patterns = this.#sources.map((source) => lazyPattern(() => `${WORD_START}(?:${source})${WORD_END}`, this.#flags))
    builders.push(() => this.#patterns.map((pattern) => pattern.full()))
  }

  /** Every match in `text`, in order, as the one expression finds them. */
  matches(text: string, words: string): Array<AlternativeMatch<Tag>> {
    const live: number[] = []
    const allowed = livePatterns(words)
    for (let index = 0; index < this.#gates.length; index++) {
      const gate = this.#gates[index]!
      if (gate === -1 || allowed[gate] === 1) live.push(index)
    }
    const found: Array<AlternativeMatch<Tag>> = []
    if (live.length === 0) return found
    const unicode = this.#flags.includes('u') || this.#flags.includes('v')
    // Each live alternative's first match at or after `from`, kept while it still lies there (undefined: not looked for).
    const next: Array<RegExpExecArray | null | undefined> = live.map(() => undefined)
    let from = 0
    while (from <= text.length) {
      let best = -1
      for (let k = 0; k < live.length; k++) {
        let match = next[k]
        if (match === undefined || (match !== null && match.index < from)) {
          const regex = this.#patterns[live[k]!]!.for(text)
          regex.lastIndex = from
          match = regex.exec(text)
          regex.lastIndex = 0
          next[k] = match
        }
        if (match !== null && (best === -1 || match.index < next[best]!.index)) best = k
      }
      if (best === -1) break
      const match = next[best]!
      found.push({ index: match.index, text: match[0], tag: this.#tags[live[best]!]! })
      from = match[0] === '' ? advance(text, match.index, unicode) : match.index + match[0].length
    }
    return found
  }
}
