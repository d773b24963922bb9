/**
 * Fuzzing `--fix` with generated postings (every rule on): fixing twice
 * gives what fixing once gave; a fix edits only its own range, which lies
 * on the lines of the problem it repairs; and the fixed text, linted again,
 * has no fixable problem left from the rules that fixed it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../src/linter/fixes.js'
import { LineIndex } from '../../src/linter/lines.js'
import { bodyOf, configFor, linter, runs } from './lint.js'
import { posting, type FuzzPosting } from './postings.js'

/** Postings with a fixable problem in most of them: the fragments that rules fix, between the generated ones. */
const FIXABLE = ['Weâ€™re hiring', 'It isnÃ¢â‚¬â„¢t hard.', 'â€“', 'dont', 'youll', "theyre", '#LI-Remote', '#LI-DNI #LI-Hybrid', 'hiring[at]example.com', 'jobs (at) example (dot) com', '<!-- postlint-disable-next-line -->', '<!-- postlint-disable no-mojibake -->']
const fixablePosting: fc.Arbitrary<FuzzPosting> = fc
  .tuple(posting, fc.array(fc.tuple(fc.constantFrom(...FIXABLE), fc.nat(), fc.constantFrom(' ', '\n', '\r\n', '')), { minLength: 1, maxLength: 4 }))
  .map(([generated, inserts]) => {
    let text = generated.text
    for (const [insert, at, glue] of inserts) {
      const cut = at % (text.length + 1)
      text = text.slice(0, cut) + glue + insert + glue + text.slice(cut)
    }
    return { ...generated, text }
  })

function fix(generated: FuzzPosting, text: string): string {
  return linter.verifyAndFix(text, configFor(generated), generated.filePath).output
}

describe('--fix on generated postings', () => {
  it('fixing twice gives what fixing once gave', () => {
    let changed = 0
    fc.assert(
      fc.property(fixablePosting, (generated) => {
        const once = fix(generated, generated.text)
        if (once !== generated.text) changed++
        expect(fix(generated, once)).toBe(once)
      }),
      { numRuns: runs(150) },
    )
    expect(changed).toBeGreaterThan(runs(150) / 2)
  })

  it("each fix edits only its own range, which lies on the lines of the problem it repairs (and the blank space around them)", () => {
    fc.assert(
      fc.property(fixablePosting, (generated) => {
        const text = bodyOf(generated.text)
        const lines = new LineIndex(text)
        const { messages } = linter.verify(generated.text, configFor(generated), generated.filePath)
        for (const message of messages) {
          if (!message.fix) continue
          const [start, end] = message.fix.range
          const where = `fix ${JSON.stringify(message.fix)} of '${message.ruleId}' reported at ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`
          // The problem's lines, from the start of the first to the end of the last (its line ending included).
          // Beyond them a fix may only take away what would be left empty: blank space, the line break
          // before, a quote's `>`, the tags wrapping a removed element.
          const first = lines.lineStarts[message.line - 1]!
          const last = lines.lineStarts[message.endLine ?? message.line] ?? text.length
          const outside = text.slice(Math.min(start, first), first) + text.slice(last, Math.max(end, last))
          expect(/^(?:\s|>|<\/?[a-z][^<>]*>)*$/i.test(outside), `${where} edits ${JSON.stringify(outside)} outside the problem's lines`).toBe(true)
          const applied = applyFixes(text, [message.fix])
          expect(applied.output.slice(0, start), where).toBe(text.slice(0, start))
          expect(applied.output.slice(start + message.fix.text.length), where).toBe(text.slice(end))
          expect(applied.output.slice(start, start + message.fix.text.length), where).toBe(message.fix.text)
        }
      }),
      { numRuns: runs(150) },
    )
  })

  it('the fixed text, linted again, has no fixable problem left from a rule that fixed it', () => {
    fc.assert(
      fc.property(fixablePosting, (generated) => {
        const config = configFor(generated)
        const before = linter.verify(generated.text, config, generated.filePath)
        const fixing = new Set(before.messages.filter((message) => message.fix).map((message) => message.ruleId))
        const { output } = linter.verifyAndFix(generated.text, config, generated.filePath)
        const after = linter.verify(output, config, generated.filePath)
        const left = after.messages.filter((message) => message.fix && fixing.has(message.ruleId))
        expect(left.map(({ ruleId, message, line, column, fix }) => ({ ruleId, message, line, column, fix }))).toEqual([])
      }),
      { numRuns: runs(150) },
    )
  })

  it('keeps the byte-order mark and never adds or drops one', () => {
    fc.assert(
      fc.property(fixablePosting, (generated) => {
        const output = fix(generated, generated.text)
        expect(output.charCodeAt(0) === 0xfeff).toBe(generated.text.charCodeAt(0) === 0xfeff)
      }),
      { numRuns: runs(60) },
    )
  })
})
