// The VS Code extension in editors/vscode/ builds: its TypeScript compiles against the VS Code
// API types (@types/vscode) and vscode-languageclient, without VS Code itself, and the settings
// it declares are the ones the language server reads.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/lsp/settings.js'
import { ROOT } from '../cli/helpers.js'

const EXTENSION = path.join(ROOT, 'editors', 'vscode')
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-vscode-'))
afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

function tsc(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: ROOT })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

interface Manifest {
  main: string
  engines: { vscode: string }
  activationEvents: string[]
  contributes: { configuration: { properties: Record<string, unknown> }; commands: Array<{ command: string }> }
  dependencies: Record<string, string>
}

const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as Manifest

describe('the VS Code extension', () => {
  it('compiles with tsc against @types/vscode and vscode-languageclient, to the module its manifest names', async () => {
    const result = await tsc(['-p', path.join(EXTENSION, 'tsconfig.json'), '--outDir', out])
    expect(result).toEqual({ code: 0, output: '' })
    expect(manifest.main).toBe('./dist/extension.js')
    const compiled = fs.readFileSync(path.join(out, 'extension.js'), 'utf8')
    // CommonJS, as VS Code loads extensions, with the two entry points it calls.
    expect(compiled).toContain('exports.activate = activate')
    expect(compiled).toContain('exports.deactivate = deactivate')
    expect(compiled).toContain('require("vscode-languageclient/node")')
  })

  it("declares the server's settings and the languages it lints", () => {
    const settings = Object.keys(manifest.contributes.configuration.properties)
    for (const name of Object.keys(DEFAULT_SETTINGS)) expect(settings).toContain(`postlint.${name}`)
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:html', 'onLanguage:plaintext'])
    expect(manifest.contributes.commands.map((command) => command.command)).toEqual(['postlint.restart'])
    const rootManifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    // Built against the same versions the project installs.
    expect(manifest.dependencies['vscode-languageclient']).toBe(rootManifest.devDependencies['vscode-languageclient'])
    expect(manifest.engines.vscode).toBe(`^${rootManifest.devDependencies['@types/vscode']!.replace(/^[~^]/, '')}`)
  })
})
