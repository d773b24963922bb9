/**
 * Unicode property classes narrowed to what a text holds.
 *
 * V8 builds a class such as `[\p{L}\p{N}]` from Unicode's tables each time
 * it reads an expression holding one, and compiles all of it into every
 * expression that uses it: some 780 ranges, astral ones included, and
 * under `i` their case-folded closure too. That costs about a tenth of a
 * millisecond to read and as much again or more to compile, per class and
 * expression, and postlint's patterns hold hundreds of them (every word
 * pattern starts and ends with one). On a command's first posting, reading
 * and compiling them came to some 45 ms of a 280 ms run.
 *
 * Most postings hold no letter, digit or mark beyond Latin Extended-B
 * (U+024F): their accents are precomposed, their punctuation (’ – • €) is
 * neither. On such a text `\p{L}` and the letters below U+0250 say the same
 * of every character, and so an expression whose property escapes are
 * replaced by their ranges below U+0250 (its narrow twin) finds exactly the
 * matches the expression finds, and compiles in a fraction of the time.
 * A text is narrow when every character in it is one on which each
 * property handled here and its narrow ranges agree, with and without case
 * folding:
 * - below U+0250, all but the few whose case partners lie beyond (µ, whose
 *   capital is the Greek Μ, is a lower-case letter to `\p{Lu}` under `i`;
 *   its narrow ranges hold no Μ);
 * - from U+0250 up, those that are no letter, digit or mark and fold to
 *   none (asked of V8 once per character, so the answer is the running
 *   Node's own Unicode);
 * - no surrogate (no astral character: an emoji makes a text wide).
 * A wide text runs the expression itself.
 *
 * What is below U+0250 comes from narrow-classes.generated.ts, made under
 * the Unicode version it names; under another, it is worked out again
 * from V8's own classes when first needed (a few milliseconds).
 */
import { NARROW_TABLES } from './narrow-classes.generated.js'

/** The property escapes that are narrowed; an expression with any other keeps its own. */
export const NARROW_PROPERTIES = ['L', 'Lu', 'Ll', 'N', 'M'] as const
export type NarrowProperty = (typeof NARROW_PROPERTIES)[number]

/** Characters below this are narrowed to; U+0250 starts the IPA extensions. */
export const NARROW_LIMIT = 0x250

export interface NarrowTables {
  /** The Unicode version the tables were made under (`process.versions.unicode`). */
  unicode: string
  /** Per property, its characters below NARROW_LIMIT, as the body of a class (`\uXXXX` ranges). */
  ranges: Record<NarrowProperty, string>
  /** The characters below NARROW_LIMIT on which a property and its ranges disagree under case folding, as a class body. */
  folded: string
}

const hex = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`

/** The units below NARROW_LIMIT for which `holds` is true, as the body of a class. */
function classBody(holds: (unit: number) => boolean): string {
  let body = ''
  for (let unit = 0; unit < NARROW_LIMIT; unit++) {
    if (!holds(unit)) continue
    let last = unit
    while (last + 1 < NARROW_LIMIT && holds(last + 1)) last++
    body += last === unit ? hex(unit) : `${hex(unit)}-${hex(last)}`
    unit = last
  }
  return body
}

/** The tables, from V8's own classes under the running Node (scripts/generate-narrow-classes.mjs writes them out). */
export function computeNarrowTables(): NarrowTables {
  const ranges = {} as Record<NarrowProperty, string>
  for (const name of NARROW_PROPERTIES) {
    const property = new RegExp(`^\\p{${name}}$`, 'u')
    ranges[name] = classBody((unit) => property.test(String.fromCharCode(unit)))
  }
  // Without `i` a property and its ranges agree below the limit by construction; under `i`, as V8 folds them,
  // in a class and out of one.
  const pairs = NARROW_PROPERTIES.flatMap((name) => [
    [new RegExp(`^[\\p{${name}}]$`, 'iu'), new RegExp(`^[${ranges[name]}]$`, 'iu')],
    [new RegExp(`^[^\\p{${name}}]$`, 'iu'), new RegExp(`^[^${ranges[name]}]$`, 'iu')],
  ])
  const folded = classBody((unit) => {
    const character = String.fromCharCode(unit)
    return pairs.some(([full, narrow]) => full!.test(character) !== narrow!.test(character))
  })
  return { unicode: process.versions.unicode ?? '', ranges, folded }
}

/** The tables for a Node under Unicode `version`: the generated ones when they were made under it, else worked out. */
export function tablesFor(version: string | undefined): NarrowTables {
  return NARROW_TABLES.unicode === version ? NARROW_TABLES : computeNarrowTables()
}

let tables: NarrowTables | undefined
/** No text is narrow (for tests, to compare with the expressions alone). */
let off = false

function narrowTables(): NarrowTables | null {
  return off ? null : (tables ??= tablesFor(process.versions.unicode))
}

/** For tests: whether any text may be narrow (false: every pattern runs as written). */
export function setNarrowing(enabled: boolean): void {
  off = !enabled
  lastText = undefined
}

function isNarrowProperty(name: string): name is NarrowProperty {
  return (NARROW_PROPERTIES as readonly string[]).includes(name)
}

/**
 * The source of `source`'s narrow twin: each `\p{…}` of NARROW_PROPERTIES
 * replaced by its ranges (bare inside a class, bracketed outside one).
 * Undefined when there is none to replace, or the expression holds
 * something the twin could not answer for: `\P{…}`, another property, or
 * no `u` flag (or the `v` flag, whose classes nest).
 */
export function narrowSource(source: string, flags: string, ranges: Record<NarrowProperty, string> | undefined = narrowTables()?.ranges): string | undefined {
  if (!ranges || !flags.includes('u') || flags.includes('v')) return undefined
  let out = ''
  let inClass = false
  let changed = false
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!
    if (character === '\\') {
      const next = source[index + 1] ?? ''
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', index)
        const name = source.slice(index + 3, close)
        if (next === 'P' || source[index + 2] !== '{' || close === -1 || !isNarrowProperty(name)) return undefined
        out += inClass ? ranges[name] : `[${ranges[name]}]`
        changed = true
        index = close
        continue
      }
      // Any other escape is copied whole: an escaped bracket opens or closes nothing.
      out += character + next
      index++
      continue
    }
    if (inClass) {
      if (character === ']') inClass = false
    } else if (character === '[') {
      inClass = true
    }
    out += character
  }
  return changed ? out : undefined
}

/**
 * Per UTF-16 unit: 0 not asked yet, 1 narrow, 2 wide. ASCII is narrow
 * whatever the Unicode version: each ASCII letter's case partner is ASCII,
 * so each property's ranges hold the whole of its case folding, and no
 * other ASCII character folds (the tests check `folded` holds none).
 */
const status = new Uint8Array(0x10000)
const NON_ASCII = /[^\0-\x7f]/g
/** Letters, digits and marks, and what folds to them. */
let folding: RegExp | undefined
let folded: RegExp | undefined

function statusOf(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return 2
  const character = String.fromCharCode(unit)
  if (unit < NARROW_LIMIT) {
    folded ??= new RegExp(`[${narrowTables()!.folded}]`, 'u')
    return folded.test(character) ? 2 : 1
  }
  folding ??= /[\p{L}\p{N}\p{M}]/iu
  return folding.test(character) ? 2 : 1
}

let lastText: string | undefined
let lastAnswer = false

/** Whether narrow twins give `text` the matches their expressions give it. */
export function isNarrowText(text: string): boolean {
  if (text === lastText) return lastAnswer
  if (narrowTables() === null) return false
  let answer = true
  NON_ASCII.lastIndex = 0
  // test() rather than exec(): no match array for each accented letter.
  while (NON_ASCII.test(text)) {
    const unit = text.charCodeAt(NON_ASCII.lastIndex - 1)
    let known = status[unit]!
    if (known === 0) known = status[unit] = statusOf(unit)
    if (known === 2) {
      answer = false
      break
    }
  }
  NON_ASCII.lastIndex = 0
  lastText = text
  lastAnswer = answer
  return answer
}

const twins = new WeakMap<RegExp, RegExp | null>()

/** The narrow twin of an expression, or null when it has nothing to narrow (or, which the tests rule out, its twin would not compile). */
function twinOf(source: string, flags: string): RegExp | null {
  const narrow = narrowSource(source, flags)
  if (narrow === undefined) return null
  try {
    return new RegExp(narrow, flags)
  } catch {
    return null
  }
}

/**
 * The expression to run on `text`: `pattern`'s narrow twin (made on first
 * need, with the same flags and a `lastIndex` of its own) when `text` is
 * narrow and the pattern has property escapes to narrow, else `pattern`.
 */
export function forText(pattern: RegExp, text: string): RegExp {
  if (!pattern.unicode) return pattern
  let twin = twins.get(pattern)
  // The text first: a twin is made only when one is run.
  if (twin === null || !isNarrowText(text)) return pattern
  if (twin === undefined) {
    twin = twinOf(pattern.source, pattern.flags)
    twins.set(pattern, twin)
  }
  return twin ?? pattern
}

/** An expression and its narrow twin from a source, each built when first needed. */
export interface LazyPattern {
  /** The expression itself. */
  readonly full: () => RegExp
  /** The expression to run on `text` (see forText). */
  readonly for: (text: string) => RegExp
}

/** Every lazy pattern made, for the checks that must see every expression. */
const lazyPatterns: LazyPattern[] = []

/** The expressions of every lazy pattern made so far (building those not built yet). */
export function lazyPatternRegexes(): RegExp[] {
  return lazyPatterns.map((pattern) => pattern.full())
}

/**
 * A pattern written as a source rather than a literal, so that loading its
 * module does not read it: V8 reads an expression's property classes from
 * Unicode's tables when it makes it, a tenth of a millisecond or more for
 * each, and on a narrow text only the twin is run.
 */
export function lazyPattern(source: () => string, flags: string): LazyPattern {
  let full: RegExp | undefined
  let twin: RegExp | null | undefined
  const whole = (): RegExp => (full ??= new RegExp(source(), flags))
  const pattern: LazyPattern = {
    full: whole,
    for: (text) => {
      if (twin === null || !isNarrowText(text)) return whole()
      twin ??= twinOf(source(), flags)
      return twin ?? whole()
    },
  }
  lazyPatterns.push(pattern)
  return pattern
}

/** The expression the text allows, of a pattern that keeps no position between calls. */
function once(pattern: RegExp | LazyPattern, text: string, name: string): RegExp {
  const regex = pattern instanceof RegExp ? forText(pattern, text) : pattern.for(text)
  if (regex.global || regex.sticky) throw new TypeError(`${name}: ${String(regex)} keeps a position between calls`)
  return regex
}

/** `pattern.test(text)`, by the expression the text allows (for patterns without `g` or `y`). */
export function testText(pattern: RegExp | LazyPattern, text: string): boolean {
  return once(pattern, text, 'testText').test(text)
}

/** `pattern.exec(text)`, by the expression the text allows (for patterns without `g` or `y`). */
export function execText(pattern: RegExp | LazyPattern, text: string): RegExpExecArray | null {
  return once(pattern, text, 'execText').exec(text)
}
