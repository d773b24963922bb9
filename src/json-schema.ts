/**
 * The JSON Schema type used for rule options and configuration, from ajv,
 * which validates them.
 */
import type { SchemaObject } from 'ajv'

export type JSONSchema7 = SchemaObject
