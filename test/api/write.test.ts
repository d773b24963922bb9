// Reports are written a slice at a time (so a large one is not held twice):
// what lands in the file is the text, whole, whatever the slice length,
// surrogate pairs included.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { inSlices, writeTexts } from '../../src/api/write.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-report-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('inSlices', () => {
  it('joins short texts up to a slice, cuts long ones, and gives back exactly the texts joined', () => {
    expect([...inSlices(['[', '{"a":1}', ',', '{"b":2}', ']'], 8)]).toEqual(['[{"a":1}', ',{"b":2}', ']'])
    expect([...inSlices(['ab', 'cdefghij', 'k'], 3)]).toEqual(['ab', 'cde', 'fgh', 'ij', 'k'])
    expect([...inSlices(['', ''], 3)]).toEqual([])
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 8 }), fc.integer({ min: 1, max: 9 }), (texts, slice) => {
        const slices = [...inSlices(texts, slice)]
        expect(slices.join('')).toBe(texts.join(''))
        for (const [i, piece] of slices.entries()) {
          expect(piece.length).toBeGreaterThan(0)
          // Joined short texts stay under two slices; a cut never leaves a pair's first half at the end.
          expect(piece.length).toBeLessThan(2 * slice + 1)
          if (i < slices.length - 1) expect(/[\uD800-\uDBFF]$/.test(piece)).toBe(false)
        }
      }),
      { seed: 9, numRuns: 300 },
    )
  })
})

describe('writeTexts', () => {
  it('keeps a pair whole when a slice would end between its halves', async () => {
    const file = path.join(dir, 'pair.json')
    // With slices of 3 code units the first would end after the high half of 🙂.
    await writeTexts(file, ['ab🙂cd', '\n'], 3)
    expect(fs.readFileSync(file, 'utf8')).toBe('ab🙂cd\n')
  })

  it('writes nothing for empty texts and replaces what the file held', async () => {
    const file = path.join(dir, 'empty.txt')
    fs.writeFileSync(file, 'old report\n')
    await writeTexts(file, ['', ''])
    expect(fs.readFileSync(file, 'utf8')).toBe('')
  })

  it('writes any texts byte for byte as one UTF-8 file', async () => {
    const file = path.join(dir, 'any.txt')
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 4 }), fc.integer({ min: 1, max: 9 }), async (texts, slice) => {
        await writeTexts(file, texts, slice)
        expect(fs.readFileSync(file)).toEqual(Buffer.from(texts.join(''), 'utf8'))
      }),
      { seed: 8, numRuns: 300 },
    )
  })
})
