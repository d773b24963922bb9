/**
 * The lint cache (`--cache`): a file's result is kept with the SHA-256 of its
 * content and a key of everything else the result depends on (postlint's
 * version, the rules known, the rules and options and settings in force for
 * the file, the as-of date in effect, and whether fixes were applied), and
 * is given back while both are unchanged, problems included.
 *
 * The settings include the jurisdictions and the as-of date, since the legal
 * rules depend on them. When no as-of date is configured, today's law applies
 * to postings without a date of their own, so the key holds today's date
 * (UTC, as the linter reads it) and cached results last for the day.
 *
 * The cache is one JSON file (`.postlintcache` by default); paths in it are
 * relative to its folder, so a CI cache restored in another checkout still
 * hits. A file that cannot be read, is not JSON, or was written by another
 * version is set aside and rewritten: the cache is never a reason to fail.
 */
import { createHash } from '../builtins.js'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { LintMessage } from '../types.js'
import type { ConfigSet } from '../config/config-set.js'
import type { LinterConfig } from '../linter/linter.js'
import { describeIoError } from '../config/load.js'
import { today } from '../jurisdictions/index.js'
import { VERSION } from '../version.js'
import { replaceFile } from './write.js'

/** The cache file's name: in the working directory, or in the folder `--cache-location` names. */
export const DEFAULT_CACHE_FILE = '.postlintcache'

/** The layout of the cache file; a file of another layout is set aside. */
const FORMAT = 1

/** What is kept of a result: the rest is counted again from the messages. */
export interface CachedResult {
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  /** The fixed text, for `--fix-dry-run` results that have one. */
  output?: string
}

interface Entry {
  /** SHA-256 of the file's bytes. */
  content: string
  /** What else the result depends on, hashed (see {@link cacheKey}). */
  key: string
  result: CachedResult
}

/** Whether fixes are applied: a fixed run's messages and output differ from a plain run's. */
export type CacheMode = 'lint' | 'fix'

/** The SHA-256 of a file's bytes, in hex. */
export function hashContent(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** JSON with object keys sorted, so equal configurations give equal text whatever order they were written in. */
function stableJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (typeof value === 'function' || value instanceof RegExp) return JSON.stringify(String(value))
  if (typeof value !== 'object' || value === null) return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const keys = Object.keys(value).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`
}

const keys = new WeakMap<LinterConfig, Map<string, string>>()

/**
 * The key of everything but the content that a file's result depends on: the
 * configuration in force for it (as `config.forFile` gives it), the rules
 * known, postlint's version, the as-of date in effect and the mode.
 */
export function cacheKey(config: ConfigSet, fileConfig: LinterConfig, mode: CacheMode): string {
  const asOf = typeof fileConfig.settings?.asOf === 'string' ? fileConfig.settings.asOf : `today ${today()}`
  let byConfig = keys.get(fileConfig)
  if (!byConfig) {
    byConfig = new Map()
    keys.set(fileConfig, byConfig)
  }
  const memo = `${mode} ${asOf}`
  const known = byConfig.get(memo)
  if (known) return known
  const key = createHash('sha256')
    .update(
      stableJson({
        postlint: VERSION,
        mode,
        asOf,
        rulesKnown: [...config.rules.keys()].sort(),
        rules: fileConfig.rules,
        settings: fileConfig.settings ?? {},
        reportUnusedDisableDirectives: fileConfig.reportUnusedDisableDirectives ?? 0,
      }),
    )
    .digest('hex')
  byConfig.set(memo, key)
  return key
}

/** Where the cache lives: `--cache-location` as a file, or `.postlintcache` in the folder it names (or in `cwd`). */
export async function resolveCacheLocation(cwd: string, location?: string): Promise<string> {
  if (location === undefined || location === '') return path.join(cwd, DEFAULT_CACHE_FILE)
  const resolved = path.resolve(cwd, location)
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE)
  const info = await stat(resolved).catch(() => null)
  return info?.isDirectory() ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved
}

function isMessage(value: unknown): value is LintMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return (
    (message['ruleId'] === null || typeof message['ruleId'] === 'string') &&
    (message['severity'] === 1 || message['severity'] === 2) &&
    typeof message['message'] === 'string' &&
    Number.isInteger(message['line']) &&
    Number.isInteger(message['column'])
  )
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  const result = entry['result'] as Record<string, unknown> | null
  return (
    typeof entry['content'] === 'string' &&
    typeof entry['key'] === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result['messages']) &&
    result['messages'].every(isMessage) &&
    Array.isArray(result['suppressedMessages']) &&
    result['suppressedMessages'].every(isMessage) &&
    (result['output'] === undefined || typeof result['output'] === 'string')
  )
}

function toPosix(value: string): string {
  return path.sep === '\\' ? value.replace(/\\/g, '/') : value
}

export class LintCache {
  /** The cache file. */
  readonly file: string
  /** Why the cache file was set aside (unreadable, not JSON, another version), or null when it was used or did not exist. */
  readonly problem: string | null
  readonly #entries: Map<string, Entry>
  #dirty = false

  private constructor(file: string, entries: Map<string, Entry>, problem: string | null) {
    this.file = file
    this.#entries = entries
    this.problem = problem
  }

  /** Read the cache file; whatever is wrong with it gives an empty cache (and a {@link problem}), never an error. */
  static async open(file: string): Promise<LintCache> {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new LintCache(file, new Map(), null)
      return new LintCache(file, new Map(), `it cannot be read: ${describeIoError(error)}`)
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      return new LintCache(file, new Map(), 'it is not valid JSON')
    }
    const root = data as { postlint?: unknown; format?: unknown; files?: unknown } | null
    if (typeof root !== 'object' || root === null || typeof root.files !== 'object' || root.files === null || Array.isArray(root.files)) {
      return new LintCache(file, new Map(), 'it is not a postlint cache')
    }
    if (root.format !== FORMAT || root.postlint !== VERSION) {
      return new LintCache(file, new Map(), `it was written by postlint ${String(root.postlint)}`)
    }
    const entries = new Map<string, Entry>()
    for (const [name, entry] of Object.entries(root.files)) if (isEntry(entry)) entries.set(name, entry)
    return new LintCache(file, entries, null)
  }

  #name(filePath: string): string {
    return toPosix(path.relative(path.dirname(this.file), filePath))
  }

  /** The result kept for `filePath` with this content and key, if any. */
  get(filePath: string, content: string, key: string): CachedResult | undefined {
    const entry = this.#entries.get(this.#name(filePath))
    return entry && entry.content === content && entry.key === key ? entry.result : undefined
  }

  /** Keep a result (only messages, suppressed messages and a dry run's output). */
  set(filePath: string, content: string, key: string, result: CachedResult): void {
    const kept: CachedResult = { messages: result.messages, suppressedMessages: result.suppressedMessages }
    if (result.output !== undefined) kept.output = result.output
    this.#entries.set(this.#name(filePath), { content, key, result: kept })
    this.#dirty = true
  }

  /** Forget `filePath` (a file that was just rewritten by --fix). */
  delete(filePath: string): void {
    if (this.#entries.delete(this.#name(filePath))) this.#dirty = true
  }

  /**
   * Write the cache if anything changed (or the file on disk was set aside),
   * leaving out files that no longer exist. Throws a FileError when it cannot.
   */
  async save(): Promise<void> {
    const dir = path.dirname(this.file)
    for (const name of [...this.#entries.keys()]) {
      if (!existsSync(path.resolve(dir, name))) {
        this.#entries.delete(name)
        this.#dirty = true
      }
    }
    if (!this.#dirty && this.problem === null && existsSync(this.file)) return
    const files: Record<string, Entry> = {}
    for (const name of [...this.#entries.keys()].sort()) files[name] = this.#entries.get(name)!
    await replaceFile(this.file, JSON.stringify({ postlint: VERSION, format: FORMAT, files }))
    this.#dirty = false
  }
}
