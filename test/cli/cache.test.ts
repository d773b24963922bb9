// --cache and --cache-location through the real command. Whether a file was
// parsed is proved by a plugin rule that writes a line to a log each time it
// is set up for a file (which the linter does once per file it parses), and
// cross-checked with the counts --debug prints.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusFiles, CORPUS } from '../corpus-files.js'
import { expectOneLineFailure, MOJIBAKE, MOJIBAKE_MESSAGE, postlint, removeTempDirs, REPAIRED, tempDir, type Files } from './helpers.js'

afterAll(removeTempDirs)

/** A plugin rule that reports nothing and logs the file each time it is set up. */
const COUNTING_PLUGIN = `
import { appendFileSync } from 'node:fs'
export default {
  rules: {
    parsed: {
      meta: {
        type: 'suggestion',
        docs: { description: 'Logs every file it sees', category: 'hygiene', recommended: false, url: 'https://example.com/parsed' },
        messages: {},
        schema: [{ type: 'object', properties: { log: { type: 'string' } }, additionalProperties: false }],
      },
      create(context) {
        appendFileSync(context.options[0].log, context.filename + '\\n')
        return {}
      },
    },
  },
}
`

/** A project: the counting plugin, no-mojibake as an error, missing apostrophes as warnings, and postings. */
function project(postings: Files): { dir: string; parsed: () => string[]; config: (rules?: Record<string, unknown>, settings?: Record<string, unknown>) => void } {
  const dir = tempDir({ 'counting.mjs': COUNTING_PLUGIN, ...postings })
  const log = path.join(dir, 'parsed.log')
  const config = (rules: Record<string, unknown> = {}, settings: Record<string, unknown> = {}): void => {
    const base = { 'count/parsed': ['warn', { log }], 'no-mojibake': 'error', 'no-missing-apostrophes': 'warn' }
    fs.writeFileSync(path.join(dir, '.postlintrc.json'), JSON.stringify({ plugins: { count: './counting.mjs' }, rules: { ...base, ...rules }, settings }))
  }
  config()
  const parsed = (): string[] => {
    const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []
    fs.rmSync(log, { force: true })
    return lines.map((file) => path.relative(dir, file)).sort()
  }
  return { dir, parsed, config }
}

const POSTINGS: Files = {
  'damaged.md': `# Barista\n\n${MOJIBAKE}.\n`,
  'warned.md': '# Cook\n\nYoull love it.\n',
  'clean.md': '# Host\n\nA clean posting.\n',
}

const REPORT = `
damaged.md
  3:3  error  ${MOJIBAKE_MESSAGE}  no-mojibake

warned.md
  3:1  warning  Missing apostrophe: "Youll" should be "You'll"  no-missing-apostrophes

✖ 2 problems (1 error, 1 warning)
  1 error and 1 warning potentially fixable with the \`--fix\` option.
`

describe('--cache', () => {
  it('parses only what changed, and answers the rest (problems included) from the cache', async () => {
    const { dir, parsed } = project(POSTINGS)
    const first = await postlint(['--cache', '--debug', '.'], { cwd: dir })
    expect(first).toEqual({ code: 1, stdout: REPORT, stderr: 'postlint: debug: 3 files: 3 linted, 0 from the cache .postlintcache\n' })
    expect(parsed()).toEqual(['clean.md', 'damaged.md', 'warned.md'])
    const cache = JSON.parse(fs.readFileSync(path.join(dir, '.postlintcache'), 'utf8')) as { files: Record<string, unknown> }
    expect(Object.keys(cache.files)).toEqual(['clean.md', 'damaged.md', 'warned.md'])

    const second = await postlint(['--cache', '--debug', '.'], { cwd: dir })
    expect(second).toEqual({ code: 1, stdout: REPORT, stderr: 'postlint: debug: 3 files: 0 linted, 3 from the cache .postlintcache\n' })
    expect(parsed()).toEqual([])

    fs.appendFileSync(path.join(dir, 'clean.md'), '\nDont wait.\n')
    const third = await postlint(['--cache', '--debug', '-f', 'compact', '.'], { cwd: dir })
    expect(parsed()).toEqual(['clean.md'])
    expect(third.stderr).toBe('postlint: debug: 3 files: 1 linted, 2 from the cache .postlintcache\n')
    expect(third.stdout).toContain('clean.md: line 5, col 1, Warning - Missing apostrophe: "Dont" should be "Don\'t". (no-missing-apostrophes)')
    expect(third.stdout).toMatch(/\n3 problems\n$/)
  })

  it('gives the same output as a run without the cache, in every format', async () => {
    const { dir } = project(POSTINGS)
    for (const format of ['json', 'sarif', 'gitlab']) {
      const plain = await postlint(['-f', format, '.'], { cwd: dir })
      await postlint(['--cache', '-f', format, '.'], { cwd: dir })
      expect(await postlint(['--cache', '-f', format, '.'], { cwd: dir })).toEqual(plain)
    }
  })

  it('lints again when a rule, an option, a setting, the as-of date or the jurisdictions change', async () => {
    const { dir, parsed, config } = project(POSTINGS)
    await postlint(['--cache', '.'], { cwd: dir })
    expect(parsed()).toHaveLength(3)

    config({ 'no-missing-apostrophes': 'error' })
    const stricter = await postlint(['--cache', '-f', 'compact', '.'], { cwd: dir })
    expect(parsed()).toEqual(['clean.md', 'damaged.md', 'warned.md'])
    expect(stricter.stdout).toContain('warned.md: line 3, col 1, Error - Missing apostrophe')
    await postlint(['--cache', '.'], { cwd: dir })
    expect(parsed()).toEqual([])

    config({ 'no-missing-apostrophes': 'error' }, { employer: 'private' })
    await postlint(['--cache', '.'], { cwd: dir })
    expect(parsed()).toHaveLength(3)

    const runs: Array<[string[], number]> = [
      [['--as-of', '2025-01-01'], 3],
      [['--as-of', '2025-01-01'], 0],
      [['--as-of', '2026-07-01'], 3],
      [['--as-of', '2026-07-01', '--jurisdiction', 'US-CO'], 3],
      [['--as-of', '2026-07-01', '--jurisdiction', 'US-CO'], 0],
      [['--as-of', '2026-07-01', '--jurisdiction', 'US-CO,US-NY'], 3],
      [['--as-of', '2026-07-01', '--jurisdiction', 'US-CO,US-NY', '--rule', 'no-mojibake: warn'], 3],
      [['--as-of', '2026-07-01', '--jurisdiction', 'US-CO,US-NY', '--report-unused-disable-directives'], 3],
    ]
    for (const [args, expected] of runs) {
      await postlint(['--cache', ...args, '.'], { cwd: dir })
      expect({ args, parsed: parsed().length }).toEqual({ args, parsed: expected })
    }
  })

  it('sets a corrupt or foreign cache aside and rewrites it, never failing', async () => {
    const { dir, parsed } = project(POSTINGS)
    const cacheFile = path.join(dir, '.postlintcache')
    const cases: Array<[string, string]> = [
      ['{"postlint": "0.1.0", "format": 1, "files": {"damaged.md": ', 'it is not valid JSON'],
      ['[1, 2, 3]', 'it is not a postlint cache'],
      ['{"postlint": "0.0.1", "format": 1, "files": {}}', 'it was written by postlint 0.0.1'],
      [Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('latin1'), 'it is not valid JSON'],
    ]
    for (const [content, reason] of cases) {
      fs.writeFileSync(cacheFile, content)
      const result = await postlint(['--cache', '--debug', '.'], { cwd: dir })
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(REPORT)
      expect(result.stderr).toBe(
        `postlint: debug: the cache .postlintcache was set aside and is written afresh: ${reason}\npostlint: debug: 3 files: 3 linted, 0 from the cache .postlintcache\n`,
      )
      expect(parsed()).toHaveLength(3)
      expect(Object.keys((JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: object }).files)).toHaveLength(3)
    }
    // An entry of the wrong shape is dropped alone: that file is linted again, the others are not.
    const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { files: Record<string, { result: { messages: unknown } }> }
    data.files['warned.md']!.result.messages = 'not a list'
    fs.writeFileSync(cacheFile, JSON.stringify(data))
    expect(await postlint(['--cache', '.'], { cwd: dir })).toEqual({ code: 1, stdout: REPORT, stderr: '' })
    expect(parsed()).toEqual(['warned.md'])
  })

  it('never serves a file --fix rewrote from the cache, and still writes fixes a dry run found', async () => {
    const { dir, parsed } = project({ 'damaged.md': `${MOJIBAKE}.\n` })
    const file = path.join(dir, 'damaged.md')
    const dry = await postlint(['--cache', '--fix-dry-run', '-f', 'json', '.'], { cwd: dir })
    expect((JSON.parse(dry.stdout) as Array<{ output?: string }>)[0]!.output).toBe(`${REPAIRED}.\n`)
    expect(fs.readFileSync(file, 'utf8')).toBe(`${MOJIBAKE}.\n`)
    expect(parsed().length).toBeGreaterThan(0)

    // The dry run's answer is in the cache, but --fix must write the file.
    expect(await postlint(['--cache', '--fix', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.readFileSync(file, 'utf8')).toBe(`${REPAIRED}.\n`)
    parsed()

    // The rewritten file is linted afresh (not answered with the broken text's problems), then cached.
    expect(await postlint(['--cache', '--debug', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: 'postlint: debug: 1 file: 1 linted, 0 from the cache .postlintcache\n' })
    expect(parsed()).toEqual(['damaged.md'])
    expect(await postlint(['--cache', '--debug', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: 'postlint: debug: 1 file: 0 linted, 1 from the cache .postlintcache\n' })

    // Broken again by hand: the content changed, so it is linted, and --fix repairs it again.
    fs.writeFileSync(file, `${MOJIBAKE}.\n`)
    expect(await postlint(['--cache', '--fix', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(fs.readFileSync(file, 'utf8')).toBe(`${REPAIRED}.\n`)
  })

  it('reports a rule that crashes every time (a crash is not cached)', async () => {
    const plugin = "export default { rules: { boom: { meta: { type: 'problem', docs: { description: 'fails' }, messages: {}, schema: [] }, create() { throw new Error('kaboom') } } } }\n"
    const dir = tempDir({ 'a.md': 'Text.\n', 'boom.mjs': plugin, '.postlintrc.json': JSON.stringify({ plugins: { t: './boom.mjs' }, rules: { 't/boom': 'error' } }) })
    for (let run = 0; run < 2; run++) {
      const result = await postlint(['--cache', '-f', 'compact', 'a.md'], { cwd: dir })
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: "postlint: rule 't/boom' failed on a.md: kaboom\n" })
    }
  })

  it('--cache-location names the file, or a folder to keep .postlintcache in', async () => {
    const { dir, parsed } = project(POSTINGS)
    await postlint(['--cache', '--cache-location', 'caches/postlint.json', '.'], { cwd: dir })
    expect(fs.existsSync(path.join(dir, 'caches', 'postlint.json'))).toBe(true)
    fs.mkdirSync(path.join(dir, 'existing'))
    await postlint(['--cache', '--cache-location', 'existing', '.'], { cwd: dir })
    await postlint(['--cache', '--cache-location', 'new-folder/', '.'], { cwd: dir })
    expect(fs.existsSync(path.join(dir, 'existing', '.postlintcache'))).toBe(true)
    expect(fs.existsSync(path.join(dir, 'new-folder', '.postlintcache'))).toBe(true)
    expect(fs.existsSync(path.join(dir, '.postlintcache'))).toBe(false)
    parsed()
    const hit = await postlint(['--cache', '--cache-location', 'caches/postlint.json', '--debug', '.'], { cwd: dir })
    expect(hit.stderr).toBe('postlint: debug: 3 files: 0 linted, 3 from the cache caches/postlint.json\n')
    expect(parsed()).toEqual([])
  })

  it('a cache that cannot be written is a warning: the results and the exit code stand', async () => {
    const { dir } = project(POSTINGS)
    const result = await postlint(['--cache', '--cache-location', 'clean.md/cache', '.'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(REPORT)
    expect(result.stderr).toMatch(/^postlint: warning: the cache was not saved: Cannot write .*clean\.md\/cache: a part of the path is not a directory\n$/)
  })

  it('--cache-location without --cache, and --cache with --stdin, are usage errors', async () => {
    const dir = tempDir({ 'a.md': 'Text.\n' })
    expectOneLineFailure(await postlint(['--cache-location', 'x', 'a.md'], { cwd: dir }), '--cache-location needs --cache')
    expectOneLineFailure(await postlint(['--cache', '--stdin'], { cwd: dir, stdin: 'Text.' }), '--cache cannot be used with --stdin')
  })
})

describe('--cache with --concurrency', () => {
  it('gives what an uncached single thread gives, cold or warm, on real postings', async () => {
    const files = corpusFiles().slice(0, 90)
    const cacheDir = tempDir()
    const run = (...extra: string[]): ReturnType<typeof postlint> => postlint(['--no-config', '-f', 'json', ...extra, ...files], { cwd: CORPUS })
    const plain = await run('--concurrency', 'off')
    expect(plain.code).toBe(1)
    expect(JSON.parse(plain.stdout)).toHaveLength(90)
    const cold = await run('--cache', '--cache-location', `${cacheDir}/`, '--concurrency', '2', '--debug')
    expect(cold.stderr).toBe(`postlint: debug: 90 files: 90 linted, 0 from the cache ${cacheDir}/.postlintcache\n`)
    const warm = await run('--cache', '--cache-location', `${cacheDir}/`, '--concurrency', '2', '--debug')
    expect(warm.stderr).toBe(`postlint: debug: 90 files: 0 linted, 90 from the cache ${cacheDir}/.postlintcache\n`)
    const warmSingle = await run('--cache', '--cache-location', `${cacheDir}/`)
    for (const result of [cold, warm, warmSingle]) expect({ code: result.code, stdout: result.stdout }).toEqual({ code: plain.code, stdout: plain.stdout })
  }, 180_000)
})
