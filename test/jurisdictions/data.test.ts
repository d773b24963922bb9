/**
 * The jurisdiction data: every entry well-formed (ids, parents, dated and
 * cited laws), a few facts pinned from the research notes, and the
 * registry's `lawsInForce` and `remoteReach` answering as the law reads on
 * a given date.
 */
import { describe, expect, it } from 'vitest'
import { JURISDICTIONS } from '../../src/jurisdictions/data/index.js'
import { getJurisdiction, inForce, lawsInForce, lineage, remoteReach } from '../../src/jurisdictions/index.js'
import type { Jurisdiction, Law } from '../../src/jurisdictions/types.js'

const ID = /^[A-Z]{2}(-[A-Z0-9]+)*$/
const PROFILE_ID = 'US-FEDERAL-CONTRACTOR'
const DATE = /^\d{4}-\d{2}-\d{2}$/
/** The date the tests ask about: the research notes' "now". */
const NOW = '2026-11-27'

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
function isDate(text: string): boolean {
  if (!DATE.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** Every law with the jurisdiction it belongs to. */
const allLaws: Array<{ jurisdiction: Jurisdiction; law: Law }> = JURISDICTIONS.flatMap((jurisdiction) => jurisdiction.laws.map((law) => ({ jurisdiction, law })))

/** The law with this id; fails the test when absent. */
function law(id: string): Law {
  const found = allLaws.find((entry) => entry.law.id === id)?.law
  if (!found) throw new Error(`no law ${id}`)
  return found
}

/** Ids of the laws in force on `asOf` for `ids` and their ancestors. */
function inForceIds(ids: string[], asOf: string): string[] {
  return lawsInForce(ids, asOf).map((entry) => entry.law.id)
}

describe('jurisdiction entries', () => {
  it('has unique, well-formed ids', () => {
    const ids = JURISDICTIONS.map((jurisdiction) => jurisdiction.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(ID.test(id) || id === PROFILE_ID, id).toBe(true)
  })

  it('names an existing parent, never a profile, and reaches a root', () => {
    for (const jurisdiction of JURISDICTIONS) {
      expect(jurisdiction.name.trim(), jurisdiction.id).not.toBe('')
      if (jurisdiction.parent === undefined) continue
      const parent = getJurisdiction(jurisdiction.parent)
      expect(parent, `${jurisdiction.id} → ${jurisdiction.parent}`).toBeDefined()
      expect(parent?.kind, jurisdiction.id).not.toBe('profile')
      expect(lineage(jurisdiction.id).at(-1)?.parent, jurisdiction.id).toBeUndefined()
    }
  })

  it('uses the profile kind only for the federal contractor profile, under US', () => {
    const profiles = JURISDICTIONS.filter((jurisdiction) => jurisdiction.kind === 'profile')
    expect(profiles.map((jurisdiction) => jurisdiction.id)).toEqual([PROFILE_ID])
    expect(profiles[0]?.parent).toBe('US')
  })

  it('knows every US state and DC, every Canadian province and territory, and the EU members', () => {
    const states = ['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC']
    for (const code of states) expect(getJurisdiction(`US-${code}`)?.parent, code).toBe('US')
    const canada = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK', 'NT', 'NU', 'YT']
    for (const code of canada) expect(getJurisdiction(`CA-${code}`)?.parent, code).toBe('CA')
    const members = JURISDICTIONS.filter((jurisdiction) => jurisdiction.parent === 'EU')
    expect(members).toHaveLength(27)
    for (const member of members) expect(member.kind, member.id).toBe('country')
    for (const country of ['US', 'CA', 'GB']) expect(getJurisdiction(country)?.kind, country).toBe('country')
    expect(getJurisdiction('EU')?.kind).toBe('union')
  })
})

describe('laws', () => {
  it('has at least one law with a source in every place that has a file of its own', () => {
    const withLaws = JURISDICTIONS.filter((jurisdiction) => jurisdiction.laws.length > 0).map((jurisdiction) => jurisdiction.id)
    for (const id of ['US', 'US-CO', 'US-CA', 'US-WA', 'US-NY', 'US-NY-NYC', 'US-IL', 'US-MD', 'US-MN', 'US-VT', 'US-MA', 'US-NJ', 'US-HI', 'US-DC', 'US-DE', 'US-NJ-JC', 'US-NY-WESTCHESTER', 'US-OH-CLEVELAND', 'US-OH-COLUMBUS', 'US-CA-LA', 'US-CA-LA-COUNTY', 'US-CA-SF', 'US-PA-PHL', 'CA-BC', 'CA-ON', 'CA-PE', 'EU', 'GB', PROFILE_ID]) {
      expect(withLaws, id).toContain(id)
    }
  })

  it('gives every law a unique id under its jurisdiction, a name, a citation and who it covers', () => {
    const ids = allLaws.map(({ law: entry }) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { jurisdiction, law: entry } of allLaws) {
      expect(entry.id.startsWith(`${jurisdiction.id}/`), entry.id).toBe(true)
      expect(entry.id.length, entry.id).toBeGreaterThan(jurisdiction.id.length + 1)
      expect(entry.name.trim(), entry.id).not.toBe('')
      expect(entry.citation.trim(), entry.id).not.toBe('')
      expect(entry.covers.trim(), entry.id).not.toBe('')
    }
  })

  it('cites at least one source for every law, each an https URL', () => {
    for (const { law: entry } of allLaws) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      for (const source of entry.sources) {
        expect(() => new URL(source), `${entry.id}: ${source}`).not.toThrow()
        expect(new URL(source).protocol, `${entry.id}: ${source}`).toBe('https:')
        expect(source, entry.id).not.toMatch(/\s/)
      }
    }
  })

  it('dates every law with a valid effective date and an end after it, in effective-date order', () => {
    for (const { jurisdiction, law: entry } of allLaws) {
      expect(isDate(entry.effective), `${entry.id}: ${entry.effective}`).toBe(true)
      if (entry.ends !== undefined) {
        expect(isDate(entry.ends), `${entry.id}: ${entry.ends}`).toBe(true)
        expect(entry.ends > entry.effective, entry.id).toBe(true)
      }
      const effectives = jurisdiction.laws.map((each) => each.effective)
      expect(effectives, jurisdiction.id).toEqual([...effectives].sort())
    }
  })

  it('states confidence and remote reach with the allowed values', () => {
    for (const { law: entry } of allLaws) {
      expect(['confirmed', 'unconfirmed'], entry.id).toContain(entry.confidence)
      expect([true, false, 'unclear'], entry.id).toContain(entry.remoteReach)
    }
  })

  it('caps a range only where pay is required, and lists EEO categories only when there are some', () => {
    for (const { law: entry } of allLaws) {
      const { requires } = entry
      if (requires.maxSpread !== undefined || requires.maxSpreadRatio !== undefined) expect(requires.pay, entry.id).toBeDefined()
      if (requires.maxSpread) {
        expect(requires.maxSpread.amount, entry.id).toBeGreaterThan(0)
        expect(requires.maxSpread.currency, entry.id).toMatch(/^[A-Z]{3}$/)
        if (requires.maxSpread.exemptAbove !== undefined) expect(requires.maxSpread.exemptAbove, entry.id).toBeGreaterThan(requires.maxSpread.amount)
      }
      if (requires.maxSpreadRatio !== undefined) expect(requires.maxSpreadRatio, entry.id).toBeGreaterThan(0)
      if (requires.eeoCategories !== undefined) expect(requires.eeoCategories.length, entry.id).toBeGreaterThan(0)
    }
  })

  it('keeps the versions of one law apart: each ends the day before the next begins', () => {
    const versions: Array<[string, string]> = [
      ['US-CO/epewa-2021', 'US-CO/epewa-2024'],
      ['US-CA/sb1162', 'US-CA/sb642'],
      ['US-WA/epoa-posting-2023', 'US-WA/epoa-posting-2025'],
      ['US-NJ-JC/ord-22-026', 'US-NJ-JC/ord-22-045'],
      ['US-CA-SF/fco-2014', 'US-CA-SF/fco'],
    ]
    for (const [before, after] of versions) {
      const ends = law(before).ends
      expect(ends, before).toBeDefined()
      const next = new Date(`${ends}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      expect(next.toISOString().slice(0, 10), `${before} → ${after}`).toBe(law(after).effective)
    }
  })
})

describe('facts pinned from the research notes', () => {
  it('Colorado requires benefits and other compensation, and from 2024-01-01 an application deadline', () => {
    const before = inForceIds(['US-CO'], '2023-12-31').map(law).filter((entry) => entry.requires.pay)
    const after = inForceIds(['US-CO'], '2024-01-01').map(law).filter((entry) => entry.requires.pay)
    expect(before.map((entry) => entry.id)).toEqual(['US-CO/epewa-2021'])
    expect(after.map((entry) => entry.id)).toEqual(['US-CO/epewa-2024'])
    for (const entry of [...before, ...after]) {
      expect(entry.requires.benefits, entry.id).toBe(true)
      expect(entry.requires.otherCompensation, entry.id).toBe(true)
      expect(entry.forbids.openEndedPay, entry.id).toBe(true)
    }
    expect(before[0]?.requires.applicationDeadline).toBeUndefined()
    expect(after[0]?.requires.applicationDeadline).toBe(true)
  })

  it('Colorado forbids age questions on applications from 2024-07-01', () => {
    const asks = (asOf: string): boolean => lawsInForce(['US-CO'], asOf).some(({ law: entry }) => entry.forbids.ageQuestions === true)
    expect(asks('2024-06-30')).toBe(false)
    expect(asks('2024-07-01')).toBe(true)
  })

  it('New York City requires a range and forbids open-ended pay', () => {
    const nyc = law('US-NY-NYC/salary-transparency')
    expect(nyc.requires.pay).toBe('range')
    expect(nyc.forbids.openEndedPay).toBe(true)
    expect(nyc.effective).toBe('2022-11-01')
  })

  it('Ontario requires AI and vacancy disclosures from 2026-01-01, with a CAD 50,000 spread cap', () => {
    expect(inForceIds(['CA-ON'], '2025-12-31').filter((id) => id.startsWith('CA-ON/esa'))).toEqual([])
    const ontario = lawsInForce(['CA-ON'], '2026-01-01').map(({ law: entry }) => entry)
    const rules = ontario.find((entry) => entry.id === 'CA-ON/esa-part-iii-1')
    expect(rules?.requires.aiDisclosure).toBe(true)
    expect(rules?.requires.vacancyStatus).toBe(true)
    expect(rules?.requires.maxSpread).toEqual({ amount: 50000, currency: 'CAD', period: 'year', exemptAbove: 200000 })
    expect(rules?.forbids.canadianExperience).toBe(true)
  })

  it('EO 11246\'s tagline is not in force on 2025-06-01; VEVRAA and section 503 are', () => {
    const contractor = inForceIds([PROFILE_ID], '2025-06-01')
    expect(contractor).not.toContain('US-FEDERAL-CONTRACTOR/eo-11246')
    expect(contractor).toContain('US-FEDERAL-CONTRACTOR/vevraa')
    expect(contractor).toContain('US-FEDERAL-CONTRACTOR/section-503')
    expect(inForceIds([PROFILE_ID], '2025-01-20')).toContain('US-FEDERAL-CONTRACTOR/eo-11246')
    const categories = lawsInForce([PROFILE_ID], '2025-06-01').flatMap(({ law: entry }) => entry.requires.eeoCategories ?? [])
    expect(categories.sort()).toEqual(['disability', 'protectedVeteran'])
  })

  it('Delaware\'s pay transparency law is recorded but not in force on 2026-11-27', () => {
    const delaware = law('US-DE/pay-transparency')
    expect(inForce(delaware, NOW)).toBe(false)
    expect(inForceIds(['US-DE'], NOW)).not.toContain('US-DE/pay-transparency')
    expect(inForceIds(['US-DE'], delaware.effective)).toContain('US-DE/pay-transparency')
  })
})

describe('lawsInForce and remoteReach over the data', () => {
  it('brings the New York City, New York State and federal laws to a New York City posting', () => {
    const ids = inForceIds(['US-NY-NYC'], NOW)
    expect(ids).toContain('US-NY-NYC/salary-transparency')
    expect(ids).toContain('US-NY-NYC/fair-chance-act')
    expect(ids).toContain('US-NY/labor-194-b')
    expect(ids).toContain('US/adea-1625-4')
    expect(ids).toContain('US/title-vii-704b')
    expect(ids).toContain('US/ina-274b')
    expect(ids.filter((id) => id.startsWith('US-NY-NYC/'))).toHaveLength(3)
    expect(ids.some((id) => id.startsWith('US-CA/'))).toBe(false)
  })

  it('brings Colorado, California, Washington and New York City, but not Delaware, to a remote US posting', () => {
    const ids = remoteReach('US', NOW).map((jurisdiction) => jurisdiction.id)
    for (const id of ['US-CO', 'US-CA', 'US-WA', 'US-NY-NYC']) expect(ids, id).toContain(id)
    expect(ids).not.toContain('US-DE')
    expect(ids).not.toContain('US')
    expect(ids).not.toContain(PROFILE_ID)
    expect(remoteReach('US', '2027-09-26').map((jurisdiction) => jurisdiction.id)).toContain('US-DE')
  })

  it('brings British Columbia to a remote Canadian posting and nothing US to it', () => {
    const ids = remoteReach('CA', NOW).map((jurisdiction) => jurisdiction.id)
    expect(ids).toContain('CA-BC')
    expect(ids.every((id) => id.startsWith('CA-'))).toBe(true)
  })
})
