import * as chronoEn from 'chrono-node/en'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closingDate, DURATION_DATE, ENGLISH_DATES, ENGLISH_DATES_WITHOUT_DURATIONS, writtenOutDate } from '../../src/facts/statements.js'

const DURATION_NAMES = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']
const names = (parsers: readonly object[]): string[] => parsers.map((parser) => parser.constructor.name)
const reference = new Date('2026-05-01T12:00:00Z')
const read = (parsed: ReturnType<typeof ENGLISH_DATES.parse>): string[] => parsed.map((result) => `${result.index} ${result.text} ${result.start.date().toISOString()} ${result.end?.date().toISOString()}`)

/** Texts of the words the duration parsers read, and dates beside them, in any order and case. */
const DATE_TEXT = fc
  .array(
    fc.oneof(
      fc.constantFrom('3', '30', 'two', 'a', 'a few', 'about', 'and', ',', 'the', 'Closes', 'on', 'by', 'March 1, 2026', '6/30/2026', 'Friday', 'at 5 pm'),
      fc.constantFrom('second', 'minutes', 'hour', 'hrs', 'day', 'days', 'Weeks', 'MONTH', 'months', 'quarter', 'year', 'yrs', 'decade'),
      fc.constantFrom('ago', 'before', 'Earlier', 'later', 'AFTER', 'from now', 'from  now', 'hence', 'prior'),
      fc.constantFrom(' ', '  ', '\t', '\n', '    ', '     ', '      ', ''),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''))

describe('the English date parser of closing dates', () => {
  it('is chrono’s casual English with the strict “… ago” and “… later” parsers', () => {
    expect(names(ENGLISH_DATES.parsers)).toEqual(names(chronoEn.casual.parsers))
    for (const name of DURATION_NAMES) {
      const ours = ENGLISH_DATES.parsers.find((parser) => parser.constructor.name === name)
      expect(ours, name).toBe(chronoEn.strict.parsers.find((parser) => parser.constructor.name === name))
    }
  })

  it('reads written-out dates as the casual parser does', () => {
    for (const text of ['Apply by June 1, 2026 at 11:59 pm EST.', 'Closing date: 2026-07-15', 'until 15 July 2026', 'no later than Friday, May 29']) {
      expect(read(ENGLISH_DATES.parse(text, reference, { forwardDate: true }))).toEqual(read(chronoEn.casual.parse(text, reference, { forwardDate: true })))
    }
  })

  it('is read without its duration parsers only where they could find nothing', () => {
    expect(names(ENGLISH_DATES_WITHOUT_DURATIONS.parsers)).toEqual(names(ENGLISH_DATES.parsers).filter((name) => !DURATION_NAMES.includes(name)))
    const durationsOnly = ENGLISH_DATES.clone()
    durationsOnly.parsers = durationsOnly.parsers.filter((parser) => DURATION_NAMES.includes(parser.constructor.name))
    durationsOnly.refiners = []
    expect(durationsOnly.parsers).toHaveLength(2)
    const found = (text: string): string[] => read(durationsOnly.parse(text, reference))
    // What the gate lets through, and what it must: a unit of time, at most five spaces, the word after it.
    expect(found('Applications close 30 days after March 1, 2026.')).toHaveLength(1)
    expect(DURATION_DATE.test('Applications close 30 days after March 1, 2026.')).toBe(true)
    expect(found('We reply 2 WEEKS  later')).toHaveLength(1)
    expect(found('Closes 3 days \t\n  before the start date')).toHaveLength(1)
    expect(DURATION_DATE.test('Closes 3 days \t\n  before the start date')).toBe(true)
    expect(DURATION_DATE.test('Apply before March 1, 2026; 30 days of leave after a year.')).toBe(false)
    fc.assert(
      fc.property(DATE_TEXT, (text) => {
        if (found(text).length > 0) expect(DURATION_DATE.test(text), text).toBe(true)
        if (!DURATION_DATE.test(text)) expect(read(ENGLISH_DATES_WITHOUT_DURATIONS.parse(text, reference, { forwardDate: true })), text).toEqual(read(ENGLISH_DATES.parse(text, reference, { forwardDate: true })))
      }),
      { numRuns: 3000 },
    )
  })

  it('reads front-matter dates written out as chrono reads them', () => {
    // As the corpus's front matter writes them.
    expect(writtenOutDate('March 1, 2019, 8:00pm EDT')).toBe('2019-03-01')
    expect(writtenOutDate('November 15, 2021 at 11:59 pm EDT')).toBe('2021-11-15')
    expect(writtenOutDate('November 9, 2018, 8pm EDT')).toBe('2018-11-09')
    expect(writtenOutDate('June 25, 2018, 11:59 EDT')).toBe('2018-06-25')
    // Other shapes, and days a month does not have, are left to chrono.
    for (const value of ['Mar 1, 2019', 'march 1, 2019', '1 March 2019', 'Wednesday, February 1, 2023 at 11:59PM EDT', 'February 29, 2019', 'April 31, 2020', 'March 1, 2019 to March 5, 2019', 'TBD']) {
      expect(writtenOutDate(value), value).toBeUndefined()
    }
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Sept', 'march']
    const suffix = fc.constantFrom('', ', 8:00pm EDT', ' at 11:59 pm EDT', ', 5pm EST', ' at 11:59PM EDT', ', 11:59 EDT', ', 12:00 am PST', ' at 1:05 PM', ', 13:00', ', 0:30am', ' at noon', ' at 11:59 pm EDT to March 5, 2030', ' to 5 pm', ' to 11', ',', ' EDT')
    const value = fc.tuple(fc.constantFrom(...months), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1900, max: 2100 }), suffix).map(([month, day, year, rest]) => `${month} ${day}, ${year}${rest}`)
    let readWithoutChrono = 0
    fc.assert(
      fc.property(value, fc.boolean(), (written, fromPosting) => {
        const date = writtenOutDate(written)
        if (date === undefined) return
        readWithoutChrono++
        expect(date, written).toBe(closingDate(written, 0, 'en', { date: reference, fromPosting }).date)
      }),
      { numRuns: 2000 },
    )
    expect(readWithoutChrono).toBeGreaterThan(500)
  })
})
