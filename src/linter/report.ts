/**
 * Turning a rule's `report()` call into a message: the message id must
 * exist, `{{placeholders}}` are filled, fixes and suggestions are allowed only
 * when the rule's meta declares them, and every range must lie in the text.
 */
import type {
  AnyNode,
  Fix,
  FixResult,
  LintMessage,
  Range,
  RelatedLocation,
  ReportDescriptor,
  RuleFixer,
  RuleMeta,
  SuggestionResult,
} from '../types.js'
import type { SourceCode } from './source-code.js'

/** A message with the offsets it covers, used inside the linter (directives, fixes). */
export interface Problem {
  message: LintMessage
  range: Range
}

const placeholder = /\{\{\s*([^{}\s]+)\s*\}\}/g

/** Fill `{{name}}` from `data`; unknown names are left as they are. */
export function interpolate(template: string, data: Readonly<Record<string, unknown>> | undefined): string {
  if (!data) return template
  return template.replace(placeholder, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole))
}

function rangeOfNode(node: AnyNode): Range {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) throw new TypeError(`Cannot report or fix a ${node.type} node without a position`)
  return [start, end]
}

/** The fixer handed to `fix` functions: plain range edits. */
export const fixer: RuleFixer = Object.freeze({
  replaceTextRange: (range: Range, text: string): Fix => ({ range: [range[0], range[1]], text }),
  insertTextBeforeRange: (range: Range, text: string): Fix => ({ range: [range[0], range[0]], text }),
  insertTextAfterRange: (range: Range, text: string): Fix => ({ range: [range[1], range[1]], text }),
  removeRange: (range: Range): Fix => ({ range: [range[0], range[1]], text: '' }),
  replaceText: (node: AnyNode, text: string): Fix => {
    const range = rangeOfNode(node)
    return { range: [range[0], range[1]], text }
  },
  insertTextBefore: (node: AnyNode, text: string): Fix => {
    const start = rangeOfNode(node)[0]
    return { range: [start, start], text }
  },
  insertTextAfter: (node: AnyNode, text: string): Fix => {
    const end = rangeOfNode(node)[1]
    return { range: [end, end], text }
  },
  remove: (node: AnyNode): Fix => {
    const range = rangeOfNode(node)
    return { range: [range[0], range[1]], text: '' }
  },
})

function assertRange(range: Range, length: number, what: string): void {
  const [start, end] = range
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`${what} range [${start}, ${end}] is not within the text (length ${length})`)
  }
}

/**
 * Run a fix function and merge what it returns into one edit, with line
 * endings matched to the file's. Two edits of one fix may not overlap.
 */
export function normalizeFix(result: FixResult, sourceCode: SourceCode): Fix | null {
  if (result === null || result === undefined) return null
  const fixes: Fix[] = isFix(result) ? [result] : [...result]
  if (fixes.length === 0) return null
  for (const fix of fixes) {
    if (!isFix(fix)) throw new TypeError('A fix must be { range: [start, end], text }')
    assertRange(fix.range, sourceCode.text.length, 'Fix')
  }
  const eol = sourceCode.eol
  const withEol = (text: string): string => (eol === '\n' && !text.includes('\r') ? text : text.replace(/\r\n|\r|\n/g, eol))
  if (fixes.length === 1) return { range: [fixes[0]!.range[0], fixes[0]!.range[1]], text: withEol(fixes[0]!.text) }
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const start = fixes[0]!.range[0]
  let end = start
  let text = ''
  for (const fix of fixes) {
    if (fix.range[0] < end) throw new RangeError('Fix objects of one fix must not overlap')
    text += sourceCode.text.slice(end, fix.range[0]) + fix.text
    end = fix.range[1]
  }
  return { range: [start, end], text: withEol(text) }
}

function isFix(value: unknown): value is Fix {
  return typeof value === 'object' && value !== null && Array.isArray((value as Fix).range) && typeof (value as Fix).text === 'string'
}

/** Build the `report` function of one rule for one file. */
export function createReporter(
  ruleId: string,
  meta: RuleMeta,
  severity: 1 | 2,
  sourceCode: SourceCode,
  sink: (problem: Problem) => void,
): (descriptor: ReportDescriptor) => void {
  const messages = meta.messages ?? {}
  const location = (offset: number): { line: number; column: number } => {
    const loc = sourceCode.getLocFromIndex(offset)
    return { line: loc.line, column: loc.column + 1 }
  }
  const messageFor = (messageId: string, data: ReportDescriptor['data']): string => {
    if (typeof messageId !== 'string' || !Object.hasOwn(messages, messageId)) {
      throw new TypeError(`context.report() used unknown messageId '${String(messageId)}' (rule '${ruleId}' declares: ${Object.keys(messages).join(', ') || 'none'})`)
    }
    return interpolate(messages[messageId]!, data)
  }

  return (descriptor: ReportDescriptor): void => {
    if (!descriptor || typeof descriptor !== 'object') throw new TypeError('context.report() expects a descriptor object')
    const text = messageFor(descriptor.messageId, descriptor.data)
    let range: Range
    if (descriptor.range) range = [descriptor.range[0], descriptor.range[1]]
    else if (descriptor.node) range = rangeOfNode(descriptor.node)
    else throw new TypeError('context.report() needs a node or a range')
    assertRange(range, sourceCode.text.length, 'Report')

    const start = location(range[0])
    const end = location(range[1])
    const message: LintMessage = {
      ruleId,
      severity,
      message: text,
      messageId: descriptor.messageId,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    }
    if (descriptor.fix) {
      if (!meta.fixable) throw new TypeError(`Rule '${ruleId}' reported a fix but its meta does not set 'fixable'`)
      const fix = normalizeFix(descriptor.fix(fixer), sourceCode)
      if (fix) message.fix = fix
    }
    if (descriptor.suggest && descriptor.suggest.length > 0) {
      if (!meta.hasSuggestions) throw new TypeError(`Rule '${ruleId}' reported suggestions but its meta does not set 'hasSuggestions'`)
      const suggestions: SuggestionResult[] = []
      for (const suggestion of descriptor.suggest) {
        const fix = normalizeFix(suggestion.fix(fixer), sourceCode)
        if (fix) suggestions.push({ messageId: suggestion.messageId, desc: messageFor(suggestion.messageId, suggestion.data), fix })
      }
      if (suggestions.length > 0) message.suggestions = suggestions
    }
    if (descriptor.related && descriptor.related.length > 0) {
      message.relatedLocations = descriptor.related.map((related): RelatedLocation => {
        assertRange(related.range, sourceCode.text.length, 'Related location')
        const from = location(related.range[0])
        const to = location(related.range[1])
        return { message: related.message, line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
      })
    }
    sink({ message, range })
  }
}
