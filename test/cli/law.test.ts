/**
 * The law on the command line: `--jurisdiction`, `--as-of`, the presets
 * generated from the jurisdiction data, and `postlint explain`.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { expectOneLineFailure, parseJsonResults, postlint, removeTempDirs, tempDir } from './helpers.js'

afterAll(removeTempDirs)

const DENVER = `---
title: Warehouse Lead
---

# Warehouse Lead

Location: Denver, CO

Lead a team of six in our Denver warehouse. Pay: $24 to $28 per hour.

We are an equal opportunity employer and do not discriminate on the basis of race, color, religion, sex, national origin, age or disability.
To request a reasonable accommodation, email accommodations@northwind.example.
Applicants must be authorized to work in the United States.
`

const UNPLACED = `# Writer

Write help articles for our customers. The salary is $60,000 to $70,000 per year.
`

const disclosure = JSON.stringify({ extends: ['postlint:recommended'], rules: { 'no-ats-artifacts': 'off' } })

describe('--jurisdiction and --as-of', () => {
  const dir = tempDir({ 'denver.md': DENVER, 'unplaced.md': UNPLACED, '.postlintrc.json': disclosure })

  it('applies the laws of the place the posting names, as in force on the as-of date', async () => {
    const now = await postlint(['--format', 'json', '--as-of', '2026-11-27', 'denver.md'], { cwd: dir })
    const ids = parseJsonResults(now.stdout)[0]!.messages.map((m) => m.ruleId)
    expect(ids).toEqual(['application-deadline', 'benefits-description', 'other-compensation'])
    const before = await postlint(['--format', 'json', '--as-of', '2023-06-01', 'denver.md'], { cwd: dir })
    // Colorado's deadline requirement starts on 2024-01-01.
    expect(parseJsonResults(before.stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(['benefits-description', 'other-compensation'])
    expect(now.code).toBe(1)
  })

  it('names the law in the message and points at the line that made it apply', async () => {
    const result = await postlint(['--format', 'json', '--as-of', '2026-11-27', 'denver.md'], { cwd: dir })
    const benefits = parseJsonResults(result.stdout)[0]!.messages.find((m) => m.ruleId === 'benefits-description')!
    expect(benefits.message).toMatch(/^The posting does not describe its benefits .*Colorado: Equal Pay for Equal Work Act/)
    expect(benefits.line).toBe(5)
    expect(benefits.relatedLocations?.[0]).toMatchObject({ line: 7 })
  })

  it('takes the jurisdiction from --jurisdiction when the posting names none', async () => {
    const without = await postlint(['--format', 'json', '--as-of', '2026-11-27', 'unplaced.md'], { cwd: dir })
    expect(parseJsonResults(without.stdout)[0]!.messages.map((m) => m.ruleId)).toContain('posting-location')
    const placed = await postlint(['--format', 'json', '--as-of', '2026-11-27', '--jurisdiction', 'US-WA', 'unplaced.md'], { cwd: dir })
    const messages = parseJsonResults(placed.stdout)[0]!.messages
    expect(messages.map((m) => m.ruleId)).not.toContain('posting-location')
    expect(messages.find((m) => m.ruleId === 'benefits-description')?.message).toMatch(/Washington/)
  })

  it('refuses an unknown jurisdiction and a date that is not one', async () => {
    expectOneLineFailure(await postlint(['--jurisdiction', 'US-CX', 'unplaced.md'], { cwd: dir }), /unknown jurisdiction 'US-CX' \(did you mean 'US-C[AOT]'\?\)/)
    expectOneLineFailure(await postlint(['--as-of', '2026-02-30', 'unplaced.md'], { cwd: dir }), "--as-of needs a date as YYYY-MM-DD, got '2026-02-30'")
  })
})

describe('presets from the jurisdiction data', () => {
  it('sets the jurisdiction and turns on the disclosure rules', async () => {
    const dir = tempDir({ '.postlintrc.json': JSON.stringify({ extends: ['postlint:ca-on'] }), 'p.md': '# Analyst\n\nHelp us.\n' })
    const printed = JSON.parse((await postlint(['--print-config', 'p.md'], { cwd: dir })).stdout) as { rules: Record<string, unknown[]>; settings: Record<string, unknown> }
    expect(printed.settings).toEqual({ jurisdictions: ['CA-ON'] })
    expect(Object.keys(printed.rules)).toEqual(expect.arrayContaining(['ai-use-disclosure', 'vacancy-status', 'pay-range']))
    expect(Object.keys(printed.rules)).not.toContain('no-mojibake')
  })

  it('knows the remote and federal-contractor presets', async () => {
    const dir = tempDir({ '.postlintrc.json': JSON.stringify({ extends: ['postlint:us-remote', 'postlint:federal-contractor'] }), 'p.md': '# Analyst\n' })
    const printed = JSON.parse((await postlint(['--print-config', 'p.md'], { cwd: dir })).stdout) as { rules: Record<string, unknown[]>; settings: Record<string, unknown> }
    expect(printed.settings).toEqual({ remote: 'US', profiles: ['US-FEDERAL-CONTRACTOR'] })
    expect(printed.rules['eeo-statement']).toEqual(['error', { categories: [] }])
  })
})

describe('postlint explain', () => {
  const dir = tempDir({ 'denver.md': DENVER, 'broken.md': new Uint8Array([0x61, 0xff, 0x62]) })

  it('prints exactly the documented JSON keys', async () => {
    const result = await postlint(['explain', '--format', 'json', '--as-of', '2026-11-27', 'denver.md'], { cwd: dir })
    expect(result.code).toBe(0)
    const explained = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(explained)).toEqual(['filePath', 'jurisdictions', 'pay', 'statements', 'contacts'])
    expect(explained['jurisdictions']).toEqual([
      { id: 'US', reason: 'text', line: 7 },
      { id: 'US-CO', reason: 'text', line: 7 },
    ])
    expect(explained['pay']).toEqual([{ kind: 'range', min: 24, max: 28, currency: 'USD', period: 'hour', text: '$24 to $28 per hour', line: 9 }])
    const statements = explained['statements'] as Record<string, Array<{ line: number; text: string }>>
    expect(Object.keys(statements)).toEqual(['eeo', 'accommodation', 'workEligibility', 'fairChance', 'benefits', 'otherCompensation', 'applicationDeadline', 'aiUse', 'vacancyStatus'])
    expect(statements['eeo']!.map((s) => s.line)).toEqual([11])
    expect(statements['accommodation']!.map((s) => s.line)).toEqual([12])
    expect(statements['workEligibility']!.map((s) => s.line)).toEqual([13])
    expect(statements['benefits']).toEqual([])
    expect(explained['contacts']).toEqual([{ kind: 'email', value: 'accommodations@northwind.example', valid: true, line: 12 }])
  })

  it('prints a readable summary with the laws in force', async () => {
    const result = await postlint(['explain', '--as-of', '2026-11-27', 'denver.md'], { cwd: dir })
    expect(result.stdout).toContain('US-CO')
    expect(result.stdout).toMatch(/Colorado: Equal Pay for Equal Work Act/)
    expect(result.stdout).toContain('"$24 to $28 per hour"  line 9')
  })

  it('reports a file it cannot read as text and exits 1', async () => {
    const result = await postlint(['explain', 'broken.md'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('File is not valid UTF-8')
  })

  it('needs a file', async () => {
    expectOneLineFailure(await postlint(['explain'], { cwd: dir }), 'explain needs a file (postlint explain posting.md)')
  })
})
