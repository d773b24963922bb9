#!/usr/bin/env node
// The postlint command. The code lives in dist/, built from src/ by `npm run build`
// (which `npm ci` runs through the prepare script).
import { main } from '../dist/src/cli/index.js'

main().catch((error) => {
  process.stderr.write(`postlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
