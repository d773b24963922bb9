/**
 * No regular expression in `src/` or `rules/` backtracks catastrophically.
 *
 * The literals come from the sources' syntax trees. Patterns built at run
 * time from word lists (`new RegExp(…)`) are caught as they are built: the
 * RegExp constructor is watched while every module is loaded afresh and the
 * linter runs, with every rule on, over every fixture; each construction site
 * in the sources must have been seen building at least one pattern. Each
 * distinct pattern is then analysed by recheck (its native or pure
 * JavaScript backend; no network), and any it finds vulnerable fails the
 * test with its place and an attack string. A narrow twin (a pattern with
 * its Unicode property classes narrowed, src/linter/narrow.ts) is analysed
 * where a fixture has it built, as the code that runs it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { check, type Diagnostics } from 'recheck'
import { describe, expect, it, vi } from 'vitest'
import { collectRegexes, ROOT, sourceFiles } from './regex-sources.js'
import { fixtureFiles } from './fuzz/postings.js'

interface Pattern {
  source: string
  flags: string
  /** Where the pattern is written or built, `file:line`. */
  places: Set<string>
}

const files = sourceFiles()
const { literals, constructions } = collectRegexes(files)

/** Patterns by `/source/flags`. */
const patterns = new Map<string, Pattern>()
function addPattern(source: string, flags: string, place: string): void {
  const key = `/${source}/${flags}`
  let pattern = patterns.get(key)
  if (!pattern) patterns.set(key, (pattern = { source, flags, places: new Set() }))
  pattern.places.add(place)
}
for (const literal of literals) addPattern(literal.source, literal.flags, literal.where)

/**
 * Modules that build expressions for others: narrow.ts builds patterns and
 * their narrow twins when first needed, for the code that runs them (through
 * matchesOf among others). A pattern they build belongs to that code.
 */
const BUILDERS = new Set(['src/linter/narrow.ts', 'src/linter/matches.ts'])

/**
 * Where the RegExp constructor was called from: the `file:line` in `src/` or
 * `rules/` of the calling frame (`site`), and of the first frame outside
 * BUILDERS, the code the pattern is built for (`owner`).
 */
function callerPlace(stack: string | undefined): { site: string; owner: string } | undefined {
  let site: string | undefined
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):\d+\)?$/.exec(line.trim())
    if (!match) continue
    const file = path.relative(ROOT, match[1]!.replace(/^file:\/\//, '').replace(/\?.*$/, ''))
    if (file === 'test/regex-safety.test.ts') continue
    if (!file.startsWith('src/') && !file.startsWith('rules/')) return site === undefined ? undefined : { site, owner: site }
    const place = `${file}:${match[2]}`
    site ??= place
    if (!BUILDERS.has(file)) return { site, owner: place }
  }
  return site === undefined ? undefined : { site, owner: site }
}

/** Load every module afresh with the RegExp constructor watched, and lint every fixture with every rule on. */
async function recordBuiltPatterns(): Promise<Set<string>> {
  const built = new Set<string>()
  const Original = globalThis.RegExp
  const record = (args: unknown[]): void => {
    const place = callerPlace(new Error().stack)
    if (!place) return
    const [pattern, flags] = args as [string | RegExp, string | undefined]
    const source = pattern instanceof Original ? pattern.source : String(pattern)
    addPattern(source, flags ?? (pattern instanceof Original ? pattern.flags : ''), place.owner)
    built.add(place.site)
  }
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args)
      return Reflect.construct(target, args, newTarget) as object
    },
    apply(target, self, args) {
      record(args)
      return Reflect.apply(target, self, args) as RegExp
    },
  })
  try {
    vi.resetModules()
    // Worker threads' entry points only run in a worker; they build no RegExp.
    const workerEntries = new Set(['src/api/worker.ts', 'src/lsp/worker.ts'])
    for (const file of files) if (!workerEntries.has(file)) await import(pathToFileURL(path.join(ROOT, file)).href)
    const { Linter } = (await import('../src/linter/linter.js')) as typeof import('../src/linter/linter.js')
    const { builtinRules } = (await import('../rules/index.js')) as typeof import('../rules/index.js')
    const { loadConfig } = (await import('../src/config/config-set.js')) as typeof import('../src/config/config-set.js')
    const { toResult } = (await import('../src/api/lint.js')) as typeof import('../src/api/lint.js')
    const { getFormatter } = (await import('../src/formatters/index.js')) as typeof import('../src/formatters/index.js')
    const linter = new Linter({ rules: builtinRules })
    const all = await loadConfig({ config: { extends: ['postlint:all'] }, reportUnusedDisableDirectives: 1 })
    const inputs: Array<[string, string | Uint8Array]> = [
      ...fixtureFiles().map((file): [string, Uint8Array] => [file, readFileSync(file)]),
      // A paragraph of nothing but a tracking tag, inside wrapping elements that its removal takes along.
      [path.join(ROOT, 'tags-only.html'), '<div><p>#LI-Remote</p></div>\n<p>We are hiring.</p>\n'],
    ]
    const results = inputs.map(([file, content]) => {
      const config = all.forFile(file)
      return toResult(file, linter.verifyAndFix(content, { ...config, settings: { ...config.settings, asOf: '2026-06-01' } }, file))
    })
    results.push(toResult('/lone.md', { messages: [{ ruleId: 'x', severity: 2, message: 'lone \uD800 surrogate', line: 1, column: 1 }], suppressedMessages: [] }))
    const context = { cwd: ROOT, rulesMeta: {}, version: '0.0.0', color: false }
    for (const name of ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'gitlab']) await (await getFormatter(name))(results, context)
    // Word patterns build their expressions when first run: build those no fixture ran.
    const { wordPatternRegexes } = (await import('../src/linter/word-patterns.js')) as typeof import('../src/linter/word-patterns.js')
    wordPatternRegexes()
    // The narrow classes' tables are worked out at run time only under another Unicode version than the generated file's;
    // patterns written as sources (lazyPattern) are built when first run, or only their twins: build them all.
    const { computeNarrowTables, lazyPatternRegexes } = (await import('../src/linter/narrow.js')) as typeof import('../src/linter/narrow.js')
    computeNarrowTables()
    lazyPatternRegexes()
  } finally {
    globalThis.RegExp = Original
  }
  return built
}

/**
 * Patterns recheck's fuzzer reports as polynomial although each place in the
 * text they are tried at costs a bounded amount of work (every repetition
 * that could run on is bounded), that only ever run on short slices of
 * text, or whose attacks V8 was measured to run in linear time. Each names
 * the file that writes or builds it (not a line, which moves with every
 * edit), a piece of the pattern, and why it is safe.
 */
const BOUNDED: ReadonlyArray<{ file: string; contains: string; reason: string }> = [
  {
    file: 'rules/no-age-preference.ts',
    contains: 'graduat(?:ed|ing|ion)(?!\\w)(?:\\s+',
    reason:
      'the age patterns in one: each alternative starts at a word start and reads at most a few words from it, and recheck finds each alone safe. ' +
      'Only the whole, with its word boundaries written as (?<!\\w) and (?!\\w), gets a polynomial verdict from the fuzzer, whose attacks ' +
      "('egraduated\\twithin\\tthraduated' and 'ewithin_j\\tyear\\tofy' repeated 64,000 times) V8 runs in linear time, in 16-25 ms",
  },
  {
    file: 'rules/data/email-forms.ts',
    contains: 'contact(?:ez)?|notify',
    reason: 'ADDRESS_CONTEXT: every repetition in it is bounded, and rules/valid-email.ts tests it on the 80 characters before a candidate address only',
  },
  {
    file: 'rules/valid-email.ts',
    contains: 'contact(?:ez)?|notify',
    reason: "ADDRESS_CONTEXT's narrow twin (src/linter/narrow.ts), built where rules/valid-email.ts tests it: the same pattern with smaller classes, run on the same 80 characters",
  },
  {
    file: 'src/linter/word-patterns.ts',
    contains: 'résumés?|resumes?) +(?!\\x20).{0,60}',
    reason: 'the deadline cues (built by wordPattern for src/facts/statements.ts): after the cue word and its spaces, at most 60 characters are read before "by", "until"…',
  },
]

/** Whether `place` (`file:line`) is in `file`. */
function inFile(place: string, file: string): boolean {
  return place.startsWith(`${file}:`)
}

function isBounded(pattern: Pattern): boolean {
  return [...pattern.places].every((place) => BOUNDED.some((entry) => inFile(place, entry.file) && pattern.source.includes(entry.contains)))
}

/** Run `task` over `items`, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await task(items[next++]!)
  }))
}

/** A readable attack string: recheck's own description of it when it gives one. */
function attackOf(diagnostics: Diagnostics): string {
  if (diagnostics.status !== 'vulnerable') return ''
  return diagnostics.attack.pattern || JSON.stringify(diagnostics.attack.string.slice(0, 80))
}

describe('regular expressions', () => {
  it('every literal and every built pattern is free of catastrophic backtracking (recheck)', { timeout: 600_000 }, async () => {
    expect(literals.length).toBeGreaterThan(300)
    const built = await recordBuiltPatterns()

    // Every place that builds a RegExp was seen building one, so that its patterns were checked.
    const unseen = constructions.filter(({ file, line, endLine }) => {
      for (let at = line; at <= endLine; at++) if (built.has(`${file}:${at}`)) return false
      return true
    })
    expect(unseen.map(({ file, line, text }) => `${file}:${line} ${text.slice(0, 80)}`), 'RegExps built where the fixtures never reach').toEqual([])

    const stale = BOUNDED.filter((entry) => ![...patterns.values()].some((pattern) => [...pattern.places].some((place) => inFile(place, entry.file)) && pattern.source.includes(entry.contains)))
    expect(stale, 'exceptions for patterns that no longer exist').toEqual([])

    const failures: string[] = []
    await eachLimited([...patterns.values()], 2, async (pattern) => {
      // Generous time limits, so that a busy machine does not change the verdicts (the analysis itself is bounded by step counts and seeded).
      const diagnostics = await check(pattern.source, pattern.flags, { timeout: 300_000, attackTimeout: 10_000, incubationTimeout: 2_500, seedingTimeout: 1_000 })
      if (diagnostics.status === 'safe') return
      if (diagnostics.status === 'vulnerable' && diagnostics.complexity.type === 'polynomial' && isBounded(pattern)) return
      const where = [...pattern.places].sort().join(', ')
      const shown = `/${pattern.source.length > 160 ? `${pattern.source.slice(0, 160)}…` : pattern.source}/${pattern.flags}`
      failures.push(
        diagnostics.status === 'vulnerable'
          ? `${where}: ${shown} is vulnerable (${diagnostics.complexity.summary}); attack: ${attackOf(diagnostics)}`
          : `${where}: ${shown} could not be analysed: ${JSON.stringify(diagnostics.error)}`,
      )
    })
    expect(failures.sort()).toEqual([])
  })
})
