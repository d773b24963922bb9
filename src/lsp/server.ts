/**
 * postlint's language server: `postlint --lsp` (or `postlint-language-server`)
 * speaks LSP over standard input and output. It only translates: the lint
 * thread runs the Node API on the editor's text, and this module turns the
 * results into diagnostics, code actions and hovers.
 *
 * Diagnostics are pushed (`textDocument/publishDiagnostics`) after a
 * document opens and, debounced, after it changes, for the version linted
 * only if it is still the current one; a client that supports pull
 * diagnostics (`textDocument/diagnostic`) gets them that way instead, and is
 * asked to pull again when configuration changes.
 */
import path from 'node:path'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { LintMessage } from '../types.js'
import { CONFIG_FILE_NAMES } from '../config/load.js'
import { IGNORE_FILE } from '../api/files.js'
import { VERSION } from '../version.js'
import { FrameGuard } from './framing.js'
import { documentFormat, documentPaths, folderOf, pathToUri, uriToPath } from './documents.js'
import { bomLength, minimalEdit, toDiagnostic, type DiagnosticSupport } from './convert.js'
import { ConfigProblems, ConfigResolver } from './configs.js'
import { CancelledError, LintThread, ThreadError } from './lint-thread.js'
import { FIX_ALL_KIND, codeActions } from './actions.js'
import { hoverContent } from './hover.js'
import { mergeSettings, readInitializationOptions, readSettings, type InitializationOptions, type ServerSettings } from './settings.js'
import type { ConfigSpec, DocumentLayout, LintAnswer, LintJob, RuleInfo } from './protocol.js'

/** Documents at least this long (in UTF-16 code units) are linted on a thread of their own, stopped when they change. */
const LARGE_DOCUMENT = 1_000_000

/** One lint of one version of a document. */
interface LintResult {
  serial: number
  version: number
  generation: number
  bom: number
  messages: LintMessage[]
  diagnostics: Diagnostic[]
  rules: Record<string, RuleInfo>
  layout: DocumentLayout | null
  /** Set when the lint ran: the configuration and paths it used, for fixing. */
  job?: Omit<LintJob, 'id' | 'kind' | 'text'>
}

interface Waiter {
  version: number
  generation: number
  resolve: (result: LintResult | null) => void
}

interface DocumentState {
  uri: string
  timer: NodeJS.Timeout | undefined
  running: boolean
  dirty: boolean
  /** The running lint is on the thread for large documents. */
  onLargeThread: boolean
  seenVersion: number
  result: LintResult | undefined
  /** The serial number of the result last published. */
  published: number
  waiters: Waiter[]
  fixAll: { version: number; generation: number; edit: Promise<{ edit: TextEdit | null; version: number } | null> } | undefined
}

export interface ServerStreams {
  input: NodeJS.ReadableStream
  output: NodeJS.WritableStream
}

/** A short posting linted at start-up to warm the lint thread. */
const WARM_UP_TEXT = '# Warehouse associate\n\nLocation: Denver, CO\n\nYou will pack orders. Pay: $20 to $24 per hour.\n'

const WATCHED_NAMES = new Set<string>([...CONFIG_FILE_NAMES, IGNORE_FILE])

class PostlintServer {
  readonly #connection: Connection
  readonly #documents = new TextDocuments(TextDocument)
  readonly #states = new Map<string, DocumentState>()
  readonly #configs = new ConfigResolver()
  readonly #problems: ConfigProblems
  readonly #thread: LintThread
  readonly #largeThread: LintThread
  #options: InitializationOptions = readInitializationOptions(undefined).options
  #capabilities: ClientCapabilities = {}
  #support: DiagnosticSupport = { relatedInformation: false, codeDescription: false }
  #pull = false
  #watching = false
  #folders: string[] = []
  #pushedSettings: Partial<ServerSettings> = {}
  readonly #settings = new Map<string, Promise<ServerSettings>>()
  readonly #loggedCrashes = new Set<string>()
  #serial = 0
  #shuttingDown = false

  constructor(connection: Connection) {
    this.#connection = connection
    const log = (text: string): void => connection.console.error(text)
    this.#thread = new LintThread(log)
    this.#largeThread = new LintThread(log)
    this.#problems = new ConfigProblems({
      publish: (file, diagnostics) => {
        if (!this.#shuttingDown) void connection.sendDiagnostics({ uri: pathToUri(file), diagnostics })
      },
      showError: (message) => {
        connection.console.error(message)
        // A notification rather than a request: nothing waits on the user to dismiss it.
        if (!this.#shuttingDown) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message })
      },
    })
  }

  listen(): void {
    const connection = this.#connection
    connection.onInitialize((params) => this.#initialize(params.capabilities, params.initializationOptions, params.workspaceFolders, params.rootUri))
    connection.onInitialized(() => this.#initialized())
    connection.onShutdown(() => this.#shutdown())
    connection.onDidChangeConfiguration((params) => {
      if (!this.#capabilities.workspace?.configuration) {
        const { settings, problems } = readSettings((params as { settings?: unknown } | null)?.settings)
        for (const problem of problems) connection.console.warn(problem)
        this.#pushedSettings = settings
      }
      this.#settings.clear()
      this.#configurationChanged()
    })
    connection.onDidChangeWatchedFiles((params) => {
      const relevant = (params?.changes ?? []).some((change) => {
        const file = uriToPath(change.uri)
        return file !== null && (WATCHED_NAMES.has(path.basename(file)) || this.#configs.isInUse(file))
      })
      if (relevant) this.#configurationChanged()
    })
    connection.onCodeAction(async (params) => {
      const uri = params.textDocument.uri
      const linted = await this.#currentResult(uri)
      const document = this.#documents.get(uri)
      if (!linted || !document || document.version !== linted.version) return []
      return codeActions(
        { document, bom: linted.bom, messages: linted.messages, diagnostics: linted.diagnostics, layout: linted.layout },
        { range: params.range, context: params.context, edit: (edits) => this.#workspaceEdit(uri, linted.version, edits), fixAll: () => this.#fixAll(uri, linted) },
      )
    })
    connection.onHover(async (params) => {
      const uri = params.textDocument.uri
      const linted = await this.#currentResult(uri)
      if (!linted) return null
      const { line, character } = params.position
      const under = linted.diagnostics.flatMap((diagnostic, index) => {
        const { start, end } = diagnostic.range
        const afterStart = line > start.line || (line === start.line && character >= start.character)
        const beforeEnd = line < end.line || (line === end.line && character <= end.character)
        return afterStart && beforeEnd ? [index] : []
      })
      if (under.length === 0) return null
      const markdown = this.#capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false
      const contents = hoverContent(
        under.map((index) => linted.messages[index]!),
        linted.rules,
        markdown,
      )
      return { contents, range: linted.diagnostics[under[0]!]!.range }
    })
    connection.languages.diagnostics.on(async (params) => {
      const result = await this.#currentResult(params.textDocument.uri)
      if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] }
      const resultId = String(result.serial)
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId }
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.diagnostics }
    })
    connection.onRequest('postlint/status', () => this.#status())

    this.#documents.onDidOpen(({ document }) => {
      const state = this.#state(document.uri)
      state.seenVersion = document.version
      if (!this.#pull) void this.#run(state)
    })
    this.#documents.onDidChangeContent(({ document }) => {
      const state = this.#states.get(document.uri)
      if (!state || state.seenVersion === document.version) return
      state.seenVersion = document.version
      // A long lint of a text that is now out of date is stopped rather than awaited.
      if (state.running && state.onLargeThread) void this.#largeThread.cancel()
      if (!this.#pull) this.#schedule(state, this.#options.debounce)
    })
    this.#documents.onDidClose(({ document }) => {
      const state = this.#states.get(document.uri)
      if (!state) return
      this.#states.delete(document.uri)
      clearTimeout(state.timer)
      if (state.running && state.onLargeThread) void this.#largeThread.cancel()
      for (const waiter of state.waiters.splice(0)) waiter.resolve(null)
      this.#settings.delete(document.uri)
      if (!this.#pull && !this.#shuttingDown) void this.#connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
    })
    this.#documents.listen(connection)
    connection.listen()
  }

  #initialize(capabilities: ClientCapabilities, initializationOptions: unknown, folders: Array<{ uri: string }> | null | undefined, rootUri: string | null): InitializeResult {
    this.#capabilities = capabilities ?? {}
    const publish = this.#capabilities.textDocument?.publishDiagnostics
    this.#support = { relatedInformation: publish?.relatedInformation === true, codeDescription: publish?.codeDescriptionSupport === true }
    this.#pull = this.#capabilities.textDocument?.diagnostic !== undefined
    const { options, problems } = readInitializationOptions(initializationOptions)
    this.#options = options
    for (const problem of problems) this.#connection.console.warn(problem)
    const roots = folders && folders.length > 0 ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : []
    this.#folders = roots.flatMap((uri) => uriToPath(uri) ?? [])
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(this.#pull ? { diagnosticProvider: { identifier: 'postlint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postlint', version: VERSION },
    }
  }

  #initialized(): void {
    this.#warmUp()
    const workspace = this.#capabilities.workspace
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      void this.#connection.client.register(DidChangeConfigurationNotification.type, { section: 'postlint' })
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      this.#watching = true
      const names = [...WATCHED_NAMES].join(',')
      void this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${names}}` }] })
    }
    if (workspace?.workspaceFolders) {
      this.#connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.flatMap((folder) => uriToPath(folder.uri) ?? []))
        this.#folders = [...this.#folders.filter((folder) => !removed.has(folder)), ...event.added.flatMap((folder) => uriToPath(folder.uri) ?? [])]
        this.#settings.clear()
        this.#configurationChanged()
      })
    }
  }

  /** Load the linter and its rules on the lint thread now, so the first document opened is not kept waiting. */
  #warmUp(): void {
    const root = this.#folders[0] ?? process.cwd()
    const filePath = path.join(root, 'warm-up.md')
    const config: ConfigSpec = { key: 'warm-up', generation: 0, options: { cwd: root, useConfigFile: false }, ignoreRoot: root }
    this.#thread.run((id) => ({ id, kind: 'lint', config, filePath, lintPath: filePath, checkIgnored: false, text: WARM_UP_TEXT })).catch(() => undefined)
  }

  async #shutdown(): Promise<void> {
    this.#shuttingDown = true
    for (const state of this.#states.values()) clearTimeout(state.timer)
    await Promise.all([this.#thread.cancel(), this.#largeThread.cancel()])
  }

  async #status(): Promise<Record<string, number | string | null>> {
    ;(globalThis as { gc?: () => void }).gc?.()
    const memory = process.memoryUsage()
    return {
      version: VERSION,
      documents: this.#documents.keys().length,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      threadHeapUsed: await this.#thread.heapUsed(),
      largeThreadRunning: this.#largeThread.busy ? 1 : 0,
    }
  }

  /** Configuration files or settings changed: load configurations again and lint every open document. */
  #configurationChanged(): void {
    this.#configs.invalidate()
    if (this.#pull) {
      if (this.#capabilities.workspace?.diagnostics?.refreshSupport) void this.#connection.languages.diagnostics.refresh()
      return
    }
    for (const state of this.#states.values()) this.#schedule(state, 0)
  }

  #state(uri: string): DocumentState {
    let state = this.#states.get(uri)
    if (!state) {
      state = { uri, timer: undefined, running: false, dirty: false, onLargeThread: false, seenVersion: -1, result: undefined, published: 0, waiters: [], fixAll: undefined }
      this.#states.set(uri, state)
    }
    return state
  }

  #schedule(state: DocumentState, delay: number): void {
    clearTimeout(state.timer)
    state.timer = undefined
    if (delay <= 0) {
      void this.#run(state)
      return
    }
    state.timer = setTimeout(() => {
      state.timer = undefined
      void this.#run(state)
    }, delay)
  }

  /** Whether the document's last result is for its current version and configuration. */
  #fresh(state: DocumentState): boolean {
    const document = this.#documents.get(state.uri)
    return document !== undefined && state.result !== undefined && state.result.version === document.version && state.result.generation === this.#configs.generation
  }

  /** Lint a document until its result is fresh (edits made meanwhile are linted in turn). */
  async #run(state: DocumentState): Promise<void> {
    if (state.running) {
      state.dirty = true
      return
    }
    state.running = true
    try {
      do {
        state.dirty = false
        if (this.#fresh(state)) {
          this.#deliver(state, state.result!)
          continue
        }
        const result = await this.#lintOnce(state)
        if (result === 'cancelled') {
          // Stopped because the text changed (the pending timer lints it again) or with another document's long lint.
          if (!state.timer) state.dirty = true
        } else if (result) {
          this.#deliver(state, result)
        }
      } while (state.dirty && this.#states.get(state.uri) === state && !this.#shuttingDown)
    } catch (error) {
      this.#connection.console.error(`postlint: linting ${state.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    } finally {
      state.running = false
    }
  }

  /** The result for the document's current version, linting it first when needed. */
  #currentResult(uri: string): Promise<LintResult | null> {
    const state = this.#states.get(uri)
    const document = this.#documents.get(uri)
    if (!state || !document) return Promise.resolve(null)
    if (this.#fresh(state)) return Promise.resolve(state.result!)
    return new Promise((resolve) => {
      state.waiters.push({ version: document.version, generation: this.#configs.generation, resolve })
      clearTimeout(state.timer)
      state.timer = undefined
      void this.#run(state)
    })
  }

  #deliver(state: DocumentState, result: LintResult): void {
    state.result = result
    state.waiters = state.waiters.filter((waiter) => {
      if (waiter.version > result.version || waiter.generation > result.generation) return true
      waiter.resolve(result)
      return false
    })
    if (state.waiters.length > 0) state.dirty = true
    const document = this.#documents.get(state.uri)
    if (this.#pull || this.#shuttingDown || !document || document.version !== result.version || state.published === result.serial) return
    state.published = result.serial
    void this.#connection.sendDiagnostics({ uri: state.uri, version: result.version, diagnostics: result.diagnostics })
  }

  async #settingsFor(uri: string): Promise<ServerSettings> {
    let settings = this.#settings.get(uri)
    if (!settings) {
      settings = this.#fetchSettings(uri)
      this.#settings.set(uri, settings)
    }
    return settings
  }

  async #fetchSettings(uri: string): Promise<ServerSettings> {
    const layers: Array<Partial<ServerSettings>> = [this.#options.settings, this.#pushedSettings]
    if (this.#capabilities.workspace?.configuration) {
      try {
        const value: unknown = await this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'postlint' })
        const { settings, problems } = readSettings(value)
        for (const problem of problems) this.#connection.console.warn(problem)
        layers.push(settings)
      } catch (error) {
        this.#connection.console.warn(`postlint: could not read the settings: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    return mergeSettings(...layers)
  }

  /** The job (without text) that lints a document now, or null when postlint does not lint it. */
  async #jobFor(uri: string, languageId: string): Promise<Omit<LintJob, 'id' | 'kind' | 'text'> | null> {
    const format = documentFormat(languageId, uri)
    if (!format) return null
    const settings = await this.#settingsFor(uri)
    if (!settings.enable) return null
    if (!this.#watching && (await this.#configs.checkForChanges())) this.#configurationChanged()
    const onDisk = uriToPath(uri)
    const fallback = this.#folders[0] ?? process.cwd()
    const folder = onDisk ? (folderOf(onDisk, this.#folders) ?? path.dirname(onDisk)) : fallback
    const paths = documentPaths(uri, format, folder)
    const config: ConfigSpec = await this.#configs.specFor(paths, folder, settings)
    return { config, filePath: paths.filePath, lintPath: paths.lintPath, checkIgnored: paths.onDisk }
  }

  /** Run one lint or fix job on the right thread, with the document's text as it is when the job's turn comes. */
  async #runJob(
    uri: string,
    kind: LintJob['kind'],
    job: Omit<LintJob, 'id' | 'kind' | 'text'>,
    state: DocumentState | undefined,
  ): Promise<{ answer: LintAnswer; version: number; text: string } | { failure: string; version: number } | 'cancelled' | null> {
    const document = this.#documents.get(uri)
    if (!document) return null
    const thread = document.getText().length >= LARGE_DOCUMENT ? this.#largeThread : this.#thread
    let snapshot: { version: number; text: string } | undefined
    if (state) state.onLargeThread = thread === this.#largeThread
    try {
      const answer = await thread.run((id) => {
        const current = this.#documents.get(uri)
        if (!current) return null
        snapshot = { version: current.version, text: current.getText() }
        return { ...job, id, kind, text: snapshot.text }
      })
      if (!answer || !snapshot) return null
      return { answer, ...snapshot }
    } catch (error) {
      if (error instanceof CancelledError) return 'cancelled'
      if (error instanceof ThreadError && snapshot) return { failure: error.message, version: snapshot.version }
      throw error
    } finally {
      if (state) state.onLargeThread = false
      // The large-document thread gives its memory back as soon as it has nothing to do.
      if (thread === this.#largeThread && !thread.busy) void thread.cancel()
    }
  }

  async #lintOnce(state: DocumentState): Promise<LintResult | 'cancelled' | null> {
    const document = this.#documents.get(state.uri)
    if (!document) return null
    const generation = this.#configs.generation
    const job = await this.#jobFor(state.uri, document.languageId)
    if (!job) return this.#emptyResult(document.version, generation)
    const outcome = await this.#runJob(state.uri, 'lint', job, state)
    if (outcome === 'cancelled') return this.#documents.get(state.uri) ? 'cancelled' : null
    if (!outcome) return null
    if ('failure' in outcome) {
      const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: 'postlint', message: `postlint could not lint this document: ${outcome.failure}` }
      return { ...this.#emptyResult(outcome.version, job.config.generation), diagnostics: [diagnostic] }
    }
    const { answer, version, text } = outcome
    this.#problems.report(job.config.key, answer.configError)
    this.#configs.noteInUse(answer.configFile)
    if (answer.configError?.file) this.#configs.noteInUse(answer.configError.file)
    if (answer.error) {
      this.#connection.console.error(`postlint: linting ${state.uri} failed: ${answer.error.stack ?? answer.error.message}`)
    }
    for (const crash of answer.crashes ?? []) {
      const key = `${crash.ruleId}\0${crash.message}`
      if (this.#loggedCrashes.has(key)) continue
      this.#loggedCrashes.add(key)
      this.#connection.console.error(`postlint: rule '${crash.ruleId}' failed on ${state.uri}: ${crash.stack ?? crash.message}`)
    }
    const bom = bomLength(text)
    const messages = answer.messages ?? []
    const rules = answer.rules ?? {}
    return {
      serial: ++this.#serial,
      version,
      generation: job.config.generation,
      bom,
      messages,
      diagnostics: messages.map((message) => toDiagnostic(message, state.uri, bom, rules, this.#support)),
      rules,
      layout: answer.layout ?? null,
      job,
    }
  }

  #emptyResult(version: number, generation: number): LintResult {
    return { serial: ++this.#serial, version, generation, bom: 0, messages: [], diagnostics: [], rules: {}, layout: null }
  }

  #workspaceEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
    if (this.#capabilities.workspace?.workspaceEdit?.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] }
    return { changes: { [uri]: edits } }
  }

  /** The edit applying every fix to the version `linted` is of (remembered until the next edit). */
  async #fixAll(uri: string, linted: LintResult): Promise<TextEdit | null> {
    const state = this.#states.get(uri)
    const job = linted.job
    if (!state || !job) return null
    if (!state.fixAll || state.fixAll.version !== linted.version || state.fixAll.generation !== linted.generation) {
      const edit = this.#runJob(uri, 'fix', job, undefined).then((outcome) => {
        if (!outcome || outcome === 'cancelled' || 'failure' in outcome || outcome.answer.output === undefined) return null
        const document = TextDocument.create(uri, 'text', outcome.version, outcome.text)
        return { edit: minimalEdit(outcome.text, outcome.answer.output, document), version: outcome.version }
      })
      state.fixAll = { version: linted.version, generation: linted.generation, edit }
    }
    const fixed = await state.fixAll.edit
    return fixed && fixed.version === linted.version ? fixed.edit : null
  }
}

/** Start the language server on `streams` (standard input and output by default). */
export function startServer(streams: ServerStreams = { input: process.stdin, output: process.stdout }): void {
  // Standard output carries the protocol: anything printed by code the server runs goes to standard error.
  const toStderr = (...args: unknown[]): void => {
    process.stderr.write(`${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}\n`)
  }
  console.log = toStderr
  console.info = toStderr
  console.debug = toStderr
  console.warn = toStderr
  // Nothing a rule, a plugin or a malformed message does may stop the server.
  process.on('uncaughtException', (error) => process.stderr.write(`postlint language server: ${error.stack ?? error.message}\n`))
  process.on('unhandledRejection', (reason) => process.stderr.write(`postlint language server: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`))

  let garbage = 0
  const guard = new FrameGuard((reason) => {
    if (++garbage <= 100) process.stderr.write(`postlint language server: ${reason}\n`)
  })
  streams.input.pipe(guard)
  const connection = createConnection(guard, streams.output)
  new PostlintServer(connection).listen()
}
