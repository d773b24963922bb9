/**
 * Bare web addresses in prose (`https://…`, `www.…`), with trailing
 * sentence punctuation left out, as GitHub's autolinking does.
 */
import type { Range } from '../types.js'

const url = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi
const trailing = /(?<![.,:;!?)\]}'"’”])[.,:;!?)\]}'"’”]+$/

/** Ranges of bare URLs in `text`, shifted by `base`. */
export function findUrls(text: string, base: number): Range[] {
  const ranges: Range[] = []
  url.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = url.exec(text))) {
    let value = match[0]
    const strip = trailing.exec(value)
    if (strip) value = value.slice(0, value.length - strip[0].length)
    // Keep a closing parenthesis that closes one opened inside the URL.
    if (match[0].length > value.length && match[0][value.length] === ')' && value.includes('(')) value += ')'
    if (value.length > 4) ranges.push([base + match.index, base + match.index + value.length])
  }
  return ranges
}
