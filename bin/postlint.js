#!/usr/bin/env node
// The postlint command. The code lives in dist/cli/, bundled from what
// `npm run build` compiles from src/ (which `npm ci` runs through the
// prepare script).
import { main } from '../dist/cli/postlint.js'

main().catch((error) => {
  process.stderr.write(`postlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
