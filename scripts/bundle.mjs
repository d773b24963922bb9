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
//
// The command itself also gets a CommonJS bundle, dist/cli/postlint.cjs:
// bin/postlint.js compiles it with V8's code cache (src/cli/start.ts), which
// Node 20 offers for scripts but not for ES modules. It holds everything
// the command runs (what the ES chunks load lazily, it loads lazily too);
// retext-equality's patterns are bundled into it, since a script cannot wait
// for them at the top level. The cache is made here, by linting the example
// postings once, so the first run a user makes is already a warm one.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { toAscii } from './ascii.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// fdir (under tinyglobby) tries to require picomatch from node_modules when it loads, for a glob method
// tinyglobby does not call; left in, every run would load and compile a second picomatch outside the
// bundle and its code cache. The build stops if fdir changes so that the try is no longer found.
const FDIR_OPTIONAL_PICOMATCH = /try \{\s*(?:__)?require\.resolve\("picomatch"\);\s*pm = (?:__)?require\("picomatch"\);\s*\} catch \{\}/
const withoutFdirPicomatch = {
  name: 'fdir-without-picomatch',
  setup(context) {
    context.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.m?js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8')
      if (!FDIR_OPTIONAL_PICOMATCH.test(source)) throw new Error(`${args.path}: fdir's optional require of picomatch not found`)
      return { contents: source.replace(FDIR_OPTIONAL_PICOMATCH, ''), loader: 'js' }
    })
  },
}

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
  plugins: [withoutFdirPicomatch],
})

const equalityPatterns = fileURLToPath(new URL('./patterns-en.js', import.meta.resolve('retext-equality')))

await build({
  absWorkingDir: root,
  entryPoints: { postlint: 'dist/src/cli/index.js' },
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/cli',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Where the modules find themselves (the package root, the worker entry points): the bundle's own place.
  define: { 'import.meta.url': '__postlintModuleUrl' },
  // White space out (names and code kept as they are): every run reads the bundle, 3.7 MB as written
  // and 2.6 MB without it; a one-posting run took about 5 ms less (31 runs in turns, medians).
  minifyWhitespace: true,
  banner: { js: "var __postlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    withoutFdirPicomatch,
    {
      name: 'import-module',
      setup(context) {
        // The loader's import (src/cli/start.ts passes it to the bundle's wrapper as __postlintImport).
        context.onLoad({ filter: /[\\/]dist[\\/]src[\\/]import-module\.js$/ }, () => ({
          contents: 'export const importModule = (url) => __postlintImport(url)',
          loader: 'js',
        }))
      },
    },
    {
      name: 'equality-patterns',
      setup(context) {
        context.onLoad({ filter: /[\\/]rules[\\/]data[\\/]equality\.js$/ }, () => ({
          contents: `export { patterns as EQUALITY_PATTERNS } from ${JSON.stringify(equalityPatterns)}`,
          loader: 'js',
          resolveDir: root,
        }))
      },
    },
  ],
})

// The command's bundle in plain ASCII, which the loader reads faster (scripts/ascii.mjs).
const commandBundle = path.join(root, 'dist/cli/postlint.cjs')
fs.writeFileSync(commandBundle, toAscii(fs.readFileSync(commandBundle, 'utf8'), 'dist/cli/postlint.cjs'))

// Make the code cache: one run over the example postings (exit code 1: they have problems).
const warm = spawnSync(process.execPath, [path.join(root, 'bin/postlint.js'), '--no-config', '--format', 'json', path.join(root, 'fixtures/examples')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 })
if (warm.status !== 0 && warm.status !== 1) {
  console.error(`bundle: the command did not run over fixtures/examples (exit ${warm.status}): ${warm.stderr.slice(0, 500)}`)
  process.exit(1)
}
