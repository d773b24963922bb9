// Every output format through the real command, a custom formatter,
// --output-file, and colour (--color, --no-color, NO_COLOR, FORCE_COLOR).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, listFiles, MOJIBAKE, MOJIBAKE_MESSAGE, ONLY_MOJIBAKE, parseJsonResults, postlint, removeTempDirs, tempDir, VERSION } from './helpers.js'

afterAll(removeTempDirs)

const dir = tempDir({
  'clean.md': 'Nothing to see.\n',
  'jobs/damaged.md': `# Title\n\n${MOJIBAKE}.\n`,
  'stray.md': 'Salary:Â $50,000.\n',
  'formatter.mjs': 'export default (results, context) => results.map((r) => `${r.filePath.slice(context.cwd.length + 1)}=${r.errorCount}`).join(",")\n',
  'async-formatter.mjs': 'export default async (results) => `async ${results.length}`\n',
  'not-a-formatter.mjs': 'export default 42\n',
})
const FILES = ['clean.md', 'jobs/damaged.md', 'stray.md']
const ANSI = /\u001b\[\d+m/

const STYLISH = `
jobs/damaged.md
  3:3  error  ${MOJIBAKE_MESSAGE}  no-mojibake

stray.md
  1:8  error  Stray 'Â' before a space: the remains of a garbled no-break space  no-mojibake

✖ 2 problems (2 errors, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`

describe.concurrent('formats', () => {
  it('stylish is the default: files, aligned problems, the summary and the fixable line', async () => {
    const [byDefault, named] = await Promise.all([postlint([...ONLY_MOJIBAKE, ...FILES], { cwd: dir }), postlint([...ONLY_MOJIBAKE, '-f', 'stylish', ...FILES], { cwd: dir })])
    expect(byDefault).toEqual({ code: 1, stdout: STYLISH, stderr: '' })
    expect(named).toEqual(byDefault)
  })

  it('stylish counts warnings and leaves out the fixable line when nothing is fixable', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--rule', 'no-mojibake: warn', 'stray.md'], { cwd: dir })
    expect(result.stdout).toBe(
      "\nstray.md\n  1:8  warning  Stray 'Â' before a space: the remains of a garbled no-break space  no-mojibake\n\n✖ 1 problem (0 errors, 1 warning)\n",
    )
  })

  it("json is ESLint's result shape, with fixes and suggestions", async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--format', 'json', ...FILES], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const results = parseJsonResults(result.stdout)
    const counts = { suppressedMessages: [], errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableWarningCount: 0 }
    expect(results).toEqual([
      { filePath: path.join(dir, 'clean.md'), messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
      {
        filePath: path.join(dir, 'jobs/damaged.md'),
        messages: [
          {
            ruleId: 'no-mojibake',
            severity: 2,
            message: `${MOJIBAKE_MESSAGE}.`,
            messageId: 'mojibake',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 6,
            fix: { range: [11, 14], text: '’' },
          },
        ],
        ...counts,
        fixableErrorCount: 1,
      },
      {
        filePath: path.join(dir, 'stray.md'),
        messages: [
          {
            ruleId: 'no-mojibake',
            severity: 2,
            message: "Stray 'Â' before a space: the remains of a garbled no-break space.",
            messageId: 'strayCircumflex',
            line: 1,
            column: 8,
            endLine: 1,
            endColumn: 9,
            suggestions: [{ messageId: 'removeStray', desc: "Remove the stray 'Â'.", fix: { range: [7, 8], text: '' } }],
          },
        ],
        ...counts,
        fixableErrorCount: 0,
      },
    ])
    expect(result.stdout.endsWith(']\n')).toBe(true)
  })

  it('compact: one line per problem and a count', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'compact', ...FILES], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        `jobs/damaged.md: line 3, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n` +
        "stray.md: line 1, col 8, Error - Stray 'Â' before a space: the remains of a garbled no-break space. (no-mojibake)\n\n2 problems\n",
    })
  })

  it('sarif: SARIF 2.1.0 with the rule, the results and the fix', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'sarif', ...FILES], { cwd: dir })
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout) as {
      version: string
      $schema: string
      runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } }; results: Array<Record<string, unknown>>; artifacts: unknown[] }>
    }
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif/)
    const [run] = log.runs
    expect(run!.tool.driver).toMatchObject({ name: 'postlint', version: VERSION, rules: [{ id: 'no-mojibake' }] })
    expect(run!.artifacts).toHaveLength(3)
    expect(run!.results).toHaveLength(2)
    expect(run!.results[0]).toMatchObject({
      ruleId: 'no-mojibake',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'jobs/damaged.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 6 } } }],
    })
    expect(run!.results[0]!['fixes']).toHaveLength(1)
  })

  it('github: workflow commands', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'github', ...FILES], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout:
        `::error file=jobs/damaged.md,line=3,col=3,endLine=3,endColumn=6,title=postlint (no-mojibake)::${MOJIBAKE_MESSAGE}.\n` +
        "::error file=stray.md,line=1,col=8,endLine=1,endColumn=9,title=postlint (no-mojibake)::Stray 'Â' before a space: the remains of a garbled no-break space.\n",
    })
  })

  it('junit: one suite per file, one failing case per problem', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'junit', ...FILES], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<testsuites>\n/)
    expect(result.stdout).toContain('<testsuite package="org.postlint" time="0" tests="1" errors="0" name="clean.md">\n<testcase time="0" name="clean.md" classname="clean" />')
    expect(result.stdout).toContain('<testsuite package="org.postlint" time="0" tests="1" errors="1" name="jobs/damaged.md">')
    expect(result.stdout).toContain(`<![CDATA[line 3, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)]]>`)
    expect(result.stdout.match(/<testsuite /g)).toHaveLength(3)
    expect(result.stdout.endsWith('</testsuites>\n')).toBe(true)
  })

  it('gitlab: a Code Quality report', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'gitlab', ...FILES], { cwd: dir })
    expect(result.code).toBe(1)
    const issues = JSON.parse(result.stdout) as Array<Record<string, unknown>>
    expect(issues).toHaveLength(2)
    expect(issues[0]).toMatchObject({
      type: 'issue',
      check_name: 'no-mojibake',
      description: `${MOJIBAKE_MESSAGE}.`,
      severity: 'major',
      location: { path: 'jobs/damaged.md', lines: { begin: 3, end: 3 } },
    })
    expect(issues[0]!['fingerprint']).toMatch(/^[0-9a-f]{32}$/)
    expect(issues[0]!['fingerprint']).not.toBe(issues[1]!['fingerprint'])
  })

  it('a clean run prints nothing in stylish and compact, and an empty list in json and gitlab', async () => {
    const runs = await Promise.all(['stylish', 'compact', 'github', 'json', 'gitlab'].map((format) => postlint([...ONLY_MOJIBAKE, '-f', format, 'clean.md'], { cwd: dir })))
    expect(runs.map((run) => [run.code, run.stdout, run.stderr])).toEqual([
      [0, '', ''],
      [0, '', ''],
      [0, '', ''],
      [0, `[{"filePath":${JSON.stringify(path.join(dir, 'clean.md'))},"messages":[],"suppressedMessages":[],"errorCount":0,"warningCount":0,"fatalErrorCount":0,"fixableErrorCount":0,"fixableWarningCount":0}]\n`, ''],
      [0, '[]\n', ''],
    ])
  })

  it('a custom formatter module by path (sync or async), given the results and the context', async () => {
    const [sync, async, bare] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '-f', './formatter.mjs', ...FILES], { cwd: dir }),
      postlint([...ONLY_MOJIBAKE, '-f', path.join(dir, 'async-formatter.mjs'), ...FILES], { cwd: dir }),
      postlint([...ONLY_MOJIBAKE, '-f', 'formatter.mjs', 'clean.md'], { cwd: dir }),
    ])
    expect(sync).toEqual({ code: 1, stdout: 'clean.md=0,jobs/damaged.md=1,stray.md=1\n', stderr: '' })
    expect(async).toEqual({ code: 1, stdout: 'async 3\n', stderr: '' })
    expect(bare).toEqual({ code: 0, stdout: 'clean.md=0\n', stderr: '' })
  })

  it('an unknown format, or a formatter module that is missing or exports no function, is exit 2', async () => {
    const [unknown, missing, notFunction] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '-f', 'checkstyle', 'clean.md'], { cwd: dir }),
      postlint([...ONLY_MOJIBAKE, '-f', './missing.mjs', 'clean.md'], { cwd: dir }),
      postlint([...ONLY_MOJIBAKE, '-f', './not-a-formatter.mjs', 'clean.md'], { cwd: dir }),
    ])
    expectOneLineFailure(unknown, "Unknown format 'checkstyle' (built-in: stylish, json, compact, sarif, github, junit, gitlab; or give a path to a formatter module)")
    expectOneLineFailure(missing, /^postlint: Cannot load formatter \.\/missing\.mjs: .*missing\.mjs/)
    expectOneLineFailure(notFunction, 'Formatter ./not-a-formatter.mjs does not export a function')
  })
})

describe.concurrent('--output-file', () => {
  it('writes the report to the file, making folders, with nothing on stdout', async () => {
    const cwd = tempDir({ 'damaged.md': `${MOJIBAKE}.\n` })
    const [json, short] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '-f', 'json', '--output-file', 'reports/deep/lint.json', 'damaged.md'], { cwd }),
      postlint([...ONLY_MOJIBAKE, '--color', '-o', 'out.txt', 'damaged.md'], { cwd }),
    ])
    expect(json).toEqual({ code: 1, stdout: '', stderr: '' })
    const report = fs.readFileSync(path.join(cwd, 'reports/deep/lint.json'), 'utf8')
    expect(parseJsonResults(report)[0]!.errorCount).toBe(1)
    // The formatter's text and then its line end, written after it.
    expect(report.endsWith('}]\n')).toBe(true)
    expect(short).toEqual({ code: 1, stdout: '', stderr: '' })
    const text = fs.readFileSync(path.join(cwd, 'out.txt'), 'utf8')
    expect(text).toContain('✖ 1 problem (1 error, 0 warnings)')
    expect(text).not.toMatch(ANSI)
    expect(listFiles(cwd)).toEqual(['damaged.md', 'out.txt', 'reports/deep/lint.json'])
  })

  it('a report that cannot be written is exit 2', async () => {
    const cwd = tempDir({ 'clean.md': 'Clean.\n', 'taken/': null })
    const [folder, underFile] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '-o', 'taken', 'clean.md'], { cwd }),
      postlint([...ONLY_MOJIBAKE, '-o', 'clean.md/report.txt', 'clean.md'], { cwd }),
    ])
    expectOneLineFailure(folder, 'Cannot write the report to taken: it is a directory, not a file')
    expectOneLineFailure(underFile, /^postlint: Cannot write the report to clean\.md\/report\.txt: /)
    expect(fs.readFileSync(path.join(cwd, 'clean.md'), 'utf8')).toBe('Clean.\n')
  })
})

describe.concurrent('colour', () => {
  const args = [...ONLY_MOJIBAKE, 'jobs/damaged.md']

  it('is off when the output is not a terminal', async () => {
    expect((await postlint(args, { cwd: dir })).stdout).toBe(
      `\njobs/damaged.md\n  3:3  error  ${MOJIBAKE_MESSAGE}  no-mojibake\n\n✖ 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the \`--fix\` option.\n`,
    )
  })

  it('--color turns it on, also over NO_COLOR', async () => {
    const [flag, overNoColor] = await Promise.all([postlint(['--color', ...args], { cwd: dir }), postlint(['--color', ...args], { cwd: dir, env: { NO_COLOR: '1' } })])
    expect(flag.stdout).toContain('\u001b[4mjobs/damaged.md\u001b[24m')
    expect(flag.stdout).toContain('\u001b[31merror\u001b[39m')
    expect(overNoColor.stdout).toBe(flag.stdout)
  })

  it('FORCE_COLOR turns it on, unless it is 0 or false', async () => {
    const [on, zero, no] = await Promise.all(['1', '0', 'false'].map((value) => postlint(args, { cwd: dir, env: { FORCE_COLOR: value } })))
    expect(on!.stdout).toMatch(ANSI)
    expect(zero!.stdout).not.toMatch(ANSI)
    expect(no!.stdout).not.toMatch(ANSI)
  })

  it('--no-color and NO_COLOR turn it off, over FORCE_COLOR', async () => {
    const [flag, variable] = await Promise.all([
      postlint(['--no-color', ...args], { cwd: dir, env: { FORCE_COLOR: '1' } }),
      postlint(args, { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ])
    expect(flag.stdout).toContain('✖ 1 problem')
    expect(flag.stdout).not.toMatch(ANSI)
    expect(variable.stdout).toBe(flag.stdout)
  })

  it('a CI variable alone does not turn it on', async () => {
    expect((await postlint(args, { cwd: dir, env: { CI: 'true' } })).stdout).not.toMatch(ANSI)
  })

  it('only stylish is coloured', async () => {
    const results = await Promise.all(['json', 'compact', 'github'].map((format) => postlint(['--color', '-f', format, ...args], { cwd: dir })))
    for (const result of results) expect(result.stdout).not.toMatch(ANSI)
  })
})
