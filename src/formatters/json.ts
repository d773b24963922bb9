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
