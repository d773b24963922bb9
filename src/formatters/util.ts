/**
 * Small helpers shared by formatters.
 */
import path from 'node:path'
import type { FormatterContext, LintMessage, LintResult, RuleMeta } from '../types.js'

/** A path relative to `cwd` with forward slashes, or the path itself when outside it. */
export function relativePath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath
  const relative = path.relative(cwd, filePath)
  // `..` alone or followed by a separator climbs out of cwd; a name like `..draft.md` does not.
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`)
  if (relative === '' || outside || path.isAbsolute(relative)) return filePath
  return relative.split(path.sep).join('/')
}

/**
 * A rule's metadata from the context, or undefined: only own entries count
 * (a rule id such as `constructor` is no Object member), and plugins' rules
 * may lack `docs`, so read that with `?.` too.
 */
export function ruleMeta(context: FormatterContext, ruleId: string): RuleMeta | undefined {
  return Object.hasOwn(context.rulesMeta, ruleId) ? context.rulesMeta[ruleId] : undefined
}

/** A UTF-16 code unit of a surrogate pair without its other half. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function hasLoneSurrogate(text: string): boolean {
  return loneSurrogate.test(text)
}

/** The text with each lone surrogate replaced by U+FFFD, as UTF-8 encoders do. */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(new RegExp(loneSurrogate.source, 'g'), '\uFFFD')
}

export function severityWord(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning'
}

export interface Totals {
  errors: number
  warnings: number
  fixableErrors: number
  fixableWarnings: number
}

export function totals(results: readonly LintResult[]): Totals {
  const sum: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 }
  for (const result of results) {
    sum.errors += result.errorCount
    sum.warnings += result.warningCount
    sum.fixableErrors += result.fixableErrorCount
    sum.fixableWarnings += result.fixableWarningCount
  }
  return sum
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** What the baseline did, as sentences for the summary (none when it did nothing worth saying). */
export function baselineSummary(baseline: NonNullable<FormatterContext['baseline']>): string[] {
  const lines: string[] = []
  if (baseline.written) lines.push(`${plural(baseline.suppressed, 'problem')} recorded in the baseline ${baseline.file}.`)
  else if (baseline.suppressed > 0) lines.push(`${plural(baseline.suppressed, 'problem')} suppressed by the baseline ${baseline.file}.`)
  if (baseline.unmatched > 0) {
    const one = baseline.unmatched === 1
    lines.push(
      `${baseline.unmatched} baseline ${one ? 'entry no longer matches' : 'entries no longer match'} any problem (fixed or changed); --update-baseline removes ${one ? 'it' : 'them'}.`,
    )
  }
  return lines
}
