/**
 * Built-in presets, generated from rule metadata and the jurisdiction data:
 *
 * - `postlint:recommended`: every rule whose docs say `recommended`;
 * - `postlint:all`: every rule;
 * - `postlint:<jurisdiction>` (e.g. `postlint:us-co`, `postlint:ca-on`):
 *   the disclosure rules, with `settings.jurisdictions` set to that one, for
 *   every jurisdiction with posting laws;
 * - `postlint:us-remote`: the disclosure rules for remote jobs open to US
 *   residents (every state and city whose law reaches remote jobs);
 * - `postlint:federal-contractor`: the disclosure rules with the
 *   federal-contractor profile (VEVRAA and Section 503 wording in the EEO
 *   statement, which becomes an error).
 *
 * Problems are errors, suggestions warnings.
 */
import type { Config, RuleModule, SeverityName } from '../types.js'
import { allJurisdictions } from '../jurisdictions/index.js'

export const PRESET_PREFIX = 'postlint:'

/** The severity a preset gives a rule. */
export function presetSeverity(rule: RuleModule): SeverityName {
  return rule.meta.type === 'problem' ? 'error' : 'warn'
}

type Rules = ReadonlyMap<string, RuleModule>
type PresetBuilder = (rules: Rules) => Config

function ruleSet(rules: Rules, keep: (rule: RuleModule) => boolean): Record<string, SeverityName> {
  return Object.fromEntries([...rules].filter(([, rule]) => keep(rule)).map(([id, rule]) => [id, presetSeverity(rule)]))
}

const disclosureRules = (rules: Rules): Record<string, SeverityName> => ruleSet(rules, (rule) => rule.meta.docs.category === 'disclosure')

function presets(): Record<string, PresetBuilder> {
  const builders: Record<string, PresetBuilder> = {
    recommended: (rules) => ({ rules: ruleSet(rules, (rule) => rule.meta.docs.recommended) }),
    all: (rules) => ({ rules: ruleSet(rules, () => true) }),
    'us-remote': (rules) => ({ rules: disclosureRules(rules), settings: { remote: 'US' } }),
    'federal-contractor': (rules) => ({
      rules: { ...disclosureRules(rules), ...(rules.has('eeo-statement') ? { 'eeo-statement': 'error' as const } : {}) },
      settings: { profiles: ['US-FEDERAL-CONTRACTOR'] },
    }),
  }
  for (const jurisdiction of allJurisdictions()) {
    if (jurisdiction.laws.length === 0 || jurisdiction.kind === 'profile') continue
    builders[jurisdiction.id.toLowerCase()] = (rules) => ({ rules: disclosureRules(rules), settings: { jurisdictions: [jurisdiction.id] } })
  }
  return builders
}

let cache: Record<string, PresetBuilder> | undefined

/** The names of the built-in presets, with their prefix. */
export function presetNames(): string[] {
  cache ??= presets()
  return Object.keys(cache).map((name) => PRESET_PREFIX + name)
}

/** A preset's configuration, or undefined when there is no such preset. */
export function presetConfig(name: string, rules: Rules): Config | undefined {
  if (!name.startsWith(PRESET_PREFIX)) return undefined
  cache ??= presets()
  const build = cache[name.slice(PRESET_PREFIX.length).toLowerCase()]
  return build?.(rules)
}
