/**
 * Over the whole corpus: every word of the natural-language tree points at
 * the characters it was read from (after character references and backslash
 * escapes are decoded), and every sentence's range lies inside the file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { sourceFor, words, nodesOf } from './helpers.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

function decode(source: string): string {
  return source
    .replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
        return String.fromCodePoint(code)
      }
      return decodeNamedCharacterReference(name) || whole
    })
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

describe('corpus positions', () => {
  const files = corpusFiles()

  it('finds the whole corpus', () => {
    expect(files.length).toBe(556)
  })

  it('places every word exactly', () => {
    const mismatches: string[] = []
    let total = 0
    for (const file of files) {
      const source = sourceFor(readFileSync(path.join(CORPUS, file), 'utf8'), file)
      for (const word of words(source)) {
        total++
        // A token parse-english merged across inline markup ("**$500**.") spans the markup between its parts.
        if (word.source !== word.text && decode(word.source).replace(/[*_]/g, '') !== word.text) mismatches.push(`${file}:${word.line}:${word.column} ${JSON.stringify(word.text)} ≠ ${JSON.stringify(word.source)}`)
      }
      for (const node of nodesOf(source.nlcst, 'SentenceNode')) {
        const [start, end] = source.getRange(node)
        if (start < 0 || end > source.text.length || end < start) mismatches.push(`${file}: sentence range [${start}, ${end}]`)
      }
    }
    expect(total).toBeGreaterThan(500_000)
    expect(mismatches).toEqual([])
  })
})
