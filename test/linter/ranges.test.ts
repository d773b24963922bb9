import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RangeIndex } from '../../src/linter/ranges.js'
import { Linter } from '../../src/linter/linter.js'
import type { Range } from '../../src/types.js'

const range = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]): Range => [start, start + length])
/** Ranges in order and apart, as a document gives links and paragraphs. */
const ordered = fc.array(fc.tuple(fc.nat(5), fc.nat(8)), { maxLength: 20 }).map((gaps) => {
  const ranges: Range[] = []
  let at = 0
  for (const [gap, length] of gaps) {
    ranges.push([at + gap, at + gap + length])
    at += gap + length
  }
  return ranges
})

describe('RangeIndex', () => {
  const check = (ranges: Range[], [start, end]: Range): void => {
    const index = new RangeIndex(ranges)
    expect(index.anyOverlapping(start, end)).toBe(ranges.some(([from, to]) => from < end && start < to))
    expect(index.anyContaining(start, end)).toBe(ranges.some(([from, to]) => from <= start && end <= to))
    expect(index.overlapping(start, end)).toEqual(ranges.flatMap(([from, to], at) => (from < end && start < to ? [at] : [])))
  }

  it('answers as a scan of every range does, for ranges in any order', () => {
    fc.assert(fc.property(fc.array(range, { maxLength: 20 }), range, check), { seed: 8, numRuns: 2000 })
  })

  it('answers as a scan of every range does, for ranges in order and apart', () => {
    fc.assert(fc.property(ordered, range, check), { seed: 9, numRuns: 2000 })
  })

  it('gives the overlapping ranges in the order they were given', () => {
    const index = new RangeIndex([[30, 40], [0, 10], [5, 35]])
    expect(index.overlapping(8, 32)).toEqual([0, 1, 2])
    expect(index.overlapping(10, 30)).toEqual([2])
    expect(index.anyContaining(31, 40)).toBe(true)
    expect(index.anyContaining(9, 36)).toBe(false)
  })
})

describe('SourceCode lookups by range', () => {
  const text = [
    '# Analyst',
    '',
    'Apply at [our portal](https://example.org/jobs) by **June 1**.',
    '',
    '## Benefits',
    '',
    '- Dental, see [the plan](https://example.org/dental)',
    '- Pension',
    '',
    '## Contact',
    '',
    'Write to [hr@example.org](mailto:hr@example.org).',
  ].join('\n')
  const parsed = new Linter({ rules: new Map() }).parse(text, 'posting.md')
  if ('fatal' in parsed) throw new Error(parsed.fatal.message)
  const { sourceCode } = parsed
  const at = (needle: string): number => text.indexOf(needle)

  it('finds the section of an offset', () => {
    expect(sourceCode.getSection(0)).toBeUndefined()
    expect(sourceCode.getSection(at('Analyst'))?.text).toBe('Analyst')
    expect(sourceCode.getSection(at('Pension'))?.text).toBe('Benefits')
    expect(sourceCode.getSection(at('## Contact'))?.text).toBe('Benefits')
    expect(sourceCode.getSection(at('Contact'))?.text).toBe('Contact')
    expect(sourceCode.getSection(text.length)?.text).toBe('Contact')
  })

  it('finds the paragraphs and links that overlap a range', () => {
    const paragraphs = sourceCode.paragraphsIn([at('Dental'), at('Pension') + 1])
    expect(paragraphs.map(({ node }) => sourceCode.getProse(node).text)).toEqual(['Dental, see the plan', 'Pension'])
    expect(paragraphs.map(({ index }) => sourceCode.paragraphs[index])).toEqual(paragraphs.map(({ node }) => node))
    expect(sourceCode.linksIn([0, at('## Benefits')]).map((link) => link.url)).toEqual(['https://example.org/jobs'])
    expect(sourceCode.linksIn([at('Pension'), at('## Contact')])).toEqual([])
  })

  it('tells a range in a link, and in a link’s text, from one outside', () => {
    expect(sourceCode.isInLink([at('portal'), at('portal') + 6])).toBe(true)
    expect(sourceCode.isInLink([at('by **June'), at('by **June') + 2])).toBe(false)
    expect(sourceCode.isInLinkText([at('the plan'), at('the plan') + 8])).toBe(true)
    expect(sourceCode.isInLinkText([at('the plan'), at('dental)')])).toBe(false)
  })
})
