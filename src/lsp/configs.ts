/**
 * Which configuration a document is linted with, and what the editor is
 * told when one is broken.
 *
 * The configuration file is looked for from the document's folder upwards,
 * as the command line looks from its working directory; a `configFile`
 * setting names one instead. Lookups are remembered until configuration
 * files or settings change, when the generation is bumped so the lint
 * thread loads configurations again (keeping the last good one of each).
 *
 * A configuration that does not load is reported once: as a diagnostic on
 * the file at fault when there is one on disk, else as one message window;
 * and cleared when it loads again.
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver'
import { findConfigFile } from '../config/load.js'
import type { ServerSettings } from './settings.js'
import type { DocumentPaths } from './documents.js'
import type { ConfigProblem, ConfigSpec } from './protocol.js'

export class ConfigResolver {
  /** Bumped whenever configuration files or settings may have changed. */
  generation = 1
  #lookups = new Map<string, Promise<string | null | Error>>()
  /** Configuration files in use, with their modification time when first seen (for clients that do not watch files). */
  readonly #inUse = new Map<string, number>()

  /** Forget every lookup and have configurations loaded again. */
  invalidate(): void {
    this.generation++
    this.#lookups.clear()
  }

  #lookup(dir: string): Promise<string | null | Error> {
    let found = this.#lookups.get(dir)
    if (!found) {
      found = findConfigFile(dir).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
      this.#lookups.set(dir, found)
    }
    return found
  }

  /** How to load the configuration for a document in workspace folder `root`. */
  async specFor(paths: DocumentPaths, root: string, settings: ServerSettings): Promise<ConfigSpec> {
    // Configuration modules and plugins changed on disk are imported afresh.
    const common = { freshModules: true, ...(Object.keys(settings.rules).length > 0 ? { cliRules: settings.rules } : {}) }
    const base = { generation: this.generation, ignoreRoot: root }
    if (settings.configFile) {
      const configFile = path.resolve(root, settings.configFile)
      return { ...base, key: `file:${configFile}`, options: { cwd: root, configFile, ...common } }
    }
    const dir = path.dirname(paths.filePath)
    const found = await this.#lookup(dir)
    if (found instanceof Error) {
      // A package.json on the way cannot be read: let the lint thread look too, and report what it finds.
      return { ...base, key: `search:${dir}`, options: { cwd: dir, useConfigFile: true, ...common } }
    }
    if (found) return { ...base, key: `file:${found}`, options: { cwd: root, configFile: found, ...common } }
    return { ...base, key: `defaults:${root}`, options: { cwd: root, useConfigFile: false, ...common } }
  }

  /** Remember a configuration file in use, to notice when it changes. */
  noteInUse(file: string | null | undefined): void {
    if (!file || this.#inUse.has(file)) return
    this.#inUse.set(file, -1)
    void stat(file).then(
      (info) => this.#inUse.set(file, info.mtimeMs),
      () => undefined,
    )
  }

  /** Whether `file` is a configuration file in use. */
  isInUse(file: string): boolean {
    return this.#inUse.has(file)
  }

  /** For clients that do not watch files: whether a configuration file in use changed on disk since it was last checked. */
  async checkForChanges(): Promise<boolean> {
    let changed = false
    await Promise.all(
      [...this.#inUse].map(async ([file, seen]) => {
        const now = await stat(file).then(
          (info) => info.mtimeMs,
          () => 0,
        )
        if (seen !== -1 && now !== seen) changed = true
        this.#inUse.set(file, now)
      }),
    )
    return changed
  }
}

/** Where a configuration error points: "line 3, column 5" in its message, else the top of the file. */
function problemRange(message: string): Diagnostic['range'] {
  const at = /line (\d+), column (\d+)/.exec(message)
  const line = at ? Math.max(0, Number(at[1]) - 1) : 0
  const character = at ? Math.max(0, Number(at[2]) - 1) : 0
  return { start: { line, character }, end: { line, character: character + 1 } }
}

/** The message without the file name that starts it (the diagnostic is on that file already). */
function withoutFile(problem: ConfigProblem): string {
  const prefix = `${problem.file}: `
  return problem.file && problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message
}

/** A problem of the `rules` setting (`--rule ID: …` in the command line's words), named as the setting: `postlint.rules.ID: …`. */
function asSetting(message: string): string {
  return message.replace(/^--rule (\S+): /, 'postlint.rules.$1: ').replace(/^--rule: /, 'postlint.rules: ')
}

export interface ProblemSink {
  /** Show diagnostics on a configuration file (an empty list clears them). */
  publish(file: string, diagnostics: Diagnostic[]): void
  /** Show a message that belongs to no file. */
  showError(message: string): void
}

/** The configuration problems shown, by configuration key. */
export class ConfigProblems {
  readonly #byKey = new Map<string, ConfigProblem>()
  readonly #files = new Set<string>()
  readonly #shown = new Set<string>()
  readonly #sink: ProblemSink

  constructor(sink: ProblemSink) {
    this.#sink = sink
  }

  /** Record the outcome of loading the configuration `key` (a problem, or none). */
  report(key: string, problem: ConfigProblem | undefined): void {
    const previous = this.#byKey.get(key)
    if (previous?.message === problem?.message && previous?.file === problem?.file) return
    if (problem) this.#byKey.set(key, problem)
    else this.#byKey.delete(key)
    this.#refresh()
  }

  #refresh(): void {
    const byFile = new Map<string, Diagnostic[]>()
    const loose = new Set<string>()
    for (const problem of this.#byKey.values()) {
      if (problem.file && existsSync(problem.file)) {
        const list = byFile.get(problem.file) ?? []
        const message = withoutFile(problem)
        if (!list.some((diagnostic) => diagnostic.message === message)) {
          list.push({ range: problemRange(message), severity: DiagnosticSeverity.Error, source: 'postlint', message })
        }
        byFile.set(problem.file, list)
      } else {
        loose.add(`postlint: ${asSetting(problem.message)}`)
      }
    }
    for (const file of this.#files) if (!byFile.has(file)) this.#sink.publish(file, [])
    this.#files.clear()
    for (const [file, diagnostics] of byFile) {
      this.#files.add(file)
      this.#sink.publish(file, diagnostics)
    }
    for (const message of loose) {
      if (this.#shown.has(message)) continue
      this.#sink.showError(message)
    }
    this.#shown.clear()
    for (const message of loose) this.#shown.add(message)
  }
}
