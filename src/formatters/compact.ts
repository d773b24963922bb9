/**
 * `compact`: one line per problem, `file: line L, col C, Error - message (rule)`.
 */
import type { Formatter } from '../types.js'
import { plural, relativePath } from './util.js'

const compact: Formatter = (results, context) => {
  let output = ''
  let total = 0
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd)
    for (const message of result.messages) {
      total++
      const kind = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
      output += `${file}: line ${message.line}, col ${message.column}, ${kind} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}\n`
    }
  }
  if (total > 0) output += `\n${plural(total, 'problem')}\n`
  return output
}
export default compact
