/**
 * Finding and reading configuration files: `.postlintrc.json`,
 * `.postlintrc.yaml`/`.yml`, `postlint.config.js`/`.mjs`, or a `postlint` key
 * in `package.json`, looked for from a folder up to the file-system root.
 */
import { statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { ConfigError } from './errors.js'
import { importModule } from '../import-module.js'

/** The names looked for in each folder, in order of preference. */
export const CONFIG_FILE_NAMES = [
  '.postlintrc.json',
  '.postlintrc.yaml',
  '.postlintrc.yml',
  'postlint.config.js',
  'postlint.config.mjs',
  'package.json',
] as const

/**
 * Whether `file` is a file. Asked synchronously, and without an error for a
 * name that is not there: the search asks it of six names in every folder
 * up to the root, mostly in vain, and each asynchronous ask (a round trip
 * through libuv's thread pool, and an exception when the name is missing)
 * made looking for a configuration take about a millisecond, a quarter of
 * what `lintText` spends on a posting when no configuration is given.
 */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
  } catch {
    return false
  }
}

/** The nearest configuration file at or above `directory`, or null (a package.json that cannot be parsed on the way is an error). */
export async function findConfigFile(directory: string): Promise<string | null> {
  let current = path.resolve(directory)
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name)
      if (!isFile(candidate)) continue
      if (name === 'package.json' && !(await hasPostlintKey(candidate))) continue
      return candidate
    }
    const parent = path.dirname(current)
    if (parent === current) return null
    current = parent
  }
}

/** Whether a package.json has a `postlint` key; one that cannot be read or parsed is an error, as in ESLint. */
export async function hasPostlintKey(file: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read file: ${describeIoError(error)}`, file)
  }
  const data = parseJson(text, file)
  return typeof data === 'object' && data !== null && Object.hasOwn(data, 'postlint')
}

/** Line and column of a character offset, for parse-error messages. */
function where(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split(/\r\n|\r|\n/).length
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return `line ${line}, column ${column}`
}

function parseJson(raw: string, file: string): unknown {
  const text = raw.replace(/^\uFEFF/, '')
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /position (\d+)/.exec(message) ?? (/end of JSON input/.test(message) ? ['', String(text.length)] : null)
    const detail = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '')
    throw new ConfigError(`invalid JSON: ${detail}${position ? ` (${where(text, Number(position[1]))})` : ''}`, file)
  }
}

/**
 * Import a module by its path. With `fresh`, the file's modification time goes in the URL, so a
 * file changed since it was first imported is imported afresh rather than taken from the module
 * cache: a process that runs on while files change (the language server) needs that.
 */
export async function importFile(file: string, fresh = false): Promise<unknown> {
  const version = fresh
    ? await stat(file).then(
        (info) => `?mtime=${info.mtimeMs}`,
        () => '',
      )
    : ''
  return importModule(pathToFileURL(file).href + version)
}

/** Read a configuration file of any supported kind (a module afresh if it changed, with `fresh`); the result is not yet checked. */
export async function readConfigFile(file: string, fresh = false): Promise<unknown> {
  const base = path.basename(file)
  const extension = path.extname(file).toLowerCase()
  if (extension === '.js' || extension === '.mjs' || extension === '.cjs') {
    try {
      const module = (await importFile(file, fresh)) as { default?: unknown }
      return module.default ?? module
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ERR_MODULE_NOT_FOUND' && !(await isFile(file))) throw new ConfigError('cannot read file: it does not exist', file)
      throw new ConfigError(`cannot load: ${firstLine(error)}`, file, null, { cause: error })
    }
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read file: ${describeIoError(error)}`, file)
  }
  if (base === 'package.json') {
    const data = parseJson(text, file)
    if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'postlint')) {
      throw new ConfigError("has no 'postlint' key", file)
    }
    return (data as Record<string, unknown>)['postlint']
  }
  if (extension === '.yaml' || extension === '.yml') {
    try {
      return parseYaml(text, { prettyErrors: true, logLevel: 'error' }) ?? {}
    } catch (error) {
      throw new ConfigError(`invalid YAML: ${firstLine(error).replace(/:$/, '')}`, file)
    }
  }
  if (extension === '.json' || base.startsWith('.postlintrc')) return parseJson(text, file)
  throw new ConfigError('unknown configuration file type (use .json, .yaml, .yml, .js or .mjs)', file)
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim()
}

/** A short reason for a failed file operation, from its error code. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'it does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory, not a file'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop?)'
    default:
      return firstLine(error)
  }
}
