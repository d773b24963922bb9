/**
 * `stylish`, the default: problems grouped by file, aligned in columns, and
 * a summary with the number of problems `--fix` can repair, as in ESLint,
 * and what the baseline suppressed when one is used.
 */
import pc from 'picocolors'
import type { Formatter } from '../types.js'
import { baselineSummary, plural, relativePath, severityWord, totals } from './util.js'

const stylish: Formatter = (results, context) => {
  const color = pc.createColors(context.color)
  let output = ''
  let problems = 0
  for (const result of results) {
    if (result.messages.length === 0) continue
    problems += result.messages.length
    const rows = result.messages.map((message) => ({
      line: String(message.line),
      column: String(message.column),
      severity: message.fatal || message.severity === 2 ? 'error' : severityWord(message),
      text: message.message.replace(/([^ ])\.$/u, '$1'),
      ruleId: message.ruleId ?? '',
    }))
    // A loop, not Math.max(...lengths): spreading the rows of a file with a hundred thousand problems overflows the stack.
    const width = { line: 0, column: 0, severity: 0, text: 0 }
    for (const row of rows) {
      width.line = Math.max(width.line, row.line.length)
      width.column = Math.max(width.column, row.column.length)
      width.severity = Math.max(width.severity, row.severity.length)
      width.text = Math.max(width.text, row.text.length)
    }
    output += `\n${color.underline(relativePath(result.filePath, context.cwd))}\n`
    for (const row of rows) {
      // Line numbers right-aligned and columns left-aligned, so the colons line up.
      const position = `${row.line.padStart(width.line)}:${row.column.padEnd(width.column)}`
      const severity = row.severity.padEnd(width.severity)
      const cells = [color.dim(position), row.severity === 'error' ? color.red(severity) : color.yellow(severity)]
      // The last cell is not padded, and an empty rule id leaves no cell (not even colour codes).
      if (row.ruleId) cells.push(row.text.padEnd(width.text), color.dim(row.ruleId))
      else cells.push(row.text)
      output += `  ${cells.join('  ')}\n`
    }
  }
  const baseline = context.baseline ? baselineSummary(context.baseline).map((line) => `  ${line}\n`).join('') : ''
  if (problems === 0) return baseline
  const sum = totals(results)
  const paint = sum.errors > 0 ? color.red : color.yellow
  output += `\n${paint(color.bold(`✖ ${plural(problems, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')})`))}\n`
  if (sum.fixableErrors > 0 || sum.fixableWarnings > 0) {
    output += `${paint(color.bold(`  ${plural(sum.fixableErrors, 'error')} and ${plural(sum.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`
  }
  return output + baseline
}
export default stylish
