/**
 * scripts/ascii.mjs: the command's bundle is rewritten in plain ASCII (read
 * faster at every start) without changing what any of it means.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a build script in plain JavaScript, without types
import { toAscii } from '../../scripts/ascii.mjs'

const rewrite = toAscii as (source: string, name: string) => string
const ROOT = path.resolve(import.meta.dirname, '../..')

/** What a script prints, run by node. */
const output = (source: string): string => execFileSync(process.execPath, ['-e', source], { encoding: 'utf8' })

describe('toAscii', () => {
  it('escapes patterns, strings (a line continued by a backslash included), String.raw templates and comments so that they mean the same', () => {
    const source = [
      "const quote = /’/g, identity = /\\é/, astral = /^[é😀]$/u, apostrophes = new RegExp(String.raw`d['’]`, 'u')",
      "const raw = String.raw`âgé${1}–\\s`, nested = `x${String.raw`—`}y`, text = 'ô', continued = 'a\\\u2028b' // a comment: é",
      'console.log(JSON.stringify([quote.test("’"), identity.test("é"), astral.test("😀"), astral.test("é"), apostrophes.test("d’"), raw, nested, text, continued]))',
    ].join('\n')
    const ascii = rewrite(source, 'sample')
    expect(ascii).toMatch(/^[\x00-\x7f]*$/)
    expect(ascii).toContain('/\\u2019/g')
    expect(ascii).toContain('String.raw`${"\\u00e2"}g${"\\u00e9"}${1}${"\\u2013"}\\s`')
    expect(output(ascii)).toBe(output(source))
    expect(JSON.parse(output(ascii))).toEqual([true, true, true, true, true, 'âgé1–\\s', 'x—y', 'ô', 'ab'])
  })

  it('refuses non-ASCII text it cannot rewrite to mean the same: a template with another tag', () => {
    expect(() => rewrite('const tagged = html`é`', 'sample')).toThrow('sample: non-ASCII text in a template that String.raw does not tag at offset 20')
  })

  it('leaves ASCII as it is', () => {
    expect(rewrite('const a = /x/g // plain\n', 'sample')).toBe('const a = /x/g // plain\n')
  })

  it('has made the built command bundle ASCII', () => {
    const bundle = fs.readFileSync(path.join(ROOT, 'dist/cli/postlint.cjs'))
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1)
  })
})
