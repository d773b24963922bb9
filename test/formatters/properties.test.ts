import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toResult } from '../../src/api/lint.js'
import compact from '../../src/formatters/compact.js'
import github from '../../src/formatters/github.js'
import gitlab from '../../src/formatters/gitlab.js'
import json, { chunks as jsonChunks } from '../../src/formatters/json.js'
import junit from '../../src/formatters/junit.js'
import sarif from '../../src/formatters/sarif.js'
import stylish from '../../src/formatters/stylish.js'
import type { LintMessage, LintResult } from '../../src/types.js'
import { CWD, makeContext } from './fixtures.js'
import { parseValidSarif } from './sarif-schema.js'
import { parseXml, xmlProblems } from './xml.js'

/** Characters that break formats that do not escape them. */
const tricky = fc.constantFrom(
  '"', "'", '<', '>', '&', ']]>', '%', '%0A', '\r', '\n', '\r\n', '\t', '\u0000', '\u0008', '\u001b', '\u007f', '\u0085',
  '\u2028', '\uFFFE', '\uFFFF', '\uFEFF', '😀', '👩🏽‍💻', 'é', 'ß', '日本', ':', ',', '\\', ' ', '::', '{{x}}',
)
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const anyChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, tricky)
const text = fc.string({ unit: anyChar, maxLength: 24 })

const ruleId = fc.option(fc.oneof(text, fc.constantFrom('no-mojibake', 'pay-range', 'acme/x', 'constructor', '__proto__', 'toString')), { nil: null })

const segment = fc
  .string({ unit: anyChar, minLength: 1, maxLength: 10 })
  .filter((name) => !name.includes('/') && !name.includes('\u0000') && name !== '.' && name !== '..')
const filePath = fc.oneof(
  { weight: 4, arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((segments) => path.join(CWD, ...segments)) },
  { weight: 1, arbitrary: fc.array(segment, { minLength: 1, maxLength: 2 }).map((segments) => path.join(path.sep, 'elsewhere', ...segments)) },
  { weight: 1, arbitrary: fc.constant('<text>') },
)

const position = fc.record({ line: fc.nat(500), column: fc.nat(120), endLine: fc.option(fc.nat(500), { nil: undefined }), endColumn: fc.option(fc.nat(120), { nil: undefined }) })
const fix = fc.tuple(fc.nat(2000), fc.nat(50), text).map(([start, length, replacement]) => ({ range: [start, start + length] as [number, number], text: replacement }))

const message: fc.Arbitrary<LintMessage> = fc
  .record({
    ruleId,
    severity: fc.constantFrom(1 as const, 2 as const),
    message: text,
    messageId: fc.option(text, { nil: undefined }),
    position,
    fix: fc.option(fix, { nil: undefined }),
    suggestions: fc.option(fc.array(fc.record({ desc: text, fix }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    relatedLocations: fc.option(fc.array(fc.record({ message: text, position }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    fatal: fc.boolean(),
  })
  .map((m) => {
    const built: LintMessage = { ruleId: m.ruleId, severity: m.fatal ? 2 : m.severity, message: m.message, line: m.position.line, column: m.position.column }
    if (m.messageId !== undefined) built.messageId = m.messageId
    if (m.position.endLine !== undefined) built.endLine = m.position.endLine
    if (m.position.endColumn !== undefined) built.endColumn = m.position.endColumn
    if (m.fix) built.fix = m.fix
    if (m.suggestions) built.suggestions = m.suggestions
    if (m.relatedLocations) {
      built.relatedLocations = m.relatedLocations.map((related) => ({
        message: related.message,
        line: related.position.line,
        column: related.position.column,
        endLine: related.position.endLine ?? related.position.line,
        endColumn: related.position.endColumn ?? related.position.column,
      }))
    }
    if (m.fatal) built.fatal = true
    return built
  })

const results: fc.Arbitrary<LintResult[]> = fc.array(
  fc.tuple(filePath, fc.array(message, { maxLength: 5 }), fc.option(text, { nil: undefined })).map(([file, messages, output]) =>
    toResult(file, { messages, suppressedMessages: [] }, output),
  ),
  { maxLength: 4 },
)

const context = makeContext()
const messageCount = (list: LintResult[]): number => list.reduce((sum, result) => sum + result.messages.length, 0)

describe('formatters on arbitrary results', () => {
  it('json: parses back to the same results', () => {
    fc.assert(
      fc.property(results, (list) => {
        expect(JSON.parse(json(list, context) as string)).toStrictEqual(JSON.parse(JSON.stringify(list)))
      }),
      { numRuns: 200 },
    )
  })

  it('json in pieces (as the command writes it): the same text once joined', () => {
    fc.assert(
      fc.property(results, (list) => {
        expect([...jsonChunks(list)].join('')).toBe(json(list, context))
      }),
      { numRuns: 200 },
    )
  })

  it('sarif: valid against the schema, one result or notification per message, consistent indexes, texts kept', () => {
    fc.assert(
      fc.property(results, (list) => {
        const log = parseValidSarif(sarif(list, context) as string)
        const run = log.runs[0]!
        const notifications = run.invocations![0]!.toolExecutionNotifications ?? []
        expect(run.results.length + notifications.length).toBe(messageCount(list))
        const rules = run.tool.driver.rules ?? []
        for (const result of run.results) expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
        const withRule = list.flatMap((result) => result.messages).filter((m) => !m.fatal && m.ruleId !== null)
        expect(run.results.map((result) => result.message.text)).toEqual(withRule.map((m) => m.message))
        expect(run.invocations![0]!.executionSuccessful).toBe(!list.some((result) => result.messages.some((m) => m.fatal)))
      }),
      { numRuns: 200 },
    )
  })

  it('junit: well-formed XML, a test suite per file, a test case per problem or one for a clean file', () => {
    fc.assert(
      fc.property(results, (list) => {
        const xml = junit(list, context) as string
        expect(xmlProblems(xml)).toEqual([])
        const suites = (parseXml(xml, ['testsuite', 'testcase'])['testsuites'] as { testsuite?: Array<{ testcase: unknown[] }> }).testsuite ?? []
        expect(suites.map((suite) => suite.testcase.length)).toEqual(list.map((result) => Math.max(1, result.messages.length)))
      }),
      { numRuns: 200 },
    )
  })

  it('gitlab: valid JSON, one issue per problem, unique fingerprints', () => {
    fc.assert(
      fc.property(results, (list) => {
        const issues = JSON.parse(gitlab(list, context) as string) as Array<{ fingerprint: string; location: { lines: { begin: number } } }>
        expect(issues).toHaveLength(messageCount(list))
        expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
        for (const issue of issues) expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 200 },
    )
  })

  it('github: exactly one workflow command line per problem', () => {
    fc.assert(
      fc.property(results, (list) => {
        const output = github(list, context) as string
        const lines = output.split(/\r\n|\r|\n/)
        expect(lines.pop()).toBe('')
        expect(lines).toHaveLength(messageCount(list))
        for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,:]*(,[a-zA-Z]+=[^,:]*)*::/)
      }),
      { numRuns: 200 },
    )
  })

  it('stylish and compact: never throw, and count every problem', () => {
    fc.assert(
      fc.property(results, fc.boolean(), (list, color) => {
        const count = messageCount(list)
        const styled = stylish(list, makeContext({ color })) as string
        const compacted = compact(list, context) as string
        if (count === 0) {
          expect(styled).toBe('')
          expect(compacted).toBe('')
        } else {
          expect(styled).toContain(`✖ ${count} problem${count === 1 ? '' : 's'} (`)
          expect(compacted.endsWith(`\n${count} problem${count === 1 ? '' : 's'}\n`)).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })
})
