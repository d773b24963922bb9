// Files and rules that go wrong never crash the real command: a rule that
// throws, files that are not UTF-8 text, empty files, a byte-order mark;
// deeply nested, very long and very large files; files, folders and links
// that cannot be read; a --fix that follows a link.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  expectOneLineFailure,
  IS_ROOT,
  listFiles,
  MOJIBAKE,
  MOJIBAKE_MESSAGE,
  NOBODY,
  ONLY_MOJIBAKE,
  PLUGIN_SOURCE,
  parseJsonResults,
  postlint,
  removeTempDirs,
  REPAIRED,
  tempDir,
} from './helpers.js'

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

describe.concurrent('hostile input', () => {
  const only = JSON.stringify({ rules: { 'no-mojibake': 'error' } })

  it('10,000 levels of nested HTML, and of Markdown quotes and HTML inside Markdown: a fatal message or a lint, never a crash', { timeout: 180_000 }, async () => {
    const cwd = tempDir({
      'only.json': only,
      'nested.html': `${'<div>'.repeat(10_000)}${MOJIBAKE}${'</div>'.repeat(10_000)}`,
      'unclosed.html': `${'<ul><li>'.repeat(10_000)}${MOJIBAKE}`,
      'quotes.md': `${'> '.repeat(10_000)}${MOJIBAKE}\n`,
      'inline.md': `${'<span>'.repeat(10_000)}${MOJIBAKE}\n`,
      'shallow.html': `${'<div>'.repeat(1_000)}${MOJIBAKE}${'</div>'.repeat(1_000)}`,
    })
    const result = await postlint(['-c', 'only.json', '-f', 'json', '.'], { cwd })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
    const results = parseJsonResults(result.stdout)
    expect(results.map((each) => path.basename(each.filePath))).toEqual(['inline.md', 'nested.html', 'quotes.md', 'shallow.html', 'unclosed.html'])
    for (const each of results) {
      // Either the file is linted (the garbled apostrophe is found) or it gets one fatal message saying why not.
      const [message] = each.messages
      expect(each.messages).toHaveLength(1)
      if (message!.fatal) expect(message).toMatchObject({ ruleId: null, message: 'Parsing error: the document is nested too deeply' })
      else expect(message).toMatchObject({ ruleId: 'no-mojibake', line: 1, message: `${MOJIBAKE_MESSAGE}.` })
    }
    expect(results.find((each) => each.filePath.endsWith('shallow.html'))!.messages[0]!.fatal).toBeUndefined()
  })

  it('a 5 MB single-line file and a file of 50,000 short lines are linted, with positions at their ends', { timeout: 300_000 }, async () => {
    const filler = 'We hire people who like to build things. '
    const long = filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length))
    const cwd = tempDir({
      'only.json': only,
      'one-line.md': `${long}${MOJIBAKE}.`,
      'many-lines.txt': `${'Short line.\n'.repeat(49_999)}${MOJIBAKE}.\n`,
    })
    const result = await postlint(['-c', 'only.json', '-f', 'json', 'one-line.md', 'many-lines.txt'], { cwd })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
    const [oneLine, manyLines] = parseJsonResults(result.stdout)
    expect(oneLine!.messages.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 1, column: long.length + 3 }])
    expect(manyLines!.messages.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 50_000, column: 3 }])
  })

  it('mixed line endings (CRLF, LF, a lone CR) count lines as editors do', async () => {
    const cwd = tempDir({ 'only.json': only, 'mixed.md': `One\r\nTwo\nThree\rFour ${MOJIBAKE}\r\n` })
    const result = await postlint(['-c', 'only.json', '-f', 'compact', 'mixed.md'], { cwd })
    expect(result).toEqual({ code: 1, stderr: '', stdout: `mixed.md: line 4, col 8, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })

  it('files over --max-file-size (default 10 MB) are skipped with a warning, unread; so is standard input', { timeout: 120_000 }, async () => {
    const cwd = tempDir({ 'only.json': only, 'huge.md': Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), 'small.md': `${MOJIBAKE}.\n`, 'two-kb.md': 'a'.repeat(2048) })
    const skipped = (size: string, limit: string): string => `File skipped: at ${size}, it is larger than --max-file-size (${limit}).`
    const byDefault = await postlint(['-c', 'only.json', '-f', 'json', 'huge.md', 'small.md'], { cwd })
    expect({ code: byDefault.code, stderr: byDefault.stderr }).toEqual({ code: 1, stderr: '' })
    const [huge, small] = parseJsonResults(byDefault.stdout)
    expect(huge).toMatchObject({ messages: [{ ruleId: null, severity: 1, message: skipped('10 MB', '10 MB'), line: 0, column: 0 }], errorCount: 0, warningCount: 1 })
    expect(small!.errorCount).toBe(1)

    const lower = await postlint(['-c', 'only.json', '--max-file-size', '1KB', '-f', 'compact', 'two-kb.md'], { cwd })
    expect(lower).toEqual({ code: 0, stderr: '', stdout: `two-kb.md: line 0, col 0, Warning - ${skipped('2 KB', '1 KB')}\n\n1 problem\n` })
    const higher = await postlint(['-c', 'only.json', '--max-file-size', '20MB', '-f', 'json', 'huge.md'], { cwd })
    expect(parseJsonResults(higher.stdout)[0]!.messages).toEqual([])

    const piped = await postlint(['-c', 'only.json', '--stdin', '--max-file-size', '100', '-f', 'compact'], { cwd, stdin: 'x'.repeat(101) })
    expect(piped).toEqual({ code: 0, stderr: '', stdout: '<text>: line 0, col 0, Warning - File skipped: it is larger than --max-file-size (100 bytes).\n\n1 problem\n' })
    const fits = await postlint(['-c', 'only.json', '--stdin', '--max-file-size', '100', '-f', 'compact'], { cwd, stdin: `${MOJIBAKE}.` })
    expect(fits.code).toBe(1)

    expectOneLineFailure(await postlint(['--max-file-size', 'big', 'small.md'], { cwd }), "--max-file-size needs a size in bytes, or with KB, MB or GB (such as 20MB), got 'big'")
    expectOneLineFailure(await postlint(['--max-file-size', '0', 'small.md'], { cwd }), "--max-file-size needs a size in bytes, or with KB, MB or GB (such as 20MB), got '0'")
  })
})

describe.concurrent('paths that cannot be read: exit 2, one line naming the culprit', () => {
  /** A folder `nobody` may enter, holding `files`, for tests that need permissions to apply. */
  const openDir = (files: Record<string, string | null>): string => {
    const dir = tempDir({ 'only.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }), ...files })
    fs.chmodSync(dir, 0o755)
    return dir
  }

  it('a file without read permission, named or found in a folder', async () => {
    const cwd = openDir({ 'locked.md': 'Text.\n', 'folder/fine.md': 'Text.\n', 'folder/locked.md': 'Text.\n' })
    fs.chmodSync(path.join(cwd, 'folder'), 0o755)
    fs.chmodSync(path.join(cwd, 'locked.md'), 0o000)
    fs.chmodSync(path.join(cwd, 'folder', 'locked.md'), 0o000)
    expectOneLineFailure(await postlint(['-c', 'only.json', 'locked.md'], { cwd, unprivileged: true }), 'Cannot read locked.md: permission denied')
    expectOneLineFailure(await postlint(['-c', 'only.json', 'folder'], { cwd, unprivileged: true }), 'Cannot read folder/locked.md: permission denied')
  })

  it('a folder without read permission, named or inside a folder being searched', async () => {
    const cwd = openDir({ 'secret/a.md': 'Text.\n', 'tree/fine.md': 'Text.\n', 'tree/sub/locked/b.md': 'Text.\n' })
    for (const folder of ['tree', 'tree/sub']) fs.chmodSync(path.join(cwd, folder), 0o755)
    fs.chmodSync(path.join(cwd, 'secret'), 0o000)
    fs.chmodSync(path.join(cwd, 'tree', 'sub', 'locked'), 0o000)
    expectOneLineFailure(await postlint(['-c', 'only.json', 'secret'], { cwd, unprivileged: true }), 'Cannot read secret: permission denied')
    expectOneLineFailure(await postlint(['-c', 'only.json', 'tree'], { cwd, unprivileged: true }), 'Cannot read tree/sub/locked: permission denied')
    expectOneLineFailure(await postlint(['-c', 'only.json', 'tree/**/*.md'], { cwd, unprivileged: true }), 'Cannot read tree/sub/locked: permission denied')
  })

  it('a configuration file without read permission, named or found', async () => {
    const cwd = openDir({ '.postlintrc.json': '{}', 'a.md': 'Text.\n' })
    fs.chmodSync(path.join(cwd, '.postlintrc.json'), 0o000)
    const error = `${cwd}/.postlintrc.json: cannot read file: permission denied`
    expectOneLineFailure(await postlint(['a.md'], { cwd, unprivileged: true }), error)
    expectOneLineFailure(await postlint(['-c', '.postlintrc.json', 'a.md'], { cwd, unprivileged: true }), error)
  })

  it('a symlink loop inside a folder being searched; a folder linked into itself is searched once', async () => {
    const cwd = tempDir({ 'only.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }), 'looped/sub/a.md': `${MOJIBAKE}.\n`, 'linked/sub/a.md': `${MOJIBAKE}.\n` })
    fs.symlinkSync('self.md', path.join(cwd, 'looped', 'self.md'))
    fs.symlinkSync('..', path.join(cwd, 'linked', 'sub', 'up'))
    expectOneLineFailure(await postlint(['-c', 'only.json', 'looped'], { cwd }), 'Cannot read looped/self.md: too many symbolic links (a symlink loop?)')
    const result = await postlint(['-c', 'only.json', '-f', 'compact', 'linked'], { cwd })
    expect(result).toEqual({ code: 1, stderr: '', stdout: `linked/sub/a.md: line 1, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })

  it('a folder where a file is expected, and a file where a folder is', async () => {
    const cwd = tempDir({ 'a.md': 'Text.\n', 'folder/b.md': 'Text.\n' })
    expectOneLineFailure(await postlint(['--no-config', '-o', 'folder', 'a.md'], { cwd }), 'Cannot write the report to folder: it is a directory, not a file')
    expectOneLineFailure(await postlint(['--no-config', '--ignore-path', 'folder', 'a.md'], { cwd }), `Cannot read ignore file ${cwd}/folder: it is a directory, not a file`)
    expectOneLineFailure(await postlint(['--no-config', 'a.md/b.md'], { cwd }), 'No files matching the pattern "a.md/b.md" were found.')
  })

  it('a named pipe where a posting is expected is an error when named, and left out of a folder search: never a wait', { timeout: 60_000 }, async () => {
    const cwd = tempDir({ 'only.json': JSON.stringify({ rules: { 'no-mojibake': 'error' } }), 'folder/a.md': `${MOJIBAKE}.\n` })
    execFileSync('mkfifo', [path.join(cwd, 'folder', 'pipe.md')])
    expectOneLineFailure(await postlint(['-c', 'only.json', 'folder/pipe.md'], { cwd }), 'Cannot lint folder/pipe.md: it is not a regular file or directory')
    const search = await postlint(['-c', 'only.json', '-f', 'compact', 'folder'], { cwd })
    expect(search).toEqual({ code: 1, stderr: '', stdout: `folder/a.md: line 1, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })
})

describe.concurrent('--fix and links', () => {
  it('fixes the file a symbolic link points to, and the link stays a link', async () => {
    const cwd = tempDir({ 'real/target.md': `${MOJIBAKE}.\n`, 'posts/.keep': '' })
    fs.symlinkSync('../real/target.md', path.join(cwd, 'posts', 'link.md'))
    const result = await postlint([...ONLY_MOJIBAKE, '--fix', 'posts/link.md'], { cwd })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.lstatSync(path.join(cwd, 'posts', 'link.md')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(cwd, 'real', 'target.md'), 'utf8')).toBe(`${REPAIRED}.\n`)
    expect(listFiles(cwd)).toEqual(['posts/.keep', 'posts/link.md', 'real/target.md'])
  })

  it.runIf(IS_ROOT)('keeps the owner of a file another user owns (when run by root)', async () => {
    const cwd = tempDir({ 'theirs.md': `${MOJIBAKE}.\n` })
    fs.chownSync(path.join(cwd, 'theirs.md'), NOBODY, NOBODY)
    expect(await postlint([...ONLY_MOJIBAKE, '--fix', 'theirs.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' })
    const info = fs.statSync(path.join(cwd, 'theirs.md'))
    expect([info.uid, info.gid]).toEqual([NOBODY, NOBODY])
    expect(fs.readFileSync(path.join(cwd, 'theirs.md'), 'utf8')).toBe(`${REPAIRED}.\n`)
  })
})
