import { stripVTControlCharacters } from 'node:util'
import { describe, expect, it } from 'vitest'
import stylish from '../../src/formatters/stylish.js'
import type { LintResult } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, ignored, lintMojibake, lintWithCrash, makeContext, msg, result } from './fixtures.js'

const plain = makeContext()
const colored = makeContext({ color: true })

function format(results: LintResult[], context = plain): string {
  return stylish(results, context) as string
}

describe('stylish', () => {
  it('prints a real run as ESLint does: relative path, aligned rows, summary, fixable count', () => {
    expect(format([lintMojibake(SAO_PAULO)])).toBe(
      [
        '',
        'postings/sao-paulo.md',
        "  1:3   error  Encoding damage: 'â€™' is a garbled '’'  no-mojibake",
        "  1:20  error  Encoding damage: 'Ã£' is a garbled 'ã'   no-mojibake",
        '',
        '✖ 2 problems (2 errors, 0 warnings)',
        '  2 errors and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    )
  })

  it('right-aligns line numbers and left-aligns columns, so the colons line up', () => {
    const output = format([
      result('a.md', [
        msg({ line: 1, column: 5 }),
        msg({ line: 12, column: 1, severity: 1, ruleId: 'gendered-title', message: "Use 'chair' instead of 'chairman'." }),
        msg({ line: 120, column: 33 }),
      ]),
    ])
    expect(output.split('\n').slice(2, 5)).toEqual([
      '    1:5   error    Add a pay range                    pay-range',
      "   12:1   warning  Use 'chair' instead of 'chairman'  gendered-title",
      '  120:33  error    Add a pay range                    pay-range',
    ])
  })

  it('groups problems by file, skips clean files and sums every file in the summary', () => {
    const output = format([
      result('postings/a.md', [msg(), msg({ line: 3, severity: 1 })]),
      result('postings/clean.md', []),
      result('postings/b.md', [msg({ line: 2, column: 7, severity: 1, fix: { range: [0, 1], text: 'x' } })]),
    ])
    expect(output).toBe(
      [
        '',
        'postings/a.md',
        '  1:1  error    Add a pay range  pay-range',
        '  3:1  warning  Add a pay range  pay-range',
        '',
        'postings/b.md',
        '  2:7  warning  Add a pay range  pay-range',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    )
    expect(output).not.toContain('clean.md')
  })

  it('uses the singular for one problem, error, warning', () => {
    const one = format([result('a.md', [msg({ fix: { range: [0, 0], text: '' } })])])
    expect(one).toContain('\n✖ 1 problem (1 error, 0 warnings)\n')
    expect(one).toContain('\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n')
    const warning = format([result('a.md', [msg({ severity: 1, fix: { range: [0, 0], text: '' } })])])
    expect(warning).toContain('\n✖ 1 problem (0 errors, 1 warning)\n')
    expect(warning).toContain('\n  0 errors and 1 warning potentially fixable with the `--fix` option.\n')
  })

  it('prints the fixable line only when something is fixable', () => {
    const output = format([result('a.md', [msg(), msg({ line: 2 })])])
    expect(output.endsWith('\n✖ 2 problems (2 errors, 0 warnings)\n')).toBe(true)
    expect(output).not.toContain('fixable')
    // Suggestions are not fixes: --fix does not apply them.
    const suggestionsOnly = lintMojibake('Salary:Â $50,000.')
    expect(suggestionsOnly.messages[0]!.suggestions).toHaveLength(1)
    expect(format([suggestionsOnly])).not.toContain('fixable')
  })

  it('prints nothing at all when there are no problems', () => {
    expect(format([])).toBe('')
    expect(format([result('a.md', []), lintMojibake('We’re hiring in São Paulo.')])).toBe('')
    expect(format([lintMojibake('Clean text.')], colored)).toBe('')
  })

  it('drops one trailing period, as ESLint does, and nothing else', () => {
    const output = format([
      result('a.md', [
        msg({ message: 'Ends with a period.', ruleId: 'x' }),
        msg({ message: 'Ends with a spaced period .', ruleId: 'x' }),
        msg({ message: 'Ends with dots...', ruleId: 'x' }),
        msg({ message: 'No period', ruleId: 'x' }),
        msg({ message: 'Period. In the middle', ruleId: 'x' }),
      ]),
    ])
    const texts = output
      .split('\n')
      .slice(2, 7)
      .map((line) => line.replace(/^ +1:1 +error +/, '').replace(/ +x$/, ''))
    expect(texts).toEqual(['Ends with a period', 'Ends with a spaced period .', 'Ends with dots..', 'No period', 'Period. In the middle'])
  })

  it('prints fatal messages as errors, with and without a rule id', () => {
    const unreadable = lintMojibake(UTF16_BYTES, 'postings/utf16.md')
    const crashed = lintWithCrash('We hire. Weâ€™re kind.')
    expect(unreadable.fatalErrorCount).toBe(1)
    expect(crashed.messages.some((m) => m.fatal && m.ruleId === 'explodes')).toBe(true)
    const output = format([unreadable, crashed])
    expect(output).toContain('\npostings/utf16.md\n  1:1  error  File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)\n')
    expect(output).toContain(
      [
        '\npostings/crash.md',
        `  1:1   error  Rule 'explodes' failed: cannot read "salary" of undefined  explodes`,
        "  1:12  error  Encoding damage: 'â€™' is a garbled '’'                    no-mojibake\n",
      ].join('\n'),
    )
    expect(output).toMatch(/\n✖ 3 problems \(3 errors, 0 warnings\)\n {2}1 error and 0 warnings potentially fixable with the `--fix` option\.\n$/)
  })

  it('prints line-0 messages (an ignored file) at 0:0 with no trailing spaces', () => {
    const output = format([ignored('vendor/old.md')])
    expect(output).toBe(
      [
        '',
        'vendor/old.md',
        '  0:0  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to override',
        '',
        '✖ 1 problem (0 errors, 1 warning)',
        '',
      ].join('\n'),
    )
  })

  it('keeps paths outside the working directory as they are', () => {
    const output = format([result('/elsewhere/job.md', [msg()])])
    expect(output.split('\n')[1]).toBe('/elsewhere/job.md')
  })

  it('prints a file inside the working directory whose name starts with two dots relative to it', () => {
    const output = format([result('..draft.md', [msg()])])
    expect(output.split('\n')[1]).toBe('..draft.md')
  })

  it('uses colours only when the context allows them, and the same text either way', () => {
    const results = [lintMojibake(SAO_PAULO), ignored('vendor/old.md'), result('a.md', [msg({ ruleId: null, message: 'No rule.' })])]
    const withoutColor = format(results, plain)
    const withColor = format(results, colored)
    expect(withoutColor).not.toMatch(/\u001b\[/)
    expect(withColor).toMatch(/\u001b\[31m/) // red errors
    expect(withColor).toMatch(/\u001b\[33m/) // yellow warnings
    expect(withColor).toMatch(/\u001b\[4mpostings\/sao-paulo\.md/) // underlined path
    expect(withColor).toMatch(/\u001b\[1m✖ 4 problems/) // bold summary
    expect(stripVTControlCharacters(withColor)).toBe(withoutColor)
  })

  it('paints the summary yellow when there are only warnings', () => {
    const output = format([result('a.md', [msg({ severity: 1 })])], colored)
    expect(output).toMatch(/\u001b\[33m\u001b\[1m✖ 1 problem \(0 errors, 1 warning\)/)
  })
})
