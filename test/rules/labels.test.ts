/**
 * The rules against hand labels of real postings (test/labels/): every
 * `problems` entry is a span a careful reviewer reports under a rule, every
 * `mustNotFlag` entry a span a word list would report and a good linter must
 * not (an EEO statement's "sexual orientation", a fair-chance statement's
 * "criminal histories", an outreach sentence). The linter runs with every
 * built-in rule on, as the `all` preset does.
 *
 * A finding counts when it overlaps the quoted span. The measured recall is
 * printed in the README and kept here from falling; the must-not list is
 * kept silent outright; and every finding of a wording rule on these
 * postings must be one a reviewer listed (precision).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Linter, type RuleSetting } from '../../src/linter/linter.js'
import { builtinRules } from '../../rules/index.js'
import type { LintMessage } from '../../src/types.js'
import { CORPUS } from '../corpus-files.js'

interface Finding {
  rule: string
  quote: string
  note?: string
}

interface Label {
  file: string
  problems?: Finding[]
  mustNotFlag?: Finding[]
}

const SETS = ['tts-join', 'cds-canada', 'held-out'] as const

function read(set: string): Label[] {
  const text = readFileSync(path.resolve(import.meta.dirname, `../labels/${set}.jsonl`), 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Label)
}

const linter = new Linter({ rules: builtinRules })
const everyRule: Record<string, RuleSetting> = Object.fromEntries([...builtinRules.keys()].map((id) => [id, { severity: 1, options: [] }]))

/** Offsets of the first character of every line, for turning line/column into an offset. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

/** The rules about wording, whose every finding on a labelled posting should be one of its labelled problems. */
const WORDING = new Set([
  'no-salary-history', 'no-criminal-history-screen', 'no-citizenship-requirement', 'no-age-preference', 'no-protected-preference', 'no-canadian-experience',
  'gender-neutral-title', 'inclusive-language', 'gender-coded-language', 'hype-jargon', 'profanity',
])

interface Checked {
  set: string
  file: string
  finding: Finding
  /** Whether a message of one of the finding's rules overlaps the quote. */
  reported: boolean
  /** The quote is not in the file (a label mistake), so nothing can be said. */
  missing: boolean
}

function check(): { problems: Checked[]; mustNot: Checked[]; findings: Array<{ finding: string; labelled: boolean }> } {
  const problems: Checked[] = []
  const mustNot: Checked[] = []
  const findings: Array<{ finding: string; labelled: boolean }> = []
  for (const set of SETS) {
    for (const label of read(set)) {
      const text = readFileSync(path.join(CORPUS, label.file), 'utf8').replace(/^\uFEFF/, '')
      const messages = linter.verify(text, { rules: everyRule, settings: { asOf: '2026-11-27' } }, label.file).messages
      const starts = lineStarts(text)
      const span = (message: LintMessage): [number, number] => {
        const start = starts[message.line - 1]! + message.column - 1
        const end = message.endLine !== undefined && message.endColumn !== undefined ? starts[message.endLine - 1]! + message.endColumn - 1 : start + 1
        return [start, Math.max(end, start + 1)]
      }
      const spans = messages.map((message) => ({ ruleId: message.ruleId, span: span(message) }))
      const judge = (finding: Finding): Omit<Checked, 'set' | 'file' | 'finding'> => {
        const rules = new Set(finding.rule.split('|'))
        const occurrences: Array<[number, number]> = []
        for (let at = text.indexOf(finding.quote); at >= 0; at = text.indexOf(finding.quote, at + 1)) occurrences.push([at, at + finding.quote.length])
        if (occurrences.length === 0) return { reported: false, missing: true }
        const reported = spans.some(({ ruleId, span: [start, end] }) => ruleId !== null && rules.has(ruleId) && occurrences.some(([from, to]) => start < to && end > from))
        return { reported, missing: false }
      }
      for (const finding of label.problems ?? []) problems.push({ set, file: label.file, finding, ...judge(finding) })
      for (const finding of label.mustNotFlag ?? []) mustNot.push({ set, file: label.file, finding, ...judge(finding) })
      // Precision: each finding of a wording rule, and whether a reviewer listed it as a problem of that rule.
      for (const { ruleId, span: [start, end] } of spans) {
        if (ruleId === null || !WORDING.has(ruleId)) continue
        const labelled = (label.problems ?? []).some((problem) => {
          if (!problem.rule.split('|').includes(ruleId)) return false
          for (let at = text.indexOf(problem.quote); at >= 0; at = text.indexOf(problem.quote, at + 1)) if (start < at + problem.quote.length && end > at) return true
          return false
        })
        findings.push({ finding: `${set} ${label.file} [${ruleId}] ${JSON.stringify(text.slice(start, end))}`, labelled })
      }
    }
  }
  return { problems, mustNot, findings }
}

const { problems, mustNot, findings } = check()

function describeAll(list: readonly Checked[]): string[] {
  return list.map((entry) => `${entry.set} ${entry.file} [${entry.finding.rule}] ${JSON.stringify(entry.finding.quote)}`)
}

describe('rules against hand labels', () => {
  it('finds every quote of the labels in its posting', () => {
    expect(describeAll([...problems, ...mustNot].filter((entry) => entry.missing))).toEqual([])
  })

  it('stays silent on every span a reviewer marked must-not-flag', () => {
    expect(mustNot.length).toBeGreaterThanOrEqual(150)
    expect(describeAll(mustNot.filter((entry) => entry.reported))).toEqual([])
  })

  it('reports, with the wording rules, only what reviewers listed as problems', () => {
    expect(findings.length).toBeGreaterThanOrEqual(9)
    expect(findings.filter((entry) => !entry.labelled).map((entry) => entry.finding)).toEqual([])
  })

  it('reports the problems a reviewer found (recall kept from falling)', () => {
    const missed = problems.filter((entry) => !entry.reported)
    const recall = Math.round(((problems.length - missed.length) / problems.length) * 1000) / 10
    // Printed in the README ("How well the wording rules do").
    expect({ problems: problems.length, recall, missed: describeAll(missed) }).toMatchInlineSnapshot(`
      {
        "missed": [
          "tts-join tts-join/md/pages_positions_testfile.md [no-ats-artifacts] "title: TestFile"",
          "tts-join tts-join/md/pages_positions_testfile.md [no-ats-artifacts] "This is the custom content that we can insert since this is a different process"",
          "tts-join tts-join/md/positions_TEST-POSITION.md [no-ats-artifacts] "title: My test job"",
        ],
        "problems": 30,
        "recall": 90,
      }
    `)
  })
})
