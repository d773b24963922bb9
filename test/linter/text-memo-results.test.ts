/**
 * What postlint keeps by text from one posting to the next (TextMemo: the
 * readings of statements, places, pay, link phrases, age patterns, ATS
 * artifacts, languages and word gates) only spares work: the results of a
 * posting are the same whether the memories are empty or hold what other
 * postings left in them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/index.js'
import { explainText } from '../../src/api/explain.js'
import { TextMemo } from '../../src/linter/text-memo.js'
import { CORPUS, corpusFiles } from '../corpus-files.js'

describe('memories kept by text', () => {
  it('give the same results, empty or full, over real postings', async () => {
    // Every third posting: US and Canadian, Markdown and HTML, with the boilerplate they share.
    const files = corpusFiles().filter((_, index) => index % 3 === 0)
    const config = { extends: ['postlint:recommended'] }
    // What is reported, and the facts it is reported from (places, pay, statements, contacts).
    const lint = async (file: string): Promise<string> => {
      const text = readFileSync(path.join(CORPUS, file), 'utf8')
      const result = await lintText(text, { filePath: file, config })
      return JSON.stringify([result.messages, await explainText(text, { filePath: file, config })])
    }
    const fresh: string[] = []
    for (const file of files) {
      TextMemo.forgetAll()
      fresh.push(await lint(file))
    }
    // Again, in the opposite order, each posting read with what the others left.
    const kept: string[] = new Array(files.length)
    for (let index = files.length - 1; index >= 0; index--) kept[index] = await lint(files[index]!)
    expect(files.length).toBeGreaterThan(150)
    expect(fresh.filter((read) => read.includes('"ruleId"') && read.includes('"jurisdictions"')).length).toBeGreaterThan(100)
    expect(kept.filter((messages, index) => messages !== fresh[index]).length).toBe(0)
    expect(kept).toEqual(fresh)
  }, 120_000)

  it('keep a sentence’s statements apart by heading, list, link and the sentence before', async () => {
    const config = { extends: ['postlint:recommended'] }
    const statements = async (text: string): Promise<Record<string, unknown[]>> => {
      const { explanation } = await explainText(text, { filePath: 'posting.md', config })
      return Object.fromEntries(Object.entries(explanation.statements).filter(([, found]) => found.length > 0))
    }
    // Each pair: the same sentence, found a statement in the first posting and not in the second.
    const pairs: Array<[type: string, found: string, notFound: string]> = [
      ['eeo', '## Equal Employment Opportunity\n\nRace, religion and age play no part in our decisions.\n', '## About the team\n\nRace, religion and age play no part in our decisions.\n'],
      ['accommodation', '## Duties\n\nReasonable accommodations are available to applicants with disabilities.\n', '## Duties\n\n- Reasonable accommodations are available to applicants with disabilities.\n'],
      ['benefits', 'See [our benefits](https://example.com/benefits) for the details.\n', 'See our benefits for the details.\n'],
      ['accommodation', 'We provide reasonable accommodations to applicants with disabilities. Email Jo about accommodations.\n', 'We hire carefully. Email Jo about accommodations.\n'],
    ]
    for (const [type, found, notFound] of pairs) {
      const [withIt, without] = [`# Analyst\n\n${found}`, `# Analyst\n\n${notFound}`]
      TextMemo.forgetAll()
      const alone = [await statements(withIt), await statements(without)]
      expect(Object.keys(alone[0]!), found).toEqual([type])
      expect(alone[1], notFound).toEqual({})
      // Read again, each after the other has left its answers.
      expect([await statements(withIt), await statements(without)]).toEqual(alone)
      TextMemo.forgetAll()
      expect([await statements(without), await statements(withIt)]).toEqual([alone[1], alone[0]])
    }
  })
})
