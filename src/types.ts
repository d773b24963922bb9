/**
 * Public types of postlint: rules, their context, messages and results.
 *
 * Positions are 0-based UTF-16 offsets into the file's text (the text after
 * a byte-order mark, if any, was removed) everywhere inside; 1-based lines and
 * columns appear only in {@link LintMessage}, at the boundary.
 */
import type { Nodes as NlcstNodes } from 'nlcst'
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast'
import type { Root as HastRoot, Nodes as HastNodes } from 'hast'
import type { JSONSchema7 } from './json-schema.js'
import type { SourceCode } from './linter/source-code.js'
import type { PostingFacts } from './linter/posting.js'

export type { JSONSchema7 }

/** A node of any tree postlint builds: natural language, Markdown or HTML. */
export type AnyNode = NlcstNodes | MdastNodes | HastNodes

/** The markup tree of a document: mdast for Markdown, hast for HTML, none for plain text. */
export type MarkupRoot = MdastRoot | HastRoot

/** 0-based `[start, end)` offsets into the file's text. */
export type Range = readonly [number, number]

/** `0`/`"off"`, `1`/`"warn"`, `2`/`"error"`. */
export type SeverityName = 'off' | 'warn' | 'error'
export type SeverityLevel = 0 | 1 | 2
export type Severity = SeverityName | SeverityLevel

/** A rule's entry in a configuration: a severity, or a severity and options. */
export type RuleEntry = Severity | readonly [Severity, ...unknown[]]

/** A text edit: replace `range` of the original text with `text`. */
export interface Fix {
  range: [number, number]
  text: string
}

/** Helpers handed to a rule's `fix` and `suggest[].fix` functions. */
export interface RuleFixer {
  replaceTextRange(range: Range, text: string): Fix
  insertTextBeforeRange(range: Range, text: string): Fix
  insertTextAfterRange(range: Range, text: string): Fix
  removeRange(range: Range): Fix
  replaceText(node: AnyNode, text: string): Fix
  insertTextBefore(node: AnyNode, text: string): Fix
  insertTextAfter(node: AnyNode, text: string): Fix
  remove(node: AnyNode): Fix
}

export type FixResult = Fix | Iterable<Fix> | null | undefined

/** What a rule is about, in a recruiter's or a lawyer's terms. */
export type RuleCategory = 'disclosure' | 'discrimination' | 'inclusive-language' | 'hygiene'

export interface RuleDocs {
  /** One sentence, shown by `--list-rules`, in the README table and in editors. */
  description: string
  category: RuleCategory
  /** Whether `postlint:recommended` turns the rule on. */
  recommended: boolean
  /** Where the rule's documentation lives. */
  url: string
}

export interface RuleMeta<MessageIds extends string = string, Options extends readonly unknown[] = unknown[]> {
  /** `problem`: the posting is wrong or unlawful; `suggestion`: it could read better. */
  type: 'problem' | 'suggestion'
  docs: RuleDocs
  /** Message templates by id, with `{{placeholders}}` filled from `report({ data })`. */
  messages: Record<MessageIds, string>
  /**
   * JSON Schema for the options. An array validates the options positionally;
   * an object validates the whole options array; `false` accepts none.
   */
  schema: JSONSchema7 | readonly JSONSchema7[] | false
  /** Options used where the configuration gives none; user options are merged over them. */
  defaultOptions?: Options
  /** Set when the rule offers fixes that `--fix` applies. */
  fixable?: 'text'
  /** Set when the rule offers suggestions (editor quick fixes, never applied by `--fix`). */
  hasSuggestions?: boolean
}

export interface SuggestionDescriptor<MessageIds extends string = string> {
  messageId: MessageIds
  data?: Record<string, string | number>
  fix(fixer: RuleFixer): FixResult
}

/** A related place shown with a message, such as the line that made a rule apply. */
export interface RelatedLocationDescriptor {
  range: Range
  message: string
}

export interface ReportDescriptor<MessageIds extends string = string> {
  /** The node to report; its range is used unless `range` is given. */
  node?: AnyNode
  /** The range to report, as offsets into the text. */
  range?: Range
  messageId: MessageIds
  data?: Record<string, string | number>
  fix?(fixer: RuleFixer): FixResult
  suggest?: ReadonlyArray<SuggestionDescriptor<MessageIds>>
  related?: ReadonlyArray<RelatedLocationDescriptor>
}

/** Shared settings, from the configuration's `settings` key. */
export interface Settings {
  /** Jurisdiction ids the postings are published in, e.g. `US-CO`; when set, they replace detection. */
  jurisdictions?: string[]
  /** Profiles that apply besides the place, e.g. `US-FEDERAL-CONTRACTOR`. */
  profiles?: string[]
  /** Treat every posting as remote and open to residents of this country (`US`): every jurisdiction whose law reaches remote jobs applies. */
  remote?: string
  /** The date whose law applies, `YYYY-MM-DD` (default: the posting's `datePosted`, else today). */
  asOf?: string
  [key: string]: unknown
}

export interface RuleContext<MessageIds extends string = string, Options extends readonly unknown[] = unknown[]> {
  /** The rule's id, e.g. `valid-email` or `acme/no-foo`. */
  readonly id: string
  /** Options from the configuration merged over `meta.defaultOptions`. */
  readonly options: Options
  readonly settings: Readonly<Settings>
  /** The file's path, or `<text>` when none was given. */
  readonly filename: string
  readonly sourceCode: SourceCode
  /** Facts about the posting, extracted once per file on first use and shared by all rules. */
  readonly posting: PostingFacts
  report(descriptor: ReportDescriptor<MessageIds>): void
}

/** A visitor function, called with the node entered or left. */
export type VisitorFunction = (node: any) => void

/**
 * Visitors keyed by node type: nlcst types (`SentenceNode`, `WordNode`, …),
 * markup types (`heading`, `link`, `element`, …), `Document`, and any of
 * these followed by `:exit`.
 */
export type RuleVisitors = Record<string, VisitorFunction | undefined>

export interface RuleModule<MessageIds extends string = string, Options extends readonly unknown[] = any[]> {
  meta: RuleMeta<MessageIds, Options>
  create(context: RuleContext<MessageIds, Options>): RuleVisitors
}

export interface SuggestionResult {
  messageId?: string
  desc: string
  fix: Fix
}

export interface RelatedLocation {
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** One reported problem, in ESLint's shape. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface LintMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  messageId?: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  fix?: Fix
  suggestions?: SuggestionResult[]
  relatedLocations?: RelatedLocation[]
  /** The file could not be linted (unreadable, not text, or a rule failed on it). */
  fatal?: true
  /**
   * Why a suppressed message was suppressed (only in `suppressedMessages`): an
   * inline directive, or (`file`, as ESLint names its suppressions file) the baseline.
   */
  suppressions?: Array<{ kind: 'directive' | 'file'; justification: string }>
}

/** The result of linting one file, in ESLint's shape. */
export interface LintResult {
  filePath: string
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The fixed text, present only when fixes changed it. */
  output?: string
}

/** What formatters receive beside the results. */
export interface FormatterContext {
  cwd: string
  /** Metadata of every rule known to the run, by id. */
  rulesMeta: Record<string, RuleMeta>
  /** postlint's version. */
  version: string
  /** Whether colours may be used (stylish only). */
  color: boolean
  /** How many messages were suppressed by `--max-warnings` etc. (unused today). */
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number }
  /**
   * What the baseline (`--baseline`) did, when one was used: its file (relative
   * to `cwd`), how many problems it suppressed, how many of its entries for
   * the files linted match nothing any more, and whether it was just written.
   */
  baseline?: { file: string; suppressed: number; unmatched: number; written: boolean }
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>

/** A plugin: a module exporting rules under a namespace. */
export interface Plugin {
  meta?: { name?: string; namespace?: string; version?: string }
  rules?: Record<string, RuleModule>
}

/** One `overrides` entry: rules and settings for the files its globs match. */
export interface ConfigOverride {
  files: string | string[]
  excludedFiles?: string | string[]
  rules?: Record<string, RuleEntry>
  settings?: Settings
}

/** The shape of a configuration file. */
export interface Config {
  extends?: string | string[]
  rules?: Record<string, RuleEntry>
  ignores?: string[]
  overrides?: ConfigOverride[]
  plugins?: string[] | Record<string, string | Plugin>
  settings?: Settings
}
