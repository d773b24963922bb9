/**
 * Built-in presets, generated from rule metadata: `postlint:recommended`
 * turns on every rule whose docs say `recommended`, `postlint:all` every
 * rule. Problems are errors, suggestions warnings.
 */
import type { Config, RuleModule, SeverityName } from '../types.js'

export const PRESET_PREFIX = 'postlint:'

/** The severity a preset gives a rule. */
export function presetSeverity(rule: RuleModule): SeverityName {
  return rule.meta.type === 'problem' ? 'error' : 'warn'
}

type PresetBuilder = (rules: ReadonlyMap<string, RuleModule>) => Config

const PRESETS: Record<string, PresetBuilder> = {
  recommended: (rules) => ({
    rules: Object.fromEntries([...rules].filter(([, rule]) => rule.meta.docs.recommended).map(([id, rule]) => [id, presetSeverity(rule)])),
  }),
  all: (rules) => ({
    rules: Object.fromEntries([...rules].map(([id, rule]) => [id, presetSeverity(rule)])),
  }),
}

/** The names of the built-in presets, with their prefix. */
export function presetNames(): string[] {
  return Object.keys(PRESETS).map((name) => PRESET_PREFIX + name)
}

/** A preset's configuration, or undefined when there is no such preset. */
export function presetConfig(name: string, rules: ReadonlyMap<string, RuleModule>): Config | undefined {
  if (!name.startsWith(PRESET_PREFIX)) return undefined
  const build = PRESETS[name.slice(PRESET_PREFIX.length)]
  return build?.(rules)
}
