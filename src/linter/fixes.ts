/**
 * Applying fixes: edits are sorted by position; an edit that overlaps or
 * touches one already taken is left for the next pass, as in ESLint.
 */
import type { Fix } from '../types.js'

export interface AppliedFixes {
  output: string
  /** Whether any edit was applied. */
  fixed: boolean
  /** The fixes that were not applied (they overlapped another). */
  skipped: Fix[]
}

/** Apply non-overlapping `fixes` to `text`. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let lastEnd = Number.NEGATIVE_INFINITY
  let copied = 0
  const skipped: Fix[] = []
  let fixed = false
  for (const fix of sorted) {
    const [start, end] = fix.range
    if (start <= lastEnd || start < 0 || end > text.length) {
      skipped.push(fix)
      continue
    }
    output += text.slice(copied, start) + fix.text
    copied = end
    lastEnd = end
    fixed = true
  }
  output += text.slice(copied)
  return { output, fixed: fixed && output !== text, skipped }
}
