/**
 * Very large postings with every recommended rule on, through the real
 * command: they are linted to the end, with every problem reported and no
 * rule failing. (`npm test` runs the same sizes with one rule.)
 */
import { afterAll, describe, expect, it } from 'vitest'
import { parseJsonResults, postlint, removeTempDirs, tempDir } from '../cli/helpers.js'

afterAll(removeTempDirs)

describe('every recommended rule on very large files', () => {
  it('50,000 short lines', async () => {
    const cwd = tempDir({ 'many-lines.md': `# Line cook\n\n${'- Youll prep food, dont skip.\n'.repeat(25_000)}${'Call 555-0100.\n\n'.repeat(12_500)}` })
    const result = await postlint(['--no-config', '-f', 'json', 'many-lines.md'], { cwd })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
    const [linted] = parseJsonResults(result.stdout)
    expect(linted!.messages.some((message) => message.fatal)).toBe(false)
    expect(linted!.messages.filter((message) => message.ruleId === 'no-missing-apostrophes')).toHaveLength(50_000)
  })

  it('a 5 MB line', async () => {
    const sentence = 'Youll join a small team that builds tools for nurses and dont mind questions. '
    const cwd = tempDir({ 'one-line.txt': sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length)) })
    const result = await postlint(['--no-config', '-f', 'json', 'one-line.txt'], { cwd })
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 1, stderr: '' })
    const [linted] = parseJsonResults(result.stdout)
    expect(linted!.messages.some((message) => message.fatal)).toBe(false)
    expect(linted!.messages.filter((message) => message.ruleId === 'no-missing-apostrophes').length).toBe(2 * Math.ceil((5 * 1024 * 1024) / sentence.length))
  })
})
