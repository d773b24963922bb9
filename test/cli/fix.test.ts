// --fix and --fix-dry-run through the real command: what is written, how
// (atomically, mode, byte-order mark and line endings kept), what is not.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, listFiles, MOJIBAKE, ONLY_MOJIBAKE, parseJsonResults, postlint, removeTempDirs, REPAIRED, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const BOM = '\uFEFF'

/** Wait until the clock has moved past a file's mtime, so a rewrite would show. */
async function afterMtime(file: string): Promise<void> {
  const { mtimeMs } = fs.statSync(file)
  while (Date.now() <= mtimeMs + 20) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe.concurrent('--fix', () => {
  it('writes the fixed files, keeping mode, BOM and CRLF line endings, leaving no temporary file and exiting 0', async () => {
    const dir = tempDir({
      'plain.md': `${MOJIBAKE}.\n`,
      'bom-crlf.md': `${BOM}# Title\r\n\r\n${MOJIBAKE} â€“ apply now.\r\nLast line\r\n`,
      'page.html': `<!doctype html>\n<p>${MOJIBAKE}</p>\n`,
      'twice.txt': 'It isnÃ¢â‚¬â„¢t hard.', // garbled twice: repaired over two passes
    })
    fs.chmodSync(path.join(dir, 'plain.md'), 0o640)
    fs.chmodSync(path.join(dir, 'bom-crlf.md'), 0o755)
    const result = await postlint([...ONLY_MOJIBAKE, '--fix', '.'], { cwd: dir })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const read = (name: string): string => fs.readFileSync(path.join(dir, name), 'utf8')
    expect(read('plain.md')).toBe(`${REPAIRED}.\n`)
    expect(read('bom-crlf.md')).toBe(`${BOM}# Title\r\n\r\n${REPAIRED} – apply now.\r\nLast line\r\n`)
    expect(read('page.html')).toBe(`<!doctype html>\n<p>${REPAIRED}</p>\n`)
    expect(read('twice.txt')).toBe('It isn’t hard.')
    expect(fs.statSync(path.join(dir, 'plain.md')).mode & 0o777).toBe(0o640)
    expect(fs.statSync(path.join(dir, 'bom-crlf.md')).mode & 0o777).toBe(0o755)
    expect(listFiles(dir)).toEqual(['bom-crlf.md', 'page.html', 'plain.md', 'twice.txt'])
  })

  it('reports what is left after fixing', async () => {
    const dir = tempDir({ 'mixed.md': `${MOJIBAKE}.\n\nSalary:Â $50,000.\n` })
    const result = await postlint([...ONLY_MOJIBAKE, '--fix', '-f', 'compact', 'mixed.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: "mixed.md: line 3, col 8, Error - Stray 'Â' before a space: the remains of a garbled no-break space. (no-mojibake)\n\n1 problem\n",
    })
    expect(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8')).toBe(`${REPAIRED}.\n\nSalary:Â $50,000.\n`)
  })

  it('does not rewrite a file with nothing to fix (same inode and mtime), and is idempotent', async () => {
    const dir = tempDir({ 'clean.md': `${REPAIRED}.\n`, 'damaged.md': `${MOJIBAKE}.\n` })
    const clean = path.join(dir, 'clean.md')
    const damaged = path.join(dir, 'damaged.md')
    const before = fs.statSync(clean)
    await afterMtime(clean)
    expect(await postlint([...ONLY_MOJIBAKE, '--fix', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    const after = fs.statSync(clean)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    const fixed = fs.statSync(damaged)
    expect(fixed.ino).not.toBe(before.ino)
    await afterMtime(damaged)
    expect(await postlint([...ONLY_MOJIBAKE, '--fix', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    const again = fs.statSync(damaged)
    expect([again.ino, again.mtimeMs]).toEqual([fixed.ino, fixed.mtimeMs])
    expect(fs.readFileSync(damaged, 'utf8')).toBe(`${REPAIRED}.\n`)
    expect(listFiles(dir)).toEqual(['clean.md', 'damaged.md'])
  })

  it('fixes only rules that are on, and leaves files it cannot read alone', async () => {
    const dir = tempDir({ 'off.md': `${MOJIBAKE}.\n`, 'bad.md': Buffer.from([0x57, 0xe2, 0x80, 0x0a, 0xff]) })
    const result = await postlint([...ONLY_MOJIBAKE, '--rule', 'no-mojibake: off', '--fix', '-f', 'compact', '.'], { cwd: dir })
    expect(result).toEqual({ code: 1, stderr: '', stdout: 'bad.md: line 1, col 1, Error - File is not valid UTF-8 (first bad byte at offset 1)\n\n1 problem\n' })
    expect(fs.readFileSync(path.join(dir, 'off.md'), 'utf8')).toBe(`${MOJIBAKE}.\n`)
    expect(fs.readFileSync(path.join(dir, 'bad.md'))).toEqual(Buffer.from([0x57, 0xe2, 0x80, 0x0a, 0xff]))
  })

  it('with --report-unused-disable-directives, removes unused directives', async () => {
    const dir = tempDir({ 'directives.md': `Fine.\n\n<!-- postlint-disable-next-line -->\nStill fine.\n` })
    const result = await postlint([...ONLY_MOJIBAKE, '--report-unused-disable-directives', '--fix', 'directives.md'], { cwd: dir })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.readFileSync(path.join(dir, 'directives.md'), 'utf8')).toBe('Fine.\n\nStill fine.\n')
  })

  it('--fix with --stdin is a usage error', async () => {
    expectOneLineFailure(await postlint(['--stdin', '--fix'], { cwd: tempDir(), stdin: MOJIBAKE }), '--fix cannot be used with --stdin (nothing would be written); use --fix-dry-run')
  })
})

describe.concurrent('--fix-dry-run', () => {
  it('writes nothing and gives the fixed text as "output" (only for files it changed)', async () => {
    const dir = tempDir({ 'damaged.md': `${BOM}${MOJIBAKE}.\r\n`, 'clean.md': 'Clean.\n' })
    const before = fs.statSync(path.join(dir, 'damaged.md'))
    const result = await postlint([...ONLY_MOJIBAKE, '--fix-dry-run', '-f', 'json', 'damaged.md', 'clean.md'], { cwd: dir })
    expect(result.code).toBe(0)
    const [damaged, clean] = parseJsonResults(result.stdout)
    expect(damaged).toMatchObject({ messages: [], errorCount: 0, output: `${BOM}${REPAIRED}.\r\n` })
    expect(clean).not.toHaveProperty('output')
    expect(fs.readFileSync(path.join(dir, 'damaged.md'), 'utf8')).toBe(`${BOM}${MOJIBAKE}.\r\n`)
    expect(fs.statSync(path.join(dir, 'damaged.md')).mtimeMs).toBe(before.mtimeMs)
    expect(listFiles(dir)).toEqual(['clean.md', 'damaged.md'])
  })

  it('with --stdin, gives the fixed text as "output"', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--stdin', '--fix-dry-run', '-f', 'json'], { cwd: tempDir(), stdin: `${MOJIBAKE}\n` })
    expect(result.code).toBe(0)
    expect(parseJsonResults(result.stdout)).toEqual([
      { filePath: '<text>', messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, output: `${REPAIRED}\n` },
    ])
  })
})
