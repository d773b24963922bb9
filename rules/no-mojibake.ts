/**
 * no-mojibake: text damaged by a wrong character encoding.
 *
 * When UTF-8 bytes are read as Windows-1252 (or Latin-1), each non-ASCII
 * character turns into two to four characters: `’` becomes `â€™`, `é`
 * becomes `Ã©`. The rule maps every character back to the byte Windows-1252
 * gives it and looks for runs that form one valid UTF-8 sequence. A run is
 * reported only when the character it decodes to is one people write
 * (Latin letters, punctuation, currency, symbols, emoji), which keeps real
 * text such as German `ß“` silent. Such a repair is unambiguous, so it is a
 * fix; damage done twice is undone over two fix passes.
 *
 * U+FFFD (the replacement character) means the original character is gone:
 * reported, not fixable; after `â€` it almost always stood for the byte of
 * `”`, which is offered as a suggestion. A lone `Â` before a space (a no-break space that
 * lost its second byte) is reported with a suggestion to remove it.
 */
import type { Paragraph } from 'nlcst'
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import { PLAUSIBLE_RANGES, windows1252Byte } from './data/encodings.js'

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Report text damaged by a wrong character encoding (â€™, Ã©, U+FFFD) and repair it where the repair is certain',
      category: 'hygiene',
      recommended: true,
      url: ruleDocsUrl('no-mojibake'),
    },
    messages: {
      mojibake: "Encoding damage: '{{damaged}}' is a garbled '{{repaired}}'.",
      probableMojibake: "Encoding damage: '{{damaged}}' is probably a garbled '{{repaired}}'.",
      replaceWith: "Replace with '{{repaired}}'.",
      replacementCharacter: 'U+FFFD replacement character: a character was lost in an encoding conversion; retype it.',
      strayCircumflex: "Stray 'Â' before a space: the remains of a garbled no-break space.",
      removeStray: "Remove the stray 'Â'.",
    },
    schema: [],
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context) {
    const { sourceCode } = context

    const scan = (text: string, toRange: (start: number, end: number) => Range): void => {
      for (const finding of findMojibake(text)) {
        const range = toRange(finding.start, finding.end)
        if (finding.kind === 'replacement') {
          context.report({ range, messageId: 'replacementCharacter' })
        } else if (finding.kind === 'probable') {
          const data = { damaged: text.slice(finding.start, finding.end), repaired: finding.repair }
          context.report({
            range,
            messageId: 'probableMojibake',
            data,
            suggest: [{ messageId: 'replaceWith', data, fix: (fixer) => fixer.replaceTextRange(range, finding.repair) }],
          })
        } else if (finding.kind === 'stray') {
          context.report({
            range,
            messageId: 'strayCircumflex',
            suggest: [{ messageId: 'removeStray', fix: (fixer) => fixer.removeRange(range) }],
          })
        } else {
          const repaired = finding.repair
          context.report({
            range,
            messageId: 'mojibake',
            data: { damaged: text.slice(finding.start, finding.end), repaired },
            fix: (fixer) => fixer.replaceTextRange(range, repaired),
          })
        }
      }
    }

    return {
      Document() {
        const frontMatter = sourceCode.frontMatter
        if (frontMatter) {
          const base = frontMatter.range[0]
          scan(sourceCode.getText(frontMatter.range), (start, end) => [base + start, base + end])
        }
      },
      ParagraphNode(node: Paragraph) {
        const prose = sourceCode.getProse(node)
        scan(prose.text, prose.rangeOf)
      },
    }
  },
})

function plausible(codePoint: number): boolean {
  return PLAUSIBLE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high)
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

const decoder = new TextDecoder('utf-8', { fatal: true })

interface MojibakeFinding {
  kind: 'garbled' | 'probable' | 'replacement' | 'stray'
  start: number
  end: number
  /** The character the garbled run stands for (kind `garbled`). */
  repair: string
}

/** Find garbled runs, replacement characters and stray `Â`s in `text`, in one pass. */
function findMojibake(text: string): MojibakeFinding[] {
  const findings: MojibakeFinding[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    const code = char.charCodeAt(0)
    if (code === 0xfffd) {
      findings.push({ kind: 'replacement', start: i, end: i + 1, repair: '' })
      continue
    }
    if (code < 0xc2 || code > 0xf4) continue
    const length = sequenceLength(code)
    if (length === 0 || i + length > text.length) {
      if (code === 0xc2 && text[i + 1] === ' ' && isStrayContext(text, i)) findings.push({ kind: 'stray', start: i, end: i + 1, repair: '' })
      continue
    }
    const bytes = new Uint8Array(length)
    bytes[0] = code
    let valid = true
    for (let k = 1; k < length; k++) {
      const byte = windows1252Byte(text[i + k]!)
      if (byte < 0x80 || byte > 0xbf) {
        valid = false
        break
      }
      bytes[k] = byte
    }
    if (!valid && length === 3 && text[i + 2] === '\uFFFD' && bytes[1] === 0x80 && code === 0xe2) {
      // `â€` + U+FFFD: the third byte was one Windows-1252 leaves undefined, almost always 0x9D of `”`.
      findings.push({ kind: 'probable', start: i, end: i + 3, repair: '\u201D' })
      i += 2
      continue
    }
    if (valid) {
      let repaired: string | undefined
      try {
        repaired = decoder.decode(bytes)
      } catch {
        repaired = undefined
      }
      if (repaired && plausible(repaired.codePointAt(0)!)) {
        findings.push({ kind: 'garbled', start: i, end: i + length, repair: repaired })
        i += length - 1
        continue
      }
    }
    if (code === 0xc2 && text[i + 1] === ' ' && isStrayContext(text, i)) findings.push({ kind: 'stray', start: i, end: i + 1, repair: '' })
  }
  return findings
}

/** `Â` standing alone (not inside a word such as a name in capitals). */
function isStrayContext(text: string, index: number): boolean {
  const before = text[index - 1]
  return before === undefined || !/\p{Lu}/u.test(before)
}
