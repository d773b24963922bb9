/**
 * The Node API as a program uses it: lintText, fixText, lintFiles,
 * loadConfig, getFormatter, and the package's own entry points.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { applyBaseline, ConfigError, fixText, getFormatter, lintFiles, lintText, loadConfig, readBaseline, updateBaseline, UsageError, writeBaseline } from '../src/index.js'
import type { LintStats } from '../src/index.js'

const only = { rules: { 'no-mojibake': 'error' as const } }
const dir = mkdtempSync(path.join(os.tmpdir(), 'postlint-api-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('lintText', () => {
  it('lints text with a configuration object, as the file it names', async () => {
    const result = await lintText('We donâ€™t wait.', { config: only, filePath: 'job.md', cwd: dir })
    expect(result.filePath).toBe(path.join(dir, 'job.md'))
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['no-mojibake', 1, 7]])
    expect([result.errorCount, result.fixableErrorCount, result.output]).toEqual([1, 1, undefined])
  })

  it('looks for a configuration file from cwd when given none', async () => {
    writeFileSync(path.join(dir, '.postlintrc.json'), JSON.stringify({ rules: { 'no-mojibake': 'warn' } }))
    const result = await lintText('We donâ€™t wait.', { cwd: dir })
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toEqual([['no-mojibake', 1]])
    expect(result.filePath).toBe('<text>')
  })

  it('throws a ConfigError for a bad configuration', async () => {
    await expect(lintText('x', { config: { rules: { 'no-such-rule': 'error' } } })).rejects.toThrow(ConfigError)
    await expect(lintText('x', { config: { rules: { 'no-mojibak': 'error' } } })).rejects.toThrow("rules.no-mojibak: unknown rule 'no-mojibak' (did you mean 'no-mojibake'?)")
  })
})

describe('fixText', () => {
  it('returns the fixed text and what is left', async () => {
    const result = await fixText('We donâ€™t wait.\n\nLost: r\uFFFDsum\uFFFD.', { config: only })
    expect(result.fixed).toBe(true)
    expect(result.output).toBe('We don’t wait.\n\nLost: r\uFFFDsum\uFFFD.')
    expect(result.messages.map((m) => m.messageId)).toEqual(['replacementCharacter', 'replacementCharacter'])
  })

  it('returns the text unchanged when there is nothing to fix', async () => {
    expect(await fixText('All fine.', { config: only })).toMatchObject({ fixed: false, output: 'All fine.', messages: [] })
  })
})

describe('lintFiles', () => {
  it('lints a folder and writes fixes only when asked', async () => {
    const file = path.join(dir, 'posting.md')
    writeFileSync(file, 'We donâ€™t wait.\n')
    const config = await loadConfig({ cwd: dir, config: only })
    const dry = await lintFiles([dir], { config, fix: true, write: false })
    expect(dry.map((r) => [path.basename(r.filePath), r.output])).toEqual([['posting.md', 'We don’t wait.\n']])
    expect(readFileSync(file, 'utf8')).toBe('We donâ€™t wait.\n')
    await lintFiles([file], { config, fix: true })
    expect(readFileSync(file, 'utf8')).toBe('We don’t wait.\n')
  })

  it('throws a UsageError for a path that matches nothing', async () => {
    await expect(lintFiles(['nowhere/*.md'], { cwd: dir, config: only })).rejects.toThrow(UsageError)
  })
})

describe('loadConfig and getFormatter', () => {
  it('resolves the rules for one file, overrides included', async () => {
    const config = await loadConfig({
      cwd: dir,
      config: { extends: ['postlint:recommended'], overrides: [{ files: ['*.html'], rules: { 'no-mojibake': 'off' } }] },
    })
    expect(config.forFile(path.join(dir, 'a.md')).rules['no-mojibake']).toEqual({ severity: 2, options: [] })
    expect(config.forFile(path.join(dir, 'a.html')).rules['no-mojibake']).toBeUndefined()
  })

  it('formats results', async () => {
    const result = await lintText('We donâ€™t wait.', { config: only })
    const format = await getFormatter('compact')
    expect(await format([result], { cwd: dir, rulesMeta: {}, version: '0', color: false })).toBe(
        "<text>: line 1, col 7, Error - Encoding damage: 'â€™' is a garbled '’'. (no-mojibake)\n\n1 problem\n",
    )
  })
})

describe('lintFiles with a cache, and the baseline functions', () => {
  it('answers unchanged files from the cache, and suppresses what a baseline records', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'postlint-api-cache-'))
    try {
      writeFileSync(path.join(folder, 'a.md'), 'We donâ€™t wait.\n')
      writeFileSync(path.join(folder, 'b.md'), 'All fine.\n')
      const config = await loadConfig({ cwd: folder, config: only })
      const stats: LintStats[] = []
      const options = { config, cache: true, onStats: (found: LintStats) => stats.push(found) }
      const first = await lintFiles([folder], options)
      const second = await lintFiles([folder], options)
      expect(second).toEqual(first)
      expect(stats.map(({ linted, fromCache }) => [linted, fromCache])).toEqual([
        [2, 0],
        [0, 2],
      ])
      expect(stats[1]!.cache).toEqual({ file: path.join(folder, '.postlintcache'), problem: null, writeError: null })

      const file = path.join(folder, 'baseline.json')
      const recorded = await updateBaseline(await readBaseline(file, { allowMissing: true }), first)
      await writeBaseline(recorded)
      const outcome = await applyBaseline(await readBaseline(file), second)
      expect([outcome.suppressed, outcome.unmatched]).toEqual([1, 0])
      expect(outcome.results.map((result) => [path.basename(result.filePath), result.errorCount, result.suppressedMessages.length])).toEqual([
        ['a.md', 0, 1],
        ['b.md', 0, 0],
      ])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('package entry points', () => {
  it('exports the API and the RuleTester under the package name', () => {
    const root = path.resolve(import.meta.dirname, '..')
    const script = "const api = await import('postlint'); const tester = await import('postlint/rule-tester'); console.log(typeof api.lintText, typeof api.defineRule, typeof tester.RuleTester)"
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim()).toBe('function function function')
  })
})
