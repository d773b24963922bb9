/**
 * Small helpers shared by formatters.
 */
import path from 'node:path'
import type { LintMessage, LintResult } from '../types.js'

/** A path relative to `cwd` with forward slashes, or the path itself when outside it. */
export function relativePath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath
  const relative = path.relative(cwd, filePath)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath
  return relative.split(path.sep).join('/')
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
