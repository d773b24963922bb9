/**
 * Front matter that is only `key: value` lines, read without a YAML parser.
 *
 * Most postings' front matter is a list of keys between comment lines:
 * plain values (some going on over indented lines), quoted ones on one
 * line, block values (`|`, `>`, `>-`) at one indentation, and lists of
 * such values or of flat mappings ("- text: Role summary" and "href: ..."
 * under it). Reading such a document line by line gives what yaml gives
 * (the YAML 1.2 core schema: the same values, the same types) in a small
 * part of a parser's time: 432 of the corpus's 467 front matters, about
 * 25 ms a round against 60 ms, and 37 ms against 166 ms as a run reads
 * them first. Anything else (a nested mapping, a list in a list, a flow
 * collection, an anchor, a tag, an escape, a key that is not a plain name,
 * a line of a shape this reader does not know) is not read here:
 * readFlatYaml answers undefined and the caller parses the document.
 * test/linter/front-matter-yaml.test.ts compares the two over the corpus
 * and over generated documents.
 */

/** A line of spaces alone, or of spaces and a comment. */
const BLANK_OR_COMMENT = /^ *(?:#|$)/
/** A key at the start of its line (words, spaces between them), a colon, then a space and the value (spaces before it taken off by the reader), or nothing. */
const KEY_LINE = /^([A-Za-z_](?:[A-Za-z0-9_ -]*[A-Za-z0-9_-])?):(?: (.*))?$/
/**
 * Keys that the core schema reads as something other than their text (null,
 * a boolean), and the one an object cannot simply take.
 */
const SPECIAL_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/
/**
 * Characters this reader leaves to the parser: tabs, carriage returns and
 * other control characters, the byte order mark, and the line and paragraph
 * separators (line breaks in YAML 1.1).
 */
const UNREAD = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\t]/
/** What a plain value may not start with: YAML's indicators, a space. */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@` ]/
/** A block scalar's header: literal or folded, kept final line break clipped or stripped, a comment after it. */
const BLOCK_HEADER = /^([|>])(-?)(?: +(?:#.*)?)?$/
/** An item of a sequence: `- value`, or `- key: value` and the keys under it. */
const ITEM = /^( *)- (.*)$/
/** A plain value that starts with a dash: a signed number or .inf ("-5", "-.5", "-.inf"). */
const SIGNED = /^-[0-9.]/

/** The core schema's readings of a plain value, in the order yaml tries them. */
const NULL = /^(?:~|[Nn]ull|NULL)?$/
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const OCTAL = /^0o[0-7]+$/
const DECIMAL = /^[-+]?[0-9]+$/
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/
const INFINITE_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/

/** The value of a plain scalar, as the core schema resolves it. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null
  if (BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T'
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8)
  if (DECIMAL.test(text)) return parseInt(text, 10)
  if (HEXADECIMAL.test(text)) return parseInt(text.slice(2), 16)
  if (INFINITE_OR_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity
  if (EXPONENT.test(text) || FRACTION.test(text)) return parseFloat(text)
  return text
}

/** Whether what follows a closing quote is nothing, spaces, or spaces and a comment. */
function endsLine(rest: string): boolean {
  if (rest === '') return true
  const hash = rest.indexOf('#')
  const spaces = hash === -1 ? rest : rest.slice(0, hash)
  return spaces.length > 0 && /^ +$/.test(spaces)
}

/** A quoted value on one line ('' stands for ' in single quotes; double quotes without escapes), else undefined. */
function readQuoted(value: string): string | undefined {
  const quote = value[0]!
  let text = ''
  let index = 1
  for (;;) {
    const close = value.indexOf(quote, index)
    if (close === -1) return undefined
    text += value.slice(index, close)
    if (quote === "'" && value[close + 1] === "'") {
      text += "'"
      index = close + 2
      continue
    }
    if (quote === '"' && text.includes('\\')) return undefined
    return endsLine(value.slice(close + 1)) ? text : undefined
  }
}

/** A plain value up to a comment, trailing spaces off, else undefined when it is not a plain scalar on its own line. */
function readPlain(value: string): string | undefined {
  if (!PLAIN_START.test(value) && !SIGNED.test(value)) return undefined
  const comment = value.indexOf(' #')
  const text = trailingSpacesOff(comment === -1 ? value : value.slice(0, comment))
  // "a: b" inside a value is a mapping, and a colon at its end starts one.
  if (text.includes(': ') || text.endsWith(':')) return undefined
  return text
}

/** Whether a plain value's first line (spaces off) may stand in one: no mapping in it, no comment, no indicator first. */
function plainLine(text: string): boolean {
  return (PLAIN_START.test(text) || SIGNED.test(text)) && plainNext(text)
}

/** Whether a later line of a plain value (spaces off) may stand in one: any character first but a comment's. */
function plainNext(text: string): boolean {
  return text[0] !== '#' && !text.includes(': ') && !text.includes(' #') && !text.endsWith(':')
}

/**
 * A plain value over several lines, as YAML folds it: lines joined by a
 * space, and each blank line between them kept as a line break. `first` is
 * what stands after the key ('' when the value starts on the next line);
 * `next` the lines after it, spaces off, '' for a blank line. Undefined when
 * a line is not one of a plain value.
 */
function foldPlain(first: string, next: readonly string[]): string | undefined {
  let text = first
  let blanks = 0
  for (const line of next) {
    if (line === '') {
      blanks++
      continue
    }
    if (!(text === '' ? plainLine(line) : plainNext(line))) return undefined
    text = text === '' ? line : text + (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + line
    blanks = 0
  }
  return text
}

/** How many spaces start `line` (no other character indents YAML). */
function spacesBefore(line: string): number {
  let count = 0
  while (line.charCodeAt(count) === 0x20) count++
  return count
}

/**
 * `text` without the spaces before it, after it, or both: no other
 * character, as YAML's white space here is the space alone. By hand, as a
 * pattern for the spaces at the end is quadratic on a long run of them.
 */
function withoutSpaces(text: string, before: boolean, after: boolean): string {
  let from = 0
  let to = text.length
  while (before && from < to && text.charCodeAt(from) === 0x20) from++
  while (after && to > from && text.charCodeAt(to - 1) === 0x20) to--
  return from === 0 && to === text.length ? text : text.slice(from, to)
}
const spacesOff = (text: string): string => withoutSpaces(text, true, true)
const leadingSpacesOff = (text: string): string => withoutSpaces(text, true, false)
const trailingSpacesOff = (text: string): string => withoutSpaces(text, false, true)

/**
 * A block scalar's lines from `start` (`|` literal, `>` folded; `strip`: no
 * final line break, else one): every line of it at the indentation of its
 * first, blank lines between them no deeper. Undefined for any other shape
 * (a line deeper than the first, which a folded scalar keeps apart; blank
 * lines first; no line at all), and where the scalar ends, the next line.
 */
function readBlock(lines: readonly string[], start: number, literal: boolean, strip: boolean): { text: string; next: number } | undefined {
  const first = lines[start]
  const indent = first === undefined ? 0 : spacesBefore(first)
  if (indent === 0 || first!.length === indent) return undefined
  const content: string[] = []
  let index = start
  let blanks = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (/^ *$/.test(line)) {
      if (line.length > indent) return undefined
      blanks++
      index++
      continue
    }
    const depth = spacesBefore(line)
    if (depth === 0) break
    if (depth !== indent || line.charCodeAt(depth) === 0x20) return undefined
    const text = line.slice(indent)
    if (content.length > 0) content.push(literal ? '\n'.repeat(blanks + 1) : blanks === 0 ? ' ' : '\n'.repeat(blanks))
    content.push(text)
    blanks = 0
    index++
  }
  return { text: content.join('') + (strip ? '' : '\n'), next: index }
}

/** A value on the key's line alone: quoted, plain, or none (null); undefined when it is none of these. */
function readValue(raw: string): { value: unknown } | undefined {
  if (raw === '' || raw[0] === '#') return { value: null }
  if (raw[0] === "'" || raw[0] === '"') {
    const text = readQuoted(raw)
    return text === undefined ? undefined : { value: text }
  }
  const text = readPlain(raw)
  return text === undefined ? undefined : { value: resolvePlain(text) }
}

/** A `key:` line's key and what follows it (spaces before it off), unless the key is not one this reader takes into `into`. */
function readKey(line: string, into: Record<string, unknown>): { key: string; raw: string } | undefined {
  const match = KEY_LINE.exec(line)
  if (!match) return undefined
  const key = match[1]!
  if (SPECIAL_KEY.test(key) || Object.hasOwn(into, key)) return undefined
  return { key, raw: leadingSpacesOff(match[2] ?? '') }
}

/**
 * The lines after `start` deeper than `indent`, spaces off ('' for a blank
 * one), up to a comment or a line no deeper: the lines a plain value goes
 * on over. Blank lines at their end are not theirs; `next` is the first
 * line after them all.
 */
function deeperLines(lines: readonly string[], start: number, indent: number): { texts: string[]; next: number } {
  const texts: string[] = []
  let next = start
  while (next < lines.length) {
    const line = lines[next]!
    const text = spacesOff(line)
    if (text !== '' && (spacesBefore(line) <= indent || text[0] === '#')) break
    texts.push(text)
    next++
  }
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop()
  return { texts, next }
}

/** One `key: value` of a mapping into `into`; false when the key or the value is not one this reader reads. */
function readEntry(line: string, into: Record<string, unknown>): boolean {
  const entry = readKey(line, into)
  if (!entry) return false
  const { key, raw } = entry
  if (BLOCK_HEADER.test(raw)) return false
  const read = readValue(raw)
  if (!read) return false
  into[key] = read.value
  return true
}

/**
 * A sequence under a key, from `start` (its first item's line): items of one
 * line each, or flat mappings whose keys line up under the first ("- text:
 * Role summary" then "  href: '#role'"). Undefined for any other shape, and
 * where the sequence ends, the next line.
 */
function readSequence(lines: readonly string[], start: number): { items: unknown[]; next: number } | undefined {
  const indent = spacesBefore(lines[start]!)
  const items: unknown[] = []
  let mapping: Record<string, unknown> | undefined
  let index = start
  while (index < lines.length) {
    const line = lines[index]!
    if (BLANK_OR_COMMENT.test(line)) {
      index++
      continue
    }
    const depth = spacesBefore(line)
    const item = depth === indent ? ITEM.exec(line) : null
    if (item) {
      const rest = item[2]!
      if (KEY_LINE.test(rest)) {
        mapping = {}
        if (!readEntry(rest, mapping)) return undefined
        items.push(mapping)
      } else {
        mapping = undefined
        // A plain item goes on over the deeper lines after it (up to a comment), which a quoted one cannot.
        const deeper = deeperLines(lines, index + 1, indent)
        if (deeper.texts.length > 0) {
          if (rest[0] === "'" || rest[0] === '"' || !plainLine(trailingSpacesOff(rest))) return undefined
          const text = foldPlain(trailingSpacesOff(rest), deeper.texts)
          if (text === undefined) return undefined
          items.push(resolvePlain(text))
          index = deeper.next
          continue
        }
        const read = readValue(rest)
        if (!read) return undefined
        items.push(read.value)
      }
    } else if (mapping && depth === indent + 2 && line.charCodeAt(depth) !== 0x20) {
      if (!readEntry(line.slice(depth), mapping)) return undefined
    } else if (depth === 0) {
      break
    } else {
      return undefined
    }
    index++
  }
  return items.length > 0 ? { items, next: index } : undefined
}

/** The first line from `start` that is neither blank nor a comment. */
function nextContent(lines: readonly string[], start: number): number {
  let index = start
  while (index < lines.length && BLANK_OR_COMMENT.test(lines[index]!)) index++
  return index
}

/** The mapping a flat front matter holds, or undefined when it is not one this reader reads. */
export function readFlatYaml(document: string): Record<string, unknown> | undefined {
  if (UNREAD.test(document)) return undefined
  const data: Record<string, unknown> = {}
  const lines = document.split('\n')
  let keys = 0
  let index = 0
  while (index < lines.length) {
    const line = lines[index++]!
    // Blank lines, and comment lines however indented (by spaces: no other character is white space to YAML).
    if (BLANK_OR_COMMENT.test(line)) continue
    const entry = readKey(line, data)
    if (!entry) return undefined
    const { key, raw } = entry
    const block = BLOCK_HEADER.exec(raw)
    if (block) {
      const read = readBlock(lines, index, block[1] === '|', block[2] === '-')
      if (!read) return undefined
      data[key] = read.text
      keys++
      index = read.next
      continue
    }
    if (raw === '' || raw[0] === '#') {
      const first = nextContent(lines, index)
      if (first < lines.length && /^ *-(?: |$)/.test(lines[first]!)) {
        const read = readSequence(lines, first)
        if (!read) return undefined
        data[key] = read.items
        keys++
        index = read.next
        continue
      }
    }
    // The indented lines under the key: a plain value that goes on (an indented line after a comment is
    // no key line, and stops the reader at the next turn).
    const deeper = deeperLines(lines, index, 0)
    index = deeper.next
    let value: unknown
    if (deeper.texts.length > 0) {
      // Only a plain value goes on to the next lines; one cut by a comment does not.
      if (raw[0] === "'" || raw[0] === '"' || raw[0] === '#') return undefined
      const first = trailingSpacesOff(raw)
      if (first !== '' && !plainLine(first)) return undefined
      const text = foldPlain(first, deeper.texts)
      if (text === undefined) return undefined
      value = resolvePlain(text)
    } else {
      const read = readValue(raw)
      if (!read) return undefined
      value = read.value
    }
    data[key] = value
    keys++
  }
  return keys > 0 ? data : undefined
}
