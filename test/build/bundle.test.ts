/**
 * The command's bundle holds what a lint runs: a run that loads a module from
 * node_modules at run time finds, reads and compiles it outside the bundle's
 * code cache on every start.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Preloaded: records every module the run asks the CommonJS loader for, on stderr. */
const WATCH = `
const Module = require('node:module')
const load = Module._load
Module._load = function (request, ...rest) {
  process.stderr.write('loaded ' + request + '\\n')
  return load.call(this, request, ...rest)
}
`

describe('the command bundle', () => {
  it('loads nothing but Node built-ins as it lints the example postings', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postlint-bundle-'))
    const watch = path.join(dir, 'watch.cjs')
    writeFileSync(watch, WATCH)
    const run = spawnSync(process.execPath, ['-r', watch, 'bin/postlint.js', '--no-config', '--format', 'json', 'fixtures/examples'], { cwd: ROOT, encoding: 'utf8' })
    rmSync(dir, { recursive: true, force: true })
    expect(run.status).toBe(1)
    const requests = [...run.stderr.matchAll(/^loaded (.+)$/gmu)].map((match) => match[1]!)
    const builtins = new Set(builtinModules)
    const isBuiltin = (request: string): boolean => request.startsWith('node:') || builtins.has(request)
    expect(requests.length).toBeGreaterThan(0)
    // The command's own ES modules (bin, start) come through the ES loader; the bundle's requires are built-ins.
    expect(requests.filter((request) => !isBuiltin(request) && !request.endsWith('bin/postlint.js'))).toEqual([])
  })
})
