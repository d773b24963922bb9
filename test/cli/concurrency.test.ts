/**
 * `--concurrency`: linting on worker threads gives exactly what one thread
 * gives, on the whole corpus of real postings and with `--fix`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS } from '../corpus-files.js'
import { THREADED_START_FLAGS } from '../../src/cli/start.js'
import { listFiles, MOJIBAKE, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

describe('--concurrency', () => {
  it('gives the same JSON as one thread over the whole corpus, in the same order', async () => {
    const single = await postlint(['--no-config', '-f', 'json', '--concurrency', 'off', '.'], { cwd: CORPUS })
    const threads = await postlint(['--no-config', '-f', 'json', '--concurrency', '2', '.'], { cwd: CORPUS })
    const auto = await postlint(['--no-config', '-f', 'json', '--concurrency', 'auto', '.'], { cwd: CORPUS })
    expect(single.stderr).toBe('')
    expect(single.code).toBe(1)
    const files = (JSON.parse(single.stdout) as unknown[]).length
    expect(files).toBeGreaterThanOrEqual(556)
    expect(threads).toEqual(single)
    expect(auto).toEqual(single)
  }, 180_000)

  it('fixes the same files the same way on threads', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`p${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? `# Job ${i}\n\n${MOJIBAKE} for role ${i}.\n` : `# Job ${i}\n\nWe are hiring for role ${i}.\n`
    const one = tempDir(files)
    const two = tempDir(files)
    const single = await postlint(['--no-config', '--fix', '-f', 'compact', '--concurrency', 'off', '.'], { cwd: one })
    const threads = await postlint(['--no-config', '--fix', '-f', 'compact', '--concurrency', '3', '.'], { cwd: two })
    expect(threads).toEqual(single)
    const contents = (dir: string): Record<string, string> => Object.fromEntries(listFiles(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]))
    expect(contents(two)).toEqual(contents(one))
    expect(contents(one)['p00.md']).toBe('# Job 0\n\nWe’re hiring for role 0.\n')
  }, 60_000)

  it('puts each result in its place when some files named get no thread: ignored, or taken from the cache', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`p${String(i).padStart(2, '0')}.md`] = `# Job ${i}\n\nWe are hiring for role ${i}.\n`
    const dir = tempDir(files)
    const names = Object.keys(files)
    const ignoring = ['--no-config', '-f', 'json', '--ignore-pattern', 'p05.md', ...names]
    const single = await postlint([...ignoring, '--concurrency', 'off'], { cwd: dir })
    expect(await postlint([...ignoring, '--concurrency', '2'], { cwd: dir })).toEqual(single)
    expect((JSON.parse(single.stdout) as Array<{ filePath: string; messages: Array<{ message: string }> }>)[5]).toMatchObject({
      filePath: path.join(dir, 'p05.md'),
      messages: [{ message: expect.stringContaining('File ignored') }],
    })

    const cached = ['--no-config', '-f', 'json', '--cache', '--cache-location', `${tempDir()}/`, '--concurrency', '2', ...names]
    await postlint(cached, { cwd: dir })
    for (const name of ['p10.md', 'p20.md', 'p30.md']) fs.appendFileSync(path.join(dir, name), '\nWe dont have an office.\n')
    const fresh = await postlint(['--no-config', '-f', 'json', ...names], { cwd: dir })
    expect(await postlint(cached, { cwd: dir })).toEqual(fresh)
    expect(fresh.stdout).toContain('no-missing-apostrophes')
  }, 60_000)

  it('refuses a value that is not a number of threads, auto or off', async () => {
    const dir = tempDir({ 'a.md': 'Hello.\n' })
    const result = await postlint(['--concurrency', 'many', 'a.md'], { cwd: dir })
    expect(result).toEqual({ code: 2, stdout: '', stderr: "postlint: --concurrency needs a number of threads, auto or off, got 'many'\n" })
  })
})

describe('the command’s V8 flags for threads', () => {
  it('runs a lint that asks for threads in a node started again under the threaded start flags, any other in the first node', async () => {
    // Every node started under this hook records its flags.
    const dir = tempDir({ 'a.md': 'Hello.\n', 'hook.cjs': "require('node:fs').appendFileSync(process.env.FLAGS_LOG, JSON.stringify(process.execArgv) + '\\n')\n" })
    const log = path.join(dir, 'flags.log')
    const nodes = async (args: string[]): Promise<string[][]> => {
      fs.rmSync(log, { force: true })
      const result = await postlint(['--no-config', ...args, 'a.md'], { cwd: dir, env: { NODE_OPTIONS: `--require ${path.join(dir, 'hook.cjs')}`, FLAGS_LOG: log } })
      expect(result.stderr).toBe('')
      return fs.readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[])
    }
    expect(await nodes(['--concurrency', '2'])).toEqual([[], THREADED_START_FLAGS])
    expect(await nodes(['--concurrency=auto'])).toEqual([[], THREADED_START_FLAGS])
    expect(await nodes(['--concurrency', '1'])).toEqual([[]])
    expect(await nodes([])).toEqual([[]])
  })

  // main() passes a beforeThreads that leaves heap growth to V8 (src/cli/start.ts): it must be called for
  // every run that may use threads, and for no other.
  it('asks for them before a lint with --concurrency N (N > 1) or auto, not with off or 1', async () => {
    const { run } = await import('../../src/cli/index.js')
    const dir = tempDir({ 'a.md': 'Hello.\n' })
    const calls = async (concurrency: string[]): Promise<number> => {
      let count = 0
      await run(['--no-config', ...concurrency, 'a.md'], {
        stdout: () => undefined,
        stderr: () => undefined,
        readStdin: async () => null,
        cwd: dir,
        colorSupported: false,
        beforeThreads: () => count++,
      })
      return count
    }
    expect(await calls(['--concurrency', '2'])).toBe(1)
    expect(await calls(['--concurrency', 'auto'])).toBe(1)
    expect(await calls(['--concurrency', 'off'])).toBe(0)
    expect(await calls(['--concurrency', '1'])).toBe(0)
    expect(await calls([])).toBe(0)
  })
})
