/**
 * A loaded configuration: the layers of `extends` resolved in order, plugins
 * loaded, every rule entry checked, and a way to get the settings for one
 * file (base rules, then matching `overrides`, then `--rule`).
 *
 * With no configuration file (or with `useConfigFile: false`), postlint uses
 * `postlint:recommended`, so it is useful before anyone writes a config.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import picomatch from 'picomatch'
import ignore, { type Ignore } from 'ignore'
import type { Config, ConfigOverride, Plugin, RuleEntry, RuleModule, Settings } from '../types.js'
import type { LinterConfig, RuleSetting } from '../linter/linter.js'
import { builtinRules } from '../../rules/index.js'
import { allJurisdictions, getJurisdiction } from '../jurisdictions/index.js'
import { ConfigError } from './errors.js'
import { findConfigFile, importFile, readConfigFile } from './load.js'
import { PRESET_PREFIX, presetConfig, presetNames } from './presets.js'
import {
  closest,
  deepMerge,
  mergeOptions,
  normalizeRules,
  parseSeverity,
  SEVERITY_NAMES,
  validateConfigShape,
  type ConfigFileContent,
  type NormalizedEntry,
} from './validate.js'

export interface LoadConfigOptions {
  /** Where to start looking for a configuration file, and the base of relative paths (default: the process's). */
  cwd?: string
  /** Use this configuration instead of any file (nothing is looked for). */
  config?: Config
  /** Use this configuration file instead of looking for one. */
  configFile?: string
  /** Set false to ignore configuration files (`--no-config`): `postlint:recommended` and `overrideConfig` apply. */
  useConfigFile?: boolean
  /** Configuration applied over the file's (for the Node API and editors). */
  overrideConfig?: Config
  /** Settings applied over everything, overrides included (`--jurisdiction`, `--as-of`). */
  overrideSettings?: Settings
  /** How messages name where `overrideSettings` came from. */
  overrideSettingsSource?: string
  /** Rules from `--rule`, applied over everything else. */
  cliRules?: Record<string, RuleEntry>
  /** Report unused disable directives at this severity, over the configuration's `linterOptions`. */
  reportUnusedDisableDirectives?: 0 | 1 | 2
  /**
   * Import configuration modules and plugins afresh when their files changed since they were first
   * imported (the language server sets this; a plugin's own imports are still taken from the cache).
   */
  freshModules?: boolean
}

/** The default when there is no configuration file. */
export const DEFAULT_CONFIG: Config = Object.freeze({ extends: ['postlint:recommended'] })

interface Layer {
  /** The configuration file, preset name or `--rule`, for messages. */
  source: string | null
  dir: string
  content: ConfigFileContent
}

interface Override {
  dir: string
  matches: (relative: string) => boolean
  excludes: ((relative: string) => boolean) | null
  rules: Map<string, NormalizedEntry>
  settings: Settings | undefined
}

interface IgnoreLayer {
  dir: string
  patterns: string[]
  matcher: Ignore
}

/** Resolved settings for one file, as `--print-config` shows them. */
export interface PrintedConfig {
  configFile: string | null
  rules: Record<string, [string, ...unknown[]]>
  settings: Settings
  ignores: string[]
  plugins: string[]
  reportUnusedDisableDirectives: string
}

export class ConfigSet {
  /** The configuration file in use, or null for the defaults. */
  readonly configFile: string | null
  readonly cwd: string
  /** Every rule that may be configured: built-in and from plugins. */
  readonly rules: ReadonlyMap<string, RuleModule>
  readonly plugins: readonly string[]
  readonly reportUnusedDisableDirectives: 0 | 1 | 2
  /** The options it was loaded with, so another thread can load the same configuration. */
  readonly recipe: LoadConfigOptions | undefined
  readonly #baseRules: Map<string, NormalizedEntry>
  readonly #settings: Settings
  readonly #overrides: Override[]
  readonly #cliRules: Map<string, NormalizedEntry>
  readonly #settingsOverride: Settings
  readonly #ignores: IgnoreLayer[]
  readonly #cache = new Map<string, LinterConfig>()

  constructor(init: {
    configFile: string | null
    cwd: string
    rules: ReadonlyMap<string, RuleModule>
    plugins: string[]
    baseRules: Map<string, NormalizedEntry>
    settings: Settings
    overrides: Override[]
    cliRules: Map<string, NormalizedEntry>
    settingsOverride?: Settings
    ignores: IgnoreLayer[]
    reportUnusedDisableDirectives: 0 | 1 | 2
    recipe?: LoadConfigOptions
  }) {
    this.recipe = init.recipe
    this.configFile = init.configFile
    this.cwd = init.cwd
    this.rules = init.rules
    this.plugins = init.plugins
    this.#baseRules = init.baseRules
    this.#settings = init.settings
    this.#overrides = init.overrides
    this.#cliRules = init.cliRules
    this.#settingsOverride = init.settingsOverride ?? {}
    this.#ignores = init.ignores
    this.reportUnusedDisableDirectives = init.reportUnusedDisableDirectives
  }

  /** Whether the configuration's `ignores` exclude `filePath`. */
  isIgnored(filePath: string): boolean {
    const absolute = path.resolve(this.cwd, filePath)
    return this.#ignores.some((layer) => {
      const relative = toPosix(path.relative(layer.dir, absolute))
      return relative !== '' && !relative.startsWith('../') && !path.isAbsolute(relative) && layer.matcher.ignores(relative)
    })
  }

  #matching(filePath: string): Override[] {
    const absolute = path.resolve(this.cwd, filePath)
    return this.#overrides.filter((override) => {
      const relative = toPosix(path.relative(override.dir, absolute))
      if (relative.startsWith('../') || path.isAbsolute(relative)) return false
      return override.matches(relative) && !(override.excludes?.(relative) ?? false)
    })
  }

  #entries(filePath: string): { rules: Map<string, NormalizedEntry>; settings: Settings } {
    const rules = new Map(this.#baseRules)
    let settings: Settings = this.#settings
    const apply = (entries: Map<string, NormalizedEntry>): void => {
      for (const [ruleId, entry] of entries) {
        const previous = rules.get(ruleId)
        rules.set(ruleId, { severity: entry.severity, options: entry.options ?? previous?.options })
      }
    }
    for (const override of this.#matching(filePath)) {
      apply(override.rules)
      if (override.settings) settings = deepMerge(settings, override.settings) as Settings
    }
    apply(this.#cliRules)
    if (Object.keys(this.#settingsOverride).length > 0) settings = { ...settings, ...this.#settingsOverride }
    return { rules, settings }
  }

  /** The rules and settings that apply to `filePath`. */
  forFile(filePath: string): LinterConfig {
    const key = this.#matching(filePath)
      .map((override) => this.#overrides.indexOf(override))
      .join(',')
    const cached = this.#cache.get(key)
    if (cached) return cached
    const { rules, settings } = this.#entries(filePath)
    const enabled: Record<string, RuleSetting> = {}
    for (const [ruleId, entry] of rules) {
      if (entry.severity === 0) continue
      const rule = this.rules.get(ruleId)!
      enabled[ruleId] = { severity: entry.severity, options: mergeOptions(rule.meta.defaultOptions, entry.options) }
    }
    const config: LinterConfig = { rules: enabled, settings, reportUnusedDisableDirectives: this.reportUnusedDisableDirectives }
    this.#cache.set(key, config)
    return config
  }

  /** The resolved configuration for `filePath`, for `--print-config`. */
  print(filePath: string): PrintedConfig {
    const { rules, settings } = this.#entries(filePath)
    const printed: PrintedConfig['rules'] = {}
    for (const ruleId of [...rules.keys()].sort()) {
      const entry = rules.get(ruleId)!
      const rule = this.rules.get(ruleId)!
      const options = mergeOptions(rule.meta.defaultOptions, entry.options)
      printed[ruleId] = [SEVERITY_NAMES[entry.severity], ...options]
    }
    return {
      configFile: this.configFile,
      rules: printed,
      settings,
      ignores: this.#ignores.flatMap((layer) => layer.patterns.map((pattern) => printedPattern(path.relative(this.cwd, layer.dir), pattern))),
      plugins: [...this.plugins],
      reportUnusedDisableDirectives: SEVERITY_NAMES[this.reportUnusedDisableDirectives],
    }
  }
}

function toPosix(value: string): string {
  return path.sep === '\\' ? value.replace(/\\/g, '/') : value
}

/** An `ignores` pattern as seen from the working directory: unchanged in it, prefixed by its folder elsewhere. */
function printedPattern(relativeDir: string, pattern: string): string {
  if (relativeDir === '') return pattern
  const negated = pattern.startsWith('!')
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\//, '')
  return `${negated ? '!' : ''}${toPosix(relativeDir)}/${body}`
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function globMatcher(patterns: string[]): (relative: string) => boolean {
  const matchers = patterns.map((pattern) => picomatch(pattern.replace(/^\.\//, ''), { dot: true, basename: !pattern.includes('/') }))
  return (relative) => matchers.some((match) => match(relative))
}

/** Resolve a module or file named in a configuration, from the configuration's folder; throws when there is none. */
function resolveFrom(dir: string, request: string): string {
  if (request.startsWith('.') || path.isAbsolute(request)) {
    const resolved = path.resolve(dir, request)
    if (!existsSync(resolved)) throw new Error(`Cannot find ${resolved}`)
    return resolved
  }
  return createRequire(path.join(dir, '__postlint__.js')).resolve(request)
}

async function collectLayers(content: unknown, source: string | null, dir: string, chain: string[], fresh: boolean): Promise<Layer[]> {
  validateConfigShape(content, source)
  const layers: Layer[] = []
  for (const entry of list(content.extends)) {
    if (entry.startsWith(PRESET_PREFIX)) {
      const preset = presetConfig(entry, builtinRules)
      if (!preset) {
        const name = closest(entry.slice(PRESET_PREFIX.length).toLowerCase(), presetNames().map((preset) => preset.slice(PRESET_PREFIX.length)))
        const suggestion = name === undefined ? undefined : PRESET_PREFIX + name
        throw new ConfigError(
          `unknown preset '${entry}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; presets: postlint:recommended, postlint:all, postlint:us-remote, postlint:federal-contractor, and one per jurisdiction such as postlint:us-co`,
          source,
          'extends',
        )
      }
      layers.push({ source: entry, dir, content: preset })
      continue
    }
    let resolved: string
    try {
      resolved = resolveFrom(dir, entry)
    } catch {
      throw new ConfigError(`cannot find '${entry}'`, source, 'extends')
    }
    if (chain.includes(resolved)) {
      throw new ConfigError(`extends itself through ${[...chain, resolved].map((file) => path.basename(file)).join(' → ')}`, source, 'extends')
    }
    const extended = await readConfigFile(resolved, fresh)
    layers.push(...(await collectLayers(extended, resolved, path.dirname(resolved), [...chain, resolved], fresh)))
  }
  layers.push({ source, dir, content })
  return layers
}

/** What a plugin's rule lacks to be usable, or null when nothing. */
function ruleDefect(value: unknown): string | null {
  const rule = value as Partial<RuleModule> | null
  if (typeof rule !== 'object' || rule === null || typeof rule.create !== 'function' || typeof rule.meta !== 'object' || rule.meta === null) {
    return "is not a rule (it needs 'meta' and 'create')"
  }
  const docs = rule.meta.docs as Partial<RuleModule['meta']['docs']> | undefined
  if (typeof docs !== 'object' || docs === null || typeof docs.description !== 'string') return "has no 'meta.docs.description'"
  if (rule.meta.messages !== undefined && (typeof rule.meta.messages !== 'object' || rule.meta.messages === null)) return "has a 'meta.messages' that is not an object"
  return null
}

async function loadPlugin(layer: Layer, key: string, spec: string | Plugin, fresh: boolean): Promise<{ namespace: string | undefined; plugin: Plugin; name: string }> {
  if (typeof spec !== 'string') return { namespace: undefined, plugin: spec, name: key }
  let resolved: string
  try {
    resolved = resolveFrom(layer.dir, spec)
  } catch {
    throw new ConfigError(`cannot find plugin '${spec}'`, layer.source, key)
  }
  let module: { default?: Plugin } & Plugin
  try {
    module = (await importFile(resolved, fresh)) as { default?: Plugin } & Plugin
  } catch (error) {
    throw new ConfigError(`cannot load plugin '${spec}': ${(error as Error).message.split('\n')[0]}`, layer.source, key, { cause: error })
  }
  const base = path.basename(resolved).replace(/\.[cm]?[jt]s$/, '')
  const name = spec.startsWith('.') || path.isAbsolute(spec) ? base : spec
  return { namespace: undefined, plugin: module.default ?? module, name: name.replace(/^postlint-plugin-/, '') }
}

/** Load the configuration that applies from `cwd` (or the one named), checking every entry. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ConfigSet> {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const fresh = options.freshModules === true
  let configFile: string | null = null
  let content: unknown = DEFAULT_CONFIG
  if (options.config) {
    content = options.config
  } else if (options.configFile) {
    configFile = path.resolve(cwd, options.configFile)
    content = await readConfigFile(configFile, fresh)
  } else if (options.useConfigFile !== false) {
    configFile = await findConfigFile(cwd)
    if (configFile) content = await readConfigFile(configFile, fresh)
  }

  const layers = await collectLayers(content, configFile, configFile ? path.dirname(configFile) : cwd, configFile ? [configFile] : [], fresh)
  if (options.overrideConfig) layers.push(...(await collectLayers(options.overrideConfig, 'overrideConfig', cwd, [], fresh)))

  const rules = new Map<string, RuleModule>(builtinRules)
  const loadedPlugins = new Map<string, Plugin>()
  for (const layer of layers) {
    const plugins = layer.content.plugins
    if (!plugins) continue
    const entries: Array<[string, string | Plugin, string | undefined]> = Array.isArray(plugins)
      ? plugins.map((spec, index) => [`plugins[${index}]`, spec, undefined])
      : Object.entries(plugins).map(([namespace, spec]) => [`plugins.${namespace}`, spec, namespace])
    for (const [key, spec, namespace] of entries) {
      const loaded = await loadPlugin(layer, key, spec, fresh)
      const name = namespace ?? loaded.plugin.meta?.namespace ?? loaded.name
      if (!loaded.plugin || typeof loaded.plugin.rules !== 'object' || loaded.plugin.rules === null) {
        throw new ConfigError(`plugin '${name}' exports no 'rules' object`, layer.source, key)
      }
      // The same plugin named again (say, by an extended file) is fine; another one under the same name is not.
      const previous = loadedPlugins.get(name)
      if (previous === loaded.plugin) continue
      if (previous) throw new ConfigError(`another plugin is already loaded as '${name}' (its rules would be hidden); give one of them another name`, layer.source, key)
      for (const [id, rule] of Object.entries(loaded.plugin.rules)) {
        const defect = ruleDefect(rule)
        if (defect) throw new ConfigError(`plugin rule '${name}/${id}' ${defect}`, layer.source, key)
        rules.set(`${name}/${id}`, rule as RuleModule)
      }
      loadedPlugins.set(name, loaded.plugin)
    }
  }

  const baseRules = new Map<string, NormalizedEntry>()
  let settings: Settings = {}
  const overrides: Override[] = []
  const ignores: IgnoreLayer[] = []
  let reportUnused: 0 | 1 | 2 = 0
  for (const layer of layers) {
    const { content: config, source, dir } = layer
    for (const [ruleId, entry] of normalizeRules(config.rules, rules, source, 'rules')) {
      baseRules.set(ruleId, { severity: entry.severity, options: entry.options ?? baseRules.get(ruleId)?.options })
    }
    if (config.settings) {
      validateSettings(config.settings, source, 'settings')
      settings = deepMerge(settings, config.settings) as Settings
    }
    for (const [index, override] of (config.overrides ?? []).entries()) {
      if (override.settings) validateSettings(override.settings, source, `overrides[${index}].settings`)
      overrides.push(normalizeOverride(override, rules, source, dir, index))
    }
    if (config.ignores && config.ignores.length > 0) {
      ignores.push({ dir, patterns: [...config.ignores], matcher: ignore().add(config.ignores) })
    }
    const reportSetting = config.linterOptions?.reportUnusedDisableDirectives
    if (reportSetting !== undefined) reportUnused = reportSetting === true ? 1 : reportSetting === false ? 0 : parseSeverity(reportSetting) ?? 0
  }
  if (options.reportUnusedDisableDirectives !== undefined) reportUnused = options.reportUnusedDisableDirectives

  return new ConfigSet({
    configFile,
    cwd,
    rules,
    plugins: [...loadedPlugins.keys()],
    baseRules,
    settings,
    overrides,
    cliRules: normalizeRules(options.cliRules, rules, null, '--rule'),
    ...(options.overrideSettings ? { settingsOverride: checkedOverride(options.overrideSettings, options.overrideSettingsSource) } : {}),
    ignores,
    reportUnusedDisableDirectives: reportUnused,
    recipe: { ...options, cwd },
  })
}

function normalizeOverride(override: ConfigOverride, rules: ReadonlyMap<string, RuleModule>, source: string | null, dir: string, index: number): Override {
  const files = list(override.files)
  if (files.length === 0) throw new ConfigError('must name at least one glob', source, `overrides[${index}].files`)
  const excluded = list(override.excludedFiles)
  return {
    dir,
    matches: globMatcher(files),
    excludes: excluded.length > 0 ? globMatcher(excluded) : null,
    rules: normalizeRules(override.rules, rules, source, `overrides[${index}].rules`),
    settings: override.settings,
  }
}

function checkedOverride(settings: Settings, source: string | undefined): Settings {
  validateSettings(settings, source ?? 'overrideSettings', null)
  return settings
}

/** Check the jurisdiction and profile ids a configuration names against the registry. */
function validateSettings(settings: Settings, source: string | null, key: string | null): void {
  for (const field of ['jurisdictions', 'profiles'] as const) {
    const ids = settings[field]
    if (ids === undefined) continue
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new ConfigError('must be a list of jurisdiction ids', source, key ? `${key}.${field}` : field)
    }
    ids.forEach((id: string, index: number) => {
      if (getJurisdiction(id)) return
      const suggestion = closest(id.toUpperCase(), allJurisdictions().map((jurisdiction) => jurisdiction.id))
      throw new ConfigError(
        `unknown jurisdiction '${id}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
        source,
        key ? `${key}.${field}[${index}]` : `${field}[${index}]`,
      )
    })
  }
}
