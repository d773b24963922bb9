/**
 * How the command starts: its CommonJS bundle (dist/cli/postlint.cjs) is
 * compiled with V8's code cache, so a run does not parse and compile again
 * the code the last run compiled. Parsing the bundle and compiling the
 * functions a lint calls was about a seventh of a cold start. Node 20 has
 * no compile cache for ES modules (module.enableCompileCache came in 22),
 * hence the script.
 *
 * The cache sits beside the bundle; the build makes it (scripts/bundle.mjs).
 * When it is missing, or V8 turns it down (another Node, other V8 flags, a
 * rebuilt bundle), the run goes on without it and then writes a new one,
 * atomically, and quietly gives up when the folder is not writable. When
 * the bundle is missing, the ES module bundle runs instead.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import vm from 'node:vm'

/**
 * The V8 flags the command runs with (see main in index.ts); set before
 * compiling, as the cache is only taken with the flags it was made with.
 * - Regular expressions compiled to machine code at once: postlint's
 *   patterns are few, large and all hot, and V8's first interpreted runs
 *   of them cost more than the compiling (about a tenth of a run).
 * - The old generation grown by 2.5 times what survives a full collection
 *   rather than V8's up to 4 times: a lint keeps little from one file to the
 *   next, and a run over thousands of files peaked a quarter higher in
 *   memory for no gain in speed.
 */
export const V8_FLAGS = '--no-regexp-tier-up --heap-growing-percent=150'

/**
 * What a run that may lint on worker threads changes (flags are the
 * process's, so every thread's heap has them): heap growth left to V8. With
 * the factor above, two workers and the main thread collected so much more
 * often that `--concurrency auto` lost a tenth of its speed (over 3,900
 * files: 56 s against 50 s), for memory it still did not bring under one
 * thread's. The code cache is written with V8_FLAGS back in place, since V8
 * takes a cache only under the flags it was made with.
 */
export const THREADED_V8_FLAGS = '--heap-growing-percent=0'

type Main = (argv?: readonly string[]) => Promise<void>

/** The package's dist/ folder, from this module (dist/src/cli/start.js). */
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, data)
    renameSync(temporary, file)
  } catch {
    // A folder the user cannot write to: runs go on without a cache.
    rmSync(temporary, { force: true })
  }
}

/** Load the command's `main` from the script bundle under the command's V8 flags, with the code cache; the cache's writer for after the run. */
export function loadScript(bundle: string): { main: Main; cache: 'used' | 'rejected' | 'none'; afterRun: () => void } {
  setFlagsFromString(V8_FLAGS)
  const cacheFile = `${bundle}.cache`
  let cachedData = readCache(cacheFile)
  const hadCache = cachedData !== undefined
  const source = readFileSync(bundle, 'utf8')
  // The bundle's imports of the user's modules (configuration files, plugins, formatters) come back here: code
  // compiled from the cache cannot import on its own.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __postlintImport) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  })
  // V8 has read the cache: the run does not hold on to its megabytes.
  cachedData = undefined
  const module = { exports: {} as { main?: Main } }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle), (url: string) => import(url))
  const main = module.exports.main
  if (typeof main !== 'function') throw new Error(`${bundle} does not export main`)
  return {
    main,
    cache: !hadCache ? 'none' : script.cachedDataRejected ? 'rejected' : 'used',
    // Made after the run, the cache holds the functions the run compiled, not only the top level.
    afterRun: () => {
      if (!hadCache || script.cachedDataRejected) {
        setFlagsFromString(V8_FLAGS)
        writeCache(cacheFile, script.createCachedData())
      }
    },
  }
}

/** Run the command with `argv`. */
export async function start(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // The flags: set by loadScript before compiling the bundle, and by main (without the bundle).
  const bundle = path.join(DIST, 'cli', 'postlint.cjs')
  if (!existsSync(bundle)) {
    const { main } = (await import(pathToFileURL(path.join(DIST, 'cli', 'postlint.js')).href)) as { main: Main }
    return main(argv)
  }
  const { main, afterRun } = loadScript(bundle)
  await main(argv)
  afterRun()
}
