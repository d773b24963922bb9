/**
 * The command line, read with Node's own argument parser: every flag
 * postlint knows, its help text, and one clear error for anything else.
 */
import { parseArgs } from 'node:util'
import { parse as parseYaml } from 'yaml'
import type { RuleEntry } from '../types.js'
import { UsageError } from '../config/errors.js'
import { parseSeverity } from '../config/severity.js'

export interface CliOptions {
  /** `explain`: show what postlint understood of the files instead of linting them. */
  command: 'lint' | 'explain'
  /** `--lsp`: run the language server on standard input and output. */
  lsp: boolean
  patterns: string[]
  /** `--jurisdiction`: the jurisdictions the postings are published in, over the configuration's. */
  jurisdictions: string[]
  /** `--as-of`: the date whose law applies. */
  asOf?: string
  /** `--concurrency`: threads to lint on. */
  concurrency: number | 'auto' | 'off'
  /** `--max-file-size`: files (and standard input) larger than this many bytes are skipped with a warning. */
  maxFileSize: number
  config?: string
  noConfig: boolean
  format: string
  outputFile?: string
  fix: boolean
  fixDryRun: boolean
  quiet: boolean
  maxWarnings: number
  rules: Record<string, RuleEntry>
  stdin: boolean
  stdinFilename?: string
  listRules: boolean
  color?: boolean
  version: boolean
  help: boolean
  printConfig?: string
  init: boolean
  reportUnusedDisableDirectives?: 0 | 1 | 2
  ignore: boolean
  ignorePath?: string
  ignorePatterns: string[]
  errorOnUnmatchedPattern: boolean
  /** `--no-warn-ignored`: say nothing about ignored files named on the command line. */
  warnIgnored: boolean
  debug: boolean
  /** `--fail-on`: the lowest severity that makes the exit code 1. */
  failOn: 'error' | 'warning'
  /** `--baseline`: the baseline file whose problems are not reported. */
  baseline?: string
  /** `--update-baseline`: record the problems found now in the baseline. */
  updateBaseline: boolean
  /** `--changed`: lint only the files changed in git. */
  changed: boolean
  /** `--since`: the git ref `--changed` compares with. */
  since?: string
  /** `--cache`: skip files whose content, configuration and version are unchanged. */
  cache: boolean
  /** `--cache-location`: the cache file or its folder. */
  cacheLocation?: string
}

const spec = {
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  'print-config': { type: 'string' },
  init: { type: 'boolean' },
  'report-unused-disable-directives': { type: 'boolean' },
  'report-unused-disable-directives-severity': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'ignore-path': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  debug: { type: 'boolean' },
  jurisdiction: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'as-of': { type: 'string' },
  'fail-on': { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  changed: { type: 'boolean' },
  since: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'no-warn-ignored': { type: 'boolean' },
  lsp: { type: 'boolean' },
  // What editors' LSP clients add when they start a server: accepted with --lsp.
  stdio: { type: 'boolean' },
  clientProcessId: { type: 'string' },
  'max-file-size': { type: 'string' },
} as const

/** Options that may go with --lsp. */
const LSP_OPTIONS = new Set(['lsp', 'stdio', 'clientProcessId', 'debug'])

/** `--max-file-size` when it is not given: 10 MB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }

/** A size written `N`, `NKB`, `NMB` or `NGB` (K, M and G are powers of 1,024; case and a space before the unit do not matter), in bytes; undefined when it is not one. */
export function parseSize(value: string): number | undefined {
  const match = /^(\d{1,15}(?:\.\d{1,6})?) ?([kmg]?b?)$/i.exec(value.trim())
  if (!match) return undefined
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!)
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined
}

export const HELP = `postlint [options] [file|dir|glob ...]
postlint explain [options] FILE ...

Lints job postings (Markdown, HTML, plain text) for required disclosures,
exclusionary wording and text hygiene. Paths default to the current folder.
\`explain\` shows what postlint understood of a posting: where the job is and
the laws in force there, the pay, the statements and the contacts it found
(--format json for a machine-readable form).

Configuration:
  -c, --config PATH             Use this configuration file
  --no-config                   Ignore configuration files (postlint:recommended applies)
  --rule 'ID: SEVERITY'         Set a rule, e.g. --rule 'valid-email: off' or
                                --rule 'no-ats-artifacts: [error, {tags: false}]'
  --print-config FILE           Print the configuration that applies to FILE
  --init                        Write a starter .postlintrc.json

Law:
  --jurisdiction ID             The posting's jurisdictions, e.g. US-CO or CA-ON (repeatable,
                                or comma-separated); over settings.jurisdictions and detection
  --as-of DATE                  Apply the law in force on DATE (YYYY-MM-DD; default: the
                                posting's datePosted, else today)

Output:
  -f, --format NAME|PATH        stylish (default), json, compact, sarif, github,
                                junit, gitlab, or a path to a formatter module
  -o, --output-file PATH        Write the report to a file
  --quiet                       Report errors only
  --max-warnings N              Exit 1 when there are more than N warnings (even under --quiet)
  --fail-on error|warning       Exit 1 on errors (default), or on any warning as well
                                (--fail-on warning is --max-warnings 0)
  --color, --no-color           Force colours on or off (NO_COLOR, FORCE_COLOR too)

Fixing:
  --fix                         Fix problems in the files (written atomically)
  --fix-dry-run                 Compute fixes without writing (see "output" in --format json)

Input:
  --stdin                       Lint text from standard input
  --max-file-size SIZE          Skip files (and standard input) larger than SIZE, with a
                                warning: bytes, or with KB, MB or GB (default: 10MB)
  --stdin-filename NAME         The file name the text is linted as
  --no-ignore                   Disregard .postlintignore and "ignores"
  --ignore-path FILE            Use this ignore file instead of .postlintignore
  --ignore-pattern PATTERN      Ignore files matching PATTERN (gitignore syntax); repeatable
  --no-error-on-unmatched-pattern  Do not fail when a pattern matches nothing
  --no-warn-ignored             Say nothing about ignored files named on the command line
  --changed                     Lint only the files changed in git since the branch left the
                                default branch (origin/HEAD, else main or master), staged,
                                unstaged and untracked changes included
  --since REF                   With --changed: compare with REF (a branch, tag or commit)

Baseline:
  --baseline FILE               Do not report the problems recorded in FILE (by rule and the
                                text around them, not line numbers); say how many were
                                suppressed and how many entries no longer match
  --update-baseline             Record the problems found now in the --baseline FILE (the
                                entries of files not linted are kept)

Directives:
  --report-unused-disable-directives            Report disable comments that suppress nothing
  --report-unused-disable-directives-severity S  ... at severity S (off, warn, error)

Speed:
  --concurrency N|auto|off      Lint on N worker threads (auto: the cores, when there are
                                enough files); results and order are the same (default: off)
  --cache                       Lint only files whose content, configuration (as-of date and
                                jurisdictions included) or postlint version changed; the
                                results of the others, problems included, come from the cache
  --cache-location PATH         The cache file, or a folder for it (default: .postlintcache)

Editors:
  --lsp                         Run the language server (LSP over standard input and output)

Other:
  --list-rules                  List every rule (with --format json: as JSON)
  --debug                       Print stack traces for internal errors; with --cache or
                                --changed, how many files were linted and came from the cache
  -v, --version                 Print the version
  -h, --help                    Print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 usage, configuration, file or internal error.
`

const RULE_FLAG_HINT = "expected 'rule-id: severity' or 'rule-id: [severity, options]'"

/**
 * Parse `--rule` values: `id: severity` or `id: [severity, options]`, several
 * separated by commas. `id:severity` (no space, which YAML reads as one key)
 * is accepted too, and so is a whole object (`{"id": "warn"}`, as ESLint
 * takes it); an id without a severity is refused.
 */
export function parseRuleFlag(value: string): Record<string, RuleEntry> {
  let parsed: unknown
  const trimmed = value.trim()
  try {
    parsed = parseYaml(trimmed.startsWith('{') && trimmed.endsWith('}') ? trimmed : `{${value}}`, { logLevel: 'error' })
  } catch {
    parsed = undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    throw new UsageError(`Invalid --rule value '${value}': ${RULE_FLAG_HINT}`)
  }
  const rules: Record<string, RuleEntry> = {}
  for (const [key, entry] of Object.entries(parsed)) {
    const colon = entry === null ? key.indexOf(':') : -1
    const id = colon > 0 ? key.slice(0, colon).trim() : key
    if (!/^[^\s:,[\]{}]+$/.test(id)) throw new UsageError(`Invalid --rule value '${value}': ${RULE_FLAG_HINT}`)
    if (entry !== null) {
      rules[id] = entry as RuleEntry
      continue
    }
    const severity = colon > 0 ? key.slice(colon + 1).trim() : ''
    if (severity === '') throw new UsageError(`Invalid --rule value '${value}': '${id}' has no severity; ${RULE_FLAG_HINT}`)
    rules[id] = parseYaml(severity, { logLevel: 'error' }) as RuleEntry
  }
  return rules
}

/** `--max-warnings -1` as `--max-warnings=-1`: Node's parser takes a separate value that starts with a dash for an option. */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const args: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const next = argv[i + 1]
    if (arg === '--') {
      args.push(...argv.slice(i))
      break
    }
    if (arg === '--max-warnings' && next !== undefined && /^-\d+$/.test(next)) {
      args.push(`${arg}=${next}`)
      i++
    } else {
      args.push(arg)
    }
  }
  return args
}

/** Read the command line, or throw a {@link UsageError} saying what is wrong with it. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  let values: Record<string, string | boolean | string[] | undefined>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: joinNegativeNumbers(argv), options: spec, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | string[] | undefined>
      positionals: string[]
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const message = (error as Error).message
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = /'([^']+)'/.exec(message)?.[1] ?? message
      throw new UsageError(`Unknown option '${name}' (see postlint --help)`)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/argument is ambiguous/.test(message)) {
        const name = /use '(--[\w-]+)=/.exec(message)?.[1] ?? /'([^']+)'/.exec(message)?.[1] ?? message
        throw new UsageError(`Option '${name}' needs a value; to give one that starts with a dash, write ${name}=VALUE`)
      }
      throw new UsageError(message.replace(/^Option '([^']+)'.*argument missing$/s, "Option '$1' needs a value").split('\n')[0]!)
    }
    throw new UsageError(message.split('\n')[0]!)
  }

  let maxWarnings = -1
  const maxRaw = values['max-warnings']
  if (typeof maxRaw === 'string') {
    if (!/^-?\d+$/.test(maxRaw.trim()) || Number(maxRaw) < -1) {
      throw new UsageError(`--max-warnings needs a whole number (-1 for no limit), got '${maxRaw}'`)
    }
    maxWarnings = Number(maxRaw)
  }

  const rules: Record<string, RuleEntry> = {}
  for (const value of (values['rule'] as string[] | undefined) ?? []) Object.assign(rules, parseRuleFlag(value))

  let reportUnused: CliOptions['reportUnusedDisableDirectives']
  if (values['report-unused-disable-directives']) reportUnused = 2
  const severityRaw = values['report-unused-disable-directives-severity']
  if (typeof severityRaw === 'string') {
    const severity = parseSeverity(severityRaw)
    if (severity === undefined) throw new UsageError(`--report-unused-disable-directives-severity must be off, warn or error, got '${severityRaw}'`)
    reportUnused = severity
  }

  if (values['color'] && values['no-color']) throw new UsageError('--color and --no-color cannot be used together')
  if (values['config'] !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together')
  if (values['fix'] && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together')
  if (values['stdin'] && values['fix']) throw new UsageError('--fix cannot be used with --stdin (nothing would be written); use --fix-dry-run')
  if (values['stdin-filename'] !== undefined && !values['stdin']) throw new UsageError('--stdin-filename needs --stdin')
  if (values['stdin'] && positionals.length > 0) throw new UsageError('--stdin cannot be combined with file paths')

  const lsp = values['lsp'] === true
  if (lsp && !values['help'] && !values['version']) {
    const other = Object.keys(values).find((key) => values[key] !== undefined && !LSP_OPTIONS.has(key))
    if (other) throw new UsageError(`--lsp cannot be combined with --${other}`)
    if (positionals.length > 0) throw new UsageError('--lsp takes no file paths: the editor sends the documents')
  }
  if (!lsp && (values['stdio'] || values['clientProcessId'] !== undefined)) throw new UsageError(`--${values['stdio'] ? 'stdio' : 'clientProcessId'} needs --lsp`)

  let command: CliOptions['command'] = 'lint'
  if (positionals[0] === 'explain') {
    command = 'explain'
    positionals = positionals.slice(1)
    if (positionals.length === 0 && !values['stdin']) throw new UsageError('explain needs a file (postlint explain posting.md)')
    if (values['fix'] || values['fix-dry-run']) throw new UsageError('explain does not fix; drop --fix')
  }

  const jurisdictions = ((values['jurisdiction'] as string[] | undefined) ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toUpperCase())
    .filter((value) => value !== '')
  const concurrencyRaw = values['concurrency']
  let concurrency: CliOptions['concurrency'] = 'off'
  if (typeof concurrencyRaw === 'string') {
    if (concurrencyRaw === 'auto' || concurrencyRaw === 'off') concurrency = concurrencyRaw
    else if (/^\d+$/.test(concurrencyRaw) && Number(concurrencyRaw) >= 1) concurrency = Number(concurrencyRaw)
    else throw new UsageError(`--concurrency needs a number of threads, auto or off, got '${concurrencyRaw}'`)
  }
  const failOnRaw = values['fail-on']
  if (typeof failOnRaw === 'string' && failOnRaw !== 'error' && failOnRaw !== 'warning') {
    throw new UsageError(`--fail-on must be error or warning, got '${failOnRaw}'`)
  }
  if (failOnRaw === 'warning' && typeof maxRaw === 'string') {
    throw new UsageError('--fail-on warning and --max-warnings cannot be used together (--fail-on warning is --max-warnings 0)')
  }
  if (values['update-baseline'] && typeof values['baseline'] !== 'string') throw new UsageError('--update-baseline needs --baseline FILE (the file to write)')
  if (values['baseline'] === '') throw new UsageError('--baseline needs a file name')
  if (typeof values['since'] === 'string' && !values['changed']) throw new UsageError('--since needs --changed')
  if (typeof values['cache-location'] === 'string' && !values['cache']) throw new UsageError('--cache-location needs --cache')
  if (values['stdin']) {
    for (const flag of ['changed', 'cache', 'update-baseline'] as const) {
      if (values[flag]) throw new UsageError(`--${flag} cannot be used with --stdin`)
    }
  }
  if (command === 'explain') {
    for (const flag of ['fail-on', 'baseline', 'update-baseline', 'changed', 'cache'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`explain does not take --${flag}`)
    }
  }

  let maxFileSize = DEFAULT_MAX_FILE_SIZE
  const maxFileSizeRaw = values['max-file-size']
  if (typeof maxFileSizeRaw === 'string') {
    const size = parseSize(maxFileSizeRaw)
    if (size === undefined) throw new UsageError(`--max-file-size needs a size in bytes, or with KB, MB or GB (such as 20MB), got '${maxFileSizeRaw}'`)
    maxFileSize = size
  }
  const asOfRaw = values['as-of']
  if (typeof asOfRaw === 'string' && !isCalendarDate(asOfRaw)) throw new UsageError(`--as-of needs a date as YYYY-MM-DD, got '${asOfRaw}'`)

  return {
    command,
    lsp,
    patterns: positionals,
    jurisdictions,
    concurrency,
    maxFileSize,
    ...(typeof asOfRaw === 'string' ? { asOf: asOfRaw } : {}),
    ...(typeof values['config'] === 'string' ? { config: values['config'] } : {}),
    noConfig: values['no-config'] === true,
    format: typeof values['format'] === 'string' ? values['format'] : 'stylish',
    ...(typeof values['output-file'] === 'string' ? { outputFile: values['output-file'] } : {}),
    fix: values['fix'] === true,
    fixDryRun: values['fix-dry-run'] === true,
    quiet: values['quiet'] === true,
    maxWarnings,
    rules,
    stdin: values['stdin'] === true,
    ...(typeof values['stdin-filename'] === 'string' ? { stdinFilename: values['stdin-filename'] } : {}),
    listRules: values['list-rules'] === true,
    ...(values['color'] ? { color: true } : values['no-color'] ? { color: false } : {}),
    version: values['version'] === true,
    help: values['help'] === true,
    ...(typeof values['print-config'] === 'string' ? { printConfig: values['print-config'] } : {}),
    init: values['init'] === true,
    ...(reportUnused !== undefined ? { reportUnusedDisableDirectives: reportUnused } : {}),
    ignore: values['no-ignore'] !== true,
    ...(typeof values['ignore-path'] === 'string' ? { ignorePath: values['ignore-path'] } : {}),
    ignorePatterns: (values['ignore-pattern'] as string[] | undefined) ?? [],
    errorOnUnmatchedPattern: values['no-error-on-unmatched-pattern'] !== true,
    warnIgnored: values['no-warn-ignored'] !== true,
    debug: values['debug'] === true,
    failOn: failOnRaw === 'warning' ? 'warning' : 'error',
    ...(typeof values['baseline'] === 'string' ? { baseline: values['baseline'] } : {}),
    updateBaseline: values['update-baseline'] === true,
    changed: values['changed'] === true,
    ...(typeof values['since'] === 'string' ? { since: values['since'] } : {}),
    cache: values['cache'] === true,
    ...(typeof values['cache-location'] === 'string' ? { cacheLocation: values['cache-location'] } : {}),
  }
}

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
