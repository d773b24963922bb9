import path from 'node:path'
import { describe, expect, it } from 'vitest'
import gitlab from '../../src/formatters/gitlab.js'
import type { LintResult, RuleMeta } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, ignored, lintMojibake, lintWithCrash, makeContext, msg, result } from './fixtures.js'

interface Issue {
  type: string
  check_name: string
  description: string
  categories: string[]
  severity: string
  fingerprint: string
  location: { path: string; lines: { begin: number; end: number } }
}

function format(results: LintResult[], context = makeContext()): Issue[] {
  return JSON.parse(gitlab(results, context) as string) as Issue[]
}

function fingerprints(issues: Issue[]): string[] {
  return issues.map((issue) => issue.fingerprint)
}

describe('gitlab', () => {
  it('prints a Code Quality issue per problem, with the fields GitLab requires', () => {
    const issues = format([lintMojibake(SAO_PAULO)])
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'no-mojibake',
        description: "Encoding damage: 'â€™' is a garbled '’'.",
        categories: ['Style'],
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        location: { path: 'postings/sao-paulo.md', lines: { begin: 1, end: 1 } },
      },
      {
        type: 'issue',
        check_name: 'no-mojibake',
        description: "Encoding damage: 'Ã£' is a garbled 'ã'.",
        categories: ['Style'],
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        location: { path: 'postings/sao-paulo.md', lines: { begin: 1, end: 1 } },
      },
    ])
  })

  it('maps severities: warning → minor, error → major, fatal → blocker', () => {
    const issues = format([
      result('a.md', [msg({ severity: 1 }), msg({ line: 2 })]),
      lintMojibake(UTF16_BYTES, 'b.md'),
      lintWithCrash('We hire.', 'c.md'),
    ])
    expect(issues.map((issue) => [issue.check_name, issue.severity])).toEqual([
      ['pay-range', 'minor'],
      ['pay-range', 'major'],
      ['postlint', 'blocker'],
      ['explodes', 'blocker'],
    ])
  })

  it('maps rule categories to Code Climate categories', () => {
    const issues = format([
      result('a.md', [
        msg({ ruleId: 'pay-range' }),
        msg({ ruleId: 'age-limit' }),
        msg({ ruleId: 'gendered-title' }),
        msg({ ruleId: 'no-mojibake' }),
        msg({ ruleId: 'plugin/unknown' }),
        msg({ ruleId: null }),
      ]),
    ])
    expect(issues.map((issue) => issue.categories)).toEqual([['Bug Risk'], ['Bug Risk'], ['Style'], ['Style'], ['Bug Risk'], ['Bug Risk']])
  })

  it('puts multi-line problems on their lines and line-0 messages on line 1', () => {
    const issues = format([result('a.md', [msg({ line: 3, endLine: 6 })]), ignored('vendor/old.md')])
    expect(issues.map((issue) => issue.location)).toEqual([
      { path: 'a.md', lines: { begin: 3, end: 6 } },
      { path: 'vendor/old.md', lines: { begin: 1, end: 1 } },
    ])
  })

  it('prints an empty list when there are no problems', () => {
    expect(gitlab([], makeContext())).toBe('[]')
    expect(format([result('a.md', []), lintMojibake('Clean.')])).toEqual([])
  })

  it('keeps fingerprints when the same problems move to other lines', () => {
    const before = format([lintMojibake(`# Barista\n\n${SAO_PAULO}\n\nCafÃ© on site.`)])
    const after = format([lintMojibake(`# Barista (part time)\n\nAbout us: a small roastery.\n\n${SAO_PAULO}\n\nBenefits.\n\nCafÃ© on site.`)])
    expect(before.map((issue) => issue.location.lines.begin)).toEqual([3, 3, 5])
    expect(after.map((issue) => issue.location.lines.begin)).toEqual([5, 5, 9])
    expect(fingerprints(after)).toEqual(fingerprints(before))
  })

  it('keeps fingerprints when the checkout is elsewhere', () => {
    const here = makeContext()
    const there = makeContext({ cwd: path.resolve('/builds/group/careers-site') })
    const relocated = lintMojibake(SAO_PAULO)
    relocated.filePath = path.join(there.cwd, 'postings', 'sao-paulo.md')
    expect(fingerprints(format([relocated], there))).toEqual(fingerprints(format([lintMojibake(SAO_PAULO)], here)))
  })

  it('gives repeated identical problems in one file different fingerprints', () => {
    const issues = format([lintMojibake('CafÃ© one. CafÃ© two.\n\nCafÃ© three.')])
    expect(issues).toHaveLength(3)
    expect(new Set(issues.map((issue) => issue.description)).size).toBe(1)
    expect(new Set(fingerprints(issues)).size).toBe(3)
    // Removing the first leaves the other two with the fingerprints the first two had:
    // GitLab sees one problem fixed, not three changed.
    const fewer = format([lintMojibake('Café one. CafÃ© two.\n\nCafÃ© three.')])
    expect(fingerprints(fewer)).toEqual(fingerprints(issues).slice(0, 2))
  })

  it('gives the same problem in different files, rules or wording different fingerprints', () => {
    const issues = format([
      result('a.md', [msg(), msg({ ruleId: 'age-limit' }), msg({ message: 'Add a salary range.' })]),
      result('b.md', [msg()]),
    ])
    expect(new Set(fingerprints(issues)).size).toBe(4)
  })

  it('keeps the fingerprint scheme: a change would make GitLab see every old problem as new', () => {
    // MD5 of `path NUL rule NUL message NUL occurrence`.
    expect(fingerprints(format([lintMojibake(SAO_PAULO)]))).toEqual(['dabb5e1a30d488805314ab361b757905', '8467f3c518f615790a5909915dc1b6b2'])
  })

  it('tells apart messages that differ only in lone surrogates (which UTF-8 would turn into U+FFFD alike)', () => {
    const issues = format([result('a.md', [msg({ message: 'Bad \uD800' }), msg({ message: 'Bad \uD801' }), msg({ message: 'Bad \uFFFD' })])])
    expect(new Set(fingerprints(issues)).size).toBe(3)
  })

  it('keeps fingerprints unique when one file appears in two results', () => {
    const issues = format([result('a.md', [msg()]), result('a.md', [msg()])])
    expect(new Set(fingerprints(issues)).size).toBe(2)
  })

  it('copes with rules whose metadata lacks docs, and with rule ids named like Object members', () => {
    const bare = { type: 'problem', messages: {}, schema: false } as unknown as RuleMeta
    const context = makeContext({ rulesMeta: { ...makeContext().rulesMeta, 'acme/bare': bare } })
    const issues = format([result('a.md', [msg({ ruleId: 'acme/bare' }), msg({ ruleId: 'constructor' }), msg({ ruleId: '__proto__' })])], context)
    expect(issues.map((issue) => [issue.check_name, issue.categories])).toEqual([
      ['acme/bare', ['Bug Risk']],
      ['constructor', ['Bug Risk']],
      ['__proto__', ['Bug Risk']],
    ])
  })
})
