import { describe, expect, it } from 'vitest'
import compact from '../../src/formatters/compact.js'
import type { LintResult } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, ignored, lintMojibake, lintWithCrash, makeContext, msg, result } from './fixtures.js'

function format(results: LintResult[]): string {
  return compact(results, makeContext()) as string
}

describe('compact', () => {
  it('prints one line per problem and the total', () => {
    expect(format([lintMojibake(SAO_PAULO)])).toBe(
      [
        "postings/sao-paulo.md: line 1, col 3, Error - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)",
        "postings/sao-paulo.md: line 1, col 20, Error - Encoding damage: 'Ã£' is a garbled 'ã'. (no-mojibake)",
        '',
        '2 problems',
        '',
      ].join('\n'),
    )
  })

  it('says Warning for warnings, Error for fatal messages, and leaves out a missing rule id', () => {
    const output = format([
      result('a.md', [msg({ severity: 1, line: 4, column: 2 })]),
      lintMojibake(UTF16_BYTES, 'b.md'),
      ignored('vendor/c.md'),
      lintWithCrash('We hire.', 'd.md'),
    ])
    expect(output).toBe(
      [
        'a.md: line 4, col 2, Warning - Add a pay range. (pay-range)',
        'b.md: line 1, col 1, Error - File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)',
        'vendor/c.md: line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to override.',
        `d.md: line 1, col 1, Error - Rule 'explodes' failed: cannot read "salary" of undefined (explodes)`,
        '',
        '4 problems',
        '',
      ].join('\n'),
    )
  })

  it('uses the singular for one problem and prints nothing without problems', () => {
    expect(format([result('a.md', [msg()])])).toBe('a.md: line 1, col 1, Error - Add a pay range. (pay-range)\n\n1 problem\n')
    expect(format([])).toBe('')
    expect(format([result('a.md', []), lintMojibake('Clean.')])).toBe('')
  })
})
