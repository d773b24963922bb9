/**
 * `sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers. Rules
 * that reported something are described in the tool's driver with their
 * help links; problems are results with exact regions (UTF-16 columns);
 * fixes are SARIF fixes; files that could not be linted and rules that
 * crashed are tool execution notifications.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { pathToFileURL } from 'node:url'
import type { Formatter, LintMessage, RuleMeta } from '../types.js'
import { HOMEPAGE } from '../version.js'
import { relativePath } from './util.js'

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
  if (!file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file)) {
    return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
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

function level(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning'
}

const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map<string, number>()
  const rules: Array<Record<string, unknown>> = []
  const artifacts: Array<{ location: { uri: string; uriBaseId?: string } }> = []
  const sarifResults: Array<Record<string, unknown>> = []
  const notifications: Array<Record<string, unknown>> = []

  const describeRule = (ruleId: string, meta: RuleMeta | undefined): number => {
    const known = ruleIndex.get(ruleId)
    if (known !== undefined) return known
    const rule: Record<string, unknown> = { id: ruleId }
    if (meta) {
      rule['shortDescription'] = { text: meta.docs.description }
      rule['helpUri'] = meta.docs.url
      rule['help'] = { text: `${meta.docs.description}. See ${meta.docs.url}` }
      rule['defaultConfiguration'] = { level: meta.type === 'problem' ? 'error' : 'warning' }
      rule['properties'] = { category: meta.docs.category, tags: [meta.docs.category, meta.type], recommended: meta.docs.recommended }
    }
    rules.push(rule)
    ruleIndex.set(ruleId, rules.length - 1)
    return rules.length - 1
  }

  for (const result of results) {
    const location = uriOf(relativePath(result.filePath, context.cwd))
    const artifactIndex = artifacts.push({ location }) - 1
    const artifactLocation = { ...location, index: artifactIndex }
    for (const message of result.messages) {
      const region = regionOf(message)
      const physicalLocation: SarifLocation['physicalLocation'] = { artifactLocation }
      if (region) physicalLocation.region = region
      if (message.fatal || message.ruleId === null) {
        const notification: Record<string, unknown> = {
          level: message.fatal ? 'error' : level(message),
          message: { text: message.message },
          locations: [{ physicalLocation }],
        }
        if (message.ruleId) notification['associatedRule'] = { id: message.ruleId, index: describeRule(message.ruleId, context.rulesMeta[message.ruleId]) }
        notifications.push(notification)
        continue
      }
      const index = describeRule(message.ruleId, context.rulesMeta[message.ruleId])
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
        sarifResult['fixes'] = fixes.map(({ description, fix }) => ({
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
    invocations: [{ executionSuccessful: !notifications.some((n) => n['level'] === 'error'), toolExecutionNotifications: notifications }],
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
    columnKind: 'utf16CodeUnits',
  }
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2)
}
export default sarif
