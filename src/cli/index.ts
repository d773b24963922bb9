/**
 * The command line: arguments → Node API → formatter → exit code.
 *
 * Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint
 * errors or too many warnings; 2 usage, configuration, file or internal
 * failure, reported as one line on stderr (a stack trace only with --debug).
 */
import { mkdir, writeFile, access } from 'node:fs/promises'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { THREADED_V8_FLAGS, threadsAsked, V8_FLAGS } from './start.js'
import type { FormatterContext, LintResult, RuleMeta } from '../types.js'
import { ConfigError, FileError, UsageError } from '../config/errors.js'
import type { ConfigSet } from '../config/config-set.js'
import { CONFIG_FILE_NAMES, describeIoError, hasPostlintKey } from '../config/load.js'
import { VERSION } from '../version.js'
import { HELP, parseCliOptions, type CliOptions } from './options.js'
import type { LintStats } from '../api/lint.js'
import { decodeBytes, stripBOM } from '../linter/decode.js'
import { inSlices, writeTexts, type Texts } from '../api/write.js'
import { baselineSummary, plural, relativePath } from '../formatters/util.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Standard input; `null` when it is longer than `limit` bytes (reading stops there). */
  readStdin: (limit?: number) => Promise<string | Uint8Array | null>
  cwd: string
  /** Whether stdout supports colour (a TTY, NO_COLOR and FORCE_COLOR considered). */
  colorSupported: boolean
  /** Called before a lint that may run on worker threads (`--concurrency` other than `off` and 1). */
  beforeThreads?: () => void
}

const STARTER_CONFIG = {
  extends: ['postlint:recommended'],
  rules: {},
  settings: {},
}

function rulesMeta(config: ConfigSet): Record<string, RuleMeta> {
  return Object.fromEntries([...config.rules].map(([id, rule]) => [id, rule.meta]))
}

function listRules(config: ConfigSet, json: boolean): string {
  const entries = [...config.rules].sort(([a], [b]) => a.localeCompare(b))
  if (json) {
    return JSON.stringify(entries.map(([id, rule]) => ({ id, ...rule.meta })), null, 2)
  }
  const width = Math.max(...entries.map(([id]) => id.length))
  const lines = entries.map(([id, rule]) => {
    const flags = `${rule.meta.docs.recommended ? '✓' : ' '}${rule.meta.fixable ? '🔧' : '  '}${rule.meta.hasSuggestions ? '💡' : '  '}`
    return `${id.padEnd(width)}  ${flags}  ${rule.meta.docs.description}`
  })
  return `${lines.join('\n')}\n\n✓ in postlint:recommended   🔧 fixable with --fix   💡 has editor suggestions\n`
}

async function writeInit(cwd: string): Promise<string> {
  for (const name of CONFIG_FILE_NAMES) {
    const existing = path.join(cwd, name)
    const exists = await access(existing).then(
      () => true,
      () => false,
    )
    if (!exists || (name === 'package.json' && !(await hasPostlintKey(existing)))) continue
    throw new UsageError(`A configuration file already exists: ${name === 'package.json' ? "the 'postlint' key in package.json" : name}`)
  }
  const file = path.join(cwd, '.postlintrc.json')
  await writeFile(file, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: 'wx' })
  return `Wrote ${path.relative(cwd, file)}\n`
}

/** Keep only errors, as --quiet asks. */
function errorsOnly(results: LintResult[]): LintResult[] {
  return results.map((result) => {
    const messages = result.messages.filter((message) => message.severity === 2)
    return { ...result, messages, warningCount: 0, fixableWarningCount: 0 }
  })
}

/** `postlint explain FILE…`: what postlint understood of each posting, as text or JSON. */
async function runExplain(options: CliOptions, config: ConfigSet, io: CliIo): Promise<number> {
  if (options.format !== 'stylish' && options.format !== 'json') throw new UsageError(`explain prints text or --format json, not '${options.format}'`)
  const { explainFiles, explainText, formatExplanation } = await import('../api/explain.js')
  const results = options.stdin
    ? [await explainText((await io.readStdin()) ?? '', { config, ...(options.stdinFilename !== undefined ? { filePath: options.stdinFilename } : {}) })]
    : await explainFiles(options.patterns, { config })
  const output =
    options.format === 'json'
      ? `${JSON.stringify(results.length === 1 ? results[0]!.explanation : results.map((result) => result.explanation), null, 2)}\n`
      : results.map((result) => formatExplanation(result, io.cwd)).join('\n')
  if (options.outputFile) {
    await writeReport(options.outputFile, [output], io.cwd)
  } else {
    io.stdout(output)
  }
  return results.some((result) => result.fatal) ? 1 : 0
}

/** Run the CLI with `argv` (without node and script), returning the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions | undefined
  try {
    options = parseCliOptions(argv)
    if (options.help) {
      io.stdout(HELP)
      return 0
    }
    if (options.version) {
      io.stdout(`v${VERSION}\n`)
      return 0
    }
    if (options.init) {
      io.stdout(await writeInit(io.cwd))
      return 0
    }
    if (options.lsp) {
      // Loaded only here, so the command line does not pay for the server's libraries.
      const { startServer } = await import('../lsp/server.js')
      startServer()
      // The server runs until the editor sends `exit` or closes its input; it ends the process then.
      return await new Promise<number>(() => undefined)
    }

    // Modules are loaded as they become needed, so --help, --version, --init, usage and
    // configuration errors, --print-config and --list-rules answer without loading the linter.
    const { loadConfig } = await import('../config/config-set.js')
    const settings = {
      ...(options.jurisdictions.length > 0 ? { jurisdictions: options.jurisdictions } : {}),
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    }
    const config = await loadConfig({
      cwd: io.cwd,
      ...(options.config !== undefined ? { configFile: options.config } : {}),
      useConfigFile: !options.noConfig,
      cliRules: options.rules,
      ...(Object.keys(settings).length > 0 ? { overrideSettings: settings, overrideSettingsSource: '--jurisdiction/--as-of' } : {}),
      ...(options.reportUnusedDisableDirectives !== undefined ? { reportUnusedDisableDirectives: options.reportUnusedDisableDirectives } : {}),
    })

    if (options.printConfig !== undefined) {
      io.stdout(`${JSON.stringify(config.print(path.resolve(io.cwd, options.printConfig)), null, 2)}\n`)
      return 0
    }
    if (options.listRules) {
      io.stdout(listRules(config, options.format === 'json'))
      return 0
    }

    if (options.command === 'explain') return await runExplain(options, config, io)

    const [{ isRuleCrash, lintFiles, lintText, tooLargeResult }, { getFormatter }] = await Promise.all([import('../api/lint.js'), import('../formatters/index.js')])
    const formatter = await getFormatter(options.format, io.cwd)
    // A baseline that cannot be read stops the run before anything is linted.
    const baselineModule = options.baseline !== undefined ? await import('../api/baseline.js') : null
    const baseline =
      baselineModule && options.baseline !== undefined
        ? await baselineModule.readBaseline(path.resolve(io.cwd, options.baseline), { allowMissing: options.updateBaseline, displayName: options.baseline })
        : null
    const fix = options.fix || options.fixDryRun
    let results: LintResult[]
    let stdinText: string | Uint8Array | undefined
    let stats: LintStats | undefined
    const crashes: Array<{ filePath: string; ruleId: string; error: unknown }> = []
    const text = options.stdin ? await io.readStdin(options.maxFileSize) : undefined
    if (text === null) {
      results = [tooLargeResult(options.stdinFilename !== undefined ? path.resolve(io.cwd, options.stdinFilename) : '<text>', undefined, options.maxFileSize)]
    } else if (text !== undefined) {
      stdinText = text
      const result = await lintText(text, {
        config,
        fix,
        ...(options.stdinFilename !== undefined ? { filePath: options.stdinFilename } : {}),
        ignore: options.ignore,
        ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
        ignorePatterns: options.ignorePatterns,
        onRuleCrash: (filePath, ruleId, error) => crashes.push({ filePath, ruleId, error }),
      })
      results = [result]
    } else {
      if (threadsAsked(options.concurrency)) io.beforeThreads?.()
      results = await lintFiles(options.patterns, {
        config,
        fix,
        write: options.fix,
        ignore: options.ignore,
        ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
        ignorePatterns: options.ignorePatterns,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
        warnIgnored: options.warnIgnored,
        concurrency: options.concurrency,
        cache: options.cache,
        ...(options.cacheLocation !== undefined ? { cacheLocation: options.cacheLocation } : {}),
        changed: options.changed,
        ...(options.since !== undefined ? { since: options.since } : {}),
        maxFileSize: options.maxFileSize,
        onRuleCrash: (filePath, ruleId, error) => crashes.push({ filePath, ruleId, error }),
        onStats: (found) => {
          stats = found
        },
      })
    }

    let baselineInfo: FormatterContext['baseline']
    if (baselineModule && baseline && options.baseline !== undefined) {
      const { applyBaseline, updateBaseline, writeBaseline } = baselineModule
      const given = stdinText
      const source =
        given === undefined
          ? {}
          : { source: async (result: LintResult) => (result.output !== undefined ? stripBOM(result.output).text : typeof given === 'string' ? stripBOM(given).text : decodeOrNull(given)) }
      let used = baseline
      if (options.updateBaseline) {
        used = await updateBaseline(baseline, results, source)
        await writeBaseline(used)
      }
      const outcome = await applyBaseline(used, results, source)
      results = outcome.results
      baselineInfo = { file: options.baseline, suppressed: outcome.suppressed, unmatched: outcome.unmatched, written: options.updateBaseline }
    }

    const shown = options.quiet ? errorsOnly(results) : results
    const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0)
    // As in ESLint, --max-warnings counts warnings that --quiet hides; --fail-on warning allows none.
    const maxWarnings = options.failOn === 'warning' ? 0 : options.maxWarnings
    const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0)
    const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings
    const context: FormatterContext = {
      cwd: io.cwd,
      rulesMeta: rulesMeta(config),
      version: VERSION,
      color: options.outputFile ? false : (options.color ?? io.colorSupported),
      ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warningCount } } : {}),
      ...(baselineInfo ? { baseline: baselineInfo } : {}),
    }
    // A report of 20,000 files is tens of megabytes: written in slices, from pieces when the formatter gives
    // them, and its line end written after it rather than added to it (which would copy it).
    const report = withLineEnd(formatter.chunks ? formatter.chunks(shown, context) : [await formatter(shown, context)])
    if (options.outputFile) {
      await writeReport(options.outputFile, report, io.cwd)
    } else {
      for (const slice of inSlices(report)) io.stdout(slice)
    }
    // stylish says what the baseline did in its summary; other formats are for programs, so it goes to stderr.
    if (baselineInfo && options.format !== 'stylish') {
      for (const line of baselineSummary(baselineInfo)) io.stderr(`postlint: ${line}\n`)
    }

    const crashed = results.some((result) => result.messages.some(isRuleCrash))
    if (crashed) {
      for (const crash of crashes) {
        const reason = crash.error instanceof Error ? crash.error.message : String(crash.error)
        io.stderr(`postlint: rule '${crash.ruleId}' failed on ${path.relative(io.cwd, crash.filePath) || crash.filePath}: ${reason}\n`)
        if (options.debug && crash.error instanceof Error && crash.error.stack) io.stderr(`${crash.error.stack}\n`)
      }
    }
    if (stats) reportStats(stats, options, io)
    if (crashed) return 2
    if (tooManyWarnings && errorCount === 0) {
      io.stderr(`postlint found too many warnings (maximum: ${maxWarnings}).\n`)
    }
    return errorCount > 0 || tooManyWarnings ? 1 : 0
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof FileError) {
      io.stderr(`postlint: ${error.message}\n`)
      if (options?.debug && error.stack) io.stderr(`${error.stack}\n`)
      // What a configuration or plugin module threw, with its own stack.
      if (options?.debug && error.cause instanceof Error && error.cause.stack) io.stderr(`Caused by: ${error.cause.stack}\n`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`postlint: internal error: ${message.split('\n')[0]}${options?.debug ? '' : ' (run with --debug for details)'}\n`)
    if (options?.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return 2
  }
}

/** A report's pieces, then a line end unless it is empty or ends with one. */
function* withLineEnd(pieces: Iterable<string>): Generator<string> {
  let last = ''
  for (const piece of pieces) {
    if (piece) last = piece
    yield piece
  }
  if (last && !last.endsWith('\n')) yield '\n'
}

/** Write a report to `--output-file` (its folders made if need be); a failure is one line naming the file. */
async function writeReport(outputFile: string, report: Texts, cwd: string): Promise<void> {
  const file = path.resolve(cwd, outputFile)
  try {
    await mkdir(path.dirname(file), { recursive: true })
    await writeTexts(file, report)
  } catch (error) {
    throw new FileError(`Cannot write the report to ${outputFile}: ${describeIoError(error)}`)
  }
}

/** Decoded text, or null for bytes that are not UTF-8 text. */
function decodeOrNull(bytes: Uint8Array): string | null {
  try {
    return decodeBytes(bytes).text
  } catch {
    return null
  }
}

/** With --debug and --cache or --changed, what was linted and what came from the cache; a cache that could not be written is a warning in any case. */
function reportStats(stats: LintStats, options: CliOptions, io: CliIo): void {
  const cacheFile = stats.cache ? relativePath(stats.cache.file, io.cwd) : null
  if (stats.cache?.writeError) io.stderr(`postlint: warning: the cache was not saved: ${stats.cache.writeError}\n`)
  // Only --cache and --changed decide which files are linted: without them there is nothing to tell.
  if (!options.debug || (!stats.cache && !stats.changed)) return
  if (stats.changed) {
    io.stderr(`postlint: debug: --changed: ${plural(stats.changed.files, 'file')} changed since ${stats.changed.ref} (${stats.changed.base.slice(0, 12)})\n`)
  }
  if (stats.cache?.problem) io.stderr(`postlint: debug: the cache ${cacheFile} was set aside and is written afresh: ${stats.cache.problem}\n`)
  const origin = cacheFile ? `, ${stats.fromCache} from the cache ${cacheFile}` : ''
  io.stderr(`postlint: debug: ${plural(stats.files, 'file')}: ${stats.linted} linted${origin}\n`)
}

/**
 * Standard input as bytes: decoding is the linter's, so invalid UTF-8 or
 * binary input gets the fatal message a file would. Past `limit` bytes,
 * reading stops and the answer is `null`: an endless stream ends the wait.
 */
function readStdin(limit = Number.POSITIVE_INFINITY): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      process.stdin.off('data', onData)
      process.stdin.destroy()
      resolve(null)
    }
    process.stdin.on('data', onData)
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)))
    process.stdin.on('error', reject)
  })
}

/**
 * Whether to colour output by default: never when NO_COLOR is set (and not
 * empty); when FORCE_COLOR is set, unless it is `0` or `false`; otherwise
 * only on a terminal that is not `dumb`. (A CI variable alone does not turn
 * colours on: logs and redirected reports stay plain, as with ESLint.)
 */
export function detectColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env['NO_COLOR']) return false
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  return isTTY && env['TERM'] !== 'dumb'
}

/** The `postlint` command. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // V8's flags for a lint run (see start.ts). The command owns its process; the Node API leaves them to its
  // host. (start.ts has set them already when it loaded the command: the same again.)
  setFlagsFromString(V8_FLAGS)
  // A reader that stops early (`postlint | head`) closes the pipe: stop writing quietly, keeping the exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  const code = await run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    cwd: process.cwd(),
    colorSupported: detectColor(process.env, process.stdout.isTTY === true),
    beforeThreads: () => setFlagsFromString(THREADED_V8_FLAGS),
  })
  process.exitCode = code
}
