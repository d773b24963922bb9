/**
 * `json`: the results as ESLint's JSON formatter prints them. Each result is
 * copied key by key, so what a Node API caller adds to one (such as
 * `fixText`'s `fixed`) does not leak into the report.
 */
import type { Formatter, LintResult } from '../types.js'

function eslintShape(result: LintResult): LintResult {
  const shaped: LintResult = {
    filePath: result.filePath,
    messages: result.messages,
    suppressedMessages: result.suppressedMessages,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fatalErrorCount: result.fatalErrorCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
  }
  if (result.output !== undefined) shaped.output = result.output
  return shaped
}

const json: Formatter = (results) => JSON.stringify(results.map(eslintShape))
export default json

/**
 * The same report in pieces, one result each, for the command to write one
 * after the other: over 20,000 files the report is tens of megabytes, and
 * held as one string (built in parts, then flattened when written) it was
 * the run's largest allocation, at its end, when the heap is fullest.
 */
export function* chunks(results: readonly LintResult[]): Generator<string> {
  yield '['
  for (let i = 0; i < results.length; i++) yield (i === 0 ? '' : ',') + JSON.stringify(eslintShape(results[i]!))
  yield ']'
}
