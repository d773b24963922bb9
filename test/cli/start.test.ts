/**
 * The command's start (src/cli/start.ts): its script bundle compiled with
 * V8's code cache, a cache made when missing, refused when it does not fit,
 * and a folder that cannot be written to; a run on worker threads started
 * again under the flags V8 takes only at a process's start.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCliOptions } from '../../src/cli/options.js'
import { asksForThreads, scriptFlags, THREADED_START_FLAGS } from '../../src/cli/start.js'

const START = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/src/cli/start.js')).href

/** Load the bundle in a new process (V8 keeps what one process compiled), write the cache as after a run; what became of the cache. */
function loadScript(file: string, { threaded = false } = {}): { main: string; cache: string } {
  // threaded: the run changed V8's flags as one on worker threads does before the cache is written.
  const during = threaded ? `(await import('node:v8')).setFlagsFromString(THREADED_V8_FLAGS);` : ''
  const script = `const { loadScript, THREADED_V8_FLAGS } = await import(${JSON.stringify(START)}); const loaded = loadScript(${JSON.stringify(file)}); ${during} loaded.afterRun(); console.log(JSON.stringify({ main: typeof loaded.main, cache: loaded.cache }))`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { main: string; cache: string }
}

const BUNDLE = path.resolve(import.meta.dirname, '../../dist/cli/postlint.cjs')
const dir = mkdtempSync(path.join(tmpdir(), 'postlint-start-'))
const bundle = path.join(dir, 'postlint.cjs')
const cache = `${bundle}.cache`
copyFileSync(BUNDLE, bundle)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('the command’s code cache', () => {
  it('is made after a run that had none, and used by the next', () => {
    rmSync(cache, { force: true })
    expect(loadScript(bundle)).toEqual({ main: 'function', cache: 'none' })
    expect(existsSync(cache)).toBe(true)
    expect(loadScript(bundle).cache).toBe('used')
  })

  it('is made under the command’s flags after a run on worker threads changed them', () => {
    rmSync(cache, { force: true })
    expect(loadScript(bundle, { threaded: true })).toEqual({ main: 'function', cache: 'none' })
    expect(loadScript(bundle).cache).toBe('used')
  })

  it('is refused when it is not V8’s, and made again', () => {
    for (const bytes of [Buffer.from('not a code cache'), readFileSync(cache).subarray(0, 100)]) {
      writeFileSync(cache, bytes)
      expect(loadScript(bundle)).toEqual({ main: 'function', cache: 'rejected' })
      expect(loadScript(bundle).cache).toBe('used')
    }
  })

  it('is refused for another bundle', () => {
    writeFileSync(bundle, `${readFileSync(BUNDLE, 'utf8')}\n// changed\n`)
    expect(loadScript(bundle).cache).toBe('rejected')
    copyFileSync(BUNDLE, bundle)
    expect(loadScript(bundle).cache).toBe('rejected')
  })

  it('is left alone where it cannot be written, and the run goes on', () => {
    // A folder in the cache's place: neither read nor replaced (as a read-only folder would be, for a user who is not root).
    rmSync(cache, { force: true })
    mkdirSync(path.join(cache, 'inside'), { recursive: true })
    expect(loadScript(bundle)).toEqual({ main: 'function', cache: 'none' })
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    rmSync(cache, { recursive: true, force: true })
  })
})

describe('a run on one thread', () => {
  it('loads none of the built-in modules only some runs need (child_process, worker_threads, crypto)', () => {
    const script = `process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((name) => /^NativeModule (?:child_process|worker_threads|crypto)$/.test(name)))))`
    const bin = path.resolve(import.meta.dirname, '../../bin/postlint.js')
    const posting = path.resolve(import.meta.dirname, '../../fixtures/examples/marketing-manager.md')
    const run = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(script)}`, bin, '--no-config', posting], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stderr)).toEqual([])
  })
})

describe('a run that asks for worker threads', () => {
  it('is told from the arguments as the option parser reads them', () => {
    const cases: string[][] = [
      [],
      ['--concurrency', 'auto'],
      ['--concurrency=auto'],
      ['--concurrency', '2'],
      ['--concurrency=8'],
      ['--concurrency', '1'],
      ['--concurrency', 'off'],
      ['--concurrency', '2', '--concurrency', 'off'],
      ['--concurrency', 'off', '--concurrency=auto'],
      ['--', '--concurrency', 'auto'],
      ['-f', 'json', '--concurrency', '3', 'postings/'],
    ]
    for (const argv of cases) {
      const { concurrency } = parseCliOptions([...argv, 'posting.md'])
      expect([argv, asksForThreads(argv)]).toEqual([argv, concurrency !== 'off' && concurrency !== 1])
    }
  })

  it('passes node’s own flags on to the child, but not code given on the command line', () => {
    expect(scriptFlags(['--cpu-prof', '--max-old-space-size=4096', '-r', 'hook.cjs'])).toEqual(['--cpu-prof', '--max-old-space-size=4096', '-r', 'hook.cjs'])
    expect(scriptFlags(['--input-type=module', '-e', 'code', '--cpu-prof'])).toEqual(['--cpu-prof'])
    expect(scriptFlags(['--input-type', 'module', '--eval', 'code', '--trace-gc'])).toEqual(['--trace-gc'])
    expect(scriptFlags(['-p', '1 + 1', '--print=2', '--eval=3', '-pe', '4'])).toEqual([])
  })

  const script = (body: string): string => {
    const file = path.join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`)
    writeFileSync(file, body)
    return file
  }
  /** Node code that runs `rerun(file, argv, flags)` from the built start module. */
  const parent = (file: string, argv: string[], flags: readonly string[]): string =>
    `const { rerun } = await import(${JSON.stringify(START)}); await rerun(${JSON.stringify(file)}, ${JSON.stringify(argv)}, ${JSON.stringify(flags)})`

  it('runs again under the start flags, with the same arguments, streams and exit code', () => {
    const child = script(`import fs from 'node:fs'; process.stdout.write(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2), stdin: fs.readFileSync(0, 'utf8') })); process.stderr.write('to stderr'); process.exitCode = 3`)
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', parent(child, ['--concurrency', 'auto', 'a b.md'], THREADED_START_FLAGS)], { input: 'from stdin', encoding: 'utf8', timeout: 30_000 })
    expect(result.stderr).toBe('to stderr')
    expect(result.status).toBe(3)
    expect(JSON.parse(result.stdout)).toEqual({ execArgv: ['--single-threaded-gc'], argv: ['--concurrency', 'auto', 'a b.md'], stdin: 'from stdin' })
  })

  it('ends as the child ended when a signal ended it', () => {
    const child = script(`process.kill(process.pid, 'SIGTERM')`)
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', parent(child, [], [])], { encoding: 'utf8', timeout: 30_000 })
    expect(result.signal).toBe('SIGTERM')
  })

  it('passes the signals it gets on to the child', async () => {
    const child = script(`process.on('SIGTERM', () => { process.stdout.write('child stopped'); process.exit(7) }); process.stdout.write('ready'); setTimeout(() => {}, 60_000)`)
    const run = spawn(process.execPath, ['--input-type=module', '-e', parent(child, [], [])], { stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    const ended = new Promise<number | null>((resolve) => run.once('exit', (code) => resolve(code)))
    run.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout === 'ready') run.kill('SIGTERM')
    })
    expect(await ended).toBe(7)
    expect(stdout).toBe('readychild stopped')
  })
})
