/**
 * The linter the fuzz tests drive: every built-in rule on (`postlint:all`,
 * default options), unused directives reported (their removal is a fix too),
 * and the settings a generated posting asks for.
 */
import { expect } from 'vitest'
import { loadConfig } from '../../src/config/config-set.js'
import { Linter, type LinterConfig } from '../../src/linter/linter.js'
import { LineIndex } from '../../src/linter/lines.js'
import { builtinRules } from '../../rules/index.js'
import type { LintMessage } from '../../src/types.js'
import type { FuzzPosting } from './postings.js'

export const linter = new Linter({ rules: builtinRules })

const all = await loadConfig({ config: { extends: ['postlint:all'] }, reportUnusedDisableDirectives: 1 })

/** The linter configuration for a generated posting. */
export function configFor(posting: FuzzPosting): LinterConfig {
  const base = all.forFile(posting.filePath === '<text>' ? 'posting.md' : posting.filePath)
  return { ...base, settings: { ...base.settings, ...posting.settings } }
}

/** The text a linter sees of a posting: without its byte-order mark. */
export function bodyOf(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Whether `a` (1-based line and column) comes after `b`. */
function after(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column)
}

/**
 * Assert that a message's start and end lie inside `text` (on an existing
 * line, no further than just past its last character, never inside a line
 * ending) and that the end is not before the start; the same for its
 * related locations, and for its fix and suggestions' ranges.
 */
export function expectPositionsInside(message: LintMessage, text: string, lines: LineIndex = new LineIndex(text)): void {
  const check = (line: number, column: number, what: string): void => {
    const where = `${what} ${line}:${column} of '${message.ruleId}' (${JSON.stringify(message.message)}) in a text of ${lines.lineCount} lines`
    expect(Number.isInteger(line) && Number.isInteger(column), where).toBe(true)
    expect(line >= 1 && line <= lines.lineCount, where).toBe(true)
    const contentLength = lines.lineEnd(line) - lines.lineStarts[line - 1]!
    expect(column >= 1 && column <= contentLength + 1, where).toBe(true)
  }
  check(message.line, message.column, 'start')
  if (message.endLine !== undefined || message.endColumn !== undefined) {
    expect(message.endLine !== undefined && message.endColumn !== undefined, `end of ${message.ruleId}`).toBe(true)
    check(message.endLine!, message.endColumn!, 'end')
    expect(after({ line: message.line, column: message.column }, { line: message.endLine!, column: message.endColumn! }), `'${message.ruleId}' ends before it starts`).toBe(false)
  }
  for (const related of message.relatedLocations ?? []) {
    check(related.line, related.column, 'related start')
    check(related.endLine, related.endColumn, 'related end')
    expect(after(related, { line: related.endLine, column: related.endColumn })).toBe(false)
  }
  for (const fix of [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
    if (!fix) continue
    expect(fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, `fix range ${fix.range} of '${message.ruleId}'`).toBe(true)
  }
}

/** A property's run count, scaled by `POSTLINT_FUZZ_SCALE` for a longer search (`POSTLINT_FUZZ_SCALE=20 npx vitest run test/fuzz`). */
export function runs(count: number): number {
  const scale = Number(process.env['POSTLINT_FUZZ_SCALE'] ?? 1)
  return Math.max(1, Math.round(count * (Number.isFinite(scale) && scale > 0 ? scale : 1)))
}
