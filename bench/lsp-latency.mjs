#!/usr/bin/env node
/**
 * How long the language server takes from a `textDocument/didChange` to the
 * diagnostics it publishes for that version, for a 5 KB posting and a
 * 200 KB one, with the debounce set to 0 (so only the work is measured).
 *
 *   npm run build && node bench/lsp-latency.mjs [--small-edits 200] [--large-edits 30]
 *
 * It starts the built server (bin/postlint-language-server.js) as a child
 * process, opens each posting (in a temporary folder, so the default
 * configuration, postlint:recommended, applies), then makes edits one at a
 * time (typing a word into a paragraph, then deleting it) and waits for
 * each version's diagnostics. It prints a line per size, then the figures
 * in milliseconds as JSON on the last line:
 * {"small":{"p50":…,"p95":…},"large":{"p50":…,"p95":…}}
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const server = path.join(root, 'bin', 'postlint-language-server.js')
if (!fs.existsSync(path.join(root, 'dist', 'src', 'lsp', 'server.js'))) {
  console.error('Build first: npm run build')
  process.exit(2)
}

function option(name, fallback) {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const smallEdits = option('--small-edits', 200)
const largeEdits = option('--large-edits', 30)
const WARM_UP = 5

/** One section of a realistic posting (about 1.2 KB), numbered so repeated sections differ. */
function section(n) {
  return `## Team ${n}: what you will do

You will join a team of eight people who plan, pick and ship about 4,000 orders a day from our Denver warehouse. Each morning you will review the day's orders with your lead, set up your station and check the scanners. Most of the day you will pick items from the shelves, pack them with care and label them for our carriers; some days you will receive deliveries, count stock and put it away. You will keep the floor safe and tidy, and you will help colleagues when the queue gets long.

- Pick, pack and ship customer orders accurately and on time
- Receive, count and put away incoming stock
- Keep your area clean, safe and organised
- Report damaged items and stock differences to your lead

We are a small company, and we listen: people on the floor suggested most of the changes we made to our packing line last year. Youll find that we dont ask anyone to work alone at night.
`
}

function posting(size) {
  const head = `---
title: Warehouse Associate
datePosted: 2025-03-01
---

# Warehouse Associate

Location: Denver, CO (on site)

Pay: $21.50 to $24.00 per hour, paid weekly, with overtime at time and a half. We also offer health, dental and vision insurance, 15 days of paid time off and a 401(k) with a 4% match. Apply by April 15, 2025.

`
  const tail = `
## How to apply

Send your resume to jobs@packright.example. Please include your salary history.

PackRight is an equal opportunity employer. We consider all applicants without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, age or veteran status. If you need an accommodation to apply, email access@packright.example or call 303-555-0100. You must be authorized to work in the United States.
`
  let body = ''
  for (let n = 1; head.length + body.length + tail.length < size; n++) body += `${section(n)}\n`
  return (head + body + tail).slice(0, Math.max(size, head.length + tail.length))
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] })
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri}@${params.version}`
  const resolve = waiting.get(key)
  if (resolve) {
    waiting.delete(key)
    resolve(params.diagnostics)
  }
})
connection.listen()

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-lsp-bench-'))
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(folder).href,
  workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
  capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
  initializationOptions: { debounce: 0 },
})
await connection.sendNotification('initialized', {})

function diagnosticsOf(uri, version) {
  return new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve))
}

async function measure(name, size, edits) {
  const uri = pathToFileURL(path.join(folder, `${name}.md`)).href
  let text = posting(size)
  let version = 1
  const opened = diagnosticsOf(uri, version)
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } })
  const first = await opened
  // Type a word into the first section's paragraph, then take it out again.
  const at = text.indexOf('Each morning')
  const word = 'Then '
  const times = []
  for (let i = 0; i < WARM_UP + edits; i++) {
    const insert = i % 2 === 0
    const start = positionAt(text, at)
    const end = insert ? start : positionAt(text, at + word.length)
    text = insert ? text.slice(0, at) + word + text.slice(at) : text.slice(0, at) + text.slice(at + word.length)
    version++
    const published = diagnosticsOf(uri, version)
    const sent = performance.now()
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start, end }, text: insert ? word : '' }],
    })
    await published
    if (i >= WARM_UP) times.push(performance.now() - sent)
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
  times.sort((a, b) => a - b)
  const figures = { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) }
  console.log(`${name}: ${Buffer.byteLength(text)} bytes, ${first.length} problems, ${times.length} edits: p50 ${figures.p50} ms, p95 ${figures.p95} ms`)
  return figures
}

function positionAt(text, offset) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length - 1
  return { line, character: offset - (before.lastIndexOf('\n') + 1) }
}

function round(value) {
  return Math.round(value * 10) / 10
}

try {
  const small = await measure('small', 5 * 1024, smallEdits)
  const large = await measure('large', 200 * 1024, largeEdits)
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  console.log(JSON.stringify({ small, large }))
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
  connection.dispose()
}
