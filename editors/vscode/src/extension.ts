/**
 * The postlint extension for VS Code: it starts the postlint language server
 * (`postlint-language-server`) and lets VS Code's language client do the
 * rest. The server is the one installed in the workspace
 * (`npm install --save-dev postlint`), so the rules and configuration are the
 * project's own; `postlint.serverPath` names another.
 *
 * Settings in the `postlint` section (`enable`, `configFile`, `rules`) are
 * read by the server itself through `workspace/configuration`. The server
 * asks VS Code to tell it when they or configuration files change, and then
 * lints the open documents again.
 */
import fs from 'node:fs'
import path from 'node:path'
import { commands, window, workspace, type ExtensionContext, type WorkspaceFolder } from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The server's script: the `postlint.serverPath` setting, else postlint's bin in a workspace folder's node_modules. */
function findServer(folders: readonly WorkspaceFolder[]): string | undefined {
  const configured = workspace.getConfiguration('postlint').get<string | null>('serverPath')
  if (configured) {
    const base = folders[0]?.uri.fsPath ?? process.cwd()
    return path.resolve(base, configured)
  }
  for (const folder of folders) {
    let manifest: string
    try {
      manifest = require.resolve('postlint/package.json', { paths: [folder.uri.fsPath] })
    } catch {
      continue
    }
    const bin = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin?: Record<string, string> }).bin?.['postlint-language-server']
    if (bin) return path.join(path.dirname(manifest), bin)
  }
  return undefined
}

export async function activate(context: ExtensionContext): Promise<void> {
  const server = findServer(workspace.workspaceFolders ?? [])
  if (!server) {
    void window.showWarningMessage('postlint: no language server found. Install postlint in the workspace (npm install --save-dev postlint) or set postlint.serverPath.')
    return
  }
  const runtime = workspace.getConfiguration('postlint').get<string | null>('runtime') ?? undefined
  const run = { module: server, transport: TransportKind.stdio, ...(runtime ? { runtime } : {}) }
  const serverOptions: ServerOptions = { run, debug: run }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown' },
      { language: 'html' },
      { language: 'plaintext' },
    ],
  }
  client = new LanguageClient('postlint', 'postlint', serverOptions, clientOptions)
  context.subscriptions.push(
    commands.registerCommand('postlint.restart', async () => {
      await client?.restart()
    }),
  )
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
