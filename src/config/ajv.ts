/**
 * The one ajv instance that validates configuration and rule options.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import type { JSONSchema7 } from '../json-schema.js'

const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false, verbose: false })
const cache = new WeakMap<object, ValidateFunction>()

/** Compile (once) and return a validator for `schema`. */
export function validatorFor(schema: JSONSchema7): ValidateFunction {
  let validate = cache.get(schema)
  if (!validate) {
    validate = ajv.compile(schema)
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
