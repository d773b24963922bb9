/**
 * `postlint explain`: what postlint understood of a posting — the
 * jurisdictions (with the text that brought each in) and the laws in force
 * there, the pay figures, every statement with its line, and the contacts
 * with whether each can be used. The JSON form has exactly the keys of
 * {@link Explanation}; the text form adds the laws.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { LintMessage } from '../types.js'
import type { SourceCode } from '../linter/source-code.js'
import { createDisclosureFacts, type DisclosureFacts } from '../facts/index.js'
import { STATEMENT_TYPES, type StatementType } from '../facts/types.js'
import { FileError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'
import { linterFor, resolveConfig, type LintOptions } from './lint.js'

/** The statement types `explain` lists, in their order: all but outreach, which only quiets the wording rules. */
export const EXPLAINED_STATEMENTS = STATEMENT_TYPES.filter((type): type is ExplainedStatement => type !== 'outreach')

type ExplainedStatement = Exclude<StatementType, 'outreach'>

export interface Explanation {
  filePath: string
  jurisdictions: Array<{ id: string; reason: string; line: number | null }>
  pay: Array<{ kind: string; min: number | null; max: number | null; currency: string | null; period: string | null; text: string; line: number | null }>
  statements: Record<ExplainedStatement, Array<{ line: number; text: string }>>
  contacts: Array<{ kind: string; value: string; valid: boolean; line: number }>
}

/** The explanation and what the text form shows beside it. */
export interface ExplainResult {
  explanation: Explanation
  asOf: string
  remote: string
  laws: Array<{ id: string; jurisdiction: string; name: string; citation: string; effective: string; confidence: string }>
  /** Set when the file could not be read as a posting. */
  fatal?: LintMessage
}

function explain(filePath: string, sourceCode: SourceCode, facts: DisclosureFacts): ExplainResult {
  const line = (offset: number): number => sourceCode.getLocFromIndex(offset).line
  const statements = Object.fromEntries(
    EXPLAINED_STATEMENTS.map((type) => [type, facts.statementsOf(type).map((statement) => ({ line: line(statement.range[0]), text: statement.text }))]),
  ) as Explanation['statements']
  return {
    explanation: {
      filePath,
      jurisdictions: facts.jurisdictions.map((match) => ({ id: match.id, reason: match.reason, line: match.range ? line(match.range[0]) : null })),
      pay: facts.pay.map((pay) => ({
        kind: pay.kind,
        min: pay.min,
        max: pay.max,
        currency: pay.currency,
        period: pay.period,
        text: pay.text,
        line: pay.range ? line(pay.range[0]) : null,
      })),
      statements,
      contacts: facts.contacts.map((contact) => ({ kind: contact.kind, value: contact.value, valid: contact.valid, line: line(contact.range[0]) })),
    },
    asOf: facts.asOf,
    remote: facts.location.remote,
    laws: facts.laws.map(({ jurisdiction, law }) => ({
      id: law.id,
      jurisdiction: jurisdiction.name,
      name: law.name,
      citation: law.citation,
      effective: law.effective,
      confidence: law.confidence,
    })),
  }
}

function empty(filePath: string, fatal: LintMessage): ExplainResult {
  const statements = Object.fromEntries(EXPLAINED_STATEMENTS.map((type) => [type, []])) as unknown as Explanation['statements']
  return { explanation: { filePath, jurisdictions: [], pay: [], statements, contacts: [] }, asOf: '', remote: 'unknown', laws: [], fatal }
}

/** Explain a text, as the file `filePath` if given. */
export async function explainText(text: string | Uint8Array, options: LintOptions & { filePath?: string } = {}): Promise<ExplainResult> {
  const config = await resolveConfig(options)
  const filePath = options.filePath ? path.resolve(config.cwd, options.filePath) : '<text>'
  const parsed = linterFor(config).parse(text, filePath)
  if ('fatal' in parsed) return empty(filePath, parsed.fatal)
  return explain(filePath, parsed.sourceCode, createDisclosureFacts(parsed.sourceCode, config.forFile(filePath).settings ?? {}))
}

/** Explain files by path. */
export async function explainFiles(files: readonly string[], options: LintOptions = {}): Promise<ExplainResult[]> {
  const config = await resolveConfig(options)
  const results: ExplainResult[] = []
  for (const file of files) {
    const filePath = path.resolve(config.cwd, file)
    let bytes: Uint8Array
    try {
      bytes = await readFile(filePath)
    } catch (error) {
      throw new FileError(`Cannot read ${file}: ${describeIoError(error)}`)
    }
    results.push(await explainText(bytes, { ...options, config, filePath }))
  }
  return results
}

/** The text form of an explanation. */
export function formatExplanation(result: ExplainResult, cwd: string): string {
  const { explanation } = result
  const name = path.isAbsolute(explanation.filePath) ? path.relative(cwd, explanation.filePath) || explanation.filePath : explanation.filePath
  if (result.fatal) return `${name}\n  ${result.fatal.message}\n`
  const at = (line: number | null): string => (line === null ? 'front matter / configuration' : `line ${line}`)
  const lines = [name, `  Law as of ${result.asOf}; remote: ${result.remote}`, '', '  Jurisdictions']
  if (explanation.jurisdictions.length === 0) lines.push('    none found (only rules that apply everywhere are checked)')
  for (const match of explanation.jurisdictions) lines.push(`    ${match.id.padEnd(22)} ${match.reason.padEnd(12)} ${at(match.line)}`)
  lines.push('', '  Laws in force')
  if (result.laws.length === 0) lines.push('    none')
  for (const law of result.laws) {
    lines.push(`    ${law.jurisdiction}: ${law.name} (${law.citation}), since ${law.effective}${law.confidence === 'unconfirmed' ? ' [unconfirmed]' : ''}`)
  }
  lines.push('', '  Pay')
  if (explanation.pay.length === 0) lines.push('    none found')
  for (const pay of explanation.pay) {
    const figures = pay.min === pay.max ? `${pay.min ?? '?'}` : `${pay.min ?? '…'}–${pay.max ?? '…'}`
    lines.push(`    ${pay.kind.padEnd(11)} ${pay.kind === 'vague' ? '' : `${figures} ${pay.currency ?? '(no currency)'} per ${pay.period ?? '(no period)'}  `}"${pay.text}"  ${at(pay.line)}`)
  }
  lines.push('', '  Statements')
  for (const type of EXPLAINED_STATEMENTS) {
    const found = explanation.statements[type]
    if (found.length === 0) lines.push(`    ${type.padEnd(20)} none`)
    for (const statement of found) {
      const text = statement.text.replace(/\s+/g, ' ')
      lines.push(`    ${type.padEnd(20)} line ${statement.line}: "${text.length > 90 ? `${text.slice(0, 89)}…` : text}"`)
    }
  }
  lines.push('', '  Contacts')
  if (explanation.contacts.length === 0) lines.push('    none found')
  for (const contact of explanation.contacts) lines.push(`    ${contact.kind.padEnd(6)} ${contact.value}  ${contact.valid ? 'valid' : 'NOT valid'}  line ${contact.line}`)
  return `${lines.join('\n')}\n`
}
