/**
 * `junit`: JUnit XML, one test suite per file and one failing test case per
 * problem (an erroring one when the file could not be linted or a rule
 * crashed), as ESLint's junit formatter writes it, for CI dashboards.
 */
import type { Formatter } from '../types.js'
import { relativePath } from './util.js'

/** Characters XML 1.0 does not allow, lone surrogates included. */
const invalidXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

function clean(value: string): string {
  return value.replace(invalidXml, '\uFFFD')
}

function attribute(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

function cdata(value: string): string {
  return `<![CDATA[${clean(value).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

const junit: Formatter = (results, context) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd)
    // The path without its extension; a dotfile such as `.postlintrc` has none.
    const className = file.replace(/(?<=[^/])\.[^./]*$/, '')
    const count = Math.max(result.messages.length, 1)
    output += `<testsuite package="org.postlint" time="0" tests="${count}" errors="${result.messages.length}" name="${attribute(file)}">\n`
    if (result.messages.length === 0) {
      output += `<testcase time="0" name="${attribute(file)}" classname="${attribute(className)}" />\n`
    }
    for (const message of result.messages) {
      const kind = message.fatal || message.severity === 2 ? 'Error' : 'Warning'
      const element = message.fatal ? 'error' : 'failure'
      const detail = `line ${message.line}, col ${message.column}, ${kind} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`
      output += `<testcase time="0" name="org.postlint.${attribute(message.ruleId ?? 'unknown')}" classname="${attribute(className)}">`
      output += `<${element} message="${attribute(message.message)}">${cdata(detail)}</${element}></testcase>\n`
    }
    output += '</testsuite>\n'
  }
  return `${output}</testsuites>\n`
}
export default junit
