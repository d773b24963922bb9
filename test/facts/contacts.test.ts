import { describe, expect, it } from 'vitest'
import { contactFromLinkTarget, findContacts } from '../../src/facts/contacts.js'
import type { Contact } from '../../src/facts/types.js'

/** The contacts as `[kind, value, valid, problem]`, checking each offset points at its value. */
function contacts(text: string): Array<[Contact['kind'], string, boolean, string | undefined]> {
  return findContacts(text).map((contact) => {
    expect(text.slice(contact.start, contact.end)).toBe(contact.value)
    return [contact.kind, contact.value, contact.valid, contact.problem]
  })
}

describe('findContacts: email addresses', () => {
  it('finds well-formed addresses, without the sentence dot', () => {
    expect(contacts('Email jobs@example.com or Jane.Doe+hiring@acme.co.uk.')).toEqual([
      ['email', 'jobs@example.com', true, undefined],
      ['email', 'Jane.Doe+hiring@acme.co.uk', true, undefined],
    ])
  })

  it('gives the offsets of the address in the text', () => {
    const [found] = findContacts('Questions: rh@acme.ca')
    expect(found).toEqual({ kind: 'email', value: 'rh@acme.ca', valid: true, start: 11, end: 21 })
  })

  it('reports spelled-out addresses', () => {
    const problem = 'it spells out "at" or "dot" instead of writing @ and .'
    expect(contacts('Contact hr[at]example[dot]com for help.')).toEqual([['email', 'hr[at]example[dot]com', false, problem]])
    expect(contacts('Write to jobs (at) example.com')).toEqual([['email', 'jobs (at) example.com', false, problem]])
    expect(contacts('Email jobs at example dot com today')).toEqual([['email', 'jobs at example dot com', false, problem]])
  })

  it('reports an address that lost its @ after "email" or "courriel"', () => {
    expect(contacts('Email us at accommodationsacme.com to ask.')).toEqual([['email', 'accommodationsacme.com', false, 'the @ is missing']])
    expect(contacts('Courriel : rhacme.ca')).toEqual([['email', 'rhacme.ca', false, 'the @ is missing']])
    expect(contacts('Email jane.doeacme.com with questions.')).toEqual([['email', 'jane.doeacme.com', false, 'the @ is missing']])
  })

  it('does not take a website or a product named after "email" for an address', () => {
    expect(contacts('Email Booking.com support if your booking fails.')).toEqual([])
    expect(contacts('Email: careers.acme.com/apply is our portal.')).toEqual([['url', 'careers.acme.com/apply', true, undefined]])
  })

  it('reports spaces around the @, a missing top-level domain and a doubled @', () => {
    expect(contacts('Send it to accommodations @ example.org')).toEqual([['email', 'accommodations @ example.org', false, 'it has spaces around the @']])
    expect(contacts('Email jobs@example for details.')).toEqual([['email', 'jobs@example', false, 'the domain has no top-level domain (.com, .ca …)']])
    expect(contacts('Email jobs@@example.com')).toEqual([['email', 'jobs@@example.com', false, 'it has more than one @']])
  })

  it('leaves handles, prices and prose with "at" and "dot" alone', () => {
    expect(contacts('Follow us @acme. Price: 2 @ $5 each.')).toEqual([])
    expect(contacts('Look at the dot com boom.')).toEqual([])
    expect(contacts('Write to jane.doe at acme dot ca')).toEqual([['email', 'jane.doe at acme dot ca', false, 'it spells out "at" or "dot" instead of writing @ and .']])
  })
})

describe('findContacts: phone numbers', () => {
  it('accepts dialable North American numbers with extensions', () => {
    expect(contacts('Call 613-555-0199, (202) 501-0000 ext. 5 or 1-800-877-8339.')).toEqual([
      ['phone', '613-555-0199', true, undefined],
      ['phone', '(202) 501-0000 ext. 5', true, undefined],
      ['phone', '1-800-877-8339', true, undefined],
    ])
  })

  it('reports a number without an area code, or with an impossible one', () => {
    expect(contacts('Call 555-1234 for help.')).toEqual([['phone', '555-1234', false, 'it has no area code']])
    expect(contacts('Phone: 123-456-7890')).toEqual([['phone', '123-456-7890', false, 'it is not a valid US or Canadian number (check the area code)']])
  })

  it('counts a run of ten digits only after a phone word', () => {
    expect(contacts('Tel: 6135550199')).toEqual([['phone', '6135550199', true, undefined]])
    expect(contacts('Announcement 6135550199 closes soon.')).toEqual([])
  })

  it('reads international numbers written with +', () => {
    expect(contacts('Call +44 20 7946 0958.')).toEqual([['phone', '+44 20 7946 0958', true, undefined]])
  })

  it('finds TTY numbers, 711 and relay services', () => {
    expect(contacts('TTY: 1-800-877-8339; Federal Relay Service: dial 711.')).toEqual([
      ['phone', '1-800-877-8339', true, undefined],
      ['phone', 'Federal Relay Service', true, undefined],
      ['phone', '711', true, undefined],
    ])
    expect(contacts('Le service de relais vidéo est offert.')).toEqual([['phone', 'service de relais vidéo', true, undefined]])
  })

  it('leaves pay, grades, dates and announcement numbers alone', () => {
    expect(contacts('Pay is $134,778 to $164,200 for GS-15, from 2024-04-01; job 1800440JCOTR; travel 10%-20%; call 711 never.')).toEqual([['phone', '711', true, undefined]])
    expect(contacts('Pay is $134,778 to $164,200 for GS-15, from 2024-04-01; job 1800440JCOTR.')).toEqual([])
  })
})

describe('findContacts: web addresses', () => {
  it('finds URLs with a scheme, www. and bare host/path', () => {
    expect(contacts('See https://example.com/accommodations. Or www.canada.ca/en.html, or careers.acme.com/apply.')).toEqual([
      ['url', 'https://example.com/accommodations', true, undefined],
      ['url', 'www.canada.ca/en.html', true, undefined],
      ['url', 'careers.acme.com/apply', true, undefined],
    ])
  })

  it('needs a host', () => {
    expect(contacts('Apply at https:///apply today.')).toEqual([['url', 'https:///apply', false, 'it has no host']])
  })

  it('does not read technologies as web addresses', () => {
    expect(contacts('We use Node.js/React and Vue.js.')).toEqual([])
  })

  it('keeps an address inside a URL as part of the URL', () => {
    expect(contacts('https://example.com/?to=jobs@example.com')).toEqual([['url', 'https://example.com/?to=jobs@example.com', true, undefined]])
  })

  it('handles French text with a real CDS address', () => {
    // cds-canada/fr postings give this recruitment address.
    expect(contacts('Courriel : CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca ou téléphone : 1-866-333-4444.')).toEqual([
      ['email', 'CDSRecruitment.RecrutementSNC@tbs-sct.gc.ca', true, undefined],
      ['phone', '1-866-333-4444', true, undefined],
    ])
  })
})

describe('contactFromLinkTarget', () => {
  it('reads mailto:, tel: and http(s): targets, with the link range', () => {
    expect(contactFromLinkTarget('mailto:jobs@acme.com?subject=Hi', 3, 40)).toEqual({ kind: 'email', value: 'jobs@acme.com', valid: true, start: 3, end: 40 })
    expect(contactFromLinkTarget('mailto:jobsacme.com', 0, 10)).toEqual({ kind: 'email', value: 'jobsacme.com', valid: false, problem: 'the @ is missing', start: 0, end: 10 })
    expect(contactFromLinkTarget('tel:+1-613-555-0199', 0, 10)).toEqual({ kind: 'phone', value: '+1-613-555-0199', valid: true, start: 0, end: 10 })
    expect(contactFromLinkTarget('https://acme.com/ask', 0, 10)).toEqual({ kind: 'url', value: 'https://acme.com/ask', valid: true, start: 0, end: 10 })
  })

  it('ignores relative and other links', () => {
    expect(contactFromLinkTarget('/compensation-and-benefits/', 0, 10)).toBeUndefined()
    expect(contactFromLinkTarget('#apply', 0, 10)).toBeUndefined()
  })
})
