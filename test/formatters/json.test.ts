import { describe, expect, it } from 'vitest'
import json from '../../src/formatters/json.js'
import { fixText } from '../../src/api/lint.js'
import type { LintResult } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, fixMojibake, ignored, inCwd, lintMojibake, makeContext, msg, result } from './fixtures.js'

const context = makeContext()

function format(results: LintResult[]): unknown {
  const text = json(results, context) as string
  expect(text).not.toMatch(/\n/) // one line, as ESLint prints it
  return JSON.parse(text)
}

const RESULT_KEYS = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount', 'output']
// ESLint's message keys, and postlint's related locations.
const MESSAGE_KEYS = ['ruleId', 'severity', 'message', 'messageId', 'line', 'column', 'endLine', 'endColumn', 'fix', 'suggestions', 'fatal', 'suppressions', 'relatedLocations']

describe('json', () => {
  it('prints a real run in exactly ESLint’s shape', () => {
    expect(format([lintMojibake(SAO_PAULO)])).toStrictEqual([
      {
        filePath: inCwd('postings/sao-paulo.md'),
        messages: [
          {
            ruleId: 'no-mojibake',
            severity: 2,
            message: "Encoding damage: 'â€™' is a garbled '’'.",
            messageId: 'mojibake',
            line: 1,
            column: 3,
            endLine: 1,
            endColumn: 6,
            fix: { range: [2, 5], text: '’' },
          },
          {
            ruleId: 'no-mojibake',
            severity: 2,
            message: "Encoding damage: 'Ã£' is a garbled 'ã'.",
            messageId: 'mojibake',
            line: 1,
            column: 20,
            endLine: 1,
            endColumn: 22,
            fix: { range: [19, 21], text: 'ã' },
          },
        ],
        suppressedMessages: [],
        errorCount: 2,
        warningCount: 0,
        fatalErrorCount: 0,
        fixableErrorCount: 2,
        fixableWarningCount: 0,
      },
    ])
  })

  it('keeps suggestions with their descriptions and edits', () => {
    const [parsed] = format([lintMojibake('Salary:Â $50,000.', 'postings/pay.md', 1)]) as [LintResult]
    expect(parsed.warningCount).toBe(1)
    expect(parsed.messages).toStrictEqual([
      {
        ruleId: 'no-mojibake',
        severity: 1,
        message: "Stray 'Â' before a space: the remains of a garbled no-break space.",
        messageId: 'strayCircumflex',
        line: 1,
        column: 8,
        endLine: 1,
        endColumn: 9,
        suggestions: [{ messageId: 'removeStray', desc: "Remove the stray 'Â'.", fix: { range: [7, 8], text: '' } }],
      },
    ])
  })

  it('includes the fixed text as `output` only when fixes changed the file', () => {
    const [fixed] = format([fixMojibake(SAO_PAULO)]) as [LintResult]
    expect(fixed.output).toBe('We’re hiring in São Paulo.')
    expect(fixed.messages).toEqual([])
    const [unchanged] = format([fixMojibake('Nothing to fix.')]) as [Record<string, unknown>]
    expect(Object.keys(unchanged)).not.toContain('output')
  })

  it('prints fatal, line-0 and suppressed messages as they are', () => {
    const suppressed = result('postings/b.md', [])
    suppressed.suppressedMessages.push(msg({ suppressions: [{ kind: 'directive', justification: 'legal signed off' }] }))
    const results = [lintMojibake(UTF16_BYTES, 'postings/utf16.md'), ignored('vendor/old.md'), suppressed]
    expect(format(results)).toStrictEqual(JSON.parse(JSON.stringify(results)))
    const [unreadable, skipped] = format(results) as LintResult[]
    expect(unreadable!.messages[0]).toStrictEqual({
      ruleId: null,
      severity: 2,
      fatal: true,
      message: 'File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)',
      line: 1,
      column: 1,
    })
    expect(unreadable!.fatalErrorCount).toBe(1)
    expect(skipped!.messages[0]).toMatchObject({ ruleId: null, severity: 1, line: 0, column: 0 })
  })

  it('prints an empty array for no results', () => {
    expect(json([], context)).toBe('[]')
  })

  it('has only ESLint’s keys, even for results of the Node API that carry more', async () => {
    const fromFixText = await fixText(SAO_PAULO, { config: { rules: { 'no-mojibake': 'error' } } })
    expect(fromFixText).toHaveProperty('fixed', true)
    const results = [fromFixText, lintMojibake(SAO_PAULO), fixMojibake(SAO_PAULO), lintMojibake(UTF16_BYTES), ignored('x.md')]
    for (const item of format(results) as Array<Record<string, unknown>>) {
      expect(RESULT_KEYS).toEqual(expect.arrayContaining(Object.keys(item)))
      expect(Object.keys(item)).toEqual(expect.arrayContaining(RESULT_KEYS.filter((key) => key !== 'output')))
      for (const message of item['messages'] as Array<Record<string, unknown>>) {
        expect(MESSAGE_KEYS).toEqual(expect.arrayContaining(Object.keys(message)))
      }
    }
  })

  it('survives any text: quotes, control characters, lone surrogates, emoji', () => {
    const text = 'He said "hi"\u0000\u001b[31m\r\n\t]]></x>\uD800 😀 \\ \u2028'
    const results = [result('dir with space/naïve "résumé".md', [msg({ message: text, ruleId: 'odd/"rule"' })])]
    const [parsed] = format(results) as [LintResult]
    expect(parsed.messages[0]!.message).toBe(text)
    expect(parsed.messages[0]!.ruleId).toBe('odd/"rule"')
    expect(parsed.filePath).toBe(inCwd('dir with space/naïve "résumé".md'))
  })
})
