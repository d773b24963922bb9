import { execFileSync } from 'node:child_process'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfm } from 'micromark-extension-gfm'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { describe, expect, it } from 'vitest'
import '../../src/linter/edit-map.js'

/** Lists and block quotes closed by lazy lines and by new containers: the edits micromark makes when containers close. */
const DOCUMENT = [
  '# Role',
  '',
  '- one',
  'lazy line of the first item',
  '- two',
  '  > quoted in a list',
  'lazy quote line',
  '',
  '> a quote',
  '> - with a list',
  'and a lazy line',
  '',
  '1. first',
  '   2. nested',
  '      - deeper',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
  'Text with *emphasis*, a [link](https://example.com) and www.example.com.',
  '',
].join('\n')

describe('the linear EditMap.consume', () => {
  it('gives the same tree, positions included, as micromark without it', () => {
    const text = DOCUMENT.repeat(20)
    // micromark as it ships, in a process that never loads the replacement.
    const script = `
      import { fromMarkdown } from 'mdast-util-from-markdown'
      import { gfm } from 'micromark-extension-gfm'
      import { gfmFromMarkdown } from 'mdast-util-gfm'
      const text = ${JSON.stringify(text)}
      process.stdout.write(JSON.stringify(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })))
    `
    const original: unknown = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 }))
    const replaced: unknown = JSON.parse(JSON.stringify(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })))
    expect(replaced).toEqual(original)
  })
})
