// --baseline FILE and --update-baseline through the real command: what is
// recorded, what is suppressed after edits elsewhere, what is new, the
// count of entries that no longer match, and the file's exact content.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, parseJsonResults, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const CONFIG = JSON.stringify({ rules: { 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' } })

/** Three problems in two files: a garbled apostrophe (error) and two missing ones (warnings). */
const POSTINGS = {
  '.postlintrc.json': CONFIG,
  'postings/barista.md': `# Barista\n\n${MOJIBAKE}. Youll love the coffee.\n\n## Apply\n\nSend a note.\n`,
  'postings/cook.md': '# Cook\n\nDont be shy: apply today.\n',
  'postings/host.md': '# Host\n\nA clean posting.\n',
}

interface BaselineFile {
  version: number
  files: Record<string, Array<{ rule: string; fingerprint: string; message: string }>>
}

function readBaseline(dir: string, name = 'postlint-baseline.json'): BaselineFile {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as BaselineFile
}

function write(dir: string, name: string, content: string): void {
  fs.writeFileSync(path.join(dir, name), content)
}

/** A project whose three problems are recorded in postlint-baseline.json. */
async function recorded(): Promise<string> {
  const dir = tempDir(POSTINGS)
  const result = await postlint(['--baseline', 'postlint-baseline.json', '--update-baseline', 'postings'], { cwd: dir })
  expect(result).toEqual({ code: 0, stdout: '  3 problems recorded in the baseline postlint-baseline.json.\n', stderr: '' })
  return dir
}

const BASELINE = ['--baseline', 'postlint-baseline.json']

describe('--update-baseline', () => {
  it('records every problem by file, rule and fingerprint, one line each, sorted', async () => {
    const dir = await recorded()
    const text = fs.readFileSync(path.join(dir, 'postlint-baseline.json'), 'utf8')
    const baseline = readBaseline(dir)
    expect(baseline.version).toBe(1)
    expect(Object.keys(baseline.files)).toEqual(['postings/barista.md', 'postings/cook.md'])
    expect(baseline.files['postings/barista.md']!.map(({ rule, message }) => [rule, message])).toEqual([
      ['no-missing-apostrophes', 'Missing apostrophe: "Youll" should be "You\'ll".'],
      ['no-mojibake', `${MOJIBAKE_MESSAGE}.`],
    ])
    for (const entries of Object.values(baseline.files)) for (const entry of entries) expect(entry.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    const [apostrophe, mojibake] = baseline.files['postings/barista.md']!
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "files": {',
        '    "postings/barista.md": [',
        `      ${JSON.stringify(apostrophe)},`,
        `      ${JSON.stringify(mojibake)}`,
        '    ],',
        '    "postings/cook.md": [',
        `      ${JSON.stringify(baseline.files['postings/cook.md']![0])}`,
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('needs --baseline, and refuses --stdin', async () => {
    const dir = tempDir(POSTINGS)
    expectOneLineFailure(await postlint(['--update-baseline', 'postings'], { cwd: dir }), '--update-baseline needs --baseline FILE (the file to write)')
    expectOneLineFailure(await postlint([...BASELINE, '--update-baseline', '--stdin'], { cwd: dir, stdin: 'x' }), '--update-baseline cannot be used with --stdin')
  })
})

describe('--baseline', () => {
  it('suppresses the recorded problems and says how many', async () => {
    const dir = await recorded()
    expect(await postlint([...BASELINE, 'postings'], { cwd: dir })).toEqual({ code: 0, stdout: '  3 problems suppressed by the baseline postlint-baseline.json.\n', stderr: '' })
  })

  it('still knows them after edits elsewhere: lines moved, paragraphs added, text re-wrapped', async () => {
    const dir = await recorded()
    write(dir, 'postings/barista.md', `# Barista (part time)\n\nAbout us: a small roastery with\nthree shops.\n\n${MOJIBAKE}.\nYoull love   the coffee.\n\n## How to apply\n\nSend a note.\n`)
    write(dir, 'postings/cook.md', '---\ntitle: Cook\n---\n\n# Cook\n\nDont be shy: apply today.\n\nWe close on Mondays.\n')
    const result = await postlint([...BASELINE, '-f', 'json', 'postings'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('postlint: 3 problems suppressed by the baseline postlint-baseline.json.\n')
    const results = parseJsonResults(result.stdout)
    expect(results.map((r) => [path.basename(r.filePath), r.messages.length, r.errorCount, r.warningCount])).toEqual([
      ['barista.md', 0, 0, 0],
      ['cook.md', 0, 0, 0],
      ['host.md', 0, 0, 0],
    ])
    const suppressed = results[0]!.suppressedMessages
    expect(suppressed.map((m) => [m.ruleId, m.line, m.column, m.suppressions])).toEqual([
      ['no-mojibake', 6, 3, [{ kind: 'file', justification: '' }]],
      ['no-missing-apostrophes', 7, 1, [{ kind: 'file', justification: '' }]],
    ])
  })

  it('reports new problems, and recorded ones whose words or nearby words changed, as new', async () => {
    const dir = await recorded()
    // A new missing apostrophe in a new paragraph; a word put in the first sentence, within the
    // surroundings of both of its problems.
    write(dir, 'postings/barista.md', `# Barista\n\n${MOJIBAKE} now. Youll love the coffee.\n\n## Apply\n\nSend a note. Theyre waiting.\n`)
    const result = await postlint([...BASELINE, 'postings'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: `
postings/barista.md
  3:3   error    ${MOJIBAKE_MESSAGE}           no-mojibake
  3:21  warning  Missing apostrophe: "Youll" should be "You'll"    no-missing-apostrophes
  7:14  warning  Missing apostrophe: "Theyre" should be "They're"  no-missing-apostrophes

✖ 3 problems (1 error, 2 warnings)
  1 error and 2 warnings potentially fixable with the \`--fix\` option.
  1 problem suppressed by the baseline postlint-baseline.json.
  2 baseline entries no longer match any problem (fixed or changed); --update-baseline removes them.
`,
    })
  })

  it('counts the entries fixed problems leave behind, and --update-baseline prunes them', async () => {
    const dir = await recorded()
    write(dir, 'postings/barista.md', "# Barista\n\nWe're hiring. You'll love the coffee.\n\n## Apply\n\nSend a note.\n")
    expect(await postlint([...BASELINE, 'postings'], { cwd: dir })).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '  1 problem suppressed by the baseline postlint-baseline.json.\n' +
        '  2 baseline entries no longer match any problem (fixed or changed); --update-baseline removes them.\n',
    })
    expect(await postlint([...BASELINE, '--update-baseline', 'postings'], { cwd: dir })).toEqual({
      code: 0,
      stderr: '',
      stdout: '  1 problem recorded in the baseline postlint-baseline.json.\n',
    })
    expect(Object.keys(readBaseline(dir).files)).toEqual(['postings/cook.md'])
    expect(await postlint([...BASELINE, 'postings'], { cwd: dir })).toEqual({ code: 0, stdout: '  1 problem suppressed by the baseline postlint-baseline.json.\n', stderr: '' })
  })

  it('counts identical problems: one recorded suppresses one, a second copy is new', async () => {
    const dir = tempDir({ '.postlintrc.json': CONFIG, 'a.md': `${MOJIBAKE}.\n` })
    await postlint([...BASELINE, '--update-baseline', 'a.md'], { cwd: dir })
    write(dir, 'a.md', `${MOJIBAKE}.\n\n${MOJIBAKE}.\n`)
    const result = await postlint([...BASELINE, '-f', 'compact', 'a.md'], { cwd: dir })
    expect(result).toEqual({
      code: 1,
      stdout: `a.md: line 3, col 3, Error - ${MOJIBAKE_MESSAGE}. (no-mojibake)\n\n1 problem\n`,
      stderr: 'postlint: 1 problem suppressed by the baseline postlint-baseline.json.\n',
    })
  })

  it('only counts entries of the files linted; updating part of the corpus keeps the other entries', async () => {
    const dir = await recorded()
    write(dir, 'postings/cook.md', "# Cook\n\nDon't be shy: apply today. Youll like it.\n")
    // Only barista.md is linted: cook.md's entry is neither counted nor touched.
    expect(await postlint([...BASELINE, 'postings/barista.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '  2 problems suppressed by the baseline postlint-baseline.json.\n',
      stderr: '',
    })
    await postlint([...BASELINE, '--update-baseline', 'postings/cook.md'], { cwd: dir })
    const baseline = readBaseline(dir)
    expect(baseline.files['postings/barista.md']).toHaveLength(2)
    expect(baseline.files['postings/cook.md']!.map((entry) => entry.message)).toEqual(['Missing apostrophe: "Youll" should be "You\'ll".'])
  })

  it('drops the entries of files that no longer exist when it is updated', async () => {
    const dir = await recorded()
    fs.rmSync(path.join(dir, 'postings/cook.md'))
    expect(await postlint([...BASELINE, '--update-baseline', 'postings/barista.md'], { cwd: dir })).toEqual({
      code: 0,
      stdout: '  2 problems recorded in the baseline postlint-baseline.json.\n',
      stderr: '',
    })
    expect(Object.keys(readBaseline(dir).files)).toEqual(['postings/barista.md'])
  })

  it('suppressed warnings do not count for --fail-on warning or --max-warnings', async () => {
    const dir = await recorded()
    expect((await postlint([...BASELINE, '--fail-on', 'warning', 'postings'], { cwd: dir })).code).toBe(0)
    expect((await postlint([...BASELINE, '--max-warnings', '0', 'postings'], { cwd: dir })).code).toBe(0)
    expect((await postlint(['--fail-on', 'warning', 'postings'], { cwd: dir })).code).toBe(1)
  })

  it('applies to standard input named with --stdin-filename', async () => {
    const dir = await recorded()
    const text = fs.readFileSync(path.join(dir, 'postings/cook.md'), 'utf8')
    const named = await postlint([...BASELINE, '--stdin', '--stdin-filename', 'postings/cook.md'], { cwd: dir, stdin: text })
    expect(named).toEqual({ code: 0, stdout: '  1 problem suppressed by the baseline postlint-baseline.json.\n', stderr: '' })
    const other = await postlint([...BASELINE, '--stdin', '--stdin-filename', 'postings/new.md', '-f', 'compact'], { cwd: dir, stdin: text })
    expect({ code: other.code, stderr: other.stderr }).toEqual({ code: 0, stderr: '' })
    expect(other.stdout).toContain('Missing apostrophe: "Dont"')
  })

  it('a missing, unreadable or malformed baseline is one line and exit 2', async () => {
    const dir = tempDir({
      ...POSTINGS,
      'not-json.json': '{"version": 1,',
      'list.json': '[]',
      'v2.json': '{"version": 2, "files": {}}',
      'bad-entry.json': '{"version": 1, "files": {"a.md": [{"rule": "no-mojibake"}]}}',
      'folder/keep': '',
    })
    const cases: Array<[string, string | RegExp]> = [
      ['missing.json', 'Cannot read the baseline missing.json: it does not exist (record one with --update-baseline)'],
      ['folder', 'Cannot read the baseline folder: it is a directory, not a file'],
      ['not-json.json', /^postlint: Invalid baseline not-json\.json: not JSON \(.+\)\n$/],
      ['list.json', 'Invalid baseline list.json: expected an object with "version" and "files"'],
      ['v2.json', 'Invalid baseline v2.json: unknown version 2 (expected 1)'],
      ['bad-entry.json', 'Invalid baseline bad-entry.json: an entry of "a.md" lacks "rule" or "fingerprint"'],
    ]
    for (const [file, message] of cases) expectOneLineFailure(await postlint(['--baseline', file, 'postings'], { cwd: dir }), message)
  })
})
