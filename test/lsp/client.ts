/**
 * An LSP client for the language server tests: it starts the built server
 * (bin/postlint-language-server.js, or `postlint --lsp`) as a child process
 * and drives it over stdio with vscode-languageserver-protocol, recording
 * what the server sends (diagnostics, messages, registrations).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { ROOT } from '../cli/helpers.js'

export { ROOT, tempDir, removeTempDirs, writeFiles, MOJIBAKE, PLUGIN_SOURCE } from '../cli/helpers.js'

export const SERVER_BIN = path.join(ROOT, 'bin', 'postlint-language-server.js')
export const CLI_BIN = path.join(ROOT, 'bin', 'postlint.js')

if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'lsp', 'server.js'))) {
  throw new Error('The language server tests run the built server: run `npm run build` first')
}

/** What an editor like Neovim declares: push diagnostics with related information, code action literals, markdown hovers. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true, dataSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
}

/** A client that pulls diagnostics (`textDocument/diagnostic`) and can be asked to pull again. */
export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
}

export interface ServerStatus {
  version: string
  documents: number
  heapUsed: number
  rss: number
  threadHeapUsed: number | null
  largeThreadRunning: number
}

export interface StartOptions {
  /** Folders of the workspace (absolute paths). */
  folders?: string[]
  capabilities?: ClientCapabilities
  initializationOptions?: unknown
  /** What the client answers to `workspace/configuration` for section `postlint`. */
  settings?: unknown
  /** Start `postlint --lsp` instead of `postlint-language-server --stdio`. */
  viaCli?: boolean
  /** Arguments for node itself (e.g. `--expose-gc`). */
  nodeArgs?: string[]
  cwd?: string
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href
}

export class TestClient {
  readonly child: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = []
  readonly messages: ShowMessageParams[] = []
  readonly logs: string[] = []
  readonly registrations: string[] = []
  refreshes = 0
  settings: unknown
  stderr = ''
  readonly exited: Promise<number | null>
  readonly #documents = new Map<string, TextDocument>()
  readonly #listeners = new Set<() => void>()

  constructor(options: StartOptions) {
    const args = options.viaCli ? [...(options.nodeArgs ?? []), CLI_BIN, '--lsp'] : [...(options.nodeArgs ?? []), SERVER_BIN, '--stdio']
    this.child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.child.stdin.on('error', () => undefined)
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
    this.settings = options.settings ?? null
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      this.#notify()
    })
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params)
      this.#notify()
    })
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message)
    })
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings))
    this.connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...params.registrations.map((registration) => registration.method))
      this.#notify()
      return null
    })
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++
      this.#notify()
      return null
    })
    this.connection.onError(() => undefined)
    this.connection.listen()
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener()
  }

  /** Resolve when `check` returns a value (checked now and after each notification), or fail after `timeout` ms. */
  waitFor<T>(check: () => T | undefined, what: string, timeout = 30_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = (): boolean => {
        const value = check()
        if (value === undefined) return false
        clearTimeout(timer)
        this.#listeners.delete(listener)
        resolve(value)
        return true
      }
      const listener = (): void => void done()
      const timer = setTimeout(() => {
        this.#listeners.delete(listener)
        reject(new Error(`Timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`))
      }, timeout)
      this.#listeners.add(listener)
      done()
    })
  }

  /** The first diagnostics published for `uri` at `version` (or later, when `version` is omitted, after index `after`). */
  diagnosticsFor(uri: string, version?: number, timeout?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => this.published.find((params) => params.uri === uri && (version === undefined || params.version === version))?.diagnostics,
      `diagnostics of ${uri} version ${version}`,
      timeout,
    )
  }

  /** The next diagnostics published for `uri` after the ones received so far. */
  nextDiagnostics(uri: string, timeout?: number): Promise<PublishDiagnosticsParams> {
    const seen = this.published.length
    return this.waitFor(() => this.published.slice(seen).find((params) => params.uri === uri), `new diagnostics of ${uri}`, timeout)
  }

  async initialize(options: StartOptions): Promise<Record<string, unknown>> {
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders?.[0] ? uriOf(options.folders[0]) : null,
      workspaceFolders: options.folders?.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })) ?? null,
      capabilities: options.capabilities ?? PUSH_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    })) as Record<string, unknown>
    await this.connection.sendNotification('initialized', {})
    return result
  }

  document(uri: string): TextDocument {
    const document = this.#documents.get(uri)
    if (!document) throw new Error(`${uri} is not open`)
    return document
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<number> {
    const document = TextDocument.create(uri, languageId, 1, text)
    this.#documents.set(uri, document)
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
    return 1
  }

  /** Send edits (incremental changes) and return the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const document = this.document(uri)
    // Edits of one didChange apply in order, each to the text the one before left: send them last to first.
    const ordered = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
    const next = TextDocument.create(uri, document.languageId, document.version + 1, TextDocument.applyEdits(document, edits))
    this.#documents.set(uri, next)
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: ordered.map((edit) => ({ range: edit.range, text: edit.newText })),
    })
    return next.version
  }

  /** Replace the whole text and return the new version. */
  async replace(uri: string, text: string): Promise<number> {
    const document = this.document(uri)
    const next = TextDocument.create(uri, document.languageId, document.version + 1, text)
    this.#documents.set(uri, next)
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ text }] })
    return next.version
  }

  async close(uri: string): Promise<void> {
    this.#documents.delete(uri)
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
  }

  /** Apply a code action's workspace edit to the open document, as an editor would, and send the change. */
  async apply(action: CodeAction): Promise<number> {
    const [uri, edits] = editsOf(action.edit!)
    const document = this.document(uri)
    const version = (action.edit!.documentChanges?.[0] as { textDocument?: { version: number } } | undefined)?.textDocument?.version
    if (version !== undefined && version !== document.version) throw new Error(`The action is for version ${version}, the document is at ${document.version}`)
    return this.edit(uri, edits)
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[], range = diagnostics[0]!.range): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })
  }

  /** Pull the diagnostics of `uri` (`textDocument/diagnostic`). */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) })
  }

  /** Write bytes to the server's input as they are, between whole messages. */
  raw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin.write(bytes, (error) => (error ? reject(error) : resolve())))
  }

  /** The server's own figures (`postlint/status`): documents open, heap and resident memory. */
  status(): Promise<ServerStatus> {
    return this.connection.sendRequest('postlint/status')
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    return this.exited
  }

  kill(): void {
    this.connection.dispose()
    this.child.kill()
  }
}

/** The document and its edits in a workspace edit of one document. */
export function editsOf(edit: WorkspaceEdit): [string, TextEdit[]] {
  const change = edit.documentChanges?.[0]
  if (change && 'edits' in change) return [change.textDocument.uri, change.edits as TextEdit[]]
  const [uri, edits] = Object.entries(edit.changes ?? {})[0]!
  return [uri, edits]
}

/** Start a server and initialize it. */
export async function startClient(options: StartOptions = {}): Promise<TestClient> {
  const client = new TestClient(options)
  await client.initialize(options)
  return client
}

/** The LSP range of `needle` (its `occurrence`-th appearance) in `text`, counted in UTF-16 code units as LSP asks. */
export function rangeOf(text: string, needle: string, occurrence = 1): { start: { line: number; character: number }; end: { line: number; character: number } } {
  let index = -1
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1)
    if (index === -1) throw new Error(`'${needle}' not found ${occurrence} time(s)`)
  }
  const document = TextDocument.create('file:///x', 'markdown', 1, text)
  return { start: document.positionAt(index), end: document.positionAt(index + needle.length) }
}
