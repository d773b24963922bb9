/**
 * `github`: GitHub Actions workflow commands, one annotation per problem,
 * shown on the pull request's changed lines.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { Formatter } from '../types.js'
import { relativePath } from './util.js'

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const github: Formatter = (results, context) => {
  let output = ''
  for (const result of results) {
    const file = escapeProperty(relativePath(result.filePath, context.cwd))
    for (const message of result.messages) {
      const command = message.severity === 2 ? 'error' : 'warning'
      const properties = [`file=${file}`]
      if (message.line > 0) {
        properties.push(`line=${message.line}`, `col=${message.column}`)
        if (message.endLine !== undefined) properties.push(`endLine=${message.endLine}`)
        if (message.endColumn !== undefined && message.endLine === message.line) properties.push(`endColumn=${message.endColumn}`)
      }
      properties.push(`title=${escapeProperty(message.ruleId ? `postlint (${message.ruleId})` : 'postlint')}`)
      output += `::${command} ${properties.join(',')}::${escapeData(message.message)}\n`
    }
  }
  return output
}
export default github
