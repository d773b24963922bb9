/**
 * Rule severities: `"off"`/`"warn"`/`"error"` or `0`/`1`/`2`, read into a
 * level. Kept apart from validation so the command line can read a severity
 * without loading the schema validator.
 */
import type { SeverityLevel } from '../types.js'

const SEVERITIES: Record<string, SeverityLevel> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 }

/** Read a severity; undefined when `value` is none. */
export function parseSeverity(value: unknown): SeverityLevel | undefined {
  if (typeof value === 'string' || typeof value === 'number') return SEVERITIES[String(value).toLowerCase()]
  return undefined
}

export const SEVERITY_NAMES = ['off', 'warn', 'error'] as const
