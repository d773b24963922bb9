/**
 * From postlint's messages to LSP's shapes. postlint counts lines from 1
 * and columns from 1 in UTF-16 code units, in the text after a byte-order
 * mark; LSP counts both from 0, in UTF-16 code units of the whole buffer.
 * Fixes are offsets into the text, turned into positions by the document.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range, type TextEdit } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Fix, LintMessage } from '../types.js'
import type { RuleInfo } from './protocol.js'

/** What the client said it can show with a diagnostic. */
export interface DiagnosticSupport {
  relatedInformation: boolean
  codeDescription: boolean
}

/** Length of the byte-order mark the buffer starts with (0 or 1): postlint's columns on line 1 do not count it. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0
}

/** An LSP position for a 1-based line and column of postlint. */
export function toPosition(line: number, column: number, bom: number): Position {
  const zeroLine = Math.max(0, line - 1)
  return { line: zeroLine, character: Math.max(0, column - 1) + (zeroLine === 0 ? bom : 0) }
}

export function messageRange(message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, bom: number): Range {
  const start = toPosition(message.line, message.column, bom)
  const end = message.endLine !== undefined && message.endColumn !== undefined ? toPosition(message.endLine, message.endColumn, bom) : start
  return { start, end }
}

/** An edit for a fix (offsets into the text after the byte-order mark). */
export function fixToEdit(fix: Fix, document: TextDocument, bom: number): TextEdit {
  return { range: { start: document.positionAt(fix.range[0] + bom), end: document.positionAt(fix.range[1] + bom) }, newText: fix.text }
}

function isUrl(value: string): boolean {
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/** The diagnostic for one message: severity as configured, the rule id as code, its docs, related spans. */
export function toDiagnostic(message: LintMessage, uri: string, bom: number, rules: Readonly<Record<string, RuleInfo>>, support: DiagnosticSupport): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message, bom),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'postlint',
    message: message.message,
  }
  if (message.ruleId) {
    diagnostic.code = message.ruleId
    const url = rules[message.ruleId]?.url
    if (support.codeDescription && url && isUrl(url)) diagnostic.codeDescription = { href: url }
  }
  if (message.relatedLocations && message.relatedLocations.length > 0) {
    if (support.relatedInformation) {
      diagnostic.relatedInformation = message.relatedLocations.map(
        (related): DiagnosticRelatedInformation => ({ location: { uri, range: messageRange(related, bom) }, message: related.message }),
      )
    } else {
      diagnostic.message += message.relatedLocations.map((related) => `\n${related.line}:${related.column}: ${related.message}`).join('')
    }
  }
  return diagnostic
}

/**
 * One edit that turns `before` into `after`: the changed middle, with what
 * the two share at the start and the end left alone (never splitting a
 * surrogate pair or a CRLF), so the cursor and folds elsewhere stay put.
 */
export function minimalEdit(before: string, after: string, document: TextDocument): TextEdit | null {
  if (before === after) return null
  const shortest = Math.min(before.length, after.length)
  let start = 0
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++
  while (start > 0 && (splits(before, start) || splits(after, start))) start--
  let end = 0
  while (end < shortest - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++
  while (end > 0 && (splits(before, before.length - end) || splits(after, after.length - end))) end--
  return {
    range: { start: document.positionAt(start), end: document.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  }
}

/** Whether cutting `text` at `index` would split a surrogate pair or a CRLF. */
function splits(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index)
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10)
}
