// Files and rules that go wrong never crash the real command: a rule that
// throws, files that are not UTF-8 text, empty files, a byte-order mark.
import { afterAll, describe, expect, it } from 'vitest'
import { MOJIBAKE, MOJIBAKE_MESSAGE, ONLY_MOJIBAKE, PLUGIN_SOURCE, parseJsonResults, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const dir = tempDir({
  'plugin.mjs': PLUGIN_SOURCE,
  'crash.json': JSON.stringify({
    plugins: { t: './plugin.mjs' },
    rules: { 'no-mojibake': 'error', 't/boom': 'error', 't/word': 'warn' },
    overrides: [{ files: 'a-empty.md', rules: { 't/boom': 'off' } }],
  }),
  'a-empty.md': '',
  'b-crash.md': `Text foo ${MOJIBAKE}.\n`,
  'c-fine.md': 'foo\n',
  'bad-utf8.md': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' menu\n')]),
  'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'utf16.txt': Buffer.from('\uFEFFHello', 'utf16le'),
  'empty.md': '',
  'blank.html': '\n\n',
  'bom.md': `\uFEFF# Title\n\n${MOJIBAKE}.\n`,
})

describe.concurrent('a rule that throws', () => {
  it("gives the file a fatal message naming the rule, keeps the other rules' and files' results, and exits 2", async () => {
    const result = await postlint(['-c', 'crash.json', '-f', 'compact', 'a-empty.md', 'b-crash.md', 'c-fine.md'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("postlint: rule 't/boom' failed on b-crash.md: kaboom\npostlint: rule 't/boom' failed on c-fine.md: kaboom\n")
    expect(result.stdout).toBe(
      [
        "b-crash.md: line 1, col 1, Error - Rule 't/boom' failed: kaboom (t/boom)",
        "b-crash.md: line 1, col 6, Warning - Found 'foo'. (t/word)",
        `b-crash.md: line 1, col 12, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)`,
        "c-fine.md: line 1, col 1, Error - Rule 't/boom' failed: kaboom (t/boom)",
        "c-fine.md: line 1, col 1, Warning - Found 'foo'. (t/word)",
        '',
        '5 problems',
        '',
      ].join('\n'),
    )
  })

  it('is a fatal message in the JSON output', async () => {
    const result = await postlint(['-c', 'crash.json', '-f', 'json', 'c-fine.md'], { cwd: dir })
    expect(result.code).toBe(2)
    const [fine] = parseJsonResults(result.stdout)
    expect(fine!.messages[0]).toEqual({ ruleId: 't/boom', severity: 2, fatal: true, message: "Rule 't/boom' failed: kaboom", line: 1, column: 1 })
    expect(fine!.fatalErrorCount).toBe(1)
  })

  it('on standard input, is named on stderr too', async () => {
    const result = await postlint(['-c', 'crash.json', '-f', 'compact', '--stdin', '--stdin-filename', 'piped.md'], { cwd: dir, stdin: 'foo\n' })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe("postlint: rule 't/boom' failed on piped.md: kaboom\n")
  })

  it('with --debug, the rule\'s stack trace follows', async () => {
    const result = await postlint(['-c', 'crash.json', '--debug', 'c-fine.md'], { cwd: dir })
    expect(result.code).toBe(2)
    const lines = result.stderr.split('\n')
    expect(lines[0]).toBe("postlint: rule 't/boom' failed on c-fine.md: kaboom")
    expect(lines[1]).toBe('Error: kaboom')
    expect(lines[2]).toMatch(/^\s+at WordNode .*plugin\.mjs/)
  })

  it('--fix leaves the file alone', async () => {
    const result = await postlint(['-c', 'crash.json', '--fix', '-f', 'json', 'b-crash.md'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(parseJsonResults(result.stdout)[0]).not.toHaveProperty('output')
  })
})

describe.concurrent('files that are not text', () => {
  it('invalid UTF-8, binary and UTF-16 files get a fatal message each and exit 1; the other files are linted', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'compact', 'bad-utf8.md', 'binary.txt', 'utf16.txt', 'bom.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'bad-utf8.md: line 1, col 1, Error - File is not valid UTF-8 (first bad byte at offset 3)',
        'binary.txt: line 1, col 1, Error - File is binary, not text (it contains NUL bytes)',
        'utf16.txt: line 1, col 1, Error - File is UTF-16 encoded; postlint reads UTF-8 only (save the file as UTF-8)',
        `bom.md: line 3, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)`,
        '',
        '4 problems',
        '',
      ].join('\n'),
    })
  })

  it('on standard input, get the same fatal messages', async () => {
    const [invalid, binary] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '--stdin', '-f', 'compact'], { cwd: dir, stdin: Buffer.from([0x61, 0xff, 0x62]) }),
      postlint([...ONLY_MOJIBAKE, '--stdin', '--stdin-filename', 'x.md', '-f', 'compact'], { cwd: dir, stdin: Buffer.from([0x61, 0x00, 0x62]) }),
    ])
    expect(invalid).toEqual({ code: 1, stderr: '', stdout: '<text>: line 1, col 1, Error - File is not valid UTF-8 (first bad byte at offset 1)\n\n1 problem\n' })
    expect(binary).toEqual({ code: 1, stderr: '', stdout: 'x.md: line 1, col 1, Error - File is binary, not text (it contains NUL bytes)\n\n1 problem\n' })
  })

  it('count as fatal errors in the JSON output', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'json', 'binary.txt'], { cwd: dir })
    expect(parseJsonResults(result.stdout)).toEqual([
      {
        filePath: `${dir}/binary.txt`,
        messages: [{ ruleId: null, severity: 2, fatal: true, message: 'File is binary, not text (it contains NUL bytes)', line: 1, column: 1 }],
        suppressedMessages: [],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ])
  })
})

describe.concurrent('edge cases', () => {
  it('a reader that stops early (postlint | head) ends nothing but the output: no stack trace, same exit code', async () => {
    const cwd = tempDir({ 'big.md': `${MOJIBAKE}.\n\n`.repeat(5000) })
    const result = await postlint([...ONLY_MOJIBAKE, 'big.md'], { cwd, closeStdoutEarly: true })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
  })

  it('empty and blank files are clean', async () => {
    expect(await postlint([...ONLY_MOJIBAKE, 'empty.md', 'blank.html'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('a byte-order mark does not shift positions or fix ranges', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'json', 'bom.md'], { cwd: dir })
    const [bom] = parseJsonResults(result.stdout)
    expect(bom!.messages.map(({ line, column, endLine, endColumn, fix }) => ({ line, column, endLine, endColumn, fix }))).toEqual([
      { line: 3, column: 3, endLine: 3, endColumn: 6, fix: { range: [11, 14], text: '’' } },
    ])
  })
})
