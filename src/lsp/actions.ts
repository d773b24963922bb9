/**
 * Code actions for postlint's problems: apply the rule's fix, apply one of
 * its suggestions, disable the rule for this line or for the file (with a
 * directive comment), and fix every fixable problem at once
 * (`source.fixAll.postlint`, also offered as a quick fix).
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { LintMessage } from '../types.js'
import { fixToEdit } from './convert.js'
import { disableFileFix, disableLineFix } from './directives.js'
import type { DocumentLayout } from './protocol.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postlint`
const FIX_ALL_TITLE = 'Fix all auto-fixable postlint problems'

/** A lint of one version of a document, as the actions need it. */
export interface LintedDocument {
  document: TextDocument
  bom: number
  messages: readonly LintMessage[]
  diagnostics: readonly Diagnostic[]
  layout: DocumentLayout | null
}

export interface ActionRequest {
  range: Range
  context: CodeActionContext
  /** Wraps edits of the document into a workspace edit. */
  edit: (edits: TextEdit[]) => CodeAction['edit']
  /** The edit that applies every fix, computed on demand (null when nothing changes). */
  fixAll: () => Promise<TextEdit | null>
}

/** Whether an action of `kind` is wanted when the client asks only for `only` (kinds are hierarchical). */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
}

function touches(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']): boolean => x.line < y.line || (x.line === y.line && x.character < y.character)
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/** The indexes of the linted problems the request is about: the client's diagnostics, else those under the range. */
function problemsOf(linted: LintedDocument, request: ActionRequest): number[] {
  const ours = request.context.diagnostics.filter((diagnostic) => diagnostic.source === 'postlint')
  if (ours.length === 0) {
    return linted.diagnostics.flatMap((diagnostic, index) => (touches(diagnostic.range, request.range) ? [index] : []))
  }
  const indexes: number[] = []
  for (const wanted of ours) {
    const index = linted.diagnostics.findIndex(
      (diagnostic, at) => !indexes.includes(at) && diagnostic.code === wanted.code && diagnostic.message === wanted.message && sameRange(diagnostic.range, wanted.range),
    )
    if (index !== -1) indexes.push(index)
  }
  return indexes
}

export async function codeActions(linted: LintedDocument, request: ActionRequest): Promise<CodeAction[]> {
  const { document, bom } = linted
  const only = request.context.only
  const actions: CodeAction[] = []
  const quickFixes = kindWanted(CodeActionKind.QuickFix, only)
  const text = document.getText().slice(bom)
  const disabled = new Set<string>()
  let fixableHere = false

  for (const index of problemsOf(linted, request)) {
    const message = linted.messages[index]!
    const diagnostic = linted.diagnostics[index]!
    if (message.fix) fixableHere = true
    if (!quickFixes) continue
    if (message.fix) {
      actions.push({
        title: message.ruleId ? `Fix this ${message.ruleId} problem` : 'Remove this unused postlint directive',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: request.edit([fixToEdit(message.fix, document, bom)]),
      })
    }
    for (const suggestion of message.suggestions ?? []) {
      actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: request.edit([fixToEdit(suggestion.fix, document, bom)]) })
    }
    if (!message.ruleId || message.fatal || !linted.layout) continue
    const lineKey = `${message.ruleId}@${message.line}`
    if (!disabled.has(lineKey)) {
      disabled.add(lineKey)
      const fix = disableLineFix(text, message.line, message.ruleId, linted.layout)
      if (fix) {
        actions.push({ title: `Disable ${message.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: request.edit([fixToEdit(fix, document, bom)]) })
      }
    }
    if (!disabled.has(message.ruleId)) {
      disabled.add(message.ruleId)
      const offset = document.offsetAt(diagnostic.range.start) - bom
      const fix = disableFileFix(text, message.ruleId, linted.layout, offset)
      if (fix) {
        actions.push({ title: `Disable ${message.ruleId} for the entire file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: request.edit([fixToEdit(fix, document, bom)]) })
      }
    }
  }

  const fixable = linted.messages.filter((message) => message.fix).length
  const offerQuickFixAll = quickFixes && fixableHere && fixable > 1
  const offerSource = kindWanted(FIX_ALL_KIND, only) && fixable > 0
  if (offerQuickFixAll || offerSource) {
    const edit = await request.fixAll()
    if (edit) {
      if (offerQuickFixAll) actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: request.edit([edit]) })
      if (offerSource) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: request.edit([edit]) })
    }
  }
  return actions
}
