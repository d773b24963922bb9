/**
 * The one ajv instance that validates configuration and rule options.
 *
 * Compiling a schema builds JavaScript source and evaluates it, which was a
 * tenth of a cold start; the configuration schema and the built-in rules'
 * option schemas are compiled ahead (validators.generated.ts, made by
 * scripts/generate-validators.mjs) and found by their JSON. A schema not
 * among them (a plugin's rule, a schema changed since) is compiled here.
 */
import { createRequire } from 'node:module'
import type { Ajv as AjvInstance, ErrorObject, Options, ValidateFunction } from 'ajv'
import type { JSONSchema7 } from '../json-schema.js'
import { PRECOMPILED } from './validators.generated.js'

/** ajv itself, loaded only when a schema is not among those compiled ahead (it is most of a hundred modules). */
const requireAjv = createRequire(import.meta.url)

/** ajv's options, the same for the validators compiled ahead. */
export const AJV_OPTIONS: Options = { allErrors: false, strict: false, useDefaults: false, verbose: false }

let ajv: AjvInstance | undefined
const cache = new WeakMap<object, ValidateFunction>()

/** Compile (once) and return a validator for `schema`. */
export function validatorFor(schema: JSONSchema7): ValidateFunction {
  let validate = cache.get(schema)
  if (!validate) {
    validate = (PRECOMPILED.get(JSON.stringify(schema)) as ValidateFunction | undefined) ?? (ajv ??= new (requireAjv('ajv') as typeof import('ajv')).Ajv(AJV_OPTIONS)).compile(schema)
    cache.set(schema, validate)
  }
  return validate
}

/** One readable line for the first error ajv found, with the JSON path joined to `base`. */
export function describeError(error: ErrorObject | undefined, base: string): { key: string; message: string } {
  if (!error) return { key: base, message: 'is not valid' }
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), base)
  let message = error.message ?? 'is not valid'
  if (error.keyword === 'additionalProperties') message = `has an unknown property '${String(error.params['additionalProperty'])}'`
  else if (error.keyword === 'enum') message = `${message}: ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
  return { key: path, message }
}
