#!/usr/bin/env node
// The postlint command. The code lives in dist/, built from src/ by
// `npm run build` (which `npm ci` runs through the prepare script);
// start() loads it with V8's code cache (src/cli/start.ts).
import { start } from '../dist/src/cli/start.js'

start().catch((error) => {
  process.stderr.write(`postlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
