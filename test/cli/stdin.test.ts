// Linting standard input with the real command, with and without
// --stdin-filename, and the forms --rule accepts.
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MOJIBAKE, MOJIBAKE_MESSAGE, ONLY_MOJIBAKE, PLUGIN_SOURCE, parseJsonResults, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const dir = tempDir({
  'plugin.mjs': PLUGIN_SOURCE,
  '.postlintrc.json': JSON.stringify({
    plugins: { t: './plugin.mjs' },
    rules: { 'no-mojibake': 'error' },
    ignores: ['drafts/'],
    overrides: [{ files: '*.txt', rules: { 'no-mojibake': 'warn' } }],
  }),
  '.postlintignore': 'old/\n',
})
/** The same damage in an HTML paragraph and in Markdown inline code, which is not prose. */
const MIXED = `<p>${MOJIBAKE}</p>\n\n\`${MOJIBAKE}\` in code\n`

describe.concurrent('--stdin', () => {
  it('lints standard input as <text>, read as Markdown, without --stdin-filename', async () => {
    const result = await postlint(['--stdin', '-f', 'compact'], { cwd: dir, stdin: MIXED })
    expect(result).toEqual({ code: 1, stderr: '', stdout: `<text>: line 1, col 6, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })

  it('--stdin-filename picks the parser: .md leaves code alone, .html reads the whole page', async () => {
    const [markdown, html] = await Promise.all([
      postlint(['--stdin', '--stdin-filename', 'posting.md', '-f', 'compact'], { cwd: dir, stdin: MIXED }),
      postlint(['--stdin', '--stdin-filename', 'sub/posting.html', '-f', 'compact'], { cwd: dir, stdin: MIXED }),
    ])
    expect(markdown).toEqual({ code: 1, stderr: '', stdout: `posting.md: line 1, col 6, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
    expect(html.stdout).toBe(
      `sub/posting.html: line 1, col 6, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\nsub/posting.html: line 3, col 4, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n2 problems\n`,
    )
  })

  it('--stdin-filename picks the overrides, and the result is named by the absolute path', async () => {
    const result = await postlint(['--stdin', '--stdin-filename', 'notes.txt', '-f', 'json'], { cwd: dir, stdin: `${MOJIBAKE}\n` })
    expect(result.code).toBe(0)
    const [only] = parseJsonResults(result.stdout)
    expect(only!.filePath).toBe(path.join(dir, 'notes.txt'))
    expect(only!.messages.map((message) => message.severity)).toEqual([1])
  })

  it('--stdin-filename that is ignored (by "ignores", .postlintignore or --ignore-pattern) gives a warning; --no-ignore lints it', async () => {
    const ignored = (name: string): string => `\n${name}\n  0:0  warning  File ignored because of a matching ignore pattern. Use "--no-ignore" to override\n\n✖ 1 problem (0 errors, 1 warning)\n`
    const runs = await Promise.all([
      postlint(['--stdin', '--stdin-filename', 'drafts/a.md'], { cwd: dir, stdin: MOJIBAKE }),
      postlint(['--stdin', '--stdin-filename', 'old/a.md'], { cwd: dir, stdin: MOJIBAKE }),
      postlint(['--stdin', '--stdin-filename', 'new/a.md', '--ignore-pattern', 'new/'], { cwd: dir, stdin: MOJIBAKE }),
      postlint(['--stdin', '--stdin-filename', 'old/a.md', '--no-ignore', '-f', 'compact'], { cwd: dir, stdin: MOJIBAKE }),
    ])
    expect(runs.slice(0, 3)).toEqual([
      { code: 0, stderr: '', stdout: ignored('drafts/a.md') },
      { code: 0, stderr: '', stdout: ignored('old/a.md') },
      { code: 0, stderr: '', stdout: ignored('new/a.md') },
    ])
    expect(runs[3]).toEqual({ code: 1, stderr: '', stdout: `old/a.md: line 1, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })

  it('empty input is clean', async () => {
    expect(await postlint(['--stdin'], { cwd: dir, stdin: '' })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--config applies to standard input too', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '--rule', 'no-mojibake: warn', '--stdin', '--stdin-filename', 'notes.md', '-f', 'compact'], { cwd: dir, stdin: MOJIBAKE })
    expect(result).toEqual({ code: 0, stderr: '', stdout: `notes.md: line 1, col 3, Warning - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n` })
  })
})

describe.concurrent('--rule', () => {
  const lint = (rules: string[], text = 'foo bar baz\n'): ReturnType<typeof postlint> =>
    postlint([...rules.flatMap((rule) => ['--rule', rule]), '--stdin', '-f', 'compact'], { cwd: dir, stdin: text })

  it("'id: severity', 'id:severity' and several in one, separated by commas", async () => {
    const [spaced, tight, several] = await Promise.all([lint(['t/word: warn']), lint(['t/word:2']), lint(['t/word: 1, no-mojibake: off'], `foo ${MOJIBAKE}`)])
    expect(spaced).toEqual({ code: 0, stderr: '', stdout: "<text>: line 1, col 1, Warning - Found 'foo'. (t/word)\n\n1 problem\n" })
    expect(tight).toEqual({ code: 1, stderr: '', stdout: "<text>: line 1, col 1, Error - Found 'foo'. (t/word)\n\n1 problem\n" })
    expect(several).toEqual(spaced)
  })

  it("'id: [severity, {options}]', the last --rule for a rule winning", async () => {
    const result = await lint(['t/word: error', "t/word: [warn, {word: 'baz'}]"])
    expect(result).toEqual({ code: 0, stderr: '', stdout: "<text>: line 1, col 9, Warning - Found 'baz'. (t/word)\n\n1 problem\n" })
  })

  it("'id: off' turns off a rule the configuration turns on", async () => {
    expect(await lint(['no-mojibake: off'], MOJIBAKE)).toEqual({ code: 0, stdout: '', stderr: '' })
  })
})
