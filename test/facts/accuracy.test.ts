/**
 * The facts extractor against hand labels of real postings (test/labels/):
 * for each statement type, in how many labelled postings does the extractor
 * agree with the reviewer on whether the posting has one; for pay, whether
 * the kind and the figures agree; for location, whether the jurisdictions
 * agree. The measured agreement is printed in the README; this test keeps
 * it from falling below what was measured.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Linter } from '../../src/linter/linter.js'
import { builtinRules } from '../../rules/index.js'
import { createDisclosureFacts, type DisclosureFacts } from '../../src/facts/index.js'
import type { StatementType } from '../../src/facts/types.js'
import { CORPUS } from '../corpus-files.js'

interface Presence {
  present?: boolean
  statement?: boolean
  contact?: 'valid' | 'invalid' | 'none'
}

interface Label {
  file: string
  location: { jurisdictions: string[]; remote: string }
  pay: { kind: string; min: number | null; max: number | null; currency: string | null; period: string | null }
  benefits: Presence
  otherComp: Presence
  deadline: Presence
  eeo: Presence
  accommodation: Presence
  workEligibility: Presence
  fairChance: Presence
  aiUse?: Presence
  vacancyStatus?: Presence
  outreach?: Presence
}

const labelsDir = path.join(import.meta.dirname, '..', 'labels')
function readLabels(...names: string[]): Label[] {
  return names.flatMap((name) =>
    readFileSync(path.join(labelsDir, name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Label),
  )
}
/** The labels the cue lists were refined against. */
const labels = readLabels('tts-join.jsonl', 'cds-canada.jsonl')
/** Labels written after the extractor, never used to tune it. */
const heldOut = readLabels('held-out.jsonl')

const linter = new Linter({ rules: builtinRules })

function factsFor(file: string): DisclosureFacts {
  const parsed = linter.parse(readFileSync(path.join(CORPUS, file)), file)
  if ('fatal' in parsed) throw new Error(`${file}: ${parsed.fatal.message}`)
  return createDisclosureFacts(parsed.sourceCode, { asOf: '2026-11-27' })
}

const facts = new Map([...labels, ...heldOut].map((label) => [label.file, factsFor(label.file)]))

/** Label field → statement type, and how the label says "present". */
const STATEMENTS: Array<[keyof Label, StatementType]> = [
  ['eeo', 'eeo'],
  ['accommodation', 'accommodation'],
  ['workEligibility', 'workEligibility'],
  ['fairChance', 'fairChance'],
  ['benefits', 'benefits'],
  ['otherComp', 'otherCompensation'],
  ['deadline', 'applicationDeadline'],
  ['aiUse', 'aiUse'],
  ['vacancyStatus', 'vacancyStatus'],
  ['outreach', 'outreach'],
]

function labelled(label: Label, field: keyof Label): boolean {
  const value = label[field] as Presence | undefined
  return Boolean(value?.present ?? value?.statement)
}

function found(fact: DisclosureFacts, type: StatementType): boolean {
  if (type === 'otherCompensation' && fact.otherMoney.some((money) => money.kind === 'bonus')) return true
  return fact.statementsOf(type).length > 0
}

/** Agreement per measure, as a share of the labelled postings, with the disagreements for review. */
export function measure(set: readonly Label[] = labels): Record<string, { agreement: number; disagreements: string[] }> {
  const result: Record<string, { agreement: number; disagreements: string[] }> = {}
  const add = (name: string, agrees: boolean, file: string, detail: string): void => {
    result[name] ??= { agreement: 0, disagreements: [] }
    if (agrees) result[name].agreement++
    else result[name].disagreements.push(`${file}: ${detail}`)
  }
  for (const label of set) {
    const fact = facts.get(label.file)!
    for (const [field, type] of STATEMENTS) {
      const expected = labelled(label, field)
      const actual = found(fact, type)
      add(type, expected === actual, label.file, `label ${expected}, extractor ${actual}`)
    }
    const contacts = fact.statementsOf('accommodation').flatMap((statement) => statement.contacts ?? [])
    const contact = contacts.length === 0 ? 'none' : contacts.every((c) => c.valid) ? 'valid' : 'invalid'
    if (labelled(label, 'accommodation')) add('accommodationContact', contact === label.accommodation.contact, label.file, `label ${label.accommodation.contact}, extractor ${contact}`)

    const pay = fact.pay[0]
    const kind = pay?.kind ?? 'none'
    add('payKind', kind === label.pay.kind, label.file, `label ${label.pay.kind}, extractor ${kind} (${pay?.text ?? ''})`)
    if (label.pay.kind === 'range' || label.pay.kind === 'single' || label.pay.kind === 'open-ended') {
      const same = pay !== undefined && pay.min === label.pay.min && pay.max === label.pay.max && pay.currency === label.pay.currency
      add('payFigures', same, label.file, `label ${label.pay.min}–${label.pay.max} ${label.pay.currency}, extractor ${pay?.min}–${pay?.max} ${pay?.currency}`)
    }

    const ids = new Set(fact.jurisdictions.filter((match) => match.reason !== 'remote').map((match) => match.id))
    const wanted = new Set(label.location.jurisdictions)
    const same = ids.size === wanted.size && [...wanted].every((id) => ids.has(id))
    add('jurisdictions', same, label.file, `label [${[...wanted].join(', ')}], extractor [${[...ids].join(', ')}]`)
  }
  for (const value of Object.values(result)) value.agreement = value.agreement / (value.agreement + value.disagreements.length)
  return result
}

function percentages(results: ReturnType<typeof measure>): Record<string, number> {
  return Object.fromEntries(Object.entries(results).map(([name, value]) => [name, Math.round(value.agreement * 1000) / 10]))
}

describe('extractor accuracy against hand labels', () => {
  it('has at least 40 labelled postings from both countries, Markdown and HTML, and a held-out set', () => {
    expect(labels.length).toBeGreaterThanOrEqual(40)
    expect(heldOut.length).toBeGreaterThanOrEqual(20)
    for (const set of [labels, heldOut]) {
      expect(set.some((label) => label.file.startsWith('cds-canada/fr/'))).toBe(true)
      expect(set.some((label) => label.file.endsWith('.html'))).toBe(true)
    }
    expect(heldOut.filter((label) => labels.some((other) => other.file === label.file))).toEqual([])
  })

  it('agrees with the reviewers on the held-out postings as measured (figures in the README)', () => {
    expect(percentages(measure(heldOut))).toMatchInlineSnapshot(`
      {
        "accommodation": 100,
        "accommodationContact": 100,
        "aiUse": 100,
        "applicationDeadline": 100,
        "benefits": 100,
        "eeo": 100,
        "fairChance": 100,
        "jurisdictions": 90,
        "otherCompensation": 100,
        "outreach": 100,
        "payFigures": 100,
        "payKind": 100,
        "vacancyStatus": 100,
        "workEligibility": 100,
      }
    `)
  })

  it('agrees with the reviewers on the tuning postings as measured (figures in the README)', () => {
    const agreement = percentages(measure())
    expect(agreement).toMatchInlineSnapshot(`
      {
        "accommodation": 100,
        "accommodationContact": 100,
        "aiUse": 100,
        "applicationDeadline": 100,
        "benefits": 100,
        "eeo": 100,
        "fairChance": 100,
        "jurisdictions": 91.3,
        "otherCompensation": 100,
        "outreach": 100,
        "payFigures": 100,
        "payKind": 100,
        "vacancyStatus": 100,
        "workEligibility": 100,
      }
    `)
  })
})
