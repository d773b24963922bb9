/**
 * Offsets ⇄ lines and columns for one text.
 *
 * A line ends at `\n`, `\r\n` or a lone `\r`, as in micromark and parse5, so
 * line numbers agree with what editors show for LF, CRLF and mixed files.
 * Columns are 0-based UTF-16 code units here; callers add 1 at the boundary.
 */

export interface Location {
  /** 1-based line. */
  line: number
  /** 0-based column, in UTF-16 code units. */
  column: number
}

export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0] === 0`. */
  readonly lineStarts: number[]
  readonly length: number
  readonly #text: string

  constructor(text: string) {
    this.#text = text
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) {
        starts.push(i + 1)
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.lineStarts = starts
    this.length = text.length
  }

  get lineCount(): number {
    return this.lineStarts.length
  }

  /** The line last found: lookups mostly go forward through a text, so it is tried first. */
  #last = 0

  /** The line and column of `offset`, clamped into the text. */
  locationOf(offset: number): Location {
    const target = Math.max(0, Math.min(offset, this.length))
    const line = this.lineIndexOf(target)
    return { line: line + 1, column: target - this.lineStarts[line]! }
  }

  /** The 0-based line of `offset`, clamped into the text. */
  lineIndexOf(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.length))
    const starts = this.lineStarts
    let line = this.#last
    if (starts[line]! <= target && (line + 1 >= starts.length || starts[line + 1]! > target)) return line
    if (line + 2 < starts.length && starts[line + 1]! <= target && starts[line + 2]! > target) {
      line++
    } else {
      line = lastAtMost(starts, target, starts.length)
    }
    this.#last = line
    return line
  }

  /** The offset of a 1-based line and 0-based column, clamped into that line. */
  offsetOf(location: Location): number {
    const lineIndex = Math.max(0, Math.min(location.line - 1, this.lineStarts.length - 1))
    const start = this.lineStarts[lineIndex]!
    return Math.min(start + Math.max(0, location.column), this.lineEnd(lineIndex + 1))
  }

  /** The offset where a 1-based line's content ends, before its line ending. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line]
    if (next === undefined) return this.length
    let end = next - 1
    if (end > 0 && this.#text.charCodeAt(end) === 10 && this.#text.charCodeAt(end - 1) === 13) end--
    return end
  }
}

/**
 * The first index below `count` where `test` holds, or `count`: `test` must
 * be false up to some index and true from there on (a sorted array's
 * "value above x", ranges in order's "ends after x").
 */
export function firstWhere(count: number, test: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const mid = (low + high) >> 1
    if (test(mid)) high = mid
    else low = mid + 1
  }
  return low
}

/** The last index below `count` whose value in `sorted` (ascending) is at most `value`, or 0 when there is none. */
export function lastAtMost(sorted: ArrayLike<number>, value: number, count: number): number {
  return Math.max(0, firstWhere(count, (index) => sorted[index]! > value) - 1)
}
