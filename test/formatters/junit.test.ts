import { describe, expect, it } from 'vitest'
import junit from '../../src/formatters/junit.js'
import type { LintResult } from '../../src/types.js'
import { SAO_PAULO, UTF16_BYTES, ignored, lintMojibake, lintWithCrash, makeContext, msg, result } from './fixtures.js'
import { parseXml, xmlProblems } from './xml.js'

function format(results: LintResult[]): string {
  const xml = junit(results, makeContext()) as string
  expect(xmlProblems(xml)).toEqual([])
  return xml
}

interface Failure {
  message: string
  '#cdata': string[]
}

interface TestCase {
  name: string
  classname: string
  time: string
  failure?: Failure
  error?: Failure
}

interface TestSuite {
  name: string
  package: string
  tests: string
  errors: string
  testcase: TestCase[]
}

function suites(xml: string): TestSuite[] {
  const parsed = parseXml(xml, ['testsuite', 'testcase'])
  return (parsed['testsuites'] as { testsuite?: TestSuite[] }).testsuite ?? []
}

describe('junit', () => {
  it('prints a real run as ESLint does: one test suite per file, one failing test case per problem', () => {
    expect(format([lintMojibake(SAO_PAULO)])).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '<testsuite package="org.postlint" time="0" tests="2" errors="2" name="postings/sao-paulo.md">',
        '<testcase time="0" name="org.postlint.no-mojibake" classname="postings/sao-paulo">' +
          '<failure message="Encoding damage: &apos;â€™&apos; is a garbled &apos;’&apos;.">' +
          "<![CDATA[line 1, col 3, Error - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)]]></failure></testcase>",
        '<testcase time="0" name="org.postlint.no-mojibake" classname="postings/sao-paulo">' +
          '<failure message="Encoding damage: &apos;Ã£&apos; is a garbled &apos;ã&apos;.">' +
          "<![CDATA[line 1, col 20, Error - Encoding damage: 'Ã£' is a garbled 'ã'. (no-mojibake)]]></failure></testcase>",
        '</testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
  })

  it('gives a clean file one passing test case, and counts per file', () => {
    const xml = format([
      result('postings/a.md', [msg(), msg({ severity: 1, line: 2 }), msg({ line: 3 })]),
      result('postings/clean.md', []),
      ignored('vendor/old.md'),
    ])
    const [a, clean, old] = suites(xml)
    expect(suites(xml)).toHaveLength(3)
    expect(a).toMatchObject({ name: 'postings/a.md', package: 'org.postlint', tests: '3', errors: '3' })
    expect(a!.testcase).toHaveLength(3)
    expect(a!.testcase.map((testCase) => testCase.failure!['#cdata'].join(''))).toEqual([
      'line 1, col 1, Error - Add a pay range. (pay-range)',
      'line 2, col 1, Warning - Add a pay range. (pay-range)',
      'line 3, col 1, Error - Add a pay range. (pay-range)',
    ])
    expect(clean).toMatchObject({ name: 'postings/clean.md', tests: '1', errors: '0' })
    expect(clean!.testcase).toEqual([{ time: '0', name: 'postings/clean.md', classname: 'postings/clean' }])
    expect(old!.testcase).toEqual([
      {
        time: '0',
        name: 'org.postlint.unknown',
        classname: 'vendor/old',
        failure: {
          message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.',
          '#cdata': ['line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'],
        },
      },
    ])
  })

  it('prints an empty report for no results', () => {
    expect(format([])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n</testsuites>\n')
  })

  it('reports files that could not be linted and rule crashes as <error>, as ESLint does', () => {
    const xml = format([lintMojibake(UTF16_BYTES, 'utf16.md'), lintWithCrash('We hire. Weâ€™re kind.', 'crash.md')])
    const [unreadable, crashed] = suites(xml)
    expect(unreadable!.testcase[0]).toEqual({
      time: '0',
      name: 'org.postlint.unknown',
      classname: 'utf16',
      error: {
        message: 'File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)',
        '#cdata': ['line 1, col 1, Error - File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)'],
      },
    })
    expect(crashed!.testcase.map((testCase) => [testCase.name, testCase.error ? 'error' : 'failure'])).toEqual([
      ['org.postlint.explodes', 'error'],
      ['org.postlint.no-mojibake', 'failure'],
    ])
  })

  it('strips only the extension from the class name', () => {
    const xml = format([
      result('postings/.postlintrc', [msg()]),
      result('postings/v1.2/senior.dev.md', [msg()]),
      result('postings/README', [msg()]),
    ])
    expect(suites(xml).map((suite) => suite.testcase[0]!.classname)).toEqual(['postings/.postlintrc', 'postings/v1.2/senior.dev', 'postings/README'])
  })

  it('writes well-formed XML for any message: quotes, <, &, control characters, lone surrogates, ]]>', () => {
    const nasty = `"quoted" 'single' <tag attr="x"> & &amp; ]]> ]]]]> \u0000\u0001\u0008\u000b\u000c\u001f\u007f \uFFFE\uFFFF lone \uD800 and \uDFFF, pair 😀, tab\tnewline\nreturn\r.`
    const xml = format([result('dir with <odd> & "chars"/ünïcödé ]]>.md', [msg({ message: nasty, ruleId: 'acme/<&">' })])])
    const [suite] = suites(xml)
    const testCase = suite!.testcase[0]!
    // Characters XML cannot carry become U+FFFD; everything else arrives as it was.
    const cleaned = nasty.replace(/[\u0000\u0001\u0008\u000b\u000c\u001f\uFFFE\uFFFF\uD800\uDFFF]/g, '\uFFFD')
    expect(testCase.failure!.message).toBe(cleaned)
    // XML parsers turn line ends in character data into LF; the attribute keeps CR as a reference.
    expect(testCase.failure!['#cdata'].join('')).toBe(`line 1, col 1, Error - ${cleaned.replace(/\r\n?/g, '\n')} (acme/<&">)`)
    expect(testCase.name).toBe('org.postlint.acme/<&">')
    expect(suite!.name).toBe('dir with <odd> & "chars"/ünïcödé ]]>.md')
    // `]]>` in a message must not end the CDATA section early.
    expect(xml).toContain(']]]]><![CDATA[>')
  })

  it('has a well-formedness check that rejects what XML 1.0 forbids', () => {
    expect(xmlProblems('<a x="1"><![CDATA[ ]]]]><![CDATA[> ]]></a>')).toEqual([])
    expect(xmlProblems('<a>\u0001</a>')).not.toEqual([])
    expect(xmlProblems('<a>\uD800</a>')).not.toEqual([])
    expect(xmlProblems('<a>\uFFFE</a>')).not.toEqual([])
    expect(xmlProblems('<a x="&"/>')).not.toEqual([])
    expect(xmlProblems('<a x="<"/>')).not.toEqual([])
    expect(xmlProblems('<a>]]></a>')).not.toEqual([])
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([])
    expect(xmlProblems('<a/><b/>')).not.toEqual([])
    expect(xmlProblems('<a x="""/>')).not.toEqual([])
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([])
  })
})
