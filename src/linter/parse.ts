/**
 * One entry point for every format: text in, the document model out.
 */
import type { ParsedDocument, DocumentFormat } from './document.js'
import { parseMarkdown } from './parse-markdown.js'
import { parseHtml } from './parse-html.js'
import { parseText } from './parse-text.js'
import type { LineIndex } from './lines.js'

export interface ParseOptions {
  /** Treat Liquid/Hugo template tags as code rather than prose (default true). */
  templates?: boolean
}

/** Parse `text` (without its byte-order mark) as `format`. */
export function parseDocument(text: string, format: DocumentFormat, lines: LineIndex, options: ParseOptions = {}): ParsedDocument {
  const templates = options.templates ?? true
  switch (format) {
    case 'markdown':
      return parseMarkdown(text, lines, templates)
    case 'html':
      return parseHtml(text, lines, templates)
    default:
      return parseText(text, lines, templates)
  }
}
