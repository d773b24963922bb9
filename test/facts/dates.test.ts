import * as chronoEn from 'chrono-node/en'
import { describe, expect, it } from 'vitest'
import { ENGLISH_DATES } from '../../src/facts/statements.js'

describe('the English date parser of closing dates', () => {
  it('is chrono’s casual English with the strict “… ago” and “… later” parsers', () => {
    const names = (parsers: readonly object[]): string[] => parsers.map((parser) => parser.constructor.name)
    expect(names(ENGLISH_DATES.parsers)).toEqual(names(chronoEn.casual.parsers))
    for (const name of ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']) {
      const ours = ENGLISH_DATES.parsers.find((parser) => parser.constructor.name === name)
      expect(ours, name).toBe(chronoEn.strict.parsers.find((parser) => parser.constructor.name === name))
    }
  })

  it('reads written-out dates as the casual parser does', () => {
    const reference = new Date('2026-05-01T12:00:00Z')
    for (const text of ['Apply by June 1, 2026 at 11:59 pm EST.', 'Closing date: 2026-07-15', 'until 15 July 2026', 'no later than Friday, May 29']) {
      const date = (parsed: ReturnType<typeof ENGLISH_DATES.parse>): string[] => parsed.map((result) => `${result.index} ${result.text} ${result.start.date().toISOString()}`)
      expect(date(ENGLISH_DATES.parse(text, reference, { forwardDate: true }))).toEqual(date(chronoEn.casual.parse(text, reference, { forwardDate: true })))
    }
  })
})
