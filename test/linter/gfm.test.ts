/**
 * The Markdown parser skips GFM's table construct in documents without a `|`
 * and looks ahead before trying an email autolink literal (src/linter/gfm.ts).
 * Neither may change a tree: every tree is compared, positions included,
 * with remark-gfm's over the corpus, hand-written cases and generated text.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { describe, expect, it } from 'vitest'
import { parseMarkdownTree } from '../../src/linter/parse-markdown.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

const same = (text: string): void => {
  const tree = parseMarkdownTree(text)
  const expected = reference.parse(text)
  // Strings first: comparing objects of a whole posting's tree is slow; on a difference, the objects, for the diff.
  if (JSON.stringify(tree) !== JSON.stringify(expected)) expect(tree).toEqual(expected)
}

describe('GFM as remark-gfm parses it', () => {
  it('gives remark-gfm’s tree for every Markdown posting of the corpus', () => {
    const files = corpusFiles().filter((file) => file.endsWith('.md'))
    expect(files.length).toBeGreaterThan(400)
    for (const file of files) same(readFileSync(path.join(CORPUS, file), 'utf8'))
  })

  it.each([
    ['an email in a sentence', 'Write to hr@example.org or jobs+ops@example.co.uk.'],
    ['emails in lists, quotes and emphasis', '- hr@example.org\n  > quoted a.b@c.io\n\n*x_y@example.org* and **`code@example.org`**'],
    ['an email after a slash, a word joined to it, a domain without a dot', 'a/hr@example.org hr@example hr@@example.org x.@y.z'],
    ['a lazy line and a tab before an email', '> quote\nlazy\thr@example.org\n\n1.\thr@example.org'],
    ['www and protocol literals next to emails', 'www.example.org, https://example.org/jobs?a=b and careers@example.org.'],
    ['a table', '| Grade | Pay |\n| --- | ---: |\n| GS-12 | $88,520 |\nrow without pipes'],
    ['a table without outer pipes, and a pipe in code only', 'a | b\n- | -\n1 | 2\n\n`x|y` and a line\n---'],
    ['a setext heading and a thematic break that are not tables', 'Title\n-----\n\ntext\n\n- - -\n:--'],
    ['CRLF line endings', 'Email hr@example.org\r\n\r\n| a |\r\n| - |\r\n'],
    ['a byte-order mark', '\uFEFFContact hr@example.org\n'],
    ['front matter', '---\ntitle: Analyst\ncontact: hr@example.org\n---\n\nWrite to hr@example.org.'],
    ['addresses decoded from character references', 'Write to hr&#64;example.org or see www&#46;example.org and h&#116;tps://example.org.'],
    ['addresses in link text, and in blocks nested in lists and quotes', '[hr@example.org](mailto:hr@example.org)\n\n- item\n  > see https://example.org\n\n| a |\n| - |\n| jobs@example.org |'],
    ['addresses written with escapes', 'hr\\@example.org and www\\.example.org'],
    ['pipes in Liquid filters, and delimiter rows without pipes', '{{ page.opens | date: "%B" }}\n---\n\n| a |\n:-:\n\n| b |\n- -\n\n> | c |\n> --:\n\n1. | d |\n   :--\n'],
    ['a delimiter row in a list item and after a tab', '- | a | b |\n  |---|---|\n  | 1 | 2 |\n\n|x|\n\t|-|'],
  ])('gives remark-gfm’s tree for %s', (_, text) => {
    same(text)
  })

  it('gives remark-gfm’s tree for generated Markdown', () => {
    const piece = fc.constantFrom('hr', '@', 'example', '.org', '.', ' ', '\n', '\n\n', '|', '-', ':', '> ', '- ', '1. ', '2) ', '+ ', '\t', '---', '| - |', '{{ x | y }}', '*', '_', '`', '[', ']', '(', ')', 'www', 'www.', 'WwW.', 'http://', 'HTTPS://', 'http:', '/', '&#64;', '\\@', '+', 'x', '~', '[^1]', '\r\n')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        same(pieces.join(''))
      }),
      { seed: 20261127, numRuns: 3000 },
    )
  })
})
