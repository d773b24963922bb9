import * as chronoEn from 'chrono-node/en'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DURATION_DATE, ENGLISH_DATES, ENGLISH_DATES_WITHOUT_DURATIONS } from '../../src/facts/statements.js'

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
})
