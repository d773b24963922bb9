/**
 * Questions rules and facts ask about a fixed set of ranges (links,
 * paragraphs, statements) once per match or per block: does any of them
 * overlap this range, does any contain it, which ones overlap it. Scanning the
 * whole set each time makes a long posting cost the square of its length; an
 * index sorted by start with the running maximum of ends answers the first two
 * in O(log n), and the third too when the ranges are in order and disjoint
 * (links, paragraphs), which is how a document gives them.
 */
import type { Range } from '../types.js'
import { firstWhere } from './lines.js'

export class RangeIndex {
  readonly #ranges: ReadonlyArray<Readonly<Range>>
  /** Starts in ascending order, and the running maximum of the ends in that order. */
  readonly #starts: Float64Array
  readonly #maxEnds: Float64Array
  /** Whether the ranges, as given, are in order and do not overlap. */
  readonly #ordered: boolean

  constructor(ranges: ReadonlyArray<Readonly<Range>>) {
    this.#ranges = ranges
    const order = ranges.map((_, index) => index).sort((a, b) => ranges[a]![0] - ranges[b]![0])
    this.#starts = new Float64Array(ranges.length)
    this.#maxEnds = new Float64Array(ranges.length)
    let max = -Infinity
    order.forEach((index, position) => {
      const [start, end] = ranges[index]!
      max = Math.max(max, end)
      this.#starts[position] = start
      this.#maxEnds[position] = max
    })
    this.#ordered = ranges.every(([start, end], index) => start <= end && (index === 0 || ranges[index - 1]![1] <= start))
  }

  /** Whether some range overlaps `[start, end)`: it starts before `end` and ends after `start`. */
  anyOverlapping(start: number, end: number): boolean {
    const starts = this.#starts
    const count = firstWhere(starts.length, (index) => starts[index]! >= end)
    return count > 0 && this.#maxEnds[count - 1]! > start
  }

  /** Whether some range contains `[start, end]`. */
  anyContaining(start: number, end: number): boolean {
    const starts = this.#starts
    const count = firstWhere(starts.length, (index) => starts[index]! > start)
    return count > 0 && this.#maxEnds[count - 1]! >= end
  }

  /** The indexes, in the order given, of the ranges that overlap `[start, end)`. */
  overlapping(start: number, end: number): number[] {
    const found: number[] = []
    const ranges = this.#ranges
    if (!this.#ordered) {
      ranges.forEach(([from, to], index) => {
        if (from < end && start < to) found.push(index)
      })
      return found
    }
    // In order and disjoint, the ends ascend too: the first range that ends after `start`, then on while they start before `end`.
    const first = firstWhere(ranges.length, (index) => ranges[index]![1] > start)
    for (let index = first; index < ranges.length && ranges[index]![0] < end; index++) found.push(index)
    return found
  }
}
