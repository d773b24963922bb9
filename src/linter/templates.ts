/**
 * Template tags left in posting sources (Jekyll/Liquid, Hugo, Handlebars):
 * `{% if … %}`, `{{ page.title }}`, `{{< shortcode >}}`. They are code, not
 * prose, so the parser keeps them out of sentences.
 *
 * A `{{ … }}` whose inside reads like a name someone forgot to fill in
 * (`{{company}}`, `{{ Job Title }}`) is left in the prose: that is a
 * placeholder, which `no-ats-artifacts` reports. Code-like insides (a dotted
 * path, a filter `|`, a call, a shortcode `<`/`%`, a `$variable`, whitespace
 * control `-`) are template code, and so is a Hugo comment (`{{/*` … `*\/}}`).
 * Liquid comment blocks are hidden from the prose whole (see
 * `findCommentBlocks`).
 */

/** The longest tag looked for; an opening with no close within it is text. */
const MAX_TAG_LENGTH = 2000

/** `[start, end)` ranges of template tags in `value`, in order. */
export function findTemplateSpans(value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let index = value.indexOf('{')
  while (index !== -1 && index < value.length - 1) {
    const next = value[index + 1]
    if (next === '%' || next === '{') {
      const close = next === '%' ? '%}' : '}}'
      const end = value.indexOf(close, index + 2)
      if (end !== -1 && end - index <= MAX_TAG_LENGTH) {
        const inside = value.slice(index + 2, end)
        if (next === '%' || isTemplateExpression(inside)) {
          spans.push([index, end + 2])
          index = value.indexOf('{', end + 2)
          continue
        }
      }
    }
    index = value.indexOf('{', index + 1)
  }
  return spans
}

const codeLike = /[.|()<>%$[\]=]/

/** Whether the inside of `{{ … }}` is template code rather than a placeholder name. */
export function isTemplateExpression(inside: string): boolean {
  const trimmed = inside.trim()
  return codeLike.test(trimmed) || trimmed.startsWith('-') || trimmed.endsWith('-') || trimmed.startsWith('/*')
}

/**
 * `[start, end)` ranges of Liquid comment blocks (`{% comment %}` … `{%
 * endcomment %}`) in a whole file: what they hold is never shown, even when
 * it spans paragraphs.
 */
export function findCommentBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = []
  // Liquid ignores what follows the tag name (the corpus writes `{% comment ----- %}`).
  const open = /\{%-?\s*comment\b[^%{]{0,400}%\}/g
  const close = /\{%-?\s*endcomment\b[^%{]{0,400}%\}/g
  let match: RegExpExecArray | null
  while ((match = open.exec(text))) {
    close.lastIndex = match.index + match[0].length
    const end = close.exec(text)
    if (!end) break
    blocks.push([match.index, end.index + end[0].length])
    open.lastIndex = end.index + end[0].length
  }
  return blocks
}
