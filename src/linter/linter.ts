/**
 * The linter: decode, parse once, give every enabled rule a context, merge
 * their visitors, walk each tree once, then apply inline directives. A rule
 * that throws is switched off for the rest of the file and the file gets a
 * fatal message naming it; the other rules' results are kept.
 *
 * It touches no file system: the CLI and the Node API read files and load
 * configuration, and hand it text and resolved rule settings.
 */
import type { LintMessage, RuleContext, RuleModule, Settings } from '../types.js'
import { DecodeError, decodeBytes, stripBOM } from './decode.js'
import { formatOf, type DocumentFormat } from './document.js'
import { LineIndex } from './lines.js'
import { parseDocument, type ParseOptions } from './parse.js'
import { SourceCode } from './source-code.js'
import { createPostingFacts, type PostingFacts } from './posting.js'
import { createReporter, type Problem } from './report.js'
import { applyFixes } from './fixes.js'
import { applyDirectives, parseDirectives, unknownRuleProblems, unusedDirectiveProblems } from './directives.js'

/** A rule's setting for one file: its severity and its final options (defaults merged). */
export interface RuleSetting {
  severity: 1 | 2
  options: readonly unknown[]
}

export interface LinterConfig {
  rules: Readonly<Record<string, RuleSetting>>
  settings?: Settings
  /** Report disable directives that suppressed nothing, at this severity (0 = not at all). */
  reportUnusedDisableDirectives?: 0 | 1 | 2
}

export interface LinterOptions {
  /** Every rule that may be configured, by id. */
  rules: ReadonlyMap<string, RuleModule>
  /** Deep-freeze the trees before rules see them, so a rule that mutates them throws (the RuleTester sets this). */
  freeze?: boolean
  parse?: ParseOptions
}

export interface RuleCrash {
  ruleId: string
  error: unknown
}

export interface VerifyOutput {
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  /** Errors thrown by rules; each also gave the file a fatal message. */
  crashes: RuleCrash[]
  /** The parsed file, or null when it could not be read as text. */
  sourceCode: SourceCode | null
}

export interface FixOutput extends VerifyOutput {
  /** The whole fixed file, byte-order mark restored. Equal to the input text when nothing was fixed. */
  output: string
  fixed: boolean
}

export type FixFilter = boolean | ((message: LintMessage) => boolean)

const MAX_FIX_PASSES = 10
/** The file name of text linted without one. */
export const UNNAMED = '<text>'

export class Linter {
  readonly #rules: ReadonlyMap<string, RuleModule>
  readonly #freeze: boolean
  readonly #parseOptions: ParseOptions

  constructor(options: LinterOptions) {
    this.#rules = options.rules
    this.#freeze = options.freeze ?? false
    this.#parseOptions = options.parse ?? {}
  }

  /** Lint one file's content. `filePath` decides the format (by extension) and is the context's `filename`. */
  verify(input: string | Uint8Array, config: LinterConfig, filePath = UNNAMED): VerifyOutput {
    const decoded = this.#decode(input)
    if ('fatal' in decoded) return decoded.fatal
    return this.#verifyText(decoded.text, decoded.hasBOM, config, filePath, formatFor(filePath))
  }

  /** Lint, apply fixes, and lint again, up to ten passes, until nothing more is fixed. */
  verifyAndFix(input: string | Uint8Array, config: LinterConfig, filePath = UNNAMED, fix: FixFilter = true): FixOutput {
    const decoded = this.#decode(input)
    if ('fatal' in decoded) return { ...decoded.fatal, output: typeof input === 'string' ? input : '', fixed: false }
    const format = formatFor(filePath)
    let text = decoded.text
    let fixed = false
    let result = this.#verifyText(text, decoded.hasBOM, config, filePath, format)
    for (let pass = 0; pass < MAX_FIX_PASSES && fix !== false; pass++) {
      if (result.crashes.length > 0) break
      const fixes = result.messages.filter((m) => m.fix && (fix === true || fix(m))).map((m) => m.fix!)
      if (fixes.length === 0) break
      const applied = applyFixes(text, fixes)
      if (!applied.fixed) break
      fixed = true
      text = applied.output
      result = this.#verifyText(text, decoded.hasBOM, config, filePath, format)
    }
    return { ...result, output: (decoded.hasBOM ? '\uFEFF' : '') + text, fixed }
  }

  /**
   * Parse a file without running rules: its SourceCode, or the fatal message
   * saying why it could not be read (for `postlint explain`).
   */
  parse(input: string | Uint8Array, filePath = UNNAMED): { sourceCode: SourceCode } | { fatal: LintMessage } {
    const decoded = this.#decode(input)
    if ('fatal' in decoded) return { fatal: decoded.fatal.messages[0]! }
    const parsed = this.#parse(decoded.text, decoded.hasBOM, formatFor(filePath))
    return 'fatal' in parsed ? { fatal: parsed.fatal.messages[0]! } : parsed
  }

  #parse(text: string, hasBOM: boolean, format: DocumentFormat): { sourceCode: SourceCode } | { fatal: VerifyOutput } {
    const lines = new LineIndex(text)
    try {
      return { sourceCode: new SourceCode(text, hasBOM, parseDocument(text, format, lines, this.#parseOptions), lines) }
    } catch (error) {
      // The tree builders recurse: a stack overflow means markup nested well over a thousand levels deep.
      const reason = error instanceof RangeError && /call stack/i.test(error.message) ? 'the document is nested too deeply' : (error as Error).message
      return { fatal: fatalOutput(`Parsing error: ${reason}`) }
    }
  }

  #decode(input: string | Uint8Array): { text: string; hasBOM: boolean } | { fatal: VerifyOutput } {
    if (typeof input === 'string') return stripBOM(input)
    try {
      return decodeBytes(input)
    } catch (error) {
      if (error instanceof DecodeError) return { fatal: fatalOutput(error.message) }
      throw error
    }
  }

  #verifyText(text: string, hasBOM: boolean, config: LinterConfig, filePath: string, format: DocumentFormat): VerifyOutput {
    const parsed = this.#parse(text, hasBOM, format)
    if ('fatal' in parsed) return parsed.fatal
    const { sourceCode } = parsed
    if (this.#freeze) deepFreeze(sourceCode.nlcst, sourceCode.markup, sourceCode.frontMatter)

    const problems: Problem[] = []
    const crashes: RuleCrash[] = []
    const crashed = new Set<string>()
    let posting: PostingFacts | undefined
    const settings = Object.freeze({ ...config.settings })
    const getPosting = (): PostingFacts => (posting ??= createPostingFacts(sourceCode, settings))
    const listeners = new Map<string, Array<{ ruleId: string; handler: (node: unknown) => void }>>()
    let current: { type?: string; position?: { start: { offset?: number } } } | undefined

    const crash = (ruleId: string, error: unknown): void => {
      crashed.add(ruleId)
      crashes.push({ ruleId, error })
      const offset = current?.position?.start.offset ?? 0
      const loc = sourceCode.getLocFromIndex(offset)
      const reason = error instanceof Error ? error.message : String(error)
      problems.push({
        message: { ruleId, severity: 2, fatal: true, message: `Rule '${ruleId}' failed: ${reason}`, line: loc.line, column: loc.column + 1 },
        range: [offset, offset],
      })
    }

    for (const [ruleId, setting] of Object.entries(config.rules)) {
      const rule = this.#rules.get(ruleId)
      if (!rule) throw new Error(`Definition for rule '${ruleId}' was not found`)
      const report = createReporter(ruleId, rule.meta, setting.severity, sourceCode, (problem) => problems.push(problem))
      const context: RuleContext = Object.freeze({
        id: ruleId,
        options: Object.freeze([...setting.options]) as unknown[],
        settings,
        filename: filePath,
        sourceCode,
        get posting() {
          return getPosting()
        },
        report,
      })
      let visitors
      try {
        visitors = rule.create(context)
      } catch (error) {
        crash(ruleId, error)
        continue
      }
      for (const [key, handler] of Object.entries(visitors ?? {})) {
        if (typeof handler !== 'function') continue
        let list = listeners.get(key)
        if (!list) listeners.set(key, (list = []))
        list.push({ ruleId, handler })
      }
    }

    const emit = (key: string, node: unknown): void => {
      const list = listeners.get(key)
      if (!list) return
      for (const { ruleId, handler } of list) {
        if (crashed.has(ruleId)) continue
        try {
          handler(node)
        } catch (error) {
          crash(ruleId, error)
        }
      }
    }

    current = sourceCode.nlcst
    emit('Document', sourceCode.nlcst)
    if (listensToMarkup(listeners) && sourceCode.markup) walk(sourceCode.markup, listeners, emit, (node) => (current = node))
    walk(sourceCode.nlcst, listeners, emit, (node) => (current = node), paragraphsAreLeaves(listeners) ? 'ParagraphNode' : undefined)
    current = sourceCode.nlcst
    emit('Document:exit', sourceCode.nlcst)

    const directives = parseDirectives(sourceCode.comments, sourceCode)
    const known = (ruleId: string): boolean => this.#rules.has(ruleId)
    const outcome = applyDirectives(problems, directives)
    const shown = [...outcome.messages, ...unknownRuleProblems(directives, known, sourceCode)]
    if (config.reportUnusedDisableDirectives) {
      for (const item of unusedDirectiveProblems(directives, config.reportUnusedDisableDirectives, sourceCode)) shown.push(item)
    }
    return {
      messages: sortMessages(shown.map((p) => p.message)),
      suppressedMessages: sortMessages(outcome.suppressed.map((p) => p.message)),
      crashes,
      sourceCode,
    }
  }
}

/** Text without a file name (`<text>`, standard input) is read as Markdown, the usual format of postings. */
function formatFor(filePath: string): DocumentFormat {
  return filePath === UNNAMED ? 'markdown' : formatOf(filePath)
}

type Listeners = ReadonlyMap<string, unknown>

/** The node types of the natural-language tree; a visitor of any other type but `Document` is one of the markup tree. */
const NLCST_TYPES: ReadonlySet<string> = new Set([
  'RootNode', 'ParagraphNode', 'SentenceNode', 'WordNode', 'TextNode', 'SymbolNode', 'PunctuationNode', 'WhiteSpaceNode', 'SourceNode',
])

/** Whether a rule visits markup nodes: the markup tree is walked (and, when the parser left it for later, built) only then. */
function listensToMarkup(listeners: Listeners): boolean {
  for (const key of listeners.keys()) {
    const type = key.endsWith(':exit') ? key.slice(0, -':exit'.length) : key
    if (type !== 'Document' && !NLCST_TYPES.has(type)) return true
  }
  return false
}

/**
 * Whether nothing listens below a paragraph of the natural-language tree: only to the root and to paragraphs,
 * which never hold one another. The walk then leaves out the sentences, words and text inside paragraphs (most
 * of the tree's nodes), as the recommended rules do.
 */
function paragraphsAreLeaves(listeners: Listeners): boolean {
  for (const key of listeners.keys()) {
    const type = key.endsWith(':exit') ? key.slice(0, -':exit'.length) : key
    if (NLCST_TYPES.has(type) && type !== 'RootNode' && type !== 'ParagraphNode') return false
  }
  return true
}

interface WalkNode {
  type: string
  children?: WalkNode[]
}

/** Depth-first walk with enter and `:exit` events, without recursion (deep HTML must not overflow the stack); the children of nodes of type `leaf` are not walked. */
function walk(root: unknown, listeners: Listeners, emit: (key: string, node: unknown) => void, setCurrent: (node: never) => void, leaf?: string): void {
  // The exit key of each type that has exit listeners; nodes of other types get no exit step.
  const exitKeys = new Map<string, string>()
  for (const key of listeners.keys()) if (key.endsWith(':exit')) exitKeys.set(key.slice(0, -':exit'.length), key)
  const nodes: WalkNode[] = [root as WalkNode]
  const exiting: boolean[] = [false]
  while (nodes.length > 0) {
    const node = nodes.pop()!
    const exit = exiting.pop()!
    if (exit) {
      setCurrent(node as never)
      emit(exitKeys.get(node.type)!, node)
      continue
    }
    if (listeners.has(node.type)) {
      setCurrent(node as never)
      emit(node.type, node)
    }
    if (exitKeys.has(node.type)) {
      nodes.push(node)
      exiting.push(true)
    }
    const children = node.type === leaf ? undefined : node.children
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        nodes.push(children[i]!)
        exiting.push(false)
      }
    }
  }
}

function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column)
}

function fatalOutput(message: string): VerifyOutput {
  return {
    messages: [{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1 }],
    suppressedMessages: [],
    crashes: [],
    sourceCode: null,
  }
}

/** Freeze trees and data deeply, without recursion. */
function deepFreeze(...roots: unknown[]): void {
  const stack = roots.filter((root) => root !== null && typeof root === 'object')
  const seen = new Set<object>()
  while (stack.length > 0) {
    const value = stack.pop() as object
    if (seen.has(value)) continue
    seen.add(value)
    Object.freeze(value)
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object' && !seen.has(child)) stack.push(child)
    }
  }
}
