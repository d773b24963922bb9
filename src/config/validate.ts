/**
 * Checks a configuration object and its rule entries. Every mistake is an
 * error naming the file and the key: an unknown key, an unknown rule (with
 * the closest known id), a bad severity, options the rule's schema refuses.
 */
import type { Config, RuleEntry, RuleModule, SeverityLevel } from '../types.js'
import type { JSONSchema7 } from '../json-schema.js'
import { ConfigError } from './errors.js'
import type { ValidateFunction } from 'ajv'
import { describeError, validatorFor } from './ajv.js'
import { parseSeverity, SEVERITY_NAMES } from './severity.js'

const stringOrList: JSONSchema7 = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }
const settingsSchema: JSONSchema7 = {
  type: 'object',
  properties: {
    jurisdictions: { type: 'array', items: { type: 'string' } },
    profiles: { type: 'array', items: { type: 'string' } },
    remote: { type: 'string', pattern: '^[A-Z]{2}$' },
    asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
}

/** The shape of a configuration file (rule entries are checked apart, for better messages). */
export const configSchema: JSONSchema7 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: stringOrList,
    rules: { type: 'object' },
    ignores: { type: 'array', items: { type: 'string' } },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: stringOrList,
          excludedFiles: stringOrList,
          rules: { type: 'object' },
          settings: settingsSchema,
        },
      },
    },
    plugins: {
      anyOf: [
        { type: 'array', items: { type: 'string' } },
        { type: 'object', additionalProperties: { anyOf: [{ type: 'string' }, { type: 'object' }] } },
      ],
    },
    settings: settingsSchema,
    linterOptions: {
      type: 'object',
      additionalProperties: false,
      properties: {
        reportUnusedDisableDirectives: { enum: [true, false, 'off', 'warn', 'error', 0, 1, 2] },
      },
    },
  },
}

/** Configuration as read from a file, with options we accept beyond {@link Config}. */
export interface ConfigFileContent extends Config {
  linterOptions?: { reportUnusedDisableDirectives?: boolean | 'off' | 'warn' | 'error' | 0 | 1 | 2 }
}

/** Check the shape of a configuration object. */
export function validateConfigShape(config: unknown, file: string | null): asserts config is ConfigFileContent {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new ConfigError('configuration must be an object', file)
  }
  const validate = validatorFor(configSchema)
  if (!validate(config)) {
    const error = validate.errors?.[0]
    const { key, message } = describeError(error, '')
    let hint = ''
    if (error?.keyword === 'additionalProperties') {
      const suggestion = closest(String(error.params['additionalProperty']), Object.keys(siblingProperties(error.schemaPath)))
      if (suggestion) hint = ` (did you mean '${suggestion}'?)`
    }
    throw new ConfigError(message + hint, file, key || null)
  }
}

/** The `properties` of the schema object an `additionalProperties` error comes from, found by its schema path. */
function siblingProperties(schemaPath: string): Record<string, unknown> {
  let node: unknown = configSchema
  for (const part of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[part]
  }
  const properties = (node as { properties?: Record<string, unknown> } | undefined)?.properties
  return properties ?? {}
}

/** A rule entry reduced to its severity and the options it gives (undefined: none given). */
export interface NormalizedEntry {
  severity: SeverityLevel
  options: unknown[] | undefined
}

export { parseSeverity, SEVERITY_NAMES }

/** Check one `rules` entry; `key` is how the message names it (e.g. `rules.valid-email`). */
export function normalizeEntry(entry: unknown, file: string | null, key: string): NormalizedEntry {
  const [raw, ...options] = Array.isArray(entry) ? entry : [entry]
  if (Array.isArray(entry) && entry.length === 0) {
    throw new ConfigError('must be a severity or [severity, ...options], got []', file, key)
  }
  const severity = parseSeverity(raw)
  if (severity === undefined) {
    throw new ConfigError(`severity must be "off", "warn" or "error" (or 0, 1, 2), got ${JSON.stringify(raw) ?? String(raw)}`, file, key)
  }
  return { severity, options: Array.isArray(entry) ? options : undefined }
}

/** The closest known id to a mistyped one, for "did you mean". */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = levenshtein(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]!
}

/** Check that a rule id is known. */
export function assertKnownRule(ruleId: string, rules: ReadonlyMap<string, RuleModule>, file: string | null, key: string): RuleModule {
  const rule = rules.get(ruleId)
  if (rule) return rule
  const suggestion = closest(ruleId, rules.keys())
  throw new ConfigError(`unknown rule '${ruleId}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`, file, key)
}

/** User options merged over the rule's `defaultOptions`, position by position; plain objects merge deeply. */
export function mergeOptions(defaults: readonly unknown[] | undefined, options: readonly unknown[] | undefined): unknown[] {
  const given = options ?? []
  if (!defaults || defaults.length === 0) return [...given]
  const length = Math.max(defaults.length, given.length)
  const merged: unknown[] = []
  for (let i = 0; i < length; i++) merged.push(i < given.length ? deepMerge(defaults[i], given[i]) : structuredClone(defaults[i]))
  return merged
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Merge `override` over `base`: plain objects key by key, anything else replaced. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return structuredClone(base)
  if (!isPlainObject(base) || !isPlainObject(override)) return structuredClone(override)
  const result: Record<string, unknown> = structuredClone(base)
  for (const [key, value] of Object.entries(override)) result[key] = deepMerge(base[key], value)
  return result
}

/** The schema of a rule's options array: the schema itself, or an array of the schemas of its items. */
export function optionsSchemaOf(schema: JSONSchema7 | readonly JSONSchema7[]): JSONSchema7 {
  if (!Array.isArray(schema)) return schema as JSONSchema7
  return schema.length === 0 ? { type: 'array', maxItems: 0 } : { type: 'array', items: schema as JSONSchema7[], minItems: 0, maxItems: schema.length }
}

/** The options validators of rule schemas, compiled once per schema. */
const optionsValidators = new WeakMap<object, ValidateFunction>()

function optionsValidatorFor(schema: JSONSchema7 | readonly JSONSchema7[]): ValidateFunction {
  let validate = optionsValidators.get(schema)
  if (!validate) {
    validate = validatorFor(optionsSchemaOf(schema))
    optionsValidators.set(schema, validate)
  }
  return validate
}

/** Check final options against the rule's schema. */
export function validateOptions(rule: RuleModule, options: readonly unknown[], file: string | null, key: string): void {
  const schema = rule.meta.schema
  if (schema === false || schema === undefined) {
    if (options.length > 0) throw new ConfigError('this rule takes no options', file, key)
    return
  }
  const validate = optionsValidatorFor(schema)
  const data: unknown = options
  if (!validate(data)) {
    const error = validate.errors?.[0]
    if (error?.keyword === 'maxItems') {
      throw new ConfigError(`takes at most ${Array.isArray(schema) ? schema.length : 0} option(s), got ${options.length}`, file, key)
    }
    const described = describeError(error, 'options')
    throw new ConfigError(`${described.key} ${described.message}`, file, key)
  }
}

/** Check a whole rules map and return it normalised. */
export function normalizeRules(
  rules: Readonly<Record<string, RuleEntry | unknown>> | undefined,
  known: ReadonlyMap<string, RuleModule>,
  file: string | null,
  base: string,
): Map<string, NormalizedEntry> {
  const result = new Map<string, NormalizedEntry>()
  for (const [ruleId, entry] of Object.entries(rules ?? {})) {
    const key = base.startsWith('--') ? `${base} ${ruleId}` : `${base}.${ruleId}`
    const rule = assertKnownRule(ruleId, known, file, key)
    const normalized = normalizeEntry(entry, file, key)
    validateOptions(rule, mergeOptions(rule.meta.defaultOptions, normalized.options), file, key)
    result.set(ruleId, normalized)
  }
  return result
}
