/**
 * `sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers. Rules
 * that reported something are described in the tool's driver with their
 * help links; problems are results with exact regions (UTF-16 columns);
 * fixes and suggestions are SARIF fixes. Files that could not be linted
 * and rules that crashed are tool execution notifications that mark the
 * run as failed; other messages without a rule (an ignored file, an unused
 * directive) are notifications too, and leave it successful. The output
 * validates against the SARIF 2.1.0 schema whatever the paths, messages
 * and rule metadata.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Formatter, LintMessage, RuleMeta } from '../types.js'
import { HOMEPAGE } from '../version.js'
import { relativePath, ruleMeta, withoutLoneSurrogates } from './util.js'

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string; index: number }
    region?: SarifRegion
  }
  message?: { text: string }
}

function uriOf(file: string): { uri: string; uriBaseId?: string } {
  // Relative (to cwd, with `/`) unless the file is outside cwd; on POSIX, `C:\x` is a file name, not a drive.
  if (!path.isAbsolute(file)) {
    // Lone surrogates cannot be percent-encoded (`encodeURIComponent` throws); they become U+FFFD, as in `pathToFileURL`.
    const segments = withoutLoneSurrogates(file).split('/')
    return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
  }
  return { uri: pathToFileURL(file).href }
}

function regionOf(message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): SarifRegion | undefined {
  if (message.line < 1) return undefined
  const region: SarifRegion = { startLine: message.line, startColumn: Math.max(1, message.column) }
  if (message.endLine !== undefined && message.endLine >= message.line) {
    region.endLine = message.endLine
    if (message.endColumn !== undefined) {
      region.endColumn = message.endLine === message.line ? Math.max(region.startColumn, message.endColumn) : Math.max(1, message.endColumn)
    }
  }
  return region
}

/** A rule's `reportingDescriptor`: its id, and what its metadata tells (plugins' rules may have no docs). */
function ruleDescriptor(ruleId: string, meta: RuleMeta | undefined): Record<string, unknown> {
  const rule: Record<string, unknown> = { id: ruleId }
  const docs = meta?.docs
  if (docs?.description) rule['shortDescription'] = { text: docs.description }
  if (docs?.url) {
    // `helpUri` must be an absolute URI; a plugin's relative or malformed link stays in the help text only.
    if (URL.canParse(docs.url)) rule['helpUri'] = new URL(docs.url).href
    rule['help'] = { text: docs.description ? `${docs.description}. See ${docs.url}` : `See ${docs.url}` }
  }
  if (meta?.type) {
    rule['defaultConfiguration'] = { level: meta.type === 'problem' ? 'error' : 'warning' }
  }
  if (meta) {
    const tags = [...new Set([docs?.category, meta.type].filter((tag) => typeof tag === 'string'))]
    const properties: Record<string, unknown> = { tags }
    if (docs?.category !== undefined) properties['category'] = docs.category
    if (docs?.recommended !== undefined) properties['recommended'] = docs.recommended
    rule['properties'] = properties
  }
  return rule
}

/** Items with duplicates (same JSON) left out: SARIF wants a result's fixes unique. */
function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = JSON.stringify(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function level(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning'
}

const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map<string, number>()
  const rules: Array<Record<string, unknown>> = []
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = []
  const sarifResults: Array<Record<string, unknown>> = []
  const notifications: Array<Record<string, unknown>> = []
  let failed = false

  const describeRule = (ruleId: string): number => {
    const known = ruleIndex.get(ruleId)
    if (known !== undefined) return known
    rules.push(ruleDescriptor(ruleId, ruleMeta(context, ruleId)))
    ruleIndex.set(ruleId, rules.length - 1)
    return rules.length - 1
  }

  const artifactIndex = new Map<string, number>()
  const artifactOf = (filePath: string): SarifLocation['physicalLocation']['artifactLocation'] => {
    const location = uriOf(relativePath(filePath, context.cwd))
    const key = `${location.uriBaseId ?? ''} ${location.uri}`
    let index = artifactIndex.get(key)
    // One artifact per file, even when a file appears in two results (the schema wants them unique).
    if (index === undefined) {
      index = artifacts.push({ location }) - 1
      artifactIndex.set(key, index)
    }
    return { ...location, index }
  }

  for (const result of results) {
    const artifactLocation = artifactOf(result.filePath)
    for (const message of result.messages) {
      const region = regionOf(message)
      const physicalLocation: SarifLocation['physicalLocation'] = { artifactLocation }
      if (region) physicalLocation.region = region
      if (message.fatal) failed = true
      if (message.fatal || message.ruleId === null) {
        const notification: Record<string, unknown> = {
          level: message.fatal ? 'error' : level(message),
          message: { text: message.message },
          locations: [{ physicalLocation }],
        }
        if (message.ruleId) notification['associatedRule'] = { id: message.ruleId, index: describeRule(message.ruleId) }
        notifications.push(notification)
        continue
      }
      const index = describeRule(message.ruleId)
      const sarifResult: Record<string, unknown> = {
        ruleId: message.ruleId,
        ruleIndex: index,
        level: level(message),
        message: { text: message.message },
        locations: [{ physicalLocation }],
      }
      if (message.relatedLocations && message.relatedLocations.length > 0) {
        sarifResult['relatedLocations'] = message.relatedLocations.map((related, id) => {
          const relatedLocation: Record<string, unknown> = { id, physicalLocation: { artifactLocation, region: regionOf(related) }, message: { text: related.message } }
          return relatedLocation
        })
      }
      const fixes = [
        ...(message.fix ? [{ description: message.message, fix: message.fix }] : []),
        ...(message.suggestions ?? []).map((suggestion) => ({ description: suggestion.desc, fix: suggestion.fix })),
      ]
      if (fixes.length > 0) {
        sarifResult['fixes'] = unique(fixes).map(({ description, fix }) => ({
          description: { text: description },
          artifactChanges: [
            {
              artifactLocation,
              replacements: [{ deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } }],
            },
          ],
        }))
      }
      sarifResults.push(sarifResult)
    }
  }

  const run: Record<string, unknown> = {
    tool: { driver: { name: 'postlint', version: context.version, informationUri: HOMEPAGE, rules } },
    artifacts,
    results: sarifResults,
    // Only a file that could not be linted or a crashed rule is a failed execution, not a problem such as an unused directive.
    invocations: [{ executionSuccessful: !failed, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
    columnKind: 'utf16CodeUnits',
  }
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2)
}
export default sarif
