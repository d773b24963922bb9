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
})
