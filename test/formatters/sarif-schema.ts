/**
 * Validation of SARIF logs against the official SARIF 2.1.0 JSON schema, as
 * published by the SARIF maintainers and shipped in `@microsoft/jest-sarif`
 * (a draft-04 schema, hence `ajv-draft-04`). Shared by the formatter tests
 * and the CLI tests.
 *
 * The schema's string formats are checked too: `uri` and `uri-reference`
 * must be RFC 3986 (no raw spaces or non-ASCII characters, `%` only in
 * escapes), `date-time` RFC 3339.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvDraft04 from 'ajv-draft-04'
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04'

const require = createRequire(import.meta.url)

/** Where the schema lives: the package's own copy, resolved wherever it is installed. */
export const SARIF_SCHEMA_PATH: string = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

/** Characters RFC 3986 allows in a URI reference, and percent escapes. */
const uriReference = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/
const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/
const dateTime = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/

function isUriReference(value: string): boolean {
  return uriReference.test(value) && value.split('#').length <= 2
}

function isUri(value: string): boolean {
  return isUriReference(value) && scheme.test(value) && URL.canParse(value)
}

// ajv-draft-04 is CommonJS: Node's default import is `module.exports`, whose `default` is the class.
const Ajv = AjvDraft04.default

let validator: ValidateFunction | undefined

function compile(): ValidateFunction {
  if (validator) return validator
  // unicodeRegExp: false because the schema's `language` pattern (`…[a-zA-Z]{2}]?$`) has a stray
  // bracket that only non-Unicode regular expressions accept, as the schema's draft-04 readers do.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true, unicodeRegExp: false })
  ajv.addFormat('uri', isUri)
  ajv.addFormat('uri-reference', isUriReference)
  ajv.addFormat('date-time', (value: string) => dateTime.test(value) && !Number.isNaN(Date.parse(value)))
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>
  const compiled = ajv.compile(schema)
  validator = compiled
  return compiled
}

function describe(error: ErrorObject): string {
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : ''
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${params}`
}

/** The schema violations of a SARIF log (parsed), one readable line each; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = compile()
  if (validate(log)) return []
  return (validate.errors ?? []).map(describe)
}

/** A loosely typed SARIF log, for assertions on the parts the tests look at. */
export interface SarifLog {
  $schema?: string
  version: '2.1.0'
  runs: SarifRun[]
}

export interface SarifRun {
  tool: { driver: { name: string; version?: string; informationUri?: string; rules?: SarifRule[] } }
  artifacts?: Array<{ location: SarifArtifactLocation }>
  results: SarifResult[]
  invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }>
  originalUriBaseIds?: Record<string, { uri: string }>
  columnKind?: string
}

export interface SarifRule {
  id: string
  shortDescription?: { text: string }
  helpUri?: string
  help?: { text: string }
  defaultConfiguration?: { level: string }
  properties?: Record<string, unknown>
}

export interface SarifArtifactLocation {
  uri: string
  uriBaseId?: string
  index?: number
}

export interface SarifRegion {
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
  charOffset?: number
  charLength?: number
}

export interface SarifLocation {
  id?: number
  physicalLocation?: { artifactLocation: SarifArtifactLocation; region?: SarifRegion }
  message?: { text: string }
}

export interface SarifFix {
  description?: { text: string }
  artifactChanges: Array<{
    artifactLocation: SarifArtifactLocation
    replacements: Array<{ deletedRegion: SarifRegion; insertedContent?: { text: string } }>
  }>
}

export interface SarifResult {
  ruleId?: string
  ruleIndex?: number
  level?: string
  message: { text: string }
  locations?: SarifLocation[]
  relatedLocations?: SarifLocation[]
  fixes?: SarifFix[]
}

export interface SarifNotification {
  level?: string
  message: { text: string }
  locations?: SarifLocation[]
  associatedRule?: { id?: string; index?: number }
}

/**
 * Parse a SARIF log and check it against the schema; throws an error listing
 * every violation (or the JSON syntax error).
 */
export function parseValidSarif(text: string): SarifLog {
  const log: unknown = JSON.parse(text)
  const errors = sarifSchemaErrors(log)
  if (errors.length > 0) throw new Error(`The SARIF log does not match the SARIF 2.1.0 schema:\n${errors.join('\n')}`)
  return log as SarifLog
}
