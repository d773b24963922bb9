/**
 * The prose of the shared corpus as rules and facts read it: every
 * paragraph's and sentence's text (getProse), file by file, read once per
 * test file.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Paragraph, Sentence } from 'nlcst'
import { builtinRules } from '../rules/index.js'
import { Linter } from '../src/linter/linter.js'
import { CORPUS, corpusFiles } from './corpus-files.js'

let read: { paragraphs: string[]; sentences: string[] } | undefined

/** The texts of the corpus's paragraphs and of their sentences, in document order. */
export function corpusProse(): { paragraphs: string[]; sentences: string[] } {
  if (read) return read
  const linter = new Linter({ rules: builtinRules })
  const paragraphs: string[] = []
  const sentences: string[] = []
  for (const file of corpusFiles()) {
    const parsed = linter.parse(readFileSync(path.join(CORPUS, file)), file)
    if (!('sourceCode' in parsed)) continue
    const { sourceCode } = parsed
    for (const paragraph of sourceCode.nlcst.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      paragraphs.push(sourceCode.getProse(paragraph as Paragraph).text)
      for (const sentence of (paragraph as Paragraph).children) {
        if (sentence.type === 'SentenceNode') sentences.push(sourceCode.getProse(sentence as Sentence).text)
      }
    }
  }
  read = { paragraphs, sentences }
  return read
}
