// Which files the real command lints: files, directories, globs, the default
// path, ignore files and patterns, and paths that match nothing.
import path from 'node:path'
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, ONLY_MOJIBAKE, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const DAMAGED = `${MOJIBAKE}.\n`
const tree = {
  'a.md': DAMAGED,
  'b.markdown': DAMAGED,
  'c.html': `<p>${MOJIBAKE}</p>\n`,
  'd.htm': `<p>${MOJIBAKE}</p>\n`,
  'e.txt': DAMAGED,
  'f.rst': DAMAGED,
  'UPPER.MD': DAMAGED,
  '.dotfile.md': DAMAGED,
  'docs/g.md': DAMAGED,
  'docs/sub/h.md': DAMAGED,
  'docs/sub/notes.json': '{}',
  'node_modules/pkg/i.md': DAMAGED,
  'docs/node_modules/j.md': DAMAGED,
  '.git/k.md': DAMAGED,
  '.hidden/l.md': DAMAGED,
  'build/m.md': DAMAGED,
  'build/keep.md': DAMAGED,
  'empty-dir/.gitkeep': '',
  'only-json/x.json': '{}',
}
const dir = tempDir(tree)

/** The files a run reported, in order (from `compact`: one line per file, as each has one problem). */
async function linted(args: string[], cwd = dir): Promise<string[]> {
  const result = await postlint([...ONLY_MOJIBAKE, '-f', 'compact', ...args], { cwd })
  expect(result.stderr).toBe('')
  expect(result.code).toBeLessThan(2)
  return result.stdout
    .split('\n')
    .filter((line) => line.includes(': line '))
    .map((line) => line.slice(0, line.indexOf(': line ')) + (line.includes('File ignored') ? ' (ignored)' : ''))
}

const EVERYTHING = ['a.md', 'b.markdown', 'build/keep.md', 'build/m.md', 'c.html', 'd.htm', 'docs/g.md', 'docs/sub/h.md', 'e.txt']

describe.concurrent('paths', () => {
  it('default to the working directory: .md, .markdown, .html, .htm, .txt; not node_modules, .git, dot-folders or dot-files', async () => {
    expect(await linted([])).toEqual(EVERYTHING)
    expect(await linted(['.'])).toEqual(EVERYTHING)
  })

  it('a directory is searched recursively, in a stable order', async () => {
    expect(await linted(['docs'])).toEqual(['docs/g.md', 'docs/sub/h.md'])
    expect(await linted(['docs/'])).toEqual(['docs/g.md', 'docs/sub/h.md'])
  })

  it('from a subfolder, the report names files relative to the working directory', async () => {
    expect(await linted(['.', '../a.md'], path.join(dir, 'docs'))).toEqual(['g.md', 'sub/h.md', path.join(dir, 'a.md')])
  })

  it('files named explicitly are linted whatever their extension or folder, each once, in the order given', async () => {
    expect(await linted(['f.rst', 'UPPER.MD', 'node_modules/pkg/i.md', 'a.md', './a.md', path.join(dir, 'a.md')])).toEqual(['f.rst', 'UPPER.MD', 'node_modules/pkg/i.md', 'a.md'])
  })

  it('globs are expanded, keeping to the supported extensions and leaving out node_modules', async () => {
    expect(await linted(['docs/**/*.md'])).toEqual(['docs/g.md', 'docs/sub/h.md'])
    expect(await linted(['*.{md,rst,htm}'])).toEqual(['a.md', 'd.htm'])
    expect(await linted(['**/h.md', '*.txt'])).toEqual(['docs/sub/h.md', 'e.txt'])
    expect(await linted([`${dir}/build/*.md`])).toEqual(['build/keep.md', 'build/m.md'])
  })

  it('a path or glob that matches nothing is exit 2, naming it', async () => {
    const cases: Array<[string, string]> = [
      ['missing.md', 'No files matching the pattern "missing.md" were found.'],
      ['missing/', 'No files matching the pattern "missing/" were found.'],
      ['nothing/**/*.md', 'No files matching the pattern "nothing/**/*.md" were found.'],
      ['docs/sub/*.json', 'No files matching the pattern "docs/sub/*.json" were found.'],
      ['empty-dir', 'No files matching the pattern "empty-dir" were found.'],
      ['only-json', 'No files matching the pattern "only-json" were found.'],
    ]
    await Promise.all(cases.map(async ([pattern, message]) => expectOneLineFailure(await postlint([...ONLY_MOJIBAKE, 'a.md', pattern], { cwd: dir }), message)))
    const empty = tempDir()
    expectOneLineFailure(await postlint([...ONLY_MOJIBAKE], { cwd: empty }), 'No files matching the pattern "." were found.')
  })

  it('--no-error-on-unmatched-pattern skips such patterns (and with nothing left, reports nothing)', async () => {
    expect(await linted(['--no-error-on-unmatched-pattern', 'missing.md', 'nothing/*.md', 'a.md'])).toEqual(['a.md'])
    expect(await postlint([...ONLY_MOJIBAKE, '--no-error-on-unmatched-pattern', 'missing.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('a path that is neither a file nor a folder is exit 2', async () => {
    expectOneLineFailure(await postlint([...ONLY_MOJIBAKE, '/dev/null'], { cwd: dir }), 'Cannot lint /dev/null: it is not a regular file or directory')
  })

  it('a symlink loop is exit 2, naming it', async () => {
    const cwd = tempDir()
    fs.symlinkSync('loop.md', path.join(cwd, 'loop.md'))
    expectOneLineFailure(await postlint([...ONLY_MOJIBAKE, 'loop.md'], { cwd }), 'Cannot read loop.md: too many symbolic links (a symlink loop?)')
  })
})

describe.concurrent('ignoring', () => {
  const ignoring = tempDir({
    ...tree,
    '.postlintignore': '# built files\nbuild/\n!build/keep.md\n*.htm\ndocs/sub\n',
    'other.ignore': 'a.md\n',
  })

  it('.postlintignore (gitignore syntax: comments, folders, negation) leaves files out of directories and globs', async () => {
    expect(await linted([], ignoring)).toEqual(['a.md', 'b.markdown', 'c.html', 'docs/g.md', 'e.txt'])
    expect(await linted(['**/*.md'], ignoring)).toEqual(['a.md', 'docs/g.md'])
  })

  it('an ignored file named explicitly gets a warning result instead of a lint (exit 0)', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, 'd.htm', 'docs/sub/h.md'], { cwd: ignoring })
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '\nd.htm\n  0:0  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to override\n' +
        '\ndocs/sub/h.md\n  0:0  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to override\n' +
        '\n✖ 2 problems (0 errors, 2 warnings)\n',
    })
  })

  it('a folder or glob whose files are all ignored is exit 2', async () => {
    expectOneLineFailure(await postlint([...ONLY_MOJIBAKE, 'docs/sub'], { cwd: ignoring }), 'All files matched by "docs/sub" are ignored.')
    expectOneLineFailure(await postlint([...ONLY_MOJIBAKE, '*.htm'], { cwd: ignoring }), 'All files matched by "*.htm" are ignored.')
  })

  it('--ignore-path replaces .postlintignore', async () => {
    expect(await linted(['--ignore-path', 'other.ignore'], ignoring)).toEqual(EVERYTHING.filter((file) => file !== 'a.md'))
  })

  it('--ignore-pattern adds patterns (repeatable) to .postlintignore', async () => {
    expect(await linted(['--ignore-pattern', '*.txt', '--ignore-pattern', 'docs/'], ignoring)).toEqual(['a.md', 'b.markdown', 'c.html'])
  })

  it('--no-ignore lints everything, named ignored files included', async () => {
    expect(await linted(['--no-ignore', '--ignore-pattern', 'a.md'], ignoring)).toEqual(EVERYTHING)
    expect(await linted(['--no-ignore', 'd.htm'], ignoring)).toEqual(['d.htm'])
  })
})
