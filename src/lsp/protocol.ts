/**
 * What the server's main thread and its lint thread say to each other. The
 * main thread speaks LSP and never waits on a lint; the lint thread loads
 * configurations (keeping the last good one of each) and runs the Node API.
 */
import type { LoadConfigOptions } from '../config/config-set.js'
import type { LintMessage, RuleCategory } from '../types.js'
import type { DocumentFormat } from '../linter/document.js'

/** How to load a configuration, and the key the lint thread keeps it under. */
export interface ConfigSpec {
  /**
   * Where the configuration comes from (a file, or the defaults of a folder). The lint thread keeps
   * the last configuration that loaded for each key, and uses it while a changed file or setting is broken.
   */
  key: string
  /** Bumped when configuration files or settings change: a configuration older than this is loaded again. */
  generation: number
  /** How to load it (the rules of the `rules` setting included): loaded again when these change. */
  options: LoadConfigOptions
  /** The folder whose `.postlintignore` applies. */
  ignoreRoot: string
}

export interface LintJob {
  id: number
  /** `lint` reports problems; `fix` also applies every fix and returns the fixed text. */
  kind: 'lint' | 'fix'
  config: ConfigSpec
  /** The document's file: configuration overrides and ignores are matched against it. */
  filePath: string
  /** The path whose extension gives the format. */
  lintPath: string
  /** Whether ignore patterns apply (the document is a file on disk). */
  checkIgnored: boolean
  text: string
}

/** What the editor needs to know of a rule that reported something. */
export interface RuleInfo {
  description: string
  url?: string
  category?: RuleCategory | string
}

/** Where in a document directive comments can go: offsets into the text without its byte-order mark. */
export interface DocumentLayout {
  format: DocumentFormat
  /** The YAML front matter block of a Markdown file. */
  frontMatter: [number, number] | null
  /** Every closed HTML comment. */
  comments: Array<[number, number]>
}

export interface ConfigProblem {
  message: string
  /** The configuration file at fault, when one is. */
  file: string | null
}

export interface LintAnswer {
  id: number
  /** The configuration could not be loaded. When `messages` is set, the last good one was used. */
  configError?: ConfigProblem
  /** The configuration file in use (null for the defaults). */
  configFile?: string | null
  /** The document is excluded by ignore patterns: nothing is reported. */
  ignored?: boolean
  messages?: LintMessage[]
  /** For `fix`: the text with every fix applied. */
  output?: string
  rules?: Record<string, RuleInfo>
  layout?: DocumentLayout
  /** Rules that threw, with their errors (each also gave a fatal message). */
  crashes?: Array<{ ruleId: string; message: string; stack?: string }>
  /** The lint failed for another reason. */
  error?: { name: string; message: string; stack?: string }
}

/** Sent instead of a job: answer with the thread's heap figures. */
export interface StatsRequest {
  id: number
  kind: 'stats'
}

export interface StatsAnswer {
  id: number
  heapUsed: number
}
