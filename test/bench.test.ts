/**
 * The benchmark scripts (bench/) run only under `npm run bench`, minutes
 * long: the tests at least make sure each one parses.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const BENCH = path.resolve(import.meta.dirname, '../bench')

describe('bench/', () => {
  const scripts = fs.readdirSync(BENCH).filter((name) => name.endsWith('.mjs'))

  it('holds the benchmark and its companion scripts', () => {
    expect(scripts).toContain('bench.mjs')
  })

  it.each(scripts)('%s parses', (name) => {
    const result = spawnSync(process.execPath, ['--check', path.join(BENCH, name)], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
