#!/usr/bin/env node
// postlint's language server: the same as `postlint --lsp`. Editors start it and speak
// LSP over standard input and output (`--stdio`, which LSP clients add, is accepted).
import { start } from '../dist/src/cli/start.js'

start(['--lsp', ...process.argv.slice(2)]).catch((error) => {
  process.stderr.write(`postlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
