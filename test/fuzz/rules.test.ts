/**
 * Fuzzing every rule and formatter with generated postings: realistic
 * fragments mixed with random Unicode (emoji, combining marks, RTL text, NUL
 * bytes, lone surrogates, CRLF mixes). No rule throws, every position lies
 * inside the text with its end not before its start, and the JSON, SARIF and
 * JUnit reports of what the rules found stay valid.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toResult } from '../../src/api/lint.js'
import { getFormatter } from '../../src/formatters/index.js'
import { LineIndex } from '../../src/linter/lines.js'
import { builtinRules } from '../../rules/index.js'
import type { LintResult, RuleMeta } from '../../src/types.js'
import { parseValidSarif } from '../formatters/sarif-schema.js'
import { parseXml, xmlProblems } from '../formatters/xml.js'
import { bodyOf, configFor, expectPositionsInside, linter, runs } from './lint.js'
import { FIXTURE_LINES, posting, randomText } from './postings.js'

const rulesMeta: Record<string, RuleMeta> = Object.fromEntries([...builtinRules].map(([id, rule]) => [id, rule.meta as RuleMeta]))
const formatters = Object.fromEntries(
  await Promise.all(['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'gitlab'].map(async (name) => [name, await getFormatter(name)] as const)),
)
const context = { cwd: '/work', rulesMeta, version: '0.0.0', color: false }

describe('every rule on generated postings', () => {
  it('the generators give realistic fragments to work with', () => {
    expect(FIXTURE_LINES.length).toBeGreaterThan(1000)
  })

  it('never throws, and reports every position inside the text, its end not before its start', () => {
    const fired = new Set<string>()
    fc.assert(
      fc.property(posting, (generated) => {
        const output = linter.verify(generated.text, configFor(generated), generated.filePath)
        expect(output.crashes.map(({ ruleId, error }) => `${ruleId}: ${(error as Error)?.stack ?? String(error)}`)).toEqual([])
        expect(output.messages.filter((message) => message.fatal)).toEqual([])
        const text = bodyOf(generated.text)
        const lines = new LineIndex(text)
        for (const message of [...output.messages, ...output.suppressedMessages]) {
          expectPositionsInside(message, text, lines)
          if (message.ruleId) fired.add(message.ruleId)
        }
      }),
      { numRuns: runs(250) },
    )
    // The postings made most rules report something, so their code paths ran, not just their early exits.
    expect(fired.size).toBeGreaterThanOrEqual(20)
  })

  it('also on bytes: invalid UTF-8 and binary data get one fatal message and nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('a.md', 'a.html', 'a.txt'), (bytes, filePath) => {
        const output = linter.verify(bytes, configFor({ text: '', filePath, settings: { asOf: '2026-01-01' } }), filePath)
        expect(output.crashes).toEqual([])
        const fatal = output.messages.filter((message) => message.fatal)
        if (fatal.length > 0) {
          expect(output.messages).toHaveLength(1)
          expect(fatal[0]!.message).toMatch(/^File is (binary|not valid UTF-8|UTF-16 encoded)/)
        }
      }),
      { numRuns: runs(150) },
    )
  })

  it('random text alone, in every format, never makes a rule throw', () => {
    fc.assert(
      fc.property(fc.array(randomText, { maxLength: 8 }).map((parts) => parts.join('')), fc.constantFrom('a.md', 'a.html', 'a.txt'), (text, filePath) => {
        const output = linter.verify(text, configFor({ text, filePath, settings: { asOf: '2026-01-01' } }), filePath)
        expect(output.crashes).toEqual([])
        for (const message of output.messages) expectPositionsInside(message, bodyOf(text))
      }),
      { numRuns: runs(150) },
    )
  })
})

describe('formatters on what the rules report', () => {
  it('never throw; JSON parses back, SARIF validates, JUnit is well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(posting, { minLength: 1, maxLength: 3 }), async (postings) => {
        const results: LintResult[] = postings.map((generated, index) => {
          const output = linter.verify(generated.text, configFor(generated), generated.filePath)
          return toResult(`/work/${index}-${generated.filePath.replace(/[<>]/g, '')}`, output)
        })
        const json = (await formatters['json']!(results, context)) as string
        expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(results)))
        const log = parseValidSarif((await formatters['sarif']!(results, context)) as string)
        const notifications = log.runs[0]!.invocations![0]!.toolExecutionNotifications ?? []
        expect(log.runs[0]!.results.length + notifications.length).toBe(results.reduce((sum, result) => sum + result.messages.length, 0))
        const xml = (await formatters['junit']!(results, context)) as string
        expect(xmlProblems(xml)).toEqual([])
        expect(parseXml(xml)).toHaveProperty('testsuites')
        for (const name of ['stylish', 'compact', 'github', 'gitlab']) expect(typeof (await formatters[name]!(results, context))).toBe('string')
      }),
      { numRuns: runs(40) },
    )
  })
})
