import { describe, expect, it } from 'vitest'
import github from '../../src/formatters/github.js'
import type { LintResult } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, ignored, lintMojibake, makeContext, msg, result } from './fixtures.js'

function format(results: LintResult[]): string {
  return github(results, makeContext()) as string
}

/** Undo the workflow-command escaping, as the runner does. */
function unescape(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

describe('github', () => {
  it('prints one workflow command per problem, with the exact range', () => {
    expect(format([lintMojibake(SAO_PAULO)])).toBe(
      [
        "::error file=postings/sao-paulo.md,line=1,col=3,endLine=1,endColumn=6,title=postlint (no-mojibake)::Encoding damage: 'â€™' is a garbled '’'.",
        "::error file=postings/sao-paulo.md,line=1,col=20,endLine=1,endColumn=22,title=postlint (no-mojibake)::Encoding damage: 'Ã£' is a garbled 'ã'.",
        '',
      ].join('\n'),
    )
  })

  it('uses ::warning for warnings and ::error for errors and fatal messages', () => {
    const output = format([result('a.md', [msg({ severity: 1 }), msg()]), lintMojibake(UTF16_BYTES, 'b.md')])
    expect(output.split('\n').map((line) => line.split(' ')[0])).toEqual(['::warning', '::error', '::error', ''])
    expect(output).toContain('::error file=b.md,line=1,col=1,title=postlint::File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)\n')
  })

  it('gives endColumn only when the range is on one line', () => {
    const output = format([
      result('a.md', [
        msg({ line: 2, column: 4, endLine: 5, endColumn: 9 }),
        msg({ line: 3, column: 1, endLine: 3, endColumn: 12 }),
        msg({ line: 7, column: 2, endLine: undefined, endColumn: undefined }),
      ]),
    ])
    expect(output.split('\n').slice(0, 3)).toEqual([
      '::error file=a.md,line=2,col=4,endLine=5,title=postlint (pay-range)::Add a pay range.',
      '::error file=a.md,line=3,col=1,endLine=3,endColumn=12,title=postlint (pay-range)::Add a pay range.',
      '::error file=a.md,line=7,col=2,title=postlint (pay-range)::Add a pay range.',
    ])
  })

  it('gives no position for line-0 messages', () => {
    expect(format([ignored('vendor/old.md')])).toBe(
      '::warning file=vendor/old.md,title=postlint::File ignored because of a matching ignore pattern. Use "--no-ignore" to override.\n',
    )
  })

  it('escapes %, CR and LF in the message', () => {
    const output = format([result('a.md', [msg({ message: '100% remote\r\nApply: now, %0A is not a newline' })])])
    expect(output).toBe('::error file=a.md,line=1,col=1,endLine=1,endColumn=5,title=postlint (pay-range)::100%25 remote%0D%0AApply: now, %250A is not a newline\n')
    const data = output.slice(output.indexOf('::', 2) + 2, -1)
    expect(unescape(data)).toBe('100% remote\r\nApply: now, %0A is not a newline')
  })

  it('escapes : and , (and %, CR, LF) in properties: the file and the title', () => {
    const output = format([result('jobs/a,b: 100%.md', [msg({ ruleId: 'acme/x:y,z' })]), result('line\nbreak.md', [msg()])])
    const [first, second] = output.split('\n')
    expect(first).toBe('::error file=jobs/a%2Cb%3A 100%25.md,line=1,col=1,endLine=1,endColumn=5,title=postlint (acme/x%3Ay%2Cz)::Add a pay range.')
    expect(second).toBe('::error file=line%0Abreak.md,line=1,col=1,endLine=1,endColumn=5,title=postlint (pay-range)::Add a pay range.')
    const properties = first!.slice('::error '.length, first!.indexOf('::', 2)).split(',')
    expect(properties.map((property) => property.split('=')[0])).toEqual(['file', 'line', 'col', 'endLine', 'endColumn', 'title'])
    expect(unescape(properties[0]!.slice('file='.length))).toBe('jobs/a,b: 100%.md')
  })

  it('prints nothing without problems', () => {
    expect(format([])).toBe('')
    expect(format([result('a.md', [])])).toBe('')
  })
})
