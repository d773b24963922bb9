#!/usr/bin/env node
// Bundle the command line into dist/cli/ after `tsc` has built dist/src and
// dist/rules. Loading some 800 small modules (chrono-node's locales, the
// micromark family, libphonenumber-js) cost more than linting a posting;
// one bundle split into a few chunks (the command, the lint worker, and what
// is loaded only when asked for: formatters, `explain`, the language server
// of `--lsp` and its lint thread) starts in a fraction of that. The Node API (dist/src/index.js) stays unbundled for importers.
//
// Packages read at run time by path (retext-equality's patterns, user
// plugins, formatters and configuration files) stay outside the bundle.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Chunk names carry a content hash: clear the folder so old chunks do not pile up.
fs.rmSync(path.join(root, 'dist/cli'), { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: { postlint: 'dist/src/cli/index.js', worker: 'dist/src/api/worker.js', 'lsp-worker': 'dist/src/lsp/worker.js' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Some dependencies are CommonJS and call require(): give the bundle one.
  banner: { js: "import { createRequire as __postlintRequire } from 'node:module'; const require = __postlintRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
})
