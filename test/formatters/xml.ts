/**
 * XML well-formedness for the formatter tests: fast-xml-parser's
 * `XMLValidator` checks the structure (tags, nesting, attribute syntax); it
 * lets through some things XML 1.0 forbids, so the characters (the `Char`
 * production), references, `<` in attribute values and `]]>` in text are
 * checked here as well. `parseXml` reads a document back with entities and
 * character references decoded, to compare what a consumer sees.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** Anything outside XML 1.0's `Char` production, lone surrogates included. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
/** A `&` that does not start one of the predefined entities or a character reference. */
const badReference = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/
const cdataSection = /<!\[CDATA\[[\s\S]*?\]\]>/g
const element = /<(\/?)([^\s/>]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g
const attributeValue = /\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** Why a document is not well-formed XML 1.0, or an empty list. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = []
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (validation !== true) problems.push(`${validation.err.code} at ${validation.err.line}:${validation.err.col}: ${validation.err.msg}`)
  const bad = notXmlChar.exec(xml)
  if (bad) problems.push(`character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0 (at ${bad.index})`)
  const outsideCdata = xml.replace(cdataSection, '')
  if (outsideCdata.includes('<![CDATA[')) problems.push('unterminated CDATA section')
  if (badReference.test(outsideCdata)) problems.push('an & that does not start a reference')
  const markup = outsideCdata.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '')
  for (const match of markup.matchAll(attributeValue)) {
    if ((match[1] ?? match[2] ?? '').includes('<')) problems.push(`'<' in the attribute value ${JSON.stringify(match[0])}`)
  }
  const text = markup.replace(/<[^>]*>/g, '')
  if (text.includes(']]>')) problems.push("']]>' in character data")
  let depth = 0
  let roots = 0
  let last = 0
  for (const tag of markup.matchAll(element)) {
    if (depth === 0 && markup.slice(last, tag.index).trim() !== '') problems.push('text outside the root element')
    last = tag.index + tag[0].length
    if (tag[1]) depth--
    else {
      if (depth === 0) roots++
      if (!tag[3]) depth++
    }
  }
  if (markup.slice(last).trim() !== '') problems.push('text outside the root element')
  if (roots !== 1) problems.push(`${roots} root elements`)
  return problems
}

/** Parsed XML with attributes unprefixed, entities decoded, CDATA under `#cdata` (a list of sections). */
export function parseXml(xml: string, arrays: readonly string[] = []): Record<string, any> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    cdataPropName: '#cdata',
    htmlEntities: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    isArray: (name) => name === '#cdata' || arrays.includes(name),
  })
  return parser.parse(xml) as Record<string, any>
}
