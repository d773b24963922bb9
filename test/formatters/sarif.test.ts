import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import sarif from '../../src/formatters/sarif.js'
import { ruleDocsUrl } from '../../src/version.js'
import type { FormatterContext, LintResult, RuleMeta } from '../../src/types.js'
import { parseValidSarif, sarifSchemaErrors, type SarifLog, type SarifRun } from './sarif-schema.js'
import {
  CWD,
  SAO_PAULO,
  UTF16_BYTES,
  handMadeMeta,
  ignored,
  inCwd,
  lintMojibake,
  lintUnusedDirective,
  lintWithCrash,
  makeContext,
  msg,
  result,
} from './fixtures.js'

function format(results: LintResult[], context: FormatterContext = makeContext()): SarifLog {
  return parseValidSarif(sarif(results, context) as string)
}

function run(results: LintResult[], context?: FormatterContext): SarifRun {
  const log = format(results, context)
  expect(log.runs).toHaveLength(1)
  return log.runs[0]!
}

/** Every index in the run points at the entry it names. */
function expectConsistentIndexes(sarifRun: SarifRun): void {
  const rules = sarifRun.tool.driver.rules ?? []
  expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length)
  const artifacts = sarifRun.artifacts ?? []
  const locations = [
    ...sarifRun.results.flatMap((r) => [...(r.locations ?? []), ...(r.relatedLocations ?? [])]),
    ...(sarifRun.invocations ?? []).flatMap((invocation) => (invocation.toolExecutionNotifications ?? []).flatMap((n) => n.locations ?? [])),
  ]
  for (const location of locations) {
    const artifactLocation = location.physicalLocation!.artifactLocation
    expect(artifacts[artifactLocation.index!]!.location).toEqual({ uri: artifactLocation.uri, uriBaseId: artifactLocation.uriBaseId })
  }
  for (const sarifResult of sarifRun.results) {
    expect(rules[sarifResult.ruleIndex!]!.id).toBe(sarifResult.ruleId)
  }
  for (const notification of (sarifRun.invocations ?? []).flatMap((invocation) => invocation.toolExecutionNotifications ?? [])) {
    if (notification.associatedRule) expect(rules[notification.associatedRule.index!]!.id).toBe(notification.associatedRule.id)
  }
}

const mojibakeUrl = ruleDocsUrl('no-mojibake')

describe('sarif', () => {
  it('describes a clean run: the tool, no results, a successful invocation', () => {
    const log = format([])
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toEqual([
      {
        tool: { driver: { name: 'postlint', version: '1.2.3', informationUri: 'https://github.com/postlint/postlint', rules: [] } },
        artifacts: [],
        results: [],
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [] }],
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(CWD).href}/` } },
        columnKind: 'utf16CodeUnits',
      },
    ])
    expect(run([result('clean.md', [])]).artifacts).toEqual([{ location: { uri: 'clean.md', uriBaseId: '%SRCROOT%' } }])
  })

  it('prints a real run with rule metadata, exact regions and fixes', () => {
    const sarifRun = run([lintMojibake(SAO_PAULO, 'postings/São Paulo/barista.md')])
    expect(sarifRun.tool.driver.rules).toEqual([
      {
        id: 'no-mojibake',
        shortDescription: { text: 'Report text damaged by a wrong character encoding (â€™, Ã©, U+FFFD) and repair it where the repair is certain' },
        helpUri: mojibakeUrl,
        help: { text: `Report text damaged by a wrong character encoding (â€™, Ã©, U+FFFD) and repair it where the repair is certain. See ${mojibakeUrl}` },
        defaultConfiguration: { level: 'error' },
        properties: { category: 'hygiene', tags: ['hygiene', 'problem'], recommended: true },
      },
    ])
    const artifactLocation = { uri: 'postings/S%C3%A3o%20Paulo/barista.md', uriBaseId: '%SRCROOT%', index: 0 }
    expect(sarifRun.artifacts).toEqual([{ location: { uri: artifactLocation.uri, uriBaseId: '%SRCROOT%' } }])
    expect(sarifRun.results).toEqual([
      {
        ruleId: 'no-mojibake',
        ruleIndex: 0,
        level: 'error',
        message: { text: "Encoding damage: 'â€™' is a garbled '’'." },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 6 } } }],
        fixes: [
          {
            description: { text: "Encoding damage: 'â€™' is a garbled '’'." },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: 2, charLength: 3 }, insertedContent: { text: '’' } }] }],
          },
        ],
      },
      {
        ruleId: 'no-mojibake',
        ruleIndex: 0,
        level: 'error',
        message: { text: "Encoding damage: 'Ã£' is a garbled 'ã'." },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine: 1, startColumn: 20, endLine: 1, endColumn: 22 } } }],
        fixes: [
          {
            description: { text: "Encoding damage: 'Ã£' is a garbled 'ã'." },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: 19, charLength: 2 }, insertedContent: { text: 'ã' } }] }],
          },
        ],
      },
    ])
    expect(sarifRun.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }])
  })

  it('turns suggestions into fixes described by the suggestion', () => {
    const sarifRun = run([lintMojibake('The â€œopen doorâ€\uFFFD policy.\nSalary:Â $50,000.', 'postings/pay.md', 1)])
    expect(sarifRun.results.map((r) => [r.level, r.locations![0]!.physicalLocation!.region])).toEqual([
      ['warning', { startLine: 1, startColumn: 5, endLine: 1, endColumn: 8 }],
      ['warning', { startLine: 1, startColumn: 17, endLine: 1, endColumn: 20 }],
      ['warning', { startLine: 2, startColumn: 8, endLine: 2, endColumn: 9 }],
    ])
    expect(sarifRun.results.map((r) => r.fixes!.map((fix) => [fix.description!.text, fix.artifactChanges[0]!.replacements]))).toEqual([
      [["Encoding damage: 'â€œ' is a garbled '“'.", [{ deletedRegion: { charOffset: 4, charLength: 3 }, insertedContent: { text: '“' } }]]],
      [["Replace with '”'.", [{ deletedRegion: { charOffset: 16, charLength: 3 }, insertedContent: { text: '”' } }]]],
      [["Remove the stray 'Â'.", [{ deletedRegion: { charOffset: 35, charLength: 1 }, insertedContent: { text: '' } }]]],
    ])
  })

  it('keeps a message’s fix and its suggestions, each once', () => {
    const fix = { range: [3, 11] as [number, number], text: 'chair' }
    const sarifRun = run([
      result('a.md', [
        msg({
          ruleId: 'gendered-title',
          message: "Use 'chair' instead of 'chairman'.",
          fix,
          suggestions: [
            { messageId: 'chair', desc: "Replace with 'chair'.", fix },
            { messageId: 'chair', desc: "Replace with 'chair'.", fix },
            { messageId: 'chairperson', desc: "Replace with 'chairperson'.", fix: { range: [3, 11], text: 'chairperson' } },
          ],
        }),
      ]),
    ])
    expect(sarifRun.results[0]!.fixes!.map((f) => f.description!.text)).toEqual([
      "Use 'chair' instead of 'chairman'.",
      "Replace with 'chair'.",
      "Replace with 'chairperson'.",
    ])
  })

  it('describes each rule once, in the order of first use, with consistent indexes across many files', () => {
    const results = [
      result('postings/a.md', [msg({ ruleId: 'pay-range' }), msg({ ruleId: 'age-limit', line: 2 }), msg({ ruleId: 'pay-range', line: 3 })]),
      lintMojibake(SAO_PAULO, 'postings/b.md'),
      result('postings/c.md', []),
      result('postings/d.md', [msg({ ruleId: 'gendered-title', severity: 1 }), msg({ ruleId: 'age-limit' }), msg({ ruleId: 'acme/unknown' })]),
    ]
    const sarifRun = run(results)
    expectConsistentIndexes(sarifRun)
    expect(sarifRun.tool.driver.rules!.map((rule) => rule.id)).toEqual(['pay-range', 'age-limit', 'no-mojibake', 'gendered-title', 'acme/unknown'])
    expect(sarifRun.results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['pay-range', 0],
      ['age-limit', 1],
      ['pay-range', 0],
      ['no-mojibake', 2],
      ['no-mojibake', 2],
      ['gendered-title', 3],
      ['age-limit', 1],
      ['acme/unknown', 4],
    ])
    expect(sarifRun.artifacts!.map((artifact) => artifact.location.uri)).toEqual(['postings/a.md', 'postings/b.md', 'postings/c.md', 'postings/d.md'])
    const [payRange, , , genderedTitle, unknown] = sarifRun.tool.driver.rules!
    expect(payRange).toMatchObject({
      shortDescription: { text: handMadeMeta['pay-range']!.docs.description },
      helpUri: handMadeMeta['pay-range']!.docs.url,
      defaultConfiguration: { level: 'error' },
      properties: { category: 'disclosure', tags: ['disclosure', 'problem'] },
    })
    expect(genderedTitle).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { category: 'inclusive-language' } })
    // A rule the run knows nothing about is still described, by its id.
    expect(unknown).toEqual({ id: 'acme/unknown' })
  })

  it('gives related locations in the same file, with ids', () => {
    const sarifRun = run([
      result('a.md', [
        msg({
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 14,
          relatedLocations: [
            { message: 'The posting says it is for Colorado here.', line: 1, column: 1, endLine: 1, endColumn: 9 },
            { message: 'And here.', line: 9, column: 2, endLine: 10, endColumn: 1 },
          ],
        }),
      ]),
    ])
    expectConsistentIndexes(sarifRun)
    expect(sarifRun.results[0]!.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 9 } },
        message: { text: 'The posting says it is for Colorado here.' },
      },
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 9, startColumn: 2, endLine: 10, endColumn: 1 } },
        message: { text: 'And here.' },
      },
    ])
  })

  it('reports unreadable files and crashed rules as failed-execution notifications, not results', () => {
    const crashMeta: RuleMeta = {
      type: 'problem',
      docs: { description: 'Throw on every sentence', category: 'hygiene', recommended: false, url: 'https://example.com/explodes' },
      messages: {},
      schema: [],
    }
    const context = makeContext({ rulesMeta: { ...makeContext().rulesMeta, explodes: crashMeta } })
    const sarifRun = run([lintMojibake(UTF16_BYTES, 'utf16.md'), lintWithCrash('We hire. Weâ€™re kind.', 'crash.md')], context)
    expectConsistentIndexes(sarifRun)
    expect(sarifRun.results.map((r) => r.ruleId)).toEqual(['no-mojibake'])
    expect(sarifRun.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'utf16.md', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1, startColumn: 1 } } }],
          },
          {
            level: 'error',
            message: { text: `Rule 'explodes' failed: cannot read "salary" of undefined` },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'crash.md', uriBaseId: '%SRCROOT%', index: 1 }, region: { startLine: 1, startColumn: 1 } } }],
            associatedRule: { id: 'explodes', index: 0 },
          },
        ],
      },
    ])
    expect(sarifRun.tool.driver.rules!.map((rule) => [rule.id, rule.helpUri])).toEqual([
      ['explodes', 'https://example.com/explodes'],
      ['no-mojibake', mojibakeUrl],
    ])
  })

  it('reports ignored files (line 0) as warnings without a region; the run still succeeded', () => {
    const sarifRun = run([ignored('vendor/old.md'), ignored('vendor/older.md')])
    expect(sarifRun.results).toEqual([])
    expect(sarifRun.invocations![0]!.executionSuccessful).toBe(true)
    expect(sarifRun.invocations![0]!.toolExecutionNotifications![0]).toEqual({
      level: 'warning',
      message: { text: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'vendor/old.md', uriBaseId: '%SRCROOT%', index: 0 } } }],
    })
  })

  it('does not call a run failed because of a problem without a rule (an unused directive as an error)', () => {
    const directives = lintUnusedDirective('We hire. <!-- postlint-disable no-mojibake -->\n\nApply today.')
    expect(directives.messages).toMatchObject([{ ruleId: null, severity: 2, message: "Unused postlint-disable directive (no problems were reported from 'no-mojibake')." }])
    expect(directives.messages[0]!.fatal).toBeUndefined()
    const sarifRun = run([directives])
    expect(sarifRun.invocations![0]!.executionSuccessful).toBe(true)
    expect(sarifRun.invocations![0]!.toolExecutionNotifications).toMatchObject([
      { level: 'error', locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 10, endLine: 1, endColumn: 47 } } }] },
    ])
  })

  it('carries any message text: quotes, control characters, ]]>, emoji, lone surrogates', () => {
    const texts = ['He said "apply" and \'now\'.', 'NUL\u0000 BEL\u0007 ESC\u001b[31m DEL\u007f\r\n\ttab', 'CDATA ]]> end', 'Emoji 👩🏽‍💻 and 🇧🇷', 'lone \uD800 and \uDC00', '']
    const sarifRun = run([result('a.md', texts.map((text, i) => msg({ message: text, line: i + 1 })))])
    expect(sarifRun.results.map((r) => r.message.text)).toEqual(texts)
  })

  it('encodes paths with spaces and non-ASCII characters, relative to %SRCROOT%', () => {
    const files = ['postings/São Paulo/Café (m-f-d).md', 'postings/100% remote #1?.md', 'postings/日本語 求人.md', 'postings/a+b=c&d;[1].md']
    const sarifRun = run(files.map((file) => result(file, [msg()])))
    expectConsistentIndexes(sarifRun)
    const base = sarifRun.originalUriBaseIds!['%SRCROOT%']!.uri
    expect(base).toBe(`${pathToFileURL(CWD).href}/`)
    expect(sarifRun.artifacts!.map((artifact) => artifact.location.uri)).toEqual([
      'postings/S%C3%A3o%20Paulo/Caf%C3%A9%20(m-f-d).md',
      'postings/100%25%20remote%20%231%3F.md',
      'postings/%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E6%B1%82%E4%BA%BA.md',
      'postings/a%2Bb%3Dc%26d%3B%5B1%5D.md',
    ])
    // Resolved against %SRCROOT%, each URI names the file.
    for (const [i, artifact] of sarifRun.artifacts!.entries()) {
      expect(fileURLToPath(new URL(artifact.location.uri, base))).toBe(inCwd(files[i]!))
    }
  })

  it('gives files outside the working directory absolute file URIs', () => {
    const outside = path.resolve('/var/tmp/other place/ünïcode.md')
    const sarifRun = run([result(outside, [msg()])])
    expect(sarifRun.artifacts).toEqual([{ location: { uri: pathToFileURL(outside).href } }])
    expect(sarifRun.results[0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///var/tmp/other%20place/%C3%BCn%C3%AFcode.md', index: 0 })
  })

  it('encodes a working directory with spaces and non-ASCII characters, ending in a slash', () => {
    const cwd = path.resolve('/home/zoë/my jobs')
    const sarifRun = run([result(path.join(cwd, 'a.md'), [msg()])], makeContext({ cwd }))
    expect(sarifRun.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/zo%C3%AB/my%20jobs/' } })
    expect(run([], makeContext({ cwd: `${cwd}/` })).originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/zo%C3%AB/my%20jobs/' } })
  })

  it('lists a file once among the artifacts even when it appears in two results', () => {
    const sarifRun = run([result('a.md', [msg()]), result('b.md', [msg()]), result('a.md', [msg({ line: 2 })])])
    expectConsistentIndexes(sarifRun)
    expect(sarifRun.artifacts!.map((artifact) => artifact.location.uri)).toEqual(['a.md', 'b.md'])
    expect(sarifRun.results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation.index)).toEqual([0, 1, 0])
  })

  it('gives valid regions for odd positions: column 0, an end before the start, multi-line ranges, no end', () => {
    const sarifRun = run([
      result('a.md', [
        msg({ line: 3, column: 0, endLine: 3, endColumn: 0 }),
        msg({ line: 4, column: 9, endLine: 4, endColumn: 2 }),
        msg({ line: 5, column: 7, endLine: 8, endColumn: 1 }),
        msg({ line: 6, column: 2, endLine: undefined, endColumn: undefined }),
        msg({ line: 7, column: 2, endLine: 6, endColumn: 1 }),
        msg({ line: 0, column: 0, endLine: 0, endColumn: 0 }),
      ]),
    ])
    expect(sarifRun.results.map((r) => r.locations![0]!.physicalLocation!.region)).toEqual([
      { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 },
      { startLine: 4, startColumn: 9, endLine: 4, endColumn: 9 },
      { startLine: 5, startColumn: 7, endLine: 8, endColumn: 1 },
      { startLine: 6, startColumn: 2 },
      { startLine: 7, startColumn: 2 },
      undefined,
    ])
  })

  it('stays valid with plugin rules whose metadata is incomplete, and rule ids named like Object members', () => {
    const noDocs = { type: 'suggestion', messages: {}, schema: false } as unknown as RuleMeta
    const relativeUrl: RuleMeta = {
      type: 'problem',
      docs: { description: 'Uses a relative link', category: 'hygiene', recommended: false, url: 'docs/rules/relative.md' },
      messages: {},
      schema: [],
    }
    const context = makeContext({ rulesMeta: { ...makeContext().rulesMeta, 'acme/no-docs': noDocs, 'acme/relative': relativeUrl } })
    const sarifRun = run(
      [result('a.md', [msg({ ruleId: 'acme/no-docs' }), msg({ ruleId: 'acme/relative' }), msg({ ruleId: 'constructor' }), msg({ ruleId: 'toString' })])],
      context,
    )
    expectConsistentIndexes(sarifRun)
    expect(sarifRun.tool.driver.rules).toEqual([
      { id: 'acme/no-docs', defaultConfiguration: { level: 'warning' }, properties: { tags: ['suggestion'] } },
      {
        id: 'acme/relative',
        shortDescription: { text: 'Uses a relative link' },
        help: { text: 'Uses a relative link. See docs/rules/relative.md' },
        defaultConfiguration: { level: 'error' },
        properties: { category: 'hygiene', tags: ['hygiene', 'problem'], recommended: false },
      },
      { id: 'constructor' },
      { id: 'toString' },
    ])
  })

  it('does not throw on a path with a lone surrogate', () => {
    const sarifRun = run([result('postings/bad\uD800name.md', [msg()])])
    expect(sarifRun.artifacts![0]!.location.uri).toBe('postings/bad%EF%BF%BDname.md')
  })

  it('has a schema check that catches what the schema forbids', () => {
    const valid = JSON.parse(sarif([lintMojibake(SAO_PAULO)], makeContext()) as string) as SarifLog
    expect(sarifSchemaErrors(valid)).toEqual([])
    const broken = structuredClone(valid)
    const firstResult = broken.runs[0]!.results[0]! as unknown as Record<string, unknown>
    firstResult['level'] = 'fatal'
    broken.runs[0]!.artifacts![0]!.location.uri = 'postings/with space.md'
    broken.runs[0]!.results[1]!.locations![0]!.physicalLocation!.region!.startColumn = 0
    expect(sarifSchemaErrors(broken)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('/runs/0/results/0/level'),
        expect.stringContaining('/runs/0/artifacts/0/location/uri must match format "uri-reference"'),
        expect.stringContaining('/runs/0/results/1/locations/0/physicalLocation/region/startColumn'),
      ]),
    )
    expect(() => parseValidSarif(JSON.stringify({ version: '2.1.0' }))).toThrow(/runs/)
  })
})
