// Rewrite a bundle so that it is plain ASCII and means the same. bin/postlint.js
// reads the command's bundle (2.6 MB) on every run: as UTF-8 with a few
// hundred non-ASCII characters, Node decodes it into a two-byte string, which
// took about 12 ms; pure ASCII is read byte for byte into a one-byte string
// (src/cli/start.ts), and loading the bundle with its code cache went from
// about 35 ms to 25 ms.
//
// esbuild already escapes what it can (strings, plain templates, names); it
// leaves regular-expression literals and the raw text of String.raw templates
// as written. Here, found with acorn's tokenizer:
// - in a regular-expression or string literal, each non-ASCII UTF-16 unit
//   becomes \uXXXX, which a pattern reads as that unit with or without the u
//   flag (a pair of surrogates so escaped is still one character under u); an
//   identity escape of one (a backslash before it) becomes the \uXXXX escape
//   alone;
// - in a String.raw template, each non-ASCII character becomes a substitution
//   of a string holding it, ${"\uXXXX"}, which String.raw puts back as is;
// - in a comment, it becomes \uXXXX (comments mean nothing).
// Anything else that is not ASCII stops the build, as no rewrite of it is
// known to mean the same.
import { tokenizer } from 'acorn'

const NON_ASCII = /[^\x00-\x7f]/

/** Each UTF-16 unit of `char` (one, or a surrogate pair) as \uXXXX. */
const unitEscape = (char) => Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')

/** A regular-expression or string literal's text with its non-ASCII units escaped. */
function escapeUnits(text) {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char.charCodeAt(0) < 0x80) {
      out += char
      continue
    }
    // An identity escape (\é): the escape alone says the same. In a string, a backslash before a line or paragraph
    // separator continues the line: both go.
    let backslashes = 0
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++
    if (backslashes % 2 === 1) {
      out = out.slice(0, -1)
      if (char === '\u2028' || char === '\u2029') continue
    }
    out += unitEscape(char)
  }
  return out
}

/** A String.raw template chunk with each non-ASCII character moved into a substitution. */
function asciiRawChunk(text) {
  let out = ''
  for (const char of text) out += char.charCodeAt(0) < 0x80 ? char : `\${"${unitEscape(char)}"}`
  return out
}

/** `source` as ASCII; throws when a non-ASCII character sits where no rewrite is known to keep its meaning. */
export function toAscii(source, name) {
  if (!NON_ASCII.test(source)) return source
  const edits = []
  const comments = []
  const tokens = tokenizer(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (_block, _text, start, end) => comments.push({ start, end }),
  })
  // Whether String.raw tags each template open around the token: a backquote right after a template's text closes
  // the innermost template (its last text comes just before, even when empty); any other backquote opens one.
  const rawTemplates = []
  const recent = []
  for (const token of tokens) {
    const label = token.type.label
    const text = source.slice(token.start, token.end)
    if (label === '`') {
      if (recent.at(-1)?.type.label === 'template') rawTemplates.pop()
      else {
        const [a, b, c] = recent.slice(-3)
        rawTemplates.push(a?.value === 'String' && b?.type.label === '.' && c?.value === 'raw')
      }
    } else if (NON_ASCII.test(text)) {
      if (label === 'regexp' || label === 'string') edits.push({ start: token.start, end: token.end, text: escapeUnits(text) })
      else if (label === 'template' && rawTemplates.at(-1) === true) edits.push({ start: token.start, end: token.end, text: asciiRawChunk(text) })
      else throw new Error(`${name}: non-ASCII text in a ${label === 'template' ? 'template that String.raw does not tag' : `${label} token`} at offset ${token.start}`)
    }
    recent.push(token)
    if (recent.length > 3) recent.shift()
  }
  for (const comment of comments) {
    const text = source.slice(comment.start, comment.end)
    if (NON_ASCII.test(text)) edits.push({ start: comment.start, end: comment.end, text: text.replace(/[^\x00-\x7f]/g, (unit) => unitEscape(unit)) })
  }
  edits.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text
    at = edit.end
  }
  out += source.slice(at)
  const left = out.search(NON_ASCII)
  if (left !== -1) throw new Error(`${name}: non-ASCII text left at offset ${left}`)
  return out
}
