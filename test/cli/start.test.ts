/**
 * The command's start (src/cli/start.ts): its script bundle compiled with
 * V8's code cache, a cache made when missing, refused when it does not fit,
 * and a folder that cannot be written to.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

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
