/**
 * From the paths and globs a user names to the files to lint: directories
 * expand to the supported extensions, globs are matched, `node_modules`,
 * `.git` and dot-folders are skipped, and `.postlintignore` (gitignore
 * syntax) and the configuration's `ignores` are honoured. A pattern that
 * matches nothing is an error.
 */
import fs from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby'
import ignore, { type Ignore } from 'ignore'
import { SUPPORTED_EXTENSIONS } from '../linter/document.js'
import type { ConfigSet } from '../config/config-set.js'
import { FileError, UsageError } from '../config/errors.js'
import { describeIoError } from '../config/load.js'

export const IGNORE_FILE = '.postlintignore'
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**']
const EXTENSION_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.join(',')}}`

export interface FileTarget {
  /** Absolute path. */
  filePath: string
  /** Named on the command line rather than found in a directory or by a glob. */
  explicit: boolean
  /** Named explicitly but excluded by an ignore pattern: reported with a warning, not linted. */
  ignored: boolean
}

export interface ExpandOptions {
  cwd: string
  config: ConfigSet
  /** Set false to disregard ignore files and `ignores` (`--no-ignore`). */
  ignore?: boolean
  /** An ignore file to use instead of `.postlintignore` in `cwd`. */
  ignorePath?: string
  /** Extra gitignore-style patterns (`--ignore-pattern`). */
  ignorePatterns?: string[]
  /** Set false to accept patterns that match nothing. */
  errorOnUnmatchedPattern?: boolean
}

interface IgnoreFile {
  dir: string
  matcher: Ignore
}

async function loadIgnoreFile(options: ExpandOptions): Promise<IgnoreFile | null> {
  const file = options.ignorePath ? path.resolve(options.cwd, options.ignorePath) : path.join(options.cwd, IGNORE_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!options.ignorePath && (error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new FileError(`Cannot read ignore file ${file}: ${describeIoError(error)}`)
  }
  return { dir: path.dirname(file), matcher: ignore().add(text) }
}

function toPosix(value: string): string {
  return path.sep === '\\' ? value.replace(/\\/g, '/') : value
}

/**
 * A glob as the folder its static part names and the dynamic rest, so that
 * absolute globs and globs reaching out of `cwd` (`../x/*.md`) work and
 * `node_modules` is still left out below them.
 */
function splitGlob(cwd: string, pattern: string): { base: string; glob: string } {
  const parts = toPosix(pattern).split('/')
  const firstDynamic = parts.findIndex((part) => isDynamicPattern(part))
  // No dynamic part on its own (a brace holding a slash): glob the whole pattern from cwd.
  if (firstDynamic === -1) return { base: cwd, glob: toPosix(pattern) }
  const staticPart = parts.slice(0, firstDynamic).join('/')
  return { base: path.resolve(cwd, staticPart === '' && firstDynamic > 0 ? '/' : staticPart), glob: parts.slice(firstDynamic).join('/') }
}

function isSupported(file: string): boolean {
  const lower = file.toLowerCase()
  return SUPPORTED_EXTENSIONS.some((extension) => lower.endsWith(`.${extension}`))
}

/**
 * Glob, failing on what cannot be read: the globber skips folders it may not
 * open and links that loop without a word, which would leave postings
 * unlinted while the run passes. A folder that vanished meanwhile, or a
 * broken link, is not an error.
 */
async function globReadable(pattern: string, base: string, cwd: string): Promise<string[]> {
  const problems: Array<{ file: string; error: NodeJS.ErrnoException }> = []
  const watched: FileSystemAdapter = {
    readdir: ((dir: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
      fs.readdir(dir, options, (error, entries) => {
        if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') problems.push({ file: dir, error })
        callback(error, entries)
      })) as FileSystemAdapter['readdir'],
    realpath: ((file: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
      fs.realpath(file, (error, resolved) => {
        if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR' && isSupported(file)) problems.push({ file, error })
        callback(error, resolved)
      })) as FileSystemAdapter['realpath'],
  }
  const found = await glob(pattern, { cwd: base, absolute: true, dot: false, ignore: DEFAULT_IGNORES, followSymbolicLinks: true, fs: watched })
  const problem = problems.sort((a, b) => a.file.localeCompare(b.file))[0]
  if (problem) throw new FileError(`Cannot read ${path.relative(cwd, problem.file) || problem.file}: ${describeIoError(problem.error)}`)
  return found
}

/**
 * A test for whether a file is ignored: by the configuration's `ignores`,
 * the ignore file and `--ignore-pattern`; never with `ignore: false`.
 */
export async function createIgnoreTest(options: ExpandOptions): Promise<(file: string) => boolean> {
  if (options.ignore === false) return () => false
  const ignoreFile = await loadIgnoreFile(options)
  const extra = options.ignorePatterns && options.ignorePatterns.length > 0 ? ignore().add(options.ignorePatterns) : null
  return (file) => {
    const absolute = path.resolve(options.cwd, file)
    if (options.config.isIgnored(absolute)) return true
    for (const [dir, matcher] of [[ignoreFile?.dir, ignoreFile?.matcher], [options.cwd, extra]] as const) {
      if (!dir || !matcher) continue
      const relative = toPosix(path.relative(dir, absolute))
      if (relative && !relative.startsWith('../') && !path.isAbsolute(relative) && matcher.ignores(relative)) return true
    }
    return false
  }
}

/** Expand patterns to the files to lint, in the order given, each once. */
export async function expandPatterns(patterns: readonly string[], options: ExpandOptions): Promise<FileTarget[]> {
  const isIgnored = await createIgnoreTest(options)

  const targets: FileTarget[] = []
  const seen = new Set<string>()
  const add = (target: FileTarget, real?: string): void => {
    if (seen.has(target.filePath) || (real !== undefined && seen.has(real))) return
    seen.add(target.filePath)
    if (real !== undefined) seen.add(real)
    targets.push(target)
  }

  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern)
    let kind: 'file' | 'directory' | 'other' | 'missing' = 'missing'
    try {
      const info = await stat(absolute)
      kind = info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other'
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new FileError(`Cannot read ${pattern}: ${describeIoError(error)}`)
    }

    if (kind === 'file') {
      add({ filePath: absolute, explicit: true, ignored: isIgnored(absolute) })
      continue
    }
    if (kind === 'other') throw new UsageError(`Cannot lint ${pattern}: it is not a regular file or directory`)

    let found: string[]
    if (kind === 'directory') {
      found = await globReadable(EXTENSION_GLOB, absolute, options.cwd)
    } else if (isDynamicPattern(pattern)) {
      const { base, glob: rest } = splitGlob(options.cwd, pattern)
      found = (await globReadable(rest, base, options.cwd)).filter(isSupported)
    } else {
      if (options.errorOnUnmatchedPattern === false) continue
      throw new UsageError(`No files matching the pattern "${pattern}" were found.`)
    }
    found = found.map((file) => path.normalize(file)).sort()
    const kept = found.filter((file) => !isIgnored(file))
    if (kept.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new UsageError(
        found.length > 0 ? `All files matched by "${pattern}" are ignored.` : `No files matching the pattern "${pattern}" were found.`,
      )
    }
    // A file reached twice through a symbolic link (a folder linked into itself) is linted, and fixed, once.
    for (const file of kept) add({ filePath: file, explicit: false, ignored: false }, await realpath(file).catch(() => file))
  }
  return targets
}
