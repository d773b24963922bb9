/**
 * The Node API's linting functions. The CLI and the language server are thin
 * layers over these.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Config, LintMessage, LintResult } from '../types.js'
import { ConfigSet, loadConfig, type LoadConfigOptions } from '../config/config-set.js'
import { FileError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'
import { Linter, type FixFilter, type VerifyOutput } from '../linter/linter.js'
import { createIgnoreTest, expandPatterns, type ExpandOptions } from './files.js'
import { writeFileAtomic } from './write.js'
import { lintOnThreads, threadsFor, transferable, type Concurrency } from './pool.js'
import { cacheKey, hashContent, LintCache, resolveCacheLocation } from './cache.js'
import { changedFiles } from './changed.js'

export interface LintOptions extends Omit<LoadConfigOptions, 'config'> {
  /** A loaded configuration, or a configuration object used as it is (no file is looked for). */
  config?: ConfigSet | Config
  /** Apply fixes (all, or those the function accepts). */
  fix?: FixFilter
}

export interface LintTextOptions extends LintOptions, Pick<ExpandOptions, 'ignore' | 'ignorePath' | 'ignorePatterns'> {
  /** The file the text belongs to: decides the format, which overrides apply and whether it is ignored. */
  filePath?: string
  /** Return a warning instead of nothing when `filePath` is ignored (default true). */
  warnIgnored?: boolean
  /** Called with the error a rule threw (the result also holds a fatal message naming the rule). */
  onRuleCrash?: (filePath: string, ruleId: string, error: unknown) => void
}

export interface LintFilesOptions extends LintOptions, Omit<ExpandOptions, 'cwd' | 'config'> {
  /** Lint on worker threads: a number of threads, `auto` (the cores, when there are enough files), or `off` (default). */
  concurrency?: Concurrency
  /** Write fixed files (default true when `fix` is set; false is `--fix-dry-run`). */
  write?: boolean
  /** Skip files larger than this many bytes, with a warning, without reading them (default: no limit; the CLI's is 10 MB). */
  maxFileSize?: number
  /** Called with the error a rule threw (the file's result also holds a fatal message naming the rule). */
  onRuleCrash?: (filePath: string, ruleId: string, error: unknown) => void
  /**
   * Keep results in a cache and skip files whose content, configuration and
   * postlint version are unchanged (their messages come from the cache).
   */
  cache?: boolean
  /** The cache file, or a folder to keep `.postlintcache` in (default: `.postlintcache` in `cwd`). */
  cacheLocation?: string
  /** Lint only the files changed (committed, staged, unstaged or untracked) since `since` or the default branch, in a git repository. */
  changed?: boolean
  /** The git ref `changed` compares with (default: origin/HEAD, else main, else master); implies `changed`. */
  since?: string
  /** Give a warning for a file named explicitly but ignored (default true); false leaves it out of the results. */
  warnIgnored?: boolean
  /** Called once the files are linted, with what was linted and what came from the cache. */
  onStats?: (stats: LintStats) => void
}

/** What {@link lintFiles} did, for `--debug` and for callers that report on caching. */
export interface LintStats {
  /** Files with a result (linted or from the cache), ignored files left out. */
  files: number
  /** Files read and linted. */
  linted: number
  /** Files whose result came from the cache. */
  fromCache: number
  /** With `cache`: the cache file, why what was in it was set aside (if it was), and why it could not be written (if it could not). */
  cache?: { file: string; problem: string | null; writeError: string | null }
  /** With `changed`: the ref and commit compared with, and how many files changed since. */
  changed?: { ref: string; base: string; files: number }
}

const linters = new WeakMap<ConfigSet, Linter>()

/** The linter for a configuration's rules (plugins included). */
export function linterFor(config: ConfigSet): Linter {
  let linter = linters.get(config)
  if (!linter) {
    linter = new Linter({ rules: config.rules })
    linters.set(config, linter)
  }
  return linter
}

/** Load the configuration `options` describe, unless one is given loaded. */
export async function resolveConfig(options: LintOptions): Promise<ConfigSet> {
  const { config, ...rest } = options
  if (config instanceof ConfigSet) return config
  return loadConfig(config ? { ...rest, config } : rest)
}

const IGNORED_MESSAGE = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'

/** A result for a file that was named but is ignored. */
export function ignoredResult(filePath: string): LintResult {
  return toResult(filePath, { messages: [{ ruleId: null, severity: 1, message: IGNORED_MESSAGE, line: 0, column: 0 }], suppressedMessages: [] })
}

/** Whether a result is the warning for a named file that is ignored (it was not linted). */
export function isIgnoredResult(result: LintResult): boolean {
  const [only] = result.messages
  return result.messages.length === 1 && only!.ruleId === null && only!.line === 0 && only!.message === IGNORED_MESSAGE
}

/** A size in bytes as people read it: `512 bytes`, `9.8 KB`, `10 MB` (K, M and G are powers of 1,024). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`
  const exponent = bytes < 1024 ** 2 ? 1 : bytes < 1024 ** 3 ? 2 : 3
  return `${Number((bytes / 1024 ** exponent).toFixed(1))} ${['KB', 'MB', 'GB'][exponent - 1]}`
}

/** A result for a file (or standard input) larger than `maxFileSize`, which was not linted; `size` is undefined when only the limit is known to be passed. */
export function tooLargeResult(filePath: string, size: number | undefined, maxFileSize: number): LintResult {
  const message = `File skipped: ${size === undefined ? 'it is' : `at ${formatSize(size)}, it is`} larger than --max-file-size (${formatSize(maxFileSize)}).`
  return toResult(filePath, { messages: [{ ruleId: null, severity: 1, message, line: 0, column: 0 }], suppressedMessages: [] })
}

/** Count a file's messages into an ESLint-shaped result. */
export function toResult(filePath: string, verified: Pick<VerifyOutput, 'messages' | 'suppressedMessages'>, output?: string): LintResult {
  const result: LintResult = {
    filePath,
    messages: verified.messages,
    suppressedMessages: verified.suppressedMessages,
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }
  for (const message of verified.messages) {
    if (message.severity === 2) {
      result.errorCount++
      if (message.fatal) result.fatalErrorCount++
      if (message.fix) result.fixableErrorCount++
    } else {
      result.warningCount++
      if (message.fix) result.fixableWarningCount++
    }
  }
  if (output !== undefined) result.output = output
  return result
}

/** Whether a message says a rule crashed (as opposed to a problem in the posting). */
export function isRuleCrash(message: LintMessage): boolean {
  return message.fatal === true && message.ruleId !== null
}

function lintContent(
  config: ConfigSet,
  content: string | Uint8Array,
  filePath: string,
  fix: FixFilter | undefined,
  onRuleCrash?: LintFilesOptions['onRuleCrash'],
): LintResult {
  const linter = linterFor(config)
  const fileConfig = config.forFile(filePath)
  const verified: VerifyOutput & { fixed?: boolean; output?: string } = fix
    ? linter.verifyAndFix(content, fileConfig, filePath, fix)
    : linter.verify(content, fileConfig, filePath)
  if (onRuleCrash) for (const crash of verified.crashes) onRuleCrash(filePath, crash.ruleId, crash.error)
  return toResult(filePath, verified, verified.fixed ? verified.output : undefined)
}

/** Lint a text (or a file's bytes, decoded as a file's would be), as the file `filePath` if given. */
export async function lintText(text: string | Uint8Array, options: LintTextOptions = {}): Promise<LintResult> {
  const config = await resolveConfig(options)
  const filePath = options.filePath ? path.resolve(config.cwd, options.filePath) : '<text>'
  if (options.filePath && (await createIgnoreTest({ ...options, cwd: config.cwd, config }))(filePath)) {
    return options.warnIgnored === false ? toResult(filePath, { messages: [], suppressedMessages: [] }) : ignoredResult(filePath)
  }
  return lintContent(config, text, filePath, options.fix, options.onRuleCrash)
}

export interface FixTextResult extends LintResult {
  /** The text with every fix applied (the input when there was nothing to fix). */
  output: string
  fixed: boolean
}

/** Apply every fix to a text and return it with the problems that remain. */
export async function fixText(text: string, options: Omit<LintTextOptions, 'fix'> = {}): Promise<FixTextResult> {
  const result = await lintText(text, { ...options, fix: true })
  return { ...result, output: result.output ?? text, fixed: result.output !== undefined }
}

/** One file for a worker (or this thread) to lint. */
export interface FileTask {
  index: number
  filePath: string
  fix: boolean
  write: boolean
  /** Give the SHA-256 of the bytes linted (for the cache). */
  hash?: boolean
  /** Skip the file, with a warning, when it is larger than this many bytes. */
  maxFileSize?: number
}

/** What linting a file gave: its result and the errors rules threw, as plain data; or the error that stopped it. */
export interface FileAnswer {
  index: number
  result?: LintResult
  /** The SHA-256 of the bytes linted, when the task asked for it. */
  contentHash?: string
  crashes?: Array<{ ruleId: string; name: string; message: string; stack?: string }>
  error?: { name: string; message: string }
}

/** The answer for a task that failed: its error as plain data, which a worker can send and the pool throws again. */
export function failedAnswer(index: number, error: unknown): FileAnswer {
  return { index, error: { name: (error as Error).name ?? 'Error', message: (error as Error).message ?? String(error) } }
}

/** A file's bytes, or the answer it gets without being linted (too large). */
type ReadOutcome = { bytes: Uint8Array } | { answer: FileAnswer }

/**
 * Read a task's file: its bytes, or the answer for a file over the size
 * limit; a FileError when it cannot be read. Read at once: a posting is a
 * few kilobytes in the page cache, and reading it through the thread pool
 * took four trips there that left the thread idle a twentieth of a run.
 */
function readTaskFile(config: ConfigSet, task: FileTask): ReadOutcome {
  const name = path.relative(config.cwd, task.filePath) || task.filePath
  let fd: number
  try {
    // Opened without blocking, so that a named pipe where a file was expected is an error rather than a wait for a writer.
    fd = openSync(task.filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new FileError(`Cannot read ${name}: ${describeIoError(error)}`)
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new FileError(`Cannot lint ${name}: it is not a regular file`)
    if (task.maxFileSize !== undefined && info.size > task.maxFileSize) {
      return { answer: { index: task.index, result: tooLargeResult(task.filePath, info.size, task.maxFileSize), crashes: [] } }
    }
    return { bytes: readFileSync(fd) }
  } catch (error) {
    throw error instanceof FileError ? error : new FileError(`Cannot read ${name}: ${describeIoError(error)}`)
  } finally {
    closeSync(fd)
  }
}

/** Read, lint and (with `write`) fix one file; a fix filter function (which cannot cross threads) overrides `task.fix`. */
export async function lintFile(config: ConfigSet, task: FileTask, filter?: FixFilter): Promise<FileAnswer> {
  const read = readTaskFile(config, task)
  if ('answer' in read) return read.answer
  const { bytes } = read
  const crashes: NonNullable<FileAnswer['crashes']> = []
  const result = lintContent(config, bytes, task.filePath, filter ?? task.fix, (_file, ruleId, error) => {
    const failure = error instanceof Error ? error : new Error(String(error))
    crashes.push({ ruleId, name: failure.name, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) })
  })
  if (result.output !== undefined && task.write) await writeFileAtomic(task.filePath, result.output)
  return { index: task.index, result, crashes, ...(task.hash ? { contentHash: hashContent(bytes) } : {}) }
}

/** Lint the files that paths and globs name; with `fix`, write the fixed ones (unless `write: false`). */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const config = await resolveConfig(options)
  const list = typeof patterns === 'string' ? [patterns] : patterns
  let targets = await expandPatterns(list.length > 0 ? list : ['.'], { ...options, cwd: config.cwd, config })
  const stats: LintStats = { files: 0, linted: 0, fromCache: 0 }
  if (options.changed || options.since !== undefined) {
    const changed = await changedFiles(config.cwd, options.since)
    targets = targets.filter((target) => changed.files.has(target.filePath))
    stats.changed = { ref: changed.ref, base: changed.base, files: changed.files.size }
  }

  const fix = options.fix === true || typeof options.fix === 'function'
  const write = fix && options.write !== false
  // A fix filter function cannot be part of a cache key: such runs are not cached.
  const cache = options.cache && typeof options.fix !== 'function' ? await LintCache.open(await resolveCacheLocation(config.cwd, options.cacheLocation)) : null
  const keys = new Map<number, string>()

  const tasks: FileTask[] = []
  const results: LintResult[] = new Array(targets.length)
  for (const [index, target] of targets.entries()) {
    if (target.ignored) {
      results[index] = ignoredResult(target.filePath)
      continue
    }
    if (cache) {
      const key = cacheKey(config, config.forFile(target.filePath), fix ? 'fix' : 'lint')
      keys.set(index, key)
      // A file that cannot be read is left to the linting below, which reports it.
      // A file over --max-file-size is not read here either: the linting below skips it with its warning.
      const size = options.maxFileSize !== undefined ? ((await stat(target.filePath).catch(() => null))?.size ?? 0) : 0
      const bytes = options.maxFileSize !== undefined && size > options.maxFileSize ? null : await readFile(target.filePath).catch(() => null)
      const hit = bytes ? cache.get(target.filePath, hashContent(bytes), key) : undefined
      // A dry run's fixes, found again by --fix, still have to be written.
      if (hit && !(write && hit.output !== undefined)) {
        results[index] = toResult(target.filePath, hit, hit.output)
        stats.fromCache++
        continue
      }
    }
    tasks.push({
      index,
      filePath: target.filePath,
      fix,
      write,
      ...(cache ? { hash: true } : {}),
      ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    })
  }

  const threads = typeof options.fix === 'function' ? 1 : threadsFor(options.concurrency, tasks.length)
  let answers: FileAnswer[]
  if (threads > 1 && transferable(config.recipe)) {
    answers = await lintOnThreads(config.recipe, tasks, threads, (task) => lintFile(config, task))
  } else {
    answers = []
    for (const task of tasks) {
      answers.push(await lintFile(config, task, typeof options.fix === 'function' ? options.fix : undefined))
    }
  }
  for (const answer of answers) {
    const result = answer.result!
    results[answer.index] = result
    stats.linted++
    for (const crash of answer.crashes ?? []) {
      const error = Object.assign(new Error(crash.message), { name: crash.name, ...(crash.stack ? { stack: crash.stack } : {}) })
      options.onRuleCrash?.(result.filePath, crash.ruleId, error)
    }
    if (!cache) continue
    if ((answer.crashes ?? []).length > 0 || answer.contentHash === undefined || (write && result.output !== undefined)) {
      // A crash is reported afresh each time; a file --fix just rewrote is linted again next time.
      cache.delete(result.filePath)
    } else {
      cache.set(result.filePath, answer.contentHash, keys.get(answer.index)!, result)
    }
  }
  stats.files = stats.linted + stats.fromCache
  if (cache) {
    let writeError: string | null = null
    try {
      await cache.save()
    } catch (error) {
      writeError = (error as Error).message
    }
    stats.cache = { file: cache.file, problem: cache.problem, writeError }
  }
  options.onStats?.(stats)
  return options.warnIgnored === false ? results.filter((result) => !isIgnoredResult(result)) : results
}
