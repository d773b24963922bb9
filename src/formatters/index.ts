/**
 * Formatters turn results into text: pure functions of the results and a
 * little context. Built-in ones are loaded only when asked for; any other
 * name is a path to a module whose default export is a formatter. What
 * `getFormatter` returns completes a missing or partial context (the
 * process's directory, no colours, the built-in rules' metadata), so
 * `format(results)` works from the Node API as it does in ESLint.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Formatter, FormatterContext, LintResult, RuleMeta } from '../types.js'
import { UsageError } from '../config/errors.js'
import { VERSION } from '../version.js'
import { importModule } from '../import-module.js'

/**
 * A formatter as getFormatter gives it. A built-in one may also give its
 * report in pieces (`chunks`, the same text once joined), which the command
 * writes one after the other instead of holding the report as one string.
 */
export type LoadedFormatter = Formatter & { chunks?: (results: LintResult[], context: FormatterContext) => Iterable<string> }

const BUILTIN: Record<string, () => Promise<{ default: Formatter; chunks?: LoadedFormatter['chunks'] }>> = {
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

async function builtinRulesMeta(): Promise<Record<string, RuleMeta>> {
  const { builtinRules } = await import('../../rules/index.js')
  return Object.fromEntries([...builtinRules].map(([id, rule]) => [id, rule.meta as RuleMeta]))
}

/** The formatter, called with the context completed where the caller left parts out. */
function withDefaults(formatter: Formatter): Formatter {
  return async (results, context?: Partial<FormatterContext>) => {
    const complete: FormatterContext = {
      ...context,
      cwd: context?.cwd ?? process.cwd(),
      rulesMeta: context?.rulesMeta ?? (await builtinRulesMeta()),
      version: context?.version ?? VERSION,
      color: context?.color ?? false,
    }
    return formatter(results, complete)
  }
}

/** A built-in formatter by name, or a custom one by path (resolved from `cwd`). */
export async function getFormatter(name = 'stylish', cwd = process.cwd()): Promise<LoadedFormatter> {
  // Own keys only: `toString` is no formatter.
  if (Object.hasOwn(BUILTIN, name)) {
    const module = await BUILTIN[name]!()
    const formatter: LoadedFormatter = withDefaults(module.default)
    if (module.chunks) formatter.chunks = module.chunks
    return formatter
  }
  const looksLikePath = name.includes('/') || name.includes('\\') || /\.[cm]?js$/.test(name)
  if (!looksLikePath) {
    throw new UsageError(`Unknown format '${name}' (built-in: ${formatterNames.join(', ')}; or give a path to a formatter module)`)
  }
  const file = path.resolve(cwd, name)
  let module: { default?: unknown }
  try {
    module = (await importModule(pathToFileURL(file).href)) as { default?: unknown }
  } catch (error) {
    throw new UsageError(`Cannot load formatter ${name}: ${(error as Error).message.split('\n')[0]}`)
  }
  const formatter = module.default ?? module
  if (typeof formatter !== 'function') throw new UsageError(`Formatter ${name} does not export a function`)
  return withDefaults(formatter as Formatter)
}
