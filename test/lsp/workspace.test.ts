// The language server and the project around the documents: configuration files found from
// each document's folder and read again when they change (broken ones reported once, the last
// good one kept), settings from the editor, several workspace folders, and pull diagnostics.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from 'vscode-languageserver-protocol'
import { MOJIBAKE, PULL_CAPABILITIES, TestClient, removeTempDirs, rangeOf, startClient, tempDir, uriOf } from './client.js'

afterAll(removeTempDirs)

const TEXT = `${MOJIBAKE} and we dont wait.\n`
const MOJIBAKE_RANGE = rangeOf(TEXT, 'â€™')
const DONT_RANGE = rangeOf(TEXT, 'dont')

/** Rule id, range and severity of each diagnostic. */
function summary(diagnostics: readonly Diagnostic[]): Array<[unknown, Diagnostic['range'], unknown]> {
  return diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.severity])
}

const MOJIBAKE_ERROR: [string, Diagnostic['range'], number] = ['no-mojibake', MOJIBAKE_RANGE, 1]
const DONT_WARNING: [string, Diagnostic['range'], number] = ['no-missing-apostrophes', DONT_RANGE, 2]

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, JSON.stringify(value))
}

async function fileChanged(client: TestClient, file: string): Promise<void> {
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] })
}

describe('configuration files', () => {
  const dir = tempDir({
    '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }),
    // A folder with a configuration of its own: found from the document's folder upwards.
    'fr/.postlintrc.json': JSON.stringify({ rules: { 'no-missing-apostrophes': 'error' } }),
  })
  const config = path.join(dir, '.postlintrc.json')
  const top = uriOf(path.join(dir, 'top.md'))
  const nested = uriOf(path.join(dir, 'deep', 'er', 'nested.md'))
  const french = uriOf(path.join(dir, 'fr', 'poste.md'))
  let client: TestClient

  /**
   * Make a change and notify the server of `changed`; every open document is linted again.
   * Resolves with each document's new diagnostics (and those of `watch`, when given).
   */
  async function relinted(change: () => void, changed: string, watch?: string): Promise<Record<string, Diagnostic[]>> {
    const uris = [top, nested, french, ...(watch ? [watch] : [])]
    const next = uris.map((uri) => client.nextDiagnostics(uri))
    change()
    await fileChanged(client, changed)
    const published = await Promise.all(next)
    return Object.fromEntries(published.map((params) => [params.uri, params.diagnostics]))
  }

  beforeAll(async () => {
    client = await startClient({ folders: [dir], initializationOptions: { debounce: 50 } })
    await client.open(top, TEXT)
    await client.open(nested, TEXT)
    await client.open(french, TEXT)
  })
  afterAll(() => client?.kill())

  it("are found from each document's folder upwards", async () => {
    expect(summary(await client.diagnosticsFor(top, 1))).toEqual([MOJIBAKE_ERROR])
    expect(summary(await client.diagnosticsFor(nested, 1))).toEqual([MOJIBAKE_ERROR])
    expect(summary(await client.diagnosticsFor(french, 1))).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
  })

  it('when one changes, it is read again and every open document is linted again', async () => {
    const after = await relinted(() => writeJson(config, { rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } }), config)
    expect(summary(after[top]!)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    expect(summary(after[nested]!)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    expect(summary(after[french]!)).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
  })

  it('a broken one gives one error on the file, and the last good configuration stays in use until it is mended', async () => {
    const configUri = uriOf(config)
    const broken = await relinted(() => fs.writeFileSync(config, '{"rules": {"no-mojibake": "error",}}'), config, configUri)
    expect(broken[configUri]).toEqual([
      {
        range: { start: { line: 0, character: 34 }, end: { line: 0, character: 35 } },
        severity: 1,
        source: 'postlint',
        message: expect.stringMatching(/^invalid JSON: .+ \(line 1, column 35\)$/),
      },
    ])
    // The documents are linted again, with the configuration that loaded last.
    expect(summary(broken[top]!)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    expect(summary(broken[nested]!)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])

    // A mistake the schema catches is reported the same way, naming the key.
    const unknownRule = await relinted(() => writeJson(config, { rules: { 'no-mojibak': 'error' } }), config, configUri)
    expect(unknownRule[configUri]!.map((diagnostic) => [diagnostic.message, diagnostic.range.start])).toEqual([
      ["rules.no-mojibak: unknown rule 'no-mojibak' (did you mean 'no-mojibake'?)", { line: 0, character: 0 }],
    ])
    expect(summary(unknownRule[top]!)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    expect(client.messages).toEqual([])

    // Mended: the error goes, the new configuration applies.
    const mended = await relinted(() => writeJson(config, { rules: { 'no-missing-apostrophes': 'error' } }), config, configUri)
    expect(mended[configUri]).toEqual([])
    expect(summary(mended[top]!)).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
    expect(summary(mended[nested]!)).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
  })

  it('a configuration file created where there was none is found', async () => {
    const created = path.join(dir, 'deep', '.postlintrc.json')
    const after = await relinted(() => {
      fs.mkdirSync(path.dirname(created), { recursive: true })
      writeJson(created, { rules: { 'no-mojibake': 'warn' } })
    }, created)
    expect(summary(after[nested]!)).toEqual([['no-mojibake', MOJIBAKE_RANGE, 2]])
    expect(summary(after[top]!)).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
  })
})

describe('a configuration module', () => {
  const dir = tempDir({
    'postlint.config.mjs': "export default { rules: { 'no-mojibake': 'error' } }\n",
  })
  const config = path.join(dir, 'postlint.config.mjs')
  const uri = uriOf(path.join(dir, 'posting.md'))
  let client: TestClient

  beforeAll(async () => {
    client = await startClient({ folders: [dir], initializationOptions: { debounce: 50 } })
  })
  afterAll(() => client?.kill())

  it('is imported afresh when it changes, though the server keeps running', async () => {
    await client.open(uri, TEXT)
    expect(summary(await client.diagnosticsFor(uri, 1))).toEqual([MOJIBAKE_ERROR])
    const next = client.nextDiagnostics(uri)
    fs.writeFileSync(config, "export default { rules: { 'no-missing-apostrophes': 'warn' } }\n")
    // A modification time of its own, however fast the file system's clock.
    const later = new Date(Date.now() + 5000)
    fs.utimesSync(config, later, later)
    await fileChanged(client, config)
    expect(summary((await next).diagnostics)).toEqual([DONT_WARNING])
  })
})

describe('settings from the editor', () => {
  const dir = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } }) })
  const uri = uriOf(path.join(dir, 'posting.md'))
  let client: TestClient

  beforeAll(async () => {
    client = await startClient({ folders: [dir], initializationOptions: { debounce: 50 }, settings: { rules: {} } })
    await client.open(uri, TEXT)
  })
  afterAll(() => client?.kill())

  it('rules set over the configuration apply when the settings change, and every open document is linted again', async () => {
    expect(summary(await client.diagnosticsFor(uri, 1))).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    const next = client.nextDiagnostics(uri)
    client.settings = { rules: { 'no-missing-apostrophes': 'off' } }
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
    expect(summary((await next).diagnostics)).toEqual([MOJIBAKE_ERROR])
  })

  it('a broken setting is one error message, and the last good configuration stays in use', async () => {
    const next = client.nextDiagnostics(uri)
    client.settings = { rules: { 'no-mojibak': 'off' } }
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
    const message = await client.waitFor(() => client.messages[0], 'an error message')
    expect(message).toEqual({ type: 1, message: "postlint: postlint.rules.no-mojibak: unknown rule 'no-mojibak' (did you mean 'no-mojibake'?)" })
    expect(summary((await next).diagnostics)).toEqual([MOJIBAKE_ERROR])
  })

  it('enable: false stops linting and clears the problems', async () => {
    const next = client.nextDiagnostics(uri)
    client.settings = { enable: false }
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
    expect((await next).diagnostics).toEqual([])
    const again = client.nextDiagnostics(uri)
    client.settings = { enable: true, configFile: null, rules: {} }
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
    expect(summary((await again).diagnostics)).toEqual([MOJIBAKE_ERROR, DONT_WARNING])
    expect(client.messages).toHaveLength(1)
  })
})

describe('several workspace folders', () => {
  const first = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }) })
  const second = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-missing-apostrophes': 'error' } }) })
  const third = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'warn', 'no-missing-apostrophes': 'warn' } }) })
  let client: TestClient

  beforeAll(async () => {
    client = await startClient({ folders: [first, second], initializationOptions: { debounce: 50 } })
  })
  afterAll(() => client?.kill())

  it("each document gets its own folder's configuration; an unsaved buffer, the first folder's", async () => {
    const a = uriOf(path.join(first, 'a.md'))
    const b = uriOf(path.join(second, 'b.md'))
    await client.open(a, TEXT)
    await client.open(b, TEXT)
    await client.open('untitled:Untitled-2', TEXT)
    expect(summary(await client.diagnosticsFor(a, 1))).toEqual([MOJIBAKE_ERROR])
    expect(summary(await client.diagnosticsFor(b, 1))).toEqual([['no-missing-apostrophes', DONT_RANGE, 1]])
    expect(summary(await client.diagnosticsFor('untitled:Untitled-2', 1))).toEqual([MOJIBAKE_ERROR])
  })

  it('a folder added later is used for its documents', async () => {
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: uriOf(third), name: 'third' }], removed: [{ uri: uriOf(first), name: 'first' }] },
    })
    const c = uriOf(path.join(third, 'c.md'))
    await client.open(c, TEXT)
    expect(summary(await client.diagnosticsFor(c, 1))).toEqual([
      ['no-mojibake', MOJIBAKE_RANGE, 2],
      DONT_WARNING,
    ])
  })
})

describe('pull diagnostics', () => {
  const dir = tempDir({ '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }) })
  const config = path.join(dir, '.postlintrc.json')
  const uri = uriOf(path.join(dir, 'pulled.md'))
  let client: TestClient
  let initializeResult: Record<string, unknown>

  beforeAll(async () => {
    client = new TestClient({ folders: [dir] })
    initializeResult = await client.initialize({ folders: [dir], capabilities: PULL_CAPABILITIES, initializationOptions: { debounce: 50 } })
  })
  afterAll(() => client?.kill())

  it('are offered to a client that pulls, which is then never pushed to', async () => {
    expect((initializeResult['capabilities'] as Record<string, unknown>)['diagnosticProvider']).toEqual({ identifier: 'postlint', interFileDependencies: false, workspaceDiagnostics: false })
    await client.open(uri, TEXT)
    const report = await client.pull(uri)
    expect(report).toEqual({ kind: 'full', resultId: expect.any(String), items: [expect.objectContaining({ code: 'no-mojibake', range: MOJIBAKE_RANGE, severity: 1, source: 'postlint' })] })
    // Nothing changed: the client is told so.
    const resultId = (report as { resultId: string }).resultId
    expect(await client.pull(uri, resultId)).toEqual({ kind: 'unchanged', resultId })

    // After an edit, the pull answers for the new text.
    await client.edit(uri, [{ range: MOJIBAKE_RANGE, newText: '’' }])
    const edited = await client.pull(uri, resultId)
    expect(edited).toEqual({ kind: 'full', resultId: expect.any(String), items: [] })
    expect(client.published.filter((params) => params.uri === uri)).toEqual([])
  })

  it('when the configuration changes, the client is asked to pull again, and gets the new problems', async () => {
    const refreshes = client.refreshes
    writeJson(config, { rules: { 'no-missing-apostrophes': 'warn' } })
    await fileChanged(client, config)
    await client.waitFor(() => (client.refreshes > refreshes ? true : undefined), 'a diagnostic refresh request')
    const report = await client.pull(uri)
    expect(report.kind).toBe('full')
    expect(summary((report as { items: Diagnostic[] }).items)).toEqual([['no-missing-apostrophes', rangeOf(client.document(uri).getText(), 'dont'), 2]])
  })
})
