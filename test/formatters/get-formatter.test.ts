import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatterNames, getFormatter } from '../../src/formatters/index.js'
import { UsageError } from '../../src/config/errors.js'
import { VERSION } from '../../src/version.js'
import stylish from '../../src/formatters/stylish.js'
import json from '../../src/formatters/json.js'
import compact from '../../src/formatters/compact.js'
import sarif from '../../src/formatters/sarif.js'
import github from '../../src/formatters/github.js'
import junit from '../../src/formatters/junit.js'
import gitlab from '../../src/formatters/gitlab.js'
import type { Formatter, FormatterContext } from '../../src/types.js'
import { SAO_PAULO, lintMojibake, makeContext } from './fixtures.js'
import { parseValidSarif } from './sarif-schema.js'

const BUILTIN: Record<string, Formatter> = { stylish, json, compact, sarif, github, junit, gitlab }

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postlint-formatters-'))
  await mkdir(path.join(dir, 'reports', 'with space'), { recursive: true })
  await writeFile(
    path.join(dir, 'reports', 'count.mjs'),
    'export default (results, context) => `${results.length} file(s) in ${context.cwd}, v${context.version}`\n',
  )
  await writeFile(path.join(dir, 'reports', 'with space', 'async.js'), 'export default async (results) => `async ${results.length}`\n')
  await writeFile(path.join(dir, 'reports', 'common.cjs'), 'module.exports = (results) => `cjs ${results.length}`\n')
  await writeFile(path.join(dir, 'reports', 'named.mjs'), 'export const format = () => "named"\n')
  await writeFile(path.join(dir, 'reports', 'broken.mjs'), 'export default (\n')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('getFormatter', () => {
  it('knows the seven built-in formatters', () => {
    expect([...formatterNames].sort()).toEqual(['compact', 'github', 'gitlab', 'json', 'junit', 'sarif', 'stylish'])
  })

  it('loads each built-in formatter by name, and stylish by default', async () => {
    const results = [lintMojibake(SAO_PAULO)]
    const context = makeContext()
    for (const name of formatterNames) {
      const formatter = await getFormatter(name)
      expect(await formatter(results, context)).toBe(await BUILTIN[name]!(results, context))
      // Only json gives its report in pieces too (written one after the other by the command).
      if (name === 'json') expect([...formatter.chunks!(results, context)].join('')).toBe(await formatter(results, context))
      else expect(formatter.chunks).toBeUndefined()
    }
    expect(await (await getFormatter())(results, context)).toBe(stylish(results, context))
  })

  it('formats without a context, as the Node API’s example does', async () => {
    const results = [lintMojibake(SAO_PAULO)]
    results[0]!.filePath = path.join(process.cwd(), 'postings', 'sao-paulo.md')
    const format = (await getFormatter('stylish')) as (results: unknown[]) => Promise<string>
    const output = await format(results)
    // Paths relative to the process's working directory, no colours.
    expect(output).toContain('\npostings/sao-paulo.md\n  1:3   error  ')
    expect(output).not.toMatch(/\u001b\[/)
    const sarifFormat = (await getFormatter('sarif')) as (results: unknown[], context?: Partial<FormatterContext>) => Promise<string>
    const log = parseValidSarif(await sarifFormat(results))
    expect(log.runs[0]!.tool.driver.version).toBe(VERSION)
    // The built-in rules' metadata is known without being given.
    expect(log.runs[0]!.tool.driver.rules![0]!.helpUri).toMatch(/no-mojibake\.md$/)
    // A partial context is completed, not replaced.
    const partial = parseValidSarif(await sarifFormat(results, { version: '9.9.9' }))
    expect(partial.runs[0]!.tool.driver.version).toBe('9.9.9')
  })

  it('loads a custom formatter by path, resolved from the given directory', async () => {
    const results = [lintMojibake(SAO_PAULO)]
    const context = makeContext()
    const count = await getFormatter('./reports/count.mjs', dir)
    expect(await count(results, context)).toBe(`1 file(s) in ${context.cwd}, v1.2.3`)
    const absolute = await getFormatter(path.join(dir, 'reports', 'count.mjs'), '/')
    expect(await absolute([], context)).toBe(`0 file(s) in ${context.cwd}, v1.2.3`)
    const asynchronous = await getFormatter('reports/with space/async.js', dir)
    expect(await asynchronous(results, context)).toBe('async 1')
    const commonJs = await getFormatter('reports/common.cjs', dir)
    expect(await commonJs(results, context)).toBe('cjs 1')
  })

  it('throws a UsageError for an unknown name, listing the built-in ones', async () => {
    const error = await getFormatter('checkstyle').catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe(
      "Unknown format 'checkstyle' (built-in: stylish, json, compact, sarif, github, junit, gitlab; or give a path to a formatter module)",
    )
    await expect(getFormatter('')).rejects.toBeInstanceOf(UsageError)
    await expect(getFormatter('toString')).rejects.toBeInstanceOf(UsageError)
    await expect(getFormatter('__proto__')).rejects.toBeInstanceOf(UsageError)
  })

  it('throws a UsageError for a module that is missing, broken or exports no function', async () => {
    await expect(getFormatter('./reports/missing.mjs', dir)).rejects.toThrow(UsageError)
    await expect(getFormatter('./reports/missing.mjs', dir)).rejects.toThrow(/^Cannot load formatter \.\/reports\/missing\.mjs: /)
    await expect(getFormatter('./reports/broken.mjs', dir)).rejects.toThrow(UsageError)
    await expect(getFormatter('./reports/named.mjs', dir)).rejects.toThrow(new UsageError('Formatter ./reports/named.mjs does not export a function'))
  })
})
