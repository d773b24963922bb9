/**
 * postlint over the real corpus (556 US and Canadian government postings):
 * no file gets a fatal message, no rule crashes, and the number of findings
 * per rule is pinned, so any change in behaviour shows up here and is
 * reviewed. The findings were read one by one when these counts were set.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config-set.js'
import { Linter } from '../src/linter/linter.js'
import { CORPUS, corpusFiles } from './corpus-files.js'

describe('corpus', async () => {
  const config = await loadConfig({ config: { extends: ['postlint:recommended'] } })
  const linter = new Linter({ rules: config.rules })
  const files = corpusFiles()
  const counts: Record<string, number> = {}
  const fatal: string[] = []
  for (const file of files) {
    const result = linter.verify(readFileSync(path.join(CORPUS, file)), config.forFile(file), file)
    for (const message of result.messages) {
      if (message.fatal) fatal.push(`${file}: ${message.message}`)
      const key = message.ruleId ?? '(none)'
      counts[key] = (counts[key] ?? 0) + 1
    }
  }

  it('lints every posting without a fatal message', () => {
    expect(files).toHaveLength(556)
    expect(fatal).toEqual([])
  })

  it('finds what it found when the findings were last reviewed', () => {
    expect(counts).toMatchInlineSnapshot(`
      {
        "accommodation-contact": 549,
        "eeo-statement": 337,
        "gender-coded-language": 2,
        "gender-neutral-title": 49,
        "inclusive-language": 15,
        "no-ats-artifacts": 385,
        "no-dangling-link-text": 19,
        "no-protected-preference": 5,
        "no-salary-history": 6,
        "pay-range": 10,
        "posting-location": 7,
        "valid-email": 3,
        "work-eligibility": 260,
      }
    `)
  })
})
