/**
 * Front matter is read line by line where it is flat (readFlatYaml in
 * src/linter/flat-yaml.ts), by js-yaml where it reads as yaml does, else by
 * yaml (readFrontMatter in src/linter/parse-markdown.ts). Whichever library reads
 * it, the answer must be yaml's: the same data, and for YAML that cannot be
 * read, yaml's message. Checked over the corpus, over the constructs on
 * which the two differ, and over generated front matter.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { load as loadYaml } from 'js-yaml'
import { describe, expect, it, vi } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { FrontMatter } from '../../src/linter/document.js'
import { readFrontMatter } from '../../src/linter/parse-markdown.js'
import { readFlatYaml } from '../../src/linter/flat-yaml.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

const RANGE: [number, number] = [0, 0]

/** What readFrontMatter gave when yaml alone read front matter. */
function byYaml(value: string): FrontMatter {
  try {
    const data: unknown = parseYaml(value, { prettyErrors: false, logLevel: 'error' })
    if (data === null || data === undefined) return { data: {}, range: RANGE }
    if (typeof data !== 'object' || Array.isArray(data)) return { data: null, range: RANGE, error: 'front matter is not a YAML mapping' }
    return { data: data as Record<string, unknown>, range: RANGE }
  } catch (error) {
    return { data: null, range: RANGE, error: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
}

/** Where js-yaml alone reads a document otherwise than yaml: each is left to yaml. */
const DIFFERING = [
  ['a null key', 'null: x\ntitle: Engineer'],
  ['a null key written ~', 'remote: yes\n~: x'],
  ['a tab', 'salary_min: \n\t'],
  ['a document end', '...\ntitle: Engineer'],
  ['a directive', '%YAML 1.1\n---\nremote: yes'],
  ['an anchor without a space after it', 'teams:\n  - &a[x]'],
  ['an indentation indicator', 'summary: >2\n   |\n   \ntitle: x'],
  ['kept final line breaks', 'summary: |+\n  \n  '],
  ['a backslash ending a line of a quoted string', 'location: "a\\\n\n  "'],
] as const

describe('front matter read by js-yaml, answered as yaml answers', () => {
  it('gives yaml’s data for every front matter of the corpus', () => {
    let read = 0
    let flat = 0
    for (const file of corpusFiles().filter((name) => name.endsWith('.md'))) {
      const value = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\n|$)/.exec(readFileSync(path.join(CORPUS, file), 'utf8'))?.[1]
      if (value === undefined) continue
      read++
      expect(readFrontMatter(value, RANGE), file).toEqual(byYaml(value))
      if (readFlatYaml(value) !== undefined) flat++
    }
    expect(read).toBeGreaterThan(400)
    // Most are read without a parser: keys with plain, quoted and block values, and lists, between comments.
    expect(flat).toBeGreaterThan(400)
  })

  it('leaves to yaml what js-yaml reads otherwise', () => {
    for (const [what, value] of DIFFERING) {
      let alone: unknown
      try {
        alone = loadYaml(value)
      } catch {
        alone = 'refused'
      }
      expect(alone, what).not.toEqual(byYaml(value).data ?? 'refused')
      expect(readFrontMatter(value, RANGE), what).toEqual(byYaml(value))
    }
  })

  it('gives yaml’s message for YAML neither can read', () => {
    for (const value of ['title: [unclosed', 'a: 1\na: 2', 'a: b: c', 'a:\n  b: 1\n c: 2', '"open']) {
      const read = readFrontMatter(value, RANGE)
      expect(read.data, value).toBeNull()
      expect(read, value).toEqual(byYaml(value))
    }
  })

  it('keeps yaml’s warnings (an unknown tag) off the process’s output', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning')
    const warn = vi.spyOn(console, 'warn')
    try {
      expect(readFrontMatter('title: Engineer\nteam: !custom platform', RANGE).data).toEqual({ title: 'Engineer', team: 'platform' })
      expect(emitWarning).not.toHaveBeenCalled()
      expect(warn).not.toHaveBeenCalled()
    } finally {
      emitWarning.mockRestore()
      warn.mockRestore()
    }
  })

  it('reads flat front matter without a parser only as yaml reads it', () => {
    // Lines of keys, values, values that go on, blank and comment lines, with what yaml reads otherwise among them.
    const pick = <T,>(common: readonly T[], rare: readonly T[]): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 6 }, { arbitrary: fc.constantFrom(...rare), weight: 1 })
    const key = pick(['title', 'salary_min', 'max applications', 'x-y', '_a', 'a  b', 'yes', 'location'], ['a ', 'null', 'Null', 'TRUE', 'false', '__proto__', 'title', '1', 'é', 'a#b', 'a:b', '? k'])
    const plain = pick(
      ['Engineer', 'null', 'NULL', '~', 'true', 'True', 'FALSE', 'yes', '0o17', '0o19', '0x1F', '0x', '017', '-0', '+5', '-5 apples', '1_000', '1e3', '-1E-3', '.5', '1.', '-.5', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '12:30', 'a:b', '2024-01-05', '1,000', '$100', 'C#', 'a #b', 'a#b', '-x', '-', '\u00a0x', 'x\u00a0', 'é€', "it's", 'say "hi"', 'a [b] {c}', 'x ', 'a  b'],
      ['a: b', 'a:', '- x', '[a]', '{a: 1}', '&a x', '*a', '!t x', '%x', '@x', '`x`', '?x', ':x', ',x', '|', '>', '|-', '>-', '|+', '>2', '> # c', '# c'],
    )
    const quoted = pick(["'a'", "''", "'it''s'", "'a #b'", '"a"', '""', '"a \'b\'"', "'a' # c", '"a" # c'], ["'a''", "'a' b", "'a'#c", '"a\\nb"', '"a', "'a"])
    const indent = fc.constantFrom(' ', '  ', '    ')
    const spaces = fc.constantFrom('', '', ' ', '  ')
    const line = fc.oneof(
      { arbitrary: fc.tuple(key, pick([': '], [':', ':  ', ' : ', '::']), fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: quoted, weight: 2 }, { arbitrary: fc.constantFrom('', '|', '>', '|-', '>-', '>- # c'), weight: 2 }), spaces).map(([k, colon, value, after]) => `${k}${colon}${value}${after}`), weight: 8 },
      { arbitrary: fc.tuple(indent, fc.oneof(plain, quoted), spaces).map(([space, value, after]) => `${space}${value}${after}`), weight: 3 },
      // Items of a sequence, and the keys of a mapping in one.
      { arbitrary: fc.tuple(fc.constantFrom('', ' ', '  '), fc.oneof(plain, quoted, fc.tuple(key, fc.oneof(plain, quoted)).map(([k, value]) => `${k}: ${value}`))).map(([space, value]) => `${space}- ${value}`), weight: 4 },
      { arbitrary: fc.tuple(fc.constantFrom('  ', '   ', '    '), key, fc.oneof(plain, quoted)).map(([space, k, value]) => `${space}${k}: ${value}`), weight: 2 },
      { arbitrary: pick(['', ' ', '# comment', '  # comment'], ['     ', '#', '---', '...', '\t', 'a:\tb', 'a: b\r', '\ufeffa: b', 'a: b\u2028c', 'a: b\u0085']), weight: 2 },
    )
    // A key and a sequence under it: items of one line or going on, mappings with their keys lined up or not.
    const itemValue = fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: quoted, weight: 1 })
    const sequence = fc
      .tuple(
        key,
        fc.constantFrom('', ' ', '  '),
        fc.array(
          fc.oneof(
            itemValue.map((value) => [`- ${value}`]),
            fc.tuple(itemValue, fc.array(fc.tuple(fc.constantFrom('  ', '   ', ' '), fc.oneof(plain, fc.constant(''), fc.constant('# c'))), { maxLength: 2 })).map(([value, more]) => [`- ${value}`, ...more.map(([space, text]) => `${space}${text}`)]),
            fc.tuple(key, itemValue, fc.array(fc.tuple(fc.constantFrom('  ', '  ', '   '), key, itemValue), { maxLength: 2 })).map(([k, value, more]) => [`- ${k}: ${value}`, ...more.map(([space, inner, text]) => `${space}${inner}: ${text}`)]),
            fc.constantFrom(['# comment'], [''], ['  # c']),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('', '\nnext: x', '\n  stray: x', '\n- x'),
      )
      .map(([k, space, items, after]) => `${k}:\n${items.map((lines) => lines.map((line) => (line === '' || line.startsWith('#') ? line : space + line)).join('\n')).join('\n')}${after}`)
    let flatRead = 0
    let sequences = 0
    fc.assert(
      fc.property(fc.oneof(fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n')), sequence), (value) => {
        const flat = readFlatYaml(value)
        if (flat === undefined) return
        flatRead++
        if (/^ *- /m.test(value) && Object.values(flat).some(Array.isArray)) sequences++
        expect(flat, JSON.stringify(value)).toEqual(byYaml(value).data)
      }),
      { numRuns: 30000 },
    )
    expect(flatRead).toBeGreaterThan(3000)
    expect(sequences).toBeGreaterThan(1500)
  })

  it('gives yaml’s answer on generated front matter', () => {
    const pieces = [...'0123456789+-._:eExobaA #\'"TtrueFalsnNul~.infa %@&*!|>[]{},?\\\téÉ€\u00a0\u2028\u0085\ufeff', ': ', ' #', '- ', '? ', '\\n', '\\x41', '\\u00e9', "''", '\n  ', '\n', '\r\n']
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''))
    const scalar = fc.oneof(
      text,
      fc.constantFrom('null', 'Null', '~', 'true', 'True', 'FALSE', 'yes', 'on', '.inf', '-.Inf', '.nan', '0o17', '0x1F', '0b101', '017', '1_000', '1e3', '-0', '.5', '12:30', '2024-01-05', '1,000', '$100', 'a: b', '|', '>-', '!!str 12', '!!int "3"', '!custom x', '&a x', '*a', '<<', '%x', '@x', '`x`'),
    )
    const key = fc.constantFrom('title', 'salary_min', 'location', 'a b', '"q k"', '? k', 'k:', '<<', '1', 'null', 'True', 'x-y')
    const indent = fc.constantFrom(' ', '  ', '    ')
    const entry = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, text).map(([k, v]) => `${k}: "${v}"`),
      fc.tuple(key, text).map(([k, v]) => `${k}: '${v}'`),
      fc.tuple(key, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, items]) => `${k}:\n${items.map((item) => `  - ${item}`).join('\n')}`),
      fc.tuple(key, fc.constantFrom('|', '|-', '|+', '>', '>-', '>2'), indent, fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([k, style, space, lines]) => `${k}: ${style}\n${lines.map((line) => space + line).join('\n')}`),
      fc.tuple(key, key, scalar).map(([k, inner, v]) => `${k}:\n  ${inner}: ${v}`),
      fc.tuple(key, scalar, scalar).map(([k, a, b]) => `${k}: [${a}, ${b}]`),
      fc.constantFrom('# comment', '', '%YAML 1.1', '---', '...', '\t', 'x: &anchor 5', 'y: *anchor'),
    )
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }).map((entries) => entries.join('\n')), (value) => {
        expect(readFrontMatter(value, RANGE)).toEqual(byYaml(value))
      }),
      { numRuns: 3000 },
    )
  })
})
