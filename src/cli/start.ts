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
 *
 * A run that may lint on worker threads runs again in a child process under
 * THREADED_START_FLAGS (flags V8 takes only at a process's start).
 */
import { isAscii } from 'node:buffer'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import vm from 'node:vm'
import { childProcess } from '../builtins.js'

/**
 * The V8 flags the command runs with (see main in index.ts); set before
 * compiling, as the cache is only taken with the flags it was made with.
 * - Regular expressions compiled to machine code at once: postlint's
 *   patterns are few, large and all hot, and V8's first interpreted runs
 *   of them cost more than the compiling (about a tenth of a run).
 * - The old generation grown by 1.6 times what survives a full collection
 *   rather than V8's up to 4 times: a lint keeps little from one file to
 *   the next, so a roomier heap only holds garbage longer. Over the 20,000
 *   files of the benchmark's scale set, one thread peaked at 279 MB against
 *   356 MB with room for 2.5 times (and more with V8's own factor). Full
 *   collections come about twice as often, but V8 marks on its helper
 *   threads: over three rounds of the corpus in one process, the linting
 *   thread stood still for them 0.8 s against 0.35-0.47 s, in runs of
 *   65-80 s whose times varied more than that with the machine.
 * - The young generation grown to its largest size (two 16 MB halves) the
 *   first time V8 grows it, rather than doubled from 1 MB step by step:
 *   loading the command and its word lists fills it again and again, and a
 *   one-posting run collected it 10 times (and then began a full
 *   collection), against 4 or 5 times. On a 2-core Xeon, over 30 runs
 *   taken in turns with the old flags, a cold start's median went from
 *   730 ms to 696 ms wall and from 820 ms to 750 ms of CPU. Long runs reach
 *   that size anyway: the corpus in one process took as long, with the same
 *   peak RSS (214-220 MB), and gave the same output.
 * - Functions optimised later: after eight times V8's default amount of
 *   bytecode run (its interrupt budget, 66 KB). postlint's code is large and
 *   much of it is reached only by some postings, so under the default V8
 *   optimised functions (the largest, with what they inline, in 50-400 ms of
 *   compiling each) before their type feedback had settled, threw the code
 *   away at the next posting of another shape and compiled it again: over
 *   the corpus, about 950 optimisations took some 6 s of compiling on V8's
 *   helper threads. One thread barely feels it, as the compiling runs on
 *   another core. Threads do: each compiles the same code again, and with
 *   every core linting, the compiling takes turns from them. Over the
 *   corpus, in turns, `--concurrency auto` went from 6.7-8.1 s to
 *   5.8-6.5 s and one thread from 6.9-8.3 s to 6.4-7.2 s, with about a
 *   sixth less CPU time; over 50 files, auto went from 1.8-1.9 s (slower
 *   than one thread's 1.5-1.6 s) to 1.3-1.4 s.
 */
export const V8_FLAGS = '--no-regexp-tier-up --heap-growing-percent=60 --semi-space-growth-factor=16 --interrupt-budget=524288'

/**
 * What a run that may lint on worker threads changes (flags are the
 * process's, so every thread's heap has them): heap growth left to V8.
 * With a factor of 2.5 (the one above was then), two workers and the main
 * thread collected so much more often that `--concurrency auto` lost a
 * tenth of its speed (over 3,900
 * files: 56 s against 50 s), for memory it still did not bring under one
 * thread's. (Measured before runs on threads had THREADED_START_FLAGS;
 * under them the two factors were within the machine's noise, 40-44 s
 * against 43-45 s.) Since the command's own thread lints too, the factor
 * costs threads speed again: over 20,000 files on two cores, in turns,
 * `--concurrency auto` took 111.5 s with it against 101.5 s without (peak
 * 461 MB against 784 MB). The code cache is written with V8_FLAGS back in
 * place, since V8 takes a cache only under the flags it was made with.
 */
export const THREADED_V8_FLAGS = '--heap-growing-percent=0'

/**
 * What a run that may lint on worker threads starts node with: garbage
 * collected by each thread alone, not by V8's helper threads besides. With
 * every core busy linting, the helpers only take turns from the linting
 * threads: over 20,000 files on two cores, `--concurrency auto` went from
 * 224 s to 210 s, and one thread under the flag lints as fast as without
 * (65 s and 64 s over 3,900 files, with a sixth less CPU time). V8 cannot
 * take this flag once the process runs (setting it then stops the process
 * at its next collection), so the command runs itself again with it.
 */
export const THREADED_START_FLAGS: readonly string[] = ['--single-threaded-gc']

/**
 * Whether the arguments ask for worker threads (`--concurrency` auto or more
 * than one; the last one given counts, as in the option parser): looked at
 * before anything is loaded, so it reads the arguments alone. Anything that
 * is not an option of the command's (a value it misreads) only costs the
 * rerun, not a different result.
 */
export function asksForThreads(argv: readonly string[]): boolean {
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg === '--concurrency') value = argv[++i]
    else if (arg.startsWith('--concurrency=')) value = arg.slice('--concurrency='.length)
  }
  if (value === undefined) return false
  return threadsAsked(value === 'auto' || value === 'off' ? value : /^\d+$/.test(value) ? Number(value) : 'off')
}

/** Whether a `--concurrency` value may lint on worker threads (the pool decides how many). */
export function threadsAsked(concurrency: number | 'auto' | 'off'): boolean {
  return concurrency === 'auto' || (typeof concurrency === 'number' && concurrency > 1)
}

/**
 * This process's node flags that fit a run of a script: those of code given
 * on the command line (`-e`, `-p` and their code, `--input-type`) left out,
 * so the child runs the script and not the code again.
 */
export function scriptFlags(execArgv: readonly string[]): string[] {
  const flags: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!
    // The flag and its value apart, or the two in one.
    if (/^(?:-e|--eval|-p|--print|-pe|--input-type)$/.test(flag)) i++
    else if (!/^(?:--eval|--print|--input-type)=/.test(flag)) flags.push(flag)
  }
  return flags
}

/**
 * Run `script` with `argv` in a child node under `flags` (besides this
 * process's own), as if it were this process: the same standard streams and
 * working folder, the signals this process gets passed on, and its exit
 * code, or the signal that ended it, made this process's. Resolves to false,
 * having started nothing, when node cannot be started again.
 */
export async function rerun(script: string, argv: readonly string[], flags: readonly string[]): Promise<boolean> {
  const { proxySignals } = await import('foreground-child/proxy-signals')
  const { spawn } = childProcess()
  const child = spawn(process.execPath, [...scriptFlags(process.execArgv), ...flags, script, ...argv], { stdio: 'inherit' })
  return new Promise((resolve) => {
    let started = false
    child.once('spawn', () => {
      started = true
    })
    const unproxy = proxySignals(child)
    child.once('error', () => {
      unproxy()
      if (!started) resolve(false)
    })
    child.once('exit', (code, signal) => {
      unproxy()
      if (signal) process.kill(process.pid, signal)
      else process.exitCode = code ?? 2
      resolve(true)
    })
  })
}

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
  // The build writes the bundle in ASCII (scripts/ascii.mjs), which is read byte for byte into a one-byte string.
  const bytes = readFileSync(bundle)
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
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
  if (asksForThreads(argv) && !THREADED_START_FLAGS.every((flag) => process.execArgv.includes(flag))) {
    if (await rerun(path.join(DIST, '..', 'bin', 'postlint.js'), argv, THREADED_START_FLAGS)) return
  }
  // V8_FLAGS: set by loadScript before compiling the bundle, and by main (without the bundle).
  const bundle = path.join(DIST, 'cli', 'postlint.cjs')
  if (!existsSync(bundle)) {
    const { main } = (await import(pathToFileURL(path.join(DIST, 'cli', 'postlint.js')).href)) as { main: Main }
    return main(argv)
  }
  const { main, afterRun } = loadScript(bundle)
  await main(argv)
  afterRun()
}
