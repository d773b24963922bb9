/**
 * Inline directives in HTML comments, in Markdown and HTML files:
 *
 *   <!-- postlint-disable rule-a, rule-b -- why -->   off from here on
 *   <!-- postlint-enable rule-a -->                  on again
 *   <!-- postlint-disable-line rule -->              off on the comment's line
 *   <!-- postlint-disable-next-line rule -->         off on the line after it
 *
 * Without rule names a directive covers every rule. For a message of rule R
 * at offset P, the last block directive before P that names R (or names no
 * rule) decides: a disable suppresses it. Each directive remembers which of
 * its rules suppressed something, so unused ones can be reported.
 */
import type { LintMessage } from '../types.js'
import type { Comment } from './document.js'
import type { Problem } from './report.js'
import type { SourceCode } from './source-code.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids named; empty for all rules. */
  rules: string[]
  /** The text after `--`, if any. */
  justification: string
  comment: Comment
  /** For line directives, the 1-based line they cover. */
  line: number
  /** Rule ids (or `*` for all) that suppressed at least one message. */
  used: Set<string>
}

const directivePattern = /^\s*postlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** Read the directives out of a file's comments. */
export function parseDirectives(comments: readonly Comment[], sourceCode: SourceCode): Directive[] {
  const directives: Directive[] = []
  for (const comment of comments) {
    const match = directivePattern.exec(comment.value)
    if (!match) continue
    const kind = match[1] as DirectiveKind
    const [body = '', ...rest] = match[2]!.split(/\s--\s|\s--$/)
    const rules = body
      .split(',')
      .map((rule) => rule.trim())
      .filter((rule) => rule !== '')
    const startLine = sourceCode.getLocFromIndex(comment.range[0]).line
    const endLine = sourceCode.getLocFromIndex(comment.range[1]).line
    directives.push({
      kind,
      rules,
      justification: rest.join(' -- ').trim(),
      comment,
      line: kind === 'disable-next-line' ? endLine + 1 : startLine,
      used: new Set(),
    })
  }
  return directives
}

export interface DirectiveOutcome {
  messages: Problem[]
  suppressed: Problem[]
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId)
}

/** Split problems into those shown and those a directive suppresses. */
export function applyDirectives(problems: readonly Problem[], directives: readonly Directive[]): DirectiveOutcome {
  const messages: Problem[] = []
  const suppressed: Problem[] = []
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable')
  const lineDirectives = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line')
  for (const problem of problems) {
    const ruleId = problem.message.ruleId
    if (ruleId === null || problem.message.fatal) {
      messages.push(problem)
      continue
    }
    let by: Directive | undefined
    for (const directive of lineDirectives) {
      if (directive.line === problem.message.line && names(directive, ruleId)) {
        by = directive
        break
      }
    }
    if (!by) {
      for (const directive of blocks) {
        if (directive.comment.range[0] > problem.range[0]) break
        if (names(directive, ruleId)) by = directive.kind === 'disable' ? directive : undefined
      }
    }
    if (by) {
      by.used.add(by.rules.length === 0 ? '*' : ruleId)
      suppressed.push({ ...problem, message: { ...problem.message, suppressions: [{ kind: 'directive', justification: by.justification }] } })
    } else {
      messages.push(problem)
    }
  }
  return { messages, suppressed }
}

/** Messages for directives naming rules that do not exist. */
export function unknownRuleProblems(directives: readonly Directive[], known: (ruleId: string) => boolean, sourceCode: SourceCode): Problem[] {
  const problems: Problem[] = []
  for (const directive of directives) {
    for (const rule of directive.rules) {
      if (!known(rule)) problems.push(problemAt(directive, `Definition for rule '${rule}' was not found.`, 2, sourceCode))
    }
  }
  return problems
}

/** Messages for disable directives that suppressed nothing. */
export function unusedDirectiveProblems(directives: readonly Directive[], severity: 1 | 2, sourceCode: SourceCode): Problem[] {
  const problems: Problem[] = []
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    const keyword = `postlint-${directive.kind}`
    if (directive.rules.length === 0) {
      if (directive.used.size === 0) {
        problems.push(problemAt(directive, `Unused ${keyword} directive (no problems were reported).`, severity, sourceCode, true))
      }
      continue
    }
    const unused = directive.rules.filter((rule) => !directive.used.has(rule))
    if (unused.length === 0) continue
    const list = unused.map((rule) => `'${rule}'`).join(', ')
    const whole = unused.length === directive.rules.length
    problems.push(problemAt(directive, `Unused ${keyword} directive (no problems were reported from ${list}).`, severity, sourceCode, whole))
  }
  return problems
}

function problemAt(directive: Directive, text: string, severity: 1 | 2, sourceCode: SourceCode, removable = false): Problem {
  const [start, end] = directive.comment.range
  const from = sourceCode.getLocFromIndex(start)
  const to = sourceCode.getLocFromIndex(end)
  const message: LintMessage = {
    ruleId: null,
    severity,
    message: text,
    line: from.line,
    column: from.column + 1,
    endLine: to.line,
    endColumn: to.column + 1,
  }
  if (removable) message.fix = { range: removalRange(sourceCode, start, end), text: '' }
  return { message, range: [start, end] }
}

/** The comment, and its whole line when nothing else stands on it. */
function removalRange(sourceCode: SourceCode, start: number, end: number): [number, number] {
  const text = sourceCode.text
  let lineStart = start
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--
  let lineEnd = end
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++
  const atLineStart = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r'
  if (atLineStart && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r')) {
    if (text.startsWith('\r\n', lineEnd)) return [lineStart, lineEnd + 2]
    if (lineEnd < text.length) return [lineStart, lineEnd + 1]
    return [lineStart, lineEnd]
  }
  return [start, end]
}
