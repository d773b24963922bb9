/**
 * The baseline (`--baseline FILE`, `--update-baseline`): the problems a
 * corpus has today, recorded so that only new ones are reported.
 *
 * Each problem is recorded by file, rule and a fingerprint of the offending
 * text and the text around it in its paragraph (whitespace collapsed, so
 * re-wrapping a paragraph changes nothing), never by line number: editing
 * another part of the posting leaves the entry matching, and editing the
 * offending words or their neighbours makes the problem new. A problem found again is moved to
 * `suppressedMessages` with `suppressions: [{ kind: 'file' }]`, as ESLint's
 * bulk suppressions do; baseline entries of linted files that match no
 * problem any more (fixed, or reworded) are counted, so the summary can say
 * the baseline may be pruned with `--update-baseline`.
 *
 * The file is JSON, sorted, with one entry per problem and its message for
 * reviewers; paths are relative to the baseline's folder, and entries of
 * files that no longer exist are dropped when it is updated:
 *
 * ```json
 * { "version": 1, "files": { "postings/barista.md": [{ "rule": "no-mojibake", "fingerprint": "…", "message": "…" }] } }
 * ```
 */
import { createHash } from '../builtins.js'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LintMessage, LintResult } from '../types.js'
import { FileError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'
import { decodeBytes, stripBOM } from '../linter/decode.js'
import { LineIndex } from '../linter/lines.js'
import { isIgnoredResult, toResult } from './lint.js'
import { replaceFile } from './write.js'

const VERSION = 1
/** How many characters (whitespace collapsed) on each side of a problem its fingerprint covers. */
const CONTEXT = 32

export interface BaselineEntry {
  rule: string
  fingerprint: string
  /** The message when the problem was recorded: for people reading the file, not used to match. */
  message: string
}

export interface Baseline {
  /** The baseline file (absolute). */
  file: string
  /** Entries by file, the path relative to the baseline's folder with `/`. */
  files: Map<string, BaselineEntry[]>
}

export interface BaselineOutcome {
  /** The results with the problems the baseline knows moved to `suppressedMessages`, and counted again. */
  results: LintResult[]
  /** How many problems the baseline suppressed. */
  suppressed: number
  /** How many entries for the files linted match no problem any more. */
  unmatched: number
}

export interface BaselineOptions {
  /**
   * The text a result's positions refer to (default: its `output` when fixes
   * changed it, else the file on disk); null when there is none.
   */
  source?: (result: LintResult) => Promise<string | null>
}

function toPosix(value: string): string {
  return path.sep === '\\' ? value.replace(/\\/g, '/') : value
}

function fail(file: string, reason: string): never {
  throw new FileError(`Invalid baseline ${file}: ${reason}`)
}

/**
 * Read a baseline file. A missing file is an error unless `allowMissing`
 * (for `--update-baseline`, which creates it); so is anything that is not
 * a baseline.
 */
export async function readBaseline(file: string, options: { allowMissing?: boolean; displayName?: string } = {}): Promise<Baseline> {
  const name = options.displayName ?? file
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && options.allowMissing) return { file, files: new Map() }
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (record one with --update-baseline)' : ''
    throw new FileError(`Cannot read the baseline ${name}: ${describeIoError(error)}${hint}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    fail(name, `not JSON (${(error as Error).message.split('\n')[0]})`)
  }
  const root = data as { version?: unknown; files?: unknown } | null
  if (typeof root !== 'object' || root === null || Array.isArray(root)) fail(name, 'expected an object with "version" and "files"')
  if (root.version !== VERSION) fail(name, `unknown version ${JSON.stringify(root.version)} (expected ${VERSION})`)
  if (typeof root.files !== 'object' || root.files === null || Array.isArray(root.files)) fail(name, '"files" must be an object')
  const files = new Map<string, BaselineEntry[]>()
  for (const [relative, entries] of Object.entries(root.files)) {
    if (!Array.isArray(entries)) fail(name, `the entries of ${JSON.stringify(relative)} must be a list`)
    const checked: BaselineEntry[] = []
    for (const entry of entries as unknown[]) {
      const item = entry as Partial<BaselineEntry> | null
      if (typeof item !== 'object' || item === null || typeof item.rule !== 'string' || typeof item.fingerprint !== 'string') {
        fail(name, `an entry of ${JSON.stringify(relative)} lacks "rule" or "fingerprint"`)
      }
      checked.push({ rule: item.rule, fingerprint: item.fingerprint, message: typeof item.message === 'string' ? item.message : '' })
    }
    files.set(relative, checked)
  }
  return { file, files }
}

/** Write a baseline, sorted so that its diffs show only what changed. */
export async function writeBaseline(baseline: Baseline): Promise<void> {
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  const blocks: string[] = []
  for (const name of [...baseline.files.keys()].sort(byText)) {
    const entries = baseline.files.get(name)!
    if (entries.length === 0) continue
    // One line per problem: a diff of the file reads as the problems recorded and dropped.
    const lines = [...entries]
      .sort((a, b) => byText(a.rule, b.rule) || byText(a.fingerprint, b.fingerprint) || byText(a.message, b.message))
      .map((entry) => `      ${JSON.stringify({ rule: entry.rule, fingerprint: entry.fingerprint, message: entry.message })}`)
    blocks.push(`    ${JSON.stringify(name)}: [\n${lines.join(',\n')}\n    ]`)
  }
  const files = blocks.length === 0 ? '{}' : `{\n${blocks.join(',\n')}\n  }`
  await replaceFile(baseline.file, `{\n  "version": ${VERSION},\n  "files": ${files}\n}\n`)
}

/** A line break, blank lines (spaces and tabs only), and another line break: a paragraph boundary. */
const BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)(?:[ \t]*(?:\r\n?|\n))*/

/** Whitespace runs as one space. */
function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ')
}

function offsetOf(lines: LineIndex, line: number, column: number): number {
  if (line < 1) return 0
  const start = lines.lineStarts[Math.min(line, lines.lineCount) - 1]!
  return Math.min(lines.length, start + Math.max(0, column - 1))
}

/**
 * A problem's fingerprint: its rule and kind (message id, else message), the
 * text it covers and up to {@link CONTEXT} characters on either side within
 * its paragraph, with whitespace collapsed; not its line or column.
 */
export function problemFingerprint(text: string, lines: LineIndex, message: LintMessage): string {
  const start = offsetOf(lines, message.line, message.column)
  const end = message.endLine !== undefined ? Math.max(start, offsetOf(lines, message.endLine, message.endColumn ?? 1)) : start
  const span = collapse(text.slice(start, end)).trim()
  // The surroundings stop at a blank line: editing the paragraph before or after changes nothing.
  const before = collapse(text.slice(Math.max(0, start - CONTEXT * 4), start).split(BLANK_LINE).pop()!).trimStart().slice(-CONTEXT)
  const after = collapse(text.slice(end, end + CONTEXT * 4).split(BLANK_LINE)[0]!).trimEnd().slice(0, CONTEXT)
  return createHash('sha256')
    .update([message.ruleId ?? '', message.messageId ?? message.message, span, before, after].join('\0'))
    .digest('hex')
    .slice(0, 16)
}

/** The text the result's positions refer to: the fixed text when fixes changed it, else the file's. */
async function defaultSource(result: LintResult): Promise<string | null> {
  if (result.output !== undefined) return stripBOM(result.output).text
  try {
    return decodeBytes(await readFile(result.filePath)).text
  } catch {
    return null
  }
}

/** A problem a baseline may hold: from a rule, and not a file that could not be linted. */
function recordable(message: LintMessage): boolean {
  return message.ruleId !== null && !message.fatal
}

/** Results whose problems the baseline speaks for: linted (not ignored) and not fatal. */
function checkable(result: LintResult): boolean {
  return !isIgnoredResult(result) && result.fatalErrorCount === 0
}

function nameOf(baseline: Baseline, filePath: string): string {
  return toPosix(path.relative(path.dirname(baseline.file), filePath))
}

async function fingerprints(result: LintResult, source: NonNullable<BaselineOptions['source']>): Promise<Array<string | null>> {
  if (!result.messages.some(recordable)) return result.messages.map(() => null)
  const text = await source(result)
  if (text === null) return result.messages.map(() => null)
  const lines = new LineIndex(text)
  return result.messages.map((message) => (recordable(message) ? problemFingerprint(text, lines, message) : null))
}

/** Move the problems the baseline records to `suppressedMessages`, and count what it no longer matches. */
export async function applyBaseline(baseline: Baseline, results: readonly LintResult[], options: BaselineOptions = {}): Promise<BaselineOutcome> {
  const source = options.source ?? defaultSource
  let suppressed = 0
  let unmatched = 0
  const out: LintResult[] = []
  for (const result of results) {
    const entries = baseline.files.get(nameOf(baseline, result.filePath))
    if (!entries || !checkable(result)) {
      out.push(result)
      continue
    }
    const remaining = new Map<string, number>()
    for (const entry of entries) {
      const key = `${entry.rule}\0${entry.fingerprint}`
      remaining.set(key, (remaining.get(key) ?? 0) + 1)
    }
    const prints = await fingerprints(result, source)
    const messages: LintMessage[] = []
    const known: LintMessage[] = []
    result.messages.forEach((message, index) => {
      const print = prints[index]
      const key = print ? `${message.ruleId}\0${print}` : null
      const left = key ? (remaining.get(key) ?? 0) : 0
      if (key && left > 0) {
        remaining.set(key, left - 1)
        known.push({ ...message, suppressions: [{ kind: 'file', justification: '' }] })
      } else {
        messages.push(message)
      }
    })
    for (const left of remaining.values()) unmatched += left
    suppressed += known.length
    out.push(known.length === 0 ? result : toResult(result.filePath, { messages, suppressedMessages: [...result.suppressedMessages, ...known] }, result.output))
  }
  return { results: out, suppressed, unmatched }
}

/**
 * A baseline recording the problems of `results`: the entries of the files
 * linted are replaced by their problems now, those of other files are kept
 * (so a run over part of the corpus, such as --changed, updates that part)
 * unless the file no longer exists. A file that could not be linted keeps
 * its entries.
 */
export async function updateBaseline(baseline: Baseline, results: readonly LintResult[], options: BaselineOptions = {}): Promise<Baseline> {
  const source = options.source ?? defaultSource
  const files = new Map(baseline.files)
  const folder = path.dirname(baseline.file)
  for (const name of files.keys()) if (!existsSync(path.resolve(folder, name))) files.delete(name)
  for (const result of results) {
    if (!checkable(result)) continue
    const name = nameOf(baseline, result.filePath)
    const prints = await fingerprints(result, source)
    const entries: BaselineEntry[] = []
    result.messages.forEach((message, index) => {
      const print = prints[index]
      if (print) entries.push({ rule: message.ruleId!, fingerprint: print, message: message.message })
    })
    if (entries.length > 0) files.set(name, entries)
    else files.delete(name)
  }
  return { file: baseline.file, files }
}
