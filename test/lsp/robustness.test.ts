// The language server under abuse: garbage on its input, a rule that throws, a 5 MB document
// and a thousand edits in a row. It answers throughout, gives the right diagnostics for the last
// version of each document, and its memory comes back to where it was. Memory is read from the
// server itself (`postlint/status`, after a garbage collection) with generous margins; nothing here
// measures time.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from 'vscode-languageserver-protocol'
import { MOJIBAKE, PLUGIN_SOURCE, TestClient, rangeOf, removeTempDirs, tempDir, uriOf, type ServerStatus } from './client.js'

afterAll(removeTempDirs)

const MB = 1024 * 1024

const dir = tempDir({
  '.postlintrc.json': JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } }),
  'crash/plugin.mjs': PLUGIN_SOURCE,
  'crash/.postlintrc.json': JSON.stringify({ plugins: { t: './plugin.mjs' }, rules: { 'no-mojibake': 'error', 't/boom': 'error' } }),
})

const TEXT = `${MOJIBAKE} and we dont wait.\n`

function summary(diagnostics: readonly Diagnostic[]): Array<[unknown, Diagnostic['range'], unknown]> {
  return diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range, diagnostic.severity])
}

const EXPECTED = [
  ['no-mojibake', rangeOf(TEXT, 'â€™'), 1],
  ['no-missing-apostrophes', rangeOf(TEXT, 'dont'), 2],
]

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

let client: TestClient

beforeAll(async () => {
  // --expose-gc: the status request collects garbage before it reads the heap.
  client = new TestClient({ folders: [dir], nodeArgs: ['--expose-gc'] })
  await client.initialize({ folders: [dir], initializationOptions: { debounce: 20 } })
})
afterAll(() => client?.kill())

describe('garbage on the input', () => {
  it('bytes that are no message, bad headers, cut-short frames, bodies that are not JSON or not JSON-RPC: the server reads on and answers', async () => {
    await client.raw('hello, server\r\n\r\n')
    await client.raw(Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x0d, 0x0a, 0x0d, 0x0a]))
    await client.raw('Content-Type: application/json\r\n\r\n')
    await client.raw('Content-Length: banana\r\n\r\n{}')
    await client.raw(frame('{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {'))
    await client.raw(frame('[1, 2, 3]'))
    await client.raw(frame('"a string"'))
    await client.raw(frame('{"hello": "world"}'))
    await client.raw(frame('{"jsonrpc": "2.0", "id": 999, "result": "an answer to nothing"}'))
    // A frame that announces more than it holds, followed at once by a real message.
    await client.raw('Content-Length: 5000\r\n\r\n{"jsonrpc": "2.0", "method": "textDoc')

    // Requests the server does not know, or with parameters it cannot use, get error answers.
    await expect(client.connection.sendRequest('postlint/no-such-method', {})).rejects.toMatchObject({ code: -32601 })
    await expect(client.connection.sendRequest('textDocument/hover', { textDocument: null, position: null })).rejects.toMatchObject({ code: expect.any(Number) })
    await expect(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.md' }, range: null, context: null })).resolves.toEqual([])
    // Notifications that make no sense are dropped.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42 } })
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(path.join(dir, 'never-opened.md')), version: 2 }, contentChanges: [{ text: 'x' }] })
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(path.join(dir, 'never-opened.md')) } })
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'all of them' })

    // Still reading the input in step, and linting as before.
    const uri = uriOf(path.join(dir, 'after-garbage.md'))
    await client.open(uri, TEXT)
    expect(summary(await client.diagnosticsFor(uri, 1))).toEqual(EXPECTED)
    expect((await client.status()).version).toEqual(expect.any(String))
    expect(client.child.exitCode).toBeNull()
    await client.close(uri)
  })
})

describe('a rule that throws', () => {
  it("gives one error at the top of the document naming the rule, keeps the other rules' problems, and is logged once", async () => {
    const uri = uriOf(path.join(dir, 'crash', 'posting.md'))
    await client.open(uri, TEXT)
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
    const expected = [
      { range: top, severity: 1, source: 'postlint', code: 't/boom', codeDescription: { href: 'https://example.com/rules' }, message: "Rule 't/boom' failed: kaboom" },
      expect.objectContaining({ code: 'no-mojibake', range: rangeOf(TEXT, 'â€™') }),
    ]
    expect(await client.diagnosticsFor(uri, 1)).toEqual(expected)
    // It throws again on the next version: same diagnostics, and the server goes on.
    const version = await client.edit(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'More text.\n' }])
    expect(await client.diagnosticsFor(uri, version)).toEqual(expected)
    expect(client.logs.filter((line) => line.includes("rule 't/boom' failed"))).toHaveLength(1)
    await client.close(uri)
  })
})

describe('load', () => {
  let baseline: ServerStatus

  /** A posting of about `size` characters: paragraphs of plain prose, each with one missing apostrophe. */
  function bigPosting(size: number): string {
    const paragraph = 'You will pick, pack and ship orders from our Denver warehouse, and we dont ask anyone to work alone at night.\n\n'
    return `# Warehouse associate\n\n${paragraph.repeat(Math.ceil(size / paragraph.length))}`
  }

  beforeAll(async () => {
    // Warm: a document linted and closed, so what the lint thread loads once is in the baseline.
    const uri = uriOf(path.join(dir, 'warm.md'))
    await client.open(uri, TEXT)
    await client.diagnosticsFor(uri, 1)
    await client.close(uri)
    baseline = await client.status()
  })

  it('a 5 MB document: the server answers while it is linted, its stale lint is dropped when it changes, and the last version is right', async () => {
    const uri = uriOf(path.join(dir, 'huge.md'))
    const small = uriOf(path.join(dir, 'small.md'))
    const huge = bigPosting(5 * MB)
    expect(huge.length).toBeGreaterThanOrEqual(5 * MB)
    await client.open(uri, huge)
    // Other documents are linted, and requests answered, while the big one is.
    await client.open(small, TEXT)
    expect(summary(await client.diagnosticsFor(small, 1))).toEqual(EXPECTED)
    const during = await client.status()
    expect(during.documents).toBe(baseline.documents + 2)
    expect(during.largeThreadRunning).toBe(1)
    // An edit in the middle of the 5 MB text, then the whole text replaced (select all, paste).
    const middle = client.document(uri).positionAt(huge.length / 2)
    await client.edit(uri, [{ range: { start: middle, end: middle }, newText: 'Weâ€™re ' }])
    const last = await client.replace(uri, TEXT)
    expect(summary(await client.diagnosticsFor(uri, last))).toEqual(EXPECTED)
    // Only the last version's diagnostics were ever published: the lints of the 5 MB versions were stopped.
    expect(client.published.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([last])
    await client.close(uri)
    await client.close(small)
  })

  it('a thousand edits in a row: every version is taken in order, no stale one is published, and the last is right', async () => {
    const uri = uriOf(path.join(dir, 'typed.md'))
    const start = '# Notes\n\n'
    await client.open(uri, start)
    await client.diagnosticsFor(uri, 1)
    // Type "dont " 200 times, a character at a time, without waiting for anything.
    const typed = 'dont '.repeat(200)
    let version = 1
    for (let i = 0; i < typed.length; i++) {
      const at = { line: 2, character: i }
      version = await client.edit(uri, [{ range: { start: at, end: at }, newText: typed[i]! }])
    }
    expect(version).toBe(1001)
    const text = client.document(uri).getText()
    expect(text).toBe(start + typed)
    const diagnostics = await client.diagnosticsFor(uri, version)
    expect(diagnostics).toHaveLength(200)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual(
      Array.from({ length: 200 }, (_, n) => ['no-missing-apostrophes', { start: { line: 2, character: n * 5 }, end: { line: 2, character: n * 5 + 4 } }]),
    )
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version!)
    expect(versions.at(-1)).toBe(1001)
    expect([...versions].sort((a, b) => a - b)).toEqual(versions)
    expect(new Set(versions).size).toBe(versions.length)
    await client.close(uri)
  })

  it('memory comes back to its level once the documents are closed', async () => {
    const after = await client.status()
    expect(after.documents).toBe(baseline.documents)
    expect(after.largeThreadRunning).toBe(0)
    // The 5 MB text alone would be 5 MB on the heap: what is left is well under that.
    expect(after.heapUsed).toBeLessThan(baseline.heapUsed + 4 * MB)
    expect(after.threadHeapUsed ?? 0).toBeLessThan((baseline.threadHeapUsed ?? 0) + 4 * MB)
    // The resident size follows the allocator, which keeps some pages: a wide margin.
    expect(after.rss).toBeLessThan(baseline.rss + 150 * MB)
    expect(client.child.exitCode).toBeNull()
  })
})
