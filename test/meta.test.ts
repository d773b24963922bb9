/**
 * The rules keep their promises: a rule's file name is its id, it has a doc
 * page, tests and fixtures, every message id is used, and the generated
 * parts of the doc pages and the README match the rules' metadata.
 * `UPDATE_DOCS=1 npx vitest run test/meta.test.ts` rewrites the generated parts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../rules/index.js'
import { ruleDocsUrl } from '../src/version.js'
import { presetSeverity } from '../src/config/presets.js'
import type { RuleModule } from '../src/types.js'
import { allJurisdictions } from '../src/jurisdictions/index.js'
import type { Law } from '../src/jurisdictions/types.js'

const root = path.resolve(import.meta.dirname, '..')
const update = process.env['UPDATE_DOCS'] === '1'

function recommended(rule: RuleModule): string {
  return rule.meta.docs.recommended ? `yes (${presetSeverity(rule)})` : 'no'
}

function withPeriod(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The generated head of a rule's doc page. */
export function ruleDocHeader(rule: RuleModule): string {
  const { meta } = rule
  return [
    withPeriod(meta.docs.description),
    '',
    '| Category | Type | Recommended | Fixable | Suggestions |',
    '| --- | --- | --- | --- | --- |',
    `| ${meta.docs.category} | ${meta.type} | ${recommended(rule)} | ${meta.fixable ? 'yes' : 'no'} | ${meta.hasSuggestions ? 'yes' : 'no'} |`,
  ].join('\n')
}

/** The README's rule table. */
export function ruleTable(): string {
  const rows = [...builtinRules]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, rule]) => `| [${id}](rules/${id}.md) | ${withPeriod(rule.meta.docs.description)} | ${rule.meta.docs.category} | ${rule.meta.docs.recommended ? presetSeverity(rule) : ''} | ${rule.meta.fixable ? '🔧' : ''} | ${rule.meta.hasSuggestions ? '💡' : ''} |`)
  return ['| Rule | What it checks | Category | Recommended | Fix | Suggestions |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

function requirementsOf(law: Law): string {
  const parts: string[] = []
  const { requires, forbids } = law
  if (requires.pay) parts.push(requires.pay === 'range' ? 'pay range' : 'pay range or fixed pay')
  if (requires.maxSpread) parts.push(`range at most ${requires.maxSpread.currency} ${requires.maxSpread.amount.toLocaleString('en-US')}`)
  if (requires.maxSpreadRatio !== undefined) parts.push(`range at most ${Math.round(requires.maxSpreadRatio * 100)}% of the minimum`)
  if (requires.benefits) parts.push('benefits')
  if (requires.otherCompensation) parts.push('other compensation')
  if (requires.applicationDeadline) parts.push('application deadline')
  if (requires.fairChanceStatement) parts.push('fair-chance statement')
  if (requires.aiDisclosure) parts.push('AI-use disclosure')
  if (requires.vacancyStatus) parts.push('vacancy status')
  if (requires.eeoCategories?.length) parts.push(`EEO statement naming ${requires.eeoCategories.join(', ')}`)
  const banned: string[] = []
  if (forbids.openEndedPay) banned.push('open-ended pay')
  if (forbids.vaguePay) banned.push('vague pay')
  if (forbids.salaryHistory) banned.push('salary-history questions')
  if (forbids.criminalHistory) banned.push(forbids.criminalHistory === 'any' ? 'any criminal-history mention' : 'blanket criminal-record exclusions')
  if (forbids.canadianExperience) banned.push('"Canadian experience" requirements')
  if (forbids.ageQuestions) banned.push('age questions')
  if (forbids.agePreference) banned.push('age preferences')
  if (forbids.protectedPreference?.length) banned.push(`preferences by ${forbids.protectedPreference.join(', ')}`)
  if (forbids.genderedTitles) banned.push('gendered job titles')
  if (forbids.citizenshipRequirement) banned.push('citizenship-only requirements')
  return [parts.length > 0 ? `requires ${parts.join(', ')}` : '', banned.length > 0 ? `forbids ${banned.join(', ')}` : ''].filter(Boolean).join('; ') || 'wording only (see notes)'
}

/** The README's table of jurisdictions and their laws. */
export function jurisdictionTable(): string {
  const rows: string[] = []
  for (const jurisdiction of allJurisdictions()) {
    for (const law of jurisdiction.laws) {
      const period = law.ends ? `${law.effective} to ${law.ends}` : `from ${law.effective}`
      const remote = law.remoteReach === true ? 'yes' : law.remoteReach === false ? 'no' : 'unclear'
      rows.push(`| \`${jurisdiction.id}\` ${jurisdiction.name} | ${law.name} (${law.citation}) | ${period} | ${requirementsOf(law)} | ${remote} | ${law.confidence} |`)
    }
  }
  return ['| Jurisdiction | Law | In force | What it asks of a posting | Remote jobs | Confidence |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

/** Check (or with UPDATE_DOCS=1 rewrite) the part of a file between generated markers. */
function checkGenerated(file: string, name: string, content: string): void {
  const begin = `<!-- begin generated: ${name} -->`
  const end = `<!-- end generated: ${name} -->`
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf(begin)
  const stop = text.indexOf(end)
  expect(start, `${path.relative(root, file)} has no '${begin}' marker`).toBeGreaterThanOrEqual(0)
  expect(stop).toBeGreaterThan(start)
  const current = text.slice(start + begin.length, stop).trim()
  if (update && current !== content) {
    writeFileSync(file, `${text.slice(0, start + begin.length)}\n${content}\n${text.slice(stop)}`)
    return
  }
  expect(current, `${path.relative(root, file)} is out of date: run UPDATE_DOCS=1 npx vitest run test/meta.test.ts`).toBe(content)
}

describe('rules', () => {
  const files = readdirSync(path.join(root, 'rules'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .map((name) => name.slice(0, -3))
    .sort()

  it('registers every rule file under its file name, and nothing else', () => {
    expect([...builtinRules.keys()].sort()).toEqual(files)
  })

  for (const [id, rule] of builtinRules) {
    describe(id, () => {
      it('has a doc page, tests and fixtures', () => {
        expect(existsSync(path.join(root, 'rules', `${id}.md`)), `rules/${id}.md`).toBe(true)
        expect(existsSync(path.join(root, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true)
        expect(existsSync(path.join(root, 'fixtures', id, 'valid')), `fixtures/${id}/valid`).toBe(true)
        expect(existsSync(path.join(root, 'fixtures', id, 'invalid')), `fixtures/${id}/invalid`).toBe(true)
      })

      it('has complete metadata', () => {
        expect(rule.meta.docs.url).toBe(ruleDocsUrl(id))
        expect(rule.meta.docs.description.length).toBeGreaterThan(20)
        expect(['problem', 'suggestion']).toContain(rule.meta.type)
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
        expect(rule.meta.schema).not.toBeUndefined()
      })

      it('uses every message id it declares', () => {
        const source = readFileSync(path.join(root, 'rules', `${id}.ts`), 'utf8')
        const unused = Object.keys(rule.meta.messages).filter((messageId) => source.split(`'${messageId}'`).length < 2)
        expect(unused).toEqual([])
      })

      it('has a doc page whose generated head matches its metadata', () => {
        const doc = path.join(root, 'rules', `${id}.md`)
        if (!existsSync(doc)) return
        expect(readFileSync(doc, 'utf8').startsWith(`# ${id}\n`)).toBe(true)
        checkGenerated(doc, 'rule meta', ruleDocHeader(rule))
        for (const section of ['## What it checks', '## Why', '## Examples', '## Options', '## Fix safety', '## Sources']) {
          expect(readFileSync(doc, 'utf8'), `rules/${id}.md needs '${section}'`).toContain(section)
        }
      })
    })
  }
})

describe('README', () => {
  it('has a rule table that matches the rules', () => {
    checkGenerated(path.join(root, 'README.md'), 'rule table', ruleTable())
  })

  it('has a jurisdiction table that matches the data', () => {
    checkGenerated(path.join(root, 'README.md'), 'jurisdiction table', jurisdictionTable())
  })
})
