// Inline directives in Markdown and HTML comments through the real command,
// and --report-unused-disable-directives.
import { afterAll, describe, expect, it } from 'vitest'
import { MOJIBAKE, ONLY_MOJIBAKE, PLUGIN_SOURCE, parseJsonResults, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

/** One directive of each kind; the damaged lines are numbered by their line. */
const MARKDOWN = `Line 1 ${MOJIBAKE}.

<!-- postlint-disable no-mojibake -- imported from the old site -->

Line 5 ${MOJIBAKE}.

<!-- postlint-enable no-mojibake -->

Line 9 ${MOJIBAKE}. <!-- postlint-disable-line -->

<!-- postlint-disable-next-line no-mojibake, t/word -->
Line 12 ${MOJIBAKE} foo.

<!-- postlint-disable -->

Line 16 ${MOJIBAKE} foo.

<!-- postlint-enable -->

Line 20 ${MOJIBAKE}. <!-- postlint-disable-line t/word -->

<!-- postlint-disable-next-line no-mojibak -->
Line 23 ${MOJIBAKE}.
`

const HTML = `<!doctype html>
<main>
<p>Line 3 ${MOJIBAKE}.</p>
<!-- postlint-disable-next-line -->
<p>Line 5 ${MOJIBAKE}.</p>
<p>Line 6 ${MOJIBAKE}. <!-- postlint-disable-line no-mojibake --></p>
<!-- postlint-disable no-mojibake -->
<p>Line 8 ${MOJIBAKE}.</p>
<!-- postlint-enable no-mojibake -->
<p>Line 10 ${MOJIBAKE}.</p>
</main>
`

const dir = tempDir({
  'plugin.mjs': PLUGIN_SOURCE,
  'config.json': JSON.stringify({ plugins: { t: './plugin.mjs' }, rules: { 'no-mojibake': 'error', 't/word': 'warn' } }),
  'posting.md': MARKDOWN,
  'posting.html': HTML,
  'text.txt': `<!-- postlint-disable -->\n${MOJIBAKE}\n`,
})
const CONFIG = ['-c', 'config.json']
const damage = (line: number, column: number): string => `line ${line}, col ${column}, Error - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)`

describe.concurrent('inline directives', () => {
  it('in Markdown: disable/enable blocks, -line and -next-line, with and without rule lists; unknown rules reported', async () => {
    const result = await postlint([...CONFIG, '-f', 'compact', 'posting.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `posting.md: ${damage(1, 10)}`,
        `posting.md: ${damage(20, 11)}`,
        "posting.md: line 22, col 1, Error - Definition for rule 'no-mojibak' was not found.",
        `posting.md: ${damage(23, 11)}`,
        '',
        '4 problems',
        '',
      ].join('\n'),
    })
  })

  it('suppressed messages are in the JSON output with the justification', async () => {
    const result = await postlint([...CONFIG, '-f', 'json', 'posting.md'], { cwd: dir })
    const [posting] = parseJsonResults(result.stdout)
    const suppressed = posting!.suppressedMessages.map((message) => [message.line, message.ruleId, message.suppressions])
    const directive = (justification: string): Array<{ kind: string; justification: string }> => [{ kind: 'directive', justification }]
    expect(suppressed).toEqual([
      [5, 'no-mojibake', directive('imported from the old site')],
      [9, 'no-mojibake', directive('')],
      [12, 'no-mojibake', directive('')],
      [12, 't/word', directive('')],
      [16, 'no-mojibake', directive('')],
      [16, 't/word', directive('')],
    ])
    expect(posting!.errorCount).toBe(4)
  })

  it('in HTML', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'compact', 'posting.html'], { cwd: dir })
    expect(result).toEqual({ code: 1, stderr: '', stdout: `posting.html: ${damage(3, 13)}\nposting.html: ${damage(10, 14)}\n\n2 problems\n` })
  })

  it('not in plain text, which has no comments', async () => {
    const result = await postlint([...ONLY_MOJIBAKE, '-f', 'compact', 'text.txt'], { cwd: dir })
    expect(result).toEqual({ code: 1, stderr: '', stdout: `text.txt: ${damage(2, 3)}\n\n1 problem\n` })
  })

  it('--report-unused-disable-directives reports directives that suppress nothing, as errors', async () => {
    const result = await postlint([...CONFIG, '--report-unused-disable-directives', '-f', 'compact', 'posting.md', 'posting.html'], { cwd: dir })
    expect(result.code).toBe(1)
    const unused = result.stdout.split('\n').filter((line) => line.includes('Unused'))
    expect(unused).toEqual([
      "posting.md: line 20, col 25, Error - Unused postlint-disable-line directive (no problems were reported from 't/word').",
      "posting.md: line 22, col 1, Error - Unused postlint-disable-next-line directive (no problems were reported from 'no-mojibak').",
    ])
  })

  it('--report-unused-disable-directives-severity warn reports them as warnings; off not at all', async () => {
    const [warn, off] = await Promise.all([
      postlint([...ONLY_MOJIBAKE, '--report-unused-disable-directives-severity', 'warn', '-f', 'compact', 'posting.html'], { cwd: dir }),
      postlint([...ONLY_MOJIBAKE, '--report-unused-disable-directives-severity', 'off', '-f', 'compact', 'posting.html'], { cwd: dir }),
    ])
    expect(warn.stdout).toBe(`posting.html: ${damage(3, 13)}\nposting.html: ${damage(10, 14)}\n\n2 problems\n`)
    const html = tempDir({ 'a.html': '<p>Fine.</p>\n<!-- postlint-disable-next-line no-mojibake -->\n<p>Fine.</p>\n' })
    const unused = await postlint([...ONLY_MOJIBAKE, '--report-unused-disable-directives-severity', 'warn', '-f', 'compact', 'a.html'], { cwd: html })
    expect(unused).toEqual({
      code: 0,
      stderr: '',
      stdout: "a.html: line 2, col 1, Warning - Unused postlint-disable-next-line directive (no problems were reported from 'no-mojibake').\n\n1 problem\n",
    })
    expect(off.stdout).not.toContain('Unused')
  })
})
