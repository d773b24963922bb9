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

  // ajv's run-time helpers are CommonJS modules imported by the generated validators: Node, the bundler and
  // the test runner hand over a CommonJS module's default differently, and each must find the functions.
  it("checks options with ajv's run-time helpers, as the command and as the Node API run unbundled", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'postlint-helpers-'))
    const config = { rules: { 'eeo-statement': ['error', { categories: ['race', 'race'] }], profanity: ['error', { allow: [''] }] } }
    writeFileSync(path.join(dir, 'posting.md'), 'We are hiring.\n')
    const duplicate = 'rules.eeo-statement: options[0].categories must NOT have duplicate items (items ## 0 and 1 are identical)'
    const empty = 'rules.profanity: options[0].allow[0] must NOT have fewer than 1 characters'
    try {
      for (const [rule, message] of [['eeo-statement', duplicate], ['profanity', empty]] as const) {
        writeFileSync(path.join(dir, '.postlintrc.json'), JSON.stringify({ rules: { [rule]: config.rules[rule] } }))
        const command = spawnSync(process.execPath, [path.join(ROOT, 'bin/postlint.js'), 'posting.md'], { cwd: dir, encoding: 'utf8' })
        expect(command.status).toBe(2)
        expect(command.stderr).toContain(message)
      }
      const api = `import { loadConfig } from ${JSON.stringify(path.join(ROOT, 'dist/src/index.js'))}
for (const rules of [{ 'eeo-statement': ${JSON.stringify(config.rules['eeo-statement'])} }, { profanity: ${JSON.stringify(config.rules.profanity)} }]) {
  await loadConfig({ config: { rules } }).then(() => console.log('accepted'), (error) => console.log(error.message))
}`
      const unbundled = spawnSync(process.execPath, ['--input-type=module', '-e', api], { cwd: dir, encoding: 'utf8' })
      expect(unbundled.stderr).toBe('')
      expect(unbundled.stdout).toContain(duplicate)
      expect(unbundled.stdout).toContain(empty)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
