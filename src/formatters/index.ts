/**
 * Formatters turn results into text: pure functions of the results and a
 * little context. Built-in ones are loaded only when asked for; any other
 * name is a path to a module whose default export is a formatter.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Formatter } from '../types.js'
import { UsageError } from '../config/errors.js'

const BUILTIN: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  gitlab: () => import('./gitlab.js'),
}

/** Names of the built-in formatters. */
export const formatterNames: readonly string[] = Object.keys(BUILTIN)

/** A built-in formatter by name, or a custom one by path (resolved from `cwd`). */
export async function getFormatter(name = 'stylish', cwd = process.cwd()): Promise<Formatter> {
  const builtin = BUILTIN[name]
  if (builtin) return (await builtin()).default
  const looksLikePath = name.includes('/') || name.includes('\\') || /\.[cm]?js$/.test(name)
  if (!looksLikePath) {
    throw new UsageError(`Unknown format '${name}' (built-in: ${formatterNames.join(', ')}; or give a path to a formatter module)`)
  }
  const file = path.resolve(cwd, name)
  let module: { default?: unknown }
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown }
  } catch (error) {
    throw new UsageError(`Cannot load formatter ${name}: ${(error as Error).message.split('\n')[0]}`)
  }
  const formatter = module.default ?? module
  if (typeof formatter !== 'function') throw new UsageError(`Formatter ${name} does not export a function`)
  return formatter as Formatter
}
